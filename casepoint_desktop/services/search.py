"""ClientPoint search: by name, alias, client ID, date of birth or last four identity digits.

Names match by prefix of each typed word, ignoring case and accents; every typed character
is literal (`%`, `_` and quotes are ordinary characters). All lookups go through indexes:
`client_search_term(term, client_id)`, the primary key, `date_of_birth` and `ssn_last4`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any, cast

import peewee

from casepoint_desktop.data.models import Client, ClientSearchTerm
from casepoint_desktop.data.search_terms import MAX_TERM_LENGTH, fold
from casepoint_desktop.services.input_checks import fits_sqlite_integer, unstorable_text_error

DEFAULT_LIMIT = 200

# find_client_summaries stops a name search after this many matching clients, then sorts them
# by name. Sorting every client that a one-letter prefix matches grew with the database: 17 ms
# for "J" at 100,000 clients against 0.2 ms at 1,000 (benchmarks/run.py).
MATCH_COLLECTION_LIMIT = 2000

# The highest code point: every string that starts with `prefix` sorts below prefix + this.
_AFTER_EVERY_SUFFIX = "\U0010ffff"

_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_US_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")

_MAX_ID_DIGITS = 19


def parse_typed_date(text: str) -> date | None:
    """Return the date in `text` typed as YYYY-MM-DD or MM/DD/YYYY, or None.

    The year must have four digits. A two-digit year such as "3/9/26" returns None, so the
    search matches it as name text instead of guessing 1926 or 2026. Digits of any script
    count, so "٢٠٢٦-٠٣-٠٩" is 2026-03-09.
    """
    text = text.strip()
    match = _ISO_DATE.match(text)
    if match:
        year, month, day = (int(part) for part in match.groups())
    else:
        match = _US_DATE.match(text)
        if not match:
            return None
        month, day, year = (int(part) for part in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        return None


def search_clients(text: str, limit: int = DEFAULT_LIMIT) -> list[Client]:
    """Return up to `limit` clients matching `text`, ordered by last and first name, ignoring
    case and accents.

    A date matches the date of birth. Digits match the client ID, an HMIS personal ID and,
    for exactly four digits, the last four identity digits. Other text matches names and
    aliases word by word.
    """
    condition = _match_condition(text)
    if condition is None:
        return []
    query = Client.select().where(condition).order_by(Client.sort_name, Client.id).limit(limit)
    return list(query)


@dataclass(frozen=True)
class ClientSummary:
    """The fields of one client that a list of search results shows."""

    client_id: int
    last_name: str
    first_name: str
    middle_name: str
    alias: str
    date_of_birth: date | None
    ssn_last4: str | None


def find_client_summaries(text: str, limit: int = DEFAULT_LIMIT) -> list[ClientSummary]:
    """Return up to `limit` clients matching `text` as `search_clients` finds them, for a list
    that is refilled at every keystroke.

    Only the shown fields are read, without building model objects. A name search collects at
    most MATCH_COLLECTION_LIMIT matching clients and sorts those by name, so a short prefix
    such as "J", which matches tens of thousands of clients at agency scale, costs about the
    same as at 1,000 clients. When more clients match than `limit`, which ones are returned
    among the matches is therefore not defined; callers say that more clients match.
    """
    condition = _match_condition(text, MATCH_COLLECTION_LIMIT)
    if condition is None:
        return []
    # tuples() makes the query yield plain tuples; peewee's type hints describe Client rows.
    query = cast(
        "Iterable[tuple[Any, ...]]",
        Client.select(
            Client.id,
            Client.last_name,
            Client.first_name,
            Client.middle_name,
            Client.alias,
            Client.date_of_birth,
            Client.ssn_last4,
        )
        .where(condition)
        .order_by(Client.sort_name, Client.id)
        .limit(limit)
        .tuples(),
    )
    return [
        ClientSummary(client_id, last, first, middle or "", alias or "", born, last4)
        for client_id, last, first, middle, alias, born, last4 in query
    ]


def _match_condition(text: str, name_match_limit: int | None = None) -> peewee.Expression | None:
    """Return the condition on Client of a search for `text`, or None when nothing can match.

    `name_match_limit`, when given, stops a name search after that many matching clients.
    """
    text = text.strip()
    if not text or unstorable_text_error(text) is not None:
        # No stored name contains a lone surrogate, and SQLite cannot bind one.
        return None

    birth_date = parse_typed_date(text)
    if birth_date is not None:
        return Client.date_of_birth == birth_date
    if text.isascii() and text.isdigit():
        return Client.id.in_(_number_match_query(text))
    matching_ids = _name_match_query(text)
    if matching_ids is None:
        return None
    if name_match_limit is not None:
        matching_ids = matching_ids.limit(name_match_limit)
    return Client.id.in_(matching_ids)


def _number_match_query(digits: str) -> peewee.SelectBase:
    """Return a query of the IDs of clients whose client ID, HMIS personal ID or (for four
    digits) last four identity digits are `digits`.

    A UNION of three indexed lookups, because SQLite 3.40 planned the same conditions joined
    by OR as a scan of the whole client table.
    """
    combined: peewee.SelectBase = Client.select(Client.id).where(Client.hmis_personal_id == digits)
    # int() raises ValueError beyond 4,300 digits (Python's default limit since 3.11), and a
    # client ID has at most 19 digits.
    if len(digits) <= _MAX_ID_DIGITS and fits_sqlite_integer(int(digits)):
        combined = combined | Client.select(Client.id).where(Client.id == int(digits))
    if len(digits) == 4:
        combined = combined | Client.select(Client.id).where(Client.ssn_last4 == digits)
    return combined


def _name_match_query(text: str) -> peewee.SelectBase | None:
    """Return a query of the IDs of clients with a name word starting with every typed word."""
    typed_words = [word[:MAX_TERM_LENGTH] for word in fold(text).split()]
    if not typed_words:
        return None

    queries = [
        ClientSearchTerm.select(ClientSearchTerm.client).where(
            (ClientSearchTerm.term >= word) & (ClientSearchTerm.term < word + _AFTER_EVERY_SUFFIX)
        )
        for word in dict.fromkeys(typed_words)
    ]
    combined: peewee.SelectBase = queries[0]
    for query in queries[1:]:
        combined = combined & query  # SQL INTERSECT
    return combined
