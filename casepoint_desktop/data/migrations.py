"""Schema version and the ordered chain of migrations.

Each migration is a SQL file named `NNNN_description.sql`, run in one transaction together
with the update of `schema_version`. SQLite's scripts are in `schema/`, PostgreSQL's in
`schema/postgresql/`, with the same version numbers, so a version means the same tables on
both. Before any migration of an SQLite database that already contains data, a copy of the
file is made with SQLite's online backup, so a failed migration leaves the original
untouched and a copy besides. A PostgreSQL database gets no copy: each migration's
transaction, DDL included, either commits whole or leaves the database as it was.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import peewee

from casepoint_desktop.data import case_plan_models, lists, models
from casepoint_desktop.data.backend import (
    DATABASE_ERRORS,
    Backend,
    backend_of,
    migration_lock,
    schema_folder,
    script_statements,
)
from casepoint_desktop.data.database import (
    DatabaseOpenError,
    connect,
    is_server_url,
    raise_if_damaged,
)

log = logging.getLogger(__name__)

# Every table of the current schema, in an order that satisfies foreign keys.
ALL_MODELS: list[type[peewee.Model]] = [
    models.AgencySettings,
    models.Provider,
    models.User,
    models.UserProvider,
    models.LoginThrottle,
    models.Client,
    models.ClientSearchTerm,
    models.Household,
    models.Relationship,
    models.HouseholdMember,
    models.ClientNote,
    models.AuditEntry,
    *lists.LIST_MODELS,
    case_plan_models.CaseManagerAssignment,
    case_plan_models.CaseManagerMember,
    case_plan_models.Goal,
    case_plan_models.GoalMember,
    case_plan_models.ActionStep,
    case_plan_models.ActionStepMember,
    case_plan_models.CaseNote,
    case_plan_models.CaseNoteMember,
    case_plan_models.ServiceTransaction,
    case_plan_models.Attachment,
    case_plan_models.AttachmentPart,
]

_MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


class NewerSchemaError(DatabaseOpenError):
    """The database was written by a newer program version than this one."""


class MigrationError(DatabaseOpenError):
    """A migration failed; the database was left as it was."""


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def available_migrations(backend: Backend = Backend.SQLITE) -> list[Migration]:
    """Return the migrations of `backend` shipped with the program, ordered by version.

    Raises:
        RuntimeError: the versions are not 1, 2, 3 ... without gaps.
    """
    found = []
    for entry in schema_folder(backend).iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), entry.name, entry.read_text("utf-8")))
    found.sort(key=lambda migration: migration.version)

    expected = list(range(1, len(found) + 1))
    if [migration.version for migration in found] != expected:
        raise RuntimeError(f"migration versions are not consecutive: {[m.name for m in found]}")
    return found


def latest_version() -> int:
    return available_migrations()[-1].version


def current_version(database: peewee.Database) -> int:
    """Return the schema version of `database`, 0 for a database without CasePoint tables."""
    if not database.table_exists("schema_version"):
        return 0
    row = database.execute_sql("SELECT version FROM schema_version").fetchone()
    return int(row[0]) if row else 0


def backup_copy(database: peewee.SqliteDatabase, target: Path) -> None:
    """Copy `database` to the file `target` with SQLite's online backup."""
    with sqlite3.connect(str(target)) as destination:
        database.connection().backup(destination)
    destination.close()


def migrate(database: peewee.Database, backup_folder: Path | None = None) -> int:
    """Bring `database` to the latest schema version and return the version it had before.

    Args:
        database: the open database, bound to the models.
        backup_folder: where the copy of an SQLite file taken before migrating goes; the
            database's own folder when None. No copy is taken of a database without tables,
            nor of a PostgreSQL database.

    Raises:
        NewerSchemaError: the database has a higher version than this program supports.
        MigrationError: a migration failed; its transaction was rolled back.
    """
    with migration_lock(database):
        return _migrate(database, backup_folder)


def _migrate(database: peewee.Database, backup_folder: Path | None) -> int:
    from casepoint_desktop import __version__

    backend = backend_of(database)
    migrations = available_migrations(backend)
    latest = migrations[-1].version
    found = current_version(database)

    if found > latest:
        raise NewerSchemaError(
            f"This database has schema version {found}, written by a newer CasePoint Desktop. "
            f"This program (version {__version__}) knows schema versions up to {latest}. "
            "Install the newer program to open it."
        )
    if found == latest:
        return found

    if found > 0 and isinstance(database, peewee.SqliteDatabase):
        folder = backup_folder or Path(database.database).parent
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = folder / f"{Path(database.database).stem}-schema{found}-{stamp}.db"
        backup_copy(database, target)
        log.info("Copied database to %s before migrating from schema version %d", target, found)

    for migration in migrations[found:]:
        try:
            _run_migration(database, backend, migration)
        except DATABASE_ERRORS as error:
            log.exception("Migration %s failed", migration.name)
            raise MigrationError(
                f"Updating the database to schema version {migration.version} failed: {error}. "
                "The database was not changed."
            ) from error
        log.info("Migrated database to schema version %d", migration.version)

    return found


def split_statements(sql: str) -> list[str]:
    """Split an SQLite script into whole statements, keeping a trigger's BEGIN … END together."""
    return script_statements(Backend.SQLITE, sql)


def _run_migration(database: peewee.Database, backend: Backend, migration: Migration) -> None:
    # sqlite3's executescript() commits first, so the statements are run one by one inside
    # an explicit transaction instead.
    statements = script_statements(backend, migration.sql)
    with database.atomic():
        for statement in statements:
            database.execute_sql(statement)
        database.execute_sql("DELETE FROM schema_version")
        database.execute_sql(
            f"INSERT INTO schema_version (version) VALUES ({database.param})",
            (migration.version,),
        )


def open_and_migrate(target: Path | str, check_integrity: bool = True) -> peewee.Database:
    """Open the database at `target` and migrate it.

    Args:
        target: an SQLite file, created when missing, or a PostgreSQL server URL whose
            database exists (empty or CasePoint's); see `database.connect`.
        check_integrity: run SQLite's quick check at once. When False, the caller runs
            `database.check_integrity` itself before anything is written; a database that
            needs a migration is still checked here first, because migrating writes.
            Ignored for a server URL.

    Raises:
        DatabaseOpenError: the file is not a database, the server rejects the connection,
            the database comes from a newer program version, or a migration failed.
        DatabaseDamagedError: SQLite's check found damage.
    """
    database = connect(target, check_integrity=check_integrity)
    try:
        if (
            not check_integrity
            and not is_server_url(target)
            and 0 < current_version(database) < latest_version()
        ):
            raise_if_damaged(database.connection(), Path(target).absolute())
        migrate(database)
    except DatabaseOpenError:
        database.close()
        raise
    return database
