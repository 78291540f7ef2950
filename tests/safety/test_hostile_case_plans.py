"""Hostile text, dates and numbers through the goal, action step and service item services."""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casepoint_desktop.data.case_plan_models import ActionStep, Goal, ServiceTransaction
from casepoint_desktop.data.lists import (
    GoalClassification,
    GoalOutcome,
    GoalStatus,
    GoalType,
    ServiceType,
)
from casepoint_desktop.services import action_steps, case_managers, clients, goals, service_items
from casepoint_desktop.services.action_steps import ActionStepInput
from casepoint_desktop.services.case_managers import AssignmentInput
from casepoint_desktop.services.clients import ClientInput
from casepoint_desktop.services.errors import ValidationError
from casepoint_desktop.services.follow_up_fields import FollowUpInput
from casepoint_desktop.services.goals import GoalInput
from casepoint_desktop.services.service_items import ServiceItemInput
from tests.safety.hostile import (
    ANY_DECIMAL,
    ANY_INTEGER,
    HOSTILE_SETTINGS,
    HOSTILE_TEXT,
    OPTIONAL_DATE,
    check_field_errors,
    is_unstorable,
    rolled_back,
)

DATE_SET = date(2026, 2, 1)

FOLLOW_UP_ERROR_KEYS = {
    "followup_date",
    "followup_provider",
    "followup_user",
    "followup_actual_date",
    "followup_made_by",
    "followup_notes",
}
GOAL_ERROR_KEYS = FOLLOW_UP_ERROR_KEYS | {
    "provider",
    "case_manager",
    "date_set",
    "classification",
    "goal_type",
    "description",
    "target_date",
    "status",
    "outcome",
    "percent_complete",
    "date_closed",
    "members",
}
STEP_ERROR_KEYS = FOLLOW_UP_ERROR_KEYS | {
    "description",
    "provider",
    "date_set",
    "target_date",
    "status",
    "outcome",
    "date_closed",
    "members",
}
SERVICE_ITEM_ERROR_KEYS = {
    "service_type",
    "provider",
    "start_date",
    "end_date",
    "units",
    "unit_type",
    "amount",
    "notes",
}

MAX_EXAMPLES = 50


class Choices:
    """The IDs of one test database that the drawn input picks from, besides random numbers."""

    def __init__(self, session) -> None:
        self.session = session
        self.client = clients.create_client(session, ClientInput("Ana", "Lopez"))
        self.assignment = case_managers.create_assignment(
            session,
            self.client.id,
            AssignmentInput(
                user_id=session.user.id, provider_id=session.provider.id, start_date=DATE_SET
            ),
        )
        self.status_ids = [status.id for status in GoalStatus.select()]
        self.outcome_ids = [outcome.id for outcome in GoalOutcome.select()]
        self.classification = GoalClassification.get(GoalClassification.name == "Housing")
        self.goal_type_ids = [
            goal_type.id
            for goal_type in GoalType.select().where(GoalType.classification == self.classification)
        ]
        self.service_type_ids = [service_type.id for service_type in ServiceType.select()]

    def id_or_any(self, ids: list[int]) -> st.SearchStrategy[int | None]:
        return st.one_of(st.sampled_from(ids), st.none(), ANY_INTEGER)

    def follow_up(self, draw) -> FollowUpInput:
        """Draw a follow-up: blank, a plain one, or one with hostile fields."""
        provider_id = self.session.provider.id
        user_id = self.session.user.id
        plain = FollowUpInput(DATE_SET, provider_id, user_id)
        base = draw(st.sampled_from([FollowUpInput(), plain]))
        strategies = {
            "followup_date": OPTIONAL_DATE,
            "followup_provider_id": self.id_or_any([provider_id]),
            "followup_user_id": self.id_or_any([user_id]),
            "followup_actual_date": OPTIONAL_DATE,
            "followup_made_by_id": self.id_or_any([user_id]),
            "followup_notes": HOSTILE_TEXT,
        }
        names = draw(st.sets(st.sampled_from(sorted(strategies)), max_size=2))
        return replace(base, **{name: draw(strategies[name]) for name in names})


def changed_fields(draw, base, strategies: dict[str, st.SearchStrategy]):
    """Return `base` with one to three of its fields drawn from `strategies`."""
    names = draw(st.sets(st.sampled_from(sorted(strategies)), min_size=1, max_size=3))
    return replace(base, **{name: draw(strategies[name]) for name in names})


