"""Backups and restores of the database file with SQLite's online backup.

A backup is a complete, checked SQLite file, written while the program runs. A restore checks
the backup (integrity and schema version) before anything is replaced, keeps a copy of the
database it replaces, and copies the backup in through SQLite itself, so its write-ahead log
and other open connections stay consistent. A database on a PostgreSQL server is backed up
with PostgreSQL's own tools, and every function here raises BackupError for one.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from casepoint_desktop.data import backend, database
from casepoint_desktop.data.migrations import latest_version
from casepoint_desktop.services import audit
from casepoint_desktop.services.errors import ServiceError
from casepoint_desktop.services.session import Session

log = logging.getLogger(__name__)

BACKUP_FOLDER_NAME = "backups"
# Pages copied per step of the online backup. Other connections may write between steps.
PAGES_PER_STEP = 4096
_AUTOMATIC_NAME = re.compile(r"^(?P<stem>.+)-auto-(?P<stamp>\d{8}-\d{6})(-(?P<number>\d+))?\.db$")

SERVER_DATABASE_MESSAGE = (
    "The database is on a PostgreSQL server, and CasePoint Desktop backs up and restores only "
    "SQLite database files. Back up the server's database with pg_dump, for example "
    "`pg_dump --format=custom --file=casepoint.dump postgresql://USER@HOST/DATABASE`, and "
    "restore it with pg_restore. Both read the password from PGPASSWORD or the PostgreSQL "
    "password file."
)


class BackupError(ServiceError):
    """A backup could not be written, or a file cannot be restored."""


@dataclass(frozen=True)
class BackupInfo:
    """The contents of a checked backup file."""

    path: Path
    schema_version: int
    clients: int
    size_bytes: int


def backup_folder(database_path: Path) -> Path:
    """Return the folder of automatic backups: `backups` beside the database file."""
    return Path(database_path).absolute().parent / BACKUP_FOLDER_NAME


def back_up(destination: Path, session: Session | None = None) -> BackupInfo:
    """Copy the open database to `destination` and check the copy; return what it holds.

    With a `session` (the program's menu), only an administrator may back up, and the
    backup is recorded in the audit log as an export. The command line passes none, because its
    user can read the database file directly.

    Works while the program runs: SQLite's online backup copies a consistent state. The copy
    is written under a temporary name and renamed only after its check passes, so a failed
    backup never leaves a partial file under the chosen name.

    Raises:
        BackupError: the destination cannot be written, or the copy failed its check.
        PermissionDenied: a session of a user who is not an administrator.
    """
    if backend.is_postgresql():
        raise BackupError(SERVER_DATABASE_MESSAGE)
    if session is not None:
        session.require_admin()
        audit.record(
            session, "export", "database", None, None, {"backup": (None, str(destination))}
        )
    source = database.db.connection()
    destination = Path(destination).absolute()
    if destination == Path(database.db.obj.database).absolute():
        raise BackupError("Choose another file: a backup cannot replace the database itself.")
    try:
        descriptor, name = tempfile.mkstemp(
            prefix=".casepoint-backup-", suffix=".part", dir=destination.parent
        )
    except OSError as error:
        raise BackupError(
            f"The backup cannot be written in {destination.parent}: {error.strerror or error}."
        ) from error
    os.close(descriptor)
    temporary = Path(name)
    try:
        _copy(source, temporary)
        info = check_backup(temporary)
        os.replace(temporary, destination)
    except (OSError, sqlite3.Error) as error:
        temporary.unlink(missing_ok=True)
        raise BackupError(f"The backup failed: {error}. Nothing was written.") from error
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    log.info("Backed up the database to %s", destination)
    return BackupInfo(destination, info.schema_version, info.clients, destination.stat().st_size)


def check_backup(path: Path) -> BackupInfo:
    """Check that `path` is a whole CasePoint database this program can open.

    Raises:
        BackupError: not an SQLite file, damaged (integrity check), not a CasePoint
            database, or written by a newer program version.
    """
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"{path} is not a file.")
    try:
        connection = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise BackupError(f"{path} cannot be opened: {error}.") from error
    try:
        problems = _integrity_problems(connection, quick=False)
        if problems:
            raise BackupError(
                f"{path} is damaged and cannot be restored. SQLite reports: {problems[0]}."
            )
        version = _schema_version(connection, path)
        clients = connection.execute("SELECT count(*) FROM client").fetchone()[0]
    except sqlite3.DatabaseError as error:
        raise BackupError(f"{path} is not a CasePoint database ({error}).") from error
    finally:
        connection.close()
    return BackupInfo(path, version, clients, path.stat().st_size)


def restore(backup: Path, database_path: Path | str) -> Path:
    """Replace the database at `database_path` with the checked `backup`.

    The database as it was is first copied beside it as NAME-before-restore-STAMP.db, and
    that path is returned. Call it with the program's own connection closed; the restored
    database is migrated when it is next opened, if it is from an older version.

    Raises:
        BackupError: the backup fails its check, or the copy or the restore failed; the
            database is then as it was. Also raised when `database_path` is a PostgreSQL
            server URL.
    """
    if database.is_server_url(database_path):
        raise BackupError(SERVER_DATABASE_MESSAGE)
    check_backup(backup)
    database_path = Path(database_path).absolute()
    if Path(backup).absolute() == database_path:
        raise BackupError("The backup and the database are the same file.")

    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = database_path.with_name(f"{database_path.stem}-before-restore-{stamp}.db")
    try:
        target = sqlite3.connect(str(database_path), timeout=database.BUSY_TIMEOUT_SECONDS)
    except sqlite3.Error as error:
        raise BackupError(f"The database {database_path} cannot be opened: {error}.") from error
    try:
        _copy(target, kept)
        source = sqlite3.connect(f"{Path(backup).absolute().as_uri()}?mode=ro", uri=True)
        try:
            # Copying into the open file through SQLite keeps its write-ahead log consistent,
            # and other programs' connections see the restored data at their next read.
            source.backup(target, pages=PAGES_PER_STEP)
        finally:
            source.close()
    except (OSError, sqlite3.Error) as error:
        raise BackupError(f"The restore failed: {error}. The database was not changed.") from error
    finally:
        target.close()
    log.info("Restored the database from %s; the previous one is kept as %s", backup, kept)
    return kept


def automatic_backup(database_path: Path | str, keep: int) -> Path:
    """Write a backup into the backups folder and delete the oldest beyond `keep`.

    Returns the new backup's path.

    Raises:
        BackupError: also when `database_path` is a PostgreSQL server URL.
    """
    if database.is_server_url(database_path):
        raise BackupError(SERVER_DATABASE_MESSAGE)
    database_path = Path(database_path)
    folder = backup_folder(database_path)
    try:
        folder.mkdir(exist_ok=True)
    except OSError as error:
        raise BackupError(
            f"The backup folder {folder} cannot be made: {error.strerror or error}."
        ) from error
    stem = Path(database_path).stem
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    # Backups within one second are numbered on, so the newest always sorts first.
    taken = [
        _automatic_order(path)[1]
        for path in automatic_backups(database_path)
        if _automatic_order(path)[0] == stamp
    ]
    number = max(taken, default=0) + 1
    suffix = f"-{number}" if number > 1 else ""
    destination = folder / f"{stem}-auto-{stamp}{suffix}.db"
    back_up(destination)
    for old in automatic_backups(database_path)[max(keep, 1) :]:
        old.unlink(missing_ok=True)
        log.info("Deleted the old automatic backup %s", old)
    return destination


def automatic_backups(database_path: Path) -> list[Path]:
    """Return the automatic backups of the database, newest first."""
    folder = backup_folder(database_path)
    if not folder.is_dir():
        return []
    stem = Path(database_path).stem
    found = [
        path
        for path in folder.iterdir()
        if (match := _AUTOMATIC_NAME.match(path.name)) and match.group("stem") == stem
    ]
    return sorted(found, key=_automatic_order, reverse=True)


def _automatic_order(path: Path) -> tuple[str, int]:
    match = _AUTOMATIC_NAME.match(path.name)
    assert match is not None
    return match.group("stamp"), int(match.group("number") or 1)


def integrity_problems(quick: bool = True) -> list[str]:
    """Return what SQLite's integrity check finds wrong with the open database; [] when sound.

    `quick` runs `quick_check`, which skips the comparison of indexes with their tables.
    """
    return _integrity_problems(database.db.connection(), quick)


def _integrity_problems(connection: sqlite3.Connection, quick: bool) -> list[str]:
    pragma = "quick_check" if quick else "integrity_check"
    rows = [row[0] for row in connection.execute(f"PRAGMA {pragma}").fetchall()]
    return [] if rows == ["ok"] else rows


def _schema_version(connection: sqlite3.Connection, path: Path) -> int:
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    if "schema_version" not in tables or "client" not in tables:
        raise BackupError(f"{path} is an SQLite file but not a CasePoint database.")
    row = connection.execute("SELECT version FROM schema_version").fetchone()
    version = int(row[0]) if row else 0
    latest = latest_version()
    if version > latest:
        raise BackupError(
            f"{path} has schema version {version}, written by a newer CasePoint Desktop; this "
            f"program knows versions up to {latest}. Install the newer program to restore it."
        )
    return version


def _copy(source: sqlite3.Connection, path: Path) -> None:
    """Copy the database of `source` into a single file at `path`, without a write-ahead log."""
    target = sqlite3.connect(str(path))
    try:
        source.backup(target, pages=PAGES_PER_STEP)
        target.execute("PRAGMA journal_mode=DELETE")
    finally:
        target.close()
