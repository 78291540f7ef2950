"""CasePlansTab: the goal list with its counts, deleting after asking, and the goal dialog."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from casepoint_desktop.data.case_plan_models import Goal
from casepoint_desktop.data.lists import GoalOutcome
from casepoint_desktop.services import case_managers
from casepoint_desktop.services.case_managers import AssignmentInput
from casepoint_desktop.services.session import Role, Session
from casepoint_desktop.ui import messages
from casepoint_desktop.ui.client_record import ClientRecord
from casepoint_desktop.ui.models import goals_model
from casepoint_desktop.ui.models.goals_model import GoalsModel
from casepoint_desktop.ui.tabs.case_plans_tab import CasePlansTab, describe_contents
from tests.conftest import make_user
from tests.ui.case_plan_helpers import (
    add_goal,
    add_note,
    add_service,
    add_step,
    install_fake_goal_dialog,
    status_id,
)
from tests.ui.record_helpers import RecordedAnswers, make_client


@pytest.fixture
def client(admin_session):
    return make_client(admin_session, "Nguyễn Thị", "Hương", date(1990, 7, 24))


@pytest.fixture(autouse=True)
def answers_yes(monkeypatch) -> RecordedAnswers:
    answers = RecordedAnswers(True)
    monkeypatch.setattr(messages, "ask_yes_no", answers)
    return answers


@pytest.fixture
def full_goal(admin_session, client) -> Goal:
    """A goal with 3 action steps, 5 case notes and 2 service items."""
    goal = add_goal(admin_session, client.id)
    for number in range(3):
        add_step(admin_session, goal, f"Step {number + 1}")
    for _ in range(5):
        add_note(admin_session, goal)
    for _ in range(2):
        add_service(admin_session, goal)
    return goal


def open_tab(qtbot, session, client_id) -> CasePlansTab:
    tab = CasePlansTab(session, client_id)
    qtbot.addWidget(tab)
    tab.resize(1200, 500)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def row_texts(tab: CasePlansTab, row: int) -> list[str]:
    model = tab.model
    return [model.data(model.index(row, column)) for column in range(model.columnCount())]


def test_record_has_case_plans_tab(qtbot, admin_session, client):
    record = ClientRecord(admin_session, client.id)
    qtbot.addWidget(record)

    assert record.tabs.indexOf(record.case_plans_tab) == 2
    assert record.tabs.tabText(2) == "&Case Plans"
    assert record.case_plans_tab.client_id == client.id


def test_list_shows_goals_with_counts(qtbot, admin_session, client, full_goal):
    assignment = case_managers.create_assignment(
        admin_session,
        client.id,
        AssignmentInput(admin_session.user.id, admin_session.provider.id, date(2026, 1, 5)),
    )
    partial = GoalOutcome.get(GoalOutcome.name == "Partially Achieved")
    add_goal(
        admin_session,
        client.id,
        "Obtain employment",
        date_set=date(2026, 1, 10),
        case_manager_id=assignment.id,
        target_date=date(2026, 3, 1),
        status_id=status_id("Closed"),
        outcome_id=partial.id,
        percent_complete=60,
        date_closed=date(2026, 2, 20),
    )
    tab = open_tab(qtbot, admin_session, client.id)

    assert tab.model.rowCount() == 2
    assert tab.ui.count_label.text() == "2 goals"
    newest = row_texts(tab, 0)
    assert newest[goals_model.DATE_SET_COLUMN] == full_goal.date_set.isoformat()
    assert newest[goals_model.TYPE_COLUMN] == "Maintain housing"
    assert newest[goals_model.STATUS_COLUMN] == "In Progress"
    assert newest[goals_model.ACTION_STEPS_COLUMN] == "3"
    assert newest[goals_model.CASE_NOTES_COLUMN] == "5"
    assert newest[goals_model.SERVICES_COLUMN] == "2"
    older = row_texts(tab, 1)
    assert older[goals_model.CLASSIFICATION_COLUMN] == "Employment"
    assert older[goals_model.CASE_MANAGER_COLUMN] == "Ada Admin"
    assert older[goals_model.STATUS_COLUMN] == "Closed – Partially Achieved"
    assert older[goals_model.TARGET_DATE_COLUMN] == "2026-03-01"
    assert older[goals_model.PERCENT_COLUMN] == "60 %"
    assert older[goals_model.ACTION_STEPS_COLUMN] == "0"


def test_describe_contents_wording():
    counts = {"action_steps": 3, "case_notes": 5, "service_items": 2, "attachments": 0}
    assert describe_contents(counts) == "3 action steps, 5 case notes and 2 service items"
    one_each = {"action_steps": 1, "case_notes": 0, "service_items": 1, "attachments": 1}
    assert describe_contents(one_each) == "1 action step, 1 service item and 1 attachment"
    assert describe_contents(dict.fromkeys(counts, 0)) == ""


def test_delete_asks_naming_contents(qtbot, admin_session, client, full_goal, answers_yes):
    answers_yes.answer = False
    tab = open_tab(qtbot, admin_session, client.id)
    tab.ui.goals_view.selectRow(0)

    tab.on_delete_clicked()

    assert len(answers_yes.questions) == 1
    title, question = answers_yes.questions[0]
    assert title == "Delete Goal"
    assert "Maintain housing" in question
    assert "3 action steps, 5 case notes and 2 service items" in question


def test_delete_after_no_keeps_goal(qtbot, admin_session, client, full_goal, answers_yes):
    answers_yes.answer = False
    tab = open_tab(qtbot, admin_session, client.id)
    tab.ui.goals_view.selectRow(0)

    with qtbot.assertNotEmitted(tab.goals_changed):
        tab.on_delete_clicked()

    assert Goal.select().count() == 1
    assert tab.model.rowCount() == 1


def test_delete_after_yes(qtbot, admin_session, client, full_goal, answers_yes):
    kept = add_goal(admin_session, client.id, "Obtain employment", date_set=date(2025, 12, 1))
    tab = open_tab(qtbot, admin_session, client.id)
    tab.ui.goals_view.selectRow(tab.model.row_of_goal(full_goal.id))

    with qtbot.waitSignal(tab.goals_changed, timeout=0):
        tab.on_delete_clicked()

    assert len(answers_yes.questions) == 1
    assert [goal.id for goal in Goal.select()] == [kept.id]
    assert tab.model.rowCount() == 1
    assert tab.selected_goal().id == kept.id


def test_add_opens_dialog_and_reloads(qtbot, monkeypatch, admin_session, client):
    def save_goal(dialog):
        goal = add_goal(admin_session, client.id)
        dialog.goal_saved.emit(goal.id)

    opened = install_fake_goal_dialog(monkeypatch, save_goal)
    tab = open_tab(qtbot, admin_session, client.id)

    with qtbot.waitSignal(tab.goals_changed, timeout=0):
        tab.on_add_clicked()

    assert [dialog.goal_id for dialog in opened] == [None]
    assert opened[0].client_id == client.id
    assert tab.model.rowCount() == 1
    assert tab.selected_goal() is not None


def test_enter_edits_selected(qtbot, monkeypatch, admin_session, client, full_goal):
    opened = install_fake_goal_dialog(monkeypatch)
    tab = open_tab(qtbot, admin_session, client.id)
    view = tab.ui.goals_view
    view.setFocus()
    view.selectRow(0)

    with qtbot.assertNotEmitted(tab.goals_changed):
        qtbot.keyClick(view, Qt.Key.Key_Return)

    assert [dialog.goal_id for dialog in opened] == [full_goal.id]


def test_read_only_buttons_disabled(qtbot, monkeypatch, admin_session, client, answers_yes):
    add_goal(admin_session, client.id)
    viewer = make_user("viewer", role=Role.READ_ONLY)
    session = Session(user=viewer, provider=viewer.home_provider)
    opened = install_fake_goal_dialog(monkeypatch)
    tab = open_tab(qtbot, session, client.id)
    tab.ui.goals_view.selectRow(0)

    assert tab.selected_goal() is not None
    assert not tab.ui.add_button.isEnabled()
    assert not tab.ui.edit_button.isEnabled()
    assert not tab.ui.delete_button.isEnabled()

    tab.on_goal_activated(tab.model.index(0, 0))
    tab.on_add_clicked()
    tab.on_delete_clicked()

    assert opened == []
    assert answers_yes.questions == []
    assert Goal.select().count() == 1


def test_goals_model_passes_modeltester(qtmodeltester, admin_session, client, full_goal):
    add_goal(admin_session, client.id, "Obtain employment")
    model = GoalsModel(client.id)
    model.reload()

    qtmodeltester.check(model)


def test_real_goal_dialog_saves(qtbot, monkeypatch, admin_session, client, full_goal):
    def edit_and_save(dialog) -> int:
        dialog.ui.description_edit.setPlainText("Two-bedroom flat near the school")
        dialog.on_save_exit_clicked()
        return dialog.result()

    monkeypatch.setattr(messages, "run_dialog", edit_and_save)
    tab = open_tab(qtbot, admin_session, client.id)
    tab.ui.goals_view.selectRow(0)

    with qtbot.waitSignal(tab.goals_changed, timeout=0):
        tab.on_edit_clicked()

    assert Goal.get_by_id(full_goal.id).description == "Two-bedroom flat near the school"
    assert tab.selected_goal().id == full_goal.id
