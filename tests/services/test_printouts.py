"""Tests of the printout service: option validation, what each option prints, and audit."""

from __future__ import annotations

import io
import json
import time
from datetime import date

import pytest
from pypdf import PdfReader

from casepoint_desktop.data.case_plan_models import GoalMember
from casepoint_desktop.data.models import AgencySettings, AuditEntry, Provider
from casepoint_desktop.printing.options import (
    CasePlanOptions,
    ClientNotesOptions,
    DateRange,
    GoalDetailsOptions,
)
from casepoint_desktop.services import printouts
from casepoint_desktop.services.errors import NotFound, PermissionDenied, ValidationError
from casepoint_desktop.services.session import Role, Session
from tests.conftest import make_user
from tests.printing.helpers import (
    NAMES,
    add_action_step,
    add_case_note,
    add_client_note,
    add_service_item,
    make_assignment,
    make_client,
    make_goal,
    make_large_case_plan,
    pdf_text,
)

JANUARY = DateRange(date(2026, 1, 1), date(2026, 1, 31))


@pytest.fixture
def uptown(admin_session) -> Provider:
    return Provider.create(name="Uptown Clinic")


@pytest.fixture
def client(admin_session):
    return make_client(admin_session, "Ana", "Lopez", date(1990, 4, 5))


@pytest.fixture
def plan(admin_session, client, uptown):
    """Two open goals and a closed one, each with a step, a service and dated notes."""
    session = admin_session
    assignment_id = make_assignment(session, client, "Cara Casework")
    goals = {
        "housing": make_goal(
            session,
            client,
            date(2026, 1, 10),
            description="Find an apartment",
            case_manager_id=assignment_id,
        ),
        "employment": make_goal(
            session,
            client,
            date(2026, 2, 10),
            classification="Employment",
            goal_type="Obtain employment",
        ),
        "closed": make_goal(
            session,
            client,
            date(2025, 6, 1),
            closed=True,
            classification="Health",
            goal_type="Obtain health insurance",
        ),
    }
    for key, goal in goals.items():
        add_action_step(session, goal, f"Step of {key}", goal.date_set)
        add_service_item(session, goal, f"Service of {key}", goal.date_set)
        add_case_note(session, goal, date(2026, 1, 15), f"January note of {key}")
        add_case_note(session, goal, date(2026, 3, 1), f"March note of {key}")
        add_case_note(session, goal, date(2026, 1, 20), f"Uptown note of {key}", provider=uptown)
    return goals


def session_for(role: Role) -> Session:
    user = make_user(role.value.replace("_", ""), role)
    return Session(user=user, provider=user.home_provider)


# Date ranges


def test_validate_range_blank_is_all_dates():
    assert printouts.validate_range(None, None) is None


def test_validate_range_returns_range():
    assert printouts.validate_range(date(2026, 1, 1), date(2026, 1, 1)) == DateRange(
        date(2026, 1, 1), date(2026, 1, 1)
    )


@pytest.mark.parametrize(
    ("start", "end", "field"),
    [
        (None, date(2026, 1, 1), "start_date"),
        (date(2026, 1, 1), None, "end_date"),
        (date(2026, 2, 1), date(2026, 1, 1), "end_date"),
    ],
)
def test_validate_range_errors(start, end, field):
    with pytest.raises(ValidationError) as raised:
        printouts.validate_range(start, end)
    assert list(raised.value.field_errors) == [field]


def test_validate_range_field_prefix():
    with pytest.raises(ValidationError) as raised:
        printouts.validate_range(None, date(2026, 1, 1), "case_notes_")
    assert "case_notes_start_date" in raised.value.field_errors


def test_reversed_range_in_options_rejected(admin_session, client):
    backwards = DateRange(date(2026, 2, 1), date(2026, 1, 1))
    with pytest.raises(ValidationError):
        printouts.collect_case_plan(admin_session, CasePlanOptions(client.id, backwards))
    with pytest.raises(ValidationError):
        printouts.collect_client_notes(admin_session, ClientNotesOptions(client.id, backwards))


