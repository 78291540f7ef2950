"""Two goal dialogs on one goal: the second Save shows the conflict, then Reload or Compare."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QMessageBox

from casepoint_desktop.data.case_plan_models import Goal
from casepoint_desktop.services import (
    action_steps,
    case_managers,
    case_notes,
    clients,
    notes,
    service_items,
)
from casepoint_desktop.services.action_steps import ActionStepInput
from casepoint_desktop.services.case_managers import AssignmentInput
from casepoint_desktop.services.case_notes import CaseNoteInput
from casepoint_desktop.services.clients import ClientInput
from casepoint_desktop.services.goals import GoalInput
from casepoint_desktop.services.service_items import ServiceItemInput
from casepoint_desktop.services.session import Session
from casepoint_desktop.ui import messages
from casepoint_desktop.ui.dialogs.action_step_dialog import ActionStepDialog
from casepoint_desktop.ui.dialogs.case_manager_dialog import CaseManagerDialog
from casepoint_desktop.ui.dialogs.case_note_dialog import CaseNoteDialog
from casepoint_desktop.ui.dialogs.client_dialog import ClientDialog
from casepoint_desktop.ui.dialogs.client_note_dialog import ClientNoteDialog
from casepoint_desktop.ui.dialogs.goal_dialog import GoalDialog
from casepoint_desktop.ui.dialogs.record_conflict import CompareDialog, field_differences
from casepoint_desktop.ui.dialogs.service_item_dialog import ServiceItemDialog
from casepoint_desktop.ui.widgets.action_steps_section import ActionStepsSection
from tests.conftest import make_user
from tests.ui.goal_helpers import make_goal
from tests.ui.record_helpers import RecordedMessages, make_client


class ChangedRecordAnswers:
    """A stand-in for messages.ask_changed_record that records each message and returns a choice."""

    def __init__(self, choice: messages.ChangedRecordChoice) -> None:
        self.choice = choice
        self.texts: list[str] = []

    def __call__(self, parent, title, text) -> messages.ChangedRecordChoice:
        self.texts.append(text)
        return self.choice


class CompareRunner:
    """A stand-in for messages.run_dialog that records the comparison and clicks a button."""

    def __init__(self, reload: bool = False) -> None:
        self.reload = reload
        self.rows: list[tuple[str, str, str]] = []

    def __call__(self, dialog) -> int:
        assert isinstance(dialog, CompareDialog)
        table = dialog.table
        for row in range(table.rowCount()):
            self.rows.append(tuple(table.item(row, column).text() for column in range(3)))
        button = dialog.reload_button if self.reload else dialog.keep_button
        button.click()
        return dialog.result()


@pytest.fixture
def client(admin_session):
    return make_client(admin_session, "Ana", "Lopez", date(1990, 7, 24))


@pytest.fixture(autouse=True)
def shown_errors(monkeypatch) -> RecordedMessages:
    shown = RecordedMessages()
    monkeypatch.setattr(messages, "show_service_error", shown)
    monkeypatch.setattr(messages, "show_error", shown)
    return shown


@pytest.fixture
def bea(admin_session) -> Session:
    return Session(make_user("bea"), admin_session.provider)


def open_goal(qtbot, session, client_id, goal_id) -> GoalDialog:
    dialog = GoalDialog(session, client_id, goal_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def answer(monkeypatch, choice) -> ChangedRecordAnswers:
    answers = ChangedRecordAnswers(choice)
    monkeypatch.setattr(messages, "ask_changed_record", answers)
    return answers


def two_dialogs_first_saved(qtbot, admin_session, bea, client):
    """Open the goal in Ada's and Bea's dialogs, type in both, and save Ada's."""
    goal = make_goal(admin_session, client)
    ada_dialog = open_goal(qtbot, admin_session, client.id, goal.id)
    bea_dialog = open_goal(qtbot, bea, client.id, goal.id)
    ada_dialog.ui.description_edit.setPlainText("Ada's plan")
    bea_dialog.ui.description_edit.setPlainText("Bea's plan")
    assert ada_dialog.save() is True
    return goal, ada_dialog, bea_dialog


