"""ClientPoint search: by name, alias, client ID, date of birth or last four identity digits.

Names match by prefix of each typed word, ignoring case and accents; every typed character
is literal (`%`, `_` and quotes are ordinary characters). All lookups go through indexes:
`client_search_term(term, client_id)`, the primary key, `date_of_birth` and `ssn_last4`.
"""

from __future__ import annotations

import re
from datetime import date

import peewee

from casepoint_desktop.data.models import Client, ClientSearchTerm
from casepoint_desktop.data.search_terms import MAX_TERM_LENGTH, fold
from casepoint_desktop.services.input_checks import fits_sqlite_integer, unstorable_text_error

DEFAULT_LIMIT = 200

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
    text = text.strip()
    if not text or unstorable_text_error(text) is not None:
        # No stored name contains a lone surrogate, and SQLite cannot bind one.
        return []

    birth_date = parse_typed_date(text)
    if birth_date is not None:
        condition = Client.date_of_birth == birth_date
    elif text.isascii() and text.isdigit():
        condition = Client.id.in_(_number_match_query(text))
    else:
        matching_ids = _name_match_query(text)
        if matching_ids is None:
            return []
        condition = Client.id.in_(matching_ids)

    query = Client.select().where(condition).order_by(Client.sort_name, Client.id).limit(limit)
    return list(query)


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
