"""The printouts: client notes, goal details and case plan, collected, audited and rendered.

`collect_*` reads the database in a few queries and returns a document of plain values.
`render` turns a document into PDF bytes without touching the database, so a window may
collect on the UI thread and render on a worker thread. `print_*` does both and records
the "print" audit entry; a caller that collects and renders separately calls
`record_print` itself. Read-only users may print.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from datetime import date

from casepoint_desktop.data.case_plan_models import (
    Goal,
)
from casepoint_desktop.data.database import db
from casepoint_desktop.data.lists import (
    GoalStatus,
)
from casepoint_desktop.data.models import AgencySettings, Client, ClientNote, Provider, User
from casepoint_desktop.printing.documents import (
    PAPER_A4,
    PAPER_LETTER,
    CasePlanDocument,
    ClientNotesDocument,
    GoalDetailsDocument,
    NoteEntry,
    PageHeading,
    SignatureBlock,
)
from casepoint_desktop.printing.options import (
    CasePlanOptions,
    ClientNotesOptions,
    DateRange,
    GoalDetailsOptions,
)
from casepoint_desktop.printing.render import render
from casepoint_desktop.services import audit, printout_data
from casepoint_desktop.services.errors import NotFound, PermissionDenied, ValidationError
from casepoint_desktop.services.session import Session

__all__ = [
    "collect_case_plan",
    "collect_client_notes",
    "collect_goal_details",
    "print_case_plan",
    "print_client_notes",
    "print_goal_details",
    "record_print",
    "render",
    "validate_range",
]

Options = ClientNotesOptions | GoalDetailsOptions | CasePlanOptions


def validate_range(
    start: date | None, end: date | None, field_prefix: str = ""
) -> DateRange | None:
    """Return the range from `start` to `end`, or None when both are blank (all dates).

    Raises:
        ValidationError: on f"{field_prefix}start_date" or f"{field_prefix}end_date" when
            one of the dates is missing or the start is after the end.
    """
    start_field = f"{field_prefix}start_date"
    end_field = f"{field_prefix}end_date"
    if start is None and end is None:
        return None
    if start is None:
        raise ValidationError({start_field: "The start date is required for a date range."})
    if end is None:
        raise ValidationError({end_field: "The end date is required for a date range."})
    if start > end:
        raise ValidationError(
            {
                end_field: f"The end date {end.isoformat()} is before the start date "
                f"{start.isoformat()}. Enter an end date on or after the start date."
            }
        )
    return DateRange(start, end)


def print_client_notes(session: Session, options: ClientNotesOptions) -> bytes:
    """Collect, audit and render the client notes printout; return the PDF.

    Raises:
        ValidationError, PermissionDenied, NotFound.
    """
    document = collect_client_notes(session, options)
    record_print(session, options)
    return render(document)


def print_goal_details(session: Session, options: GoalDetailsOptions) -> bytes:
    """Collect, audit and render the goal details printout; return the PDF.

    Raises:
        ValidationError, PermissionDenied, NotFound.
    """
    document = collect_goal_details(session, options)
    record_print(session, options)
    return render(document)


def print_case_plan(session: Session, options: CasePlanOptions) -> bytes:
    """Collect, audit and render the case plan printout; return the PDF.

    Raises:
        ValidationError, PermissionDenied, NotFound.
    """
    document = collect_case_plan(session, options)
    record_print(session, options)
    return render(document)


def record_print(session: Session, options: Options) -> None:
    """Insert the "print" audit entry for a printout with `options`.

    The entry keeps the options (dates, provider IDs, what was included), never names or
    note text.

    Raises:
        NotFound: the goal of goal details options does not exist.
    """
    if isinstance(options, GoalDetailsOptions):
        record_type, record_id = "goal", options.goal_id
        client_id = _get_goal(options.goal_id).client_id
    else:
        record_type = "case_plan" if isinstance(options, CasePlanOptions) else "client_notes"
        record_id = client_id = options.client_id
    values = {
        name: (None, _audit_value(value))
        for name, value in dataclasses.asdict(options).items()
        if name not in ("client_id", "goal_id")
    }
    if isinstance(options, GoalDetailsOptions) and options.case_notes_my_provider_only:
        values["case_notes_provider_id"] = (None, session.provider.id)
    with db.atomic():
        audit.record(session, "print", record_type, record_id, client_id, values)


def _audit_value(value: object) -> object:
    if isinstance(value, dict):  # a DateRange after dataclasses.asdict
        return {name: _audit_value(item) for name, item in value.items()}
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def collect_client_notes(
    session: Session, options: ClientNotesOptions, today: date | None = None
) -> ClientNotesDocument:
    """Return the client notes document: the client's notes, oldest first.

    `today` is the date printed, the local date by default.

    Raises:
        ValidationError: an invalid date range ("start_date", "end_date") or an empty
            choice of providers ("providers").
        PermissionDenied: the user's account is inactive.
        NotFound: no such client.
    """
    _check_session(session)
    _check_range(options.date_range)
    if options.provider_ids is not None and not options.provider_ids:
        raise ValidationError({"providers": "Choose at least one provider, or all providers."})
    client = _get_client(options.client_id)

    query = (
        ClientNote.select(ClientNote, Provider, User)
        .join(Provider, on=(ClientNote.provider == Provider.id))
        .switch(ClientNote)
        .join(User, on=(ClientNote.author == User.id))
        .where(ClientNote.client == client.id)
        .order_by(ClientNote.note_date, ClientNote.id)
    )
    if options.date_range is not None:
        query = query.where(
            ClientNote.note_date.between(options.date_range.start, options.date_range.end)
        )
    provider_text = "All providers"
    if options.provider_ids is not None:
        query = query.where(ClientNote.provider.in_(list(options.provider_ids)))
        provider_text = "Providers: " + ", ".join(_provider_names(options.provider_ids))
    notes = tuple(
        NoteEntry(
            note_date=note.note_date,
            provider=note.provider.name,
            author=note.author.full_name,
            text=note.text,
        )
        for note in query
    )
    selection = f"{_sentence(_range_text(options.date_range, 'all dates'))}  ·  {provider_text}"
    return ClientNotesDocument(
        heading=_heading(client, "Client Notes", selection, today), notes=notes
    )


def collect_goal_details(
    session: Session, options: GoalDetailsOptions, today: date | None = None
) -> GoalDetailsDocument:
    """Return the goal details document of one goal with the parts the options include.

    Raises:
        ValidationError: an invalid case notes range ("case_notes_start_date",
            "case_notes_end_date").
        PermissionDenied: the user's account is inactive.
        NotFound: no such goal.
    """
    _check_session(session)
    _check_range(options.case_notes_range, "case_notes_")
    goal = _get_goal(options.goal_id)
    client = _get_client(goal.client_id)

    notes_provider = session.provider if options.case_notes_my_provider_only else None
    notes_selection = ""
    if options.include_case_notes:
        provider_text = (
            f"provider {notes_provider.name}" if notes_provider is not None else "all providers"
        )
        notes_selection = f"{_range_text(options.case_notes_range, 'all dates')}, {provider_text}"
    goals = list(printout_data.goal_query().where(Goal.id == goal.id))
    sections = printout_data.goal_sections(
        goals,
        client.id,
        include_action_steps=options.include_action_steps,
        include_service_items=options.include_service_items,
        include_case_notes=options.include_case_notes,
        notes_range=options.case_notes_range,
        notes_provider_id=notes_provider.id if notes_provider is not None else None,
        notes_selection=notes_selection,
    )
    signatures = None
    if options.include_signature_lines:
        signatures = SignatureBlock(client.display_name, sections[0].case_manager)
    return GoalDetailsDocument(
        heading=_heading(client, "Goal Details", "", today),
        goal=sections[0],
        signatures=signatures,
    )


def collect_case_plan(
    session: Session, options: CasePlanOptions, today: date | None = None
) -> CasePlanDocument:
    """Return the case plan document: the chosen goals, by date set, oldest first.

    Raises:
        ValidationError: an invalid date range ("start_date", "end_date").
        PermissionDenied: the user's account is inactive.
        NotFound: no such client.
    """
    _check_session(session)
    _check_range(options.goals_set_range)
    client = _get_client(options.client_id)

    query = printout_data.goal_query().where(Goal.client == client.id)
    if options.goals_set_range is not None:
        query = query.where(
            Goal.date_set.between(options.goals_set_range.start, options.goals_set_range.end)
        )
    if not options.include_closed_goals:
        query = query.where(GoalStatus.is_closed == False)  # noqa: E712
    sections = printout_data.goal_sections(
        list(query),
        client.id,
        include_action_steps=options.include_action_steps,
        include_service_items=options.include_service_items,
        include_case_notes=options.include_case_notes,
    )

    goal_text = "All goals"
    if options.goals_set_range is not None:
        goal_text = f"Goals set {_range_text(options.goals_set_range, '')}"
    closed_text = (
        "closed goals included" if options.include_closed_goals else "closed goals left out"
    )
    signatures = None
    if options.include_signature_lines:
        signatures = SignatureBlock(
            client.display_name, printout_data.current_case_manager(client.id, today)
        )
    return CasePlanDocument(
        heading=_heading(client, "Case Plan", f"{goal_text}  ·  {closed_text}", today),
        goals=sections,
        signatures=signatures,
    )


def _check_session(session: Session) -> None:
    if not session.user.active:
        raise PermissionDenied("Your account is inactive. Ask an administrator to activate it.")


def _check_range(date_range: DateRange | None, field_prefix: str = "") -> None:
    if date_range is not None:
        validate_range(date_range.start, date_range.end, field_prefix)


def _get_client(client_id: int) -> Client:
    client = Client.get_or_none(Client.id == client_id)
    if client is None:
        raise NotFound(f"Client {client_id} was not found. It may have been deleted.")
    return client


def _get_goal(goal_id: int) -> Goal:
    goal = Goal.get_or_none(Goal.id == goal_id)
    if goal is None:
        raise NotFound(f"Goal {goal_id} was not found. It may have been deleted.")
    return goal


def _heading(client: Client, title: str, selection: str, today: date | None) -> PageHeading:
    settings = AgencySettings.get_or_none()
    paper = PAPER_A4 if settings is not None and settings.paper_size == PAPER_A4 else PAPER_LETTER
    return PageHeading(
        agency_name=settings.name if settings is not None else "",
        title=title,
        client_name=client.display_name,
        client_id=client.id,
        date_of_birth=client.date_of_birth,
        printed_on=today or date.today(),
        paper_size=paper,
        selection=selection,
    )


def _range_text(date_range: DateRange | None, all_text: str) -> str:
    if date_range is None:
        return all_text
    return f"from {date_range.start.isoformat()} to {date_range.end.isoformat()}"


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def _provider_names(provider_ids: Iterable[int]) -> list[str]:
    query = Provider.select(Provider.name).where(Provider.id.in_(list(provider_ids)))
    return sorted(provider.name for provider in query)
