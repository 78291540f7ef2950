"""Tests of File → Enter Data As: the status bar and the provider of new records."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QMenu

from casepoint_desktop.data.models import Provider, UserProvider
from casepoint_desktop.services import notes, users
from casepoint_desktop.ui import messages
from casepoint_desktop.ui.main_window import MainWindow
from tests.ui.goal_helpers import make_goal
from tests.ui.record_helpers import RecordedMessages, make_client


@pytest.fixture
def family(admin_session):
    provider = users.create_provider(admin_session, "Family Services")
    UserProvider.create(user=admin_session.user, provider=provider)
    return provider


@pytest.fixture
def window(qtbot, admin_session, family):
    widget = MainWindow(admin_session)
    qtbot.addWidget(widget)
    return widget


def enter_data_as_menu(window: MainWindow) -> QMenu:
    file_menu = window.menuBar().actions()[0].menu()
    assert file_menu.title() == "&File"
    action = next(action for action in file_menu.actions() if action.text() == "Enter Data &As")
    return action.menu()


def menu_action(window: MainWindow, name: str):
    return next(action for action in enter_data_as_menu(window).actions() if action.text() == name)


def test_menu_lists_home_and_eda_providers(window):
    menu = enter_data_as_menu(window)
    assert [action.text() for action in menu.actions()] == ["Downtown Shelter", "Family Services"]
    assert menu.isEnabled()
    assert menu_action(window, "Downtown Shelter").isChecked()


def test_switch_changes_status_bar_and_new_records(window, admin_session, family):
    client = make_client(admin_session, "Thị Minh", "Nguyễn")

    menu_action(window, "Family Services").trigger()

    assert window.provider_label.text() == "Provider: Family Services"
    assert menu_action(window, "Family Services").isChecked()
    assert not menu_action(window, "Downtown Shelter").isChecked()
    note = notes.create_note(admin_session, client, date(2026, 3, 2), "Met at the office.")
    assert note.provider_id == family.id
    goal = make_goal(admin_session, client)
    assert goal.provider_id == family.id


def test_switch_back_to_home_provider(window, admin_session):
    menu_action(window, "Family Services").trigger()
    menu_action(window, "Downtown Shelter").trigger()

    client = make_client(admin_session, "Ana", "Reyes")
    note = notes.create_note(admin_session, client, date(2026, 3, 2), "Phone call.")
    assert window.provider_label.text() == "Provider: Downtown Shelter"
    assert Provider.get_by_id(note.provider_id).name == "Downtown Shelter"


def test_removed_eda_provider_rejected(window, admin_session, monkeypatch):
    shown = RecordedMessages()
    monkeypatch.setattr(messages, "show_service_error", shown)
    UserProvider.delete().execute()

    menu_action(window, "Family Services").trigger()

    assert shown.shown[0][0] == "Enter Data As"
    assert "cannot enter data for the provider" in shown.shown[0][1]
    assert window.provider_label.text() == "Provider: Downtown Shelter"
    assert menu_action(window, "Downtown Shelter").isChecked()
    assert not menu_action(window, "Family Services").isChecked()
