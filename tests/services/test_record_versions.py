"""Optimistic concurrency: saves and deletes pass the version the user loaded.

Every test runs through the `db` fixture, so on SQLite and, where the suite is pointed at a
server, on PostgreSQL.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from casepoint_desktop.data.case_plan_models import (
    ActionStep,
    CaseManagerAssignment,
    CaseNote,
    Goal,
    ServiceTransaction,
)
from casepoint_desktop.data.database import db
from casepoint_desktop.data.fields import utc_now
from casepoint_desktop.data.lists import GoalClassification, GoalStatus, GoalType, ServiceType
from casepoint_desktop.data.models import AuditEntry, BaseModel, Client, ClientNote
from casepoint_desktop.services import (
    action_steps,
    case_managers,
    case_notes,
    clients,
    goals,
    notes,
    record_versions,
    service_items,
)
from casepoint_desktop.services.action_steps import ActionStepInput
from casepoint_desktop.services.case_managers import AssignmentInput
from casepoint_desktop.services.case_notes import CaseNoteInput
from casepoint_desktop.services.clients import ClientInput
from casepoint_desktop.services.errors import NotFound, RecordChanged
from casepoint_desktop.services.goals import GoalInput
from casepoint_desktop.services.service_items import ServiceItemInput
from casepoint_desktop.services.session import Session
from tests.conftest import make_user

DAY = date(2026, 2, 1)


@dataclass(frozen=True)
class Kind:
    """How to create, change and delete one type of versioned record in these tests."""

    model: type[BaseModel]
    record_type: str
    create: Callable[[Session, Client], Any]
    update: Callable[[Session, int, int, str], Any]
    delete: Callable[[Session, int, int], None]
    text_of: Callable[[Any], str]


def _goal_input(session: Session, client_id: int, description: str) -> GoalInput:
    classification = GoalClassification.get(GoalClassification.name == "Housing")
    return GoalInput(
        provider_id=session.provider.id,
        date_set=DAY,
        classification_id=classification.id,
        goal_type_id=GoalType.get(GoalType.classification == classification).id,
        status_id=GoalStatus.get(GoalStatus.name == "In Progress").id,
        member_ids=[client_id],
        description=description,
    )


def _create_goal(session: Session, client: Client) -> Goal:
    return goals.create_goal(session, client.id, _goal_input(session, client.id, "Loaded"))


def _update_goal(session: Session, goal_id: int, version: int, text: str) -> Goal:
    data = GoalInput.from_goal(Goal.get_by_id(goal_id))
    data.description = text
    return goals.update_goal(session, goal_id, data, expected_version=version)


def _step_input(session: Session, text: str) -> ActionStepInput:
    status = GoalStatus.get(GoalStatus.name == "In Progress")
    return ActionStepInput(
        description=text, provider_id=session.provider.id, date_set=DAY, status_id=status.id
    )


def _create_step(session: Session, client: Client) -> ActionStep:
    goal = _create_goal(session, client)
    return action_steps.create_step(session, goal.id, _step_input(session, "Loaded"))


def _note_input(session: Session, text: str) -> CaseNoteInput:
    return CaseNoteInput(provider_id=session.provider.id, note_date=DAY, text=text)


def _create_case_note(session: Session, client: Client) -> CaseNote:
    goal = _create_goal(session, client)
    return case_notes.create_case_note(session, goal.id, _note_input(session, "Loaded"))


def _assignment_input(session: Session, title: str) -> AssignmentInput:
    return AssignmentInput(
        user_id=session.user.id, provider_id=session.provider.id, start_date=DAY, title=title
    )


def _item_input(session: Session, text: str) -> ServiceItemInput:
    return ServiceItemInput(
        service_type_id=ServiceType.select().first().id,
        provider_id=session.provider.id,
        start_date=DAY,
        notes=text,
    )


def _create_item(session: Session, client: Client) -> ServiceTransaction:
    goal = _create_goal(session, client)
    return service_items.create_service_item(session, goal.id, _item_input(session, "Loaded"))


KINDS = {
    "goal": Kind(
        Goal,
        "goal",
        _create_goal,
        _update_goal,
        lambda s, i, v: goals.delete_goal(s, i, expected_version=v),
        lambda record: record.description,
    ),
    "action_step": Kind(
        ActionStep,
        "action_step",
        _create_step,
        lambda s, i, v, text: action_steps.update_step(
            s, i, _step_input(s, text), expected_version=v
        ),
        lambda s, i, v: action_steps.delete_step(s, i, expected_version=v),
        lambda record: record.description,
    ),
    "case_note": Kind(
        CaseNote,
        "case_note",
        _create_case_note,
        lambda s, i, v, text: case_notes.update_case_note(
            s, i, _note_input(s, text), expected_version=v
        ),
        lambda s, i, v: case_notes.delete_case_note(s, i, expected_version=v),
        lambda record: record.text,
    ),
    "client_note": Kind(
        ClientNote,
        "client_note",
        lambda s, client: notes.create_note(s, client, DAY, "Loaded"),
        lambda s, i, v, text: notes.update_note(s, i, DAY, text, expected_version=v),
        lambda s, i, v: notes.delete_note(s, i, expected_version=v),
        lambda record: record.text,
    ),
    "case_manager_assignment": Kind(
        CaseManagerAssignment,
        "case_manager_assignment",
        lambda s, client: case_managers.create_assignment(
            s, client.id, _assignment_input(s, "Loaded")
        ),
        lambda s, i, v, text: case_managers.update_assignment(
            s, i, _assignment_input(s, text), expected_version=v
        ),
        lambda s, i, v: case_managers.delete_assignment(s, i, expected_version=v),
        lambda record: record.title,
    ),
    "service_transaction": Kind(
        ServiceTransaction,
        "service_transaction",
        _create_item,
        lambda s, i, v, text: service_items.update_service_item(
            s, i, _item_input(s, text), expected_version=v
        ),
        lambda s, i, v: service_items.delete_service_item(s, i, expected_version=v),
        lambda record: record.notes,
    ),
    "client": Kind(
        Client,
        "client",
        lambda s, client: clients.create_client(s, ClientInput("Luis", "Lopez", alias="Loaded")),
        lambda s, i, v, text: clients.update_client(
            s, i, ClientInput("Luis", "Lopez", alias=text), expected_version=v
        ),
        lambda s, i, v: clients.delete_client(s, i, expected_version=v),
        lambda record: record.alias,
    ),
}


@pytest.fixture
def client(admin_session) -> Client:
    return clients.create_client(admin_session, ClientInput("Ana", "Lopez"))


@pytest.fixture
def colleague(admin_session) -> Session:
    """A second user of the same provider, on another PC: Bea Tester."""
    return Session(make_user("bea"), admin_session.provider)


@pytest.fixture(params=sorted(KINDS))
def kind(request) -> Kind:
    return KINDS[request.param]


def stored(kind: Kind, record_id: int) -> Any:
    return kind.model.get_by_id(record_id)


def entries(kind: Kind, record_id: int, action: str) -> list[AuditEntry]:
    return list(
        AuditEntry.select().where(
            (AuditEntry.record_type == kind.record_type)
            & (AuditEntry.record_id == record_id)
            & (AuditEntry.action == action)
        )
    )


# Each type of record


def test_fresh_version_saves(admin_session, client, kind):
    record = kind.create(admin_session, client)
    assert record.version == 1

    saved = kind.update(admin_session, record.id, 1, "Changed")

    assert saved.version == 2
    assert kind.text_of(saved) == "Changed"
    assert stored(kind, record.id).version == 2
    assert len(entries(kind, record.id, "update")) == 1


def test_stale_version_rejected(admin_session, colleague, client, kind):
    record = kind.create(admin_session, client)
    kind.update(colleague, record.id, 1, "Bea's change")

    with pytest.raises(RecordChanged) as raised:
        kind.update(admin_session, record.id, 1, "Ada's change")

    error = raised.value
    assert error.record_type == kind.record_type
    assert error.record_id == record.id
    assert error.stored_version == 2
    assert error.changed_by == "Bea Tester"
    assert error.changed_at is not None
    assert str(error).startswith("Bea Tester changed this ")
    after = stored(kind, record.id)
    assert kind.text_of(after) == "Bea's change"
    assert after.version == 2
    assert len(entries(kind, record.id, "update")) == 1


def test_stale_version_carries_stored_values(admin_session, colleague, client, kind):
    record = kind.create(admin_session, client)
    kind.update(colleague, record.id, 1, "Bea's change")

    with pytest.raises(RecordChanged) as raised:
        kind.update(admin_session, record.id, 1, "Ada's change")

    assert "Bea's change" in vars(raised.value.stored).values()


def test_fresh_version_after_conflict_overwrites(admin_session, colleague, client, kind):
    record = kind.create(admin_session, client)
    kind.update(colleague, record.id, 1, "Bea's change")
    with pytest.raises(RecordChanged) as raised:
        kind.update(admin_session, record.id, 1, "Ada's change")

    saved = kind.update(admin_session, record.id, raised.value.stored_version, "Ada's change")

    assert saved.version == 3
    assert kind.text_of(stored(kind, record.id)) == "Ada's change"
    updates = entries(kind, record.id, "update")
    assert len(updates) == 2
    assert "Bea's change" in updates[-1].changes


def test_stale_delete_rejected(admin_session, colleague, client, kind):
    record = kind.create(admin_session, client)
    kind.update(colleague, record.id, 1, "Bea's change")

    with pytest.raises(RecordChanged) as raised:
        kind.delete(admin_session, record.id, 1)

    assert "It was not deleted." in str(raised.value)
    assert kind.model.get_or_none(kind.model.id == record.id) is not None
    assert entries(kind, record.id, "delete") == []


def test_fresh_delete_removes_record(admin_session, client, kind):
    record = kind.create(admin_session, client)

    kind.delete(admin_session, record.id, 1)

    assert kind.model.get_or_none(kind.model.id == record.id) is None
    assert len(entries(kind, record.id, "delete")) == 1


def test_version_moved_between_read_and_write(admin_session, client, kind, monkeypatch):
    """Another PC commits after this save read the row: the conditional UPDATE matches no row."""
    record = kind.create(admin_session, client)
    original_update = record_versions.update_if_unchanged

    def update_after_other_save(model, record_id, expected_version, values):
        model.update(version=model.version + 1).where(model.id == record_id).execute()
        return original_update(model, record_id, expected_version, values)

    monkeypatch.setattr(record_versions, "update_if_unchanged", update_after_other_save)

    with pytest.raises(RecordChanged) as raised:
        kind.update(admin_session, record.id, 1, "Changed")

    assert raised.value.stored_version == 2
    after = stored(kind, record.id)
    assert kind.text_of(after) == "Loaded"
    assert entries(kind, record.id, "update") == []


def test_delete_after_version_moved(admin_session, client, kind, monkeypatch):
    record = kind.create(admin_session, client)
    original_delete = record_versions.delete_if_unchanged

    def delete_after_other_save(model, record_id, expected_version):
        model.update(version=model.version + 1).where(model.id == record_id).execute()
        return original_delete(model, record_id, expected_version)

    monkeypatch.setattr(record_versions, "delete_if_unchanged", delete_after_other_save)

    with pytest.raises(RecordChanged):
        kind.delete(admin_session, record.id, 1)

    assert kind.model.get_or_none(kind.model.id == record.id) is not None
    assert entries(kind, record.id, "delete") == []


# Two users on one goal


def test_two_writers_on_one_goal(admin_session, client):
    """Ada and Bea open the same goal. Ada saves first, so Bea's save raises RecordChanged."""
    bea = Session(make_user("bea"), admin_session.provider)
    goal = _create_goal(admin_session, client)
    ada_loaded = goals.get_goal(goal.id)
    bea_loaded = goals.get_goal(goal.id)
    ada_input = GoalInput.from_goal(ada_loaded)
    ada_input.description = "Ada's plan"
    bea_input = GoalInput.from_goal(bea_loaded)
    bea_input.description = "Bea's plan"

    goals.update_goal(admin_session, goal.id, ada_input, expected_version=ada_loaded.version)
    with pytest.raises(RecordChanged) as raised:
        goals.update_goal(bea, goal.id, bea_input, expected_version=bea_loaded.version)

    clock = raised.value.changed_at.astimezone().strftime("%H:%M")
    assert str(raised.value) == (
        f"Ada Admin changed this goal at {clock} after you opened it. Reload it to see "
        "their changes, or compare them with yours."
    )
    assert raised.value.changed_by == "Ada Admin"
    assert raised.value.stored.description == "Ada's plan"
    assert Goal.get_by_id(goal.id).description == "Ada's plan"
    assert Goal.get_by_id(goal.id).version == 2


