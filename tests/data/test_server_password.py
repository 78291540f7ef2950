"""Tests of removing, adding and probing for the password of a server URL."""

from __future__ import annotations

import pytest

from casepoint_desktop.data import server_password
from casepoint_desktop.data.server_password import strip_password, with_password

SECRET = "p@ss:w/rd?#"
ENCODED = "p%40ss%3Aw%2Frd%3F%23"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            f"postgresql://caseworker:{ENCODED}@db.example.org:5432/casepoint",
            "postgresql://caseworker@db.example.org:5432/casepoint",
        ),
        (
            "postgresql://caseworker@db.example.org/casepoint?password=x&sslmode=require",
            "postgresql://caseworker@db.example.org/casepoint?sslmode=require",
        ),
        (
            "postgresql://caseworker@db/casepoint?sslrootcert=/my%20certs/root.crt+2&password=x",
            "postgresql://caseworker@db/casepoint?sslrootcert=/my%20certs/root.crt+2",
        ),
        (
            "postgres://caseworker:x@[::1]:5432/casepoint",
            "postgres://caseworker@[::1]:5432/casepoint",
        ),
    ],
)
def test_password_stripped(url, expected):
    assert strip_password(url) == (expected, True)


def test_url_without_password_unchanged():
    url = "postgresql://caseworker@db.example.org/casepoint?sslmode=verify-full&connect_timeout=5"

    assert strip_password(url) == (url, False)


def test_password_added_encoded():
    url = with_password("postgresql://caseworker@db.example.org/casepoint", SECRET)

    assert url == f"postgresql://caseworker:{ENCODED}@db.example.org/casepoint"


def test_password_added_replaces_old():
    url = with_password("postgresql://caseworker:old@db.example.org/casepoint", "new")

    assert url == "postgresql://caseworker:new@db.example.org/casepoint"


def test_password_added_with_system_user(monkeypatch):
    monkeypatch.setattr(server_password.getpass, "getuser", lambda: "ada")

    url = with_password("postgresql://db.example.org/casepoint?sslmode=require", "secret")

    assert url == "postgresql://ada:secret@db.example.org/casepoint?sslmode=require"


def test_unreachable_server_needs_no_password():
    # Port 1 on the loopback address refuses at once: a failure other than the password.
    assert not server_password.needs_password(
        "postgresql://caseworker@127.0.0.1:1/casepoint?connect_timeout=2"
    )


def test_password_stripped_from_url_without_host():
    url = "postgresql:///casepoint?host=127.0.0.1&password=hunter2&port=5432"

    assert strip_password(url) == ("postgresql:///casepoint?host=127.0.0.1&port=5432", True)
