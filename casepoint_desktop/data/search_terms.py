"""Case- and accent-folded words of client names, kept in `client_search_term` for search.

Search compares folded words by range (`term >= 'ngu' AND term < 'ngu' + U+10FFFF`), which
an index can serve and which treats every character of the typed text literally.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from casepoint_desktop.data.models import Client, ClientSearchTerm

# Letters that NFKD does not decompose into a base letter and a mark.
_EXTRA_FOLDS = str.maketrans(
    {
        "ł": "l",
        "đ": "d",
        "ð": "d",
        "ø": "o",
        "ħ": "h",
        "ı": "i",
        "ŧ": "t",
        "ƀ": "b",
        "ɨ": "i",
        "æ": "ae",
        "œ": "oe",
        "þ": "th",
        "ŋ": "n",
    }
)

# Characters that split a name into more words besides white space: "O'Brien-Smith" is found
# by "o'brien-smith", "o", "brien", "smith" and "obriensmith".
_WORD_JOINERS = "-'’."

MAX_TERM_LENGTH = 100
SORT_NAME_LENGTH = 210


def fold(text: str) -> str:
    """Return `text` in lower case without accents: "Nguyễn" → "nguyen", "Łódź" → "lodz"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return unicodedata.normalize("NFC", stripped.translate(_EXTRA_FOLDS))


def words(text: str) -> list[str]:
    """Split folded `text` into search words, adding the parts of joined words."""
    found: list[str] = []
    for word in fold(text).split():
        found.append(word)
        parts = word
        for joiner in _WORD_JOINERS:
            parts = parts.replace(joiner, " ")
        parts_list = parts.split()
        found.extend(part for part in parts_list if part != word)
        if len(parts_list) > 1:
            found.append("".join(parts_list))
    return found


def client_terms(client: Client) -> set[str]:
    names: Iterable[str] = (client.first_name, client.middle_name, client.last_name, client.alias)
    return {word[:MAX_TERM_LENGTH] for name in names for word in words(name or "")}


def sort_name(first_name: str, last_name: str) -> str:
    """Return the key that orders clients by folded last name, then folded first name."""
    return f"{fold(last_name)}\t{fold(first_name)}"[:SORT_NAME_LENGTH]


def refresh_search_terms(client: Client) -> None:
    """Replace the stored search words and sort name of `client`; call inside the transaction
    that saves it.
    """
    client.sort_name = sort_name(client.first_name, client.last_name)
    Client.update(sort_name=client.sort_name).where(Client.id == client.id).execute()
    ClientSearchTerm.delete().where(ClientSearchTerm.client == client).execute()
    rows = [{"client": client.id, "term": term} for term in sorted(client_terms(client))]
    if rows:
        ClientSearchTerm.insert_many(rows).execute()