def test_same_user_in_another_window(admin_session, client):
    goal = _create_goal(admin_session, client)
    _update_goal(admin_session, goal.id, 1, "First window")

    with pytest.raises(RecordChanged) as raised:
        _update_goal(admin_session, goal.id, 1, "Second window")

    assert str(raised.value).startswith("You changed this goal in another window at ")
    assert "Reload it to see those changes" in str(raised.value)


def test_change_without_audit_entry(admin_session, colleague, client):
    """A change without an audit entry, as an import makes, is not blamed on the last editor."""
    goal = _create_goal(admin_session, client)
    _update_goal(colleague, goal.id, 1, "Bea's change")
    Goal.update(version=Goal.version + 1, updated_at=utc_now()).where(Goal.id == goal.id).execute()

    with pytest.raises(RecordChanged) as raised:
        _update_goal(admin_session, goal.id, 2, "Changed")

    assert str(raised.value).startswith("This goal changed after you opened it.")
    assert raised.value.changed_by is None
    assert raised.value.changed_at is None


def test_unchanged_save_at_stale_version(admin_session, colleague, client):
    """A save that matches what is stored now writes nothing and reports no conflict."""
    goal = _create_goal(admin_session, client)
    _update_goal(colleague, goal.id, 1, "Same text")

    saved = _update_goal(admin_session, goal.id, 1, "Same text")

    assert saved.version == 2
    assert len(entries(KINDS["goal"], goal.id, "update")) == 1


