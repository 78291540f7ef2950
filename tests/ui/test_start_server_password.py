"""Tests of the password dialog that the start-up shows for a server without a stored password,
and of where the typed password must not appear.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator

import peewee
import pytest

from casepoint_desktop.data import database, migrations
from casepoint_desktop.data.models import AgencySettings
from casepoint_desktop.ui import backup_actions, messages, start
from tests.empty_server_database import empty_server_database as new_empty_database

URL = "postgresql://caseworker@db.example.org:5432/casepoint?sslmode=verify-full"


def test_file_needs_no_password(tmp_path, monkeypatch):
    monkeypatch.setattr(messages, "ask_password", lambda *args: "never asked")

    assert start.ask_server_password(tmp_path / "casepoint.db") == tmp_path / "casepoint.db"


def test_no_dialog_when_libpq_has_password(monkeypatch):
    asked = []
    monkeypatch.setattr(start.server_password, "needs_password", lambda url: False)
    monkeypatch.setattr(messages, "ask_password", lambda *args: asked.append(args))

    assert start.ask_server_password(URL) == URL
    assert asked == []


def test_typed_password_goes_into_url(monkeypatch):
    asked = []
    monkeypatch.setattr(start.server_password, "needs_password", lambda url: True)
    monkeypatch.setattr(start.server_password, "password_rejected", lambda url: False)

    def type_password(parent, title, label):
        asked.append(label)
        return "s3cret"

    monkeypatch.setattr(messages, "ask_password", type_password)

    target = start.ask_server_password(URL)

    assert target == (
        "postgresql://caseworker:s3cret@db.example.org:5432/casepoint?sslmode=verify-full"
    )
    assert asked == [f"Password for {URL}:"]


def test_rejected_password_asked_again(monkeypatch):
    typed = iter(["wrong", "right"])
    labels = []
    monkeypatch.setattr(start.server_password, "needs_password", lambda url: True)
    monkeypatch.setattr(start.server_password, "password_rejected", lambda url: ":wrong@" in url)

    def type_password(parent, title, label):
        labels.append(label)
        return next(typed)

    monkeypatch.setattr(messages, "ask_password", type_password)

    target = start.ask_server_password(URL)

    assert target == (
        "postgresql://caseworker:right@db.example.org:5432/casepoint?sslmode=verify-full"
    )
    assert labels[0] == f"Password for {URL}:"
    assert labels[1] == f"The server rejected that password. Password for {URL}:"


def test_cancelled_dialog_opens_nothing(monkeypatch, qapp):
    opened = []
    monkeypatch.setattr(start.server_password, "needs_password", lambda url: True)
    monkeypatch.setattr(messages, "ask_password", lambda *args: None)
    monkeypatch.setattr(migrations, "open_and_migrate", lambda *args, **kwargs: opened.append(args))

    assert not start.open_database(URL)
    assert opened == []


def test_typed_password_reaches_open(monkeypatch, qapp):
    opened = []
    monkeypatch.setattr(start.server_password, "needs_password", lambda url: True)
    monkeypatch.setattr(start.server_password, "password_rejected", lambda url: False)
    monkeypatch.setattr(messages, "ask_password", lambda *args: "s3cret")
    monkeypatch.setattr(
        migrations, "open_and_migrate", lambda target, **kwargs: opened.append(target)
    )

    assert start.open_database(URL)
    assert opened == [
        "postgresql://caseworker:s3cret@db.example.org:5432/casepoint?sslmode=verify-full"
    ]


def test_typed_password_kept_out_of_names(monkeypatch):
    url = "postgresql://caseworker:s3cret@db.example.org:5432/casepoint"
    server = peewee.PostgresqlDatabase(url)
    monkeypatch.setattr(database.db, "obj", server)

    target = backup_actions.current_database_path()

    assert target == url
    assert database.display_name(target) == "postgresql://caseworker@db.example.org:5432/casepoint"


def test_no_backup_on_exit_for_server(admin_session, monkeypatch):
    AgencySettings.update(backup_on_exit=True).execute()
    written = []
    monkeypatch.setattr(
        backup_actions.backups, "automatic_backup", lambda *args: written.append(args)
    )

    assert backup_actions.back_up_on_exit("postgresql://caseworker:s3cret@db/casepoint") is None
    assert written == []


@pytest.fixture
def empty_server_database(monkeypatch) -> Iterator[str]:
    with new_empty_database(monkeypatch) as url:
        yield url


def test_typed_password_opens_server(empty_server_database, monkeypatch, tmp_path, qapp, caplog):
    caplog.set_level(logging.INFO)
    password = os.environ.get("PGPASSWORD")
    if not password:
        pytest.skip("the URL of the test server has no password to type")
    monkeypatch.delenv("PGPASSWORD")
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-such-pgpass"))
    labels = []
    typed = iter(["wrong password", password])

    def type_password(parent, title, label):
        labels.append(label)
        return next(typed)

    monkeypatch.setattr(messages, "ask_password", type_password)

    assert start.open_database(empty_server_database)

    assert labels == [
        f"Password for {empty_server_database}:",
        f"The server rejected that password. Password for {empty_server_database}:",
    ]
    assert database.db.obj is not None
    assert not database.db.is_closed()
    assert "Opened database" in caplog.text
    assert password not in caplog.text
