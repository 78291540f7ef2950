"""Tests of the demo data: counts, log-ins, search and repeatability."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from casepoint_desktop.data import database
from casepoint_desktop.data.case_plan_models import (
    ActionStep,
    CaseManagerAssignment,
    CaseNote,
    Goal,
    ServiceTransaction,
)
from casepoint_desktop.data.migrations import open_and_migrate
from casepoint_desktop.data.models import (
    AgencySettings,
    AuditEntry,
    Client,
    ClientNote,
    ClientSearchTerm,
    Household,
    HouseholdMember,
    Provider,
    User,
)
from casepoint_desktop.services import auth, demo, demo_case_plans, follow_ups
from casepoint_desktop.services.errors import ServiceError
from casepoint_desktop.services.search import search_clients
from casepoint_desktop.services.session import Role


def client_facts() -> list[tuple[str, str, str, object, object]]:
    query = Client.select().order_by(Client.id)
    return [
        (client.first_name, client.last_name, client.alias, client.date_of_birth, client.ssn_last4)
        for client in query
    ]


def test_demo_counts(db):
    demo.populate_demo()

    assert AgencySettings.get().name == demo.AGENCY_NAME
    assert Provider.select().count() == 3
    assert User.select().count() == 3
    assert Client.select().count() == len(demo.CLIENTS)
    assert Household.select().count() == len(demo.HOUSEHOLDS)
    members = sum(1 + len(household_members) for _, household_members in demo.HOUSEHOLDS)
    assert HouseholdMember.select().count() == members
    assert HouseholdMember.select().where(HouseholdMember.is_head).count() == len(demo.HOUSEHOLDS)

    note_count = ClientNote.select().count()
    assert 2 * len(demo.CLIENTS) <= note_count <= 4 * len(demo.CLIENTS)
    for client in Client.select():
        assert client.notes.count() >= 2, client.id
    assert ClientNote.select().where(ClientNote.text.contains("\n\n")).exists()


def test_demo_uses_audit_and_search_terms(db):
    demo.populate_demo()
    created = AuditEntry.select().where(
        (AuditEntry.action == "create") & (AuditEntry.record_type == "client")
    )
    assert created.count() == len(demo.CLIENTS)
    clients_with_terms = ClientSearchTerm.select(ClientSearchTerm.client).distinct().count()
    assert clients_with_terms == len(demo.CLIENTS)


def test_demo_credentials_log_in(db):
    credentials = demo.populate_demo()
    assert credentials.username == "demo"
    assert credentials.password == demo.DEMO_PASSWORD

    session = auth.log_in(credentials.username, credentials.password)
    assert session.role is Role.ADMINISTRATOR
    assert session.provider.name == demo.PROVIDER_NAMES[0]


@pytest.mark.parametrize(
    ("username", "role"), [("casey", Role.CASE_MANAGER), ("reader", Role.READ_ONLY)]
)
def test_demo_staff_log_in(db, username, role):
    demo.populate_demo()
    assert auth.log_in(username, demo.DEMO_PASSWORD).role is role


def test_demo_password_meets_rules(db):
    auth.check_password_rules(demo.DEMO_PASSWORD)


def test_demo_search_ignores_accents(db):
    demo.populate_demo()
    nguyen = {client.first_name for client in search_clients("nguyen")}
    assert nguyen == {"Minh", "An", "Bảo Anh"}
    assert [client.last_name for client in search_clients("lukasz")] == ["Wójcik"]
    assert [client.first_name for client in search_clients("dima")] == ["Дмитрий"]
    assert [client.last_name for client in search_clients("obrien")] == ["O'Brien"]


def test_demo_has_several_scripts(db):
    demo.populate_demo()
    names = {client.first_name for client in Client.select()}
    for name in ("Дмитрий", "Αλέξανδρος", "محمد", "דוד", "芳", "花子", "민준", "Łukasz", "Søren"):
        assert name in names


def test_demo_repeats_with_same_seed(db, tmp_path: Path):
    demo.populate_demo(seed=7)
    first = client_facts()
    database.close()

    open_and_migrate(tmp_path / "second.db")
    demo.populate_demo(seed=7)
    assert client_facts() == first


def test_demo_rejects_database_in_use(admin_session):
    with pytest.raises(ServiceError, match="empty database"):
        demo.populate_demo()
    assert Client.select().count() == 0


def test_demo_case_plans(db):
    demo.populate_demo()
    plans = demo_case_plans.PLANS
    specs = [spec for plan in plans for spec in plan.goals]

    assert Goal.select().count() == len(specs)
    assert CaseManagerAssignment.select().count() == len(plans)
    assert ActionStep.select().count() == sum(len(spec.steps) for spec in specs)
    assert CaseNote.select().count() == sum(spec.notes for spec in specs)
    assert ServiceTransaction.select().count() == sum(len(spec.services) for spec in specs)
    assert len({goal.client_id for goal in Goal.select()}) == len(plans)
    states = {(goal.status.name, goal.outcome.name if goal.outcome else None) for goal in Goal}
    assert ("Identified", None) in states
    assert ("In Progress", None) in states
    assert ("Closed", "Achieved") in states
    assert ("Closed", "Partially Achieved") in states
    assert Goal.select().where(Goal.percent_complete == 60).exists()
    created = AuditEntry.select().where(
        (AuditEntry.action == "create") & (AuditEntry.record_type == "goal")
    )
    assert created.count() == len(specs)


def test_demo_follow_ups_for_demo_user(db):
    demo.populate_demo()
    today = date.today()
    rows = follow_ups.open_follow_ups(User.get(User.username == "demo").id, today)

    overdue = [row for row in rows if row.overdue]
    due_today = [row for row in rows if row.followup_date == today]
    later = [row for row in rows if row.followup_date > today]
    assert len(overdue) >= 3
    assert len(due_today) >= 2
    assert len(later) >= 3
    assert {row.kind for row in rows} == {"goal", "action_step"}
    # The completed follow-up of the closed school goal is not listed.
    assert "Enroll in school" not in {row.label for row in rows}
