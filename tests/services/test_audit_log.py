"""Tests of the audit log: what is recorded, searching, CSV export, and that it cannot change."""

from __future__ import annotations

import csv
import json
from datetime import date, timedelta

import peewee
import pytest

from casepoint_desktop.data.database import db
from casepoint_desktop.data.models import AuditEntry
from casepoint_desktop.services import audit_log, clients, notes
from casepoint_desktop.services.audit_log import AuditFilter
from casepoint_desktop.services.clients import ClientInput
from casepoint_desktop.services.errors import PermissionDenied, ValidationError
from casepoint_desktop.services.session import Role, Session
from tests.conftest import make_user

TODAY = date.today()


@pytest.fixture
def client(admin_session):
    return clients.create_client(admin_session, ClientInput("Ana", "Lopez"))


def entries(**conditions) -> list[AuditEntry]:
    query = AuditEntry.select().order_by(AuditEntry.id)
    for name, value in conditions.items():
        query = query.where(getattr(AuditEntry, name) == value)
    return list(query)


def test_create_change_delete_and_view_recorded(admin_session, client):
    note = notes.create_note(admin_session, client, TODAY, "First visit.")
    note = notes.update_note(
        admin_session,
        note.id,
        TODAY,
        "First visit, with the family.",
        expected_version=note.version,
    )
    notes.delete_note(admin_session, note.id, expected_version=note.version)
    clients.open_client(admin_session, client.id)

    actions = [entry.action for entry in entries(record_type="client_note")]
    assert actions == ["create", "update", "delete"]
    update = entries(record_type="client_note", action="update")[0]
    assert json.loads(update.changes)["text"] == ["First visit.", "First visit, with the family."]
    assert update.user_id == admin_session.user.id
    assert update.provider_id == admin_session.provider.id
    assert update.client_id == client.id
    assert entries(record_type="client", action="view")[0].record_id == client.id


def test_entries_cannot_be_changed_or_deleted(admin_session, client):
    entry = entries(record_type="client")[0]

    with pytest.raises(peewee.IntegrityError, match="cannot be changed"):
        AuditEntry.update(action="view").where(AuditEntry.id == entry.id).execute()
    with pytest.raises(peewee.IntegrityError, match="cannot be deleted"):
        AuditEntry.delete().execute()
    with pytest.raises(peewee.IntegrityError):
        db.execute_sql("DELETE FROM audit_entry")

    assert AuditEntry.get_by_id(entry.id).action == "create"


def test_service_offers_no_change_functions():
    public = {name for name in dir(audit_log) if not name.startswith("_")}

    assert not any(word in name for name in public for word in ("delete", "update", "edit"))


def test_search_filters_by_user_client_type_and_dates(admin_session, client):
    other_user = make_user("casey")
    other_session = Session(other_user, other_user.home_provider)
    other_client = clients.create_client(other_session, ClientInput("Ben", "Okafor"))
    notes.create_note(other_session, other_client, TODAY, "Called.")

    def found(**filters) -> list[tuple[str, str]]:
        rows = audit_log.search(admin_session, AuditFilter(**filters))
        return [(row.record_type, row.action) for row in rows]

    assert found(user_id=other_user.id) == [("client_note", "create"), ("client", "create")]
    assert found(client_id=client.id) == [("client", "create")]
    assert found(record_type="client_note") == [("client_note", "create")]
    assert len(found(start=TODAY, end=TODAY)) == audit_log.count(admin_session, AuditFilter())
    assert found(start=TODAY + timedelta(days=1)) == []
    assert found(end=TODAY - timedelta(days=1)) == []
    assert "client_note" in audit_log.record_types()


def test_search_rejects_end_before_start(admin_session):
    with pytest.raises(ValidationError) as raised:
        audit_log.search(admin_session, AuditFilter(start=TODAY, end=TODAY - timedelta(days=1)))

    assert raised.value.field_errors == {"end": "The end date is before the start date."}


@pytest.mark.parametrize("role", [Role.SUPERVISOR, Role.CASE_MANAGER, Role.READ_ONLY])
def test_only_administrators_read_the_log(admin_session, role, tmp_path):
    user = make_user("someone", role)
    session = Session(user, user.home_provider)

    with pytest.raises(PermissionDenied):
        audit_log.search(session, AuditFilter())
    with pytest.raises(PermissionDenied):
        audit_log.export_csv(session, AuditFilter(), tmp_path / "audit.csv")


def test_export_csv_writes_entries_and_is_recorded(admin_session, client, tmp_path):
    notes.create_note(admin_session, client, TODAY, "Ünïcode ✓ text")
    destination = tmp_path / "audit.csv"

    written = audit_log.export_csv(admin_session, AuditFilter(client_id=client.id), destination)

    with destination.open(encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    assert written == len(rows) == 2
    assert list(rows[0]) == list(audit_log.CSV_COLUMNS)
    assert {row["record_type"] for row in rows} == {"client", "client_note"}
    assert rows[0]["user"] == "admin"
    export = entries(record_type="audit_log")[0]
    assert export.action == "export"
    assert export.client_id == client.id


def test_describe_changes_reads_json(admin_session, client):
    notes.create_note(admin_session, client, TODAY, "x")
    entry = entries(record_type="client_note")[0]

    assert audit_log.describe_changes(entry) == f"note_date: {TODAY.isoformat()}"
