"""Tests of the goal outcomes report on a data set with known counts."""

from __future__ import annotations

import csv
from datetime import date

import pytest

from casepoint_desktop.data.case_plan_models import Goal
from casepoint_desktop.data.lists import GoalClassification, GoalOutcome, GoalStatus, GoalType
from casepoint_desktop.data.models import AuditEntry, Provider
from casepoint_desktop.services import clients, reports
from casepoint_desktop.services.clients import ClientInput
from casepoint_desktop.services.errors import ValidationError
from casepoint_desktop.services.reports import ReportFilter
from casepoint_desktop.services.session import Role, Session
from tests.conftest import make_user
from tests.services.test_case_notes import QueryCounter

START = date(2026, 1, 1)
END = date(2026, 6, 30)
TODAY = date(2026, 7, 15)


def add_goal(
    session,
    client,
    classification: str,
    type_index: int,
    date_set: date,
    status: str = "In Progress",
    outcome: str | None = None,
    percent: int | None = None,
    target: date | None = None,
    provider: Provider | None = None,
) -> Goal:
    group = GoalClassification.get(GoalClassification.name == classification)
    goal_type = (
        GoalType.select()
        .where(GoalType.classification == group)
        .order_by(GoalType.sort_order)[type_index]
    )
    return Goal.create(
        client=client,
        provider=provider or session.provider,
        date_set=date_set,
        classification=group,
        goal_type=goal_type,
        status=GoalStatus.get(GoalStatus.name == status),
        outcome=GoalOutcome.get(GoalOutcome.name == outcome) if outcome else None,
        percent_complete=percent,
        target_date=target,
        date_closed=date_set if status == "Closed" else None,
    )


@pytest.fixture
def data(admin_session):
    """Goals with known counts, with some on and beyond the range's edges."""
    client = clients.create_client(admin_session, ClientInput("Ana", "Lopez"))
    other = Provider.create(name="Outside Provider")
    made = {}

    def add(name, *args, **kwargs):
        made[name] = add_goal(admin_session, client, *args, **kwargs)

    # Housing, first type: 7 goals in range.
    add("on_start", "Housing", 0, START, "Closed", "Achieved")
    add("on_end", "Housing", 0, END, "Closed", "Achieved")
    add("partial_60", "Housing", 0, date(2026, 2, 1), "Closed", "Partially Achieved", 60)
    add("partial_none", "Housing", 0, date(2026, 2, 2), "Closed", "Partially Achieved", None)
    add("not_achieved", "Housing", 0, date(2026, 3, 1), "Closed", "Not Achieved")
    add("overdue", "Housing", 0, date(2026, 3, 2), target=date(2026, 7, 1))
    add("open_on_time", "Housing", 0, date(2026, 3, 3), "Identified", target=TODAY)
    # Housing, second type: 2 goals in range.
    add("partial_30", "Housing", 1, date(2026, 4, 1), "Closed", "Partially Achieved", 30)
    add("withdrew", "Housing", 1, date(2026, 4, 2), "Closed", "Client Withdrew")
    # Employment: 1 goal in range.
    add("employment", "Employment", 0, date(2026, 5, 1), "Closed", "Achieved")
    # Outside the range or the provider filter.
    add("before", "Housing", 0, date(2025, 12, 31), "Closed", "Achieved")
    add("after", "Housing", 0, date(2026, 7, 1), "Closed", "Not Achieved")
    add(
        "other_provider",
        "Housing",
        0,
        date(2026, 2, 1),
        "Closed",
        "Achieved",
        provider=other,
    )
    return made


def run(session, **changes) -> reports.OutcomesReport:
    values = {"start": START, "end": END, "provider_ids": (session.provider.id,)}
    values.update(changes)
    return reports.goal_outcomes(session, ReportFilter(**values), today=TODAY)