def draw_goal_input(draw, choices: Choices) -> GoalInput:
    status_open, status_closed = (
        GoalStatus.get(GoalStatus.name == "In Progress").id,
        GoalStatus.get(GoalStatus.name == "Closed").id,
    )
    partial = GoalOutcome.get(GoalOutcome.name == "Partially Achieved").id
    plain = GoalInput(
        provider_id=choices.session.provider.id,
        date_set=DATE_SET,
        classification_id=choices.classification.id,
        goal_type_id=choices.goal_type_ids[0],
        status_id=status_open,
    )
    closed = replace(
        plain,
        status_id=status_closed,
        outcome_id=partial,
        percent_complete=50,
        date_closed=DATE_SET + timedelta(days=30),
    )
    base = draw(st.sampled_from([plain, closed]))
    strategies = {
        "provider_id": choices.id_or_any([choices.session.provider.id]),
        "date_set": OPTIONAL_DATE,
        "classification_id": choices.id_or_any([choices.classification.id]),
        "goal_type_id": choices.id_or_any(choices.goal_type_ids),
        "status_id": choices.id_or_any(choices.status_ids),
        "member_ids": st.lists(st.one_of(st.just(choices.client.id), ANY_INTEGER), max_size=3),
        "case_manager_id": choices.id_or_any([choices.assignment.id]),
        "description": HOSTILE_TEXT,
        "target_date": OPTIONAL_DATE,
        "outcome_id": choices.id_or_any(choices.outcome_ids),
        "percent_complete": st.one_of(st.none(), st.sampled_from(range(0, 101, 10)), ANY_INTEGER),
        "date_closed": OPTIONAL_DATE,
    }
    data = changed_fields(draw, base, strategies)
    data.follow_up = choices.follow_up(draw)
    return data


def plain_goal(choices: Choices) -> Goal:
    return goals.create_goal(
        choices.session,
        choices.client.id,
        GoalInput(
            provider_id=choices.session.provider.id,
            date_set=DATE_SET,
            classification_id=choices.classification.id,
            goal_type_id=choices.goal_type_ids[0],
            status_id=GoalStatus.get(GoalStatus.name == "In Progress").id,
        ),
    )


def check_surrogates_rejected(error: ValidationError, texts: dict[str, str]) -> None:
    for name, text in texts.items():
        if is_unstorable(text):
            assert name in error.field_errors, name


@pytest.mark.parametrize("operation", ["create", "update"])
@settings(HOSTILE_SETTINGS, max_examples=MAX_EXAMPLES)
@given(data=st.data())
def test_goal_hostile_fields(admin_session, operation, data):
    with rolled_back():
        choices = Choices(admin_session)
        goal_input = draw_goal_input(data.draw, choices)
        client_id = choices.client.id
        try:
            if operation == "create":
                saved = goals.create_goal(admin_session, client_id, goal_input)
            else:
                existing = plain_goal(choices)
                saved = goals.update_goal(
                    admin_session, existing.id, goal_input, expected_version=existing.version
                )
        except ValidationError as error:
            check_field_errors(error, GOAL_ERROR_KEYS)
            check_surrogates_rejected(
                error,
                {
                    "description": goal_input.description,
                    "followup_notes": goal_input.follow_up.followup_notes,
                },
            )
            return

        cleaned = goals.validate(admin_session, client_id, goal_input, goal_id=saved.id)
        assert GoalInput.from_goal(Goal.get_by_id(saved.id)) == cleaned
        assert Goal.get_by_id(saved.id).description == goal_input.description


@pytest.mark.parametrize("operation", ["create", "update"])
@settings(HOSTILE_SETTINGS, max_examples=MAX_EXAMPLES)
@given(data=st.data())
def test_action_step_hostile_fields(admin_session, operation, data):
    with rolled_back():
        choices = Choices(admin_session)
        goal = plain_goal(choices)
        closed = GoalStatus.get(GoalStatus.name == "Closed").id
        plain = ActionStepInput(
            description="Call the housing authority",
            provider_id=admin_session.provider.id,
            date_set=DATE_SET,
            status_id=GoalStatus.get(GoalStatus.name == "In Progress").id,
        )
        closed_step = replace(
            plain,
            status_id=closed,
            outcome_id=choices.outcome_ids[0],
            date_closed=DATE_SET + timedelta(days=3),
        )
        strategies = {
            "description": HOSTILE_TEXT,
            "provider_id": choices.id_or_any([admin_session.provider.id]),
            "date_set": OPTIONAL_DATE,
            "status_id": choices.id_or_any(choices.status_ids),
            "member_ids": st.lists(st.one_of(st.just(choices.client.id), ANY_INTEGER), max_size=3),
            "target_date": OPTIONAL_DATE,
            "outcome_id": choices.id_or_any(choices.outcome_ids),
            "date_closed": OPTIONAL_DATE,
        }
        step_input = changed_fields(
            data.draw, data.draw(st.sampled_from([plain, closed_step])), strategies
        )
        step_input.follow_up = choices.follow_up(data.draw)
        try:
            if operation == "create":
                saved = action_steps.create_step(admin_session, goal.id, step_input)
            else:
                existing = action_steps.create_step(admin_session, goal.id, plain)
                saved = action_steps.update_step(
                    admin_session, existing.id, step_input, expected_version=existing.version
                )
        except ValidationError as error:
            check_field_errors(error, STEP_ERROR_KEYS)
            check_surrogates_rejected(
                error,
                {
                    "description": step_input.description,
                    "followup_notes": step_input.follow_up.followup_notes,
                },
            )
            return

        cleaned = action_steps.validate(admin_session, goal.id, step_input)
        stored = ActionStep.get_by_id(saved.id)
        assert ActionStepInput.from_step(stored) == cleaned
        assert stored.description == step_input.description


