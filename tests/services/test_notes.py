"""Tests of client notes."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from casepoint_desktop.data.models import AuditEntry, ClientNote
from casepoint_desktop.services import clients, notes
from casepoint_desktop.services.clients import ClientInput
from casepoint_desktop.services.errors import NotFound, PermissionDenied, ValidationError
from casepoint_desktop.services.session import Role, Session
from tests.conftest import make_user

LONG_TEXT = "Met at the shelter.\n\nDiscussed housing options — “Section 8”, Łódź 王芳.\t" * 50


@pytest.fixture
def client(admin_session):
    return clients.create_client(admin_session, ClientInput("Ana", "Lopez"))


def test_create_note_keeps_text_exactly(admin_session, client):
    note = notes.create_note(admin_session, client, date(2026, 3, 1), LONG_TEXT)
    stored = ClientNote.get_by_id(note.id)
    assert stored.text == LONG_TEXT
    assert stored.note_date == date(2026, 3, 1)
    assert stored.provider_id == admin_session.provider.id
    assert stored.author_id == admin_session.user.id


def test_note_date_and_text_required(admin_session, client):
    with pytest.raises(ValidationError) as raised:
        notes.create_note(admin_session, client, None, "   ")
    assert raised.value.field_errors == {
        "note_date": "The note date is required.",
        "text": "The note text is required.",
    }
    assert ClientNote.select().count() == 0


def test_notes_listed_newest_first(admin_session, client):
    notes.create_note(admin_session, client, date(2026, 1, 1), "first")
    notes.create_note(admin_session, client, date(2026, 3, 1), "third")
    notes.create_note(admin_session, client, date(2026, 2, 1), "second")
    listed = [note.text for note in notes.notes_query(client.id)]
    assert listed == ["third", "second", "first"]


def test_update_note_audits_previous_text(admin_session, client):
    note = notes.create_note(admin_session, client, date(2026, 1, 1), "before")
    notes.update_note(
        admin_session, note.id, date(2026, 1, 2), "after", expected_version=note.version
    )
    stored = ClientNote.get_by_id(note.id)
    assert (stored.note_date, stored.text) == (date(2026, 1, 2), "after")
    entry = AuditEntry.get(AuditEntry.action == "update", AuditEntry.record_type == "client_note")
    assert json.loads(entry.changes)["text"] == ["before", "after"]


def test_delete_note(admin_session, client):
    note = notes.create_note(admin_session, client, date(2026, 1, 1), "gone")
    notes.delete_note(admin_session, note.id, expected_version=note.version)
    assert ClientNote.select().count() == 0
    with pytest.raises(NotFound):
        notes.get_note(note.id)


def test_read_only_user_cannot_change_notes(admin_session, client):
    note = notes.create_note(admin_session, client, date(2026, 1, 1), "kept")
    reader = make_user("reader", Role.READ_ONLY)
    session = Session(user=reader, provider=reader.home_provider)
    with pytest.raises(PermissionDenied):
        notes.update_note(
            session, note.id, date(2026, 1, 1), "changed", expected_version=note.version
        )
    with pytest.raises(PermissionDenied):
        notes.delete_note(session, note.id, expected_version=note.version)
    assert ClientNote.get_by_id(note.id).text == "kept"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("short note", "short note"),
        ("line one\n\nline   two", "line one line two"),
        ("x" * 200, "x" * 119 + "…"),
    ],
)
def test_preview(text, expected):
    assert notes.preview(text) == expected


def test_future_note_date_rejected(admin_session, client):
    tomorrow = date.today() + timedelta(days=1)
    with pytest.raises(ValidationError) as raised:
        notes.create_note(admin_session, client, tomorrow, "planned visit")
    assert "in the future" in raised.value.field_errors["note_date"]
    assert ClientNote.select().count() == 0


def test_today_note_date_accepted(admin_session, client):
    assert notes.create_note(admin_session, client, date.today(), "visit").note_date == date.today()
