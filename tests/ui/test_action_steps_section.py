"""ActionStepsSection and ActionStepDialog: add, edit, delete, members and follow-up."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from casepoint_desktop.data.case_plan_models import ActionStep, ActionStepMember
from casepoint_desktop.data.lists import GoalOutcome, GoalStatus
from casepoint_desktop.data.models import Relationship
from casepoint_desktop.services import action_steps, households
from casepoint_desktop.services.action_steps import ActionStepInput
from casepoint_desktop.services.session import Role, Session
from casepoint_desktop.ui import messages
from casepoint_desktop.ui.dialogs.action_step_dialog import ActionStepDialog
from casepoint_desktop.ui.models.action_steps_model import (
    FOLLOW_UP_COLUMN,
    STATUS_COLUMN,
    STEP_COLUMN,
    TARGET_DATE_COLUMN,
    ActionStepsModel,
)
from casepoint_desktop.ui.widgets.action_steps_section import ActionStepsSection
from tests.conftest import make_user
from tests.ui.goal_helpers import DialogRunner, make_goal
from tests.ui.record_helpers import RecordedAnswers, RecordedMessages, make_client, type_text


@pytest.fixture
def client(admin_session):
    return make_client(admin_session, "Nguyễn Thị", "Hương", date(1990, 7, 24))


@pytest.fixture
def household(admin_session, client):
    """The client's son, who is on the goal, and daughter, who is not."""
    child = Relationship.get(Relationship.hmis_code == 2)
    son = make_client(admin_session, "Minh", "Nguyễn", date(2012, 1, 5))
    daughter = make_client(admin_session, "Lan", "Nguyễn", date(2014, 3, 9))
    households.add_member(admin_session, client.id, son.id, child)
    households.add_member(admin_session, client.id, daughter.id, child)
    return son, daughter


@pytest.fixture
def goal(admin_session, client, household):
    son, _ = household
    return make_goal(admin_session, client, member_ids=[son.id])


@pytest.fixture(autouse=True)
def answers_yes(monkeypatch) -> RecordedAnswers:
    answers = RecordedAnswers(True)
    monkeypatch.setattr(messages, "ask_yes_no", answers)
    return answers


@pytest.fixture(autouse=True)
def shown_errors(monkeypatch) -> RecordedMessages:
    shown = RecordedMessages()
    monkeypatch.setattr(messages, "show_service_error", shown)
    monkeypatch.setattr(messages, "show_error", shown)
    return shown


def status(name: str) -> GoalStatus:
    return GoalStatus.get(GoalStatus.name == name)


def add_step(session, goal, description="Apply for rental assistance", **changes) -> ActionStep:
    values = {
        "description": description,
        "provider_id": session.provider.id,
        "date_set": date(2026, 2, 10),
        "status_id": status("In Progress").id,
        "member_ids": [goal.client_id],
    }
    values.update(changes)
    return action_steps.create_step(session, goal.id, ActionStepInput(**values))


def make_section(qtbot, session, goal) -> ActionStepsSection:
    section = ActionStepsSection(session, goal.id)
    qtbot.addWidget(section)
    section.show()
    return section


