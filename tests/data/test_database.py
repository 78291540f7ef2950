"""Tests of the checks made when a database opens: integrity and network shares."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from casepoint_desktop.data import database
from casepoint_desktop.data.database import DatabaseDamagedError, network_file_system
from casepoint_desktop.data.migrations import open_and_migrate
from casepoint_desktop.services import clients
from casepoint_desktop.services.clients import ClientInput

# SQLite's integrity check and network shares concern the database file.
pytestmark = pytest.mark.sqlite_only


def break_client_table(path: Path) -> None:
    connection = sqlite3.connect(str(path))
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    (root,) = connection.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'client'"
    ).fetchone()
    connection.execute("PRAGMA journal_mode=DELETE")
    connection.close()
    content = bytearray(path.read_bytes())
    content[(root - 1) * page_size] = 0x07
    path.write_bytes(bytes(content))


def test_damaged_database_refused_with_way_to_restore(admin_session, db_path):
    for number in range(200):
        clients.create_client(admin_session, ClientInput(f"Name{number}", "Damaged"))
    database.close()
    break_client_table(db_path)
    before = db_path.read_bytes()

    with pytest.raises(DatabaseDamagedError) as raised:
        open_and_migrate(db_path)

    message = str(raised.value)
    assert "is damaged" in message
    assert f"casepoint-desktop --database {db_path} restore" in message
    assert "backups" not in message
    assert "\n" not in message
    # Opening may switch the journal mode in the file header; no page beyond it changes.
    assert db_path.read_bytes()[100:] == before[100:]


def test_open_without_check_leaves_damage_to_background_check(admin_session, db_path):
    for number in range(200):
        clients.create_client(admin_session, ClientInput(f"Name{number}", "Damaged"))
    database.close()
    break_client_table(db_path)

    open_and_migrate(db_path, check_integrity=False)
    check = database.BackgroundIntegrityCheck(db_path)
    error = check.wait()
    check.cancel()
    database.close()

    assert isinstance(error, DatabaseDamagedError)
    assert f"casepoint-desktop --database {db_path} restore" in str(error)


def test_background_check_passes_intact_database(admin_session, db_path):
    clients.create_client(admin_session, ClientInput("Intact", "Client"))

    check = database.BackgroundIntegrityCheck(db_path)

    assert check.wait() is None
    check.cancel()


def test_background_check_cancelled_reports_nothing(admin_session, db_path, monkeypatch):
    started = threading.Event()

    def endless_check(path, connection):
        started.set()
        endless = "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) "
        connection.execute(endless + "SELECT count(*) FROM n").fetchone()

    monkeypatch.setattr(database, "check_integrity", endless_check)
    check = database.BackgroundIntegrityCheck(db_path)
    assert started.wait(5)

    check.cancel()

    assert check.is_finished()
    assert check.error is None


def test_damaged_database_needing_migration_checked_before_migrating(admin_session, db_path):
    for number in range(200):
        clients.create_client(admin_session, ClientInput(f"Name{number}", "Damaged"))
    database.db.execute_sql("UPDATE schema_version SET version = 4")
    database.close()
    break_client_table(db_path)

    with pytest.raises(DatabaseDamagedError):
        open_and_migrate(db_path, check_integrity=False)


@pytest.mark.parametrize(
    ("mounts", "expected"),
    [
        ([("/", "ext4")], None),
        ([("/", "ext4"), ("/mnt/agency", "cifs")], "cifs"),
        ([("/", "ext4"), ("/mnt", "nfs4"), ("/mnt/agency", "ext4")], None),
        ([("/", "ext4"), ("/Volumes/Share Drive", "smbfs")], "smbfs"),
        ([("/", "ext4"), ("/mnt/agency-old", "cifs")], None),
        ([], None),
    ],
)
def test_network_share_detected_from_mount_table(monkeypatch, mounts, expected):
    monkeypatch.setattr(database, "_mount_points", lambda: mounts)
    monkeypatch.setattr(database.os, "name", "posix")

    path = Path("/Volumes/Share Drive/casepoint.db") if "Volumes" in str(mounts) else None
    path = path or Path("/mnt/agency/casepoint.db")

    assert network_file_system(path) == expected


def test_local_test_folder_is_not_a_network_share(tmp_path):
    assert network_file_system(tmp_path / "casepoint.db") is None