def test_second_save_shows_conflict(qtbot, admin_session, bea, client, monkeypatch):
    answers = answer(monkeypatch, messages.ChangedRecordChoice.CANCEL)
    goal, _, bea_dialog = two_dialogs_first_saved(qtbot, admin_session, bea, client)

    assert bea_dialog.save() is False

    assert len(answers.texts) == 1
    assert answers.texts[0].startswith("Ada Admin changed this goal at ")
    assert answers.texts[0].endswith(
        "after you opened it. Reload it to see their changes, or compare them with yours."
    )
    assert Goal.get_by_id(goal.id).description == "Ada's plan"
    assert bea_dialog.ui.description_edit.toPlainText() == "Bea's plan"


def test_cancel_keeps_input_and_conflict(qtbot, admin_session, bea, client, monkeypatch):
    answers = answer(monkeypatch, messages.ChangedRecordChoice.CANCEL)
    goal, _, bea_dialog = two_dialogs_first_saved(qtbot, admin_session, bea, client)

    assert bea_dialog.save() is False
    assert bea_dialog.save() is False

    assert len(answers.texts) == 2
    assert bea_dialog.loaded_version == 1
    assert bea_dialog.has_unsaved_changes()
    assert Goal.get_by_id(goal.id).description == "Ada's plan"


def test_reload_shows_stored_goal(qtbot, admin_session, bea, client, monkeypatch):
    answer(monkeypatch, messages.ChangedRecordChoice.RELOAD)
    goal, _, bea_dialog = two_dialogs_first_saved(qtbot, admin_session, bea, client)

    assert bea_dialog.save() is False

    assert bea_dialog.ui.description_edit.toPlainText() == "Ada's plan"
    assert bea_dialog.loaded_version == 2
    assert not bea_dialog.has_unsaved_changes()
    bea_dialog.ui.description_edit.setPlainText("Bea's plan after reading Ada's")
    assert bea_dialog.save() is True
    assert Goal.get_by_id(goal.id).description == "Bea's plan after reading Ada's"
    assert Goal.get_by_id(goal.id).version == 3


def test_compare_lists_differences(qtbot, admin_session, bea, client, monkeypatch):
    answer(monkeypatch, messages.ChangedRecordChoice.COMPARE)
    runner = CompareRunner()
    monkeypatch.setattr(messages, "run_dialog", runner)
    goal, _, bea_dialog = two_dialogs_first_saved(qtbot, admin_session, bea, client)

    assert bea_dialog.save() is False

    assert runner.rows == [("Description", "Bea's plan", "Ada's plan")]
    assert bea_dialog.ui.description_edit.toPlainText() == "Bea's plan"
    assert Goal.get_by_id(goal.id).description == "Ada's plan"


def test_save_after_compare_overwrites(qtbot, admin_session, bea, client, monkeypatch):
    answers = answer(monkeypatch, messages.ChangedRecordChoice.COMPARE)
    monkeypatch.setattr(messages, "run_dialog", CompareRunner())
    goal, _, bea_dialog = two_dialogs_first_saved(qtbot, admin_session, bea, client)
    assert bea_dialog.save() is False

    assert bea_dialog.save() is True

    assert len(answers.texts) == 1
    stored = Goal.get_by_id(goal.id)
    assert stored.description == "Bea's plan"
    assert stored.version == 3
    assert bea_dialog.loaded_version == 3


def test_reload_from_compare(qtbot, admin_session, bea, client, monkeypatch):
    answer(monkeypatch, messages.ChangedRecordChoice.COMPARE)
    monkeypatch.setattr(messages, "run_dialog", CompareRunner(reload=True))
    _, _, bea_dialog = two_dialogs_first_saved(qtbot, admin_session, bea, client)

    assert bea_dialog.save() is False

    assert bea_dialog.ui.description_edit.toPlainText() == "Ada's plan"
    assert bea_dialog.loaded_version == 2


