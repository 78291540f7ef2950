"""Opening the database: an SQLite file, or a PostgreSQL database given by a server URL.

For SQLite: the connection settings every connection gets, and the checks that a file is a
CasePoint database before the program uses it. For PostgreSQL: the connection through
libpq with the URL as given, and messages that name the URL without its password.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import unquote, urlsplit

import peewee
import psycopg2
from playhouse.shortcuts import ReconnectMixin

# Kept in server_password, which imports no database driver, for the command line's parser.
from casepoint_desktop.data.server_password import SERVER_URL_SCHEMES as SERVER_URL_SCHEMES
from casepoint_desktop.data.server_password import is_server_url as is_server_url
from casepoint_desktop.data.server_password import strip_password

log = logging.getLogger(__name__)

# Every model binds to this proxy, and `connect` points it at a real database.
db = peewee.DatabaseProxy()

BUSY_TIMEOUT_SECONDS = 10


# PostgreSQL 11 added CREATE TRIGGER … EXECUTE FUNCTION, which the schema uses.
MINIMUM_SERVER_VERSION = 110000

# Seconds libpq waits for a server to respond when neither the URL (connect_timeout) nor
# PGCONNECT_TIMEOUT sets a limit. Without one, libpq waits as long as the operating
# system's TCP connect does, often more than a minute for a host that does not respond.
SERVER_CONNECT_TIMEOUT_SECONDS = 10

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


class ServerDatabase(ReconnectMixin, peewee.PostgresqlDatabase):
    """PostgresqlDatabase that connects again after losing its connection, and whose
    connections stop waiting for another connection's lock after BUSY_TIMEOUT_SECONDS, as
    SQLite's busy timeout does.

    A server restarted overnight, or a network drop, closes every PC's connection; without
    the reconnection each later query failed until the program was restarted. peewee's
    ReconnectMixin connects again only outside a transaction, so a save cut off half way is
    rolled back by the server and reported, never half written.

    PostgreSQL's own default is to wait for a lock without limit, so a save would hang while
    another PC holds a row. With the timeout it fails with SQLSTATE 55P03
    (lock_not_available), which `backend.is_busy_error` recognises.
    """

    # psycopg2's messages for a connection that the server or the network closed.
    reconnect_errors = (
        (peewee.OperationalError, "server closed the connection"),
        (peewee.OperationalError, "terminating connection"),
        (peewee.OperationalError, "could not receive data from server"),
        (peewee.OperationalError, "could not send data to server"),
        (peewee.OperationalError, "ssl connection has been closed"),
        (peewee.InterfaceError, "connection already closed"),
    )

    def _initialize_connection(self, conn: Any) -> None:
        super()._initialize_connection(conn)  # type: ignore[misc]  # missing from the stubs
        with conn.cursor() as cursor:
            cursor.execute("SET lock_timeout = %s", (f"{BUSY_TIMEOUT_SECONDS}s",))


class DatabaseOpenError(Exception):
    """The file or server database cannot be opened or used as a CasePoint database.

    The message gives the reason and the fix, and names a server URL without its password.
    """


class DatabaseDamagedError(DatabaseOpenError):
    """The file is an SQLite database that fails SQLite's integrity check."""


def display_name(target: Path | str) -> str:
    """Return `target` as messages and log lines show it.

    A server URL loses its password, both after the user name and as a `password`
    parameter. A database file becomes its absolute path.
    """
    if is_server_url(target):
        return strip_password(str(target))[0]
    return str(Path(target).absolute())


