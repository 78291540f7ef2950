"""Checks of input values that the database cannot store: lone surrogates, NUL characters on
PostgreSQL, and oversized record IDs.
"""

from __future__ import annotations

import re
from typing import TypeVar

import peewee

from casepoint_desktop.data import backend

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")

# SQLite stores INTEGER values, and so record IDs, as signed 64-bit numbers.
SQLITE_INTEGER_MIN = -(2**63)
SQLITE_INTEGER_MAX = 2**63 - 1

ModelT = TypeVar("ModelT", bound=peewee.Model)


def unstorable_text_error(text: str | None) -> str | None:
    """Return a message when `text` contains a lone surrogate, or None when it can be stored.

    Python strings from Qt can carry half of a UTF-16 surrogate pair, for example from
    text cut in the middle of an emoji. UTF-8 cannot encode it, so sqlite3 would raise
    UnicodeEncodeError on insert. Such text is rejected, not changed, because text is
    stored exactly as typed. On PostgreSQL, text with U+0000 is rejected the same way,
    because PostgreSQL text cannot contain it.
    """
    if text is None:
        return None
    null_character = backend.unstorable_character(text)
    if null_character is not None:
        return (
            f"The text contains an invalid character (U+0000, a null character) at position "
            f"{null_character.start() + 1}, which the database server cannot store. Delete it, "
            "or type the text again."
        )
    match = _LONE_SURROGATE.search(text)
    if match is None:
        return None
    return (
        f"The text contains an invalid character (U+{ord(match.group()):04X}, half of a "
        f"surrogate pair) at position {match.start() + 1}. Delete it, or type the text again."
    )


def add_unstorable_text_errors(values: dict[str, str | None], errors: dict[str, str]) -> None:
    """Add a message to `errors` for each field in `values` whose text cannot be stored.

    A field that already has a message keeps it.
    """
    for name, text in values.items():
        message = unstorable_text_error(text)
        if message is not None:
            errors.setdefault(name, message)


def fits_sqlite_integer(number: int) -> bool:
    """Return True when `number` fits SQLite's signed 64-bit INTEGER."""
    return SQLITE_INTEGER_MIN <= number <= SQLITE_INTEGER_MAX


def get_by_id_or_none(model: type[ModelT], record_id: int) -> ModelT | None:
    """Return the `model` row with primary key `record_id`, or None when there is none.

    An ID outside SQLite's 64-bit range cannot exist, and sqlite3 raises OverflowError
    when it is bound as a query parameter, so it returns None without a query.
    """
    if not fits_sqlite_integer(record_id):
        return None
    return model.get_or_none(model._meta.primary_key == record_id)