def test_changed_record_box_buttons(qtbot):
    box = messages.changed_record_box(None, "Goal Changed", "Ada Admin changed this goal.")
    qtbot.addWidget(box)

    texts = sorted(button.text() for button in box.buttons())

    assert texts == ["&Compare…", "&Reload", "Cancel"]
    assert box.defaultButton().text() == "&Compare…"
    assert box.escapeButton() is box.button(QMessageBox.StandardButton.Cancel)


def test_field_differences_names_entries(admin_session, client):
    goal = make_goal(admin_session, client)
    stored = GoalInput.from_goal(goal)
    yours = GoalInput.from_goal(goal)
    yours.target_date = date(2026, 6, 30)
    yours.percent_complete = 40

    differences = field_differences(yours, stored)

    assert [(d.label, d.yours, d.stored) for d in differences] == [
        ("Target date", "2026-06-30", "(blank)"),
        ("Percent complete", "40 %", "(blank)"),
    ]


def test_client_note_dialog_reloads(qtbot, admin_session, bea, client, monkeypatch):
    answer(monkeypatch, messages.ChangedRecordChoice.RELOAD)
    note = notes.create_note(admin_session, client, date(2026, 2, 1), "Loaded")
    dialog = ClientNoteDialog(admin_session, client.id, note.id)
    qtbot.addWidget(dialog)
    notes.update_note(bea, note.id, date(2026, 2, 1), "Bea's note", expected_version=1)
    dialog.ui.text_edit.setPlainText("Ada's note")
    dialog.ui.text_edit.document().setModified(True)

    dialog.accept()

    assert dialog.result() == 0
    assert dialog.ui.text_edit.toPlainText() == "Bea's note"
    assert dialog.loaded_version == 2


def test_client_dialog_compare_then_save(qtbot, admin_session, bea, client, monkeypatch):
    answer(monkeypatch, messages.ChangedRecordChoice.COMPARE)
    runner = CompareRunner()
    monkeypatch.setattr(messages, "run_dialog", runner)
    dialog = ClientDialog(admin_session, client.id)
    qtbot.addWidget(dialog)
    data = ClientInput.from_client(client)
    data.alias = "Annie"
    clients.update_client(bea, client.id, data, expected_version=client.version)
    dialog.ui.alias_edit.setText("Nita")

    dialog.accept()
    assert ("Alias", "Nita", "Annie") in runner.rows
    dialog.accept()

    assert clients.get_client(client.id).alias == "Nita"


def test_action_step_dialog_reloads(qtbot, admin_session, bea, client, monkeypatch):
    answer(monkeypatch, messages.ChangedRecordChoice.RELOAD)
    goal = make_goal(admin_session, client)
    status_id = goal.status_id
    step = action_steps.create_step(
        admin_session,
        goal.id,
        ActionStepInput(
            "Call the landlord", admin_session.provider.id, date(2026, 2, 1), status_id
        ),
    )
    dialog = ActionStepDialog(admin_session, goal.id, step.id)
    qtbot.addWidget(dialog)
    changed = ActionStepInput("Visit the landlord", bea.provider.id, date(2026, 2, 1), status_id)
    action_steps.update_step(bea, step.id, changed, expected_version=1)
    dialog.ui.description_edit.setPlainText("Write to the landlord")

    dialog.accept()

    assert dialog.result() == 0
    assert dialog.ui.description_edit.toPlainText() == "Visit the landlord"
    assert dialog.loaded_version == 2
    assert not dialog.has_unsaved_changes()


