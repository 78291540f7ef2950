"""The Follow Up List in the main window: start-up, View menu, opening clients and goals."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from casepoint_desktop.ui.client_record import ClientRecord
from casepoint_desktop.ui.main_window import MainWindow
from casepoint_desktop.ui.models.follow_ups_model import CLIENT_ID_COLUMN, LABEL_COLUMN
from tests.ui.case_plan_helpers import add_goal, follow_up_for, install_fake_goal_dialog
from tests.ui.record_helpers import make_client


@pytest.fixture
def window(qtbot, admin_session):
    widget = MainWindow(admin_session)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def hoa(admin_session):
    return make_client(admin_session, "Hoa", "Trần")


@pytest.fixture
def goal(admin_session, hoa):
    return add_goal(
        admin_session,
        hoa.id,
        follow_up=follow_up_for(admin_session, date.today() - timedelta(days=2)),
    )


def test_dock_visible_on_start(window):
    assert window.follow_up_dock.isVisible()
    assert window.follow_up_action.isChecked()
    assert window.follow_up_dock.windowTitle() == "Follow Up List"


def test_view_menu_toggles_dock(window):
    view_menu = next(
        action.menu()
        for action in window.menuBar().actions()
        if action.text().replace("&", "") == "View"
    )
    assert window.follow_up_action in view_menu.actions()
    assert window.follow_up_action.shortcut().toString() == "Ctrl+Shift+L"

    window.follow_up_action.trigger()
    assert not window.follow_up_dock.isVisible()

    window.follow_up_action.trigger()
    assert window.follow_up_dock.isVisible()


def test_client_id_opens_record(window, hoa, goal):
    dock = window.follow_up_dock
    dock.refresh()
    assert dock.model.rowCount() == 1

    dock.on_activated(dock.model.index(0, CLIENT_ID_COLUMN))

    record = window.tabs.currentWidget()
    assert isinstance(record, ClientRecord)
    assert record.client_id == hoa.id


def test_goal_opens_record_then_dialog(window, monkeypatch, admin_session, hoa, goal):
    def complete_follow_up(dialog):
        # Stands in for a user who fills the completion fields and saves.
        goal.followup_actual_date = date.today()
        goal.save()

    opened = install_fake_goal_dialog(monkeypatch, complete_follow_up)
    dock = window.follow_up_dock
    dock.refresh()

    dock.on_activated(dock.model.index(0, LABEL_COLUMN))

    record = window.tabs.currentWidget()
    assert isinstance(record, ClientRecord)
    assert record.client_id == hoa.id
    assert record.tabs.currentWidget() is record.case_plans_tab
    assert [(dialog.client_id, dialog.goal_id) for dialog in opened] == [(hoa.id, goal.id)]
    assert dock.model.rowCount() == 0


def test_goals_changed_refreshes_dock(window, admin_session, hoa):
    window.open_client(hoa.id)
    record = window.tabs.currentWidget()
    assert window.follow_up_dock.model.rowCount() == 0
    add_goal(
        admin_session,
        hoa.id,
        follow_up=follow_up_for(admin_session, date.today()),
    )

    record.case_plans_tab.goals_changed.emit()

    assert window.follow_up_dock.model.rowCount() == 1
