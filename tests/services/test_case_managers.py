"""Tests of case-manager assignments: validation, overlap, permissions, delete and audit."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from casepoint_desktop.data.case_plan_models import (
    CaseManagerAssignment,
    CaseManagerMember,
    CaseNote,
    Goal,
)
from casepoint_desktop.data.lists import GoalClassification, GoalStatus, GoalType
from casepoint_desktop.data.models import AuditEntry, Provider, Relationship, UserProvider
from casepoint_desktop.services import case_managers, clients, households
from casepoint_desktop.services.case_managers import AssignmentInput
from casepoint_desktop.services.clients import ClientInput
from casepoint_desktop.services.errors import PermissionDenied, ServiceError, ValidationError
from casepoint_desktop.services.session import Role, Session
from tests.conftest import make_user

TODAY = date.today()


@pytest.fixture
def client(admin_session):
    return clients.create_client(admin_session, ClientInput("Ana", "Lopez"))


def me(session: Session, **changes) -> AssignmentInput:
    values = {
        "user_id": session.user.id,
        "provider_id": session.provider.id,
        "start_date": TODAY,
    }
    values.update(changes)
    return AssignmentInput(**values)


def errors_of(session, client, data) -> dict[str, str]:
    with pytest.raises(ValidationError) as raised:
        case_managers.validate(session, client.id, data)
    return raised.value.field_errors


def make_goal(client, session, assignment) -> Goal:
    classification = GoalClassification.get(GoalClassification.name == "Housing")
    return Goal.create(
        client=client,
        provider=session.provider,
        case_manager=assignment,
        date_set=TODAY,
        classification=classification,
        goal_type=GoalType.get(GoalType.classification == classification),
        status=GoalStatus.get(GoalStatus.name == "In Progress"),
    )


def test_create_me_assignment(admin_session, client):
    assignment = case_managers.create_assignment(
        admin_session, client.id, me(admin_session, title="Case worker", phone="(319) 555-0142")
    )
    stored = CaseManagerAssignment.get_by_id(assignment.id)
    assert stored.user_id == admin_session.user.id
    assert stored.phone == "+13195550142"
    assert stored.end_date is None
    assert case_managers.display_name(stored) == "Ada Admin"


def test_create_other_assignment(admin_session, client):
    data = AssignmentInput(
        user_id=None,
        other_name="Dana Smith",
        other_agency_uses_program=True,
        provider_id=admin_session.provider.id,
        start_date=TODAY,
    )
    assignment = case_managers.create_assignment(admin_session, client.id, data)
    assert case_managers.display_name(assignment) == "Dana Smith"
    assert CaseManagerAssignment.get_by_id(assignment.id).other_agency_uses_program


def test_user_choice_clears_other_name(admin_session, client):
    cleaned = case_managers.validate(
        admin_session, client.id, me(admin_session, other_name="ignored")
    )
    assert cleaned.other_name == ""


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"user_id": None}, "person", "Choose a user, choose Me"),
        ({"provider_id": None}, "provider", "The provider is required."),
        ({"start_date": None}, "start_date", "The start date is required."),
        ({"end_date": TODAY - timedelta(days=1)}, "end_date", "is before the start date"),
        ({"email": "dana@"}, "email", "Enter an e-mail address"),
        ({"phone": "12"}, "phone", "Enter a phone number"),
        ({"member_ids": [999]}, "members", "household"),
    ],
)
def test_validation_messages(admin_session, client, changes, field, message):
    errors = errors_of(admin_session, client, me(admin_session, **changes))
    assert message in errors[field]


def test_provider_outside_user_rejected(admin_session, client):
    other = Provider.create(name="Eastgate Outreach")
    errors = errors_of(admin_session, client, me(admin_session, provider_id=other.id))
    assert "Enter Data As" in errors["provider"]


def test_eda_provider_accepted(admin_session, client):
    other = Provider.create(name="Eastgate Outreach")
    UserProvider.create(user=admin_session.user, provider=other)
    cleaned = case_managers.validate(
        admin_session, client.id, me(admin_session, provider_id=other.id)
    )
    assert cleaned.provider_id == other.id


def test_household_members_saved(admin_session, client):
    son = clients.create_client(admin_session, ClientInput("Luis", "Lopez"))
    households.add_member(
        admin_session, client.id, son.id, Relationship.get(Relationship.hmis_code == 2)
    )
    assignment = case_managers.create_assignment(
        admin_session, client.id, me(admin_session, member_ids=[son.id])
    )
    links = CaseManagerMember.select().where(CaseManagerMember.assignment == assignment.id)
    assert [link.client_id for link in links] == [son.id]
    assert [c.id for c in case_managers.household_member_choices(client.id)] == [son.id]


def test_overlap_found_for_same_user(admin_session, client):
    first = case_managers.create_assignment(
        admin_session, client.id, me(admin_session, start_date=TODAY - timedelta(days=30))
    )
    found = case_managers.overlapping_assignments(client.id, me(admin_session))
    assert [assignment.id for assignment in found] == [first.id]


def test_no_overlap_after_end_date(admin_session, client):
    case_managers.create_assignment(
        admin_session,
        client.id,
        me(
            admin_session,
            start_date=TODAY - timedelta(days=30),
            end_date=TODAY - timedelta(days=10),
        ),
    )
    assert case_managers.overlapping_assignments(client.id, me(admin_session)) == []


def test_overlap_excludes_edited_assignment(admin_session, client):
    first = case_managers.create_assignment(admin_session, client.id, me(admin_session))
    assert (
        case_managers.overlapping_assignments(client.id, me(admin_session), exclude_id=first.id)
        == []
    )


def test_update_audits_old_and_new(admin_session, client):
    assignment = case_managers.create_assignment(admin_session, client.id, me(admin_session))
    case_managers.update_assignment(
        admin_session,
        assignment.id,
        me(admin_session, title="Lead"),
        expected_version=assignment.version,
    )
    entry = AuditEntry.get(
        AuditEntry.action == "update", AuditEntry.record_type == "case_manager_assignment"
    )
    assert json.loads(entry.changes) == {"title": ["", "Lead"]}
    assert CaseManagerAssignment.get_by_id(assignment.id).version == 2


def test_delete_unused_assignment(admin_session, client):
    assignment = case_managers.create_assignment(admin_session, client.id, me(admin_session))
    case_managers.delete_assignment(
        admin_session, assignment.id, expected_version=assignment.version
    )
    assert CaseManagerAssignment.select().count() == 0
    assert AuditEntry.select().where(AuditEntry.action == "delete").count() == 1


def test_delete_named_on_goal_rejected(admin_session, client):
    assignment = case_managers.create_assignment(admin_session, client.id, me(admin_session))
    make_goal(client, admin_session, assignment)
    with pytest.raises(ServiceError, match="named on 1 goal and 0 case notes"):
        case_managers.delete_assignment(
            admin_session, assignment.id, expected_version=assignment.version
        )
    assert CaseManagerAssignment.select().count() == 1


def test_delete_named_on_case_note_rejected(admin_session, client):
    assignment = case_managers.create_assignment(admin_session, client.id, me(admin_session))
    goal = make_goal(client, admin_session, None)
    CaseNote.create(
        goal=goal,
        provider=admin_session.provider,
        case_manager=assignment,
        author=admin_session.user,
        note_date=TODAY,
        text="Met at the office.",
    )
    with pytest.raises(ServiceError, match="Set an end date instead"):
        case_managers.delete_assignment(
            admin_session, assignment.id, expected_version=assignment.version
        )


def test_read_only_user_cannot_change(admin_session, client):
    assignment = case_managers.create_assignment(admin_session, client.id, me(admin_session))
    reader = make_user("reader", Role.READ_ONLY)
    session = Session(user=reader, provider=reader.home_provider)
    with pytest.raises(PermissionDenied):
        case_managers.create_assignment(session, client.id, me(session))
    with pytest.raises(PermissionDenied):
        case_managers.delete_assignment(session, assignment.id, expected_version=assignment.version)


def test_other_provider_assignment_protected(admin_session, client):
    other = Provider.create(name="Eastgate Outreach")
    UserProvider.create(user=admin_session.user, provider=other)
    assignment = case_managers.create_assignment(
        admin_session, client.id, me(admin_session, provider_id=other.id)
    )
    casey = make_user("casey")
    session = Session(user=casey, provider=casey.home_provider)
    with pytest.raises(PermissionDenied):
        case_managers.delete_assignment(session, assignment.id, expected_version=assignment.version)


def test_assignments_listed_active_first(admin_session, client):
    ended = case_managers.create_assignment(
        admin_session,
        client.id,
        me(
            admin_session, start_date=TODAY - timedelta(days=90), end_date=TODAY - timedelta(days=1)
        ),
    )
    future = case_managers.create_assignment(
        admin_session, client.id, me(admin_session, start_date=TODAY + timedelta(days=5))
    )
    current = case_managers.create_assignment(
        admin_session,
        client.id,
        AssignmentInput(
            user_id=None,
            other_name="Dana Smith",
            provider_id=admin_session.provider.id,
            start_date=TODAY - timedelta(days=10),
        ),
    )
    listed = case_managers.assignments_for_client(client.id)
    assert [assignment.id for assignment in listed] == [current.id, future.id, ended.id]
    assert case_managers.is_active(listed[0])
    assert not case_managers.is_active(listed[1])
    assert not case_managers.is_active(listed[2])


def test_provider_users_include_eda(admin_session):
    eastgate = Provider.create(name="Eastgate Outreach")
    home = make_user("casey", provider=eastgate)
    visitor = make_user("visitor")
    UserProvider.create(user=visitor, provider=eastgate)
    gone = make_user("gone", provider=eastgate)
    gone.active = False
    gone.save()
    assert {user.id for user in case_managers.provider_users(eastgate.id)} == {
        home.id,
        visitor.id,
    }
