"""Tests that the goal outcomes report reads goals through its covering index."""

from __future__ import annotations

import logging

import pytest

from casepoint_desktop.data.database import db
from casepoint_desktop.services import reports
from casepoint_desktop.services.reports import ReportFilter
from tests.services import test_reports

data = test_reports.data

# The query plans are SQLite's (EXPLAIN QUERY PLAN).
pytestmark = pytest.mark.sqlite_only


class SqlCapture(logging.Handler):
    """Keeps the (sql, params) of every query that peewee logs."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.queries: list[tuple[str, list]] = []

    def emit(self, record: logging.LogRecord) -> None:
        if isinstance(record.msg, tuple):
            self.queries.append(record.msg)


def test_report_reads_covering_index(admin_session, data):
    capture = SqlCapture()
    logger = logging.getLogger("peewee")
    old_level = logger.level
    logger.addHandler(capture)
    logger.setLevel(logging.DEBUG)
    try:
        reports.goal_outcomes(
            admin_session,
            # All providers: with one provider and no ANALYZE statistics, SQLite may choose
            # the provider index instead, which is also fast for a single provider.
            ReportFilter(test_reports.START, test_reports.END),
            today=test_reports.TODAY,
        )
    finally:
        logger.removeHandler(capture)
        logger.setLevel(old_level)

    sql, params = next(query for query in capture.queries if "SUM(" in query[0])
    plan = [row[-1] for row in db.execute_sql("EXPLAIN QUERY PLAN " + sql, params)]
    goal_steps = [step for step in plan if "goal_outcomes_report" in step]
    assert goal_steps, plan
    assert "COVERING INDEX" in goal_steps[0]
