"""Queries that load the printouts' goals with their members, action steps, service items
and case notes: a few queries per 500 goals, not a few per goal.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from decimal import Decimal

import peewee

from casepoint_desktop.data.case_plan_models import (
    ActionStep,
    ActionStepMember,
    CaseManagerAssignment,
    CaseNote,
    Goal,
    GoalMember,
    ServiceTransaction,
)
from casepoint_desktop.data.lists import (
    GoalClassification,
    GoalOutcome,
    GoalStatus,
    GoalType,
    ServiceType,
)
from casepoint_desktop.data.models import Client, Provider, User
from casepoint_desktop.printing.documents import (
    ActionStepRow,
    GoalSection,
    NoteEntry,
    ServiceItemRow,
)
from casepoint_desktop.printing.options import DateRange
from casepoint_desktop.services import case_managers


def current_case_manager(client_id: int, today: date | None) -> str:
    """Return the name of the client's active case manager who started last, or ""."""
    today = today or date.today()
    assignments = (
        CaseManagerAssignment.select(CaseManagerAssignment, User)
        .join(User, peewee.JOIN.LEFT_OUTER, on=(CaseManagerAssignment.user == User.id))
        .where(
            (CaseManagerAssignment.client == client_id)
            & (CaseManagerAssignment.start_date <= today)
            & (CaseManagerAssignment.end_date.is_null() | (CaseManagerAssignment.end_date >= today))
        )
        .order_by(CaseManagerAssignment.start_date.desc(), CaseManagerAssignment.id.desc())
        .limit(1)
    )
    for assignment in assignments:
        return case_managers.display_name(assignment)
    return ""


def goal_query() -> peewee.ModelSelect[Goal]:
    """Return a query of goals with their lists, provider and case manager, oldest first."""
    manager_user = User.alias()
    return (
        Goal.select(
            Goal,
            GoalClassification,
            GoalType,
            GoalStatus,
            GoalOutcome,
            Provider,
            CaseManagerAssignment,
            manager_user,
        )
        .join(GoalClassification, on=(Goal.classification == GoalClassification.id))
        .switch(Goal)
        .join(GoalType, on=(Goal.goal_type == GoalType.id))
        .switch(Goal)
        .join(GoalStatus, on=(Goal.status == GoalStatus.id))
        .switch(Goal)
        .join(GoalOutcome, peewee.JOIN.LEFT_OUTER, on=(Goal.outcome == GoalOutcome.id))
        .switch(Goal)
        .join(Provider, on=(Goal.provider == Provider.id))
        .switch(Goal)
        .join(
            CaseManagerAssignment,
            peewee.JOIN.LEFT_OUTER,
            on=(Goal.case_manager == CaseManagerAssignment.id),
        )
        .join(
            manager_user,
            peewee.JOIN.LEFT_OUTER,
            on=(CaseManagerAssignment.user == manager_user.id),
        )
        .order_by(Goal.date_set, Goal.id)
    )


def goal_sections(
    goals: list[Goal],
    client_id: int,
    *,
    include_action_steps: bool,
    include_service_items: bool,
    include_case_notes: bool,
    notes_range: DateRange | None = None,
    notes_provider_id: int | None = None,
    notes_selection: str = "",
) -> tuple[GoalSection, ...]:
    """Return the sections of `goals`, loading each included part with one query per 500 goals."""
    goal_ids = [goal.id for goal in goals]
    members = _goal_members(goal_ids, client_id)
    steps = _action_steps(goal_ids, client_id) if include_action_steps else {}
    services = _service_items(goal_ids) if include_service_items else {}
    notes = _case_notes(goal_ids, notes_range, notes_provider_id) if include_case_notes else {}
    return tuple(
        GoalSection(
            goal_id=goal.id,
            classification=goal.classification.name,
            goal_type=goal.goal_type.name,
            description=goal.description,
            status=goal.status.name,
            date_set=goal.date_set,
            target_date=goal.target_date,
            date_closed=goal.date_closed,
            outcome=goal.outcome.name if goal.outcome is not None else "",
            percent_complete=goal.percent_complete,
            case_manager=(
                case_managers.display_name(goal.case_manager)
                if goal.case_manager is not None
                else ""
            ),
            provider=goal.provider.name,
            members=tuple(members.get(goal.id, ())),
            action_steps=tuple(steps.get(goal.id, ())) if include_action_steps else None,
            service_items=tuple(services.get(goal.id, ())) if include_service_items else None,
            case_notes=tuple(notes.get(goal.id, ())) if include_case_notes else None,
            case_notes_selection=notes_selection,
        )
        for goal in goals
    )


def _chunks(ids: list[int], size: int = 500) -> Iterable[list[int]]:
    """Yield `ids` in slices, keeping each IN list below SQLite's variable limit."""
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def _member_order(client_id: int) -> peewee.Node:
    """Sort key that puts the goal's client first, then the others by name."""
    return peewee.Case(None, [(Client.id == client_id, 0)], 1)


