"""Every difference between the SQLite and the PostgreSQL back end that other code must know.

Models, services and queries are written once, in SQL that both back ends run the same way.
Where they cannot be, the difference is a function here, chosen by the type of the bound
database: the schema folder, how a migration script is split, which driver errors mean
"busy", how ID sequences follow copied rows, and which text a back end cannot store.

Two differences need no function. psycopg2 returns bytea as memoryview where sqlite3
returns bytes, so readers of BLOB columns convert with bytes(). Queries compare booleans
with True and False, not 1 and 0, because PostgreSQL rejects an integer compared with a
boolean column, and SQLite binds True and False as 1 and 0.
"""

from __future__ import annotations

import enum
import re
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from importlib import resources
from importlib.abc import Traversable

import peewee
import psycopg2
import psycopg2.errorcodes

from casepoint_desktop.data.database import db

# peewee's database error and the errors that the drivers raise outside peewee's wrapper,
# for example from a connection or cursor that peewee did not create.
DATABASE_ERRORS: tuple[type[Exception], ...] = (
    peewee.DatabaseError,
    sqlite3.DatabaseError,
    psycopg2.Error,
)

# SQLSTATE codes after which PostgreSQL gave up waiting for, or because of, another
# connection's lock: the same situation as SQLite's "database is locked".
_POSTGRESQL_BUSY_CODES = frozenset(
    {
        psycopg2.errorcodes.LOCK_NOT_AVAILABLE,
        psycopg2.errorcodes.DEADLOCK_DETECTED,
        psycopg2.errorcodes.SERIALIZATION_FAILURE,
    }
)

# PostgreSQL text cannot contain U+0000, and psycopg2 raises ValueError when asked to send it.
_POSTGRESQL_UNSTORABLE = re.compile("\x00")

# Key of the advisory lock that lets one program at a time migrate a PostgreSQL database.
_MIGRATION_LOCK_KEY = 0x43415345  # "CASE"


class Backend(enum.Enum):
    SQLITE = "sqlite"
    POSTGRESQL = "postgresql"


def backend_of(database: peewee.Database | None = None) -> Backend:
    """Return the back end of `database`, or of the database the models are bound to.

    Raises:
        RuntimeError: `database` is None and no database is bound.
    """
    if database is None:
        database = db.obj
        if database is None:
            raise RuntimeError("no database is open")
    if isinstance(database, peewee.PostgresqlDatabase):
        return Backend.POSTGRESQL
    return Backend.SQLITE


def is_postgresql(database: peewee.Database | None = None) -> bool:
    return backend_of(database) is Backend.POSTGRESQL


def schema_folder(backend: Backend) -> Traversable:
    """Return the folder of the migration scripts of `backend`.

    Both folders hold the same versions, so a schema version means the same tables on both.
    """
    folder = resources.files("casepoint_desktop.data").joinpath("schema")
    if backend is Backend.POSTGRESQL:
        return folder.joinpath("postgresql")
    return folder


def script_statements(backend: Backend, script: str) -> list[str]:
    """Split a migration script into the statements to execute one by one.

    sqlite3 executes one statement per call, so SQLite scripts are split, keeping a
    trigger's BEGIN … END together. psycopg2 sends a whole script in one call, which keeps
    the semicolons inside a PL/pgSQL body ($$ … $$) where they belong.
    """
    if backend is Backend.POSTGRESQL:
        return [script] if script.strip() else []
    statements = []
    pending = ""
    for part in script.split(";"):
        pending += part + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n;"):
                statements.append(pending.strip())
            pending = ""
    if pending.strip(" \n;"):
        statements.append(pending.strip().rstrip(";"))
    return statements


@contextmanager
def migration_lock(database: peewee.Database) -> Iterator[None]:
    """Hold a lock that lets only one program migrate `database` at a time.

    On PostgreSQL this is a session advisory lock, so a second PC that starts the program at
    the same moment waits, then finds the schema already current. SQLite needs none: each
    migration's transaction takes the file's write lock (BEGIN IMMEDIATE), and the version
    is read again inside it.
    """
    if not is_postgresql(database):
        yield
        return
    database.execute_sql("SELECT pg_advisory_lock(%s)", (_MIGRATION_LOCK_KEY,))
    try:
        yield
    finally:
        database.execute_sql("SELECT pg_advisory_unlock(%s)", (_MIGRATION_LOCK_KEY,))


def is_busy_error(error: BaseException) -> bool:
    """Return whether `error` means another connection held a lock too long or in the way.

    SQLite reports "database is locked" or "busy" after its busy timeout. PostgreSQL reports
    a lock timeout, a deadlock or a serialization failure by SQLSTATE.
    """
    for candidate in _with_causes(error):
        if isinstance(candidate, sqlite3.OperationalError | peewee.OperationalError) and (
            "locked" in str(candidate) or "busy" in str(candidate)
        ):
            return True
        if getattr(candidate, "pgcode", None) in _POSTGRESQL_BUSY_CODES:
            return True
    return False


def _with_causes(error: BaseException) -> Iterator[BaseException]:
    # peewee re-raises a driver error as its own type, with the driver's error as the first
    # argument, so both are looked at.
    seen: set[int] = set()
    pending: list[BaseException] = [error]
    while pending:
        candidate = pending.pop()
        if id(candidate) in seen:
            continue
        seen.add(id(candidate))
        yield candidate
        linked = [candidate.__cause__, candidate.__context__]
        linked.extend(argument for argument in candidate.args if isinstance(argument, Exception))
        pending.extend(item for item in linked if item is not None)


def unstorable_character(
    text: str, database: peewee.Database | None = None
) -> re.Match[str] | None:
    """Return the first character of `text` that the back end cannot store in a text column.

    Only PostgreSQL has one: U+0000. Lone surrogates, which neither can store, are checked
    by services.input_checks for both. Without a database given or bound there is no back
    end to ask, and the result is None.
    """
    if database is None and db.obj is None:
        return None
    if not is_postgresql(database):
        return None
    return _POSTGRESQL_UNSTORABLE.search(text)


def reset_id_sequences(database: peewee.Database, tables: Sequence[str]) -> None:
    """Set the ID sequence of each table in `tables` past its highest stored ID.

    Call after inserting rows with explicit IDs on PostgreSQL, where such inserts leave the
    identity sequence behind and the next insert without an ID would reuse a taken one.
    SQLite picks max(id) + 1 itself, so there this does nothing. Tables without an `id`
    identity column (such as login_throttle) must not be listed.
    """
    if not is_postgresql(database):
        return
    for table in tables:
        quoted = '"' + table.replace('"', '""') + '"'
        database.execute_sql(
            f"SELECT setval(pg_get_serial_sequence(%s, 'id'), "
            f"COALESCE((SELECT MAX(id) FROM {quoted}), 0) + 1, false)",
            (quoted,),
        )
