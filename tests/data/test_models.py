"""Tests of the models: dates, UTC timestamps, text round trips and cascades."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from casepoint_desktop.data.fields import UtcDateTimeField
from casepoint_desktop.data.models import AuditEntry, Client, ClientNote, ClientSearchTerm
from casepoint_desktop.data.search_terms import fold, refresh_search_terms, words

MIXED_TEXT = "Nguyễn Thị Minh — “quoted” 'text'\n\tДмитрий Αλέξανδρος محمد דוד 王芳 佐藤 김민준 🙂"


def test_date_of_birth_stored_as_date(admin_session):
    client = Client.create(first_name="Ana", last_name="Lopez", date_of_birth=date(1990, 7, 24))
    stored = Client.get_by_id(client.id)
    assert stored.date_of_birth == date(1990, 7, 24)
    assert isinstance(stored.date_of_birth, date)


def test_optional_dates_null_until_set(admin_session):
    client = Client.create(first_name="Ana", last_name="Lopez")
    row = Client._meta.database.execute_sql(
        f"SELECT date_of_birth, ssn_last4 FROM client WHERE id = {Client._meta.database.param}",
        (client.id,),
    ).fetchone()
    assert row == (None, None)


def test_timestamps_read_back_as_aware_utc(admin_session):
    client = Client.create(first_name="Ana", last_name="Lopez")
    stored = Client.get_by_id(client.id)
    assert stored.created_at.tzinfo is not None
    assert stored.created_at.utcoffset() == timedelta(0)
    assert abs(datetime.now(UTC) - stored.created_at) < timedelta(minutes=1)


def test_timestamp_in_other_zone_stored_as_utc(admin_session):
    eastern = timezone(timedelta(hours=-5))
    client = Client.create(
        first_name="Ana", last_name="Lopez", created_at=datetime(2026, 3, 1, 9, 30, tzinfo=eastern)
    )
    raw = Client._meta.database.execute_sql(
        f"SELECT created_at FROM client WHERE id = {Client._meta.database.param}", (client.id,)
    ).fetchone()[0]
    # SQLite returns the stored text, PostgreSQL a naive datetime of the timestamp column.
    assert str(raw).startswith("2026-03-01 14:30:00")


def test_naive_timestamp_rejected():
    with pytest.raises(ValueError, match="naive"):
        UtcDateTimeField().db_value(datetime(2026, 1, 1, 12, 0))


def test_text_round_trips_unchanged(admin_session):
    client = Client.create(first_name="Minh", last_name="Nguyễn")
    note = ClientNote.create(
        client=client,
        provider=admin_session.provider,
        author=admin_session.user,
        note_date=date(2026, 1, 2),
        text=MIXED_TEXT,
    )
    assert ClientNote.get_by_id(note.id).text == MIXED_TEXT


def test_deleting_client_removes_notes_and_terms(admin_session):
    client = Client.create(first_name="Minh", last_name="Nguyễn")
    refresh_search_terms(client)
    ClientNote.create(
        client=client,
        provider=admin_session.provider,
        author=admin_session.user,
        note_date=date(2026, 1, 2),
        text="x",
    )
    client.delete_instance()
    assert ClientNote.select().count() == 0
    assert ClientSearchTerm.select().count() == 0


def test_audit_entry_outlives_its_record(admin_session):
    client = Client.create(first_name="Minh", last_name="Nguyễn")
    AuditEntry.create(action="create", record_type="client", record_id=client.id)
    client.delete_instance()
    entries = AuditEntry.select().where(
        (AuditEntry.record_type == "client") & (AuditEntry.record_id == client.id)
    )
    assert entries.count() == 1


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Nguyễn", "nguyen"),
        ("ĐẶNG", "dang"),
        ("Łódź", "lodz"),
        ("Straße", "strasse"),
        ("Søren", "soren"),
        ("Zoë", "zoe"),
        ("Дмитрий", "дмитрии"),
        ("Αλέξανδρος", "αλεξανδροσ"),
        ("王芳", "王芳"),
    ],
)
def test_fold_removes_case_and_accents(text, folded):
    assert fold(text) == folded


def test_words_split_joined_names():
    assert set(words("O'Brien-Smith")) == {"o'brien-smith", "o", "brien", "smith", "obriensmith"}