def _goal_members(goal_ids: list[int], client_id: int) -> dict[int, list[str]]:
    members: dict[int, list[str]] = defaultdict(list)
    for chunk in _chunks(goal_ids):
        query = (
            GoalMember.select(GoalMember.goal, Client)
            .join(Client, on=(GoalMember.client == Client.id))
            .where(GoalMember.goal.in_(chunk))
            .order_by(_member_order(client_id), Client.sort_name, Client.id)
        )
        for link in query:
            members[link.goal_id].append(link.client.display_name)
    return members


def _action_steps(goal_ids: list[int], client_id: int) -> dict[int, list[ActionStepRow]]:
    steps: dict[int, list[ActionStepRow]] = defaultdict(list)
    for chunk in _chunks(goal_ids):
        query = (
            ActionStep.select(ActionStep, GoalStatus, GoalOutcome, Provider)
            .join(GoalStatus, on=(ActionStep.status == GoalStatus.id))
            .switch(ActionStep)
            .join(GoalOutcome, peewee.JOIN.LEFT_OUTER, on=(ActionStep.outcome == GoalOutcome.id))
            .switch(ActionStep)
            .join(Provider, on=(ActionStep.provider == Provider.id))
            .where(ActionStep.goal.in_(chunk))
            .order_by(ActionStep.date_set, ActionStep.id)
        )
        rows = list(query)
        step_members: dict[int, list[str]] = defaultdict(list)
        links = (
            ActionStepMember.select(ActionStepMember.action_step, Client)
            .join(Client, on=(ActionStepMember.client == Client.id))
            .join(ActionStep, on=(ActionStepMember.action_step == ActionStep.id))
            .where(ActionStep.goal.in_(chunk))
            .order_by(_member_order(client_id), Client.sort_name, Client.id)
        )
        for link in links:
            step_members[link.action_step_id].append(link.client.display_name)
        for step in rows:
            steps[step.goal_id].append(
                ActionStepRow(
                    description=step.description,
                    provider=step.provider.name,
                    date_set=step.date_set,
                    target_date=step.target_date,
                    status=step.status.name,
                    outcome=step.outcome.name if step.outcome is not None else "",
                    date_closed=step.date_closed,
                    members=tuple(step_members.get(step.id, ())),
                )
            )
    return steps


def _service_items(goal_ids: list[int]) -> dict[int, list[ServiceItemRow]]:
    items: dict[int, list[ServiceItemRow]] = defaultdict(list)
    for chunk in _chunks(goal_ids):
        query = (
            ServiceTransaction.select(ServiceTransaction, ServiceType, Provider)
            .join(ServiceType, on=(ServiceTransaction.service_type == ServiceType.id))
            .switch(ServiceTransaction)
            .join(Provider, on=(ServiceTransaction.provider == Provider.id))
            .where(ServiceTransaction.goal.in_(chunk))
            .order_by(ServiceTransaction.start_date, ServiceTransaction.id)
        )
        for item in query:
            items[item.goal_id].append(
                ServiceItemRow(
                    service_type=item.service_type.name,
                    provider=item.provider.name,
                    start_date=item.start_date,
                    end_date=item.end_date,
                    units=_two_places(item.units),
                    unit_type=item.unit_type,
                    amount=_two_places(item.amount),
                    notes=item.notes,
                )
            )
    return items


def _two_places(value: Decimal | None) -> str:
    """Return a stored decimal with two places ("20.00"), or "" when blank."""
    return "" if value is None else f"{Decimal(value):.2f}"


def _case_notes(
    goal_ids: list[int], notes_range: DateRange | None, provider_id: int | None
) -> dict[int, list[NoteEntry]]:
    notes: dict[int, list[NoteEntry]] = defaultdict(list)
    manager_user = User.alias()
    for chunk in _chunks(goal_ids):
        query = (
            CaseNote.select(CaseNote, Provider, User, CaseManagerAssignment, manager_user)
            .join(Provider, on=(CaseNote.provider == Provider.id))
            .switch(CaseNote)
            .join(User, on=(CaseNote.author == User.id))
            .switch(CaseNote)
            .join(
                CaseManagerAssignment,
                peewee.JOIN.LEFT_OUTER,
                on=(CaseNote.case_manager == CaseManagerAssignment.id),
            )
            .join(
                manager_user,
                peewee.JOIN.LEFT_OUTER,
                on=(CaseManagerAssignment.user == manager_user.id),
            )
            .where(CaseNote.goal.in_(chunk))
            .order_by(CaseNote.note_date, CaseNote.id)
        )
        if notes_range is not None:
            query = query.where(CaseNote.note_date.between(notes_range.start, notes_range.end))
        if provider_id is not None:
            query = query.where(CaseNote.provider == provider_id)
        for note in query:
            notes[note.goal_id].append(
                NoteEntry(
                    note_date=note.note_date,
                    provider=note.provider.name,
                    author=note.author.full_name,
                    text=note.text,
                    case_manager=(
                        case_managers.display_name(note.case_manager)
                        if note.case_manager is not None
                        else ""
                    ),
                )
            )
    return notes
