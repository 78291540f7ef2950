"""Tests of ClientPoint search: names, accents, case, literal text, IDs and dates."""

from __future__ import annotations

from datetime import date

import pytest

from casepoint_desktop.data.models import Client
from casepoint_desktop.services import clients, search
from casepoint_desktop.services.clients import ClientInput


@pytest.fixture
def people(admin_session):
    rows = {
        "minh": ClientInput(
            "Thị Minh", "Nguyễn", date_of_birth=date(1990, 7, 24), ssn_last4="1234"
        ),
        "lukasz": ClientInput("Łukasz", "Wójcik", alias="Luke"),
        "percent": ClientInput("100%", "Sure"),
        "underscore": ClientInput("a_b", "Under"),
        "axb": ClientInput("axb", "Under"),
        "quote": ClientInput("Zoë", "O'Brien"),
        "dmitry": ClientInput("Дмитрий", "Иванов"),
        "fang": ClientInput("芳", "王"),
    }
    return {key: clients.create_client(admin_session, data) for key, data in rows.items()}


def names(text: str) -> set[str]:
    return {client.first_name for client in search.search_clients(text)}


def test_accent_insensitive(people):
    assert names("nguyen") == {"Thị Minh"}
    assert names("thi") == {"Thị Minh"}


def test_case_insensitive(people):
    assert names("NGUYỄN") == {"Thị Minh"}
    assert names("wÓJcIk") == {"Łukasz"}


def test_letters_without_decomposition(people):
    assert names("lukasz") == {"Łukasz"}


def test_prefix_of_each_word(people):
    assert names("ngu th") == {"Thị Minh"}
    assert names("ngu lu") == set()


def test_alias(people):
    assert names("luke") == {"Łukasz"}


def test_percent_is_literal(people):
    assert names("%") == set()
    assert names("100%") == {"100%"}


def test_underscore_is_literal(people):
    assert names("a_b") == {"a_b"}
    assert names("_") == set()


def test_quote_is_literal(people):
    assert names("o'brien") == {"Zoë"}
    assert names("obrien") == {"Zoë"}
    assert names("'") == set()


def test_other_scripts(people):
    assert names("дмит") == {"Дмитрий"}
    assert names("王") == {"芳"}


def test_client_id(people):
    minh = people["minh"]
    assert [client.id for client in search.search_clients(str(minh.id))] == [minh.id]


def test_last_four_digits(people):
    assert names("1234") == {"Thị Minh"}


def test_date_of_birth_iso_and_us(people):
    assert names("1990-07-24") == {"Thị Minh"}
    assert names("07/24/1990") == {"Thị Minh"}
    assert names("7/24/1990") == {"Thị Minh"}


def test_invalid_date_finds_nothing(people):
    assert names("1990-02-30") == set()


def test_blank_text_finds_nothing(people):
    assert search.search_clients("   ") == []


def test_results_ordered_by_last_name(people):
    found = search.search_clients("under")
    assert [client.first_name for client in found] == ["a_b", "axb"]


def test_limit(admin_session):
    for number in range(30):
        clients.create_client(admin_session, ClientInput(f"Test{number}", "Many"))
    assert Client.select().count() == 30
    assert len(search.search_clients("many", limit=10)) == 10


@pytest.mark.sqlite_only
def test_name_search_uses_index(people, db):
    query = search._name_match_query("nguyen")
    sql, params = query.sql()
    plan = " ".join(str(row) for row in db.execute_sql("EXPLAIN QUERY PLAN " + sql, params))
    assert "USING COVERING INDEX client_search_term_term_client_id" in plan
    assert "SCAN" not in plan


def test_results_ordered_ignoring_accents(admin_session):
    for first, last in [("Zed", "Alvey"), ("José", "Álvarez"), ("Ana", "Alvarado")]:
        clients.create_client(admin_session, ClientInput(first, last))
    found = [client.last_name for client in search.search_clients("alv")]
    assert found == ["Alvarado", "Álvarez", "Alvey"]


@pytest.mark.sqlite_only
def test_number_search_uses_indexes(people, db):
    sql, params = search._number_match_query("1234").sql()
    plan = " ".join(str(row) for row in db.execute_sql("EXPLAIN QUERY PLAN " + sql, params))
    assert "SCAN" not in plan


def test_hmis_personal_id(admin_session):
    client = clients.create_client(admin_session, ClientInput("Ana", "Lopez"))
    Client.update(hmis_personal_id="528656").where(Client.id == client.id).execute()
    assert [found.id for found in search.search_clients("528656")] == [client.id]


def test_summaries_match_search_and_carry_shown_fields(people):
    found = search.find_client_summaries("nguyen")

    assert found == [
        search.ClientSummary(
            client_id=people["minh"].id,
            last_name="Nguyễn",
            first_name="Thị Minh",
            middle_name="",
            alias="",
            date_of_birth=date(1990, 7, 24),
            ssn_last4="1234",
        )
    ]


@pytest.mark.parametrize("text", ["luke", "100%", "a_b", "1234", "1990-07-24", "王", ""])
def test_summaries_find_the_same_clients_as_search(people, text):
    expected = [client.id for client in search.search_clients(text)]

    assert [summary.client_id for summary in search.find_client_summaries(text)] == expected


def test_summaries_stop_collecting_name_matches_at_the_limit(admin_session, monkeypatch):
    monkeypatch.setattr(search, "MATCH_COLLECTION_LIMIT", 3)
    for first_name in ["Eve", "Dan", "Cal", "Bea", "Ann"]:
        clients.create_client(admin_session, ClientInput(first_name, "Manyrows"))

    found = search.find_client_summaries("manyrows", limit=10)

    # Three of the five are collected, and those three are sorted by name.
    assert len(found) == 3
    assert [summary.first_name for summary in found] == sorted(s.first_name for s in found)
    assert len(search.search_clients("manyrows", limit=10)) == 5


def test_summaries_of_numbers_and_dates_not_limited(admin_session, monkeypatch):
    monkeypatch.setattr(search, "MATCH_COLLECTION_LIMIT", 1)
    for first_name in ["Ann", "Bea", "Cal"]:
        clients.create_client(
            admin_session, ClientInput(first_name, "Twin", date_of_birth=date(2001, 2, 3))
        )

    assert len(search.find_client_summaries("2001-02-03")) == 3
