"""Tests of the Goal Outcomes window on the data set with known counts."""

from __future__ import annotations

import csv
import sys
import types

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from casepoint_desktop.data.lists import GoalClassification
from casepoint_desktop.data.models import AuditEntry
from casepoint_desktop.services import reports
from casepoint_desktop.services.session import Role, Session
from casepoint_desktop.ui import messages
from casepoint_desktop.ui.reports.outcomes_model import (
    FIRST_MEASURE_COLUMN,
    MEASURE_ROLE,
    OutcomesTableModel,
)
from casepoint_desktop.ui.reports.outcomes_window import GoalOutcomesWindow
from tests.conftest import make_user
from tests.printing.helpers import pdf_text
from tests.printing.test_outcomes_report import EXPECTED_ROWS, line_figures
from tests.services import test_reports

data = test_reports.data

# The cells of each row after Classification and Goal type, in table order.
EXPECTED_CELLS = {
    ("Housing", 0): ["7", "2", "1", "5", "2", "2", "1", "0", "60.0 %", "40.0 %"],
    ("Housing", 1): ["2", "0", "0", "2", "0", "1", "0", "1", "30.0 %", "0.0 %"],
    ("Employment", 0): ["1", "0", "0", "1", "1", "0", "0", "0", "", "100.0 %"],
    ("Total", None): ["10", "2", "1", "8", "3", "3", "1", "1", "45.0 %", "37.5 %"],
}
MEASURE_KEYS = [key for key, _ in reports.MEASURES]
ACHIEVED_COLUMN = FIRST_MEASURE_COLUMN + MEASURE_KEYS.index("achieved")
PARTIAL_COLUMN = FIRST_MEASURE_COLUMN + MEASURE_KEYS.index("partially_achieved")


def make_window(qtbot, session, run: bool = True) -> GoalOutcomesWindow:
    window = GoalOutcomesWindow(session, "Riverside Family Services")
    qtbot.addWidget(window)
    window.start_date_edit.set_date(test_reports.START)
    window.end_date_edit.set_date(test_reports.END)
    window.provider_choices.set_checked_ids([session.provider.id])
    if run:
        assert window.run_report()
    return window


@pytest.fixture
def window(qtbot, admin_session, data, monkeypatch):
    # The report counts overdue goals as of the data set's "today".
    real_goal_outcomes = reports.goal_outcomes
    monkeypatch.setattr(
        reports,
        "goal_outcomes",
        lambda session, report_filter: real_goal_outcomes(
            session, report_filter, today=test_reports.TODAY
        ),
    )
    return make_window(qtbot, admin_session)


def row_cells(model: OutcomesTableModel, row: int) -> list[str]:
    return [model.index(row, column).data() for column in range(model.columnCount())]


def find_row(model: OutcomesTableModel, classification: str, goal_type: str) -> int:
    for row in range(model.rowCount()):
        cells = row_cells(model, row)
        if cells[:2] == [classification, goal_type]:
            return row
    raise AssertionError(f"no row for {classification} / {goal_type}")


def type_name(classification: str, index: int | None) -> str:
    if index is None:
        return ""
    group = GoalClassification.get(GoalClassification.name == classification)
    return sorted(group.types, key=lambda goal_type: goal_type.sort_order)[index].name


def test_model_passes_qtmodeltester(qtmodeltester, window):
    qtmodeltester.check(window.model)


def test_table_shows_every_figure(window):
    model = window.model

    assert model.rowCount() == 4
    for (classification, index), expected in EXPECTED_CELLS.items():
        row = find_row(model, classification, type_name(classification, index))
        assert row_cells(model, row)[2:] == expected


def test_totals_row_is_last_and_bold(window):
    model = window.model
    last = model.rowCount() - 1

    assert model.index(last, 0).data() == "Total"
    assert model.index(last, 3).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(0, 3).data(Qt.ItemDataRole.FontRole) is None


def test_chart_holds_classification_sums(window):
    series = window.chart_view.series
    bar_sets = {bar_set.label(): bar_set for bar_set in series.barSets()}
    categories = window.chart_view.chart().axes(Qt.Orientation.Horizontal)[0].categories()

    assert list(bar_sets) == ["Achieved", "Partially achieved", "Not achieved", "Other outcome"]
    housing = categories.index("Housing")
    employment = categories.index("Employment")
    assert len(categories) == 2
    assert bar_sets["Achieved"].at(housing) == 2
    assert bar_sets["Partially achieved"].at(housing) == 3
    assert bar_sets["Not achieved"].at(housing) == 1
    assert bar_sets["Other outcome"].at(housing) == 1
    assert bar_sets["Achieved"].at(employment) == 1
    assert bar_sets["Partially achieved"].at(employment) == 0


def test_chart_follows_new_filter(window):
    employment = GoalClassification.get(GoalClassification.name == "Employment")
    window.classification_choices.set_checked_ids([employment.id])

    assert window.run_report()

    categories = window.chart_view.chart().axes(Qt.Orientation.Horizontal)[0].categories()
    assert categories == ["Employment"]
    assert window.model.rowCount() == 2


