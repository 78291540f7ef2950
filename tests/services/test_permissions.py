"""The permission table: each role × each service operation × own and other provider.

Records are made for two providers, North (every test user's home provider) and South. An
operation on a South record must be rejected for everyone, because no test user works for
South. An operation on a North record depends on the role only. Reads and prints are
allowed to every role, writes to every role but Read-only, and administration to
administrators only. Deleting a client takes every provider's records with it, so only
supervisors and administrators may do it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from casepoint_desktop.data.case_plan_models import (
    ActionStep,
    Attachment,
    AttachmentPart,
    CaseManagerAssignment,
    CaseNote,
    Goal,
    ServiceTransaction,
)
from casepoint_desktop.data.database import db
from casepoint_desktop.data.lists import (
    GoalClassification,
    GoalStatus,
    GoalType,
    ServiceType,
)
from casepoint_desktop.data.models import Client, ClientNote, Provider, User
from casepoint_desktop.printing.options import (
    CasePlanOptions,
    ClientNotesOptions,
    GoalDetailsOptions,
)
from casepoint_desktop.services import (
    action_steps,
    agency,
    attachments,
    audit_log,
    backups,
    case_managers,
    case_notes,
    clients,
    goals,
    notes,
    printouts,
    service_items,
    users,
)
from casepoint_desktop.services.action_steps import ActionStepInput
from casepoint_desktop.services.case_managers import AssignmentInput
from casepoint_desktop.services.case_notes import CaseNoteInput
from casepoint_desktop.services.clients import ClientInput
from casepoint_desktop.services.errors import PermissionDenied, ValidationError
from casepoint_desktop.services.goals import GoalInput
from casepoint_desktop.services.service_items import ServiceItemInput
from casepoint_desktop.services.session import Role, Session
from tests.conftest import make_user

TODAY = date.today()
ROLES = list(Role)
WRITERS = {Role.ADMINISTRATOR, Role.SUPERVISOR, Role.CASE_MANAGER}


@dataclass
class World:
    """Two providers' records on one client, and where to write files."""

    client: Client
    north: Provider
    south: Provider
    records: dict[str, dict[str, object]]
    folder: Path


def _records_for(provider: Provider, client: Client, user: User) -> dict[str, object]:
    classification = GoalClassification.get(GoalClassification.name == "Housing")
    status = GoalStatus.get(GoalStatus.name == "In Progress")
    goal = Goal.create(
        client=client,
        provider=provider,
        date_set=TODAY,
        classification=classification,
        goal_type=GoalType.get(GoalType.classification == classification),
        status=status,
    )
    attachment = Attachment.create(
        client=client,
        goal=goal,
        added_from="goal",
        file_name="scan.pdf",
        size_bytes=4,
        sha256="88d4266fd4e6338d13b845fcf289579d209c897823b9217da3e161936f031589",
        storage_key=f"key-{provider.id}",
        media_type="application/pdf",
        provider=provider,
        added_by=user,
    )
    AttachmentPart.create(attachment=attachment, part=0, data=b"abcd")
    return {
        "goal": goal,
        "client_note": ClientNote.create(
            client=client, provider=provider, author=user, note_date=TODAY, text="Note."
        ),
        "assignment": CaseManagerAssignment.create(
            client=client, user=user, provider=provider, start_date=TODAY
        ),
        "case_note": CaseNote.create(
            goal=goal, provider=provider, author=user, note_date=TODAY, text="Visit."
        ),
        "step": ActionStep.create(
            goal=goal, description="Call", provider=provider, date_set=TODAY, status=status
        ),
        "service": ServiceTransaction.create(
            client=client,
            goal=goal,
            provider=provider,
            service_type=ServiceType.select().first(),
            start_date=TODAY,
        ),
        "attachment": attachment,
    }


@pytest.fixture
def world(admin_session, tmp_path) -> World:
    north = admin_session.provider
    south = Provider.create(name="South")
    client = clients.create_client(admin_session, ClientInput("Ana", "Lopez"))
    south_user = make_user("south.worker", Role.CASE_MANAGER, south)
    records = {
        "north": _records_for(north, client, admin_session.user),
        "south": _records_for(south, client, south_user),
    }
    return World(client, north, south, records, tmp_path)


def session_for(role: Role, world: World) -> Session:
    user = User.get_or_none(User.username == f"user.{role.value}")
    user = user or make_user(f"user.{role.value}", role, world.north)
    return Session(user, world.north)


