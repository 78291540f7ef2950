"""Agency settings and the editable lists, changed by administrators.

List entries that records use can be retired, which hides them from new records, but not
deleted, so that every saved goal, service and household keeps its value.
"""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass, fields
from typing import Any

import peewee

from casepoint_desktop.data.case_plan_models import (
    ActionStep,
    Goal,
    ServiceTransaction,
)
from casepoint_desktop.data.database import db
from casepoint_desktop.data.lists import (
    GoalClassification,
    GoalOutcome,
    GoalStatus,
    GoalType,
    ServiceType,
)
from casepoint_desktop.data.models import AgencySettings, HouseholdMember, Relationship
from casepoint_desktop.services import audit
from casepoint_desktop.services.errors import NotFound, ValidationError
from casepoint_desktop.services.session import Session

log = logging.getLogger(__name__)

PAPER_SIZES = {"letter": "Letter (8.5 × 11 in)", "a4": "A4 (210 × 297 mm)"}

# (field, label, lowest, highest) of the whole-number settings.
NUMBER_LIMITS: tuple[tuple[str, str, int, int], ...] = (
    ("lockout_attempts", "failed attempts before a lock-out", 1, 100),
    ("lockout_minutes", "lock-out minutes", 1, 1440),
    ("idle_lock_minutes", "idle minutes before the window locks", 1, 480),
    ("attachment_max_mb", "attachment size limit in MB", 1, 1024),
    ("password_min_length", "minimum password length", 8, 128),
    ("backups_kept", "automatic backups kept", 1, 1000),
)


@dataclass
class SettingsInput:
    """The agency settings of the administration window."""

    name: str
    paper_size: str
    lockout_attempts: int
    lockout_minutes: int
    idle_lock_minutes: int
    attachment_max_mb: int
    case_notes_editable: bool
    case_notes_deletable: bool
    password_min_length: int
    backup_on_exit: bool
    backups_kept: int

    @classmethod
    def from_settings(cls, settings: AgencySettings) -> SettingsInput:
        return cls(**{field.name: getattr(settings, field.name) for field in fields(cls)})


def get_settings() -> AgencySettings:
    """Return the agency's settings row.

    Raises:
        NotFound: the database has not been set up.
    """
    settings = AgencySettings.get_or_none()
    if settings is None:
        raise NotFound("The agency has not been set up yet.")
    return settings


def validate_settings(data: SettingsInput) -> SettingsInput:
    """Return a cleaned copy of `data`.

    Raises:
        ValidationError: a message per field name of SettingsInput.
    """
    errors: dict[str, str] = {}
    cleaned = SettingsInput(**asdict(data))
    cleaned.name = " ".join(data.name.split())
    if not cleaned.name:
        errors["name"] = "The agency name is required."
    elif len(cleaned.name) > 200:
        errors["name"] = "The agency name can have at most 200 characters."
    if data.paper_size not in PAPER_SIZES:
        errors["paper_size"] = "Choose Letter or A4 paper."
    for name, label, lowest, highest in NUMBER_LIMITS:
        value = getattr(data, name)
        if isinstance(value, bool) or not isinstance(value, int) or not lowest <= value <= highest:
            errors[name] = f"The {label} must be a whole number from {lowest} to {highest}."
    if errors:
        raise ValidationError(errors)
    return cleaned


def update_settings(session: Session, data: SettingsInput) -> AgencySettings:
    """Save changed agency settings; the audit entry keeps the old and new values.

    Raises:
        PermissionDenied: not an administrator.
        ValidationError: see validate_settings.
    """
    session.require_admin()
    cleaned = validate_settings(data)
    with db.atomic():
        settings = get_settings()
        changes = audit.diff(asdict(SettingsInput.from_settings(settings)), asdict(cleaned))
        if changes:
            for name, (_, new) in changes.items():
                setattr(settings, name, new)
            settings.save()
            audit.record(session, "update", "agency_settings", settings.id, changes=changes)
    return settings


@dataclass(frozen=True)
class ListKind:
    """One editable list: its model, its title, and the records that use its entries."""

    key: str
    title: str
    # Any, because the list models share fields (name, sort_order, retired) through
    # ListEntry, which Relationship repeats without inheriting.
    model: Any
    users: tuple[peewee.Field, ...]


LIST_KINDS: dict[str, ListKind] = {
    kind.key: kind
    for kind in (
        ListKind(
            "goal_classification",
            "Goal classifications",
            GoalClassification,
            (Goal.classification, GoalType.classification),
        ),
        ListKind("goal_type", "Goal types", GoalType, (Goal.goal_type,)),
        ListKind("goal_status", "Goal statuses", GoalStatus, (Goal.status, ActionStep.status)),
        ListKind("goal_outcome", "Goal outcomes", GoalOutcome, (Goal.outcome, ActionStep.outcome)),
        ListKind("service_type", "Service types", ServiceType, (ServiceTransaction.service_type,)),
        ListKind("relationship", "Relationships", Relationship, (HouseholdMember.relationship,)),
    )
}


def list_kind(key: str) -> ListKind:
    """Return the editable list named `key`.

    Raises:
        NotFound: no such list.
    """
    if key not in LIST_KINDS:
        raise NotFound(f"There is no list named “{key}”.")
    return LIST_KINDS[key]


