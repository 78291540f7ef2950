"""CSV exports of case-plan data for analysis in other programs.

One UTF-8 file per table, with stable column names (the README lists them), filtered by a
date range and providers. Dates are YYYY-MM-DD, timestamps ISO 8601 in UTC, amounts with
two decimals, booleans 1 or 0. Rows are streamed, so an export of a million case notes
does not hold them in memory.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import peewee

from casepoint_desktop.data.case_plan_models import (
    ActionStep,
    CaseManagerAssignment,
    CaseNote,
    Goal,
    ServiceTransaction,
)
from casepoint_desktop.data.lists import (
    GoalClassification,
    GoalOutcome,
    GoalStatus,
    GoalType,
    ServiceType,
)
from casepoint_desktop.data.models import Provider, User
from casepoint_desktop.services import audit
from casepoint_desktop.services.errors import ServiceError, ValidationError
from casepoint_desktop.services.session import Session


@dataclass(frozen=True)
class ExportFilter:
    """Records dated from `start` to `end` (both included, either open), of the providers."""

    start: date | None = None
    end: date | None = None
    provider_ids: tuple[int, ...] = ()
    include_note_text: bool = False


@dataclass(frozen=True)
class ExportTable:
    """One CSV file: its name, columns, and the query that gives its rows."""

    file_name: str
    columns: tuple[str, ...]
    rows: Callable[[ExportFilter], Iterable[tuple[Any, ...]]]


def row_count_text(count: int) -> str:
    """Return "1 row" or "N rows", for the messages that list what each file contains."""
    return "1 row" if count == 1 else f"{count:,} rows"


def _range(query: Any, column: peewee.Field, export_filter: ExportFilter) -> Any:
    if export_filter.start is not None:
        query = query.where(column >= export_filter.start)
    if export_filter.end is not None:
        query = query.where(column <= export_filter.end)
    return query


def _providers(query: Any, column: peewee.Field, export_filter: ExportFilter) -> Any:
    if export_filter.provider_ids:
        query = query.where(column.in_(export_filter.provider_ids))
    return query


def _goal_rows(export_filter: ExportFilter) -> Iterable[tuple[Any, ...]]:
    query = (
        Goal.select(
            Goal.id,
            Goal.client,
            Goal.provider,
            Provider.name,
            Goal.date_set,
            GoalClassification.name,
            GoalType.name,
            Goal.description,
            Goal.target_date,
            GoalStatus.name,
            GoalOutcome.name,
            Goal.percent_complete,
            Goal.date_closed,
            Goal.case_manager,
            Goal.followup_date,
            Goal.followup_actual_date,
        )
        .join(Provider, on=(Goal.provider == Provider.id))
        .switch(Goal)
        .join(GoalClassification, on=(Goal.classification == GoalClassification.id))
        .switch(Goal)
        .join(GoalType, on=(Goal.goal_type == GoalType.id))
        .switch(Goal)
        .join(GoalStatus, on=(Goal.status == GoalStatus.id))
        .switch(Goal)
        .join(GoalOutcome, peewee.JOIN.LEFT_OUTER, on=(Goal.outcome == GoalOutcome.id))
        .order_by(Goal.id)
    )
    query = _providers(_range(query, Goal.date_set, export_filter), Goal.provider, export_filter)
    return query.tuples().iterator()


def _action_step_rows(export_filter: ExportFilter) -> Iterable[tuple[Any, ...]]:
    query = (
        ActionStep.select(
            ActionStep.id,
            ActionStep.goal,
            Goal.client,
            ActionStep.provider,
            Provider.name,
            ActionStep.date_set,
            ActionStep.description,
            ActionStep.target_date,
            GoalStatus.name,
            GoalOutcome.name,
            ActionStep.date_closed,
            ActionStep.followup_date,
            ActionStep.followup_actual_date,
        )
        .join(Goal, on=(ActionStep.goal == Goal.id))
        .switch(ActionStep)
        .join(Provider, on=(ActionStep.provider == Provider.id))
        .switch(ActionStep)
        .join(GoalStatus, on=(ActionStep.status == GoalStatus.id))
        .switch(ActionStep)
        .join(GoalOutcome, peewee.JOIN.LEFT_OUTER, on=(ActionStep.outcome == GoalOutcome.id))
        .order_by(ActionStep.id)
    )
    query = _range(query, ActionStep.date_set, export_filter)
    return _providers(query, ActionStep.provider, export_filter).tuples().iterator()


def _case_note_rows(export_filter: ExportFilter) -> Iterable[tuple[Any, ...]]:
    text = CaseNote.text if export_filter.include_note_text else peewee.Value("")
    query = (
        CaseNote.select(
            CaseNote.id,
            CaseNote.goal,
            Goal.client,
            CaseNote.provider,
            Provider.name,
            CaseNote.note_date,
            CaseNote.case_manager,
            User.username,
            peewee.fn.LENGTH(CaseNote.text),
            text,
        )
        .join(Goal, on=(CaseNote.goal == Goal.id))
        .switch(CaseNote)
        .join(Provider, on=(CaseNote.provider == Provider.id))
        .switch(CaseNote)
        .join(User, on=(CaseNote.author == User.id))
        .order_by(CaseNote.id)
    )
    query = _range(query, CaseNote.note_date, export_filter)
    return _providers(query, CaseNote.provider, export_filter).tuples().iterator()


def _service_rows(export_filter: ExportFilter) -> Iterable[tuple[Any, ...]]:
    query = (
        ServiceTransaction.select(
            ServiceTransaction.id,
            ServiceTransaction.client,
            ServiceTransaction.goal,
            ServiceTransaction.provider,
            Provider.name,
            ServiceType.name,
            ServiceTransaction.start_date,
            ServiceTransaction.end_date,
            ServiceTransaction.units,
            ServiceTransaction.unit_type,
            ServiceTransaction.amount,
            ServiceTransaction.hmis_services_id,
        )
        .join(Provider, on=(ServiceTransaction.provider == Provider.id))
        .switch(ServiceTransaction)
        .join(ServiceType, on=(ServiceTransaction.service_type == ServiceType.id))
        .order_by(ServiceTransaction.id)
    )
    query = _range(query, ServiceTransaction.start_date, export_filter)
    return _providers(query, ServiceTransaction.provider, export_filter).tuples().iterator()


def _assignment_rows(export_filter: ExportFilter) -> Iterable[tuple[Any, ...]]:
    query = (
        CaseManagerAssignment.select(
            CaseManagerAssignment.id,
            CaseManagerAssignment.client,
            CaseManagerAssignment.provider,
            Provider.name,
            CaseManagerAssignment.user,
            User.username,
            CaseManagerAssignment.other_name,
            CaseManagerAssignment.title,
            CaseManagerAssignment.start_date,
            CaseManagerAssignment.end_date,
        )
        .join(Provider, on=(CaseManagerAssignment.provider == Provider.id))
        .switch(CaseManagerAssignment)
        .join(User, peewee.JOIN.LEFT_OUTER, on=(CaseManagerAssignment.user == User.id))
        .order_by(CaseManagerAssignment.id)
    )
    query = _range(query, CaseManagerAssignment.start_date, export_filter)
    return _providers(query, CaseManagerAssignment.provider, export_filter).tuples().iterator()


TABLES: tuple[ExportTable, ...] = (
    ExportTable(
        "goals.csv",
        (
            "goal_id",
            "client_id",
            "provider_id",
            "provider",
            "date_set",
            "classification",
            "goal_type",
            "description",
            "target_date",
            "status",
            "outcome",
            "percent_complete",
            "date_closed",
            "case_manager_assignment_id",
            "follow_up_date",
            "follow_up_done_date",
        ),
        _goal_rows,
    ),
    ExportTable(
        "action_steps.csv",
        (
            "action_step_id",
            "goal_id",
            "client_id",
            "provider_id",
            "provider",
            "date_set",
            "description",
            "target_date",
            "status",
            "outcome",
            "date_closed",
            "follow_up_date",
            "follow_up_done_date",
        ),
        _action_step_rows,
    ),
    ExportTable(
        "case_notes.csv",
        (
            "case_note_id",
            "goal_id",
            "client_id",
            "provider_id",
            "provider",
            "note_date",
            "case_manager_assignment_id",
            "author",
            "text_length",
            "text",
        ),
        _case_note_rows,
    ),
    ExportTable(
        "service_transactions.csv",
        (
            "service_id",
            "client_id",
            "goal_id",
            "provider_id",
            "provider",
            "service_type",
            "start_date",
            "end_date",
            "units",
            "unit_type",
            "amount",
            "hmis_services_id",
        ),
        _service_rows,
    ),
    ExportTable(
        "case_manager_assignments.csv",
        (
            "assignment_id",
            "client_id",
            "provider_id",
            "provider",
            "user_id",
            "username",
            "other_name",
            "title",
            "start_date",
            "end_date",
        ),
        _assignment_rows,
    ),
)


def export_folder(session: Session, folder: Path, export_filter: ExportFilter) -> dict[str, int]:
    """Write one CSV file per table into `folder`; return the rows written per file name.

    Each file is written under a temporary name and renamed when complete. The export is
    recorded in the audit log, with whether case-note text was included.

    Raises:
        ValidationError: "end_date" before "start_date".
        ServiceError: the folder cannot be written.
    """
    if export_filter.start and export_filter.end and export_filter.end < export_filter.start:
        raise ValidationError({"end_date": "The end date is before the start date."})
    if not folder.is_dir():
        raise ServiceError(f"{folder} is not a folder. Choose an existing folder.")
    counts = {}
    for table in TABLES:
        counts[table.file_name] = _write(folder / table.file_name, table, export_filter)
    audit.record(
        session,
        "export",
        "case_plan_data",
        None,
        changes={
            "folder": (None, str(folder)),
            "start": (None, export_filter.start),
            "end": (None, export_filter.end),
            "provider_ids": (None, list(export_filter.provider_ids)),
            "include_note_text": (None, export_filter.include_note_text),
            "rows": (None, counts),
        },
    )
    return counts


def _write(destination: Path, table: ExportTable, export_filter: ExportFilter) -> int:
    written = 0
    try:
        descriptor, name = tempfile.mkstemp(
            prefix=".casepoint-export-", suffix=".part", dir=destination.parent
        )
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="") as file:
            writer = csv.writer(file)
            writer.writerow(table.columns)
            for row in table.rows(export_filter):
                writer.writerow(_cell(value) for value in row)
                written += 1
        os.replace(name, destination)
    except OSError as error:
        raise ServiceError(
            f"The export could not be written to {destination}: {error.strerror or error}."
        ) from error
    return written


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    return value