def goal_input(goal: Goal) -> GoalInput:
    data = GoalInput.from_goal(goal)
    data.description = "Changed"
    return data


def step_input(step: ActionStep) -> ActionStepInput:
    return ActionStepInput(
        description="Changed",
        provider_id=step.provider_id,
        date_set=TODAY,
        status_id=step.status_id,
    )


def service_input(item: ServiceTransaction) -> ServiceItemInput:
    return ServiceItemInput(
        service_type_id=item.service_type_id,
        provider_id=item.provider_id,
        start_date=TODAY,
        units=Decimal("1.00"),
    )


def assignment_input(assignment: CaseManagerAssignment) -> AssignmentInput:
    return AssignmentInput(
        user_id=assignment.user_id, provider_id=assignment.provider_id, start_date=TODAY
    )


def attachment_source(world: World) -> Path:
    path = world.folder / "new.pdf"
    path.write_bytes(b"%PDF-1.4 new")
    return path


Operation = Callable[[Session, World, dict[str, object]], object]

# name → (kind, operation). Kind "read" is open to every role, "write" to writers,
# "admin" to administrators, "supervise" to supervisors and administrators. Operations on
# `records` act on records of one provider; "client" operations act on the shared client.
OPERATIONS: dict[str, tuple[str, Operation]] = {
    "update client note": (
        "write",
        lambda s, w, r: notes.update_note(
            s, r["client_note"].id, TODAY, "x", expected_version=r["client_note"].version
        ),
    ),
    "delete client note": (
        "write",
        lambda s, w, r: notes.delete_note(
            s, r["client_note"].id, expected_version=r["client_note"].version
        ),
    ),
    "create assignment": (
        "write",
        lambda s, w, r: case_managers.create_assignment(
            s, w.client.id, assignment_input(r["assignment"])
        ),
    ),
    "update assignment": (
        "write",
        lambda s, w, r: case_managers.update_assignment(
            s,
            r["assignment"].id,
            assignment_input(r["assignment"]),
            expected_version=r["assignment"].version,
        ),
    ),
    "create goal": (
        "write",
        lambda s, w, r: goals.create_goal(s, w.client.id, goal_input(r["goal"])),
    ),
    "update goal": (
        "write",
        lambda s, w, r: goals.update_goal(
            s, r["goal"].id, goal_input(r["goal"]), expected_version=r["goal"].version
        ),
    ),
    "delete goal": (
        "write",
        lambda s, w, r: goals.delete_goal(s, r["goal"].id, expected_version=r["goal"].version),
    ),
    "create case note": (
        "write",
        lambda s, w, r: case_notes.create_case_note(
            s, r["goal"].id, CaseNoteInput(r["goal"].provider_id, TODAY, "New.")
        ),
    ),
    "update case note": (
        "write",
        lambda s, w, r: case_notes.update_case_note(
            s,
            r["case_note"].id,
            CaseNoteInput(r["case_note"].provider_id, TODAY, "Changed."),
            expected_version=r["case_note"].version,
        ),
    ),
    "delete case note": (
        "write",
        lambda s, w, r: case_notes.delete_case_note(
            s, r["case_note"].id, expected_version=r["case_note"].version
        ),
    ),
    "create action step": (
        "write",
        lambda s, w, r: action_steps.create_step(s, r["goal"].id, step_input(r["step"])),
    ),
    "update action step": (
        "write",
        lambda s, w, r: action_steps.update_step(
            s, r["step"].id, step_input(r["step"]), expected_version=r["step"].version
        ),
    ),
    "delete action step": (
        "write",
        lambda s, w, r: action_steps.delete_step(
            s, r["step"].id, expected_version=r["step"].version
        ),
    ),
    "create service item": (
        "write",
        lambda s, w, r: service_items.create_service_item(
            s, r["goal"].id, service_input(r["service"])
        ),
    ),
    "update service item": (
        "write",
        lambda s, w, r: service_items.update_service_item(
            s, r["service"].id, service_input(r["service"]), expected_version=r["service"].version
        ),
    ),
    "delete service item": (
        "write",
        lambda s, w, r: service_items.delete_service_item(
            s, r["service"].id, expected_version=r["service"].version
        ),
    ),
    "attach file to goal": (
        "write",
        lambda s, w, r: attachments.add_attachment(
            s, attachments.AttachmentOwner.of_goal(r["goal"].id), attachment_source(w)
        ),
    ),
    "change attachment": (
        "write",
        lambda s, w, r: attachments.update_attachment(s, r["attachment"].id, "Changed", False),
    ),
    "delete attachment": (
        "write",
        lambda s, w, r: attachments.delete_attachment(s, r["attachment"].id),
    ),
    "view attachment": ("read", lambda s, w, r: attachments.read_content(s, r["attachment"].id)),
    "print goal": (
        "read",
        lambda s, w, r: printouts.collect_goal_details(s, GoalDetailsOptions(r["goal"].id)),
    ),
}

