"""The rules that goals and action steps share for their status, outcome and date closed."""

from __future__ import annotations

from datetime import date

from casepoint_desktop.data.lists import GoalOutcome, GoalStatus
from casepoint_desktop.services.input_checks import get_by_id_or_none


def check_closing(
    status_id: int | None,
    outcome_id: int | None,
    date_set: date | None,
    date_closed: date | None,
    errors: dict[str, str],
) -> tuple[GoalStatus | None, GoalOutcome | None]:
    """Add messages for the status, outcome and date closed to `errors`.

    A status is required. An open status takes no outcome and no date closed; a closed one
    requires both, and the date closed cannot be before the date set.

    Returns:
        The status and the outcome found, each None when missing or not found.
    """
    status = get_by_id_or_none(GoalStatus, status_id) if status_id is not None else None
    if status is None:
        errors["status"] = "The status is required."
        return None, None

    if not status.is_closed:
        if outcome_id is not None:
            errors["outcome"] = "Set an outcome only when the status is closed."
        if date_closed is not None:
            errors["date_closed"] = "Set the date closed only when the status is closed."
        return status, None

    outcome = get_by_id_or_none(GoalOutcome, outcome_id) if outcome_id is not None else None
    if outcome is None:
        errors["outcome"] = "The outcome is required when the status is closed."
    if date_closed is None:
        errors["date_closed"] = "The date closed is required when the status is closed."
    elif date_set is not None and date_closed < date_set:
        errors["date_closed"] = (
            f"The date closed {date_closed.isoformat()} is before the date set "
            f"{date_set.isoformat()}."
        )
    return status, outcome