def list_entries(key: str, classification_id: int | None = None) -> list[Any]:
    """Return the entries of a list in their order, retired ones included.

    For goal types, `classification_id` picks the classification's types.
    """
    kind = list_kind(key)
    model = kind.model
    query = model.select().order_by(model.sort_order, model.name)
    if key == "goal_type" and classification_id is not None:
        query = query.where(GoalType.classification == classification_id)
    return list(query)


def usage_count(key: str, entry_id: int) -> int:
    """Return how many records use the entry."""
    return sum(
        column.model.select().where(column == entry_id).count() for column in list_kind(key).users
    )


def add_entry(
    session: Session, key: str, name: str, classification_id: int | None = None, **flags: bool
) -> Any:
    """Add an entry at the end of a list.

    `classification_id` is required for goal types. `flags` set is_closed (statuses),
    is_partial, is_achieved and is_not_achieved (outcomes).

    Raises:
        PermissionDenied: not an administrator.
        ValidationError: "name" (missing, too long, taken), "classification_id".
    """
    session.require_admin()
    kind = list_kind(key)
    model = kind.model
    name = _validate_name(key, name, None, classification_id)
    values: dict[str, object] = {"name": name}
    siblings = model.select()
    if key == "goal_type":
        if (
            classification_id is None
            or GoalClassification.get_or_none(GoalClassification.id == classification_id) is None
        ):
            raise ValidationError({"classification_id": "Choose the classification first."})
        values["classification"] = classification_id
        siblings = siblings.where(GoalType.classification == classification_id)
    allowed_flags = {
        name
        for name in ("is_closed", "is_partial", "is_achieved", "is_not_achieved")
        if hasattr(model, name)
    }
    values.update({flag: value for flag, value in flags.items() if flag in allowed_flags})
    with db.atomic():
        last = siblings.select(peewee.fn.MAX(model.sort_order)).scalar()
        values["sort_order"] = (last or 0) + 1
        entry = model.create(**values)
        audit.record(session, "create", key, entry.id, changes={"name": (None, name)})
    return entry


def rename_entry(session: Session, key: str, entry_id: int, name: str) -> Any:
    """Rename an entry; records that use it show the new name.

    Raises:
        PermissionDenied, ValidationError ("name"), NotFound.
    """
    session.require_admin()
    with db.atomic():
        entry = _get_entry(key, entry_id)
        classification_id = getattr(entry, "classification_id", None)
        name = _validate_name(key, name, entry_id, classification_id)
        if name != entry.name:
            audit.record(session, "update", key, entry.id, changes={"name": (entry.name, name)})
            entry.name = name
            entry.save()
    return entry


def set_retired(session: Session, key: str, entry_id: int, retired: bool) -> Any:
    """Retire an entry, which hides it from new records, or bring it back.

    Raises:
        PermissionDenied, NotFound.
    """
    session.require_admin()
    with db.atomic():
        entry = _get_entry(key, entry_id)
        if entry.retired != retired:
            entry.retired = retired
            entry.save()
            audit.record(
                session, "update", key, entry.id, changes={"retired": (not retired, retired)}
            )
    return entry


def delete_entry(session: Session, key: str, entry_id: int) -> None:
    """Delete an entry that no record uses.

    Raises:
        PermissionDenied: not an administrator.
        ValidationError: "entry", when records use it; retire it instead.
        NotFound.
    """
    session.require_admin()
    with db.atomic():
        entry = _get_entry(key, entry_id)
        used = usage_count(key, entry.id)
        if used:
            raise ValidationError(
                {
                    "entry": f"“{entry.name}” is used by {used:,} records, so it cannot be "
                    "deleted. Retire it instead: it then no longer appears for new records."
                }
            )
        audit.record(session, "delete", key, entry.id, changes={"name": (entry.name, None)})
        entry.delete_instance()


def move_entry(session: Session, key: str, entry_id: int, offset: int) -> None:
    """Move an entry `offset` places up (negative) or down (positive) in its list.

    Raises:
        PermissionDenied, NotFound.
    """
    session.require_admin()
    with db.atomic():
        entry = _get_entry(key, entry_id)
        entries = list_entries(key, getattr(entry, "classification_id", None))
        index = next(position for position, item in enumerate(entries) if item.id == entry.id)
        target = max(0, min(len(entries) - 1, index + offset))
        if target == index:
            return
        entries.insert(target, entries.pop(index))
        for order, item in enumerate(entries):
            if item.sort_order != order:
                item.sort_order = order
                item.save()
        audit.record(session, "update", key, entry.id, changes={"position": (index, target)})


def _get_entry(key: str, entry_id: int) -> Any:
    model = list_kind(key).model
    entry = model.get_or_none(model.id == entry_id)
    if entry is None:
        raise NotFound(f"The list entry {entry_id} was not found. It may have been deleted.")
    return entry


def _validate_name(key: str, name: str, entry_id: int | None, classification_id: int | None) -> str:
    model = list_kind(key).model
    name = " ".join(name.split())
    if not name:
        raise ValidationError({"name": "The name is required."})
    if len(name) > 100:
        raise ValidationError({"name": "The name can have at most 100 characters."})
    same = model.select().where(peewee.fn.LOWER(model.name) == name.lower())
    if entry_id is not None:
        same = same.where(model.id != entry_id)
    if key == "goal_type":
        same = same.where(GoalType.classification == classification_id)
    if same.exists():
        raise ValidationError({"name": f"“{name}” is already in the list."})
    return name
