"""Searching and exporting the audit log, for administrators.

The program offers no way to change or delete an entry: this module only reads, and
triggers in the database (schema version 3) reject UPDATE and DELETE on audit_entry.
"""

from __future__ import annotations

import csv
import json
import os
import tempfile
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import peewee

from casepoint_desktop.data.models import AuditEntry, Provider, User
from casepoint_desktop.services import audit
from casepoint_desktop.services.errors import ServiceError, ValidationError
from casepoint_desktop.services.session import Session

ACTIONS = ("create", "update", "delete", "view", "print", "export", "import", "login")
CSV_COLUMNS = (
    "entry_id",
    "timestamp_utc",
    "user",
    "provider",
    "action",
    "record_type",
    "record_id",
    "client_id",
    "changes",
)


@dataclass(frozen=True)
class AuditFilter:
    """The conditions of a search; None or an empty value matches every entry."""

    user_id: int | None = None
    client_id: int | None = None
    record_type: str = ""
    action: str = ""
    start: date | None = None
    end: date | None = None


def record_types() -> list[str]:
    """Return the record types that occur in the log, sorted."""
    query = AuditEntry.select(AuditEntry.record_type).distinct().order_by(AuditEntry.record_type)
    return [row.record_type for row in query]


def search(
    session: Session, audit_filter: AuditFilter, limit: int = 500, offset: int = 0
) -> list[AuditEntry]:
    """Return matching entries, newest first, with user and provider loaded.

    Dates are the PC's local calendar days; `end` includes its whole day.

    Raises:
        PermissionDenied: not an administrator.
        ValidationError: "end" before "start".
    """
    session.require_admin()
    return list(_query(audit_filter).limit(limit).offset(offset))


def count(session: Session, audit_filter: AuditFilter) -> int:
    """Return how many entries match.

    Raises:
        PermissionDenied, ValidationError: as `search`.
    """
    session.require_admin()
    return _query(audit_filter).count()


def describe_changes(entry: AuditEntry) -> str:
    """Return the entry's changes as "field: old → new" lines, or "" when it has none."""
    if not entry.changes:
        return ""
    try:
        changes = json.loads(entry.changes)
    except ValueError:
        return entry.changes
    lines = []
    for name, (old, new) in changes.items():
        if old is None:
            lines.append(f"{name}: {new}")
        elif new is None:
            lines.append(f"{name}: {old} (removed)")
        else:
            lines.append(f"{name}: {old} → {new}")
    return "\n".join(lines)


def export_csv(session: Session, audit_filter: AuditFilter, destination: Path) -> int:
    """Write the matching entries to a UTF-8 CSV file; return how many were written.

    The export itself is recorded in the log.

    Raises:
        PermissionDenied, ValidationError: as `search`.
        ServiceError: the file cannot be written.
    """
    session.require_admin()
    query = _query(audit_filter)
    written = 0
    try:
        descriptor, name = tempfile.mkstemp(
            prefix=".casepoint-audit-", suffix=".part", dir=destination.parent
        )
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="") as file:
            writer = csv.writer(file)
            writer.writerow(CSV_COLUMNS)
            for entry in query.iterator():
                writer.writerow(
                    [
                        entry.id,
                        entry.timestamp.isoformat(),
                        entry.user.username if entry.user_id else "",
                        entry.provider.name if entry.provider_id else "",
                        entry.action,
                        entry.record_type,
                        entry.record_id if entry.record_id is not None else "",
                        entry.client_id if entry.client_id is not None else "",
                        entry.changes or "",
                    ]
                )
                written += 1
        os.replace(name, destination)
    except OSError as error:
        raise ServiceError(
            f"The audit log could not be saved as {destination}: {error.strerror or error}."
        ) from error
    audit.record(
        session,
        "export",
        "audit_log",
        None,
        audit_filter.client_id,
        {"destination": (None, str(destination)), "entries": (None, written)},
    )
    return written


def _query(audit_filter: AuditFilter) -> peewee.ModelSelect[AuditEntry]:
    if audit_filter.start and audit_filter.end and audit_filter.end < audit_filter.start:
        raise ValidationError({"end": "The end date is before the start date."})
    query = (
        AuditEntry.select(AuditEntry, User, Provider)
        .join(User, peewee.JOIN.LEFT_OUTER, on=(AuditEntry.user == User.id))
        .switch(AuditEntry)
        .join(Provider, peewee.JOIN.LEFT_OUTER, on=(AuditEntry.provider == Provider.id))
        .order_by(AuditEntry.timestamp.desc(), AuditEntry.id.desc())
    )
    if audit_filter.user_id is not None:
        query = query.where(AuditEntry.user == audit_filter.user_id)
    if audit_filter.client_id is not None:
        query = query.where(AuditEntry.client_id == audit_filter.client_id)
    if audit_filter.record_type:
        query = query.where(AuditEntry.record_type == audit_filter.record_type)
    if audit_filter.action:
        query = query.where(AuditEntry.action == audit_filter.action)
    if audit_filter.start:
        query = query.where(AuditEntry.timestamp >= _local_midnight(audit_filter.start))
    if audit_filter.end:
        query = query.where(
            AuditEntry.timestamp < _local_midnight(audit_filter.end + timedelta(days=1))
        )
    return query


def _local_midnight(day: date) -> datetime:
    """Return the start of the local calendar day as an aware UTC time."""
    return datetime.combine(day, time()).astimezone().astimezone(UTC)
