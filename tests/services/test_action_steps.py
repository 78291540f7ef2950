"""Tests of action steps: validation rules, create, update, delete, audit and the list."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from casepoint_desktop.data.case_plan_models import ActionStep, ActionStepMember
from casepoint_desktop.data.lists import GoalOutcome, GoalStatus
from casepoint_desktop.data.models import AuditEntry, Provider, Relationship
from casepoint_desktop.services import action_steps, clients, goals, households
from casepoint_desktop.services.action_steps import ActionStepInput
from casepoint_desktop.services.clients import ClientInput
from casepoint_desktop.services.errors import NotFound, PermissionDenied, ValidationError
from casepoint_desktop.services.follow_up_fields import FollowUpInput
from casepoint_desktop.services.session import Role, Session
from tests.conftest import make_user
from tests.services.test_goals import goal_input

DATE_SET = date(2026, 2, 1)


def status(name: str) -> GoalStatus:
    return GoalStatus.get(GoalStatus.name == name)


def outcome(name: str) -> GoalOutcome:
    return GoalOutcome.get(GoalOutcome.name == name)


@pytest.fixture
def client(admin_session):
    return clients.create_client(admin_session, ClientInput("Ana", "Lopez"))


@pytest.fixture
def son(admin_session, client):
    son = clients.create_client(admin_session, ClientInput("Luis", "Lopez"))
    households.add_member(
        admin_session, client.id, son.id, Relationship.get(Relationship.hmis_code == 2)
    )
    return son


@pytest.fixture
def goal(admin_session, client):
    return goals.create_goal(admin_session, client.id, goal_input(admin_session))


def step_input(session: Session, **changes) -> ActionStepInput:
    values = {
        "description": "Call the housing office",
        "provider_id": session.provider.id,
        "date_set": DATE_SET,
        "status_id": status("Identified").id,
    }
    values.update(changes)
    return ActionStepInput(**values)


def closed_step(session: Session, **changes) -> ActionStepInput:
    values = {
        "status_id": status("Closed").id,
        "outcome_id": outcome("Achieved").id,
        "date_closed": DATE_SET + timedelta(days=3),
    }
    values.update(changes)
    return step_input(session, **values)


def errors_of(session, goal, data) -> dict[str, str]:
    with pytest.raises(ValidationError) as raised:
        action_steps.validate(session, goal.id, data)
    return raised.value.field_errors


def audit_entries(action: str, record_id: int) -> list[AuditEntry]:
    return list(
        AuditEntry.select().where(
            (AuditEntry.record_type == "action_step")
            & (AuditEntry.action == action)
            & (AuditEntry.record_id == record_id)
        )
    )


# Validation


def test_minimal_step_valid(admin_session, goal):
    cleaned = action_steps.validate(admin_session, goal.id, step_input(admin_session))
    assert cleaned.description == "Call the housing office"
    assert cleaned.member_ids == []


def test_closed_step_valid(admin_session, goal):
    cleaned = action_steps.validate(admin_session, goal.id, closed_step(admin_session))
    assert cleaned.date_closed == date(2026, 2, 4)


@pytest.mark.parametrize(
    ("changes", "key", "words"),
    [
        ({"description": ""}, "description", "Describe the action step"),
        ({"description": "   "}, "description", "Describe the action step"),
        ({"provider_id": None}, "provider", "provider is required"),
        ({"date_set": None}, "date_set", "date the action step was set is required"),
        ({"status_id": None}, "status", "status is required"),
        ({"status_id": 9999}, "status", "status is required"),
        ({"outcome_id": 1}, "outcome", "only when the status is closed"),
        ({"date_closed": DATE_SET}, "date_closed", "only when the status is closed"),
        (
            {"target_date": DATE_SET - timedelta(days=1)},
            "target_date",
            "2026-01-31 is before the date set 2026-02-01",
        ),
        ({"member_ids": [9999]}, "members", "household members that the goal is for"),
        (
            {"follow_up": FollowUpInput(followup_user_id=1)},
            "followup_date",
            "projected follow-up date",
        ),
    ],
)
def test_open_step_rule_rejected(admin_session, goal, changes, key, words):
    errors = errors_of(admin_session, goal, step_input(admin_session, **changes))
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
    ],
)
def test_closed_step_rule_rejected(admin_session, goal, changes, key, words):
    errors = errors_of(admin_session, goal, closed_step(admin_session, **changes))
    assert words in errors[key]


def test_provider_not_allowed_rejected(admin_session, goal):
    other = Provider.create(name="Family Services")
    errors = errors_of(admin_session, goal, step_input(admin_session, provider_id=other.id))
    assert "Enter Data As" in errors["provider"]


def test_goal_members_valid(admin_session, client, son):
    goal = goals.create_goal(
        admin_session, client.id, goal_input(admin_session, member_ids=[son.id])
    )
    data = step_input(admin_session, member_ids=[son.id, client.id, son.id])
    cleaned = action_steps.validate(admin_session, goal.id, data)
    assert cleaned.member_ids == sorted([client.id, son.id])


def test_household_member_outside_goal_rejected(admin_session, client, son, goal):
    errors = errors_of(admin_session, goal, step_input(admin_session, member_ids=[son.id]))
    assert "household members that the goal is for" in errors["members"]


# Create, update, delete


def test_create_step_saves_and_audits(admin_session, client, goal):
    step = action_steps.create_step(
        admin_session, goal.id, step_input(admin_session, member_ids=[client.id])
    )

    stored = ActionStep.get_by_id(step.id)
    assert stored.goal_id == goal.id
    assert stored.description == "Call the housing office"
    assert stored.created_by_id == admin_session.user.id
    links = ActionStepMember.select().where(ActionStepMember.action_step == step.id)
    assert [link.client_id for link in links] == [client.id]

    entries = audit_entries("create", step.id)
    assert len(entries) == 1
    assert entries[0].client_id == client.id
    changes = json.loads(entries[0].changes)
    assert changes["description"] == [None, "Call the housing office"]


def test_blank_dates_stay_null(admin_session, goal):
    step = action_steps.create_step(admin_session, goal.id, step_input(admin_session))
    stored = ActionStep.get_by_id(step.id)
    assert stored.target_date is None
    assert stored.date_closed is None
    assert stored.outcome_id is None
    assert stored.followup_date is None
    assert stored.followup_actual_date is None
    assert stored.followup_provider_id is None


def test_create_step_saves_follow_up(admin_session, goal):
    follow_up = FollowUpInput(
        followup_date=DATE_SET + timedelta(days=7),
        followup_provider_id=admin_session.provider.id,
        followup_user_id=admin_session.user.id,
        followup_actual_date=DATE_SET + timedelta(days=8),
        followup_made_by_id=admin_session.user.id,
        followup_notes="Office closed, call again.",
    )
    step = action_steps.create_step(
        admin_session, goal.id, step_input(admin_session, follow_up=follow_up)
    )
    stored = ActionStep.get_by_id(step.id)
    assert stored.followup_date == date(2026, 2, 8)
    assert stored.followup_actual_date == date(2026, 2, 9)
    assert stored.followup_made_by_id == admin_session.user.id
    assert stored.followup_notes == "Office closed, call again."


def test_create_step_unknown_goal(admin_session):
    with pytest.raises(NotFound):
        action_steps.create_step(admin_session, 9999, step_input(admin_session))


def test_update_step_audits_old_values(admin_session, client, goal):
    step = action_steps.create_step(admin_session, goal.id, step_input(admin_session))
    action_steps.update_step(
        admin_session, step.id, closed_step(admin_session), expected_version=step.version
    )

    stored = ActionStep.get_by_id(step.id)
    assert stored.status_id == status("Closed").id
    assert stored.date_closed == date(2026, 2, 4)
    assert stored.version == 2

    entries = audit_entries("update", step.id)
    assert len(entries) == 1
    assert entries[0].client_id == client.id
    changes = json.loads(entries[0].changes)
    assert changes["status_id"] == [status("Identified").id, status("Closed").id]
    assert changes["date_closed"] == [None, "2026-02-04"]
    assert "description" not in changes


def test_update_without_changes_skips_audit(admin_session, goal):
    step = action_steps.create_step(admin_session, goal.id, step_input(admin_session))
    action_steps.update_step(
        admin_session, step.id, step_input(admin_session), expected_version=step.version
    )
    assert audit_entries("update", step.id) == []
    assert ActionStep.get_by_id(step.id).version == 1


def test_update_unknown_step(admin_session):
    with pytest.raises(NotFound):
        action_steps.update_step(admin_session, 9999, step_input(admin_session), expected_version=1)


def test_delete_step_audits(admin_session, client, goal):
    step = action_steps.create_step(
        admin_session, goal.id, step_input(admin_session, member_ids=[client.id])
    )
    action_steps.delete_step(admin_session, step.id, expected_version=step.version)

    assert ActionStep.get_or_none(ActionStep.id == step.id) is None
    assert ActionStepMember.select().count() == 0
    entries = audit_entries("delete", step.id)
    assert len(entries) == 1
    changes = json.loads(entries[0].changes)
    assert changes["description"] == ["Call the housing office", None]


def test_delete_unknown_step(admin_session):
    with pytest.raises(NotFound):
        action_steps.delete_step(admin_session, 9999, expected_version=1)


# Permissions


def test_read_only_user_rejected(admin_session, goal):
    step = action_steps.create_step(admin_session, goal.id, step_input(admin_session))
    reader = Session(make_user("rita", Role.READ_ONLY), admin_session.provider)
    with pytest.raises(PermissionDenied):
        action_steps.create_step(reader, goal.id, step_input(reader))
    with pytest.raises(PermissionDenied):
        action_steps.update_step(reader, step.id, step_input(reader), expected_version=step.version)
    with pytest.raises(PermissionDenied):
        action_steps.delete_step(reader, step.id, expected_version=step.version)
    assert ActionStep.select().count() == 1


def test_other_provider_user_cannot_edit(admin_session, goal):
    step = action_steps.create_step(admin_session, goal.id, step_input(admin_session))
    other = Provider.create(name="Family Services")
    outsider = Session(make_user("otto", provider=other), other)
    with pytest.raises(PermissionDenied):
        action_steps.update_step(
            outsider, step.id, step_input(outsider), expected_version=step.version
        )
    with pytest.raises(PermissionDenied):
        action_steps.delete_step(outsider, step.id, expected_version=step.version)


# The list of a goal


def test_steps_for_goal_newest_first(admin_session, client, goal):
    older = action_steps.create_step(admin_session, goal.id, step_input(admin_session))
    newer = action_steps.create_step(
        admin_session, goal.id, closed_step(admin_session, date_set=DATE_SET + timedelta(days=2))
    )
    other_goal = goals.create_goal(admin_session, client.id, goal_input(admin_session))
    action_steps.create_step(admin_session, other_goal.id, step_input(admin_session))

    steps = action_steps.steps_for_goal(goal.id)

    assert [step.id for step in steps] == [newer.id, older.id]
    assert steps[0].status.name == "Closed"
    assert steps[0].outcome.name == "Achieved"
    assert steps[1].outcome is None


def test_steps_for_goal_empty(admin_session, goal):
    assert action_steps.steps_for_goal(goal.id) == []
