"""Options of the three printouts, as a user chooses them before printing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class DateRange:
    """Calendar dates from `start` to `end`, both included; both are required."""

    start: date
    end: date


@dataclass(frozen=True)
class ClientNotesOptions:
    """Options of the client notes printout."""

    client_id: int
    date_range: DateRange | None = None  # None: all dates
    provider_ids: tuple[int, ...] | None = None  # None: all providers


@dataclass(frozen=True)
class GoalDetailsOptions:
    """Options of the goal details printout, printed from inside a goal."""

    goal_id: int
    include_case_notes: bool = True
    case_notes_range: DateRange | None = None  # None: all case notes
    case_notes_my_provider_only: bool = False  # True: only the session's current provider
    include_action_steps: bool = True
    include_service_items: bool = True
    include_signature_lines: bool = True


@dataclass(frozen=True)
class CasePlanOptions:
    """Options of the case plan printout of the Case Plans tab."""

    client_id: int
    goals_set_range: DateRange | None = None  # None: all goals; else goals set within it
    include_closed_goals: bool = True
    include_action_steps: bool = True
    include_case_notes: bool = True
    include_service_items: bool = False
    include_signature_lines: bool = True
