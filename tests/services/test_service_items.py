"""Tests of service items: validation, decimals, goal links, listing and audit."""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal

import pytest

from casepoint_desktop.data.case_plan_models import Goal, ServiceTransaction
from casepoint_desktop.data.lists import GoalClassification, GoalStatus, GoalType, ServiceType
from casepoint_desktop.data.models import AuditEntry, Provider
from casepoint_desktop.services import clients, service_items
from casepoint_desktop.services.clients import ClientInput
from casepoint_desktop.services.errors import NotFound, PermissionDenied, ValidationError
from casepoint_desktop.services.service_items import ServiceItemInput
from casepoint_desktop.services.session import Role, Session
from tests.conftest import make_user

TODAY = date.today()


@pytest.fixture
def client(admin_session):
    return clients.create_client(admin_session, ClientInput("Ana", "Lopez"))


@pytest.fixture
def goal(admin_session, client) -> Goal:
    classification = GoalClassification.get(GoalClassification.name == "Housing")
    return Goal.create(
        client=client,
        provider=admin_session.provider,
        date_set=TODAY,
        classification=classification,
        goal_type=GoalType.get(GoalType.classification == classification),
        status=GoalStatus.get(GoalStatus.name == "In Progress"),
    )


def food() -> ServiceType:
    return ServiceType.get(ServiceType.name == "Food")


def item_input(session: Session, **changes) -> ServiceItemInput:
    values = {
        "service_type_id": food().id,
        "provider_id": session.provider.id,
        "start_date": TODAY,
    }
    values.update(changes)
    return ServiceItemInput(**values)


def errors_of(session, data) -> dict[str, str]:
    with pytest.raises(ValidationError) as raised:
        service_items.validate(session, data)
    return raised.value.field_errors


def audit_entries(action: str) -> list[AuditEntry]:
    return list(
        AuditEntry.select()
        .where((AuditEntry.record_type == "service_transaction") & (AuditEntry.action == action))
        .order_by(AuditEntry.id)
    )


def test_validate_requires_service_type(admin_session):
    errors = errors_of(admin_session, item_input(admin_session, service_type_id=None))
    assert errors["service_type"] == "The service type is required."


def test_validate_rejects_missing_service_type(admin_session):
    errors = errors_of(admin_session, item_input(admin_session, service_type_id=9999))
    assert errors["service_type"] == "The chosen service type no longer exists. Choose another."


def test_validate_rejects_retired_service_type(admin_session):
    ServiceType.update(retired=True).where(ServiceType.name == "Food").execute()
    errors = errors_of(admin_session, item_input(admin_session))
    assert errors["service_type"] == "The service type “Food” is retired. Choose another."


def test_validate_requires_provider(admin_session):
    errors = errors_of(admin_session, item_input(admin_session, provider_id=None))
    assert errors["provider"] == "The provider is required."


def test_validate_rejects_other_provider(admin_session):
    other = Provider.create(name="Eastside Pantry")
    errors = errors_of(admin_session, item_input(admin_session, provider_id=other.id))
    assert errors["provider"] == (
        "Choose your home provider or one of your Enter Data As providers."
    )


def test_validate_requires_start_date(admin_session):
    errors = errors_of(admin_session, item_input(admin_session, start_date=None))
    assert errors["start_date"] == "The start date is required."


def test_validate_rejects_end_before_start(admin_session):
    yesterday = TODAY - timedelta(days=1)
    errors = errors_of(admin_session, item_input(admin_session, end_date=yesterday))
    assert errors["end_date"] == (
        f"The end date {yesterday.isoformat()} is before the start date {TODAY.isoformat()}."
    )


def test_validate_accepts_end_on_start(admin_session):
    cleaned = service_items.validate(admin_session, item_input(admin_session, end_date=TODAY))
    assert cleaned.end_date == TODAY


def test_validate_rejects_negative_units(admin_session):
    errors = errors_of(admin_session, item_input(admin_session, units=Decimal("-1")))
    assert errors["units"] == "The number of units -1 is negative. Enter 0 or more."


