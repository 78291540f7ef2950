"""Tests of case notes: validation, the agency edit/delete policy, listing and audit."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from casepoint_desktop.data.case_plan_models import (
    Attachment,
    CaseManagerAssignment,
    CaseNote,
    CaseNoteMember,
    Goal,
)
from casepoint_desktop.data.database import db as database_proxy
from casepoint_desktop.data.lists import GoalClassification, GoalStatus, GoalType
from casepoint_desktop.data.models import AgencySettings, AuditEntry, Provider, Relationship
from casepoint_desktop.services import case_notes, clients, households
from casepoint_desktop.services.case_notes import CaseNoteInput
from casepoint_desktop.services.clients import ClientInput
from casepoint_desktop.services.errors import NotFound, PermissionDenied, ValidationError
from casepoint_desktop.services.session import Role, Session
from tests.conftest import make_user

TODAY = date.today()


@pytest.fixture
def client(admin_session):
    return clients.create_client(admin_session, ClientInput("Ana", "Lopez"))


@pytest.fixture
def goal(admin_session, client) -> Goal:
    return make_goal(admin_session, client)


def make_goal(session: Session, client) -> Goal:
    classification = GoalClassification.get(GoalClassification.name == "Housing")
    return Goal.create(
        client=client,
        provider=session.provider,
        date_set=TODAY,
        classification=classification,
        goal_type=GoalType.get(GoalType.classification == classification),
        status=GoalStatus.get(GoalStatus.name == "In Progress"),
    )


def note_input(session: Session, **changes) -> CaseNoteInput:
    values = {
        "provider_id": session.provider.id,
        "note_date": TODAY,
        "text": "Met at the shelter.",
    }
    values.update(changes)
    return CaseNoteInput(**values)


def errors_of(session, goal, data) -> dict[str, str]:
    with pytest.raises(ValidationError) as raised:
        case_notes.validate(session, goal, data)
    return raised.value.field_errors


def set_policy(editable: bool, deletable: bool) -> None:
    AgencySettings.update(case_notes_editable=editable, case_notes_deletable=deletable).execute()


def audit_entries(action: str) -> list[AuditEntry]:
    return list(
        AuditEntry.select()
        .where((AuditEntry.record_type == "case_note") & (AuditEntry.action == action))
        .order_by(AuditEntry.id)
    )


def test_validate_requires_provider(admin_session, goal):
    errors = errors_of(admin_session, goal, note_input(admin_session, provider_id=None))
    assert errors["provider"] == "The provider is required."


def test_validate_rejects_other_provider(admin_session, goal):
    other = Provider.create(name="Eastside Pantry")
    errors = errors_of(admin_session, goal, note_input(admin_session, provider_id=other.id))
    assert errors["provider"] == (
        "Choose your home provider or one of your Enter Data As providers."
    )


def test_validate_rejects_case_manager_of_other_client(admin_session, goal):
    other_client = clients.create_client(admin_session, ClientInput("Ben", "Okafor"))
    assignment = CaseManagerAssignment.create(
        client=other_client,
        user=admin_session.user,
        provider=admin_session.provider,
        start_date=TODAY,
    )
    data = note_input(admin_session, case_manager_id=assignment.id)
    errors = errors_of(admin_session, goal, data)
    assert errors["case_manager"] == (
        "Choose a case manager from this client's Case Managers tab, or none."
    )


def test_validate_rejects_missing_case_manager(admin_session, goal):
    errors = errors_of(admin_session, goal, note_input(admin_session, case_manager_id=9999))
    assert "case_manager" in errors


def test_validate_requires_note_date(admin_session, goal):
    errors = errors_of(admin_session, goal, note_input(admin_session, note_date=None))
    assert errors["note_date"] == "The note date is required."


def test_validate_rejects_future_note_date(admin_session, goal):
    tomorrow = TODAY + timedelta(days=1)
    errors = errors_of(admin_session, goal, note_input(admin_session, note_date=tomorrow))
    assert errors["note_date"] == (
        f"The note date {tomorrow.isoformat()} is in the future. Enter the date of the "
        "contact, today or earlier."
    )


def test_validate_requires_text(admin_session, goal):
    errors = errors_of(admin_session, goal, note_input(admin_session, text=" \n\t "))
    assert errors["text"] == "The note text is required."


def test_validate_rejects_non_household_member(admin_session, goal, client):
    stranger = clients.create_client(admin_session, ClientInput("Cy", "Stranger"))
    data = note_input(admin_session, member_ids=[client.id, stranger.id])
    errors = errors_of(admin_session, goal, data)
    assert errors["members"] == (
        "Choose only the client or current members of the client's household."
    )


def test_validate_accepts_household_member(admin_session, goal, client):
    son = clients.create_client(admin_session, ClientInput("Luis", "Lopez"))
    households.add_member(
        admin_session, client.id, son.id, Relationship.get(Relationship.hmis_code == 2)
    )
    data = note_input(admin_session, member_ids=[son.id, client.id, son.id])
    cleaned = case_notes.validate(admin_session, goal, data)
    assert cleaned.member_ids == sorted([client.id, son.id])


def test_validate_reports_every_field(admin_session, goal):
    data = CaseNoteInput(provider_id=None, note_date=None, text="", member_ids=[9999])
    errors = errors_of(admin_session, goal, data)
    assert set(errors) == {"provider", "note_date", "text", "members"}


def test_create_stores_text_exactly(admin_session, goal, client):
    text = "  First line\n\n  second line with 100% and 'quotes'  \n"
    assignment = CaseManagerAssignment.create(
        client=client,
        user=admin_session.user,
        provider=admin_session.provider,
        start_date=TODAY,
    )
    data = note_input(
        admin_session, text=text, case_manager_id=assignment.id, member_ids=[client.id]
    )
    note = case_notes.create_case_note(admin_session, goal.id, data)

    stored = CaseNote.get_by_id(note.id)
    assert stored.text == text
    assert stored.note_date == TODAY
    assert stored.case_manager_id == assignment.id
    assert stored.author_id == admin_session.user.id
    assert stored.goal_id == goal.id
    members = CaseNoteMember.select().where(CaseNoteMember.case_note == note.id)
    assert [member.client_id for member in members] == [client.id]


def test_create_without_case_manager_stays_null(admin_session, goal):
    note = case_notes.create_case_note(admin_session, goal.id, note_input(admin_session))
    assert CaseNote.get_by_id(note.id).case_manager_id is None


def test_create_records_audit(admin_session, goal, client):
    note = case_notes.create_case_note(admin_session, goal.id, note_input(admin_session))
    [entry] = audit_entries("create")
    assert entry.record_id == note.id
    assert entry.client_id == client.id
    changes = json.loads(entry.changes)
    assert changes["text"] == [None, "Met at the shelter."]
    assert changes["note_date"] == [None, TODAY.isoformat()]


def test_create_in_missing_goal_raises(admin_session):
    with pytest.raises(NotFound, match="Goal 9999 was not found"):
        case_notes.create_case_note(admin_session, 9999, note_input(admin_session))


def test_read_only_user_rejected(admin_session, goal):
    note = case_notes.create_case_note(admin_session, goal.id, note_input(admin_session))
    viewer = make_user("viewer", Role.READ_ONLY)
    session = Session(viewer, viewer.home_provider)

    with pytest.raises(PermissionDenied, match="read-only"):
        case_notes.create_case_note(session, goal.id, note_input(session))
    with pytest.raises(PermissionDenied, match="read-only"):
        case_notes.update_case_note(
            session, note.id, note_input(session, text="Changed"), expected_version=note.version
        )
    with pytest.raises(PermissionDenied, match="read-only"):
        case_notes.delete_case_note(session, note.id, expected_version=note.version)
    assert CaseNote.get_by_id(note.id).text == "Met at the shelter."


def test_update_keeps_old_text_in_audit(admin_session, goal):
    note = case_notes.create_case_note(admin_session, goal.id, note_input(admin_session))
    yesterday = TODAY - timedelta(days=1)
    data = note_input(admin_session, text="Corrected text", note_date=yesterday)
    case_notes.update_case_note(admin_session, note.id, data, expected_version=note.version)

    stored = CaseNote.get_by_id(note.id)
    assert stored.text == "Corrected text"
    assert stored.note_date == yesterday
    assert stored.version == 2
    [entry] = audit_entries("update")
    changes = json.loads(entry.changes)
    assert changes["text"] == ["Met at the shelter.", "Corrected text"]
    assert changes["note_date"] == [TODAY.isoformat(), yesterday.isoformat()]


def test_update_without_changes_writes_no_audit(admin_session, goal):
    note = case_notes.create_case_note(admin_session, goal.id, note_input(admin_session))
    case_notes.update_case_note(
        admin_session, note.id, note_input(admin_session), expected_version=note.version
    )
    assert audit_entries("update") == []
    assert CaseNote.get_by_id(note.id).version == 1


def test_update_rejected_when_agency_forbids_editing(admin_session, goal):
    note = case_notes.create_case_note(admin_session, goal.id, note_input(admin_session))
    set_policy(editable=False, deletable=True)

    assert case_notes.can_edit_case_notes() is False
    with pytest.raises(PermissionDenied) as raised:
        case_notes.update_case_note(
            admin_session,
            note.id,
            note_input(admin_session, text="X"),
            expected_version=note.version,
        )
    assert str(raised.value) == (
        "Your agency does not allow editing saved case notes. You can view this note, "
        "or add a new one."
    )
    assert CaseNote.get_by_id(note.id).text == "Met at the shelter."


def test_update_allowed_when_agency_allows_editing(admin_session, goal):
    note = case_notes.create_case_note(admin_session, goal.id, note_input(admin_session))
    set_policy(editable=True, deletable=False)

    assert case_notes.can_edit_case_notes() is True
    case_notes.update_case_note(
        admin_session, note.id, note_input(admin_session, text="New"), expected_version=note.version
    )
    assert CaseNote.get_by_id(note.id).text == "New"


def test_delete_rejected_when_agency_forbids_deleting(admin_session, goal):
    note = case_notes.create_case_note(admin_session, goal.id, note_input(admin_session))
    set_policy(editable=True, deletable=False)

    assert case_notes.can_delete_case_notes() is False
    with pytest.raises(PermissionDenied) as raised:
        case_notes.delete_case_note(admin_session, note.id, expected_version=note.version)
    assert str(raised.value) == "Your agency does not allow deleting saved case notes."
    assert CaseNote.get_or_none(CaseNote.id == note.id) is not None


def test_delete_keeps_text_in_audit(admin_session, goal, client):
    data = note_input(admin_session, member_ids=[client.id])
    note = case_notes.create_case_note(admin_session, goal.id, data)
    set_policy(editable=False, deletable=True)

    assert case_notes.can_delete_case_notes() is True
    case_notes.delete_case_note(admin_session, note.id, expected_version=note.version)

    assert CaseNote.get_or_none(CaseNote.id == note.id) is None
    assert CaseNoteMember.select().count() == 0
    [entry] = audit_entries("delete")
    assert entry.record_id == note.id
    assert entry.client_id == client.id
    changes = json.loads(entry.changes)
    assert changes["text"] == ["Met at the shelter.", None]
    assert changes["member_ids"] == [[client.id], None]


def test_delete_missing_note_raises(admin_session):
    with pytest.raises(NotFound, match="Case note 9999 was not found"):
        case_notes.delete_case_note(admin_session, 9999, expected_version=1)


def test_update_of_other_provider_note_rejected(admin_session, goal):
    note = case_notes.create_case_note(admin_session, goal.id, note_input(admin_session))
    other = Provider.create(name="Eastside Pantry")
    worker = make_user("worker", Role.CASE_MANAGER, provider=other)
    session = Session(worker, other)

    with pytest.raises(PermissionDenied, match="Downtown Shelter"):
        case_notes.update_case_note(
            session, note.id, note_input(session, text="X"), expected_version=note.version
        )


def test_list_newest_first_with_attachment_counts(admin_session, goal, client):
    older = TODAY - timedelta(days=3)
    first = case_notes.create_case_note(
        admin_session, goal.id, note_input(admin_session, note_date=older, text="Old")
    )
    assignment = CaseManagerAssignment.create(
        client=client,
        user=admin_session.user,
        provider=admin_session.provider,
        start_date=TODAY,
    )
    second = case_notes.create_case_note(
        admin_session, goal.id, note_input(admin_session, case_manager_id=assignment.id)
    )
    for number in range(2):
        Attachment.create(
            client=client,
            goal=goal,
            case_note=second,
            added_from="case_note",
            file_name=f"scan{number}.pdf",
            size_bytes=10,
            sha256="0" * 64,
            storage_key=f"key-{number}",
            provider=admin_session.provider,
            added_by=admin_session.user,
        )
    other_goal = make_goal(admin_session, client)
    case_notes.create_case_note(admin_session, other_goal.id, note_input(admin_session))

    with QueryCounter() as counter:
        notes = case_notes.case_notes_for_goal(admin_session, goal.id)
        names = [
            (
                note.provider.name,
                note.author.username,
                note.case_manager and note.case_manager.user.username,
            )
            for note in notes
        ]

    assert [note.id for note in notes] == [second.id, first.id]
    assert [note.attachment_count for note in notes] == [2, 0]
    assert names == [
        ("Downtown Shelter", "admin", "admin"),
        ("Downtown Shelter", "admin", None),
    ]
    assert counter.count == 1


class QueryCounter:
    """Counts the SQL statements run on the database inside a `with` block."""

    def __enter__(self) -> QueryCounter:
        self.count = 0
        self._database = database_proxy.obj
        self._execute_sql = self._database.execute_sql

        def counting_execute_sql(sql, params=None, *args, **kwargs):
            self.count += 1
            return self._execute_sql(sql, params, *args, **kwargs)

        self._database.execute_sql = counting_execute_sql
        return self

    def __exit__(self, *exc_info) -> None:
        del self._database.execute_sql
