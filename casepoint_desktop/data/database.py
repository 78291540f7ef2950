"""Opening the SQLite database: the connection settings every connection gets, and the checks
that a file is a CasePoint database before the program uses it.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
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


class ImmediateSqliteDatabase(peewee.SqliteDatabase):
    """SqliteDatabase whose transactions take the write lock as they begin.

    A deferred transaction that reads and then writes fails at once with "database is
    locked" when another process committed in between, without waiting for the busy
    timeout. BEGIN IMMEDIATE waits its turn instead, so two program instances on one file
    queue their saves.
    """

    def begin(self, lock_type: str | None = None) -> None:
        super().begin(lock_type or "IMMEDIATE")


class DatabaseOpenError(Exception):
    """The file cannot be used as a CasePoint database. The message gives the reason and the fix."""


class DatabaseDamagedError(DatabaseOpenError):
    """The file is an SQLite database that fails SQLite's integrity check."""


def connect(path: Path, check_integrity: bool = True) -> peewee.SqliteDatabase:
    """Open the SQLite file at `path` (created when missing) and bind the models to it.

    Does not create or migrate tables; `migrations.open_and_migrate` does that.

    Args:
        path: the database file.
        check_integrity: run `PRAGMA quick_check` before returning. It reads the whole file
            (2 to 3 s for 700 MB), so the graphical start-up passes False and runs
            `check_integrity` on a thread of its own while the log-in dialog waits.

    Raises:
        DatabaseOpenError: the path is a folder, the folder is missing, the file or its folder
            cannot be written, or the file is not an SQLite database.
        DatabaseDamagedError: `check_integrity` is True and SQLite's check finds damage.
    """
    path = Path(path).absolute()
    if path.is_dir():
        raise DatabaseOpenError(f"{path} is a folder. Give the path of a database file.")
    if not path.parent.is_dir():
        raise DatabaseOpenError(
            f"The folder {path.parent} does not exist. Create it or choose another database file."
        )
    _require_writable(path)

    database = ImmediateSqliteDatabase(str(path), pragmas=PRAGMAS, timeout=BUSY_TIMEOUT_SECONDS)
    try:
        database.connect(reuse_if_open=True)
        database.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
    except (peewee.DatabaseError, sqlite3.DatabaseError) as error:
        database.close()
        raise DatabaseOpenError(
            f"{path} is not a CasePoint database ({error}). Choose another file, or restore "
            "a backup."
        ) from error

    if check_integrity:
        try:
            raise_if_damaged(database.connection(), path)
        except DatabaseDamagedError:
            database.close()
            raise

    db.initialize(database)
    log.info("Opened database %s", path)
    return database


def check_integrity(path: Path, connection: sqlite3.Connection | None = None) -> None:
    """Run SQLite's quick check of the file at `path` through a read-only connection of its own.

    Safe to call on another thread while the program uses the file. `connection`, when
    given, is an open read-only connection to `path` that the caller may `interrupt()`.

    Raises:
        DatabaseDamagedError: the check found damage.
        sqlite3.OperationalError: the check was interrupted.
    """
    path = Path(path).absolute()
    own = connection is None
    if connection is None:
        connection = open_read_only(path)
    try:
        raise_if_damaged(connection, path)
    finally:
        if own:
            connection.close()


def open_read_only(path: Path) -> sqlite3.Connection:
    """Return a read-only sqlite3 connection to the file at `path`, usable on any thread."""
    return sqlite3.connect(
        f"{Path(path).absolute().as_uri()}?mode=ro",
        uri=True,
        timeout=BUSY_TIMEOUT_SECONDS,
        check_same_thread=False,
    )


def raise_if_damaged(connection: sqlite3.Connection, path: Path) -> None:
    """Run `PRAGMA quick_check` on `connection` and raise when it reports a problem.

    Raises:
        DatabaseDamagedError: the message names the file, SQLite's first finding and the
            restore command.
    """
    try:
        problems = [row[0] for row in connection.execute("PRAGMA quick_check").fetchall()]
    except sqlite3.OperationalError as error:
        if "interrupt" in str(error):
            raise
        problems = [str(error)]
    except sqlite3.DatabaseError as error:
        problems = [str(error)]
    if problems == ["ok"]:
        return
    first = " ".join(problems[0].split())
    log.error("Database %s failed its integrity check with %d problems", path, len(problems))
    backups_folder = path.parent / "backups"
    where = f" The automatic backups are in {backups_folder}." if backups_folder.is_dir() else ""
    raise DatabaseDamagedError(
        f"The database file {path} is damaged. SQLite's check reports: "
        f"“{first[:200]}{'…' if len(first) > 200 else ''}”. Restore the newest backup "
        f"over it: `casepoint-desktop --database {path} restore BACKUP-FILE`.{where} "
        "The damaged file stays as it is until then."
    )