# Client notes


@pytest.fixture
def client_notes(admin_session, client, uptown):
    add_client_note(admin_session, client, date(2026, 1, 5), "Downtown January")
    add_client_note(admin_session, client, date(2026, 2, 5), "Downtown February")
    add_client_note(admin_session, client, date(2026, 1, 9), "Uptown January", provider=uptown)


def test_client_notes_all(admin_session, client, client_notes):
    text = pdf_text(printouts.print_client_notes(admin_session, ClientNotesOptions(client.id)))
    assert "Downtown January" in text
    assert "Downtown February" in text
    assert "Uptown January" in text
    assert "All dates" in text
    assert "All providers" in text
    assert text.index("Downtown January") < text.index("Uptown January")
    assert text.index("Uptown January") < text.index("Downtown February")


def test_client_notes_date_range(admin_session, client, client_notes):
    options = ClientNotesOptions(client.id, date_range=JANUARY)
    text = pdf_text(printouts.print_client_notes(admin_session, options))
    assert "Downtown January" in text
    assert "Uptown January" in text
    assert "Downtown February" not in text
    assert "From 2026-01-01 to 2026-01-31" in text


def test_client_notes_providers(admin_session, client, client_notes, uptown):
    options = ClientNotesOptions(client.id, provider_ids=(uptown.id,))
    text = pdf_text(printouts.print_client_notes(admin_session, options))
    assert "Uptown January" in text
    assert "Downtown January" not in text
    assert "Downtown February" not in text
    assert "Providers: Uptown Clinic" in text


def test_client_notes_no_providers_rejected(admin_session, client):
    with pytest.raises(ValidationError) as raised:
        printouts.collect_client_notes(admin_session, ClientNotesOptions(client.id, None, ()))
    assert "providers" in raised.value.field_errors


def test_client_notes_none_match(admin_session, client):
    text = pdf_text(printouts.print_client_notes(admin_session, ClientNotesOptions(client.id)))
    assert "No client notes match" in text


def test_client_notes_unknown_client(admin_session):
    with pytest.raises(NotFound):
        printouts.collect_client_notes(admin_session, ClientNotesOptions(999))


# Goal details


def test_goal_details_everything(admin_session, plan):
    goal = plan["housing"]
    text = pdf_text(printouts.print_goal_details(admin_session, GoalDetailsOptions(goal.id)))
    assert "Goal Details" in text
    assert "Housing: Maintain housing" in text
    assert "Find an apartment" in text
    assert "Cara Casework" in text
    assert "Step of housing" in text
    assert "Service of housing" in text
    assert "January note of housing" in text
    assert "March note of housing" in text
    assert "Uptown note of housing" in text
    assert "Client signature" in text
    assert "Case manager signature" in text
    assert "employment" not in text


def test_goal_details_without_parts(admin_session, plan):
    options = GoalDetailsOptions(
        plan["housing"].id,
        include_case_notes=False,
        include_action_steps=False,
        include_service_items=False,
        include_signature_lines=False,
    )
    text = pdf_text(printouts.print_goal_details(admin_session, options))
    assert "Housing: Maintain housing" in text
    for left_out in ("Step of", "Service of", "note of", "Case Notes", "signature"):
        assert left_out not in text


def test_goal_details_case_notes_range(admin_session, plan):
    options = GoalDetailsOptions(plan["housing"].id, case_notes_range=JANUARY)
    text = pdf_text(printouts.print_goal_details(admin_session, options))
    assert "January note of housing" in text
    assert "Uptown note of housing" in text
    assert "March note of housing" not in text
    assert "from 2026-01-01 to 2026-01-31" in text