def test_deleted_record_not_found(admin_session, colleague, client):
    goal = _create_goal(admin_session, client)
    data = GoalInput.from_goal(goal)
    data.description = "Changed"
    goals.delete_goal(colleague, goal.id, expected_version=1)

    with pytest.raises(NotFound):
        goals.update_goal(admin_session, goal.id, data, expected_version=1)


def test_change_on_another_day_names_date():
    yesterday = datetime.now(UTC) - timedelta(days=1)
    local = yesterday.astimezone()

    text = record_versions._describe_time(yesterday)

    assert text == f"on {local.date().isoformat()} at {local.strftime('%H:%M')}"


def test_two_connections_race_on_one_goal(admin_session, colleague, client, monkeypatch):
    """Two connections save one goal at once: one save wins, the other raises RecordChanged.

    Ada's save pauses inside its transaction, after reading the goal, while Bea's save runs on
    a connection of its own. On SQLite, Bea's transaction waits for Ada's write lock and then
    reads the new version. On PostgreSQL, whichever conditional UPDATE comes second matches no
    row. Either way exactly one save is written.
    """
    goal = _create_goal(admin_session, client)
    ada_has_read = threading.Event()
    release_ada = threading.Event()
    original_validate = goals.validate

    def validate_then_pause(*args, **kwargs):
        cleaned = original_validate(*args, **kwargs)
        if threading.current_thread().name == "ada":
            ada_has_read.set()
            release_ada.wait(timeout=30)
        return cleaned

    monkeypatch.setattr(goals, "validate", validate_then_pause)
    outcomes: dict[str, object] = {}

    def save(session: Session, name: str) -> None:
        data = GoalInput.from_goal(goal)
        data.description = f"{name}'s plan"
        try:
            goals.update_goal(session, goal.id, data, expected_version=1)
            outcomes[name] = "saved"
        except RecordChanged as error:
            outcomes[name] = error
        finally:
            db.close()

    ada = threading.Thread(target=save, args=(admin_session, "Ada"), name="ada")
    bea = threading.Thread(target=save, args=(colleague, "Bea"), name="bea")
    ada.start()
    assert ada_has_read.wait(timeout=30)
    bea.start()
    release_ada.set()
    ada.join(timeout=60)
    bea.join(timeout=60)

    winners = [name for name, outcome in outcomes.items() if outcome == "saved"]
    losers = [outcome for outcome in outcomes.values() if isinstance(outcome, RecordChanged)]
    assert len(winners) == 1
    assert len(losers) == 1
    winner_full_name = {"Ada": "Ada Admin", "Bea": "Bea Tester"}[winners[0]]
    assert losers[0].changed_by == winner_full_name
    assert str(losers[0]).startswith(f"{winner_full_name} changed this goal at ")
    stored_goal = Goal.get_by_id(goal.id)
    assert stored_goal.description == f"{winners[0]}'s plan"
    assert stored_goal.version == 2
    assert len(entries(KINDS["goal"], goal.id, "update")) == 1
