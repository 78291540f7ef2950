"""Demo case plans: case managers, goals in every state, action steps, case notes, services
and follow-ups, written through the service layer so validation and audit apply.

Dates count from today, so the demo user "demo" always has follow-ups that are overdue, due
today and due later.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from casepoint_desktop.data.lists import GoalOutcome, GoalStatus, GoalType, ServiceType
from casepoint_desktop.data.models import Client, User
from casepoint_desktop.services import action_steps, case_managers, case_notes, goals, service_items
from casepoint_desktop.services.action_steps import ActionStepInput
from casepoint_desktop.services.case_managers import AssignmentInput
from casepoint_desktop.services.case_notes import CaseNoteInput
from casepoint_desktop.services.follow_up_fields import FollowUpInput
from casepoint_desktop.services.goals import GoalInput
from casepoint_desktop.services.service_items import ServiceItemInput
from casepoint_desktop.services.session import Session


@dataclass(frozen=True)
class _Step:
    text: str
    # Days from today to the demo user's follow-up, or None for a step without one.
    follow_up: int | None = None
    closed: bool = False


@dataclass(frozen=True)
class _Goal:
    type_name: str
    set_days_ago: int
    status: str = "In Progress"
    outcome: str | None = None
    percent: int | None = None
    description: str = ""
    target_in_days: int | None = None
    # Days from today to the demo user's follow-up, or None for a goal without one.
    follow_up: int | None = None
    follow_up_made: bool = False
    steps: tuple[_Step, ...] = ()
    notes: int = 0
    services: tuple[tuple[str, Decimal], ...] = ()


@dataclass(frozen=True)
class _Plan:
    client_key: str
    # "demo" or "casey" for a user of the agency, any other text for an outside case manager.
    case_manager: str
    goals: tuple[_Goal, ...] = field(default_factory=tuple)


PLANS = [
    _Plan(
        "minh",
        "demo",
        (
            _Goal(
                "Obtain permanent housing",
                75,
                description="Move the family from the shelter into a two-bedroom apartment.",
                target_in_days=45,
                follow_up=-5,
                steps=(
                    _Step("Apply for the housing voucher", closed=True),
                    _Step("Visit three apartments on the bus line", follow_up=0),
                    _Step("Collect the last two pay stubs", follow_up=-12),
                ),
                notes=4,
                services=(("Case management", Decimal("2.5")), ("Transportation", Decimal(4))),
            ),
            _Goal(
                "Enroll in school",
                200,
                status="Closed",
                outcome="Achieved",
                description="Enroll Bảo Anh at the neighborhood school.",
                follow_up=-150,
                follow_up_made=True,
                steps=(_Step("Get the immunization record", closed=True),),
                notes=2,
            ),
        ),
    ),
    _Plan(
        "lukasz",
        "demo",
        (
            _Goal(
                "Obtain employment",
                40,
                status="Identified",
                description="Full-time work in warehouse or delivery.",
                target_in_days=90,
                follow_up=3,
                steps=(_Step("Update the résumé with the forklift certificate", follow_up=10),),
                notes=1,
            ),
        ),
    ),
    _Plan(
        "jose",
        "casey",
        (
            _Goal(
                "Resolve eviction",
                120,
                status="Closed",
                outcome="Partially Achieved",
                percent=60,
                description="Payment plan with the landlord; the court date was moved.",
                steps=(
                    _Step("Meet the legal clinic", closed=True),
                    _Step("Sign the payment plan", closed=True),
                ),
                notes=3,
                services=(("Financial assistance", Decimal(450)),),
            ),
            _Goal(
                "Apply for benefits",
                30,
                description="SNAP and the energy assistance program.",
                follow_up=-1,
                steps=(_Step("Bring the utility bill", follow_up=21),),
                notes=2,
                services=(("Food", Decimal(12)),),
            ),
        ),
    ),
    _Plan(
        "zoe",
        "Jorge Ramírez",
        (
            _Goal(
                "Obtain health insurance",
                60,
                status="Closed",
                outcome="Not Achieved",
                description="Client moved out of the county before the appointment.",
                notes=1,
            ),
        ),
    ),
    _Plan(
        "dmitry",
        "demo",
        (
            _Goal(
                "Obtain ESL/literacy skills",
                20,
                description="Evening English classes at the library.",
                target_in_days=120,
                follow_up=0,
                steps=(_Step("Register for the level 2 class"),),
                notes=1,
                services=(("Referral", Decimal(1)),),
            ),
        ),
    ),
    _Plan(
        "marcus",
        "demo",
        (
            _Goal(
                "Create budget",
                15,
                status="Identified",
                follow_up=7,
            ),
            _Goal(
                "Maintain employment",
                300,
                status="Closed",
                outcome="Achieved",
                description="Kept the job through the probation period.",
                notes=2,
                services=(("Case management", Decimal(1)),),
            ),
        ),
    ),
    _Plan(
        "priya",
        "casey",
        (
            _Goal(
                "Complete vocational training",
                90,
                status="Closed",
                outcome="Partially Achieved",
                percent=80,
                description="Medical assistant course; the last module is still open.",
                follow_up=-3,
                steps=(_Step("Finish the clinical hours", follow_up=14),),
                notes=2,
            ),
        ),
    ),
]

CASE_NOTE_TEXTS = [
    "Met at the office and went over the next steps together.",
    "Called to check in. Client is on track and has the documents ready.",
    "Left a voicemail; will try again on Monday morning.",
    "Home visit: the family is settled and asked about the school bus.",
    "Reviewed progress on the goal. Client wants to add an action step.",
]


def create_case_plans(
    session: Session, created: dict[str, Client], users: dict[str, User], today: date
) -> int:
    """Write the demo case plans and return the number of goals.

    `users` maps "demo" and "casey" to their users. Every follow-up goes to "demo" at the
    session's provider, which is the demo user's home provider.
    """
    count = 0
    for plan in PLANS:
        client = created[plan.client_key]
        assignment_id = _assign(session, client, plan.case_manager, users, today)
        for spec in plan.goals:
            _create_goal(session, client, spec, assignment_id, users["demo"], today)
            count += 1
    return count


def _assign(
    session: Session, client: Client, name: str, users: dict[str, User], today: date
) -> int:
    user = users.get(name)
    data = AssignmentInput(
        user_id=user.id if user is not None else None,
        provider_id=session.provider.id,
        start_date=today - timedelta(days=400),
        other_name="" if user is not None else name,
        title="Case Manager" if user is not None else "Probation Officer",
    )
    return case_managers.create_assignment(session, client.id, data).id


def _follow_up(
    session: Session, follow_up: int | None, made: bool, demo_user: User, today: date
) -> FollowUpInput:
    if follow_up is None:
        return FollowUpInput()
    projected = today + timedelta(days=follow_up)
    return FollowUpInput(
        followup_date=projected,
        followup_provider_id=session.provider.id,
        followup_user_id=demo_user.id,
        followup_actual_date=projected if made else None,
        followup_made_by_id=demo_user.id if made else None,
        followup_notes="Called; the client confirmed." if made else "",
    )


def _create_goal(
    session: Session,
    client: Client,
    spec: _Goal,
    assignment_id: int,
    demo_user: User,
    today: date,
) -> None:
    goal_type = GoalType.get(GoalType.name == spec.type_name)
    date_set = today - timedelta(days=spec.set_days_ago)
    closed = spec.status == "Closed"
    data = GoalInput(
        provider_id=session.provider.id,
        date_set=date_set,
        classification_id=goal_type.classification_id,
        goal_type_id=goal_type.id,
        status_id=GoalStatus.get(GoalStatus.name == spec.status).id,
        case_manager_id=assignment_id,
        description=spec.description,
        target_date=today + timedelta(days=spec.target_in_days)
        if spec.target_in_days is not None
        else None,
        outcome_id=GoalOutcome.get(GoalOutcome.name == spec.outcome).id if spec.outcome else None,
        percent_complete=spec.percent,
        date_closed=today - timedelta(days=spec.set_days_ago // 3) if closed else None,
        follow_up=_follow_up(session, spec.follow_up, spec.follow_up_made, demo_user, today),
    )
    goal = goals.create_goal(session, client.id, data)

    for step in spec.steps:
        _create_step(session, goal.id, date_set, step, demo_user, today)
    for number in range(spec.notes):
        note = CaseNoteInput(
            provider_id=session.provider.id,
            note_date=date_set + timedelta(days=(number + 1) * spec.set_days_ago // 6),
            text=CASE_NOTE_TEXTS[number % len(CASE_NOTE_TEXTS)],
            case_manager_id=assignment_id,
        )
        case_notes.create_case_note(session, goal.id, note)
    for type_name, units in spec.services:
        service_type = ServiceType.get(ServiceType.name == type_name)
        item = ServiceItemInput(
            service_type_id=service_type.id,
            provider_id=session.provider.id,
            start_date=date_set + timedelta(days=7),
            units=units,
            unit_type=service_type.default_unit_type,
        )
        service_items.create_service_item(session, goal.id, item)


def _create_step(
    session: Session, goal_id: int, date_set: date, step: _Step, demo_user: User, today: date
) -> None:
    status = "Closed" if step.closed else "In Progress"
    data = ActionStepInput(
        description=step.text,
        provider_id=session.provider.id,
        date_set=date_set,
        status_id=GoalStatus.get(GoalStatus.name == status).id,
        outcome_id=GoalOutcome.get(GoalOutcome.name == "Achieved").id if step.closed else None,
        date_closed=date_set + timedelta(days=10) if step.closed else None,
        follow_up=_follow_up(session, step.follow_up, False, demo_user, today),
    )
    action_steps.create_step(session, goal_id, data)
