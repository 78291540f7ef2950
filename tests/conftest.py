"""Shared fixtures: an empty database per test and a logged-in session.

The database is a fresh SQLite file, or, when the environment variable
CASEPOINT_TEST_POSTGRESQL contains a server URL, a PostgreSQL database on that server that is
emptied before each test (tests/server_database.py). The URL's role must be allowed to create
databases (CREATEDB), and the URL's own database is used only to create and drop the test
databases. For example:

    CASEPOINT_TEST_POSTGRESQL=postgresql://casepoint_test@127.0.0.1:55432/postgres \
        PGPASSWORD=... pytest tests/data tests/services tests/safety
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest
from argon2 import PasswordHasher

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from casepoint_desktop.data import database
from casepoint_desktop.data.migrations import open_and_migrate
from casepoint_desktop.data.models import Provider, User
from casepoint_desktop.services import auth, setup
from casepoint_desktop.services.session import Role, Session
from tests.server_database import ServerTestDatabase, run_on_server

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
HMIS_FOLDER = SHARED_DATA / "hmis-csv-fy2026"

ADMIN_PASSWORD = "correct horse battery"

# The server URL of the PostgreSQL test run, or "" for SQLite.
POSTGRESQL_URL = os.environ.get("CASEPOINT_TEST_POSTGRESQL", "")


def pytest_collection_modifyitems(config, items):
    """Skip the tests written for the back end that this run does not use."""
    if POSTGRESQL_URL:
        skip = pytest.mark.skip(
            reason="tests SQLite itself (file, pragmas, query plans); this run uses PostgreSQL"
        )
        marker = "sqlite_only"
    else:
        skip = pytest.mark.skip(reason="needs a PostgreSQL server: set CASEPOINT_TEST_POSTGRESQL")
        marker = "postgresql_only"
    for item in items:
        if marker in item.keywords:
            item.add_marker(skip)


def server_database_url(name: str) -> str:
    """Return the test server's URL with the database `name` in place of its own."""
    parts = urlsplit(POSTGRESQL_URL)
    return urlunsplit((parts.scheme, parts.netloc, "/" + name, parts.query, parts.fragment))


@pytest.fixture(scope="session")
def server_test_database() -> Iterator[ServerTestDatabase]:
    """The PostgreSQL database that every test of this run uses, emptied before each test.

    One template database is migrated per run; the test database is a copy of it.
    """
    template = f"casepoint_test_template_{os.getpid()}"
    run_on_server(POSTGRESQL_URL, f'DROP DATABASE IF EXISTS "{template}"')
    run_on_server(
        POSTGRESQL_URL, f"CREATE DATABASE \"{template}\" ENCODING 'UTF8' TEMPLATE template0"
    )
    try:
        open_and_migrate(server_database_url(template))
        database.close()
        name = f"casepoint_test_{os.getpid()}"
        test_database = ServerTestDatabase(
            POSTGRESQL_URL, name, template, server_database_url(name)
        )
        try:
            yield test_database
        finally:
            test_database.drop()
    finally:
        database.close()
        run_on_server(POSTGRESQL_URL, f'DROP DATABASE IF EXISTS "{template}" WITH (FORCE)')


@pytest.fixture(autouse=True)
def private_log_folder(tmp_path, monkeypatch):
    """Keep the log files of commands run in tests out of the user's real log folder."""
    monkeypatch.setattr("casepoint_desktop.logs.log_folder", lambda: tmp_path / "logs")


@pytest.fixture(autouse=True)
def fast_password_hashing(monkeypatch):
    """Hash with cheap Argon2id parameters: the real ones cost about 0.1 s per hash."""
    monkeypatch.setattr(auth, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "casepoint.db"


@pytest.fixture
def db_target(request, db_path: Path) -> Iterator[Path | str]:
    """What `open_and_migrate` opens for this test: `db_path`, or the URL of an emptied
    server database when the run uses PostgreSQL. Open it again to act as a second program.
    """
    if not POSTGRESQL_URL:
        yield db_path
        return
    test_database = request.getfixturevalue("server_test_database")
    test_database.reset()
    yield test_database.url
    database.close()


@pytest.fixture
def db(db_target: Path | str):
    """A migrated, empty database: a fresh SQLite file, or an emptied PostgreSQL database."""
    database_object = open_and_migrate(db_target)
    yield database_object
    database.close()


@pytest.fixture
def admin_session(db) -> Session:
    """An agency with one provider, the starting lists and a logged-in administrator."""
    setup.create_agency(
        setup.FirstSetup(
            agency_name="Riverside Family Services",
            provider_name="Downtown Shelter",
            username="admin",
            first_name="Ada",
            last_name="Admin",
            password=ADMIN_PASSWORD,
        )
    )
    return auth.log_in("admin", ADMIN_PASSWORD)


def make_user(
    username: str,
    role: Role = Role.CASE_MANAGER,
    provider: Provider | None = None,
    password: str = ADMIN_PASSWORD,
) -> User:
    """Insert an active user with a home provider (the first provider by default)."""
    return User.create(
        username=username,
        first_name=username.title(),
        last_name="Tester",
        password_hash=auth.hash_password(password),
        role=role.value,
        home_provider=provider or Provider.select().order_by(Provider.id).first(),
    )
