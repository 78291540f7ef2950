"""Printing from the record: the buttons and Ctrl+P open the options, audit and preview."""

from __future__ import annotations

import json
from datetime import date

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QDialog

from casepoint_desktop.data.models import AuditEntry
from casepoint_desktop.services import notes
from casepoint_desktop.services.session import Role, Session
from casepoint_desktop.ui import messages
from casepoint_desktop.ui.client_record import ClientRecord
from casepoint_desktop.ui.dialogs.goal_dialog import GoalDialog
from casepoint_desktop.ui.dialogs.print_options_dialog import (
    CasePlanPrintDialog,
    ClientNotesPrintDialog,
    GoalDetailsPrintDialog,
)
from casepoint_desktop.ui.print_actions import printout_file_name
from casepoint_desktop.ui.print_preview import PrintPreviewDialog
from casepoint_desktop.ui.tabs.case_plans_tab import CasePlansTab
from casepoint_desktop.ui.widgets.client_notes_section import ClientNotesSection
from tests.conftest import make_user
from tests.ui.case_plan_helpers import add_goal, add_note
from tests.ui.record_helpers import RecordedAnswers, RecordedMessages, make_client


@pytest.fixture(autouse=True)
def wait_for_renders():
    yield
    QThreadPool.globalInstance().waitForDone(10_000)


@pytest.fixture
def client(admin_session):
    return make_client(admin_session, "Nguyễn Thị", "Hương", date(1990, 7, 24))


@pytest.fixture
def errors(monkeypatch) -> RecordedMessages:
    recorded = RecordedMessages()
    monkeypatch.setattr(messages, "show_error", recorded)
    monkeypatch.setattr(messages, "show_service_error", recorded)
    return recorded


class PrintFlowRunner:
    """A stand-in for messages.run_dialog through the print flow.

    It runs `fill` on an options dialog and accepts it, and waits for a preview's pages.
    The preview is deleted once it closes, so what the tests check is copied here.
    """

    def __init__(self, qtbot, fill=None) -> None:
        self.qtbot = qtbot
        self.fill = fill
        self.options_dialogs: list[QDialog] = []
        self.previews: list[dict] = []

    def __call__(self, dialog: QDialog) -> int:
        if isinstance(dialog, PrintPreviewDialog):
            self.qtbot.waitUntil(dialog.is_ready, timeout=20_000)
            self.previews.append(
                {
                    "title": dialog.windowTitle(),
                    "file_name": dialog.suggested_file_name,
                    "pages": dialog.viewer.page_count(),
                }
            )
            return QDialog.DialogCode.Rejected
        self.options_dialogs.append(dialog)
        if self.fill is not None:
            self.fill(dialog)
        dialog.accept()
        return dialog.result()


@pytest.fixture
def runner(qtbot, monkeypatch) -> PrintFlowRunner:
    flow = PrintFlowRunner(qtbot)
    monkeypatch.setattr(messages, "run_dialog", flow)
    return flow


def print_entries(record_type: str) -> list[AuditEntry]:
    return list(
        AuditEntry.select()
        .where((AuditEntry.action == "print") & (AuditEntry.record_type == record_type))
        .order_by(AuditEntry.id)
    )


