"""The (text, id) entries of the goal dialog's drop-down lists, and filling a combo box."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox

from casepoint_desktop.data.case_plan_models import CaseManagerAssignment, Goal
from casepoint_desktop.data.models import User
from casepoint_desktop.services import case_managers, goals
from casepoint_desktop.services.session import Session

Entry = tuple[str, int | None]

NO_CASE_MANAGER_TEXT = "No case manager"
NO_FOLLOW_UP_PROVIDER_TEXT = "No follow-up"
NOT_RECORDED_TEXT = "Not recorded"


def fill_combo(combo: QComboBox, entries: list[Entry], selected: int | None) -> None:
    """Replace the items of `combo` by `entries` and select the entry whose id is `selected`.

    No item is selected when no entry has the id `selected`, so the combo shows its
    placeholder text. The combo emits no signals while it is filled.
    """
    combo.blockSignals(True)
    combo.clear()
    for text, entry_id in entries:
        combo.addItem(text, entry_id)
    ids = [entry_id for _, entry_id in entries]
    combo.setCurrentIndex(ids.index(selected) if selected in ids else -1)
    combo.blockSignals(False)


def _with_stored(entries: list[Entry], stored: Entry | None) -> list[Entry]:
    """Append `stored` unless its id is listed, so a goal keeps a retired or foreign entry."""
    if stored is not None and stored[1] is not None and stored[1] not in {i for _, i in entries}:
        entries.append(stored)
    return entries


def assignment_text(assignment: CaseManagerAssignment, today: date | None = None) -> str:
    """Return "Name, Provider", with when the assignment ended or starts if it is not active."""
    today = today or date.today()
    text = f"{case_managers.display_name(assignment)}, {assignment.provider.name}"
    if case_managers.is_active(assignment, today):
        return text
    if assignment.end_date is not None and assignment.end_date < today:
        return f"{text} (ended {assignment.end_date.isoformat()})"
    return f"{text} (starts {assignment.start_date.isoformat()})"


def provider_entries(session: Session, goal: Goal | None) -> list[Entry]:
    """Return the user's home and EDA providers, and the goal's provider if it is another.

    services.goals rejects saving a goal for a provider outside the user's own.
    """
    entries: list[Entry] = [(p.name, p.id) for p in case_managers.provider_choices(session)]
    stored = (goal.provider.name, goal.provider_id) if goal is not None else None
    return _with_stored(entries, stored)


def followup_provider_entries(session: Session, goal: Goal | None) -> list[Entry]:
    """Return "No follow-up", the user's providers and the goal's follow-up provider."""
    entries: list[Entry] = [(NO_FOLLOW_UP_PROVIDER_TEXT, None)]
    entries += [(p.name, p.id) for p in case_managers.provider_choices(session)]
    stored = None
    if goal is not None and goal.followup_provider_id is not None:
        stored = (goal.followup_provider.name, goal.followup_provider_id)
    return _with_stored(entries, stored)


def case_manager_entries(client_id: int) -> list[Entry]:
    """Return "No case manager" and the client's assignments, active ones first."""
    assignments = case_managers.assignments_for_client(client_id)
    return [(NO_CASE_MANAGER_TEXT, None)] + [(assignment_text(a), a.id) for a in assignments]


def classification_entries(goal: Goal | None) -> list[Entry]:
    entries: list[Entry] = [(c.name, c.id) for c in goals.classifications()]
    stored = (goal.classification.name, goal.classification_id) if goal is not None else None
    return _with_stored(entries, stored)


def goal_type_entries(classification_id: int, goal: Goal | None) -> list[Entry]:
    """Return the current goal types of the classification, and the goal's own type in it."""
    entries: list[Entry] = [(t.name, t.id) for t in goals.goal_types(classification_id)]
    stored = None
    if goal is not None and goal.goal_type.classification_id == classification_id:
        stored = (goal.goal_type.name, goal.goal_type_id)
    return _with_stored(entries, stored)


def status_entries(goal: Goal | None) -> list[Entry]:
    entries: list[Entry] = [(s.name, s.id) for s in goals.statuses()]
    stored = (goal.status.name, goal.status_id) if goal is not None else None
    return _with_stored(entries, stored)


def outcome_entries(goal: Goal | None) -> list[Entry]:
    entries: list[Entry] = [(o.name, o.id) for o in goals.outcomes()]
    stored = None
    if goal is not None and goal.outcome is not None:
        stored = (goal.outcome.name, goal.outcome_id)
    return _with_stored(entries, stored)


def closed_status_ids(goal: Goal | None) -> set[int]:
    """Return the ids of the statuses that close a goal, the goal's own status included."""
    ids = {status.id for status in goals.statuses() if status.is_closed}
    if goal is not None and goal.status.is_closed:
        ids.add(goal.status_id)
    return ids


def partial_outcome_ids(goal: Goal | None) -> set[int]:
    """Return the ids of the partially achieved outcomes, the goal's own outcome included."""
    ids = {outcome.id for outcome in goals.outcomes() if outcome.is_partial}
    if goal is not None and goal.outcome is not None and goal.outcome.is_partial:
        ids.add(goal.outcome_id)
    return ids


def user_entries(
    provider_id: int | None, keep_user_id: int | None, blank_text: str | None = None
) -> list[Entry]:
    """Return the active users of the provider, by name, and the user `keep_user_id`.

    A user who left the provider or was deactivated stays listed on the goal that names
    them. `blank_text`, when given, is a first entry with the id None.
    """
    users = case_managers.provider_users(provider_id) if provider_id is not None else []
    entries: list[Entry] = [(blank_text, None)] if blank_text is not None else []
    entries += [(user.full_name, user.id) for user in users]
    stored = None
    if keep_user_id is not None:
        stored = (User.get_by_id(keep_user_id).full_name, keep_user_id)
    return _with_stored(entries, stored)
