"""Hypothesis strategies of hostile input, and the checks every hostile-input test shares.

Text covers every Unicode category, control characters, NUL, bidirectional marks, emoji,
strings of 100,000 characters and lone surrogates. SQLite stores UTF-8, which cannot encode
a lone surrogate, so the services reject text that contains one with a message on the field.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from decimal import Decimal

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from casepoint_desktop.data import backend
from casepoint_desktop.data.database import db
from casepoint_desktop.services.errors import ValidationError

LONG_TEXT_LENGTH = 100_000

# The fixtures are function-scoped, so each example runs inside a transaction that is rolled
# back afterwards (see `rolled_back`), which keeps the examples independent of each other.
HOSTILE_SETTINGS = settings(
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    deadline=None,
    database=None,
)

# Pieces of text that commonly trip up text handling: controls, NUL, bidirectional marks, joined
# emoji, SQL wildcards, decomposed accents, Arabic-Indic digits and the highest code point.
SPECIAL_PIECES = st.sampled_from(
    [
        "\x00",
        "\x07",
        "\x1b",
        "\x7f",
        "\x85",
        "\xa0",
        "\u200b",
        "\u200e",
        "\u200f",
        "\u202e",
        "\u2066",
        "\u2069",
        "\u2028",
        "\ufeff",
        "\ufffd",
        "\r",
        "\n",
        "\t",
        " ",
        "😀",
        "👩‍👩‍👧",
        "🇺🇸",
        "%",
        "_",
        "'",
        '"',
        "\\",
        "Nguyễn",
        "Nguye\u0302\u0303n",
        "ß",
        "Ł",
        "ﷺ",
        "ǅ",
        "٣",
        "\U0010ffff",
    ]
)

# Every code point except surrogates, in every category (unassigned and private use too).
ANY_CHARACTER = st.characters(codec="utf-8")
SURROGATE = st.characters(categories=["Cs"])

_SURROGATE_PATTERN = re.compile("[\ud800-\udfff]")


def _joined(pieces: st.SearchStrategy[str], max_size: int | None = None) -> st.SearchStrategy[str]:
    return st.lists(pieces, max_size=max_size).map("".join)


_STORABLE_PIECE = st.one_of(ANY_CHARACTER, ANY_CHARACTER, SPECIAL_PIECES)


def _repeat_to(text: str, length: int) -> str:
    return (text * (length // len(text) + 1))[:length]


LONG_TEXT = st.builds(
    _repeat_to,
    st.lists(_STORABLE_PIECE, min_size=1, max_size=8).map("".join),
    st.sampled_from([1_000, LONG_TEXT_LENGTH]),
)

# Text that UTF-8 can encode: any string a user could type or paste.
STORABLE_TEXT = st.one_of(_joined(_STORABLE_PIECE), _joined(_STORABLE_PIECE), LONG_TEXT)

# Text with at least one lone surrogate somewhere in it.
SURROGATE_TEXT = st.builds(
    lambda before, surrogate, after: before + surrogate + after,
    _joined(_STORABLE_PIECE, max_size=20),
    SURROGATE,
    _joined(st.one_of(_STORABLE_PIECE, SURROGATE), max_size=20),
)

HOSTILE_TEXT = st.one_of(STORABLE_TEXT, STORABLE_TEXT, SURROGATE_TEXT)

TODAY = date.today()

EDGE_DATES = st.sampled_from(
    [
        date.min,
        date.max,
        date(999, 12, 31),
        date(1000, 1, 1),
        date(1899, 12, 31),
        date(1900, 1, 1),
        date(1926, 3, 9),
        date(2026, 3, 9),
        TODAY - timedelta(days=1),
        TODAY,
        TODAY + timedelta(days=1),
    ]
)
ANY_DATE = st.one_of(st.dates(), EDGE_DATES)
OPTIONAL_DATE = st.one_of(st.none(), ANY_DATE)

SQLITE_INTEGER_MIN = -(2**63)
SQLITE_INTEGER_MAX = 2**63 - 1

# Whole numbers far outside SQLite's 64-bit INTEGER range as well as inside it.
ANY_INTEGER = st.one_of(
    st.integers(),
    st.sampled_from(
        [
            0,
            -1,
            SQLITE_INTEGER_MAX,
            SQLITE_INTEGER_MAX + 1,
            SQLITE_INTEGER_MIN,
            SQLITE_INTEGER_MIN - 1,
            10**30,
            -(10**30),
        ]
    ),
)

ANY_DECIMAL = st.one_of(
    st.decimals(allow_nan=True, allow_infinity=True),
    st.decimals(places=2, allow_nan=False, allow_infinity=False),
    st.decimals(min_value=0, max_value=10**12, places=6),
    st.sampled_from(
        [
            Decimal("NaN"),
            Decimal("-NaN"),
            Decimal("sNaN"),
            Decimal("Infinity"),
            Decimal("-Infinity"),
            Decimal("-0"),
            Decimal("0E+5"),
            Decimal("0.001"),
            Decimal("0.10"),
            Decimal("0.100"),
            Decimal("9999999999.99"),
            Decimal("10000000000.00"),
            Decimal("1E+999999"),
            Decimal("1E-999999"),
            Decimal("-0.01"),
            Decimal("0." + "1" * 500),
            Decimal("1" * 500 + ".001"),
            Decimal("-" + "9" * 600),
        ]
    ),
)


def has_surrogate(text: str | None) -> bool:
    return text is not None and _SURROGATE_PATTERN.search(text) is not None


def is_unstorable(text: str | None) -> bool:
    """Return whether the services must reject `text`: it has a lone surrogate, or U+0000
    while the database is on PostgreSQL."""
    if text is None:
        return False
    return has_surrogate(text) or backend.unstorable_character(text) is not None


@contextmanager
def rolled_back() -> Iterator[None]:
    """Run the block in a transaction and roll it back, so no example reads another's rows."""
    with db.atomic() as transaction:
        yield
        transaction.rollback()


def check_field_errors(error: ValidationError, field_names: set[str]) -> None:
    """Assert that `error` names only known fields, each with a short, complete sentence."""
    assert error.field_errors, "ValidationError without a field message"
    for name, message in error.field_errors.items():
        assert name in field_names, f"unknown field name {name!r}"
        assert isinstance(message, str)
        assert message.strip(), f"empty message for {name!r}"
        assert message[0].isupper(), f"message for {name!r} does not start a sentence"
        assert message.rstrip().endswith((".", "?")), f"message for {name!r} does not end"
        assert len(message) <= 400, f"message for {name!r} has {len(message)} characters"