CLIENT_OPERATIONS: dict[str, tuple[str, Operation]] = {
    "create client": ("write", lambda s, w, r: clients.create_client(s, ClientInput("Ben", "Ng"))),
    "update client": (
        "write",
        lambda s, w, r: clients.update_client(
            s, w.client.id, ClientInput("Ana", "Lopez-Diaz"), expected_version=w.client.version
        ),
    ),
    "delete client": (
        "supervise",
        lambda s, w, r: clients.delete_client(s, w.client.id, expected_version=w.client.version),
    ),
    "view client": ("read", lambda s, w, r: clients.open_client(s, w.client.id)),
    "create client note": (
        "write",
        lambda s, w, r: notes.create_note(s, w.client, TODAY, "New note."),
    ),
    "attach file to client": (
        "write",
        lambda s, w, r: attachments.add_attachment(
            s, attachments.AttachmentOwner.of_client(w.client.id), attachment_source(w)
        ),
    ),
    "print case plan": (
        "read",
        lambda s, w, r: printouts.collect_case_plan(s, CasePlanOptions(w.client.id)),
    ),
    "print client notes": (
        "read",
        lambda s, w, r: printouts.collect_client_notes(s, ClientNotesOptions(w.client.id)),
    ),
    "list users": ("admin", lambda s, w, r: users.list_users(s)),
    "add provider": ("admin", lambda s, w, r: users.create_provider(s, "East")),
    "change settings": (
        "admin",
        lambda s, w, r: agency.update_settings(
            s, agency.SettingsInput.from_settings(agency.get_settings())
        ),
    ),
    "add list entry": ("admin", lambda s, w, r: agency.add_entry(s, "service_type", "Bus pass")),
    "search audit log": ("admin", lambda s, w, r: audit_log.search(s, audit_log.AuditFilter())),
}

ALLOWED = {
    "read": set(ROLES),
    "write": WRITERS,
    "supervise": {Role.ADMINISTRATOR, Role.SUPERVISOR},
    "admin": {Role.ADMINISTRATOR},
}


def check_roles(world: World, name: str, kind: str, operation: Operation, owner: str) -> None:
    """Run the operation as each role, each time rolled back, and check who is rejected."""
    for role in ROLES:
        session = session_for(role, world)
        # Reads of an open attachment or a printout are allowed whatever the record's
        # provider.
        allowed = role in ALLOWED[kind] and (owner == "north" or kind == "read")
        with db.atomic() as transaction:
            if allowed:
                operation(session, world, world.records[owner])
            elif kind == "write" and role in WRITERS and name.startswith("create"):
                # A new record for South is rejected at its provider field.
                with pytest.raises(ValidationError) as raised:
                    operation(session, world, world.records[owner])
                assert "provider" in raised.value.field_errors, role
            else:
                with pytest.raises(PermissionDenied):
                    operation(session, world, world.records[owner])
            transaction.rollback()


@pytest.mark.parametrize("name", sorted(OPERATIONS))
@pytest.mark.parametrize("owner", ["north", "south"])
def test_provider_record_operation(world, name, owner):
    kind, operation = OPERATIONS[name]

    check_roles(world, name, kind, operation, owner)


@pytest.mark.parametrize("name", sorted(CLIENT_OPERATIONS))
def test_client_and_agency_operation(world, name):
    kind, operation = CLIENT_OPERATIONS[name]

    check_roles(world, name, kind, operation, "north")


@pytest.mark.sqlite_only
def test_only_administrators_back_up(world):
    # Outside check_roles: an online backup cannot run inside an open write transaction.
    for role in ROLES:
        session = session_for(role, world)
        if role is Role.ADMINISTRATOR:
            backups.back_up(world.folder / "copy.db", session)
        else:
            with pytest.raises(PermissionDenied):
                backups.back_up(world.folder / "copy.db", session)