def show(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_file_name_has_client_id_not_name():
    assert (
        printout_file_name("case-plan", 123, None, date(2026, 12, 4))
        == "case-plan-client-123-2026-12-04.pdf"
    )
    assert (
        printout_file_name("goal-details", 123, 45, date(2026, 12, 4))
        == "goal-details-client-123-goal-45-2026-12-04.pdf"
    )


def test_case_plan_button_prints(qtbot, admin_session, client, runner):
    add_goal(admin_session, client.id)
    tab = show(qtbot, CasePlansTab(admin_session, client.id))

    tab.ui.print_button.click()

    assert len(runner.options_dialogs) == 1
    assert isinstance(runner.options_dialogs[0], CasePlanPrintDialog)
    [preview] = runner.previews
    assert preview["title"] == "Print Preview — Case Plan — Nguyễn Thị Hương"
    assert preview["file_name"] == f"case-plan-client-{client.id}-{date.today().isoformat()}.pdf"
    assert preview["pages"] >= 1
    [entry] = print_entries("case_plan")
    assert entry.client_id == client.id
    assert entry.user_id == admin_session.user.id


def test_case_plan_options_reach_audit(qtbot, admin_session, client, monkeypatch):
    def choose_range(dialog) -> None:
        dialog.ui.date_range_radio.setChecked(True)
        dialog.ui.start_date_edit.set_text("2026-01-01")
        dialog.ui.end_date_edit.set_text("2026-06-30")
        dialog.ui.include_closed_check.setChecked(False)

    flow = PrintFlowRunner(qtbot, choose_range)
    monkeypatch.setattr(messages, "run_dialog", flow)
    tab = show(qtbot, CasePlansTab(admin_session, client.id))

    tab.on_print_clicked()

    [entry] = print_entries("case_plan")
    changes = json.loads(entry.changes)
    assert changes["goals_set_range"][1] == {"start": "2026-01-01", "end": "2026-06-30"}
    assert changes["include_closed_goals"][1] is False


def test_cancelled_options_print_nothing(qtbot, admin_session, client, monkeypatch):
    shown: list[QDialog] = []

    def cancel(dialog) -> int:
        shown.append(dialog)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(messages, "run_dialog", cancel)
    tab = show(qtbot, CasePlansTab(admin_session, client.id))

    tab.ui.print_button.click()

    assert len(shown) == 1
    assert print_entries("case_plan") == []


def test_ctrl_p_prints_current_tab(qtbot, admin_session, client, runner):
    record = show(qtbot, ClientRecord(admin_session, client.id))
    with qtbot.waitActive(record):
        record.activateWindow()

    record.tabs.setCurrentWidget(record.case_plans_tab)
    qtbot.keyClick(
        record.case_plans_tab.ui.goals_view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier
    )

    assert [type(dialog) for dialog in runner.options_dialogs] == [CasePlanPrintDialog]

    record.tabs.setCurrentWidget(record.profile_tab)
    record.profile_tab.setFocus()
    qtbot.keyClick(record.profile_tab, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)

    assert [type(dialog) for dialog in runner.options_dialogs] == [
        CasePlanPrintDialog,
        ClientNotesPrintDialog,
    ]


def test_notes_button_prints(qtbot, admin_session, client, runner):
    notes.create_note(admin_session, client, date(2026, 3, 1), "Met at the shelter.")
    section = show(qtbot, ClientNotesSection(admin_session, client.id))

    section.ui.print_notes_button.click()

    assert [type(dialog) for dialog in runner.options_dialogs] == [ClientNotesPrintDialog]
    [preview] = runner.previews
    assert preview["file_name"].startswith(f"client-notes-client-{client.id}-")
    [entry] = print_entries("client_notes")
    assert entry.record_id == client.id


def test_goal_dialog_print_button(qtbot, admin_session, client, runner):
    goal = add_goal(admin_session, client.id)
    add_note(admin_session, goal)
    dialog = show(qtbot, GoalDialog(admin_session, client.id, goal.id))

    assert dialog.ui.print_button.isEnabled()
    dialog.ui.print_button.click()

    assert [type(options) for options in runner.options_dialogs] == [GoalDetailsPrintDialog]
    [preview] = runner.previews
    assert preview["file_name"] == (
        f"goal-details-client-{client.id}-goal-{goal.id}-{date.today().isoformat()}.pdf"
    )
    [entry] = print_entries("goal")
    assert entry.record_id == goal.id
    assert entry.client_id == client.id


def test_new_goal_print_disabled_until_saved(qtbot, admin_session, client):
    dialog = show(qtbot, GoalDialog(admin_session, client.id))

    assert not dialog.ui.print_button.isEnabled()


def test_goal_print_offers_to_save_changes(qtbot, admin_session, client, runner, monkeypatch):
    goal = add_goal(admin_session, client.id)
    answers = RecordedAnswers(True)
    monkeypatch.setattr(messages, "ask_yes_no", answers)
    dialog = show(qtbot, GoalDialog(admin_session, client.id, goal.id))
    dialog.ui.description_edit.setPlainText("Move into the apartment on Elm Street")

    dialog.on_print_clicked()

    assert [title for title, _ in answers.questions] == ["Save Before Printing"]
    assert not dialog.has_unsaved_changes()
    assert len(runner.previews) == 1


def test_read_only_user_can_print(qtbot, admin_session, client, runner):
    add_goal(admin_session, client.id)
    viewer = make_user("viewer", role=Role.READ_ONLY)
    session = Session(user=viewer, provider=viewer.home_provider)
    tab = show(qtbot, CasePlansTab(session, client.id))
    section = show(qtbot, ClientNotesSection(session, client.id))

    assert tab.ui.print_button.isEnabled()
    assert section.ui.print_notes_button.isEnabled()
    tab.ui.print_button.click()
    section.ui.print_notes_button.click()

    assert len(runner.previews) == 2
    assert [entry.user_id for entry in print_entries("case_plan")] == [viewer.id]
    assert [entry.user_id for entry in print_entries("client_notes")] == [viewer.id]


def test_collect_error_shows_message(qtbot, admin_session, client, runner, errors):
    viewer = make_user("viewer", role=Role.READ_ONLY)
    session = Session(user=viewer, provider=viewer.home_provider)
    tab = show(qtbot, CasePlansTab(session, client.id))
    viewer.active = False
    viewer.save()

    tab.ui.print_button.click()

    assert [title for title, _ in errors.shown] == ["Printout Not Prepared"]
    assert runner.previews == []
    assert print_entries("case_plan") == []


def test_read_only_user_prints_selected_goal(qtbot, admin_session, client, runner):
    goal = add_goal(admin_session, client.id)
    viewer = make_user("viewer", role=Role.READ_ONLY)
    session = Session(user=viewer, provider=viewer.home_provider)
    tab = show(qtbot, CasePlansTab(session, client.id))
    assert not tab.ui.print_goal_button.isEnabled()

    tab.ui.goals_view.selectRow(0)
    tab.ui.print_goal_button.click()

    assert tab.ui.print_goal_button.isEnabled()
    assert len(runner.previews) == 1
    entries = print_entries("goal")
    assert [(entry.user_id, entry.record_id) for entry in entries] == [(viewer.id, goal.id)]
