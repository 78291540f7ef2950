"""Case-plan data for the printout tests, and reading text back out of a PDF."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from pypdf import PdfReader

from casepoint_desktop.data.case_plan_models import (
    ActionStep,
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
from casepoint_desktop.data.models import Client, ClientNote, Provider
from casepoint_desktop.services import clients
from casepoint_desktop.services.clients import ClientInput
from casepoint_desktop.services.session import Session

# Names in every script the printouts must print: first name, last name.
NAMES = {
    "latin": ("Zoë", "Ñúñez-Łukasiewicz"),
    "vietnamese": ("Nguyễn", "Thị Ánh Tuyết"),
    "cyrillic": ("Ёлкина", "Жанна"),
    "greek": ("Παπαδόπουλος", "Ελένη"),
    "arabic": ("محمد", "عبد الله"),
    "hebrew": ("שרה", "כהן"),
    "chinese": ("王", "小明"),
    "japanese": ("山田", "たろう"),
    "korean": ("김", "민준"),
}


def pdf_pages(pdf: bytes) -> list[str]:
    """Return the extracted text of each page of `pdf`.

    fpdf2 draws a shaped right-to-left run in visual order, and pypdf 7 reverses such a
    run back into logical order, so an Arabic or Hebrew name comes back as stored. Only
    the spaces where it meets left-to-right text may move ("with  محمد عبد اللهtoday").
    """
    reader = PdfReader(io.BytesIO(pdf))
    return [page.extract_text() for page in reader.pages]


def text_heights(pdf: bytes) -> list[tuple[int, str, float]]:
    """Return (page index, text, baseline height above the page bottom in points) of each
    text object in `pdf`.
    """
    found: list[tuple[int, str, float]] = []
    for index, page in enumerate(PdfReader(io.BytesIO(pdf)).pages):

        def visit(text, cm, tm, font_dict, font_size, index=index):
            if text.strip():
                found.append((index, text, tm[5]))

        page.extract_text(visitor_text=visit)
    return found


def pdf_text(pdf: bytes) -> str:
    return "\n".join(pdf_pages(pdf))


def body_text(pdf: bytes, header_lines: int = 4) -> str:
    """Return the text of all pages without the header lines and the footer line.

    The header has 4 lines while the agency and client names fit on one line each.
    """
    bodies = []
    for page in pdf_pages(pdf):
        lines = page.split("\n")
        bodies.append("\n".join(lines[header_lines:-1]))
    return "\n".join(bodies)


def flat(text: str) -> str:
    """Return `text` with all whitespace removed, to find text that wrapped across lines."""
    return re.sub(r"\s+", "", text)


@dataclass
class CasePlanData:
    """IDs of the records `make_case_plan` inserted."""

    client_id: int
    goal_ids: list[int] = field(default_factory=list)
    assignment_id: int | None = None


def lookup(model, name: str):
    return model.get(model.name == name)


def make_client(
    session: Session, first: str = "Ana", last: str = "Lopez", born: date | None = None
) -> Client:
    return clients.create_client(
        session, ClientInput(first, last, date_of_birth=born or date(1990, 4, 5))
    )


def make_assignment(session: Session, client: Client, name: str = "Cara Casework") -> int:
    assignment = CaseManagerAssignment.create(
        client=client.id,
        other_name=name,
        provider=session.provider.id,
        start_date=date(2025, 1, 1),
    )
    return assignment.id


def make_goal(
    session: Session,
    client: Client,
    date_set: date,
    *,
    closed: bool = False,
    description: str = "",
    classification: str = "Housing",
    goal_type: str = "Maintain housing",
    case_manager_id: int | None = None,
    provider: Provider | None = None,
) -> Goal:
    """Insert a goal directly, as the goal dialog would save it, with the client as member."""
    values: dict[str, object] = {
        "status": lookup(GoalStatus, "In Progress"),
    }
    if closed:
        values = {
            "status": lookup(GoalStatus, "Closed"),
            "outcome": lookup(GoalOutcome, "Partially Achieved"),
            "percent_complete": 60,
            "date_closed": date_set + timedelta(days=40),
        }
    goal = Goal.create(
        client=client.id,
        provider=(provider or session.provider).id,
        date_set=date_set,
        classification=lookup(GoalClassification, classification),
        goal_type=GoalType.get(
            (GoalType.name == goal_type)
            & (GoalType.classification == lookup(GoalClassification, classification))
        ),
        description=description,
        target_date=date_set + timedelta(days=90),
        case_manager=case_manager_id,
        created_by=session.user.id,
        **values,
    )
    GoalMember.create(goal=goal.id, client=client.id)
    return goal


def add_case_note(
    session: Session,
    goal: Goal,
    note_date: date,
    text: str,
    provider: Provider | None = None,
    case_manager_id: int | None = None,
) -> CaseNote:
    return CaseNote.create(
        goal=goal.id,
        provider=(provider or session.provider).id,
        author=session.user.id,
        case_manager=case_manager_id,
        note_date=note_date,
        text=text,
    )


def add_action_step(session: Session, goal: Goal, description: str, date_set: date) -> ActionStep:
    return ActionStep.create(
        goal=goal.id,
        description=description,
        provider=session.provider.id,
        date_set=date_set,
        target_date=date_set + timedelta(days=14),
        status=lookup(GoalStatus, "In Progress"),
        created_by=session.user.id,
    )


def add_service_item(session: Session, goal: Goal, notes: str, start: date) -> ServiceTransaction:
    return ServiceTransaction.create(
        client=goal.client_id,
        goal=goal.id,
        provider=session.provider.id,
        service_type=ServiceType.select().order_by(ServiceType.id).first(),
        start_date=start,
        units=Decimal("2"),
        unit_type="visits",
        amount=Decimal("12.5"),
        notes=notes,
        created_by=session.user.id,
    )


def add_client_note(
    session: Session, client: Client, note_date: date, text: str, provider: Provider | None = None
) -> ClientNote:
    return ClientNote.create(
        client=client.id,
        provider=(provider or session.provider).id,
        author=session.user.id,
        note_date=note_date,
        text=text,
    )


NOTE_TEXT = (
    "Met with the client at the office to review the housing search. The client has "
    "applied to three apartments and is waiting for answers. We went over the budget, "
    "the documents the landlords asked for, and the bus routes to the job interview on "
    "Thursday. Next contact in one week. "
)


def make_large_case_plan(
    session: Session, client: Client, goals: int, notes: int, steps_per_goal: int = 3
) -> list[int]:
    """Insert `goals` goals with `notes` case notes spread over them, in bulk; return goal IDs."""
    status = lookup(GoalStatus, "In Progress")
    classification = lookup(GoalClassification, "Housing")
    goal_type = GoalType.get(GoalType.name == "Maintain housing")
    start = date(2024, 1, 1)

    Goal.insert_many(
        [
            {
                "client": client.id,
                "provider": session.provider.id,
                "date_set": start + timedelta(days=index),
                "classification": classification.id,
                "goal_type": goal_type.id,
                "status": status.id,
                "description": f"Goal number {index}: keep the apartment and pay rent on time.",
            }
            for index in range(goals)
        ]
    ).execute()

    goal_ids = [goal.id for goal in Goal.select(Goal.id).where(Goal.client == client.id)]
    GoalMember.insert_many(
        [{"goal": goal_id, "client": client.id} for goal_id in goal_ids]
    ).execute()
    ActionStep.insert_many(
        [
            {
                "goal": goal_id,
                "description": f"Step {number}: call the landlord and ask about the deposit.",
                "provider": session.provider.id,
                "date_set": start,
                "status": status.id,
            }
            for goal_id in goal_ids
            for number in range(steps_per_goal)
        ]
    ).execute()

    rows = [
        {
            "goal": goal_ids[index % len(goal_ids)],
            "provider": session.provider.id,
            "author": session.user.id,
            "note_date": start + timedelta(days=index % 700),
            "text": f"Note {index}. {NOTE_TEXT}",
        }
        for index in range(notes)
    ]
    for offset in range(0, len(rows), 200):
        CaseNote.insert_many(rows[offset : offset + 200]).execute()
    return goal_ids
