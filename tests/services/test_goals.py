"""Tests of goals: validation rules, create, update, delete, audit and the Case Plans list."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from casepoint_desktop.data.case_plan_models import (
    ActionStep,
    ActionStepMember,
    Attachment,
    CaseNote,
    Goal,
    GoalMember,
    ServiceTransaction,
)
from casepoint_desktop.data.lists import (
    GoalClassification,
    GoalOutcome,
    GoalStatus,
    GoalType,
    ServiceType,
)
from casepoint_desktop.data.models import AuditEntry, Provider, Relationship
from casepoint_desktop.services import case_managers, clients, goals, households
from casepoint_desktop.services.case_managers import AssignmentInput
from casepoint_desktop.services.clients import ClientInput
from casepoint_desktop.services.errors import NotFound, PermissionDenied, ValidationError
from casepoint_desktop.services.follow_up_fields import FollowUpInput
from casepoint_desktop.services.goals import GoalInput
from casepoint_desktop.services.session import Role, Session
from tests.conftest import make_user

DATE_SET = date(2026, 2, 1)


@pytest.fixture
def client(admin_session):
    return clients.create_client(admin_session, ClientInput("Ana", "Lopez"))


def status(name: str) -> GoalStatus:
    return GoalStatus.get(GoalStatus.name == name)


def outcome(name: str) -> GoalOutcome:
    return GoalOutcome.get(GoalOutcome.name == name)


def housing() -> GoalClassification:
    return GoalClassification.get(GoalClassification.name == "Housing")


def housing_type() -> GoalType:
    return GoalType.get(GoalType.name == "Maintain housing")


def goal_input(session: Session, **changes) -> GoalInput:
    values = {
        "provider_id": session.provider.id,
        "date_set": DATE_SET,
        "classification_id": housing().id,
        "goal_type_id": housing_type().id,
        "status_id": status("In Progress").id,
    }
    values.update(changes)
    return GoalInput(**values)


def closed(session: Session, **changes) -> GoalInput:
    values = {
        "status_id": status("Closed").id,
        "outcome_id": outcome("Achieved").id,
        "date_closed": DATE_SET + timedelta(days=30),
    }
    values.update(changes)
    return goal_input(session, **values)


def errors_of(session, client, data, goal_id=None) -> dict[str, str]:
    with pytest.raises(ValidationError) as raised:
        goals.validate(session, client.id, data, goal_id=goal_id)
    return raised.value.field_errors


def add_son(session, client):
    son = clients.create_client(session, ClientInput("Luis", "Lopez"))
    households.add_member(session, client.id, son.id, Relationship.get(Relationship.hmis_code == 2))
    return son


def audit_entries(action: str, record_id: int) -> list[AuditEntry]:
    return list(
        AuditEntry.select().where(
            (AuditEntry.record_type == "goal")
            & (AuditEntry.action == action)
            & (AuditEntry.record_id == record_id)
        )
    )


# Validation


def test_minimal_goal_valid(admin_session, client):
    cleaned = goals.validate(admin_session, client.id, goal_input(admin_session))
    assert cleaned.member_ids == [client.id]
    assert cleaned.outcome_id is None


def test_closed_goal_valid(admin_session, client):
    data = closed(admin_session, outcome_id=outcome("Partially Achieved").id, percent_complete=60)
    cleaned = goals.validate(admin_session, client.id, data)
    assert cleaned.percent_complete == 60


@pytest.mark.parametrize("percent", [0, 10, 100])
def test_percent_bounds_valid(admin_session, client, percent):
    data = closed(
        admin_session, outcome_id=outcome("Partially Achieved").id, percent_complete=percent
    )
    assert goals.validate(admin_session, client.id, data).percent_complete == percent


@pytest.mark.parametrize(
    ("changes", "key", "words"),
    [
        ({"provider_id": None}, "provider", "provider is required"),
        ({"date_set": None}, "date_set", "date the goal was set is required"),
        ({"classification_id": None}, "classification", "classification is required"),
        ({"classification_id": 9999}, "classification", "current list"),
        ({"goal_type_id": None}, "goal_type", "goal type is required"),
        ({"goal_type_id": 9999}, "goal_type", "classification “Housing”"),
        ({"status_id": None}, "status", "status is required"),
        ({"status_id": 9999}, "status", "status is required"),
        ({"outcome_id": 1}, "outcome", "only when the status is closed"),
        ({"date_closed": DATE_SET}, "date_closed", "only when the status is closed"),
        ({"percent_complete": 50}, "percent_complete", "partially achieved"),
        ({"case_manager_id": 9999}, "case_manager", "this client's Case Managers tab"),
        ({"member_ids": [9999]}, "members", "current members of the client's household"),
        (
            {"target_date": DATE_SET - timedelta(days=1)},
            "target_date",
            "2026-01-31 is before the date set 2026-02-01",
        ),
        (
            {"follow_up": FollowUpInput(followup_date=DATE_SET)},
            "followup_user",
            "needs a follow-up user",
        ),
    ],
)
def test_open_goal_rule_rejected(admin_session, client, changes, key, words):
    errors = errors_of(admin_session, client, goal_input(admin_session, **changes))
    assert words in errors[key]


@pytest.mark.parametrize(
    ("changes", "key", "words"),
    [
        ({"outcome_id": None}, "outcome", "outcome is required when the status is closed"),
        ({"outcome_id": 9999}, "outcome", "outcome is required"),
        ({"date_closed": None}, "date_closed", "date closed is required"),
        (
            {"date_closed": DATE_SET - timedelta(days=1)},
            "date_closed",
            "2026-01-31 is before the date set 2026-02-01",
        ),
        ({"percent_complete": 50}, "percent_complete", "partially achieved"),
    ],
)
def test_closed_goal_rule_rejected(admin_session, client, changes, key, words):
    errors = errors_of(admin_session, client, closed(admin_session, **changes))
    assert words in errors[key]


@pytest.mark.parametrize("percent", [-10, 55, 110])
def test_percent_invalid_rejected(admin_session, client, percent):
    data = closed(
        admin_session, outcome_id=outcome("Partially Achieved").id, percent_complete=percent
    )
    errors = errors_of(admin_session, client, data)
    assert f"percent complete {percent} is invalid" in errors["percent_complete"]


def test_type_of_other_classification_rejected(admin_session, client):
    education_type = GoalType.get(GoalType.name == "Obtain GED")
    errors = errors_of(
        admin_session, client, goal_input(admin_session, goal_type_id=education_type.id)
    )
    assert "classification “Housing”" in errors["goal_type"]


def test_provider_not_allowed_rejected(admin_session, client):
    other = Provider.create(name="Family Services")
    errors = errors_of(admin_session, client, goal_input(admin_session, provider_id=other.id))
    assert "Enter Data As" in errors["provider"]


def test_other_clients_case_manager_rejected(admin_session, client):
    stranger = clients.create_client(admin_session, ClientInput("Bo", "Berg"))
    assignment = case_managers.create_assignment(
        admin_session,
        stranger.id,
        AssignmentInput(admin_session.user.id, admin_session.provider.id, DATE_SET),
    )
    data = goal_input(admin_session, case_manager_id=assignment.id)
    errors = errors_of(admin_session, client, data)
    assert "this client's Case Managers tab" in errors["case_manager"]


def test_own_case_manager_valid(admin_session, client):
    assignment = case_managers.create_assignment(
        admin_session,
        client.id,
        AssignmentInput(admin_session.user.id, admin_session.provider.id, DATE_SET),
    )
    data = goal_input(admin_session, case_manager_id=assignment.id)
    assert goals.validate(admin_session, client.id, data).case_manager_id == assignment.id


def test_retired_classification_rejected_for_new(admin_session, client):
    classification = housing()
    classification.retired = True
    classification.save()
    errors = errors_of(admin_session, client, goal_input(admin_session))
    assert "current list" in errors["classification"]


def test_retired_classification_kept_on_edit(admin_session, client):
    goal = goals.create_goal(admin_session, client.id, goal_input(admin_session))
    classification = housing()
    classification.retired = True
    classification.save()
    data = goal_input(admin_session, description="Still housed")
    assert goals.validate(admin_session, client.id, data, goal_id=goal.id).description


def test_retired_type_rejected_for_new(admin_session, client):
    goal_type = housing_type()
    goal_type.retired = True
    goal_type.save()
    errors = errors_of(admin_session, client, goal_input(admin_session))
    assert "current list" in errors["goal_type"]


def test_household_member_valid(admin_session, client):
    son = add_son(admin_session, client)
    cleaned = goals.validate(
        admin_session, client.id, goal_input(admin_session, member_ids=[son.id])
    )
    assert cleaned.member_ids == sorted([client.id, son.id])


def test_former_household_member_rejected(admin_session, client):
    son = add_son(admin_session, client)
    membership = households.current_membership(son.id)
    assert membership is not None
    households.remove_member(admin_session, membership.id)
    errors = errors_of(admin_session, client, goal_input(admin_session, member_ids=[son.id]))
    assert "current members" in errors["members"]


# Create, update, delete


def test_create_goal_saves_members_and_audit(admin_session, client):
    son = add_son(admin_session, client)
    goal = goals.create_goal(
        admin_session,
        client.id,
        goal_input(admin_session, member_ids=[son.id], description="Keep the flat ✓"),
    )

    stored = Goal.get_by_id(goal.id)
    assert stored.description == "Keep the flat ✓"
    assert stored.created_by_id == admin_session.user.id
    links = GoalMember.select().where(GoalMember.goal == goal.id)
    assert sorted(link.client_id for link in links) == sorted([client.id, son.id])

    entries = audit_entries("create", goal.id)
    assert len(entries) == 1
    changes = json.loads(entries[0].changes)
    assert changes["description"] == [None, "Keep the flat ✓"]
    assert changes["date_set"] == [None, "2026-02-01"]
    assert entries[0].client_id == client.id


def test_blank_dates_stay_null(admin_session, client):
    goal = goals.create_goal(admin_session, client.id, goal_input(admin_session))
    stored = Goal.get_by_id(goal.id)
    assert stored.target_date is None
    assert stored.date_closed is None
    assert stored.outcome_id is None
    assert stored.percent_complete is None
    assert stored.case_manager_id is None
    assert stored.followup_date is None
    assert stored.followup_actual_date is None
    assert stored.followup_user_id is None


def test_create_goal_saves_follow_up(admin_session, client):
    follow_up = FollowUpInput(
        followup_date=DATE_SET + timedelta(days=14),
        followup_provider_id=admin_session.provider.id,
        followup_user_id=admin_session.user.id,
    )
    goal = goals.create_goal(
        admin_session, client.id, goal_input(admin_session, follow_up=follow_up)
    )
    stored = Goal.get_by_id(goal.id)
    assert stored.followup_date == date(2026, 2, 15)
    assert stored.followup_user_id == admin_session.user.id
    assert stored.followup_provider_id == admin_session.provider.id
    assert stored.followup_actual_date is None


def test_create_goal_unknown_client(admin_session):
    with pytest.raises(NotFound):
        goals.create_goal(admin_session, 9999, goal_input(admin_session))


def test_update_goal_audits_old_values(admin_session, client):
    goal = goals.create_goal(admin_session, client.id, goal_input(admin_session))
    data = closed(admin_session, outcome_id=outcome("Partially Achieved").id, percent_complete=40)
    goals.update_goal(admin_session, goal.id, data, expected_version=goal.version)

    stored = Goal.get_by_id(goal.id)
    assert stored.status_id == status("Closed").id
    assert stored.percent_complete == 40
    assert stored.date_closed == date(2026, 3, 3)
    assert stored.version == 2

    entries = audit_entries("update", goal.id)
    assert len(entries) == 1
    changes = json.loads(entries[0].changes)
    assert changes["status_id"] == [status("In Progress").id, status("Closed").id]
    assert changes["percent_complete"] == [None, 40]
    assert "date_set" not in changes


def test_update_goal_reopen_clears_dates(admin_session, client):
    goal = goals.create_goal(admin_session, client.id, closed(admin_session))
    goals.update_goal(
        admin_session, goal.id, goal_input(admin_session), expected_version=goal.version
    )
    stored = Goal.get_by_id(goal.id)
    assert stored.date_closed is None
    assert stored.outcome_id is None


def test_update_without_changes_skips_audit(admin_session, client):
    goal = goals.create_goal(admin_session, client.id, goal_input(admin_session))
    goals.update_goal(
        admin_session, goal.id, goal_input(admin_session), expected_version=goal.version
    )
    assert audit_entries("update", goal.id) == []
    assert Goal.get_by_id(goal.id).version == 1


def test_update_unknown_goal(admin_session):
    with pytest.raises(NotFound):
        goals.update_goal(admin_session, 9999, goal_input(admin_session), expected_version=1)


def add_children(session, goal, steps=0, notes=0, services=0, attachments=0) -> None:
    service_type = ServiceType.select().first()
    for number in range(steps):
        ActionStep.create(
            goal=goal,
            description=f"Step {number}",
            provider=session.provider,
            date_set=DATE_SET,
            status=status("Identified"),
        )
    for number in range(notes):
        CaseNote.create(
            goal=goal,
            provider=session.provider,
            author=session.user,
            note_date=DATE_SET,
            text=f"Note {number}",
        )
    for _ in range(services):
        ServiceTransaction.create(
            client=goal.client_id,
            goal=goal,
            provider=session.provider,
            service_type=service_type,
            start_date=DATE_SET,
        )
    for number in range(attachments):
        Attachment.create(
            client=goal.client_id,
            goal=goal,
            added_from="goal",
            file_name=f"lease-{number}.pdf",
            size_bytes=10,
            sha256="0" * 64,
            storage_key=f"key-{goal.id}-{number}",
            provider=session.provider,
            added_by=session.user,
        )


def test_describe_goal_contents_counts(admin_session, client):
    goal = goals.create_goal(admin_session, client.id, goal_input(admin_session))
    assert goals.describe_goal_contents(goal.id) == {
        "action_steps": 0,
        "case_notes": 0,
        "service_items": 0,
        "attachments": 0,
    }

    add_children(admin_session, goal, steps=2, notes=3, services=1, attachments=1)
    note = CaseNote.select().where(CaseNote.goal == goal.id).first()
    Attachment.create(
        client=client,
        case_note=note,
        added_from="case_note",
        file_name="letter.pdf",
        size_bytes=10,
        sha256="0" * 64,
        storage_key="note-key",
        provider=admin_session.provider,
        added_by=admin_session.user,
    )
    assert goals.describe_goal_contents(goal.id) == {
        "action_steps": 2,
        "case_notes": 3,
        "service_items": 1,
        "attachments": 2,
    }


def test_delete_goal_removes_children(admin_session, client):
    goal = goals.create_goal(admin_session, client.id, goal_input(admin_session))
    add_children(admin_session, goal, steps=1, notes=1, services=1, attachments=1)
    assert goals.delete_goal(admin_session, goal.id, expected_version=goal.version) is None

    assert Goal.get_or_none(Goal.id == goal.id) is None
    assert ActionStep.select().count() == 0
    assert CaseNote.select().count() == 0
    assert ServiceTransaction.select().count() == 0
    assert Attachment.select().count() == 0
    assert GoalMember.select().count() == 0

    entries = audit_entries("delete", goal.id)
    assert len(entries) == 1
    changes = json.loads(entries[0].changes)
    assert changes["action_steps"] == [1, None]
    assert changes["date_set"] == ["2026-02-01", None]


def test_delete_unknown_goal(admin_session):
    with pytest.raises(NotFound):
        goals.delete_goal(admin_session, 9999, expected_version=1)


# Permissions


def test_read_only_user_rejected(admin_session, client):
    goal = goals.create_goal(admin_session, client.id, goal_input(admin_session))
    reader = Session(make_user("rita", Role.READ_ONLY), admin_session.provider)
    with pytest.raises(PermissionDenied):
        goals.create_goal(reader, client.id, goal_input(reader))
    with pytest.raises(PermissionDenied):
        goals.update_goal(reader, goal.id, goal_input(reader), expected_version=goal.version)
    with pytest.raises(PermissionDenied):
        goals.delete_goal(reader, goal.id, expected_version=goal.version)
    assert Goal.select().count() == 1


def test_other_provider_user_cannot_edit(admin_session, client):
    goal = goals.create_goal(admin_session, client.id, goal_input(admin_session))
    other = Provider.create(name="Family Services")
    outsider = Session(make_user("otto", provider=other), other)
    with pytest.raises(PermissionDenied):
        goals.update_goal(outsider, goal.id, goal_input(outsider), expected_version=goal.version)
    with pytest.raises(PermissionDenied):
        goals.delete_goal(outsider, goal.id, expected_version=goal.version)


# The Case Plans list


def test_goals_for_client_counts(admin_session, client):
    empty = goals.create_goal(admin_session, client.id, goal_input(admin_session))
    busy = goals.create_goal(
        admin_session, client.id, goal_input(admin_session, date_set=DATE_SET + timedelta(days=5))
    )
    add_children(admin_session, busy, steps=3, notes=2, services=4)
    stranger = clients.create_client(admin_session, ClientInput("Bo", "Berg"))
    goals.create_goal(admin_session, stranger.id, goal_input(admin_session))

    rows = goals.goals_for_client(client.id)

    assert [row.id for row in rows] == [busy.id, empty.id]
    assert (rows[0].action_step_count, rows[0].case_note_count, rows[0].service_count) == (
        3,
        2,
        4,
    )
    assert (rows[1].action_step_count, rows[1].case_note_count, rows[1].service_count) == (
        0,
        0,
        0,
    )


def test_goals_for_client_one_query(db, admin_session, client, monkeypatch):
    assignment = case_managers.create_assignment(
        admin_session,
        client.id,
        AssignmentInput(admin_session.user.id, admin_session.provider.id, DATE_SET),
    )
    for offset in range(3):
        goal = goals.create_goal(
            admin_session,
            client.id,
            closed(
                admin_session,
                case_manager_id=assignment.id,
                date_set=DATE_SET + timedelta(days=offset),
            ),
        )
        add_children(admin_session, goal, steps=1, notes=1, services=1)

    statements: list[str] = []
    original = db.execute_sql

    def counting_execute_sql(sql, params=None, *args, **kwargs):
        statements.append(sql)
        return original(sql, params, *args, **kwargs)

    monkeypatch.setattr(db, "execute_sql", counting_execute_sql)
    rows = goals.goals_for_client(client.id)
    displayed_values = [
        (
            row.classification.name,
            row.goal_type.name,
            row.status.name,
            row.outcome.name,
            case_managers.display_name(row.case_manager),
            row.action_step_count,
        )
        for row in rows
    ]

    assert len(statements) == 1
    assert len(displayed_values) == 3
    assert displayed_values[0] == (
        "Housing",
        "Maintain housing",
        "Closed",
        "Achieved",
        "Ada Admin",
        1,
    )


def test_goals_for_client_empty(admin_session, client):
    assert goals.goals_for_client(client.id) == []


# Lists


def test_list_helpers_skip_retired(admin_session):
    classification = housing()
    classification.retired = True
    classification.save()
    withdrew = outcome("Client Withdrew")
    withdrew.retired = True
    withdrew.save()

    names = [entry.name for entry in goals.classifications()]
    assert "Housing" not in names
    assert "Education" in names
    assert [entry.name for entry in goals.statuses()] == ["Identified", "In Progress", "Closed"]
    assert "Client Withdrew" not in [entry.name for entry in goals.outcomes()]
    assert "Achieved" in [entry.name for entry in goals.outcomes()]


def test_goal_types_follow_classification(admin_session):
    retired = housing_type()
    retired.retired = True
    retired.save()
    names = [goal_type.name for goal_type in goals.goal_types(housing().id)]
    assert names[0] == "Obtain permanent housing"
    assert "Maintain housing" not in names
    assert "Obtain GED" not in names
    assert len(names) == 4


def test_member_on_step_kept(admin_session, client):
    son = add_son(admin_session, client)
    goal = goals.create_goal(
        admin_session, client.id, goal_input(admin_session, member_ids=[son.id])
    )
    step = ActionStep.create(
        goal=goal,
        description="Enroll Luis in school",
        provider=admin_session.provider,
        date_set=DATE_SET,
        status=status("Identified"),
    )
    ActionStepMember.create(action_step=step, client=son)

    with pytest.raises(ValidationError) as raised:
        goals.update_goal(
            admin_session, goal.id, goal_input(admin_session), expected_version=goal.version
        )

    assert "Luis Lopez cannot be removed" in raised.value.field_errors["members"]
    links = GoalMember.select().where(GoalMember.goal == goal.id)
    assert sorted(link.client_id for link in links) == sorted([client.id, son.id])


def test_member_without_step_removed(admin_session, client):
    son = add_son(admin_session, client)
    goal = goals.create_goal(
        admin_session, client.id, goal_input(admin_session, member_ids=[son.id])
    )
    goals.update_goal(
        admin_session, goal.id, goal_input(admin_session), expected_version=goal.version
    )
    links = GoalMember.select().where(GoalMember.goal == goal.id)
    assert [link.client_id for link in links] == [client.id]
