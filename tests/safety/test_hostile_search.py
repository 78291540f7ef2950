"""Hostile query text through ClientPoint search: it never raises and matches literally."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from casepoint_desktop.data.models import Client
from casepoint_desktop.data.search_terms import MAX_TERM_LENGTH, client_terms, fold
from casepoint_desktop.services import clients
from casepoint_desktop.services.clients import ClientInput
from casepoint_desktop.services.errors import ValidationError
from casepoint_desktop.services.search import parse_typed_date, search_clients
from tests.safety.hostile import (
    HOSTILE_SETTINGS,
    HOSTILE_TEXT,
    STORABLE_TEXT,
    check_field_errors,
    rolled_back,
)

CLIENT_NAMES = [
    ("Ana", "Lopez"),
    ("Percent", "100%"),
    ("Under", "Snake_Case"),
    ("Liam", "O'Brien"),
    ("Quote", 'Say "Hi"'),
    ("Nguyễn", "Thị"),
    ("Back", "Slash\\Name"),
]

WILDCARD_QUERY = st.lists(
    st.sampled_from(["%", "_", "'", '"', "\\", "*", "?", "[", "]", "a", "o", " ", "1"]),
    min_size=1,
    max_size=6,
).map("".join)

DIGIT_QUERY = st.one_of(
    st.from_regex(r"[0-9]{1,30}", fullmatch=True),
    st.integers(min_value=0).map(str),
    st.just("9" * 5_000),
)

DATE_QUERY = st.one_of(
    st.dates().map(date.isoformat),
    st.dates().map(lambda day: f"{day.month}/{day.day}/{day.year}"),
    st.sampled_from(["3/9/26", "26-03-09", "03/09/0026", "0000-01-01", "2026-02-30", "13/1/2026"]),
)


def add_clients(session) -> None:
    for first_name, last_name in CLIENT_NAMES:
        clients.create_client(
            session, ClientInput(first_name, last_name, date_of_birth=date(1990, 5, 17))
        )


def matches_literally(client: Client, query: str) -> bool:
    """Return True when every typed word starts one of the client's name words."""
    terms = client_terms(client)
    return all(
        any(term.startswith(word[:MAX_TERM_LENGTH]) for term in terms)
        for word in fold(query).split()
    )


@settings(HOSTILE_SETTINGS, max_examples=150)
@given(query=st.one_of(HOSTILE_TEXT, WILDCARD_QUERY, DIGIT_QUERY, DATE_QUERY))
@example(query="9" * 20)
@example(query="9" * 5_000)
@example(query="Ana \ud800")
@example(query="%")
@example(query="_")
def test_search_any_text(admin_session, query):
    with rolled_back():
        add_clients(admin_session)
        results = search_clients(query)

        assert all(isinstance(client, Client) for client in results)
        stripped = query.strip()
        typed_date = parse_typed_date(stripped)
        if typed_date is not None:
            assert all(client.date_of_birth == typed_date for client in results)
        elif not (stripped.isascii() and stripped.isdigit()):
            for client in results:
                assert matches_literally(client, stripped), (client.first_name, query)


@settings(HOSTILE_SETTINGS, max_examples=60)
@given(first_name=STORABLE_TEXT, last_name=STORABLE_TEXT)
def test_search_finds_any_name(admin_session, first_name, last_name):
    with rolled_back():
        try:
            client = clients.create_client(admin_session, ClientInput(first_name, last_name))
        except ValidationError as error:
            check_field_errors(error, {"first_name", "last_name"})
            return
        query = client.first_name
        if parse_typed_date(query) is not None or (query.isascii() and query.isdigit()):
            return
        if not fold(query).split():
            return
        assert client.id in {found.id for found in search_clients(query)}


@pytest.mark.parametrize("text", ["3/9/26", "03/09/26", "26-03-09", "3-9-26", "090326", "9.3.26"])
def test_search_two_digit_year_not_date(text):
    assert parse_typed_date(text) is None


def test_search_two_digit_year_finds_no_birth_date(admin_session):
    clients.create_client(
        admin_session, ClientInput("Ana", "Lopez", date_of_birth=date(1926, 3, 9))
    )
    clients.create_client(
        admin_session, ClientInput("Bea", "Lopez", date_of_birth=date(2026, 3, 9))
    )

    assert search_clients("3/9/26") == []
    assert len(search_clients("3/9/1926")) == 1
    assert len(search_clients("2026-03-09")) == 1


def test_search_date_in_arabic_indic_digits():
    assert parse_typed_date("٢٠٢٦-٠٣-٠٩") == date(2026, 3, 9)
