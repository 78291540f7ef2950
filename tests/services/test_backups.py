"""Tests of backups and restores: online copies, checks before restoring, kept copies."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from casepoint_desktop.data import database
from casepoint_desktop.data.migrations import latest_version, open_and_migrate
from casepoint_desktop.data.models import Client
from casepoint_desktop.services import backups, clients
from casepoint_desktop.services.backups import BackupError
from casepoint_desktop.services.clients import ClientInput

# Backups and restores are copies of the SQLite file; a server's database raises BackupError,
# which test_server_database checks.
pytestmark = pytest.mark.sqlite_only


def add_clients(session, *names: str) -> None:
    for name in names:
        clients.create_client(session, ClientInput(name, "Backup"))


def names_in(path: Path) -> list[str]:
    connection = sqlite3.connect(str(path))
    try:
        return [row[0] for row in connection.execute("SELECT first_name FROM client ORDER BY id")]
    finally:
        connection.close()


def test_backup_while_open_holds_every_saved_record(admin_session, tmp_path):
    add_clients(admin_session, "Ana", "Ben")

    info = backups.back_up(tmp_path / "copy.db")

    assert info.clients == 2
    assert info.schema_version == latest_version()
    assert names_in(tmp_path / "copy.db") == ["Ana", "Ben"]
    add_clients(admin_session, "Cleo")
    assert Client.select().count() == 3
    assert [path.name for path in tmp_path.iterdir() if path.name.startswith(".")] == []


def test_backup_into_missing_folder_gets_message(admin_session, tmp_path):
    with pytest.raises(BackupError, match="cannot be written"):
        backups.back_up(tmp_path / "missing" / "copy.db")


def test_backup_onto_database_itself_refused(admin_session, db_path):
    with pytest.raises(BackupError, match="cannot replace the database"):
        backups.back_up(db_path)


def test_restore_replaces_data_and_keeps_old_database(admin_session, db_path, tmp_path):
    add_clients(admin_session, "Ana")
    backup = tmp_path / "monday.db"
    backups.back_up(backup)
    add_clients(admin_session, "Ben")
    database.close()

    kept = backups.restore(backup, db_path)

    assert names_in(db_path) == ["Ana"]
    assert names_in(kept) == ["Ana", "Ben"]
    assert kept.parent == db_path.parent
    assert "before-restore" in kept.name
    open_and_migrate(db_path)
    assert [client.first_name for client in Client.select()] == ["Ana"]
    assert backups.integrity_problems(quick=False) == []


def test_restore_reaches_other_open_connection(admin_session, db_path, tmp_path):
    add_clients(admin_session, "Ana")
    backup = tmp_path / "monday.db"
    backups.back_up(backup)
    add_clients(admin_session, "Ben")

    # The program still has its connection open, as a second PC on the file would.
    backups.restore(backup, db_path)

    assert [client.first_name for client in Client.select()] == ["Ana"]


def test_restore_refuses_file_that_is_not_a_database(admin_session, db_path, tmp_path):
    add_clients(admin_session, "Ana")
    database.close()
    junk = tmp_path / "letter.db"
    junk.write_bytes(b"Dear caseworker, " * 400)
    before = db_path.read_bytes()

    with pytest.raises(BackupError, match="letter"):
        backups.restore(junk, db_path)

    assert db_path.read_bytes() == before
    assert not list(db_path.parent.glob("*before-restore*"))


def test_restore_refuses_other_sqlite_file(admin_session, db_path, tmp_path):
    other = tmp_path / "other.db"
    sqlite3.connect(str(other)).execute("CREATE TABLE notes (text TEXT)").connection.commit()

    with pytest.raises(BackupError, match="not a CasePoint database"):
        backups.restore(other, db_path)


def test_restore_refuses_newer_schema_naming_both_versions(admin_session, db_path, tmp_path):
    backup = tmp_path / "future.db"
    backups.back_up(backup)
    connection = sqlite3.connect(str(backup))
    connection.execute("UPDATE schema_version SET version = 99")
    connection.commit()
    connection.close()

    with pytest.raises(BackupError) as raised:
        backups.restore(backup, db_path)

    assert "schema version 99" in str(raised.value)
    assert f"up to {latest_version()}" in str(raised.value)


def test_restore_refuses_damaged_backup(admin_session, db_path, tmp_path):
    add_clients(admin_session, *[f"Name{number}" for number in range(300)])
    backup = tmp_path / "damaged.db"
    backups.back_up(backup)
    connection = sqlite3.connect(str(backup))
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    (root,) = connection.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'client'"
    ).fetchone()
    connection.close()
    content = bytearray(backup.read_bytes())
    # Break the page-type byte of the client table's root page; the file header stays sound.
    content[(root - 1) * page_size] = 0x07
    backup.write_bytes(bytes(content))

    with pytest.raises(BackupError, match="damaged"):
        backups.restore(backup, db_path)

    assert Client.select().count() == 300


def test_automatic_backups_keep_the_newest(admin_session, db_path):
    made = [backups.automatic_backup(db_path, keep=2) for _ in range(4)]

    kept = backups.automatic_backups(db_path)

    assert kept == [made[3], made[2]]
    assert all(path.parent == db_path.parent / "backups" for path in kept)
    assert backups.check_backup(kept[0]).clients == 0


def test_automatic_backups_leave_other_files_alone(admin_session, db_path):
    folder = backups.backup_folder(db_path)
    folder.mkdir()
    mine = folder / "before-the-move.db"
    mine.write_bytes(b"kept by the administrator")

    backups.automatic_backup(db_path, keep=1)
    backups.automatic_backup(db_path, keep=1)

    assert mine.exists()
    assert len(backups.automatic_backups(db_path)) == 1


def test_integrity_check_of_sound_database(admin_session):
    assert backups.integrity_problems() == []
    assert backups.integrity_problems(quick=False) == []
