"""Hostile text, dates and numbers through the client and client-note services."""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import date

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from casepoint_desktop.data.models import Client, ClientNote
from casepoint_desktop.services import clients, notes
from casepoint_desktop.services.clients import ClientInput
from casepoint_desktop.services.errors import ValidationError
from tests.safety.hostile import (
    HOSTILE_SETTINGS,
    HOSTILE_TEXT,
    OPTIONAL_DATE,
    TODAY,
    check_field_errors,
    is_unstorable,
    rolled_back,
)

CLIENT_FIELDS = {field.name for field in fields(ClientInput)}
TEXT_FIELDS = sorted(CLIENT_FIELDS - {"date_of_birth"})
NOTE_FIELDS = {"note_date", "text"}

PLAIN_CLIENT = ClientInput(
    first_name="Ana",
    last_name="Lopez",
    middle_name="María",
    date_of_birth=date(1990, 5, 17),
    phone="(319) 555-0142",
    email="ana@example.org",
    ssn_last4="1234",
)

FIELD_STRATEGIES = {
    **dict.fromkeys(TEXT_FIELDS, HOSTILE_TEXT),
    "date_of_birth": OPTIONAL_DATE,
    "phone": st.one_of(HOSTILE_TEXT, st.from_regex(r"\+?[0-9 ()\-]{0,20}", fullmatch=True)),
    "email": st.one_of(HOSTILE_TEXT, st.emails()),
    "ssn_last4": st.one_of(st.none(), HOSTILE_TEXT, st.from_regex(r"[0-9]{4}", fullmatch=True)),
}

MAX_EXAMPLES = 100


@st.composite
def client_inputs(draw) -> tuple[ClientInput, set[str]]:
    """Return the plain client with one to three fields replaced by hostile values."""
    names = draw(st.sets(st.sampled_from(sorted(FIELD_STRATEGIES)), min_size=1, max_size=3))
    changes = {name: draw(FIELD_STRATEGIES[name]) for name in names}
    return replace(PLAIN_CLIENT, **changes), names


def check_client_outcome(saving, data: ClientInput, changed: set[str]) -> None:
    """Save through `saving`; assert a field message on rejection, the exact read-back otherwise."""
    surrogate_fields = {name for name in TEXT_FIELDS if is_unstorable(getattr(data, name))}
    try:
        saved = saving(data)
    except ValidationError as error:
        check_field_errors(error, CLIENT_FIELDS)
        assert set(error.field_errors) <= changed
        assert surrogate_fields <= set(error.field_errors)
        return

    assert not surrogate_fields
    stored = Client.get_by_id(saved.id)
    for name in CLIENT_FIELDS:
        assert getattr(stored, name) == getattr(saved, name), name
    cleaned = clients.validate(data)
    for name in CLIENT_FIELDS:
        assert getattr(stored, name) == getattr(cleaned, name), name
    assert stored.address == data.address


@pytest.mark.parametrize("operation", ["create", "update"])
@settings(HOSTILE_SETTINGS, max_examples=MAX_EXAMPLES)
@given(case=client_inputs())
@example(case=(replace(PLAIN_CLIENT, address="12 Main St \ud83d"), {"address"}))
@example(case=(replace(PLAIN_CLIENT, email="ana\udc00@example.org"), {"email"}))
def test_client_hostile_fields(admin_session, operation, case):
    data, changed = case
    with rolled_back():
        if operation == "create":
            check_client_outcome(
                lambda data: clients.create_client(admin_session, data), data, changed
            )
        else:
            existing = clients.create_client(admin_session, PLAIN_CLIENT)
            check_client_outcome(
                lambda data: clients.update_client(
                    admin_session, existing.id, data, expected_version=existing.version
                ),
                data,
                changed,
            )


def expected_note_errors(note_date: date | None, text: str) -> set[str]:
    """Return the fields the note service documents as invalid for these values."""
    expected = set()
    if note_date is None or note_date > TODAY:
        expected.add("note_date")
    if not text.strip() or is_unstorable(text):
        expected.add("text")
    return expected


@settings(HOSTILE_SETTINGS, max_examples=MAX_EXAMPLES)
@given(note_date=OPTIONAL_DATE, text=HOSTILE_TEXT, new_text=HOSTILE_TEXT)
@example(note_date=date(2026, 1, 5), text="Called \ud800", new_text="Called.")
@example(note_date=date(2026, 1, 5), text="Called.", new_text="\udfff")
def test_client_note_hostile_text(admin_session, note_date, text, new_text):
    with rolled_back():
        client = clients.create_client(admin_session, PLAIN_CLIENT)
        expected = expected_note_errors(note_date, text)
        try:
            note = notes.create_note(admin_session, client, note_date, text)
        except ValidationError as error:
            check_field_errors(error, NOTE_FIELDS)
            assert set(error.field_errors) == expected
            return
        assert not expected

        stored = ClientNote.get_by_id(note.id)
        assert stored.text == text
        assert stored.note_date == note_date
        notes.preview(stored.text)

        expected = expected_note_errors(note_date, new_text)
        try:
            notes.update_note(
                admin_session, note.id, note_date, new_text, expected_version=note.version
            )
        except ValidationError as error:
            check_field_errors(error, NOTE_FIELDS)
            assert set(error.field_errors) == expected
            assert ClientNote.get_by_id(note.id).text == text
            return
        assert not expected
        assert ClientNote.get_by_id(note.id).text == new_text
