"""Tests of `casepoint-desktop report goal-outcomes` and `casepoint-desktop export`."""

from __future__ import annotations

import csv
import logging
from datetime import date

import pytest

from casepoint_desktop import app
from casepoint_desktop.data import database
from casepoint_desktop.data.lists import GoalClassification
from casepoint_desktop.data.migrations import open_and_migrate
from casepoint_desktop.data.models import AuditEntry, User
from casepoint_desktop.services import reports
from casepoint_desktop.services.exports import TABLES
from casepoint_desktop.services.session import Role
from tests.conftest import make_user
from tests.printing.helpers import add_case_note, pdf_text
from tests.printing.test_outcomes_report import EXPECTED_ROWS, line_figures
from tests.services import test_reports

data = test_reports.data

RANGE = ["--from", "2026-01-01", "--to", "2026-06-30"]


@pytest.fixture(autouse=True)
def log_folder(tmp_path, monkeypatch):
    """Send the log file to `tmp_path`, and remove the program's handlers afterwards."""
    monkeypatch.setattr("casepoint_desktop.logs.log_folder", lambda: tmp_path / "logs")
    yield
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "casepoint", False):
            root.removeHandler(handler)
            handler.close()


@pytest.fixture
def agency(db_path, admin_session, data, monkeypatch):
    """The known-count data set in a closed database file, with a case note; returns IDs.

    The report counts overdue goals as of the data set's "today".
    """
    real_goal_outcomes = reports.goal_outcomes
    monkeypatch.setattr(
        reports,
        "goal_outcomes",
        lambda session, report_filter: real_goal_outcomes(
            session, report_filter, today=test_reports.TODAY
        ),
    )
    add_case_note(admin_session, data["overdue"], date(2026, 3, 5), "Private visit text")
    make_user("reader", Role.READ_ONLY)
    ids = {
        "provider": str(admin_session.provider.id),
        "employment": str(GoalClassification.get(GoalClassification.name == "Employment").id),
        "admin": admin_session.user.id,
    }
    database.close()
    return ids


def run(db_path, *arguments: str) -> int:
    return app.main(["--database", str(db_path), *arguments])


def read_csv(path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


def test_report_csv_has_every_figure(db_path, agency, tmp_path, capsys):
    output = tmp_path / "outcomes.csv"

    status = run(
        db_path,
        "report",
        "goal-outcomes",
        *RANGE,
        "--provider",
        agency["provider"],
        "--csv",
        str(output),
    )

    assert status == 0
    assert "Wrote" in capsys.readouterr().out
    rows = read_csv(output)
    assert list(rows[0]) == list(reports.CSV_COLUMNS)
    assert len(rows) == 4
    totals = rows[-1]
    assert totals["classification"] == "Total"
    assert [totals[key] for key, _ in reports.MEASURES] == ["10", "2", "1", "8", "3", "3", "1", "1"]
    assert totals["mean_percent_partial"] == "45.0"
    assert totals["achievement_rate_percent"] == "37.5"


def test_report_pdf_has_every_figure(db_path, agency, tmp_path):
    output = tmp_path / "outcomes.pdf"

    status = run(
        db_path,
        "report",
        "goal-outcomes",
        *RANGE,
        "--provider",
        agency["provider"],
        "--pdf",
        str(output),
    )

    assert status == 0
    text = pdf_text(output.read_bytes())
    lines = [line_figures(line) for line in text.split("\n")]
    for expected in EXPECTED_ROWS:
        assert any(words[-len(expected) :] == expected for words in lines), expected
    assert "Providers: Downtown Shelter" in text


def test_report_filters_and_audit_user(db_path, agency, tmp_path):
    output = tmp_path / "outcomes.csv"

    status = run(
        db_path,
        "report",
        "goal-outcomes",
        *RANGE,
        "--classification",
        agency["employment"],
        "--csv",
        str(output),
    )

    assert status == 0
    rows = read_csv(output)
    assert [row["classification"] for row in rows] == ["Employment", "Total"]
    open_and_migrate(db_path)
    try:
        entry = AuditEntry.get(AuditEntry.record_type == "goal_outcomes_report")
        assert entry.user_id == agency["admin"]
    finally:
        database.close()


def test_report_end_before_start_fails(db_path, agency, tmp_path, capsys):
    status = run(
        db_path,
        "report",
        "goal-outcomes",
        "--from",
        "2026-06-30",
        "--to",
        "2026-01-01",
        "--csv",
        str(tmp_path / "x.csv"),
    )

    assert status == 1
    assert "--to: The end date is before the start date." in capsys.readouterr().err
    assert not (tmp_path / "x.csv").exists()


@pytest.mark.parametrize(
    "arguments",
    [
        ["--from", "2026-01-01", "--csv", "x.csv"],
        [*RANGE],
        [*RANGE, "--csv", "x.csv", "--pdf", "x.pdf"],
        ["--from", "01/02/2026", "--to", "2026-06-30", "--csv", "x.csv"],
    ],
)
def test_report_usage_errors(db_path, agency, arguments):
    with pytest.raises(SystemExit) as raised:
        run(db_path, "report", "goal-outcomes", *arguments)

    assert raised.value.code == 2


def test_report_without_administrator_fails(db_path, agency, tmp_path, capsys):
    open_and_migrate(db_path)
    try:
        User.update(active=False).where(User.role == Role.ADMINISTRATOR.value).execute()
    finally:
        database.close()

    status = run(db_path, "report", "goal-outcomes", *RANGE, "--csv", str(tmp_path / "x.csv"))

    assert status == 1
    assert "no active administrator" in capsys.readouterr().err


def test_export_writes_files_and_counts(db_path, agency, tmp_path, capsys):
    folder = tmp_path / "export"
    folder.mkdir()

    status = run(db_path, "export", str(folder), *RANGE, "--provider", agency["provider"])

    assert status == 0
    output = capsys.readouterr().out
    assert "goals.csv: 10 rows" in output
    assert "case_notes.csv: 1 row\n" in output + "\n"
    for table in TABLES:
        with (folder / table.file_name).open(encoding="utf-8", newline="") as file:
            assert next(csv.reader(file)) == list(table.columns)
    notes = read_csv(folder / "case_notes.csv")
    assert notes[0]["text"] == ""
    assert notes[0]["text_length"] == str(len("Private visit text"))


def test_export_with_note_text(db_path, agency, tmp_path):
    folder = tmp_path / "export"
    folder.mkdir()

    status = run(db_path, "export", str(folder), "--include-note-text")

    assert status == 0
    assert read_csv(folder / "case_notes.csv")[0]["text"] == "Private visit text"
    assert len(read_csv(folder / "goals.csv")) == 13


def test_export_to_missing_folder_fails(db_path, agency, tmp_path, capsys):
    status = run(db_path, "export", str(tmp_path / "missing"))

    assert status == 1
    assert "is not a folder" in capsys.readouterr().err