@pytest.mark.parametrize("operation", ["create", "update"])
@settings(HOSTILE_SETTINGS, max_examples=MAX_EXAMPLES)
@given(data=st.data())
def test_service_item_hostile_fields(admin_session, operation, data):
    with rolled_back():
        choices = Choices(admin_session)
        goal = plain_goal(choices)
        plain = ServiceItemInput(
            service_type_id=choices.service_type_ids[0],
            provider_id=admin_session.provider.id,
            start_date=DATE_SET,
            units=Decimal("2"),
            unit_type="nights",
            amount=Decimal("40.50"),
            notes="Two nights at the shelter.",
        )
        strategies = {
            "service_type_id": choices.id_or_any(choices.service_type_ids),
            "provider_id": choices.id_or_any([admin_session.provider.id]),
            "start_date": OPTIONAL_DATE,
            "end_date": OPTIONAL_DATE,
            "units": st.one_of(st.none(), ANY_DECIMAL),
            "unit_type": HOSTILE_TEXT,
            "amount": st.one_of(st.none(), ANY_DECIMAL),
            "notes": HOSTILE_TEXT,
        }
        assert set(strategies) == {field.name for field in fields(ServiceItemInput)}
        item_input = changed_fields(data.draw, plain, strategies)
        try:
            if operation == "create":
                saved = service_items.create_service_item(admin_session, goal.id, item_input)
            else:
                existing = service_items.create_service_item(admin_session, goal.id, plain)
                saved = service_items.update_service_item(
                    admin_session, existing.id, item_input, expected_version=existing.version
                )
        except ValidationError as error:
            check_field_errors(error, SERVICE_ITEM_ERROR_KEYS)
            check_surrogates_rejected(
                error, {"unit_type": item_input.unit_type, "notes": item_input.notes}
            )
            return

        cleaned = service_items.validate(admin_session, item_input)
        stored = ServiceTransaction.get_by_id(saved.id)
        assert ServiceItemInput.from_item(stored) == cleaned
        assert stored.notes == item_input.notes


@pytest.mark.parametrize(
    ("kind", "field"),
    [
        ("goal", "description"),
        ("goal", "followup_notes"),
        ("step", "description"),
        ("step", "followup_notes"),
        ("item", "unit_type"),
        ("item", "notes"),
    ],
)
def test_lone_surrogate_rejected(admin_session, kind, field):
    choices = Choices(admin_session)
    text = "Split emoji \ud83d here"
    goal_input = GoalInput(
        provider_id=admin_session.provider.id,
        date_set=DATE_SET,
        classification_id=choices.classification.id,
        goal_type_id=choices.goal_type_ids[0],
        status_id=GoalStatus.get(GoalStatus.name == "In Progress").id,
    )
    with pytest.raises(ValidationError) as raised:
        if kind == "goal":
            if field == "followup_notes":
                goal_input.follow_up = FollowUpInput(followup_notes=text)
            else:
                goal_input.description = text
            goals.create_goal(admin_session, choices.client.id, goal_input)
        elif kind == "step":
            step_input = ActionStepInput("Call", admin_session.provider.id, DATE_SET, None)
            step_input.status_id = goal_input.status_id
            if field == "followup_notes":
                step_input.follow_up = FollowUpInput(followup_notes=text)
            else:
                step_input.description = text
            action_steps.create_step(admin_session, plain_goal(choices).id, step_input)
        else:
            item_input = ServiceItemInput(
                choices.service_type_ids[0], admin_session.provider.id, DATE_SET
            )
            setattr(item_input, field, text)
            service_items.create_service_item(admin_session, plain_goal(choices).id, item_input)

    assert list(raised.value.field_errors) == [field]
    assert "U+D83D" in raised.value.field_errors[field]


@pytest.mark.parametrize(
    "value",
    [Decimal("0." + "1" * 500), Decimal("1" * 500 + ".001"), Decimal("-" + "9" * 600)],
)
def test_long_number_message_short(admin_session, value):
    data = ServiceItemInput(None, admin_session.provider.id, DATE_SET, units=value, amount=value)

    with pytest.raises(ValidationError) as raised:
        service_items.validate(admin_session, data)

    check_field_errors(raised.value, SERVICE_ITEM_ERROR_KEYS)
    assert len(raised.value.field_errors["units"]) < 100
    assert len(raised.value.field_errors["amount"]) < 100