def test_validate_rejects_negative_amount(admin_session):
    errors = errors_of(admin_session, item_input(admin_session, amount=Decimal("-0.01")))
    assert errors["amount"] == "The amount -0.01 is negative. Enter 0 or more."


def test_validate_rejects_three_decimal_amount(admin_session):
    errors = errors_of(admin_session, item_input(admin_session, amount=Decimal("10.005")))
    assert errors["amount"] == "The amount 10.005 has more than 2 decimal places."


def test_validate_rejects_three_decimal_units(admin_session):
    errors = errors_of(admin_session, item_input(admin_session, units=Decimal("1.125")))
    assert errors["units"] == "The number of units 1.125 has more than 2 decimal places."


def test_validate_rejects_not_a_number(admin_session):
    errors = errors_of(admin_session, item_input(admin_session, amount=Decimal("NaN")))
    assert errors["amount"] == "Enter a number for the amount."


def test_validate_rejects_too_large_amount(admin_session):
    errors = errors_of(admin_session, item_input(admin_session, amount=Decimal("1e10")))
    assert errors["amount"] == "The amount 1E+10 is too large. Enter at most 9999999999.99."


def test_validate_rejects_long_unit_type(admin_session):
    errors = errors_of(admin_session, item_input(admin_session, unit_type="x" * 51))
    assert errors["unit_type"] == "Enter a unit type of at most 50 characters."


def test_validate_accepts_zero_and_trailing_zeros(admin_session):
    data = item_input(admin_session, units=Decimal("0"), amount=Decimal("12.50"))
    cleaned = service_items.validate(admin_session, data)
    assert cleaned.units == Decimal("0")
    assert cleaned.amount == Decimal("12.50")


def test_create_ties_item_to_goal_client(admin_session, goal, client):
    data = item_input(admin_session, unit_type=" Meals ", notes="Two bags")
    item = service_items.create_service_item(admin_session, goal.id, data)

    stored = ServiceTransaction.get_by_id(item.id)
    assert stored.goal_id == goal.id
    assert stored.client_id == client.id
    assert stored.service_type_id == food().id
    assert stored.unit_type == "Meals"
    assert stored.notes == "Two bags"
    assert stored.created_by_id == admin_session.user.id


def test_blank_optional_fields_stay_null(admin_session, goal):
    item = service_items.create_service_item(admin_session, goal.id, item_input(admin_session))

    stored = ServiceTransaction.get_by_id(item.id)
    assert stored.end_date is None
    assert stored.units is None
    assert stored.amount is None
    assert stored.hmis_services_id is None


@pytest.mark.parametrize(
    "amount", ["0", "0.01", "0.10", "12.5", "12.50", "1234.56", "9999999999.99"]
)
def test_decimal_amount_round_trips(admin_session, goal, amount):
    data = item_input(admin_session, amount=Decimal(amount), units=Decimal(amount))
    item = service_items.create_service_item(admin_session, goal.id, data)

    stored = ServiceTransaction.get_by_id(item.id)
    assert isinstance(stored.amount, Decimal)
    assert stored.amount == Decimal(amount)
    assert stored.units == Decimal(amount)
    reloaded = ServiceItemInput.from_item(stored)
    assert str(reloaded.amount) == str(Decimal(amount).quantize(Decimal("0.01")))


def test_create_records_audit(admin_session, goal, client):
    data = item_input(admin_session, amount=Decimal("20.75"))
    item = service_items.create_service_item(admin_session, goal.id, data)

    [entry] = audit_entries("create")
    assert entry.record_id == item.id
    assert entry.client_id == client.id
    changes = json.loads(entry.changes)
    assert changes["amount"] == [None, "20.75"]
    assert changes["service_type_id"] == [None, food().id]
    assert "end_date" not in changes


def test_create_in_missing_goal_raises(admin_session):
    with pytest.raises(NotFound, match="Goal 9999 was not found"):
        service_items.create_service_item(admin_session, 9999, item_input(admin_session))


