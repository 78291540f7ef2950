"""Goals of a client's case plan: validation, create, update, delete and the Case Plans list."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

import peewee

from casepoint_desktop.data.case_plan_models import (
    ActionStep,
    ActionStepMember,
    Attachment,
    CaseManagerAssignment,
    CaseNote,
    Goal,
    GoalMember,
    ServiceTransaction,
)
from casepoint_desktop.data.database import db
from casepoint_desktop.data.lists import GoalClassification, GoalOutcome, GoalStatus, GoalType
from casepoint_desktop.data.models import Client, User
from casepoint_desktop.services import audit, households, record_versions
from casepoint_desktop.services.case_managers import provider_choices
from casepoint_desktop.services.closing_fields import check_closing
from casepoint_desktop.services.errors import NotFound, ValidationError
from casepoint_desktop.services.follow_up_fields import FollowUpInput, validate_follow_up
from casepoint_desktop.services.input_checks import add_unstorable_text_errors, get_by_id_or_none
from casepoint_desktop.services.session import Session

PERCENT_STEP = 10


@dataclass
class GoalInput:
    """The fields of the goal dialog.

    `member_ids` are the client IDs of the household members the goal is for. The client of
    the goal is added by `validate`, so the dialog need not list them.
    """

    provider_id: int | None
    date_set: date | None
    classification_id: int | None
    goal_type_id: int | None
    status_id: int | None
    member_ids: list[int] = field(default_factory=list)
    case_manager_id: int | None = None
    description: str = ""
    target_date: date | None = None
    outcome_id: int | None = None
    percent_complete: int | None = None
    date_closed: date | None = None
    follow_up: FollowUpInput = field(default_factory=FollowUpInput)

    @classmethod
    def from_goal(cls, goal: Goal) -> GoalInput:
        members = GoalMember.select(GoalMember.client).where(GoalMember.goal == goal.id)
        return cls(
            provider_id=goal.provider_id,
            date_set=goal.date_set,
            classification_id=goal.classification_id,
            goal_type_id=goal.goal_type_id,
            status_id=goal.status_id,
            member_ids=sorted(member.client_id for member in members),
            case_manager_id=goal.case_manager_id,
            description=goal.description,
            target_date=goal.target_date,
            outcome_id=goal.outcome_id,
            percent_complete=goal.percent_complete,
            date_closed=goal.date_closed,
            follow_up=FollowUpInput.from_record(goal),
        )


def validate(
    session: Session,
    client_id: int,
    data: GoalInput,
    goal_id: int | None = None,
    today: date | None = None,
) -> GoalInput:
    """Return a cleaned copy of `data` with the client added to the members.

    `goal_id` names the goal being edited: its stored classification and type stay valid
    after they are retired, while new goals must use current entries.

    Raises:
        ValidationError: with a message per field: "provider", "case_manager", "date_set",
            "classification", "goal_type", "description", "status", "outcome",
            "percent_complete", "date_closed", "target_date", "members" or a "followup_" field.
    """
    stored = get_by_id_or_none(Goal, goal_id) if goal_id is not None else None
    cleaned = GoalInput(**{**asdict(data), "follow_up": data.follow_up})
    errors: dict[str, str] = {}

    if cleaned.provider_id is None:
        errors["provider"] = "The provider is required."
    elif cleaned.provider_id not in {provider.id for provider in provider_choices(session)}:
        errors["provider"] = "Choose your home provider or one of your Enter Data As providers."

    if cleaned.case_manager_id is not None:
        assignment = get_by_id_or_none(CaseManagerAssignment, cleaned.case_manager_id)
        if assignment is None or assignment.client_id != client_id:
            errors["case_manager"] = "Choose a case manager from this client's Case Managers tab."

    if cleaned.date_set is None:
        errors["date_set"] = "The date the goal was set is required."

    _check_classification(cleaned, stored, errors)
    _check_status(cleaned, errors)

    if (
        cleaned.date_set is not None
        and cleaned.target_date is not None
        and cleaned.target_date < cleaned.date_set
    ):
        errors["target_date"] = (
            f"The target date {cleaned.target_date.isoformat()} is before the date set "
            f"{cleaned.date_set.isoformat()}."
        )

    allowed_members = {client_id} | {
        member.client_id for member in households.household_members(client_id)
    }
    if not set(cleaned.member_ids) <= allowed_members:
        errors["members"] = "Choose only current members of the client's household."
    cleaned.member_ids = sorted(set(cleaned.member_ids) | {client_id})

    try:
        cleaned.follow_up = validate_follow_up(session, cleaned.follow_up, today)
    except ValidationError as error:
        errors.update(error.field_errors)

    add_unstorable_text_errors({"description": cleaned.description}, errors)

    if errors:
        raise ValidationError(errors)
    return cleaned


def _check_classification(cleaned: GoalInput, stored: Goal | None, errors: dict[str, str]) -> None:
    if cleaned.classification_id is None:
        errors["classification"] = "The goal classification is required."
        return
    classification = get_by_id_or_none(GoalClassification, cleaned.classification_id)
    classification_unchanged = (
        stored is not None and stored.classification_id == cleaned.classification_id
    )
    if classification is None or (classification.retired and not classification_unchanged):
        errors["classification"] = "Choose a goal classification from the current list."
        return

    if cleaned.goal_type_id is None:
        errors["goal_type"] = "The goal type is required."
        return
    goal_type = get_by_id_or_none(GoalType, cleaned.goal_type_id)
    type_unchanged = stored is not None and stored.goal_type_id == cleaned.goal_type_id
    if goal_type is None or goal_type.classification_id != classification.id:
        errors["goal_type"] = f"Choose a goal type of the classification “{classification.name}”."
    elif goal_type.retired and not type_unchanged:
        errors["goal_type"] = "Choose a goal type from the current list."


def _check_status(cleaned: GoalInput, errors: dict[str, str]) -> None:
    status, outcome = check_closing(
        cleaned.status_id, cleaned.outcome_id, cleaned.date_set, cleaned.date_closed, errors
    )
    if status is None or cleaned.percent_complete is None:
        return
    if not status.is_closed or outcome is None or not outcome.is_partial:
        errors["percent_complete"] = (
            "Set the percent complete only for a partially achieved outcome."
        )
    elif not 0 <= cleaned.percent_complete <= 100 or cleaned.percent_complete % PERCENT_STEP:
        errors["percent_complete"] = (
            f"The percent complete {cleaned.percent_complete} is invalid. Enter 0 to 100 "
            f"in steps of {PERCENT_STEP}."
        )


def create_goal(session: Session, client_id: int, data: GoalInput) -> Goal:
    """Validate and insert a goal with its household members.

    Raises:
        ValidationError, PermissionDenied, NotFound.
    """
    session.require_write()
    with db.atomic():
        if get_by_id_or_none(Client, client_id) is None:
            raise NotFound(f"Client {client_id} was not found. It may have been deleted.")
        cleaned = validate(session, client_id, data)
        goal = Goal.create(client=client_id, created_by=session.user, **_record_fields(cleaned))
        _replace_members(goal, cleaned.member_ids)
        audit.record(
            session,
            "create",
            "goal",
            goal.id,
            client_id,
            {name: (None, value) for name, value in audit_values(cleaned).items() if value},
        )
    return goal


def update_goal(session: Session, goal_id: int, data: GoalInput, *, expected_version: int) -> Goal:
    """Validate and save changes to a goal; the audit entry keeps the old values.

    Args:
        expected_version: the `version` of the goal as the user loaded it. A save that
            changes nothing succeeds at any version and returns the goal as stored.

    Returns:
        The goal as stored after the save, with its new version.

    Raises:
        RecordChanged: the goal changed after the user loaded it; nothing was written.
        ValidationError, PermissionDenied, NotFound.
    """
    session.require_write()
    with db.atomic():
        goal = get_goal(goal_id)
        session.require_provider(goal.provider)
        cleaned = validate(session, goal.client_id, data, goal_id=goal.id)
        _check_step_members(goal, cleaned.member_ids)
        stored = GoalInput.from_goal(goal)
        changes = audit.diff(audit_values(stored), audit_values(cleaned))
        if not changes:
            return goal

        record_versions.check_version(
            session, goal, expected_version, "goal", goal.client_id, lambda: stored
        )
        if not record_versions.update_if_unchanged(
            Goal, goal.id, expected_version, _record_fields(cleaned)
        ):
            record_versions.raise_changed_since_read(
                session, get_goal, goal.id, "goal", goal.client_id, GoalInput.from_goal
            )
        _replace_members(goal, cleaned.member_ids)
        audit.record(session, "update", "goal", goal.id, goal.client_id, changes)
    return get_goal(goal.id)


def _check_step_members(goal: Goal, member_ids: list[int]) -> None:
    """Raise ValidationError when a member left out of the goal is named on its action steps.

    Action steps may only name the goal's members, so such a member stays until the user
    removes them from those steps.
    """
    named = (
        ActionStepMember.select(ActionStepMember.client)
        .join(ActionStep)
        .where((ActionStep.goal == goal.id) & ActionStepMember.client.not_in(member_ids))
        .distinct()
    )
    names = sorted(link.client.display_name for link in named)
    if names:
        raise ValidationError(
            {
                "members": f"{', '.join(names)} cannot be removed from the goal because "
                "action steps of the goal name them. Remove them from those steps first."
            }
        )


def describe_goal_contents(goal_id: int) -> dict[str, int]:
    """Return the counts of what deleting the goal deletes with it.

    Keys: "action_steps", "case_notes", "service_items" and "attachments"; attachments
    count those on the goal and those on its case notes.
    """
    note_ids = CaseNote.select(CaseNote.id).where(CaseNote.goal == goal_id)
    return {
        "action_steps": ActionStep.select().where(ActionStep.goal == goal_id).count(),
        "case_notes": CaseNote.select().where(CaseNote.goal == goal_id).count(),
        "service_items": ServiceTransaction.select()
        .where(ServiceTransaction.goal == goal_id)
        .count(),
        "attachments": Attachment.select()
        .where((Attachment.goal == goal_id) | Attachment.case_note.in_(note_ids))
        .count(),
    }


def delete_goal(session: Session, goal_id: int, *, expected_version: int) -> None:
    """Delete a goal with its action steps, case notes, service items and attachments.

    Callers ask the user first and show `describe_goal_contents`. The database deletes the
    dependent rows through its ON DELETE CASCADE foreign keys.

    Args:
        expected_version: the `version` of the goal as the user loaded it.

    Raises:
        RecordChanged: the goal changed after the user loaded it; nothing was deleted.
        PermissionDenied, NotFound.
    """
    session.require_write()
    with db.atomic():
        goal = get_goal(goal_id)
        session.require_provider(goal.provider)
        stored = GoalInput.from_goal(goal)
        record_versions.check_version(
            session, goal, expected_version, "goal", goal.client_id, lambda: stored, "delete"
        )
        contents = describe_goal_contents(goal.id)
        values = {name: (value, None) for name, value in audit_values(stored).items() if value}
        values.update({name: (count, None) for name, count in contents.items() if count})
        audit.record(session, "delete", "goal", goal.id, goal.client_id, values)
        if not record_versions.delete_if_unchanged(Goal, goal.id, expected_version):
            record_versions.raise_changed_since_read(
                session, get_goal, goal.id, "goal", goal.client_id, GoalInput.from_goal, "delete"
            )


def get_goal(goal_id: int) -> Goal:
    """Return the goal with `goal_id`.

    Raises:
        NotFound: no such goal.
    """
    goal = get_by_id_or_none(Goal, goal_id)
    if goal is None:
        raise NotFound(f"Goal {goal_id} was not found. It may have been deleted.")
    return goal


def goals_for_client(client_id: int) -> list[Goal]:
    """Return the client's goals for the Case Plans list, by date set, newest first.

    One query loads each goal with its classification, type, status, outcome, case manager
    and the case manager's user, and sets `action_step_count`, `case_note_count` and
    `service_count` on each goal from correlated subqueries.
    """
    action_steps = ActionStep.select(peewee.fn.COUNT(ActionStep.id)).where(
        ActionStep.goal == Goal.id
    )
    case_notes = CaseNote.select(peewee.fn.COUNT(CaseNote.id)).where(CaseNote.goal == Goal.id)
    services = ServiceTransaction.select(peewee.fn.COUNT(ServiceTransaction.id)).where(
        ServiceTransaction.goal == Goal.id
    )
    query = (
        Goal.select(
            Goal,
            GoalClassification,
            GoalType,
            GoalStatus,
            GoalOutcome,
            CaseManagerAssignment,
            User,
            action_steps.alias("action_step_count"),
            case_notes.alias("case_note_count"),
            services.alias("service_count"),
        )
        .join(GoalClassification, on=(Goal.classification == GoalClassification.id))
        .switch(Goal)
        .join(GoalType, on=(Goal.goal_type == GoalType.id))
        .switch(Goal)
        .join(GoalStatus, on=(Goal.status == GoalStatus.id))
        .switch(Goal)
        .join(GoalOutcome, peewee.JOIN.LEFT_OUTER, on=(Goal.outcome == GoalOutcome.id))
        .switch(Goal)
        .join(
            CaseManagerAssignment,
            peewee.JOIN.LEFT_OUTER,
            on=(Goal.case_manager == CaseManagerAssignment.id),
        )
        .join(User, peewee.JOIN.LEFT_OUTER, on=(CaseManagerAssignment.user == User.id))
        .where(Goal.client == client_id)
        .order_by(Goal.date_set.desc(), Goal.id.desc())
    )
    return list(query)


def classifications() -> list[GoalClassification]:
    """Return the goal classifications that are not retired, in sort order."""
    return list(
        GoalClassification.select()
        .where(GoalClassification.retired == False)  # noqa: E712
        .order_by(GoalClassification.sort_order, GoalClassification.name)
    )


def goal_types(classification_id: int) -> list[GoalType]:
    """Return the goal types of a classification that are not retired, in sort order."""
    return list(
        GoalType.select()
        .where(
            (GoalType.classification == classification_id) & (GoalType.retired == False)  # noqa: E712
        )
        .order_by(GoalType.sort_order, GoalType.name)
    )


def statuses() -> list[GoalStatus]:
    """Return the goal statuses that are not retired, in sort order."""
    return list(
        GoalStatus.select()
        .where(GoalStatus.retired == False)  # noqa: E712
        .order_by(GoalStatus.sort_order, GoalStatus.name)
    )


def outcomes() -> list[GoalOutcome]:
    """Return the goal outcomes that are not retired, in sort order."""
    return list(
        GoalOutcome.select()
        .where(GoalOutcome.retired == False)  # noqa: E712
        .order_by(GoalOutcome.sort_order, GoalOutcome.name)
    )


def audit_values(cleaned: GoalInput) -> dict[str, Any]:
    """Return the goal's input fields as one flat dict, follow-up fields included."""
    values = asdict(cleaned)
    values.update(values.pop("follow_up"))
    return values


def _record_fields(cleaned: GoalInput) -> dict[str, object]:
    return {
        "provider": cleaned.provider_id,
        "case_manager": cleaned.case_manager_id,
        "date_set": cleaned.date_set,
        "classification": cleaned.classification_id,
        "goal_type": cleaned.goal_type_id,
        "description": cleaned.description,
        "target_date": cleaned.target_date,
        "status": cleaned.status_id,
        "outcome": cleaned.outcome_id,
        "percent_complete": cleaned.percent_complete,
        "date_closed": cleaned.date_closed,
        **cleaned.follow_up.record_fields(),
    }


def _replace_members(goal: Goal, member_ids: list[int]) -> None:
    GoalMember.delete().where(GoalMember.goal == goal.id).execute()
    rows = [{"goal": goal.id, "client": client_id} for client_id in member_ids]
    if rows:
        GoalMember.insert_many(rows).execute()