def test_click_on_count_lists_goals_behind(qtbot, window, data):
    row = find_row(window.model, "Housing", type_name("Housing", 0))
    index = window.model.index(row, PARTIAL_COLUMN)
    assert index.data(MEASURE_ROLE) == "partially_achieved"
    window.table.scrollTo(index)

    qtbot.mouseClick(
        window.table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=window.table.visualRect(index).center(),
    )

    dialog = window.goals_behind_dialog
    assert dialog is not None
    goal_ids = {dialog.model.row_at(number).goal_id for number in range(dialog.model.rowCount())}
    # Not partial_30, which is of the classification's other goal type.
    assert goal_ids == {data["partial_60"].id, data["partial_none"].id}


def test_enter_on_totals_count_lists_all(qtbot, window, data):
    last = window.model.rowCount() - 1
    window.table.setFocus()
    window.table.setCurrentIndex(window.model.index(last, ACHIEVED_COLUMN))

    qtbot.keyClick(window.table, Qt.Key.Key_Return)

    dialog = window.goals_behind_dialog
    assert dialog is not None
    goal_ids = {dialog.model.row_at(number).goal_id for number in range(dialog.model.rowCount())}
    assert goal_ids == {data["on_start"].id, data["on_end"].id, data["employment"].id}


def test_activating_goal_emits_client_and_goal(qtbot, window, data):
    row = find_row(window.model, "Housing", type_name("Housing", 0))
    overdue_column = FIRST_MEASURE_COLUMN + 2
    window.on_count_activated(window.model.index(row, overdue_column))
    dialog = window.goals_behind_dialog
    assert dialog.model.rowCount() == 1
    dialog.view.setFocus()
    dialog.view.setCurrentIndex(dialog.model.index(0, 0))

    with qtbot.waitSignal(window.goal_requested) as emitted:
        qtbot.keyClick(dialog.view, Qt.Key.Key_Return)

    assert emitted.args == [data["overdue"].client_id, data["overdue"].id]


def test_text_column_click_opens_nothing(qtbot, window):
    window.on_count_activated(window.model.index(0, 0))

    assert window.goals_behind_dialog is None


def test_export_csv_writes_report(window, monkeypatch, tmp_path):
    destination = tmp_path / "outcomes.csv"
    suggested = []

    def choose_save_path(parent, title, name, name_filter=""):
        suggested.append(name)
        return destination

    monkeypatch.setattr(messages, "choose_save_path", choose_save_path)

    window.export_button.click()

    assert suggested == ["goal-outcomes-2026-01-01-to-2026-06-30.csv"]
    with destination.open(encoding="utf-8", newline="") as file:
        rows = list(csv.reader(file))
    assert rows[0] == list(reports.CSV_COLUMNS)
    assert rows[-1][:3] == ["Total", "", "10"]
    assert rows[-1][-2:] == ["45.0", "37.5"]


def test_export_csv_cancel_writes_nothing(window, monkeypatch):
    monkeypatch.setattr(messages, "choose_save_path", lambda *args, **kwargs: None)

    window.export_button.click()

    assert not AuditEntry.select().where(AuditEntry.action == "export").exists()


def test_print_renders_every_figure(window, monkeypatch):
    calls = []
    fake = types.ModuleType("casepoint_desktop.ui.print_preview")
    fake.show_print_preview = lambda *args: calls.append(args)
    monkeypatch.setitem(sys.modules, "casepoint_desktop.ui.print_preview", fake)

    window.print_button.click()

    assert len(calls) == 1
    parent, title, render, file_name = calls[0]
    assert parent is window
    assert title == "Goal Outcomes"
    assert file_name == "goal-outcomes-2026-01-01-to-2026-06-30.pdf"
    text = pdf_text(render())
    lines = [line_figures(line) for line in text.split("\n")]
    for expected in EXPECTED_ROWS:
        assert any(words[-len(expected) :] == expected for words in lines), expected
    assert "Providers: Downtown Shelter" in text
    assert AuditEntry.get(AuditEntry.action == "print").record_type == "goal_outcomes_report"


def test_missing_start_date_shows_message(qtbot, window):
    window.start_date_edit.clear()

    assert not window.run_report()

    assert window.start_error_label.text() == "The start date is required."
    assert window.start_error_label.isVisibleTo(window)
    assert window.model.rowCount() == 4


def test_missing_end_date_shows_message(qtbot, window):
    window.end_date_edit.clear()
    window.run_button.click()

    assert window.end_error_label.text() == "The end date is required."


def test_invalid_date_text_shows_format(qtbot, window):
    window.start_date_edit.set_text("2026-13-45")

    assert not window.run_report()

    assert "YYYY-MM-DD" in window.start_error_label.text()


def test_no_provider_checked_shows_message(qtbot, window):
    window.provider_choices.set_checked_ids([])

    assert not window.run_report()

    assert "at least one provider" in window.general_error_label.text()


def test_read_only_user_runs_report(qtbot, admin_session, data):
    reader = make_user("evaluator", Role.READ_ONLY)
    session = Session(reader, reader.home_provider)

    window = make_window(qtbot, session)

    assert window.model.index(window.model.rowCount() - 1, 2).data() == "10"
    assert window.export_button.isEnabled()
    assert window.print_button.isEnabled()


def test_default_range_is_this_year(qtbot, admin_session):
    window = GoalOutcomesWindow(admin_session, "Riverside Family Services")
    qtbot.addWidget(window)

    start = window.start_date_edit.date()
    end = window.end_date_edit.date()
    assert (start.month, start.day) == (1, 1)
    assert start.year == end.year
    assert not window.export_button.isEnabled()
    QApplication.processEvents()
