"""Service items: service transactions entered inside a goal, for the goal's client."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from decimal import Decimal

from casepoint_desktop.data.case_plan_models import Goal, ServiceTransaction
from casepoint_desktop.data.database import db
from casepoint_desktop.data.lists import ServiceType
from casepoint_desktop.data.models import Provider
from casepoint_desktop.services import audit, record_versions
from casepoint_desktop.services.errors import NotFound, ValidationError
from casepoint_desktop.services.input_checks import add_unstorable_text_errors, get_by_id_or_none
from casepoint_desktop.services.session import Session, allowed_providers

MAX_UNIT_TYPE_LENGTH = 50
# The units and amount columns are DecimalField(max_digits=12, decimal_places=2).
MAX_DECIMAL_PLACES = 2
MAX_VALUE = Decimal("9999999999.99")
CENT = Decimal("0.01")
MAX_SHOWN_NUMBER_LENGTH = 30


@dataclass
class ServiceItemInput:
    """The fields of the service item dialog. `units` and `amount` are optional."""

    service_type_id: int | None
    provider_id: int | None
    start_date: date | None
    end_date: date | None = None
    units: Decimal | None = None
    unit_type: str = ""
    amount: Decimal | None = None
    notes: str = ""

    @classmethod
    def from_item(cls, item: ServiceTransaction) -> ServiceItemInput:
        return cls(
            service_type_id=item.service_type_id,
            provider_id=item.provider_id,
            start_date=item.start_date,
            end_date=item.end_date,
            units=to_two_places(item.units),
            unit_type=item.unit_type,
            amount=to_two_places(item.amount),
            notes=item.notes,
        )


def validate(
    session: Session, data: ServiceItemInput, current_type_id: int | None = None
) -> ServiceItemInput:
    """Return a cleaned copy of `data`: unit type stripped, units and amount to two places.

    A retired service type is accepted only when it is `current_type_id`, the type an
    existing item already has.

    Raises:
        ValidationError: with a message per field: "service_type", "provider",
            "start_date", "end_date", "units", "unit_type", "amount" or "notes".
    """
    cleaned = ServiceItemInput(**asdict(data))
    cleaned.unit_type = cleaned.unit_type.strip()
    errors: dict[str, str] = {}

    if cleaned.service_type_id is None:
        errors["service_type"] = "The service type is required."
    else:
        service_type = get_by_id_or_none(ServiceType, cleaned.service_type_id)
        if service_type is None:
            errors["service_type"] = "The chosen service type no longer exists. Choose another."
        elif service_type.retired and service_type.id != current_type_id:
            errors["service_type"] = (
                f"The service type “{service_type.name}” is retired. Choose another."
            )

    if cleaned.provider_id is None:
        errors["provider"] = "The provider is required."
    elif cleaned.provider_id not in {provider.id for provider in allowed_providers(session.user)}:
        errors["provider"] = "Choose your home provider or one of your Enter Data As providers."

    if cleaned.start_date is None:
        errors["start_date"] = "The start date is required."
    elif cleaned.end_date is not None and cleaned.end_date < cleaned.start_date:
        errors["end_date"] = (
            f"The end date {cleaned.end_date.isoformat()} is before the start date "
            f"{cleaned.start_date.isoformat()}."
        )

    units_error = _decimal_error("number of units", cleaned.units)
    if units_error:
        errors["units"] = units_error

    if len(cleaned.unit_type) > MAX_UNIT_TYPE_LENGTH:
        errors["unit_type"] = f"Enter a unit type of at most {MAX_UNIT_TYPE_LENGTH} characters."

    amount_error = _decimal_error("amount", cleaned.amount)
    if amount_error:
        errors["amount"] = amount_error

    add_unstorable_text_errors({"unit_type": data.unit_type, "notes": cleaned.notes}, errors)

    if errors:
        raise ValidationError(errors)
    cleaned.units = to_two_places(cleaned.units)
    cleaned.amount = to_two_places(cleaned.amount)
    return cleaned


def to_two_places(value: Decimal | None) -> Decimal | None:
    """Return `value` with exactly two decimal places, or None.

    SQLite stores the DECIMAL columns with NUMERIC affinity, so 20.00 reads back as
    Decimal("20"). This makes stored and entered values compare and print alike.
    """
    return None if value is None else value.quantize(CENT)


def _decimal_error(label: str, value: Decimal | None) -> str | None:
    if value is None:
        return None
    if not value.is_finite():
        return f"Enter a number for the {label}."

    # A pasted number of hundreds of digits would bury the message, so it is left out.
    text = str(value)
    named = f"{label} {text}" if len(text) <= MAX_SHOWN_NUMBER_LENGTH else label
    if value < 0:
        return f"The {named} is negative. Enter 0 or more."
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -MAX_DECIMAL_PLACES:
        return f"The {named} has more than {MAX_DECIMAL_PLACES} decimal places."
    if value > MAX_VALUE:
        return f"The {named} is too large. Enter at most {MAX_VALUE}."
    return None


def create_service_item(
    session: Session, goal_id: int, data: ServiceItemInput
) -> ServiceTransaction:
    """Validate and insert a service item for the goal and the goal's client.

    Raises:
        ValidationError, PermissionDenied, NotFound.
    """
    session.require_write()
    with db.atomic():
        goal = _get_goal(goal_id)
        cleaned = validate(session, data)
        item = ServiceTransaction.create(
            client=goal.client_id,
            goal=goal.id,
            created_by=session.user,
            **_record_fields(cleaned),
        )
        audit.record(
            session,
            "create",
            "service_transaction",
            item.id,
            goal.client_id,
            {
                name: (None, value)
                for name, value in asdict(cleaned).items()
                if value not in (None, "")
            },
        )
    return item


def update_service_item(
    session: Session, item_id: int, data: ServiceItemInput, *, expected_version: int
) -> ServiceTransaction:
    """Validate and save changes to a service item. The audit entry keeps the old values.

    Args:
        expected_version: the `version` of the item as the user loaded it. A save that
            changes nothing succeeds at any version and returns the item as stored.

    Returns:
        The item as stored after the save, with its new version.

    Raises:
        RecordChanged: the item changed after the user loaded it; nothing was written.
        ValidationError, PermissionDenied, NotFound.
    """
    session.require_write()
    with db.atomic():
        item = get_service_item(item_id)
        session.require_provider(item.provider)
        cleaned = validate(session, data, current_type_id=item.service_type_id)
        stored = ServiceItemInput.from_item(item)
        changes = audit.diff(asdict(stored), asdict(cleaned))
        if not changes:
            return item

        record_versions.check_version(
            session, item, expected_version, "service_transaction", item.client_id, lambda: stored
        )
        if not record_versions.update_if_unchanged(
            ServiceTransaction, item.id, expected_version, _record_fields(cleaned)
        ):
            record_versions.raise_changed_since_read(
                session,
                get_service_item,
                item.id,
                "service_transaction",
                item.client_id,
                ServiceItemInput.from_item,
            )
        audit.record(session, "update", "service_transaction", item.id, item.client_id, changes)
    return get_service_item(item.id)


def delete_service_item(session: Session, item_id: int, *, expected_version: int) -> None:
    """Delete a service item. The audit entry keeps its fields.

    Args:
        expected_version: the `version` of the item as the user loaded it.

    Raises:
        RecordChanged: the item changed after the user loaded it; nothing was deleted.
        PermissionDenied, NotFound.
    """
    session.require_write()
    with db.atomic():
        item = get_service_item(item_id)
        session.require_provider(item.provider)
        stored = ServiceItemInput.from_item(item)
        record_versions.check_version(
            session,
            item,
            expected_version,
            "service_transaction",
            item.client_id,
            lambda: stored,
            "delete",
        )
        audit.record(
            session,
            "delete",
            "service_transaction",
            item.id,
            item.client_id,
            {
                name: (value, None)
                for name, value in asdict(stored).items()
                if value not in (None, "")
            },
        )
        if not record_versions.delete_if_unchanged(ServiceTransaction, item.id, expected_version):
            record_versions.raise_changed_since_read(
                session,
                get_service_item,
                item.id,
                "service_transaction",
                item.client_id,
                ServiceItemInput.from_item,
                "delete",
            )


def get_service_item(item_id: int) -> ServiceTransaction:
    """Return the service item with `item_id`.

    Raises:
        NotFound: no such service item.
    """
    item = get_by_id_or_none(ServiceTransaction, item_id)
    if item is None:
        raise NotFound(f"Service item {item_id} was not found. It may have been deleted.")
    return item


def service_items_for_goal(goal_id: int) -> list[ServiceTransaction]:
    """Return the goal's service items, newest start date first, in one query.

    Each item comes with its service type and provider loaded.
    """
    query = (
        ServiceTransaction.select(ServiceTransaction, ServiceType, Provider)
        .join(ServiceType, on=(ServiceTransaction.service_type == ServiceType.id))
        .switch(ServiceTransaction)
        .join(Provider, on=(ServiceTransaction.provider == Provider.id))
        .where(ServiceTransaction.goal == goal_id)
        .order_by(ServiceTransaction.start_date.desc(), ServiceTransaction.id.desc())
    )
    return list(query)


def service_types() -> list[ServiceType]:
    """Return the service types that are not retired, in list order."""
    return list(
        ServiceType.select()
        .where(ServiceType.retired == False)  # noqa: E712
        .order_by(ServiceType.sort_order, ServiceType.name)
    )


def _get_goal(goal_id: int) -> Goal:
    goal = get_by_id_or_none(Goal, goal_id)
    if goal is None:
        raise NotFound(f"Goal {goal_id} was not found. It may have been deleted.")
    return goal


def _record_fields(cleaned: ServiceItemInput) -> dict[str, object]:
    return {
        "service_type": cleaned.service_type_id,
        "provider": cleaned.provider_id,
        "start_date": cleaned.start_date,
        "end_date": cleaned.end_date,
        "units": cleaned.units,
        "unit_type": cleaned.unit_type,
        "amount": cleaned.amount,
        "notes": cleaned.notes,
    }
