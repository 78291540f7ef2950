"""A new, empty PostgreSQL database per test, for tests that must start from no schema.

The tests that use it run when CASEPOINT_TEST_POSTGRESQL contains the URL of a role that
may create databases, e.g. postgresql://casepoint@127.0.0.1:5432/postgres, and skip
otherwise.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import unquote, urlsplit, urlunsplit

import psycopg2
import pytest

from casepoint_desktop.data import database

SERVER_VARIABLE = "CASEPOINT_TEST_POSTGRESQL"


def server_url_or_skip() -> str:
    url = os.environ.get(SERVER_VARIABLE)
    if not url:
        pytest.skip(
            f"no PostgreSQL server: set {SERVER_VARIABLE} to the URL of a role that may "
            "create databases"
        )
    return url


@contextmanager
def empty_server_database(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Create an empty database, yield its URL without a password, then drop it.

    A password in the server URL goes to PGPASSWORD, because migrate-to-server rejects URLs
    that contain one.
    """
    parts = urlsplit(server_url_or_skip())
    if parts.password:
        monkeypatch.setenv("PGPASSWORD", unquote(parts.password))
    netloc = parts.netloc.rpartition("@")[2]
    if parts.username:
        netloc = f"{parts.username}@{netloc}"
    plain = urlunsplit((parts.scheme, netloc, parts.path, parts.query, ""))
    name = f"casepoint_migrate_{uuid.uuid4().hex[:12]}"

    administration = psycopg2.connect(plain)
    administration.autocommit = True
    try:
        with administration.cursor() as cursor:
            cursor.execute(f'CREATE DATABASE "{name}" ENCODING UTF8 TEMPLATE template0')
        yield urlunsplit((parts.scheme, netloc, f"/{name}", parts.query, ""))
    finally:
        database.close()
        with administration.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        administration.close()
