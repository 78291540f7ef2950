"""The data of each printout, collected from the database before rendering.

Every class is a frozen dataclass of plain values (text, numbers, dates and tuples), so a
document can be rendered on a worker thread without touching the database. Text fields
hold the stored text unchanged; `render` cleans it for printing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

PAPER_LETTER = "letter"
PAPER_A4 = "a4"


@dataclass(frozen=True)
class PageHeading:
    """The contents of the header and footer of every page.

    `selection` is one line that describes which records were chosen, e.g. the date range.
    """

    agency_name: str
    title: str
    client_name: str
    client_id: int
    date_of_birth: date | None
    printed_on: date
    paper_size: str = PAPER_LETTER  # PAPER_LETTER or PAPER_A4
    selection: str = ""


@dataclass(frozen=True)
class NoteEntry:
    """A client note or case note: `case_manager` is blank for client notes."""

    note_date: date
    provider: str
    author: str
    text: str
    case_manager: str = ""


@dataclass(frozen=True)
class ActionStepRow:
    """One action step of a goal."""

    description: str
    provider: str
    date_set: date
    target_date: date | None
    status: str
    outcome: str
    date_closed: date | None
    members: tuple[str, ...] = ()


@dataclass(frozen=True)
class ServiceItemRow:
    """One service transaction of a goal; `units` and `amount` are formatted numbers."""

    service_type: str
    provider: str
    start_date: date
    end_date: date | None
    units: str
    unit_type: str
    amount: str
    notes: str


@dataclass(frozen=True)
class GoalSection:
    """A goal with the parts the options asked for.

    `action_steps`, `service_items` and `case_notes` are None when the options leave that
    part out, and an empty tuple when it is included but the goal has none.
    `case_notes_selection` describes which case notes were chosen ("" for all).
    """

    goal_id: int
    classification: str
    goal_type: str
    description: str
    status: str
    date_set: date
    target_date: date | None
    date_closed: date | None
    outcome: str
    percent_complete: int | None
    case_manager: str
    provider: str
    members: tuple[str, ...]
    action_steps: tuple[ActionStepRow, ...] | None = None
    service_items: tuple[ServiceItemRow, ...] | None = None
    case_notes: tuple[NoteEntry, ...] | None = None
    case_notes_selection: str = ""


@dataclass(frozen=True)
class SignatureBlock:
    """Signature and date lines for the client and the case manager, with their names."""

    client_name: str
    case_manager_name: str = ""


@dataclass(frozen=True)
class ClientNotesDocument:
    """The client notes printout: the client's notes, oldest first."""

    heading: PageHeading
    notes: tuple[NoteEntry, ...]


@dataclass(frozen=True)
class GoalDetailsDocument:
    """The goal details printout of one goal."""

    heading: PageHeading
    goal: GoalSection
    signatures: SignatureBlock | None = None


@dataclass(frozen=True)
class CasePlanDocument:
    """The case plan printout: the chosen goals of a client, by date set, oldest first."""

    heading: PageHeading
    goals: tuple[GoalSection, ...]
    signatures: SignatureBlock | None = None


Document = ClientNotesDocument | GoalDetailsDocument | CasePlanDocument
