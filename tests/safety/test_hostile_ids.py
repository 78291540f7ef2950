"""Record IDs of any size, SQLite's 64-bit range and beyond, through the service lookups."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import example, given, settings

from casepoint_desktop.data.case_plan_models import (
    ActionStep,
    CaseManagerAssignment,
    Goal,
    ServiceTransaction,
)
from casepoint_desktop.data.models import Client, ClientNote
from casepoint_desktop.services import (
    action_steps,
    case_managers,
    clients,
    goals,
    notes,
    service_items,
)
from casepoint_desktop.services.action_steps import ActionStepInput
from casepoint_desktop.services.case_managers import AssignmentInput
from casepoint_desktop.services.clients import ClientInput
from casepoint_desktop.services.errors import NotFound
from casepoint_desktop.services.goals import GoalInput
from casepoint_desktop.services.service_items import ServiceItemInput
from tests.safety.hostile import ANY_INTEGER, HOSTILE_SETTINGS, rolled_back

DAY = date(2026, 2, 1)


def lookups(session, record_id: int) -> dict[str, object]:
    """Return a call per service operation that looks `record_id` up, by a readable name."""
    provider_id = session.provider.id
    return {
        "get_client": lambda: clients.get_client(record_id),
        "update_client": lambda: clients.update_client(
            session, record_id, ClientInput("Ana", "Lopez"), expected_version=1
        ),
        "delete_client": lambda: clients.delete_client(session, record_id, expected_version=1),
        "update_note": lambda: notes.update_note(
            session, record_id, DAY, "Called.", expected_version=1
        ),
        "delete_note": lambda: notes.delete_note(session, record_id, expected_version=1),
        "create_assignment": lambda: case_managers.create_assignment(
            session, record_id, AssignmentInput(session.user.id, provider_id, DAY)
        ),
        "update_assignment": lambda: case_managers.update_assignment(
            session,
            record_id,
            AssignmentInput(session.user.id, provider_id, DAY),
            expected_version=1,
        ),
        "delete_assignment": lambda: case_managers.delete_assignment(
            session, record_id, expected_version=1
        ),
        "create_goal": lambda: goals.create_goal(
            session, record_id, GoalInput(provider_id, DAY, None, None, None)
        ),
        "delete_goal": lambda: goals.delete_goal(session, record_id, expected_version=1),
        "create_step": lambda: action_steps.create_step(
            session, record_id, ActionStepInput("Call.", provider_id, DAY, None)
        ),
        "delete_step": lambda: action_steps.delete_step(session, record_id, expected_version=1),
        "create_service_item": lambda: service_items.create_service_item(
            session, record_id, ServiceItemInput(None, provider_id, DAY)
        ),
        "delete_service_item": lambda: service_items.delete_service_item(
            session, record_id, expected_version=1
        ),
    }


@settings(HOSTILE_SETTINGS, max_examples=50)
@given(record_id=ANY_INTEGER)
@example(record_id=2**63)
@example(record_id=-(2**63) - 1)
@example(record_id=10**30)
def test_any_record_id_not_found(admin_session, record_id):
    with rolled_back():
        for model in (ServiceTransaction, ActionStep, Goal, CaseManagerAssignment, ClientNote):
            model.delete().execute()
        Client.delete().execute()
        for name, call in lookups(admin_session, record_id).items():
            try:
                call()
            except NotFound:
                continue
            pytest.fail(f"{name} found a record with ID {record_id} in an empty database")