def connect(target: Path | str, check_integrity: bool = True) -> peewee.Database:
    """Open the database at `target` and bind the models to it.

    `target` is an SQLite file (created when missing) or a PostgreSQL server URL, such as
    `postgresql://caseworker@db.example.org:5432/casepoint?sslmode=verify-full`. libpq reads
    the URL as given, so every option it supports works, and the password comes from the
    URL, the PGPASSWORD environment variable or the PostgreSQL password file. Does not
    create or migrate tables; `migrations.open_and_migrate` does that.

    Args:
        target: the database file, or the server URL.
        check_integrity: run SQLite's `PRAGMA quick_check` before returning. It reads the
            whole file (2 to 3 s for 700 MB), so the graphical start-up passes False and runs
            `start_integrity_check` while the log-in dialog waits. Ignored for a server.

    Raises:
        DatabaseOpenError: for a file, the path is a folder, the folder is missing, the file
            or its folder cannot be written, or the file is not an SQLite database. For a
            server, it cannot be reached, rejects the log-in, lacks the database, or runs an
            unsupported version or encoding.
        DatabaseDamagedError: `check_integrity` is True and SQLite's check finds damage.
    """
    if is_server_url(target):
        database: peewee.Database = _connect_server(str(target))
    else:
        database = _connect_file(Path(target), check_integrity)
    db.initialize(database)
    log.info("Opened database %s", display_name(target))
    return database


def _connect_file(path: Path, check_integrity: bool) -> peewee.SqliteDatabase:
    path = path.absolute()
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
    return database


def _connect_server(url: str) -> ServerDatabase:
    options: dict[str, Any] = {"dsn": url}
    if not _sets_connect_timeout(url):
        options["connect_timeout"] = SERVER_CONNECT_TIMEOUT_SECONDS
    # peewee passes `dsn` to psycopg2.connect; its first argument only has to start with
    # the scheme peewee looks for.
    database = ServerDatabase("postgresql://" + url.split("://", 1)[1], encoding="UTF8", **options)
    try:
        database.connect(reuse_if_open=True)
        version = database.connection().server_version
        (encoding,) = database.execute_sql("SHOW server_encoding").fetchone()
    except (peewee.DatabaseError, psycopg2.Error) as error:
        database.close()
        raise DatabaseOpenError(_server_error_message(url, error)) from error

    name = display_name(url)
    if version < MINIMUM_SERVER_VERSION:
        database.close()
        raise DatabaseOpenError(
            f"The server of {name} runs PostgreSQL {version // 10000}. CasePoint Desktop "
            f"needs PostgreSQL {MINIMUM_SERVER_VERSION // 10000} or newer: upgrade the server."
        )
    if encoding != "UTF8":
        database.close()
        raise DatabaseOpenError(
            f"The database {name} uses the encoding {encoding}, which cannot store text in "
            "every script. Create the database with the UTF8 encoding "
            "(`createdb --owner=ROLE --encoding=UTF8 --template=template0 NAME`) and open that one."
        )
    return database


def _sets_connect_timeout(url: str) -> bool:
    query = urlsplit(url).query
    keys = {unquote(item.partition("=")[0]).strip() for item in query.split("&") if item}
    return "connect_timeout" in keys or bool(os.environ.get("PGCONNECT_TIMEOUT"))


def _query_key(item: str) -> str:
    return unquote(item.partition("=")[0]).strip().lower()


def _passwords_in(url: str) -> list[str]:
    """Return every spelling of the passwords in `url`, raw and decoded, for removal."""
    parts = urlsplit(url)
    found = []
    if "@" in parts.netloc:
        found.append(parts.netloc.rpartition("@")[0].partition(":")[2])
    found.extend(
        item.partition("=")[2] for item in parts.query.split("&") if _query_key(item) == "password"
    )
    spellings = {spelling for password in found for spelling in (password, unquote(password))}
    # The longer spellings come first, so a decoded password is not left half replaced inside
    # its raw spelling.
    return sorted((spelling for spelling in spellings if spelling), key=len, reverse=True)