def test_goal_details_my_provider_only(admin_session, plan, uptown):
    options = GoalDetailsOptions(plan["housing"].id, case_notes_my_provider_only=True)
    text = pdf_text(printouts.print_goal_details(admin_session, options))
    assert "January note of housing" in text
    assert "Uptown note of housing" not in text

    admin_session.provider = uptown
    text = pdf_text(printouts.print_goal_details(admin_session, options))
    assert "Uptown note of housing" in text
    assert "January note of housing" not in text


def test_goal_details_unknown_goal(admin_session):
    with pytest.raises(NotFound):
        printouts.collect_goal_details(admin_session, GoalDetailsOptions(999))


# Case plan


def test_case_plan_defaults(admin_session, client, plan):
    document = printouts.collect_case_plan(admin_session, CasePlanOptions(client.id))
    assert [goal.goal_id for goal in document.goals] == [
        plan["closed"].id,
        plan["housing"].id,
        plan["employment"].id,
    ]
    text = pdf_text(printouts.render(document))
    assert "Goal 1: Health: Obtain health insurance" in text
    assert "Goal 3: Employment: Obtain employment" in text
    assert "Step of housing" in text
    assert "March note of employment" in text
    assert "Service of" not in text
    assert "Service Items" not in text
    assert "Client signature" in text
    assert "Partially Achieved" in text
    assert "60 %" in text


def test_case_plan_goals_set_range(admin_session, client, plan):
    options = CasePlanOptions(client.id, goals_set_range=JANUARY)
    text = pdf_text(printouts.print_case_plan(admin_session, options))
    assert "Housing: Maintain housing" in text
    assert "Employment" not in text
    assert "Health" not in text
    assert "Goals set from 2026-01-01 to 2026-01-31" in text


def test_case_plan_without_closed_goals(admin_session, client, plan):
    options = CasePlanOptions(client.id, include_closed_goals=False)
    text = pdf_text(printouts.print_case_plan(admin_session, options))
    assert "Health" not in text
    assert "Housing" in text
    assert "Employment" in text
    assert "closed goals left out" in text


def test_case_plan_parts(admin_session, client, plan):
    options = CasePlanOptions(
        client.id,
        include_action_steps=False,
        include_case_notes=False,
        include_service_items=True,
        include_signature_lines=False,
    )
    text = pdf_text(printouts.print_case_plan(admin_session, options))
    assert "Step of" not in text
    assert "note of" not in text
    assert "Service of housing" in text
    assert "Service of employment" in text
    assert "signature" not in text


def test_case_plan_no_goals(admin_session, client):
    text = pdf_text(printouts.print_case_plan(admin_session, CasePlanOptions(client.id)))
    assert "No goals match the chosen options." in text


def test_case_plan_signature_names_current_case_manager(admin_session, client, plan):
    document = printouts.collect_case_plan(
        admin_session, CasePlanOptions(client.id), today=date(2026, 6, 1)
    )
    assert document.signatures is not None
    assert document.signatures.client_name == "Ana Lopez"
    assert document.signatures.case_manager_name == "Cara Casework"


def test_header_from_agency_settings(admin_session, client):
    settings = AgencySettings.get()
    settings.paper_size = "a4"
    settings.save()
    document = printouts.collect_case_plan(
        admin_session, CasePlanOptions(client.id), today=date(2026, 12, 4)
    )
    assert document.heading.agency_name == "Riverside Family Services"
    assert document.heading.paper_size == "a4"
    assert document.heading.client_id == client.id
    assert document.heading.date_of_birth == date(1990, 4, 5)
    text = pdf_text(printouts.render(document))
    assert "Printed 2026-12-04" in text
    assert f"Client ID {client.id}" in text


def test_names_in_every_script(admin_session):
    people = [make_client(admin_session, first, last) for first, last in NAMES.values()]
    goal = make_goal(admin_session, people[0], date(2026, 1, 10))
    for person in people:
        if person.id != people[0].id:
            GoalMember.create(goal=goal.id, client=person.id)
        add_case_note(admin_session, goal, date(2026, 1, 11), f"{person.display_name} came in.")
    pdf = printouts.print_case_plan(admin_session, CasePlanOptions(people[0].id))
    text = pdf_text(pdf)
    lines = text.split("\n")
    for person in people:
        # The member list may wrap inside a name, but each note is a line of its own. In a
        # right-to-left note pypdf returns the words in visual order: ".came in محمد".
        note_lines = [line for line in lines if "came in" in line]
        assert any(person.display_name in line for line in note_lines), person.display_name