def make_dialog(qtbot, session, goal, step_id=None) -> ActionStepDialog:
    dialog = ActionStepDialog(session, goal.id, step_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_model_passes_modeltester(qtmodeltester, admin_session, goal):
    add_step(admin_session, goal, target_date=date(2026, 4, 1))
    add_step(admin_session, goal, "Call the landlord", date_set=date(2026, 2, 20))
    model = ActionStepsModel(goal.id)
    model.reload()

    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.index(0, STEP_COLUMN).data() == "Call the landlord"
    assert model.index(0, TARGET_DATE_COLUMN).data() == ""
    assert model.index(1, TARGET_DATE_COLUMN).data() == "2026-04-01"
    assert model.index(1, STATUS_COLUMN).data() == "In Progress"


def test_members_limited_to_goal(qtbot, admin_session, goal, household):
    son, daughter = household
    dialog = make_dialog(qtbot, admin_session, goal)

    assert set(dialog.member_checks) == {goal.client_id, son.id}
    assert daughter.id not in dialog.member_checks
    assert dialog.member_checks[goal.client_id].isChecked()
    assert not dialog.member_checks[son.id].isChecked()


def test_add_step_blank_dates_stay_null(qtbot, monkeypatch, admin_session, goal, household):
    son, _ = household
    section = make_section(qtbot, admin_session, goal)

    def fill(dialog: ActionStepDialog) -> None:
        type_text(dialog.ui.description_edit, "Gọi chủ nhà — call the landlord")
        dialog.member_checks[son.id].setChecked(True)

    monkeypatch.setattr(messages, "run_dialog", DialogRunner(fill))
    with qtbot.waitSignal(section.changed):
        section.ui.add_step_button.click()

    step = ActionStep.get()
    assert step.description == "Gọi chủ nhà — call the landlord"
    assert step.date_set == date.today()
    assert step.target_date is None
    assert step.date_closed is None
    assert step.outcome_id is None
    assert step.followup_date is None
    assert step.followup_actual_date is None
    members = sorted(link.client_id for link in ActionStepMember.select())
    assert members == sorted([goal.client_id, son.id])
    assert section.model.rowCount() == 1


def test_closing_fields_only_when_closed(qtbot, admin_session, goal):
    dialog = make_dialog(qtbot, admin_session, goal)
    assert not dialog.ui.outcome_combo.isVisible()
    assert not dialog.ui.date_closed_edit.isVisible()

    combo = dialog.ui.status_combo
    combo.setCurrentIndex(combo.findData(status("Closed").id))

    assert dialog.ui.outcome_combo.isVisible()
    assert dialog.ui.date_closed_edit.isVisible()


def test_dialog_shows_messages_beside_fields(qtbot, admin_session, goal):
    dialog = make_dialog(qtbot, admin_session, goal)
    dialog.ui.status_combo.setCurrentIndex(dialog.ui.status_combo.findData(status("Closed").id))
    dialog.ui.target_date_edit.set_date(date.today() - timedelta(days=400))

    dialog.accept()

    errors = dialog.field_errors
    assert errors.message("description") == "Describe the action step."
    assert errors.message("outcome") == "The outcome is required when the status is closed."
    assert "is before the date set" in errors.message("target_date")
    assert errors.message("date_closed") != ""
    assert ActionStep.select().count() == 0


def test_invalid_optional_date_is_not_saved_blank(qtbot, admin_session, goal):
    dialog = make_dialog(qtbot, admin_session, goal)
    dialog.ui.description_edit.setPlainText("Call the landlord")
    dialog.ui.target_date_edit.set_text("2026-02-31")

    dialog.accept()

    assert dialog.field_errors.message("target_date") != ""
    assert dialog.field_errors.message("description") == ""
    assert ActionStep.select().count() == 0


def test_follow_up_users_follow_provider(qtbot, admin_session, goal):
    dialog = make_dialog(qtbot, admin_session, goal)
    ui = dialog.ui
    assert ui.followup_user_combo.count() == 1

    ui.followup_provider_combo.setCurrentIndex(
        ui.followup_provider_combo.findData(admin_session.provider.id)
    )

    assert ui.followup_user_combo.findData(admin_session.user.id) > 0
    assert ui.followup_made_by_combo.findData(admin_session.user.id) > 0


def test_edit_step_closes_it(qtbot, monkeypatch, admin_session, goal):
    step = add_step(admin_session, goal)
    section = make_section(qtbot, admin_session, goal)
    section.ui.steps_view.selectRow(0)
    achieved = GoalOutcome.get(GoalOutcome.name == "Achieved")

    def fill(dialog: ActionStepDialog) -> None:
        ui = dialog.ui
        ui.status_combo.setCurrentIndex(ui.status_combo.findData(status("Closed").id))
        ui.outcome_combo.setCurrentIndex(ui.outcome_combo.findData(achieved.id))
        ui.date_closed_edit.set_date(date(2026, 3, 1))
        ui.followup_date_edit.set_date(date(2026, 4, 1))
        ui.followup_provider_combo.setCurrentIndex(
            ui.followup_provider_combo.findData(admin_session.provider.id)
        )
        ui.followup_user_combo.setCurrentIndex(
            ui.followup_user_combo.findData(admin_session.user.id)
        )

    monkeypatch.setattr(messages, "run_dialog", DialogRunner(fill))
    with qtbot.waitSignal(section.changed):
        section.ui.edit_step_button.click()

    stored = ActionStep.get_by_id(step.id)
    assert stored.status_id == status("Closed").id
    assert stored.outcome_id == achieved.id
    assert stored.date_closed == date(2026, 3, 1)
    assert stored.followup_user_id == admin_session.user.id
    assert section.model.index(0, FOLLOW_UP_COLUMN).data() == "2026-04-01"
    assert section.model.index(0, STATUS_COLUMN).data() == "Closed (Achieved)"


def test_delete_step_asks_first(qtbot, admin_session, goal, answers_yes):
    add_step(admin_session, goal)
    section = make_section(qtbot, admin_session, goal)
    section.ui.steps_view.selectRow(0)

    section.ui.delete_step_button.click()

    assert answers_yes.questions[0][0] == "Delete Action Step"
    assert ActionStep.select().count() == 0


def test_delete_step_answer_no_keeps_it(qtbot, monkeypatch, admin_session, goal):
    add_step(admin_session, goal)
    monkeypatch.setattr(messages, "ask_yes_no", RecordedAnswers(False))
    section = make_section(qtbot, admin_session, goal)
    section.ui.steps_view.selectRow(0)

    section.ui.delete_step_button.click()

    assert ActionStep.select().count() == 1


def test_read_only_user_changes_nothing(qtbot, admin_session, goal):
    add_step(admin_session, goal)
    viewer = make_user("viewer", role=Role.READ_ONLY)
    section = make_section(qtbot, Session(user=viewer, provider=viewer.home_provider), goal)
    section.ui.steps_view.selectRow(0)

    assert not section.ui.add_step_button.isEnabled()
    assert not section.ui.edit_step_button.isEnabled()
    assert not section.ui.delete_step_button.isEnabled()
