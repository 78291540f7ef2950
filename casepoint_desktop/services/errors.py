"""Exceptions that the service layer raises for the UI and the command line to show."""

from __future__ import annotations

from datetime import datetime


class ServiceError(Exception):
    """Base of the errors a user can act on; the message is meant to be shown as it is."""


class ValidationError(ServiceError):
    """Input that breaks a rule.

    Attributes:
        field_errors: message per field name, for the UI to show next to each field.
    """

    def __init__(self, field_errors: dict[str, str]) -> None:
        self.field_errors = dict(field_errors)
        super().__init__("; ".join(f"{name}: {text}" for name, text in self.field_errors.items()))


class PermissionDenied(ServiceError):
    """The user's role or providers do not allow the operation."""


class NotFound(ServiceError):
    """The record does not exist (any more)."""


class RecordChanged(ServiceError):
    """Another save or import changed the record after the caller loaded it.

    Nothing was written. The message names who changed the record and when, if the audit
    log records it, and what the user can do next.

    Attributes:
        record_type: the audit log's name of the record type, e.g. "goal".
        record_id: the id of the record.
        stored: the record's values now, as the input dataclass of its service (for
            example `GoalInput`), for the UI to reload or compare.
        stored_version: the record's version now; a save that passes it overwrites the
            record on purpose.
        changed_by: the full name of the user who changed it last, or None when unknown.
        changed_at: when that change was saved (aware UTC), or None when unknown.
    """

    def __init__(
        self,
        message: str,
        *,
        record_type: str,
        record_id: int,
        stored: object,
        stored_version: int,
        changed_by: str | None = None,
        changed_at: datetime | None = None,
    ) -> None:
        super().__init__(message)
        self.record_type = record_type
        self.record_id = record_id
        self.stored = stored
        self.stored_version = stored_version
        self.changed_by = changed_by
        self.changed_at = changed_at
