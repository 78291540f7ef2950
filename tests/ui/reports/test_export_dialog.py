"""Tests of the Export Case-Plan Data dialog and the Reports menu of the main window."""

from __future__ import annotations

import csv
from datetime import date

import pytest
from PySide6.QtWidgets import QDialog

from casepoint_desktop.data.models import AuditEntry
from casepoint_desktop.services import auth
from casepoint_desktop.services.session import Role
from casepoint_desktop.ui import messages
from casepoint_desktop.ui.main_window import MainWindow
from casepoint_desktop.ui.reports.export_dialog import ExportDialog, export_summary
from casepoint_desktop.ui.reports.outcomes_window import GoalOutcomesWindow
from tests.conftest import ADMIN_PASSWORD, make_user
from tests.printing.helpers import add_case_note
from tests.services import test_reports

data = test_reports.data


@pytest.fixture
def note(admin_session, data):
    return add_case_note(admin_session, data["overdue"], date(2026, 3, 5), "Private visit text")


@pytest.fixture
def dialog(qtbot, admin_session):
    widget = ExportDialog(admin_session)
    qtbot.addWidget(widget)
    return widget


def read_csv(path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


def test_export_writes_files_without_note_text(dialog, data, note, tmp_path, monkeypatch):
    monkeypatch.setattr(messages, "choose_folder", lambda parent, title: tmp_path)
    dialog.choose_folder_button.click()
    dialog.start_date_edit.set_date(test_reports.START)
    dialog.end_date_edit.set_date(test_reports.END)

    dialog.export_button.click()

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.counts["goals.csv"] == 11
    assert dialog.counts["case_notes.csv"] == 1
    assert read_csv(tmp_path / "case_notes.csv")[0]["text"] == ""


def test_export_with_note_text_and_provider(dialog, admin_session, data, note, tmp_path):
    dialog.set_folder(tmp_path)
    dialog.provider_choices.set_checked_ids([admin_session.provider.id])
    dialog.note_text_check_box.setChecked(True)

    dialog.export_button.click()

    assert dialog.counts["goals.csv"] == 12
    assert read_csv(tmp_path / "case_notes.csv")[0]["text"] == "Private visit text"
    entry = AuditEntry.get(AuditEntry.record_type == "case_plan_data")
    assert '"include_note_text": [null, true]' in entry.changes


def test_export_warns_about_note_text(dialog):
    assert "private" in dialog.warning_label.text()
    assert dialog.note_text_check_box.text() == "Include case-note &text"
    assert not dialog.note_text_check_box.isChecked()


def test_export_without_folder_shows_message(dialog):
    dialog.export_button.click()

    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.folder_error_label.text() == "Choose the folder to write the CSV files to."
    assert dialog.counts is None


def test_export_invalid_date_shows_message(dialog, tmp_path):
    dialog.set_folder(tmp_path)
    dialog.end_date_edit.set_text("2026-02-30")

    dialog.export_button.click()

    assert "not a date in the calendar" in dialog.end_error_label.text()
    assert not (tmp_path / "goals.csv").exists()


def test_export_end_before_start_shows_message(dialog, tmp_path):
    dialog.set_folder(tmp_path)
    dialog.start_date_edit.set_date(test_reports.END)
    dialog.end_date_edit.set_date(test_reports.START)

    dialog.export_button.click()

    assert dialog.end_error_label.text() == "The end date is before the start date."


def test_export_summary_lists_rows_per_file(tmp_path):
    summary = export_summary(tmp_path, {"goals.csv": 3, "case_notes.csv": 0})

    assert summary.splitlines() == [
        f"Exported to {tmp_path}:",
        "goals.csv: 3 rows",
        "case_notes.csv: 0 rows",
    ]


@pytest.fixture
def reader_session(admin_session):
    make_user("evaluator", Role.READ_ONLY)
    return auth.log_in("evaluator", ADMIN_PASSWORD)


@pytest.mark.parametrize("role", ["admin", "reader"])
def test_reports_menu_for_every_role(qtbot, admin_session, reader_session, role):
    session = admin_session if role == "admin" else reader_session
    window = MainWindow(session)
    qtbot.addWidget(window)

    menus = {action.text(): action.menu() for action in window.menuBar().actions()}
    actions = [action.text() for action in menus["&Reports"].actions()]
    assert actions == ["&Goal Outcomes…", "&Export Case-Plan Data…"]
    assert window.report_actions.outcomes_action.isEnabled()
    assert window.report_actions.export_action.isEnabled()


def test_menu_opens_report_and_goal_reaches_main_window(qtbot, admin_session, data, monkeypatch):
    requested = []
    monkeypatch.setattr(
        MainWindow,
        "on_goal_requested",
        lambda self, client_id, goal_id: requested.append((client_id, goal_id)),
    )
    window = MainWindow(admin_session)
    qtbot.addWidget(window)

    window.report_actions.outcomes_action.trigger()

    report_window = window.report_actions.outcomes.window
    assert isinstance(report_window, GoalOutcomesWindow)
    assert report_window.report is not None
    report_window.goal_requested.emit(data["overdue"].client_id, data["overdue"].id)
    assert requested == [(data["overdue"].client_id, data["overdue"].id)]
    report_window.close()


def test_menu_export_shows_summary(qtbot, admin_session, data, tmp_path, monkeypatch):
    window = MainWindow(admin_session)
    qtbot.addWidget(window)
    summaries = []

    def run_dialog(dialog):
        dialog.set_folder(tmp_path)
        dialog.export_button.click()
        return dialog.result()

    monkeypatch.setattr(messages, "run_dialog", run_dialog)
    monkeypatch.setattr(messages, "show_info", lambda parent, title, text: summaries.append(text))

    window.report_actions.export_action.trigger()

    assert len(summaries) == 1
    assert "goals.csv: 13 rows" in summaries[0]
    assert (tmp_path / "goals.csv").exists()
