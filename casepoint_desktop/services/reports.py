"""The goal outcomes report for program evaluators, computed by aggregate SQL.

Goals count when their date set lies within the chosen range. The report gives per
classification and type: goals set, open, overdue (open with a target date before today),
closed, achieved, partially achieved, not achieved and other outcomes. It adds the mean
percent complete of the partially achieved goals that have one, and the achievement rate,
which is achieved out of closed.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, cast

import peewee

from casepoint_desktop.data.case_plan_models import Goal
from casepoint_desktop.data.lists import GoalClassification, GoalOutcome, GoalStatus, GoalType
from casepoint_desktop.data.models import Client, Provider
from casepoint_desktop.services import audit
from casepoint_desktop.services.errors import ServiceError, ValidationError
from casepoint_desktop.services.session import Session

# The counts of a report row, in the order of the report's columns.
MEASURES: tuple[tuple[str, str], ...] = (
    ("goals_set", "Goals set"),
    ("open", "Open"),
    ("overdue", "Overdue"),
    ("closed", "Closed"),
    ("achieved", "Achieved"),
    ("partially_achieved", "Partially achieved"),
    ("not_achieved", "Not achieved"),
    ("other_outcome", "Other outcome"),
)
# The measures that split closed goals by outcome, which the bar charts stack.
OUTCOME_MEASURES = ("achieved", "partially_achieved", "not_achieved", "other_outcome")
CSV_COLUMNS = (
    "classification",
    "goal_type",
    *(key for key, _ in MEASURES),
    "mean_percent_partial",
    "achievement_rate_percent",
)


@dataclass(frozen=True)
class ReportFilter:
    """Goals set from `start` to `end`, both included; empty tuples mean all."""

    start: date
    end: date
    provider_ids: tuple[int, ...] = ()
    classification_ids: tuple[int, ...] = ()


@dataclass
class OutcomeRow:
    """The counts of one classification and type, or of a classification, or the totals."""

    classification: str
    goal_type: str
    classification_id: int | None
    goal_type_id: int | None
    counts: dict[str, int] = field(default_factory=dict)
    percent_sum: int = 0
    percent_count: int = 0

    @property
    def mean_percent_partial(self) -> float | None:
        """Return the mean percent complete of partially achieved goals that have one."""
        return self.percent_sum / self.percent_count if self.percent_count else None

    @property
    def achievement_rate(self) -> float | None:
        """Return achieved goals as a percent of closed goals, None when none are closed."""
        closed = self.counts.get("closed", 0)
        return 100 * self.counts.get("achieved", 0) / closed if closed else None


@dataclass
class OutcomesReport:
    """The rows per classification and type, in list order, and the totals row."""

    report_filter: ReportFilter
    rows: list[OutcomeRow]
    totals: OutcomeRow
    today: date


def classification_sums(report: OutcomesReport) -> list[tuple[str, dict[str, int]]]:
    """Return each classification of the report with its counts summed over its goal types.

    Classifications keep the order of the report's rows.
    """
    sums: dict[int | None, tuple[str, dict[str, int]]] = {}
    for row in report.rows:
        _, counts = sums.setdefault(
            row.classification_id, (row.classification, dict.fromkeys(row.counts, 0))
        )
        for key, value in row.counts.items():
            counts[key] += value
    return list(sums.values())


@dataclass(frozen=True)
class FilterNames:
    """The names of a filter's providers and classifications, for printouts and headings.

    An empty tuple means that the filter chose all of them.
    """

    providers: tuple[str, ...]
    classifications: tuple[str, ...]


def filter_names(report_filter: ReportFilter) -> FilterNames:
    """Return the names of the providers and classifications that `report_filter` chose."""
    providers: tuple[str, ...] = ()
    classifications: tuple[str, ...] = ()
    if report_filter.provider_ids:
        provider_query = (
            Provider.select(Provider.name)
            .where(Provider.id.in_(report_filter.provider_ids))
            .order_by(Provider.name)
        )
        providers = tuple(provider.name for provider in provider_query)
    if report_filter.classification_ids:
        classification_query = (
            GoalClassification.select(GoalClassification.name)
            .where(GoalClassification.id.in_(report_filter.classification_ids))
            .order_by(GoalClassification.sort_order, GoalClassification.name)
        )
        classifications = tuple(group.name for group in classification_query)
    return FilterNames(providers, classifications)


def validate_filter(start: date | None, end: date | None) -> tuple[date, date]:
    """Return the range, or raise ValidationError ("start_date", "end_date")."""
    errors = {}
    if start is None:
        errors["start_date"] = "The start date is required."
    if end is None:
        errors["end_date"] = "The end date is required."
    if start and end and end < start:
        errors["end_date"] = "The end date is before the start date."
    if errors:
        raise ValidationError(errors)
    assert start is not None and end is not None
    return start, end


def goal_outcomes(
    session: Session, report_filter: ReportFilter, today: date | None = None
) -> OutcomesReport:
    """Build the report with one aggregate query and record it in the audit log.

    Every role may run it, because it shows counts. The goals behind a count are listed
    only to the user who requested the report.

    Raises:
        ValidationError: end before start.
    """
    validate_filter(report_filter.start, report_filter.end)
    today = today or date.today()
    flags = _measure_expressions(today)
    query = (
        _filtered_goals(report_filter)
        .select(
            GoalClassification.id,
            GoalClassification.name,
            GoalType.id,
            GoalType.name,
            *(expression.alias(key) for key, expression in flags.items()),
            peewee.fn.SUM(
                peewee.Case(None, [(GoalOutcome.is_partial == True, Goal.percent_complete)], 0)  # noqa: E712
            ).alias("percent_sum"),
            peewee.fn.SUM(
                peewee.Case(
                    None,
                    [
                        (
                            (GoalOutcome.is_partial == True)  # noqa: E712
                            & Goal.percent_complete.is_null(False),
                            1,
                        )
                    ],
                    0,
                )
            ).alias("percent_count"),
        )
        .group_by(GoalClassification.id, GoalType.id)
        .order_by(
            GoalClassification.sort_order,
            GoalClassification.name,
            GoalType.sort_order,
            GoalType.name,
        )
        .tuples()
    )
    rows = []
    totals = OutcomeRow("Total", "", None, None, dict.fromkeys(flags, 0))
    for values in cast(Iterable[tuple[Any, ...]], query):
        classification_id, classification, type_id, type_name, *numbers = values
        counts = {key: int(value or 0) for key, value in zip(flags, numbers, strict=False)}
        percent_sum, percent_count = (int(value or 0) for value in numbers[len(flags) :])
        row = OutcomeRow(
            classification,
            type_name,
            classification_id,
            type_id,
            counts,
            percent_sum,
            percent_count,
        )
        rows.append(row)
        for key, value in counts.items():
            totals.counts[key] += value
        totals.percent_sum += percent_sum
        totals.percent_count += percent_count

    audit.record(
        session,
        "view",
        "goal_outcomes_report",
        None,
        changes={
            "start": (None, report_filter.start),
            "end": (None, report_filter.end),
            "provider_ids": (None, list(report_filter.provider_ids)),
            "classification_ids": (None, list(report_filter.classification_ids)),
        },
    )
    return OutcomesReport(report_filter, rows, totals, today)


@dataclass(frozen=True)
class GoalBehindCount:
    """A goal behind a report count, for the list that opens from the count."""

    goal_id: int
    client_id: int
    client_name: str
    provider: str
    date_set: date
    target_date: date | None
    status: str
    outcome: str
    percent_complete: int | None


def goals_behind(
    report: OutcomesReport,
    measure: str,
    classification_id: int | None = None,
    goal_type_id: int | None = None,
    limit: int = 1000,
) -> list[GoalBehindCount]:
    """Return the goals that a count of the report stands for, by date set.

    `measure` is a key of MEASURES; None for the ids means every classification or type.
    """
    if measure not in dict(MEASURES):
        raise ValueError(f"unknown measure {measure!r}")
    condition = _measure_conditions(report.today)[measure]
    query = (
        _filtered_goals(report.report_filter)
        .select(
            Goal.id,
            Client.id,
            Client.first_name,
            Client.last_name,
            Provider.name,
            Goal.date_set,
            Goal.target_date,
            GoalStatus.name,
            GoalOutcome.name,
            Goal.percent_complete,
        )
        .switch(Goal)
        .join(Client, on=(Goal.client == Client.id))
        .switch(Goal)
        .join(Provider, on=(Goal.provider == Provider.id))
        .where(condition)
        .order_by(Goal.date_set, Goal.id)
        .limit(limit)
        .tuples()
    )
    if classification_id is not None:
        query = query.where(Goal.classification == classification_id)
    if goal_type_id is not None:
        query = query.where(Goal.goal_type == goal_type_id)
    return [
        GoalBehindCount(*_behind_values(values))
        for values in cast(Iterable[tuple[Any, ...]], query)
    ]


def _behind_values(values: tuple[Any, ...]) -> tuple[Any, ...]:
    goal_id, client_id, first, last, provider, date_set, target, status, outcome, percent = values
    name = f"{first} {last}".strip()
    return goal_id, client_id, name, provider, date_set, target, status, outcome or "", percent


def write_csv(session: Session, report: OutcomesReport, destination: Path) -> None:
    """Write the report's rows and totals to a UTF-8 CSV file, recorded as an export.

    Raises:
        ServiceError: the file cannot be written.
    """
    try:
        descriptor, name = tempfile.mkstemp(
            prefix=".casepoint-report-", suffix=".part", dir=destination.parent
        )
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="") as file:
            writer = csv.writer(file)
            writer.writerow(CSV_COLUMNS)
            for row in [*report.rows, report.totals]:
                writer.writerow(
                    [
                        row.classification,
                        row.goal_type,
                        *(row.counts[key] for key, _ in MEASURES),
                        _number(row.mean_percent_partial),
                        _number(row.achievement_rate),
                    ]
                )
        os.replace(name, destination)
    except OSError as error:
        raise ServiceError(
            f"The report could not be saved as {destination}: {error.strerror or error}."
        ) from error
    audit.record(
        session,
        "export",
        "goal_outcomes_report",
        None,
        changes={"destination": (None, str(destination))},
    )


def record_printed(session: Session, report: OutcomesReport) -> None:
    """Record in the audit log that `session`'s user printed (or previewed) the report."""
    audit.record(
        session,
        "print",
        "goal_outcomes_report",
        None,
        changes={
            "start": (None, report.report_filter.start),
            "end": (None, report.report_filter.end),
            "provider_ids": (None, list(report.report_filter.provider_ids)),
            "classification_ids": (None, list(report.report_filter.classification_ids)),
        },
    )