def _server_error_message(url: str, error: Exception) -> str:
    """Return the message for a failed connection to `url`, naming the cause and the fix.

    libpq reports connection failures as text without an SQLSTATE, so the cause is found by
    its English wording. A server or client set to another language gets the general
    message, which still quotes libpq's reason.
    """
    # libpq's later lines are hints ("Is the server running on that host …?") that the
    # message below replaces with advice of its own.
    lines = [line for line in str(error).replace("FATAL:", " ").splitlines() if line.strip()]
    reason = " ".join(lines[0].split()) if lines else type(error).__name__
    for password in _passwords_in(url):
        reason = reason.replace(password, "(password)")
    reason = reason.rstrip(".")
    name = display_name(url)
    lowered = reason.lower()

    if (
        "authentication failed" in lowered
        or "no password supplied" in lowered
        or ("role" in lowered and "does not exist" in lowered)
    ):
        return (
            f"The PostgreSQL server rejected the log-in for {name}: {reason}. Check the user "
            "name, and give the password in the PGPASSWORD environment variable or in the "
            "PostgreSQL password file (~/.pgpass; %APPDATA%\\postgresql\\pgpass.conf on "
            "Windows). The program does not store passwords."
        )
    if "pg_hba.conf" in lowered:
        return (
            f"The PostgreSQL server of {name} does not accept connections from this computer "
            f"for this user and database: {reason}. Ask the server's administrator to add "
            "this computer to pg_hba.conf."
        )
    if "database" in lowered and "does not exist" in lowered:
        return (
            f"The database of {name} does not exist on the server: {reason}. Correct the "
            "database name in the URL, or ask the server's administrator to create it "
            "(`createdb --owner=ROLE --encoding=UTF8 --template=template0 NAME`)."
        )
    unreachable = (
        "connection refused",
        "could not connect",
        "could not translate host name",
        "timeout expired",
        "no route to host",
        "network is unreachable",
        "server closed the connection",
    )
    if any(text in lowered for text in unreachable):
        return (
            f"Cannot reach the PostgreSQL server of {name}: {reason}. Check the host name and "
            "port, that the server is running, and that this computer's network can reach it."
        )
    return f"Cannot open the PostgreSQL database {name}: {reason}."


def check_integrity(path: Path | str, connection: sqlite3.Connection | None = None) -> None:
    """Run SQLite's quick check of the file at `path` through a read-only connection of its own.

    Safe to call on another thread while the program uses the file. `connection`, when
    given, is an open read-only connection to `path` that the caller may `interrupt()`.
    Does nothing for a PostgreSQL server URL: the quick check is SQLite's, and the program
    has no counterpart for a server.

    Raises:
        DatabaseDamagedError: the check found damage.
        sqlite3.OperationalError: the check was interrupted.
    """
    if is_server_url(path):
        return
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


class IntegrityCheck(Protocol):
    """A running or finished integrity check, as `start_integrity_check` returns it."""

    error: DatabaseDamagedError | None

    def is_finished(self) -> bool: ...

    def wait(self) -> DatabaseDamagedError | None: ...

    def cancel(self) -> None: ...


def start_integrity_check(target: Path | str) -> IntegrityCheck:
    """Start SQLite's quick check of the database file `target` on a thread of its own.

    For a PostgreSQL server URL it returns a check that is finished and found nothing,
    because SQLite's check does not apply there. Callers need no case of their own.
    """
    if is_server_url(target):
        return FinishedIntegrityCheck()
    return BackgroundIntegrityCheck(Path(target))


class FinishedIntegrityCheck:
    """An integrity check with nothing to check: finished from the start, with no error."""

    def __init__(self) -> None:
        self.error: DatabaseDamagedError | None = None

    def is_finished(self) -> bool:
        return True

    def wait(self) -> DatabaseDamagedError | None:
        return self.error

    def cancel(self) -> None:
        pass


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


def network_file_system(path: Path | str) -> str | None:
    """Return the kind of network share that contains `path` ("cifs", "UNC path"), else None.

    SQLite's locking is not reliable over network file systems, so the program warns when a
    database lives on one. Detection looks at Windows drive types and UNC paths, and at the
    mount table on Linux and macOS. A file system the check cannot identify counts as local.
    A PostgreSQL server URL returns None, because the server stores that database, not a share.
    """
    if is_server_url(path):
        return None
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
