"""Action steps of a goal: validation, create, update, delete and the list of a goal."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

import peewee

from casepoint_desktop.data.case_plan_models import ActionStep, ActionStepMember, GoalMember
from casepoint_desktop.data.database import db
from casepoint_desktop.data.lists import GoalOutcome, GoalStatus
from casepoint_desktop.services import audit, record_versions
from casepoint_desktop.services.case_managers import provider_choices
from casepoint_desktop.services.closing_fields import check_closing
from casepoint_desktop.services.errors import NotFound, ValidationError
from casepoint_desktop.services.follow_up_fields import FollowUpInput, validate_follow_up
from casepoint_desktop.services.goals import get_goal
from casepoint_desktop.services.input_checks import add_unstorable_text_errors, get_by_id_or_none
from casepoint_desktop.services.session import Session


@dataclass
class ActionStepInput:
    """The fields of the action step dialog.

    `member_ids` are client IDs and must be members of the step's goal.
    """

    description: str
    provider_id: int | None
    date_set: date | None
    status_id: int | None
    member_ids: list[int] = field(default_factory=list)
    target_date: date | None = None
    outcome_id: int | None = None
    date_closed: date | None = None
    follow_up: FollowUpInput = field(default_factory=FollowUpInput)

    @classmethod
    def from_step(cls, step: ActionStep) -> ActionStepInput:
        members = ActionStepMember.select(ActionStepMember.client).where(
            ActionStepMember.action_step == step.id
        )
        return cls(
            description=step.description,
            provider_id=step.provider_id,
            date_set=step.date_set,
            status_id=step.status_id,
            member_ids=sorted(member.client_id for member in members),
            target_date=step.target_date,
            outcome_id=step.outcome_id,
            date_closed=step.date_closed,
            follow_up=FollowUpInput.from_record(step),
        )


def validate(
    session: Session, goal_id: int, data: ActionStepInput, today: date | None = None
) -> ActionStepInput:
    """Return a cleaned copy of `data`; `today` defaults to the local date.

    Raises:
        ValidationError: with a message per field: "description", "provider", "date_set",
            "target_date", "status", "outcome", "date_closed", "members" or a "followup_"
            field.
    """
    cleaned = ActionStepInput(**{**asdict(data), "follow_up": data.follow_up})
    errors: dict[str, str] = {}

    if not cleaned.description.strip():
        errors["description"] = "Describe the action step."
    add_unstorable_text_errors({"description": cleaned.description}, errors)

    if cleaned.provider_id is None:
        errors["provider"] = "The provider is required."
    elif cleaned.provider_id not in {provider.id for provider in provider_choices(session)}:
        errors["provider"] = "Choose your home provider or one of your Enter Data As providers."

    if cleaned.date_set is None:
        errors["date_set"] = "The date the action step was set is required."
    elif cleaned.target_date is not None and cleaned.target_date < cleaned.date_set:
        errors["target_date"] = (
            f"The target date {cleaned.target_date.isoformat()} is before the date set "
            f"{cleaned.date_set.isoformat()}."
        )

    check_closing(
        cleaned.status_id, cleaned.outcome_id, cleaned.date_set, cleaned.date_closed, errors
    )

    goal_members = {
        link.client_id
        for link in GoalMember.select(GoalMember.client).where(GoalMember.goal == goal_id)
    }
    if not set(cleaned.member_ids) <= goal_members:
        errors["members"] = "Choose only household members that the goal is for."
    cleaned.member_ids = sorted(set(cleaned.member_ids))

    try:
        cleaned.follow_up = validate_follow_up(session, cleaned.follow_up, today)
    except ValidationError as error:
        errors.update(error.field_errors)

    if errors:
        raise ValidationError(errors)
    return cleaned


def create_step(session: Session, goal_id: int, data: ActionStepInput) -> ActionStep:
    """Validate and insert an action step with its household members.

    Raises:
        ValidationError, PermissionDenied, NotFound.
    """
    session.require_write()
    with db.atomic():
        goal = get_goal(goal_id)
        cleaned = validate(session, goal.id, data)
        step = ActionStep.create(goal=goal.id, created_by=session.user, **_record_fields(cleaned))
        _replace_members(step, cleaned.member_ids)
        audit.record(
            session,
            "create",
            "action_step",
            step.id,
            goal.client_id,
            {name: (None, value) for name, value in audit_values(cleaned).items() if value},
        )
    return step


def update_step(
    session: Session, step_id: int, data: ActionStepInput, *, expected_version: int
) -> ActionStep:
    """Validate and save changes to an action step; the audit entry keeps the old values.

    Args:
        expected_version: the `version` of the step as the user loaded it. A save that
            changes nothing succeeds at any version and returns the step as stored.

    Returns:
        The step as stored after the save, with its new version.

    Raises:
        RecordChanged: the step changed after the user loaded it; nothing was written.
        ValidationError, PermissionDenied, NotFound.
    """
    session.require_write()
    with db.atomic():
        step = get_step(step_id)
        session.require_provider(step.provider)
        client_id = step.goal.client_id
        cleaned = validate(session, step.goal_id, data)
        stored = ActionStepInput.from_step(step)
        changes = audit.diff(audit_values(stored), audit_values(cleaned))
        if not changes:
            return step

        record_versions.check_version(
            session, step, expected_version, "action_step", client_id, lambda: stored
        )
        if not record_versions.update_if_unchanged(
            ActionStep, step.id, expected_version, _record_fields(cleaned)
        ):
            record_versions.raise_changed_since_read(
                session, get_step, step.id, "action_step", client_id, ActionStepInput.from_step
            )
        _replace_members(step, cleaned.member_ids)
        audit.record(session, "update", "action_step", step.id, client_id, changes)
    return get_step(step.id)


def delete_step(session: Session, step_id: int, *, expected_version: int) -> None:
    """Delete an action step and its member links.

    Args:
        expected_version: the `version` of the step as the user loaded it.

    Raises:
        RecordChanged: the step changed after the user loaded it; nothing was deleted.
        PermissionDenied, NotFound.
    """
    session.require_write()
    with db.atomic():
        step = get_step(step_id)
        session.require_provider(step.provider)
        client_id = step.goal.client_id
        stored = ActionStepInput.from_step(step)
        record_versions.check_version(
            session, step, expected_version, "action_step", client_id, lambda: stored, "delete"
        )
        audit.record(
            session,
            "delete",
            "action_step",
            step.id,
            client_id,
            {name: (value, None) for name, value in audit_values(stored).items() if value},
        )
        if not record_versions.delete_if_unchanged(ActionStep, step.id, expected_version):
            record_versions.raise_changed_since_read(
                session,
                get_step,
                step.id,
                "action_step",
                client_id,
                ActionStepInput.from_step,
                "delete",
            )


def get_step(step_id: int) -> ActionStep:
    """Return the action step with `step_id`.

    Raises:
        NotFound: no such action step.
    """
    step = get_by_id_or_none(ActionStep, step_id)
    if step is None:
        raise NotFound(f"Action step {step_id} was not found. It may have been deleted.")
    return step


def steps_for_goal(goal_id: int) -> list[ActionStep]:
    """Return the goal's action steps by date set, newest first, with status and outcome."""
    return list(
        ActionStep.select(ActionStep, GoalStatus, GoalOutcome)
        .join(GoalStatus, on=(ActionStep.status == GoalStatus.id))
        .switch(ActionStep)
        .join(GoalOutcome, peewee.JOIN.LEFT_OUTER, on=(ActionStep.outcome == GoalOutcome.id))
        .where(ActionStep.goal == goal_id)
        .order_by(ActionStep.date_set.desc(), ActionStep.id.desc())
    )


def audit_values(cleaned: ActionStepInput) -> dict[str, Any]:
    """Return the step's input fields as one flat dict, follow-up fields included."""
    values = asdict(cleaned)
    values.update(values.pop("follow_up"))
    return values


def _record_fields(cleaned: ActionStepInput) -> dict[str, object]:
    return {
        "description": cleaned.description,
        "provider": cleaned.provider_id,
        "date_set": cleaned.date_set,
        "target_date": cleaned.target_date,
        "status": cleaned.status_id,
        "outcome": cleaned.outcome_id,
        "date_closed": cleaned.date_closed,
        **cleaned.follow_up.record_fields(),
    }


def _replace_members(step: ActionStep, member_ids: list[int]) -> None:
    ActionStepMember.delete().where(ActionStepMember.action_step == step.id).execute()
    rows = [{"action_step": step.id, "client": client_id} for client_id in member_ids]
    if rows:
        ActionStepMember.insert_many(rows).execute()
