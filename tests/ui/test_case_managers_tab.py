"""CaseManagersTab: adding, editing and deleting assignments through the tab and its dialog."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from casepoint_desktop.data.case_plan_models import CaseManagerAssignment, Goal
from casepoint_desktop.data.lists import GoalClassification, GoalStatus, GoalType
from casepoint_desktop.services import case_managers
from casepoint_desktop.services.case_managers import AssignmentInput
from casepoint_desktop.services.session import Role, Session
from casepoint_desktop.ui import messages
from casepoint_desktop.ui.client_record import ClientRecord
from casepoint_desktop.ui.dialogs.case_manager_dialog import CaseManagerDialog, PersonKind
from casepoint_desktop.ui.models.case_managers_model import NAME_COLUMN
from casepoint_desktop.ui.tabs.case_managers_tab import CaseManagersTab
from tests.conftest import make_user
from tests.ui.record_helpers import RecordedAnswers, RecordedMessages, make_client


@pytest.fixture
def client(admin_session):
    return make_client(admin_session, "Nguyễn Thị", "Hương", date(1990, 7, 24))


@pytest.fixture(autouse=True)
def answers_yes(monkeypatch) -> RecordedAnswers:
    answers = RecordedAnswers(True)
    monkeypatch.setattr(messages, "ask_yes_no", answers)
    return answers


@pytest.fixture
def shown_errors(monkeypatch) -> RecordedMessages:
    shown = RecordedMessages()
    monkeypatch.setattr(messages, "show_service_error", shown)
    monkeypatch.setattr(messages, "show_error", shown)
    return shown


class DialogRunner:
    """A stand-in for messages.run_dialog that fills the dialog, saves it and records it."""

    def __init__(self, fill) -> None:
        self.fill = fill
        self.dialogs: list[CaseManagerDialog] = []

    def __call__(self, dialog: CaseManagerDialog) -> int:
        self.dialogs.append(dialog)
        self.fill(dialog)
        dialog.accept()
        return dialog.result()


def run_dialogs_with(monkeypatch, fill) -> DialogRunner:
    runner = DialogRunner(fill)
    monkeypatch.setattr(messages, "run_dialog", runner)
    return runner


def open_tab(qtbot, session, client_id) -> CaseManagersTab:
    tab = CaseManagersTab(session, client_id)
    qtbot.addWidget(tab)
    tab.resize(1200, 500)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def assign(session, client, **fields) -> CaseManagerAssignment:
    values = {
        "user_id": session.user.id,
        "provider_id": session.provider.id,
        "start_date": date.today() - timedelta(days=30),
    }
    values.update(fields)
    return case_managers.create_assignment(session, client.id, AssignmentInput(**values))


def names_shown(tab: CaseManagersTab) -> list[str]:
    model = tab.model
    return [model.data(model.index(row, NAME_COLUMN)) for row in range(model.rowCount())]


def test_record_has_case_managers_tab(qtbot, admin_session, client):
    record = ClientRecord(admin_session, client.id)
    qtbot.addWidget(record)

    assert record.tabs.indexOf(record.case_managers_tab) == 1
    assert record.tabs.tabText(1) == "Case &Managers"
    assert record.case_managers_tab.client_id == client.id


def test_empty_tab(qtbot, admin_session, client):
    tab = open_tab(qtbot, admin_session, client.id)

    assert tab.model.rowCount() == 0
    assert tab.ui.count_label.text() == "0 case managers"
    assert tab.ui.add_button.isEnabled()
    assert not tab.ui.edit_button.isEnabled()
    assert not tab.ui.delete_button.isEnabled()
    assert tab.ui.assignments_view.accessibleName() == "Case managers"


def test_add_provider_user(qtbot, monkeypatch, admin_session, client):
    colleague = make_user("bella")

    def fill(dialog):
        dialog.ui.user_combo.setCurrentIndex(dialog.ui.user_combo.findData(colleague.id))
        dialog.ui.phone_edit.setText("319 555 0142")

    run_dialogs_with(monkeypatch, fill)
    tab = open_tab(qtbot, admin_session, client.id)

    qtbot.mouseClick(tab.ui.add_button, Qt.MouseButton.LeftButton)

    assert names_shown(tab) == ["Bella Tester"]
    assert tab.ui.count_label.text() == "1 case manager"
    assert tab.selected_assignment().user_id == colleague.id
    assert tab.ui.edit_button.isEnabled()


def test_add_me(qtbot, monkeypatch, admin_session, client):
    run_dialogs_with(monkeypatch, lambda dialog: dialog.ui.me_radio.setChecked(True))
    tab = open_tab(qtbot, admin_session, client.id)

    tab.on_add_clicked()

    assert names_shown(tab) == ["Ada Admin"]
    assert CaseManagerAssignment.get().user_id == admin_session.user.id


def test_add_other_agency(qtbot, monkeypatch, admin_session, client):
    def fill(dialog):
        dialog.ui.other_radio.setChecked(True)
        dialog.ui.other_name_edit.setText("Jorge Ramírez")

    run_dialogs_with(monkeypatch, fill)
    tab = open_tab(qtbot, admin_session, client.id)

    tab.on_add_clicked()

    assert names_shown(tab) == ["Jorge Ramírez"]
    assert CaseManagerAssignment.get().user_id is None


def test_add_cancelled_changes_nothing(qtbot, monkeypatch, admin_session, client):
    monkeypatch.setattr(messages, "run_dialog", lambda dialog: QDialog.DialogCode.Rejected)
    tab = open_tab(qtbot, admin_session, client.id)

    tab.on_add_clicked()

    assert tab.model.rowCount() == 0


def test_duplicate_me_declined_in_tab(qtbot, monkeypatch, admin_session, client, answers_yes):
    assign(admin_session, client)
    answers_yes.answer = False
    runner = run_dialogs_with(monkeypatch, lambda dialog: dialog.ui.me_radio.setChecked(True))
    tab = open_tab(qtbot, admin_session, client.id)

    tab.on_add_clicked()

    assert len(answers_yes.questions) == 1
    assert runner.dialogs[0].result() != QDialog.DialogCode.Accepted
    assert tab.model.rowCount() == 1


def test_enter_edits_selected(qtbot, monkeypatch, admin_session, client):
    assignment = assign(admin_session, client, user_id=None, other_name="Jorge Ramírez")
    runner = run_dialogs_with(monkeypatch, lambda dialog: dialog.ui.title_edit.setText("PO"))
    tab = open_tab(qtbot, admin_session, client.id)
    view = tab.ui.assignments_view
    view.setFocus()
    view.selectRow(0)

    qtbot.keyClick(view, Qt.Key.Key_Return)

    assert len(runner.dialogs) == 1
    assert runner.dialogs[0].assignment_id == assignment.id
    assert runner.dialogs[0].person_kind() is PersonKind.OTHER
    assert CaseManagerAssignment.get_by_id(assignment.id).title == "PO"
    assert tab.selected_assignment().id == assignment.id


def test_double_click_edits(qtbot, monkeypatch, admin_session, client):
    assign(admin_session, client, title="Old")
    newer = assign(admin_session, client, start_date=date.today() - timedelta(days=2))
    runner = run_dialogs_with(monkeypatch, lambda dialog: dialog.ui.title_edit.setText("New"))
    tab = open_tab(qtbot, admin_session, client.id)
    view = tab.ui.assignments_view
    cell = view.visualRect(tab.model.index(0, NAME_COLUMN)).center()

    # QTest.mouseDClick sends only the second press, which an item view ignores without the
    # press and release of a real first click.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=cell)

    assert [dialog.assignment_id for dialog in runner.dialogs] == [newer.id]
    assert CaseManagerAssignment.get_by_id(newer.id).title == "New"


def test_edit_end_date_moves_row_down(qtbot, monkeypatch, admin_session, client):
    colleague = make_user("bella")
    ending = assign(admin_session, client, start_date=date.today() - timedelta(days=2))
    assign(admin_session, client, user_id=colleague.id)

    def fill(dialog):
        dialog.ui.end_date_edit.set_date(date.today() - timedelta(days=1))

    run_dialogs_with(monkeypatch, fill)
    tab = open_tab(qtbot, admin_session, client.id)
    assert names_shown(tab) == ["Ada Admin", "Bella Tester"]
    tab.ui.assignments_view.selectRow(0)

    tab.on_edit_clicked()

    assert names_shown(tab) == ["Bella Tester", "Ada Admin"]
    assert tab.selected_assignment().id == ending.id


def test_delete_after_yes(qtbot, admin_session, client, answers_yes):
    deleted = assign(admin_session, client)
    kept = assign(admin_session, client, user_id=None, other_name="Jorge Ramírez")
    tab = open_tab(qtbot, admin_session, client.id)
    tab.ui.assignments_view.selectRow(tab.model.row_of_assignment(deleted.id))

    qtbot.mouseClick(tab.ui.delete_button, Qt.MouseButton.LeftButton)

    assert len(answers_yes.questions) == 1
    title, question = answers_yes.questions[0]
    assert title == "Delete Case Manager"
    assert "Delete Ada Admin as case manager" in question
    assert [assignment.id for assignment in CaseManagerAssignment.select()] == [kept.id]
    assert names_shown(tab) == ["Jorge Ramírez"]
    assert tab.selected_assignment().id == kept.id


def test_delete_after_no_keeps_it(qtbot, admin_session, client, answers_yes):
    assign(admin_session, client)
    answers_yes.answer = False
    tab = open_tab(qtbot, admin_session, client.id)
    tab.ui.assignments_view.selectRow(0)

    tab.on_delete_clicked()

    assert len(answers_yes.questions) == 1
    assert CaseManagerAssignment.select().count() == 1
    assert tab.model.rowCount() == 1


def test_delete_key_deletes(qtbot, admin_session, client, answers_yes):
    assign(admin_session, client)
    tab = open_tab(qtbot, admin_session, client.id)
    # Shortcuts fire only in the active window.
    with qtbot.waitActive(tab):
        tab.activateWindow()
    view = tab.ui.assignments_view
    view.setFocus()
    view.selectRow(0)

    qtbot.keyClick(view, Qt.Key.Key_Delete)

    assert len(answers_yes.questions) == 1
    assert CaseManagerAssignment.select().count() == 0


def name_on_goal(session, client, assignment) -> Goal:
    classification = GoalClassification.select().order_by(GoalClassification.id).first()
    goal_type = GoalType.select().where(GoalType.classification == classification).first()
    return Goal.create(
        client=client,
        provider=session.provider,
        case_manager=assignment,
        date_set=date.today(),
        classification=classification,
        goal_type=goal_type,
        status=GoalStatus.select().order_by(GoalStatus.id).first(),
        description="Find stable housing",
    )


def test_delete_named_on_goal_refused(qtbot, admin_session, client, shown_errors):
    assignment = assign(admin_session, client)
    name_on_goal(admin_session, client, assignment)
    tab = open_tab(qtbot, admin_session, client.id)
    tab.ui.assignments_view.selectRow(0)

    tab.on_delete_clicked()

    assert len(shown_errors.shown) == 1
    title, text = shown_errors.shown[0]
    assert title == "Case Manager Not Deleted"
    assert "Ada Admin is named on 1 goal and 0 case notes" in text
    assert "Set an end date instead" in text
    assert CaseManagerAssignment.select().count() == 1
    assert tab.model.rowCount() == 1


def test_read_only_buttons_disabled(qtbot, monkeypatch, admin_session, client):
    assign(admin_session, client)
    viewer = make_user("viewer", role=Role.READ_ONLY)
    session = Session(user=viewer, provider=viewer.home_provider)
    runner = run_dialogs_with(monkeypatch, lambda dialog: None)
    tab = open_tab(qtbot, session, client.id)
    tab.ui.assignments_view.selectRow(0)

    assert tab.selected_assignment() is not None
    assert not tab.ui.add_button.isEnabled()
    assert not tab.ui.edit_button.isEnabled()
    assert not tab.ui.delete_button.isEnabled()

    tab.on_assignment_activated(tab.model.index(0, 0))
    tab.on_add_clicked()
    tab.on_delete_clicked()

    assert runner.dialogs == []
    assert CaseManagerAssignment.select().count() == 1


def next_tab_stop(widget: QWidget) -> QWidget:
    """Return the next widget in the focus chain that Tab can reach."""
    candidate = widget.nextInFocusChain()
    while not candidate.focusPolicy() & Qt.FocusPolicy.TabFocus:
        candidate = candidate.nextInFocusChain()
    return candidate


def test_tab_order_buttons_then_table(qtbot, admin_session, client):
    tab = open_tab(qtbot, admin_session, client.id)
    ui = tab.ui

    assert next_tab_stop(ui.add_button) is ui.edit_button
    assert next_tab_stop(ui.edit_button) is ui.delete_button
    assert next_tab_stop(ui.delete_button) is ui.assignments_view