def test_every_figure_per_type_and_total(admin_session, data):
    report = run(admin_session)

    by_type = {row.goal_type_id: row for row in report.rows}
    first = by_type[data["on_start"].goal_type_id]
    second = by_type[data["withdrew"].goal_type_id]
    employment = by_type[data["employment"].goal_type_id]
    assert len(report.rows) == 3
    assert first.counts == {
        "goals_set": 7,
        "open": 2,
        "overdue": 1,
        "closed": 5,
        "achieved": 2,
        "partially_achieved": 2,
        "not_achieved": 1,
        "other_outcome": 0,
    }
    assert first.mean_percent_partial == 60
    assert first.achievement_rate == 40
    assert second.counts["partially_achieved"] == 1
    assert second.counts["other_outcome"] == 1
    assert second.mean_percent_partial == 30
    assert second.achievement_rate == 0
    assert employment.achievement_rate == 100
    assert report.totals.counts == {
        "goals_set": 10,
        "open": 2,
        "overdue": 1,
        "closed": 8,
        "achieved": 3,
        "partially_achieved": 3,
        "not_achieved": 1,
        "other_outcome": 1,
    }
    assert report.totals.mean_percent_partial == 45
    assert report.totals.achievement_rate == 37.5


def test_all_providers_include_outside_provider(admin_session, data):
    report = run(admin_session, provider_ids=())

    assert report.totals.counts["goals_set"] == 11
    assert report.totals.counts["achieved"] == 4


def test_classification_filter(admin_session, data):
    employment = GoalClassification.get(GoalClassification.name == "Employment")

    report = run(admin_session, classification_ids=(employment.id,))

    assert [row.classification for row in report.rows] == ["Employment"]
    assert report.totals.counts["goals_set"] == 1


def test_goals_behind_counts(admin_session, data):
    report = run(admin_session)
    first = next(row for row in report.rows if row.goal_type_id == data["on_start"].goal_type_id)

    def ids(measure, **where) -> set[int]:
        return {goal.goal_id for goal in reports.goals_behind(report, measure, **where)}

    assert ids("overdue") == {data["overdue"].id}
    assert ids("achieved", goal_type_id=first.goal_type_id) == {
        data["on_start"].id,
        data["on_end"].id,
    }
    assert ids("achieved") == {data["on_start"].id, data["on_end"].id, data["employment"].id}
    assert ids("other_outcome") == {data["withdrew"].id}
    assert len(ids("goals_set", classification_id=first.classification_id)) == 9
    behind = reports.goals_behind(report, "not_achieved")[0]
    assert (behind.client_name, behind.outcome) == ("Ana Lopez", "Not Achieved")


def test_empty_range_gives_zero_totals(admin_session, data):
    report = run(admin_session, start=date(2030, 1, 1), end=date(2030, 12, 31))

    assert report.rows == []
    assert report.totals.counts["goals_set"] == 0
    assert report.totals.achievement_rate is None
    assert report.totals.mean_percent_partial is None


def test_range_needs_both_dates_in_order():
    with pytest.raises(ValidationError) as missing:
        reports.validate_filter(None, END)
    with pytest.raises(ValidationError) as reversed_range:
        reports.validate_filter(END, START)

    assert missing.value.field_errors == {"start_date": "The start date is required."}
    assert reversed_range.value.field_errors == {
        "end_date": "The end date is before the start date."
    }


def test_read_only_report_audited(admin_session, data):
    reader = make_user("evaluator", Role.READ_ONLY)

    report = run(Session(reader, reader.home_provider), provider_ids=())

    assert report.totals.counts["goals_set"] == 11
    entry = AuditEntry.get(AuditEntry.record_type == "goal_outcomes_report")
    assert (entry.action, entry.user_id) == ("view", reader.id)


def test_csv_has_rows_totals_and_stable_columns(admin_session, data, tmp_path):
    report = run(admin_session)
    destination = tmp_path / "outcomes.csv"

    reports.write_csv(admin_session, report, destination)

    with destination.open(encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    assert list(rows[0]) == list(reports.CSV_COLUMNS)
    assert sorted(row["goals_set"] for row in rows[:-1]) == ["1", "2", "7"]
    first = next(row for row in rows if row["goals_set"] == "7")
    assert first["mean_percent_partial"] == "60.0"
    assert first["achievement_rate_percent"] == "40.0"
    assert rows[-1]["classification"] == "Total"
    assert rows[-1]["achievement_rate_percent"] == "37.5"
    assert AuditEntry.get(AuditEntry.action == "export").record_type == "goal_outcomes_report"


def test_report_is_one_query(admin_session, data):
    with QueryCounter() as counter:
        reports.goal_outcomes(admin_session, ReportFilter(START, END), today=TODAY)

    # One aggregate SELECT and the audit entry's INSERT.
    assert counter.count == 2
