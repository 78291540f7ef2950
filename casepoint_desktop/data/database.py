"""Opening the SQLite database: the connection settings every connection gets, and the checks
that a file is a CasePoint database before the program uses it.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

import peewee

log = logging.getLogger(__name__)

# Every model binds to this proxy, and `connect` points it at a real database.
db = peewee.DatabaseProxy()

BUSY_TIMEOUT_SECONDS = 10

# WAL lets readers work while one writer commits. synchronous=FULL makes a commit durable
# across a power cut, not only a crash of the process. SQLite sets foreign_keys per
# connection, so peewee sets it on every connection it opens.
PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": "full",
    "foreign_keys": 1,
    "busy_timeout": BUSY_TIMEOUT_SECONDS * 1000,
}


class DatabaseOpenError(Exception):
    """The file cannot be used as a CasePoint database. The message gives the reason and the fix."""


def connect(path: Path) -> peewee.SqliteDatabase:
    """Open the SQLite file at `path` (created when missing) and bind the models to it.

    Does not create or migrate tables; `migrations.open_and_migrate` does that.

    Raises:
        DatabaseOpenError: the path is a folder, the folder is missing, the file or its folder
            cannot be written, or the file is not an SQLite database.
    """
    path = Path(path).absolute()
    if path.is_dir():
        raise DatabaseOpenError(f"{path} is a folder. Give the path of a database file.")
    if not path.parent.is_dir():
        raise DatabaseOpenError(
            f"The folder {path.parent} does not exist. Create it or choose another database file."
        )
    _require_writable(path)

    database = peewee.SqliteDatabase(str(path), pragmas=PRAGMAS, timeout=BUSY_TIMEOUT_SECONDS)
    try:
        database.connect(reuse_if_open=True)
        database.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
    except (peewee.DatabaseError, sqlite3.DatabaseError) as error:
        database.close()
        raise DatabaseOpenError(
            f"{path} is not a CasePoint database ({error}). Choose another file, or restore "
            "a backup."
        ) from error

    db.initialize(database)
    log.info("Opened database %s", path)
    return database


def _require_writable(path: Path) -> None:
    # SQLite in WAL mode writes the file and creates PATH-wal and PATH-shm beside it, so both
    # the file and its folder must be writable. os.access also reports a read-only mount.
    if path.exists() and not os.access(path, os.W_OK):
        raise DatabaseOpenError(
            f"The database file {path} is read-only. The program saves every change to it: "
            "make it writable, or copy it to a folder you can write to and open the copy."
        )
    if not os.access(path.parent, os.W_OK | os.X_OK):
        raise DatabaseOpenError(
            f"The folder {path.parent} cannot be written. The program keeps two working files "
            f"({path.name}-wal and {path.name}-shm) beside the database: choose a folder you "
            "can write to."
        )


def close() -> None:
    """Close the connection of the bound database, if one is open."""
    if db.obj is not None and not db.is_closed():
        db.close()
