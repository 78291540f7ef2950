"""Optimistic concurrency for records with a `version` column.

A dialog keeps the version of the record it loaded and passes it as `expected_version` when
it saves or deletes. The write is one statement, `UPDATE … SET …, version = version + 1
WHERE id = ? AND version = ?` (or the matching DELETE). When no row matches because another
save moved the version, the service raises RecordChanged and its transaction rolls back, so
two PCs never overwrite each other's changes silently. The queries are plain peewee, so the
check works the same on SQLite and PostgreSQL.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from casepoint_desktop.data.fields import utc_now
from casepoint_desktop.data.models import AuditEntry, BaseModel, User
from casepoint_desktop.services.errors import RecordChanged
from casepoint_desktop.services.session import Session

log = logging.getLogger(__name__)

# The words for each audit record type in messages.
RECORD_TYPE_WORDS = {
    "client": "client's profile",
    "client_note": "client note",
    "case_manager_assignment": "case manager assignment",
    "goal": "goal",
    "action_step": "action step",
    "case_note": "case note",
    "service_transaction": "service item",
}


def check_version(
    session: Session,
    record: Any,
    expected_version: int,
    record_type: str,
    client_id: int | None,
    stored: Callable[[], object],
    action: str = "update",
) -> None:
    """Raise RecordChanged when `record`, as just read, is no longer at `expected_version`.

    Args:
        record: the model instance read in the caller's transaction.
        stored: returns the record's values as its service's input dataclass; it is called
            only when the version moved.
        action: "update" or "delete", which chooses the advice in the message.
    """
    if record.version != expected_version:
        raise record_changed(session, record, record_type, client_id, stored(), action)


def update_if_unchanged(
    model: type[BaseModel],
    record_id: int,
    expected_version: int,
    values: dict[str, object],
) -> bool:
    """Write `values` to the record and move its version on, if it is at `expected_version`.

    Runs `UPDATE … SET …, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?`.
    Call it inside the transaction that read the record.

    Returns:
        True when the row was written; False when its version moved or it was deleted, so
        the caller raises RecordChanged or NotFound and its transaction rolls back.
    """
    version_field = model._meta.fields["version"]
    query = model.update(**values, updated_at=utc_now(), version=version_field + 1).where(
        (model._meta.primary_key == record_id) & (version_field == expected_version)
    )
    return bool(query.execute() == 1)


def delete_if_unchanged(model: type[BaseModel], record_id: int, expected_version: int) -> bool:
    """Delete the record if it is at `expected_version`; return whether a row was deleted."""
    version_field = model._meta.fields["version"]
    query = model.delete().where(
        (model._meta.primary_key == record_id) & (version_field == expected_version)
    )
    return bool(query.execute() == 1)


def raise_changed_since_read(
    session: Session,
    get_record: Callable[[int], Any],
    record_id: int,
    record_type: str,
    client_id: int | None,
    stored: Callable[[Any], object],
    action: str = "update",
) -> None:
    """Raise the error for a conditional write that matched no row.

    Another transaction committed a change (or a delete) between the caller's read and its
    write, which can happen on PostgreSQL, where reads do not lock rows.

    Args:
        get_record: the service's function that reads the record by id and raises NotFound.
        stored: returns the input dataclass of the record as read now.

    Raises:
        RecordChanged: the record exists at another version.
        NotFound: the record was deleted.
    """
    record = get_record(record_id)
    raise record_changed(session, record, record_type, client_id, stored(record), action)


def record_changed(
    session: Session,
    record: Any,
    record_type: str,
    client_id: int | None,
    stored: object,
    action: str = "update",
) -> RecordChanged:
    """Return a RecordChanged for `record` as stored now, naming the last change's author."""
    entry = _last_update(record_type, record.id, client_id)
    if entry is not None and entry.timestamp < record.updated_at:
        # A later change left no entry of its own, such as an HMIS import of the client, so
        # the entry names an earlier change.
        entry = None
    changed_by: str | None = None
    changed_at: datetime | None = None
    if entry is not None:
        changed_at = entry.timestamp
        if entry.user_id is not None:
            changed_by = User.get_by_id(entry.user_id).full_name
    log.info(
        "%s %d is at version %d, not at the version the user loaded, so nothing was written",
        record_type,
        record.id,
        record.version,
    )
    text = _message(
        session,
        RECORD_TYPE_WORDS.get(record_type, record_type),
        entry.user_id if entry is not None else None,
        changed_by,
        changed_at,
        action,
    )
    return RecordChanged(
        text,
        record_type=record_type,
        record_id=record.id,
        stored=stored,
        stored_version=record.version,
        changed_by=changed_by,
        changed_at=changed_at,
    )


def _last_update(record_type: str, record_id: int, client_id: int | None) -> AuditEntry | None:
    query = AuditEntry.select().where(
        (AuditEntry.record_type == record_type)
        & (AuditEntry.record_id == record_id)
        & (AuditEntry.action == "update")
    )
    if client_id is not None:
        # The client_id index narrows the search; record_type and record_id have none.
        query = query.where(AuditEntry.client_id == client_id)
    return query.order_by(AuditEntry.id.desc()).first()


def _message(
    session: Session,
    word: str,
    user_id: int | None,
    changed_by: str | None,
    changed_at: datetime | None,
    action: str,
) -> str:
    when = f" {_describe_time(changed_at)}" if changed_at is not None else ""
    changes = "their changes"
    if user_id is not None and user_id == session.user.id:
        first = f"You changed this {word} in another window{when} after you opened it here."
        changes = "those changes"
    elif changed_by:
        first = f"{changed_by} changed this {word}{when} after you opened it."
    else:
        first = f"This {word} changed{when} after you opened it."

    if action == "delete":
        return (
            f"{first} It was not deleted. Open it to see the changes, then delete it again if "
            "you still want to."
        )
    return f"{first} Reload it to see {changes}, or compare them with yours."


def _describe_time(value: datetime) -> str:
    """Return "at 14:32" for a time today and "on 2026-12-03 at 14:32" for another day.

    The time is the PC's local time.
    """
    local = value.astimezone()
    clock = local.strftime("%H:%M")
    if local.date() == date.today():
        return f"at {clock}"
    return f"on {local.date().isoformat()} at {clock}"
