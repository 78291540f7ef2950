"""Copying a SQLite database, attachments and audit log included, into an empty PostgreSQL
database.

The rows are read through the models, so each value is converted as the program itself
reads and writes it on either back end. Rows are streamed and inserted in batches, so memory
stays bounded whatever the size of the file.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from typing import Any

import peewee

from casepoint_desktop.data import backend, case_plan_models
from casepoint_desktop.data.migrations import ALL_MODELS
from casepoint_desktop.data.models import User
from casepoint_desktop.services import audit
from casepoint_desktop.services.session import Role, Session

log = logging.getLogger(__name__)

# Rows per INSERT statement. An attachment part contains up to a mebibyte, so its batches are
# small and take a few mebibytes of memory.
BATCH_ROWS = 500
ATTACHMENT_PART_BATCH_ROWS = 4


class TargetNotEmptyError(Exception):
    """The PostgreSQL database already contains tables or rows, so nothing was copied."""


class CountMismatchError(Exception):
    """A table has a different row count on the server than in the file after the copy."""


class UnstorableValueError(Exception):
    """A row contains a value that PostgreSQL cannot store. The message names table and id."""


@dataclass(frozen=True)
class TableCount:
    table: str
    source_rows: int
    target_rows: int


def require_empty_target(target: peewee.Database) -> None:
    """Raise unless the target has no tables, or only empty CasePoint tables.

    Empty CasePoint tables are what an earlier migration that failed and was rolled back
    leaves behind, so they are accepted.

    Raises:
        TargetNotEmptyError: the message names the tables that contain rows or are not
            CasePoint tables.
    """
    casepoint_tables = {model._meta.table_name for model in ALL_MODELS} | {"schema_version"}
    tables = sorted(target.get_tables())
    foreign = [table for table in tables if table not in casepoint_tables]
    if foreign:
        raise TargetNotEmptyError(
            f"The server database contains tables that are not CasePoint's: "
            f"{', '.join(foreign[:10])}. Give an empty database."
        )
    filled = [
        model._meta.table_name
        for model in ALL_MODELS
        if model._meta.table_name in tables and model.select().exists(target)
    ]
    if filled:
        raise TargetNotEmptyError(
            "The server database already contains CasePoint data (rows in "
            f"{', '.join(filled[:10])}). Give an empty database."
        )


def copy_all(
    source: peewee.Database,
    target: peewee.Database,
    source_description: str,
    progress: Callable[[str, int], None] | None = None,
) -> list[TableCount]:
    """Copy every table's rows from `source` into the migrated, empty `target`.

    Runs in one transaction of `target`: rows keep their ids, each id sequence is set past the
    highest copied id, the row counts are compared, and an audit entry naming
    `source_description` is added. Any failure rolls the whole copy back.

    Args:
        source: the SQLite database, at the program's latest schema version.
        target: the PostgreSQL database, bound to the models and migrated.
        source_description: what the audit entry names as the origin, e.g. the file path.
        progress: called with each table's name and row count after it is copied.

    Returns:
        The row counts of every table on both sides.

    Raises:
        CountMismatchError: a table's counts differ after the copy.
        UnstorableValueError: a text value contains U+0000, which PostgreSQL cannot store.
        peewee.DatabaseError: reading or writing failed.
    """
    with _read_snapshot(source), target.atomic():
        for model in ALL_MODELS:
            copied = _copy_table(model, source, target)
            if progress is not None:
                progress(model._meta.table_name, copied)
        backend.reset_id_sequences(
            target,
            [
                model._meta.table_name
                for model in ALL_MODELS
                if isinstance(model._meta.primary_key, peewee.AutoField)
            ],
        )
        counts = compare_counts(source, target)
        _record_migration(target, source_description)
    log.info("Copied %d tables to the server", len(counts))
    return counts


def compare_counts(source: peewee.Database, target: peewee.Database) -> list[TableCount]:
    """Count every table's rows on both sides.

    Raises:
        CountMismatchError: the message names each table whose counts differ.
    """
    counts = [
        TableCount(
            model._meta.table_name,
            model.select().count(source),
            model.select().count(target),
        )
        for model in ALL_MODELS
    ]
    different = [count for count in counts if count.source_rows != count.target_rows]
    if different:
        listed = ", ".join(
            f"{count.table} ({count.source_rows} in the file, {count.target_rows} on the server)"
            for count in different
        )
        raise CountMismatchError(f"The row counts differ after the copy: {listed}.")
    return counts


@contextmanager
def _read_snapshot(source: peewee.Database) -> Iterator[None]:
    # One read transaction on the SQLite source, so that every table comes from one snapshot
    # even when another program instance writes meanwhile.
    source.execute_sql("BEGIN DEFERRED")
    try:
        yield
    finally:
        source.execute_sql("ROLLBACK")


def _copy_table(model: type[peewee.Model], source: peewee.Database, target: peewee.Database) -> int:
    fields = list(model._meta.sorted_fields)
    batch_rows = (
        ATTACHMENT_PART_BATCH_ROWS if model is case_plan_models.AttachmentPart else BATCH_ROWS
    )
    # Ordered by primary key so the copy is deterministic; iterator() streams the rows
    # instead of caching the whole result.
    rows: Iterator[tuple[Any, ...]] = (
        model.select(*fields).order_by(model._meta.primary_key).tuples().iterator(source)
    )
    copied = 0
    while batch := list(islice(rows, batch_rows)):
        try:
            model.insert_many(batch, fields=fields).as_rowcount().execute(target)
        except ValueError as error:
            # psycopg2 raises ValueError, before sending anything, for text with U+0000.
            raise UnstorableValueError(_unstorable_row(model, batch, target, error)) from error
        copied += len(batch)
    log.info("Copied %d rows of %s", copied, model._meta.table_name)
    return copied


def _unstorable_row(
    model: type[peewee.Model],
    batch: list[tuple[Any, ...]],
    target: peewee.Database,
    error: ValueError,
) -> str:
    table = model._meta.table_name
    fields = list(model._meta.sorted_fields)
    key_index = fields.index(model._meta.primary_key)
    for row in batch:
        for field, value in zip(fields, row, strict=True):
            if isinstance(value, str) and backend.unstorable_character(value, target):
                return (
                    f"The {field.name} of row {row[key_index]} of {table} contains the character "
                    "U+0000, which PostgreSQL cannot store in text. Remove it in the program, "
                    "or with SQLite's replace(), and run the command again."
                )
    return f"A row of {table} cannot be sent to the server: {error}."


def _record_migration(target: peewee.Database, source_description: str) -> None:
    administrator = (
        User.select()
        .where((User.role == Role.ADMINISTRATOR.value) & (User.active == True))  # noqa: E712
        .order_by(User.id)
        .first(target)
    )
    session = (
        Session(user=administrator, provider=administrator.home_provider)
        if administrator is not None
        else None
    )
    entry = audit.record(
        session,
        "import",
        "database",
        None,
        changes={"copied_from": (None, source_description)},
    )
    log.info("Recorded the migration as audit entry %d", entry.id)
