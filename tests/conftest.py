"""Shared fixtures: a fresh SQLite database file per test and a logged-in session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from argon2 import PasswordHasher

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from casepoint_desktop.data import database
from casepoint_desktop.data.migrations import open_and_migrate
from casepoint_desktop.data.models import Provider, User
from casepoint_desktop.services import auth, setup
from casepoint_desktop.services.session import Role, Session

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
HMIS_FOLDER = SHARED_DATA / "hmis-csv-fy2026"

ADMIN_PASSWORD = "correct horse battery"


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
def db(db_path: Path):
    """A migrated, empty database in a fresh file."""
    database_object = open_and_migrate(db_path)
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