class BackgroundIntegrityCheck:
    """`check_integrity` of one file, run on a thread of its own from the moment it is made."""

    def __init__(self, path: Path) -> None:
        self._path = Path(path).absolute()
        self._connection = open_read_only(self._path)
        self.error: DatabaseDamagedError | None = None
        self._thread = threading.Thread(target=self._run, name="integrity-check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            check_integrity(self._path, self._connection)
        except DatabaseDamagedError as error:
            self.error = error
        except sqlite3.Error as error:
            # Interrupted by cancel(), or the file became unreadable; the open connection
            # reports the latter at its next statement.
            log.info("Integrity check of %s ended early: %s", self._path, error)

    def is_finished(self) -> bool:
        return not self._thread.is_alive()

    def wait(self) -> DatabaseDamagedError | None:
        """Block until the check ends and return the damage it found, or None."""
        self._thread.join()
        return self.error

    def cancel(self) -> None:
        """Stop a running check and close its connection."""
        # interrupt() stops only a statement already running, so it is repeated until the
        # thread has ended.
        while self._thread.is_alive():
            self._connection.interrupt()
            self._thread.join(0.05)
        self._connection.close()


# File system types, as Linux and macOS name them, that reach the file over a network.
_NETWORK_FILE_SYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smb2",
        "smb3",
        "smbfs",
        "afpfs",
        "webdav",
        "9p",
        "fuse.sshfs",
        "sshfs",
        "davfs",
        "ncpfs",
        "afs",
        "glusterfs",
        "ceph",
        "fuse.rclone",
    }
)


def network_file_system(path: Path) -> str | None:
    """Return the kind of network share that contains `path` ("cifs", "UNC path"), else None.

    SQLite's locking is not reliable over network file systems, so the program warns when a
    database lives on one. Detection looks at Windows drive types and UNC paths, and at the
    mount table on Linux and macOS; an unknown answer counts as local.
    """
    path = Path(path).absolute()
    if os.name == "nt":
        return _windows_network_drive(path)
    mounts = _mount_points()
    best = ""
    kind = None
    for mount_point, file_system in mounts:
        if (path == Path(mount_point) or Path(mount_point) in path.parents) and len(
            mount_point
        ) >= len(best):
            best, kind = mount_point, file_system
    if kind and kind.lower() in _NETWORK_FILE_SYSTEMS:
        return kind
    return None


def _mount_points() -> list[tuple[str, str]]:
    """Return (mount point, file system type) pairs from /proc/mounts or `mount`."""
    try:
        with open("/proc/mounts", encoding="utf-8", errors="replace") as mounts:
            return [
                (fields[1].replace("\\040", " "), fields[2])
                for fields in (line.split() for line in mounts)
                if len(fields) >= 3
            ]
    except OSError:
        pass
    import subprocess

    try:
        output = subprocess.run(
            ["mount"], capture_output=True, text=True, timeout=5, check=False
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    # macOS: "//user@server/share on /Volumes/share (smbfs, nodev, ...)"
    found = []
    for line in output.splitlines():
        if " on " in line and " (" in line:
            mount_point = line.split(" on ", 1)[1].rsplit(" (", 1)[0]
            file_system = line.rsplit(" (", 1)[1].split(",")[0].rstrip(")")
            found.append((mount_point, file_system))
    return found


def _windows_network_drive(path: Path) -> str | None:
    text = str(path)
    if text.startswith("\\\\"):
        return "UNC path"
    import ctypes

    drive = os.path.splitdrive(text)[0] + "\\"
    drive_remote = 4
    if ctypes.windll.kernel32.GetDriveTypeW(drive) == drive_remote:  # type: ignore[attr-defined]
        return "network drive"
    return None


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
