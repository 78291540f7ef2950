"""Tests of the agency settings and the editable lists."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest

from casepoint_desktop.data.case_plan_models import Goal
from casepoint_desktop.data.lists import GoalClassification, GoalStatus, GoalType
from casepoint_desktop.data.models import AgencySettings, AuditEntry
from casepoint_desktop.services import agency, clients
from casepoint_desktop.services.agency import SettingsInput
from casepoint_desktop.services.clients import ClientInput
from casepoint_desktop.services.errors import PermissionDenied, ValidationError
from casepoint_desktop.services.session import Role, Session
from tests.conftest import make_user


def errors_of(call) -> dict[str, str]:
    with pytest.raises(ValidationError) as raised:
        call()
    return raised.value.field_errors


def current_settings() -> SettingsInput:
    return SettingsInput.from_settings(agency.get_settings())


def test_update_settings_records_changes(admin_session):
    changed = replace(current_settings(), paper_size="a4", idle_lock_minutes=5)

    agency.update_settings(admin_session, changed)

    settings = AgencySettings.get()
    assert (settings.paper_size, settings.idle_lock_minutes) == ("a4", 5)
    entry = AuditEntry.get(AuditEntry.record_type == "agency_settings")
    assert json.loads(entry.changes) == {
        "paper_size": ["letter", "a4"],
        "idle_lock_minutes": [15, 5],
    }


def test_settings_out_of_range_rejected(admin_session):
    bad = replace(
        current_settings(),
        name=" ",
        paper_size="legal",
        lockout_attempts=0,
        password_min_length=4,
        attachment_max_mb=True,
    )

    errors = errors_of(lambda: agency.update_settings(admin_session, bad))

    assert errors == {
        "name": "The agency name is required.",
        "paper_size": "Choose Letter or A4 paper.",
        "lockout_attempts": "The failed attempts before a lock-out must be a whole number "
        "from 1 to 100.",
        "attachment_max_mb": "The attachment size limit in MB must be a whole number from 1 "
        "to 1024.",
        "password_min_length": "The minimum password length must be a whole number from 8 to 128.",
    }
    assert AgencySettings.get().lockout_attempts == 5


def test_only_administrators_change_settings_and_lists(admin_session):
    supervisor = make_user("sam", Role.SUPERVISOR)
    session = Session(supervisor, supervisor.home_provider)

    with pytest.raises(PermissionDenied):
        agency.update_settings(session, current_settings())
    with pytest.raises(PermissionDenied):
        agency.add_entry(session, "service_type", "Bus pass")


@pytest.mark.parametrize("key", sorted(agency.LIST_KINDS))
def test_add_rename_retire_and_delete_unused_entry(admin_session, key):
    classification_id = GoalClassification.select().first().id if key == "goal_type" else None

    entry = agency.add_entry(admin_session, key, "  New   entry ", classification_id)
    assert entry.name == "New entry"
    assert agency.list_entries(key, classification_id)[-1].id == entry.id

    agency.rename_entry(admin_session, key, entry.id, "Renamed entry")
    agency.set_retired(admin_session, key, entry.id, True)
    stored = agency.list_kind(key).model.get_by_id(entry.id)
    assert (stored.name, stored.retired) == ("Renamed entry", True)

    agency.delete_entry(admin_session, key, entry.id)
    assert agency.list_kind(key).model.get_or_none(id=entry.id) is None
    actions = [row.action for row in AuditEntry.select().where(AuditEntry.record_type == key)]
    assert actions == ["create", "update", "update", "delete"]


def test_entry_in_use_can_be_retired_not_deleted(admin_session):
    client = clients.create_client(admin_session, ClientInput("Ana", "Lopez"))
    status = GoalStatus.get(GoalStatus.name == "In Progress")
    classification = GoalClassification.get(GoalClassification.name == "Housing")
    Goal.create(
        client=client,
        provider=admin_session.provider,
        date_set=date.today(),
        classification=classification,
        goal_type=GoalType.get(GoalType.classification == classification),
        status=status,
    )

    errors = errors_of(lambda: agency.delete_entry(admin_session, "goal_status", status.id))
    agency.set_retired(admin_session, "goal_status", status.id, True)

    assert errors["entry"].startswith("“In Progress” is used by 1 records")
    assert "Retire it instead" in errors["entry"]
    assert GoalStatus.get_by_id(status.id).retired
    assert Goal.select().first().status_id == status.id


def test_duplicate_names_rejected_per_list(admin_session):
    housing = GoalClassification.get(GoalClassification.name == "Housing")
    existing = GoalType.get(GoalType.classification == housing)
    other = GoalClassification.select().where(GoalClassification.id != housing.id).first()

    errors = errors_of(
        lambda: agency.add_entry(admin_session, "goal_type", existing.name.upper(), housing.id)
    )
    added = agency.add_entry(admin_session, "goal_type", existing.name, other.id)

    assert errors == {"name": f"“{existing.name.upper()}” is already in the list."}
    assert added.classification_id == other.id


def test_goal_type_needs_classification(admin_session):
    errors = errors_of(lambda: agency.add_entry(admin_session, "goal_type", "Savings"))

    assert errors == {"classification_id": "Choose the classification first."}


def test_move_entry_changes_order(admin_session):
    first, second = agency.list_entries("goal_outcome")[:2]

    agency.move_entry(admin_session, "goal_outcome", second.id, -1)

    assert [entry.id for entry in agency.list_entries("goal_outcome")[:2]] == [second.id, first.id]


def test_outcome_flags_kept(admin_session):
    entry = agency.add_entry(admin_session, "goal_outcome", "Mostly done", is_partial=True)

    assert entry.is_partial and not entry.is_achieved
