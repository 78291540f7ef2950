"""Checks of input values that SQLite cannot store: record IDs beyond 64 bits."""

from __future__ import annotations

from typing import TypeVar

import peewee

# SQLite stores INTEGER values, and so record IDs, as signed 64-bit numbers.
SQLITE_INTEGER_MIN = -(2**63)
SQLITE_INTEGER_MAX = 2**63 - 1

ModelT = TypeVar("ModelT", bound=peewee.Model)


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