def test_case_note_dialog_compare_then_save(qtbot, admin_session, bea, client, monkeypatch):
    answer(monkeypatch, messages.ChangedRecordChoice.COMPARE)
    runner = CompareRunner()
    monkeypatch.setattr(messages, "run_dialog", runner)
    goal = make_goal(admin_session, client)
    data = CaseNoteInput(admin_session.provider.id, date(2026, 2, 1), "Loaded")
    note = case_notes.create_case_note(admin_session, goal.id, data)
    dialog = CaseNoteDialog(admin_session, goal.id, note.id)
    qtbot.addWidget(dialog)
    data.text = "Bea's note"
    case_notes.update_case_note(bea, note.id, data, expected_version=1)
    dialog.ui.text_edit.setPlainText("Ada's note")
    dialog.ui.text_edit.document().setModified(True)

    dialog.accept()
    assert ("Note text", "Ada's note", "Bea's note") in runner.rows
    dialog.accept()

    assert case_notes.get_case_note(note.id).text == "Ada's note"
    assert dialog.result() == 1


def test_service_item_dialog_reloads(qtbot, admin_session, bea, client, monkeypatch):
    answer(monkeypatch, messages.ChangedRecordChoice.RELOAD)
    goal = make_goal(admin_session, client)
    service_type_id = service_items.service_types()[0].id
    data = ServiceItemInput(service_type_id, admin_session.provider.id, date(2026, 2, 1))
    item = service_items.create_service_item(admin_session, goal.id, data)
    dialog = ServiceItemDialog(admin_session, goal.id, item.id)
    qtbot.addWidget(dialog)
    data.units = Decimal("3")
    data.notes = "Bea's notes"
    service_items.update_service_item(bea, item.id, data, expected_version=1)
    dialog.ui.notes_edit.setPlainText("Ada's notes")

    dialog.accept()

    assert dialog.ui.notes_edit.toPlainText() == "Bea's notes"
    assert dialog.ui.units_edit.text() == "3.00"
    assert dialog.loaded_version == 2
    assert not dialog.has_unsaved_changes()


def test_case_manager_dialog_reloads(qtbot, admin_session, bea, client, monkeypatch):
    answer(monkeypatch, messages.ChangedRecordChoice.RELOAD)
    data = AssignmentInput(None, admin_session.provider.id, date(2026, 2, 1), other_name="Sam")
    assignment = case_managers.create_assignment(admin_session, client.id, data)
    dialog = CaseManagerDialog(admin_session, client.id, assignment.id)
    qtbot.addWidget(dialog)
    data.title = "Housing advocate"
    case_managers.update_assignment(bea, assignment.id, data, expected_version=1)
    dialog.ui.title_edit.setText("Navigator")

    dialog.accept()

    assert dialog.ui.title_edit.text() == "Housing advocate"
    assert dialog.ui.other_name_edit.text() == "Sam"
    assert dialog.loaded_version == 2
    assert not dialog.has_unsaved_changes()


def test_stale_delete_from_list_reloads(
    qtbot, admin_session, bea, client, monkeypatch, shown_errors
):
    monkeypatch.setattr(messages, "ask_yes_no", lambda *args, **kwargs: True)
    goal = make_goal(admin_session, client)
    status_id = goal.status_id
    data = ActionStepInput(
        "Call the landlord", admin_session.provider.id, date(2026, 2, 1), status_id
    )
    step = action_steps.create_step(admin_session, goal.id, data)
    section = ActionStepsSection(admin_session, goal.id)
    qtbot.addWidget(section)
    data.description = "Visit the landlord"
    action_steps.update_step(bea, step.id, data, expected_version=1)
    section.ui.steps_view.selectRow(0)

    section.ui.delete_step_button.click()

    assert len(shown_errors.shown) == 1
    title, text = shown_errors.shown[0]
    assert title == "Action Step Not Deleted"
    assert text.startswith("Bea Tester changed this action step at ")
    assert "It was not deleted." in text
    assert action_steps.get_step(step.id).description == "Visit the landlord"
    assert section.model.step_at(0).version == 2