def test_update_saves_and_audits_old_values(admin_session, goal):
    data = item_input(admin_session, amount=Decimal("20.00"))
    item = service_items.create_service_item(admin_session, goal.id, data)
    tomorrow = TODAY + timedelta(days=1)
    changed = item_input(admin_session, amount=Decimal("25.10"), end_date=tomorrow)
    service_items.update_service_item(
        admin_session, item.id, changed, expected_version=item.version
    )

    stored = ServiceTransaction.get_by_id(item.id)
    assert stored.amount == Decimal("25.10")
    assert stored.end_date == tomorrow
    assert stored.version == 2
    [entry] = audit_entries("update")
    changes = json.loads(entry.changes)
    assert changes["amount"] == ["20.00", "25.10"]
    assert changes["end_date"] == [None, tomorrow.isoformat()]


def test_update_without_changes_writes_no_audit(admin_session, goal):
    data = item_input(admin_session, amount=Decimal("12.50"))
    item = service_items.create_service_item(admin_session, goal.id, data)
    service_items.update_service_item(admin_session, item.id, data, expected_version=item.version)
    assert audit_entries("update") == []


def test_update_keeps_retired_type(admin_session, goal):
    item = service_items.create_service_item(admin_session, goal.id, item_input(admin_session))
    ServiceType.update(retired=True).where(ServiceType.name == "Food").execute()

    changed = item_input(admin_session, notes="Retired type kept")
    service_items.update_service_item(
        admin_session, item.id, changed, expected_version=item.version
    )
    assert ServiceTransaction.get_by_id(item.id).notes == "Retired type kept"


def test_update_rejects_switch_to_retired_type(admin_session, goal):
    item = service_items.create_service_item(admin_session, goal.id, item_input(admin_session))
    referral = ServiceType.get(ServiceType.name == "Referral")
    referral.retired = True
    referral.save()

    changed = item_input(admin_session, service_type_id=referral.id)
    with pytest.raises(ValidationError) as raised:
        service_items.update_service_item(
            admin_session, item.id, changed, expected_version=item.version
        )
    assert "service_type" in raised.value.field_errors


def test_delete_removes_and_audits(admin_session, goal, client):
    data = item_input(admin_session, amount=Decimal("5.25"))
    item = service_items.create_service_item(admin_session, goal.id, data)
    service_items.delete_service_item(admin_session, item.id, expected_version=item.version)

    assert ServiceTransaction.get_or_none(ServiceTransaction.id == item.id) is None
    [entry] = audit_entries("delete")
    assert entry.client_id == client.id
    changes = json.loads(entry.changes)
    assert changes["amount"] == ["5.25", None]


def test_delete_missing_item_raises(admin_session):
    with pytest.raises(NotFound, match="Service item 9999 was not found"):
        service_items.delete_service_item(admin_session, 9999, expected_version=1)


def test_read_only_user_rejected(admin_session, goal):
    item = service_items.create_service_item(admin_session, goal.id, item_input(admin_session))
    viewer = make_user("viewer", Role.READ_ONLY)
    session = Session(viewer, viewer.home_provider)

    with pytest.raises(PermissionDenied, match="read-only"):
        service_items.create_service_item(session, goal.id, item_input(session))
    with pytest.raises(PermissionDenied, match="read-only"):
        service_items.update_service_item(
            session, item.id, item_input(session, notes="X"), expected_version=item.version
        )
    with pytest.raises(PermissionDenied, match="read-only"):
        service_items.delete_service_item(session, item.id, expected_version=item.version)
    assert ServiceTransaction.select().count() == 1


def test_items_for_goal_newest_first(admin_session, goal, client):
    older = TODAY - timedelta(days=5)
    first = service_items.create_service_item(
        admin_session, goal.id, item_input(admin_session, start_date=older)
    )
    second = service_items.create_service_item(admin_session, goal.id, item_input(admin_session))
    ServiceTransaction.create(
        client=client,
        provider=admin_session.provider,
        service_type=food(),
        start_date=TODAY,
    )

    items = service_items.service_items_for_goal(goal.id)
    assert [item.id for item in items] == [second.id, first.id]
    assert items[0].service_type.name == "Food"


def test_service_types_skip_retired(admin_session):
    ServiceType.update(retired=True).where(ServiceType.name == "Food").execute()
    names = [service_type.name for service_type in service_items.service_types()]
    assert names == ["Case management", "Financial assistance", "Transportation", "Referral"]