# Permissions and audit


def test_read_only_user_can_print(client, plan):
    session = session_for(Role.READ_ONLY)
    pdf = printouts.print_case_plan(session, CasePlanOptions(client.id))
    assert "Housing" in pdf_text(pdf)
    assert printouts.print_goal_details(session, GoalDetailsOptions(plan["housing"].id))
    assert printouts.print_client_notes(session, ClientNotesOptions(client.id))


def test_inactive_user_cannot_print(client):
    session = session_for(Role.CASE_MANAGER)
    session.user.active = False
    session.user.save()
    with pytest.raises(PermissionDenied):
        printouts.collect_case_plan(session, CasePlanOptions(client.id))


def audit_entries(record_type: str) -> list[AuditEntry]:
    return list(
        AuditEntry.select()
        .where((AuditEntry.action == "print") & (AuditEntry.record_type == record_type))
        .order_by(AuditEntry.id)
    )


def test_print_case_plan_audited(admin_session, client, plan):
    options = CasePlanOptions(client.id, goals_set_range=JANUARY, include_closed_goals=False)
    printouts.print_case_plan(admin_session, options)
    [entry] = audit_entries("case_plan")
    assert entry.record_id == client.id
    assert entry.client_id == client.id
    assert entry.user_id == admin_session.user.id
    changes = json.loads(entry.changes)
    assert changes["goals_set_range"] == [None, {"start": "2026-01-01", "end": "2026-01-31"}]
    assert changes["include_closed_goals"] == [None, False]
    assert "Ana" not in entry.changes
    assert "Lopez" not in entry.changes


def test_print_goal_details_audited(admin_session, client, plan):
    options = GoalDetailsOptions(plan["housing"].id, case_notes_my_provider_only=True)
    printouts.print_goal_details(admin_session, options)
    [entry] = audit_entries("goal")
    assert entry.record_id == plan["housing"].id
    assert entry.client_id == client.id
    changes = json.loads(entry.changes)
    assert changes["case_notes_my_provider_only"] == [None, True]
    assert changes["case_notes_provider_id"] == [None, admin_session.provider.id]
    assert "note of" not in entry.changes


def test_print_client_notes_audited(admin_session, client, uptown):
    add_client_note(admin_session, client, date(2026, 1, 5), "Private words")
    options = ClientNotesOptions(client.id, provider_ids=(uptown.id,))
    printouts.print_client_notes(admin_session, options)
    [entry] = audit_entries("client_notes")
    assert entry.record_id == client.id
    assert json.loads(entry.changes)["provider_ids"] == [None, [uptown.id]]
    assert "Private" not in entry.changes


def test_collect_alone_is_not_audited(admin_session, client):
    printouts.collect_case_plan(admin_session, CasePlanOptions(client.id))
    assert audit_entries("case_plan") == []


# Size


def test_large_case_plan_is_fast(admin_session, client):
    make_large_case_plan(admin_session, client, goals=100, notes=1000)
    started = time.perf_counter()
    document = printouts.collect_case_plan(admin_session, CasePlanOptions(client.id))
    collected = time.perf_counter()
    pdf = printouts.render(document)
    rendered = time.perf_counter()
    assert len(document.goals) == 100
    assert sum(len(goal.case_notes or ()) for goal in document.goals) == 1000
    reader = PdfReader(io.BytesIO(pdf))
    last = len(reader.pages)
    assert f"Page {last} of {last}" in reader.pages[-1].extract_text()
    # Generous limits for slow machines; the measured times are far lower.
    assert collected - started < 5
    assert rendered - collected < 15