def format_percent(value: float | None) -> str:
    """Return "62.5 %" or "" for None."""
    return "" if value is None else f"{value:.1f} %"


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:.1f}"


def _filtered_goals(report_filter: ReportFilter) -> peewee.ModelSelect[Goal]:
    query = (
        Goal.select()
        .join(GoalClassification, on=(Goal.classification == GoalClassification.id))
        .switch(Goal)
        .join(GoalType, on=(Goal.goal_type == GoalType.id))
        .switch(Goal)
        .join(GoalStatus, on=(Goal.status == GoalStatus.id))
        .switch(Goal)
        .join(GoalOutcome, peewee.JOIN.LEFT_OUTER, on=(Goal.outcome == GoalOutcome.id))
        .where(Goal.date_set.between(report_filter.start, report_filter.end))
    )
    if report_filter.provider_ids:
        query = query.where(Goal.provider.in_(report_filter.provider_ids))
    if report_filter.classification_ids:
        query = query.where(Goal.classification.in_(report_filter.classification_ids))
    return query


def _measure_conditions(today: date) -> dict[str, peewee.Expression]:
    closed = GoalStatus.is_closed == True  # noqa: E712
    is_open = GoalStatus.is_closed == False  # noqa: E712
    achieved = closed & (GoalOutcome.is_achieved == True)  # noqa: E712
    partial = closed & (GoalOutcome.is_partial == True)  # noqa: E712
    not_achieved = closed & (GoalOutcome.is_not_achieved == True)  # noqa: E712
    return {
        "goals_set": Goal.id.is_null(False),
        "open": is_open,
        "overdue": is_open & (Goal.target_date < today),
        "closed": closed,
        "achieved": achieved,
        "partially_achieved": partial,
        "not_achieved": not_achieved,
        # A closed goal without an outcome (possible in imported data) counts here too.
        # False, not 0: PostgreSQL does not compare booleans with integers, and SQLite binds
        # False as 0.
        "other_outcome": closed
        & (peewee.fn.COALESCE(GoalOutcome.is_achieved, False) == False)  # noqa: E712
        & (peewee.fn.COALESCE(GoalOutcome.is_partial, False) == False)  # noqa: E712
        & (peewee.fn.COALESCE(GoalOutcome.is_not_achieved, False) == False),  # noqa: E712
    }


def _measure_expressions(today: date) -> dict[str, Any]:
    return {
        key: peewee.fn.SUM(peewee.Case(None, [(condition, 1)], 0))
        for key, condition in _measure_conditions(today).items()
    }
