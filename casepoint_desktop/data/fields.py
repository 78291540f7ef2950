"""Custom peewee fields: aware UTC timestamps."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import peewee

_STORED_FORMAT = "%Y-%m-%d %H:%M:%S.%f"


def utc_now() -> datetime:
    """Return the current time as an aware UTC datetime."""
    return datetime.now(UTC)


class UtcDateTimeField(peewee.DateTimeField):
    """A timestamp stored as UTC text (sortable) and read back as an aware UTC datetime.

    Naive datetimes are rejected, because the program cannot know which zone they meant.
    """

    field_type = "DATETIME"

    def db_value(self, value: Any) -> str | None:
        if value is None:
            return None
        if isinstance(value, str):
            value = datetime.fromisoformat(value)
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r} given; use an aware one")
        return value.astimezone(UTC).strftime(_STORED_FORMAT)

    def python_value(self, value: Any) -> datetime | None:
        if value is None:
            return None
        parsed = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=UTC)
        return parsed.astimezone(UTC)
