"""GoalDialog: adding and editing a goal, dependent lists, validation messages, closing."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDialog

from casepoint_desktop.data.case_plan_models import Goal, GoalMember
from casepoint_desktop.data.lists import GoalClassification, GoalOutcome, GoalStatus, GoalType
from casepoint_desktop.data.models import Provider, UserProvider
from casepoint_desktop.services import case_managers, goals, households
from casepoint_desktop.services.case_managers import AssignmentInput
from casepoint_desktop.services.follow_up_fields import FollowUpInput
from casepoint_desktop.services.goals import GoalInput
from casepoint_desktop.ui import messages
from casepoint_desktop.ui.dialogs.goal_dialog import GoalDialog
from tests.conftest import make_user
from tests.ui.record_helpers import RecordedAnswers, RecordedMessages, make_client, type_text


@pytest.fixture
def client(admin_session):
    return make_client(admin_session, "Nguyễn Thị", "Hương", date(1990, 7, 24))


@pytest.fixture(autouse=True)
def answers_no(monkeypatch) -> RecordedAnswers:
    """Answer No to every question, so that no test runs a real message box."""
    answers = RecordedAnswers(False)
    monkeypatch.setattr(messages, "ask_yes_no", answers)
    return answers


@pytest.fixture(autouse=True)
def shown_errors(monkeypatch) -> RecordedMessages:
    shown = RecordedMessages()
    monkeypatch.setattr(messages, "show_service_error", shown)
    monkeypatch.setattr(messages, "show_error", shown)
    return shown


def open_dialog(qtbot, session, client_id, goal_id=None) -> GoalDialog:
    dialog = GoalDialog(session, client_id, goal_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def combo_items(combo) -> list[str]:
    return [combo.itemText(index) for index in range(combo.count())]


def choose(combo, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text!r} is not in {combo_items(combo)}"
    combo.setCurrentIndex(index)


def entry(model, name: str):
    return model.get(model.name == name)


def fill_required(dialog: GoalDialog) -> None:
    choose(dialog.ui.classification_combo, "Housing")
    choose(dialog.ui.goal_type_combo, "Obtain permanent housing")


def section_titles(dialog: GoalDialog) -> list[str]:
    tabs = dialog.ui.sections_tabs
    return [tabs.tabText(index) for index in range(tabs.count())]


def saved_goal() -> Goal:
    assert Goal.select().count() == 1
    return Goal.get()


def make_goal(session, client, **changes) -> Goal:
    housing = entry(GoalClassification, "Housing")
    fields = {
        "provider_id": session.provider.id,
        "date_set": date(2024, 3, 1),
        "classification_id": housing.id,
        "goal_type_id": entry(GoalType, "Maintain housing").id,
        "status_id": entry(GoalStatus, "In Progress").id,
        "description": "Keep the lease at Elm Street",
    }
    data = GoalInput(**{**fields, **changes})
    return goals.create_goal(session, client.id, data)


def test_add_defaults(qtbot, admin_session, client):
    dialog = open_dialog(qtbot, admin_session, client.id)
    ui = dialog.ui

    assert dialog.goal_id is None
    assert dialog.windowTitle() == "Add Goal — Nguyễn Thị Hương"
    assert ui.provider_combo.currentData() == admin_session.provider.id
    assert ui.date_set_edit.date() == date.today()
    assert ui.status_combo.currentText() == "Identified"
    assert ui.classification_combo.currentIndex() == -1
    assert ui.case_manager_combo.currentData() is None
    assert not ui.outcome_combo.isEnabled()
    assert not ui.date_closed_edit.isEnabled()
    assert ui.sections_tabs.isHidden()


def test_client_always_member(qtbot, admin_session, client):
    member = make_client(admin_session, "Minh", "Trần", date(2015, 3, 2))
    households.add_member(admin_session, client.id, member.id, None)
    dialog = open_dialog(qtbot, admin_session, client.id)
    client_check = dialog.member_checks[client.id]
    member_check = dialog.member_checks[member.id]

    assert client_check.isChecked()
    assert not client_check.isEnabled()
    assert member_check.isEnabled()
    assert not member_check.isChecked()

    member_check.setChecked(True)
    fill_required(dialog)
    dialog.ui.save_goal_button.click()

    members = GoalMember.select().where(GoalMember.goal == saved_goal().id)
    assert sorted(link.client_id for link in members) == sorted([client.id, member.id])


def test_provider_lists_home_and_eda_only(qtbot, admin_session, client):
    northside = Provider.create(name="Northside Housing")
    UserProvider.create(user=admin_session.user, provider=northside)
    Provider.create(name="Eastside Clinic")
    dialog = open_dialog(qtbot, admin_session, client.id)

    assert combo_items(dialog.ui.provider_combo) == ["Downtown Shelter", "Northside Housing"]


def test_add_goal_and_save(qtbot, admin_session, client):
    dialog = open_dialog(qtbot, admin_session, client.id)
    ui = dialog.ui
    fill_required(dialog)
    type_text(ui.description_edit, "Move into an apartment near the school")
    ui.target_date_edit.set_date(date(2030, 6, 30))
    with qtbot.waitSignal(dialog.goal_saved) as saved:
        ui.save_goal_button.click()

    goal = saved_goal()
    assert saved.args == [goal.id]
    assert dialog.goal_id == goal.id
    assert goal.classification.name == "Housing"
    assert goal.goal_type.name == "Obtain permanent housing"
    assert goal.description == "Move into an apartment near the school"
    assert goal.target_date == date(2030, 6, 30)
    assert goal.date_set == date.today()
    assert goal.status.name == "Identified"
    assert goal.provider_id == admin_session.provider.id


def test_save_goal_keeps_dialog_open(qtbot, admin_session, client):
    dialog = open_dialog(qtbot, admin_session, client.id)
    fill_required(dialog)
    dialog.ui.save_goal_button.click()

    assert dialog.isVisible()
    assert dialog.windowTitle() == "Edit Goal — Nguyễn Thị Hương"
    assert not dialog.has_unsaved_changes()
    assert dialog.ui.sections_tabs.isVisible()
    assert section_titles(dialog) == ["Case Notes", "Action Steps", "Service Items"]

    type_text(dialog.ui.description_edit, "Second save")
    dialog.ui.save_goal_button.click()

    assert Goal.select().count() == 1
    assert saved_goal().description == "Second save"


def test_save_and_exit_closes(qtbot, admin_session, client):
    dialog = open_dialog(qtbot, admin_session, client.id)
    fill_required(dialog)
    dialog.ui.save_exit_button.click()

    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert saved_goal().goal_type.name == "Obtain permanent housing"


def test_missing_classification_message(qtbot, admin_session, client):
    dialog = open_dialog(qtbot, admin_session, client.id)
    type_text(dialog.ui.description_edit, "Kept text")
    dialog.ui.save_goal_button.click()

    assert dialog.field_errors.message("classification") == "The goal classification is required."
    assert dialog.ui.classification_error_label.isVisible()
    assert dialog.ui.description_edit.toPlainText() == "Kept text"
    assert dialog.isVisible()
    assert Goal.select().count() == 0


def test_closed_needs_outcome_and_date(qtbot, admin_session, client):
    dialog = open_dialog(qtbot, admin_session, client.id)
    ui = dialog.ui
    fill_required(dialog)
    choose(ui.status_combo, "Closed")
    ui.date_closed_edit.clear()
    ui.save_goal_button.click()

    assert (
        dialog.field_errors.message("outcome")
        == "The outcome is required when the status is closed."
    )
    assert (
        dialog.field_errors.message("date_closed")
        == "The date closed is required when the status is closed."
    )
    assert ui.outcome_error_label.isVisible()
    assert ui.date_closed_error_label.isVisible()
    assert Goal.select().count() == 0


def test_date_closed_before_date_set(qtbot, admin_session, client):
    dialog = open_dialog(qtbot, admin_session, client.id)
    ui = dialog.ui
    fill_required(dialog)
    ui.date_set_edit.set_date(date(2024, 5, 10))
    choose(ui.status_combo, "Closed")
    choose(ui.outcome_combo, "Achieved")
    ui.date_closed_edit.set_date(date(2024, 5, 1))
    ui.save_goal_button.click()

    assert dialog.field_errors.message("date_closed") == (
        "The date closed 2024-05-01 is before the date set 2024-05-10."
    )
    assert ui.date_closed_edit.text() == "2024-05-01"
    assert Goal.select().count() == 0


def test_invalid_typed_date_message(qtbot, admin_session, client):
    dialog = open_dialog(qtbot, admin_session, client.id)
    fill_required(dialog)
    dialog.ui.target_date_edit.set_text("2024-02-30")
    dialog.ui.save_goal_button.click()

    assert dialog.field_errors.message("target_date").startswith(
        "2024-02-30 is not a date in the calendar."
    )
    assert Goal.select().count() == 0


def test_outcome_only_when_closed(qtbot, admin_session, client):
    dialog = open_dialog(qtbot, admin_session, client.id)
    ui = dialog.ui

    choose(ui.status_combo, "Closed")
    assert ui.outcome_combo.isEnabled()
    assert ui.date_closed_edit.isEnabled()
    assert ui.date_closed_edit.date() == date.today()

    choose(ui.outcome_combo, "Achieved")
    choose(ui.status_combo, "In Progress")
    assert not ui.outcome_combo.isEnabled()
    assert not ui.date_closed_edit.isEnabled()
    assert ui.outcome_combo.currentIndex() == -1
    assert ui.date_closed_edit.date() is None


def test_percent_only_for_partial_outcome(qtbot, admin_session, client):
    dialog = open_dialog(qtbot, admin_session, client.id)
    ui = dialog.ui
    assert ui.percent_spin.isHidden()

    choose(ui.status_combo, "Closed")
    choose(ui.outcome_combo, "Partially Achieved")
    assert ui.percent_spin.isVisible()
    assert ui.percent_spin.singleStep() == 10
    assert ui.percent_spin.maximum() == 100

    choose(ui.outcome_combo, "Not Achieved")
    assert ui.percent_spin.isHidden()


def test_partial_outcome_saves_percent(qtbot, admin_session, client):
    dialog = open_dialog(qtbot, admin_session, client.id)
    ui = dialog.ui
    fill_required(dialog)
    choose(ui.status_combo, "Closed")
    choose(ui.outcome_combo, "Partially Achieved")
    ui.percent_spin.setValue(60)
    ui.save_goal_button.click()

    goal = saved_goal()
    assert goal.outcome.name == "Partially Achieved"
    assert goal.percent_complete == 60
    assert goal.date_closed == date.today()


def test_type_list_follows_classification(qtbot, admin_session, client):
    dialog = open_dialog(qtbot, admin_session, client.id)
    ui = dialog.ui
    assert ui.goal_type_combo.count() == 0

    choose(ui.classification_combo, "Transportation")
    assert combo_items(ui.goal_type_combo) == [
        "Obtain driver's licence",
        "Obtain vehicle",
        "Obtain transit pass",
    ]
    assert ui.goal_type_combo.currentIndex() == -1

    choose(ui.classification_combo, "Legal")
    assert "Obtain vehicle" not in combo_items(ui.goal_type_combo)
    assert "Resolve legal issue" in combo_items(ui.goal_type_combo)


def test_followup_users_follow_provider(qtbot, admin_session, client):
    northside = Provider.create(name="Northside Housing")
    UserProvider.create(user=admin_session.user, provider=northside)
    make_user("bella")
    make_user("chen", provider=northside)
    dialog = open_dialog(qtbot, admin_session, client.id)
    ui = dialog.ui
    assert ui.followup_user_combo.count() == 0

    choose(ui.followup_provider_combo, "Downtown Shelter")
    assert combo_items(ui.followup_user_combo) == ["Ada Admin", "Bella Tester"]

    choose(ui.followup_provider_combo, "Northside Housing")
    assert combo_items(ui.followup_user_combo) == ["Ada Admin", "Chen Tester"]


def test_followup_saved(qtbot, admin_session, client):
    dialog = open_dialog(qtbot, admin_session, client.id)
    ui = dialog.ui
    fill_required(dialog)
    ui.followup_date_edit.set_date(date(2030, 1, 15))
    choose(ui.followup_provider_combo, "Downtown Shelter")
    choose(ui.followup_user_combo, "Ada Admin")
    ui.save_goal_button.click()

    goal = saved_goal()
    assert goal.followup_date == date(2030, 1, 15)
    assert goal.followup_user_id == admin_session.user.id
    assert goal.followup_actual_date is None


def test_followup_without_user_message(qtbot, admin_session, client):
    dialog = open_dialog(qtbot, admin_session, client.id)
    fill_required(dialog)
    dialog.ui.followup_date_edit.set_date(date(2030, 1, 15))
    choose(dialog.ui.followup_provider_combo, "Downtown Shelter")
    dialog.ui.save_goal_button.click()

    assert (
        dialog.field_errors.message("followup_user") == "A follow-up date needs a follow-up user."
    )
    assert dialog.ui.followup_user_error_label.isVisible()


def test_exit_unchanged_closes_without_question(qtbot, admin_session, client, answers_no):
    dialog = open_dialog(qtbot, admin_session, client.id)
    dialog.ui.exit_button.click()

    assert answers_no.questions == []
    assert not dialog.isVisible()


def test_exit_with_changes_no_keeps_dialog(qtbot, admin_session, client, answers_no):
    dialog = open_dialog(qtbot, admin_session, client.id)
    fill_required(dialog)
    dialog.ui.exit_button.click()

    assert len(answers_no.questions) == 1
    assert dialog.isVisible()
    assert dialog.ui.goal_type_combo.currentText() == "Obtain permanent housing"


def test_exit_with_changes_yes_discards(qtbot, admin_session, client, monkeypatch):
    goal = make_goal(admin_session, client)
    answers = RecordedAnswers(True)
    monkeypatch.setattr(messages, "ask_yes_no", answers)
    dialog = open_dialog(qtbot, admin_session, client.id, goal.id)
    dialog.ui.description_edit.setPlainText("Changed but not saved")
    dialog.ui.exit_button.click()

    assert len(answers.questions) == 1
    assert not dialog.isVisible()
    assert Goal.get_by_id(goal.id).description == "Keep the lease at Elm Street"
    assert Goal.get_by_id(goal.id).version == goal.version


def test_edit_shows_stored_goal(qtbot, admin_session, client):
    goal = make_goal(
        admin_session,
        client,
        target_date=date(2024, 9, 1),
        follow_up=FollowUpInput(
            followup_date=date(2024, 4, 1),
            followup_provider_id=admin_session.provider.id,
            followup_user_id=admin_session.user.id,
        ),
    )
    dialog = open_dialog(qtbot, admin_session, client.id, goal.id)
    ui = dialog.ui

    assert dialog.windowTitle() == "Edit Goal — Nguyễn Thị Hương"
    assert ui.classification_combo.currentText() == "Housing"
    assert ui.goal_type_combo.currentText() == "Maintain housing"
    assert ui.status_combo.currentText() == "In Progress"
    assert ui.target_date_edit.date() == date(2024, 9, 1)
    assert ui.followup_user_combo.currentText() == "Ada Admin"
    assert not dialog.has_unsaved_changes()
    assert ui.sections_tabs.isVisible()
    assert section_titles(dialog) == ["Case Notes", "Action Steps", "Service Items"]


def test_closed_goal_reopens_with_outcome(qtbot, admin_session, client):
    goal = make_goal(
        admin_session,
        client,
        status_id=entry(GoalStatus, "Closed").id,
        outcome_id=entry(GoalOutcome, "Partially Achieved").id,
        percent_complete=40,
        date_closed=date(2024, 8, 1),
    )
    dialog = open_dialog(qtbot, admin_session, client.id, goal.id)
    ui = dialog.ui

    assert ui.outcome_combo.currentText() == "Partially Achieved"
    assert ui.percent_spin.value() == 40
    assert ui.percent_spin.isVisible()
    assert ui.date_closed_edit.date() == date(2024, 8, 1)
    assert not dialog.has_unsaved_changes()


def test_blank_optional_dates_stay_null(qtbot, admin_session, client):
    dialog = open_dialog(qtbot, admin_session, client.id)
    fill_required(dialog)
    dialog.ui.save_exit_button.click()
    goal = saved_goal()

    reopened = open_dialog(qtbot, admin_session, client.id, goal.id)
    ui = reopened.ui
    assert ui.target_date_edit.text() == ""
    assert ui.date_closed_edit.text() == ""
    assert ui.followup_date_edit.text() == ""
    assert ui.followup_actual_date_edit.text() == ""

    type_text(ui.description_edit, "Saved again")
    ui.save_exit_button.click()

    goal = Goal.get_by_id(goal.id)
    assert goal.description == "Saved again"
    assert goal.target_date is None
    assert goal.date_closed is None
    assert goal.followup_date is None
    assert goal.followup_actual_date is None
    assert goal.percent_complete is None
    assert goal.outcome_id is None


def test_case_managers_active_first(qtbot, admin_session, client):
    bella = make_user("bella")
    case_managers.create_assignment(
        admin_session,
        client.id,
        AssignmentInput(
            user_id=bella.id,
            provider_id=admin_session.provider.id,
            start_date=date(2023, 1, 2),
            end_date=date(2023, 12, 29),
        ),
    )
    case_managers.create_assignment(
        admin_session,
        client.id,
        AssignmentInput(
            user_id=admin_session.user.id,
            provider_id=admin_session.provider.id,
            start_date=date(2024, 1, 8),
        ),
    )
    dialog = open_dialog(qtbot, admin_session, client.id)
    combo = dialog.ui.case_manager_combo

    assert combo_items(combo) == [
        "No case manager",
        "Ada Admin, Downtown Shelter",
        "Bella Tester, Downtown Shelter (ended 2023-12-29)",
    ]
    assert combo.currentText() == "No case manager"

    choose(combo, "Ada Admin, Downtown Shelter")
    fill_required(dialog)
    dialog.ui.save_goal_button.click()

    assert saved_goal().case_manager.user_id == admin_session.user.id


def test_retired_type_stays_on_goal(qtbot, admin_session, client):
    goal = make_goal(admin_session, client)
    retired = entry(GoalType, "Maintain housing")
    retired.retired = True
    retired.save()
    dialog = open_dialog(qtbot, admin_session, client.id, goal.id)
    ui = dialog.ui

    assert ui.goal_type_combo.currentText() == "Maintain housing"

    ui.description_edit.setPlainText("Keep the lease and pay rent on time")
    ui.save_goal_button.click()

    assert dialog.field_errors.message("goal_type") == ""
    assert Goal.get_by_id(goal.id).description == "Keep the lease and pay rent on time"

    choose(ui.classification_combo, "Legal")
    choose(ui.classification_combo, "Housing")
    assert "Maintain housing" in combo_items(ui.goal_type_combo)


def test_new_goal_omits_retired_type(qtbot, admin_session, client):
    retired = entry(GoalType, "Maintain housing")
    retired.retired = True
    retired.save()
    dialog = open_dialog(qtbot, admin_session, client.id)
    choose(dialog.ui.classification_combo, "Housing")

    assert "Maintain housing" not in combo_items(dialog.ui.goal_type_combo)


def test_member_checks_lead_to_provider(qtbot, admin_session, client):
    member = make_client(admin_session, "Minh", "Trần", date(2015, 3, 2))
    households.add_member(admin_session, client.id, member.id, None)
    dialog = open_dialog(qtbot, admin_session, client.id)
    client_check = dialog.member_checks[client.id]
    member_check = dialog.member_checks[member.id]

    assert client_check.nextInFocusChain() is member_check
    assert member_check.nextInFocusChain() is dialog.ui.provider_combo
