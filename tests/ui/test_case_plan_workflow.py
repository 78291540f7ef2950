"""The whole case-plan workflow through the dialogs: goal, case note, action step with a
follow-up, service item, closing the goal, and the follow-up in the Follow Up List.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from casepoint_desktop.data.case_plan_models import (
    ActionStep,
    CaseNote,
    Goal,
    ServiceTransaction,
)
from casepoint_desktop.data.lists import GoalOutcome, GoalStatus, ServiceType
from casepoint_desktop.ui import messages
from casepoint_desktop.ui.dialogs.goal_dialog import GoalDialog
from casepoint_desktop.ui.follow_up_dock import FollowUpDock
from tests.ui.goal_helpers import DialogRunner
from tests.ui.record_helpers import RecordedAnswers, make_client, type_text

FOLLOW_UP_DATE = date.today() + timedelta(days=7)


@pytest.fixture(autouse=True)
def answers_yes(monkeypatch) -> RecordedAnswers:
    answers = RecordedAnswers(True)
    monkeypatch.setattr(messages, "ask_yes_no", answers)
    return answers


def choose_data(combo, value) -> None:
    index = combo.findData(value)
    assert index >= 0, f"{value!r} is not in the list"
    combo.setCurrentIndex(index)


def choose_text(combo, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text!r} is not in the list"
    combo.setCurrentIndex(index)


def test_goal_workflow_and_follow_up_list(qtbot, monkeypatch, admin_session):
    client = make_client(admin_session, "Minh", "Nguyễn", date(1990, 7, 24))
    user_id = admin_session.user.id
    dock = FollowUpDock(admin_session)
    qtbot.addWidget(dock)
    assert dock.model.rowCount() == 0

    # Add a goal and save it: the dialog stays open and shows its three sections.
    dialog = GoalDialog(admin_session, client.id)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    choose_text(ui.classification_combo, "Housing")
    choose_text(ui.goal_type_combo, "Obtain permanent housing")
    type_text(ui.description_edit, "Move into an apartment near the school")
    with qtbot.waitSignal(dialog.goal_saved):
        ui.save_goal_button.click()
    goal = Goal.get()
    assert dialog.goal_id == goal.id
    notes_section, steps_section, services_section = dialog.sections

    # A case note.
    def fill_note(note_dialog) -> None:
        type_text(note_dialog.ui.text_edit, "Visited the apartment with the client.")

    monkeypatch.setattr(messages, "run_dialog", DialogRunner(fill_note))
    with qtbot.waitSignal(notes_section.changed):
        notes_section.ui.add_note_button.click()
    assert CaseNote.get().text == "Visited the apartment with the client."

    # An action step with a follow-up for the logged-in user.
    def fill_step(step_dialog) -> None:
        step_ui = step_dialog.ui
        type_text(step_ui.description_edit, "Bring the last two pay stubs")
        step_ui.followup_date_edit.set_date(FOLLOW_UP_DATE)
        choose_data(step_ui.followup_provider_combo, admin_session.provider.id)
        choose_data(step_ui.followup_user_combo, user_id)

    monkeypatch.setattr(messages, "run_dialog", DialogRunner(fill_step))
    with qtbot.waitSignal(steps_section.changed):
        steps_section.ui.add_step_button.click()
    step = ActionStep.get()
    assert step.followup_user_id == user_id
    assert step.followup_date == FOLLOW_UP_DATE

    # A service item.
    def fill_service(service_dialog) -> None:
        case_management = ServiceType.get(ServiceType.name == "Case management")
        choose_data(service_dialog.ui.service_type_combo, case_management.id)
        service_dialog.ui.units_edit.setText("1.5")

    monkeypatch.setattr(messages, "run_dialog", DialogRunner(fill_service))
    with qtbot.waitSignal(services_section.changed):
        services_section.ui.add_item_button.click()
    service = ServiceTransaction.get()
    assert service.goal_id == goal.id
    assert service.client_id == client.id

    # The follow-up appears in the Follow Up List.
    dock.refresh()
    assert dock.model.rowCount() == 1
    assert dock.model.row_at(0).action_step_id == step.id
    assert dock.model.row_at(0).client_id == client.id

    # Completing the follow-up takes it off the list.
    def complete_step(step_dialog) -> None:
        step_dialog.ui.followup_actual_date_edit.set_date(date.today())
        choose_data(step_dialog.ui.followup_made_by_combo, user_id)

    steps_section.ui.steps_view.selectRow(0)
    monkeypatch.setattr(messages, "run_dialog", DialogRunner(complete_step))
    with qtbot.waitSignal(steps_section.changed):
        steps_section.ui.edit_step_button.click()
    assert ActionStep.get_by_id(step.id).followup_actual_date == date.today()
    dock.refresh()
    assert dock.model.rowCount() == 0

    # Close the goal with an outcome and Save & Exit.
    choose_data(ui.status_combo, GoalStatus.get(GoalStatus.is_closed == True).id)  # noqa: E712
    choose_data(ui.outcome_combo, GoalOutcome.get(GoalOutcome.name == "Achieved").id)
    ui.save_exit_button.click()

    closed = Goal.get_by_id(goal.id)
    assert closed.status.is_closed
    assert closed.outcome.name == "Achieved"
    assert closed.date_closed == date.today()
    assert not dialog.isVisible()
