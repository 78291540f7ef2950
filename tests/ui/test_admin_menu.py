"""Tests of the Admin menu and Change Password in the main window, per role."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel

from casepoint_desktop.services import auth
from casepoint_desktop.services.session import Role
from casepoint_desktop.ui import messages
from casepoint_desktop.ui.admin.admin_window import AdministrationWindow
from casepoint_desktop.ui.admin.audit_window import AuditLogWindow
from casepoint_desktop.ui.admin.password_dialogs import ChangePasswordDialog
from casepoint_desktop.ui.main_window import MainWindow
from tests.conftest import ADMIN_PASSWORD, make_user
from tests.ui.admin.admin_helpers import run_dialogs_with

NEW_PASSWORD = "another long passphrase"


def open_window(qtbot, session) -> MainWindow:
    window = MainWindow(session)
    qtbot.addWidget(window)
    return window


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_admin_menu_for_administrators(qtbot, admin_session):
    window = open_window(qtbot, admin_session)

    assert "&Admin" in menu_titles(window)
    assert window.session_actions.administration_action.isEnabled()
    assert window.session_actions.audit_log_action.isEnabled()


@pytest.mark.parametrize("role", [Role.SUPERVISOR, Role.CASE_MANAGER, Role.READ_ONLY])
def test_admin_actions_disabled_for_others(qtbot, admin_session, role):
    make_user("someone", role)
    window = open_window(qtbot, auth.log_in("someone", ADMIN_PASSWORD))

    assert not window.session_actions.administration_action.isEnabled()
    assert not window.session_actions.audit_log_action.isEnabled()
    assert window.session_actions.change_password_action.isEnabled()


def test_others_get_message_even_when_triggered(qtbot, admin_session, monkeypatch):
    shown = []
    monkeypatch.setattr(messages, "show_service_error", lambda *args: shown.append(args[1]))
    make_user("casey")
    window = open_window(qtbot, auth.log_in("casey", ADMIN_PASSWORD))

    window.session_actions.administration.open()
    window.session_actions.audit_log.open()

    assert shown == ["Administration", "Audit Log"]
    assert window.session_actions.administration.window is None
    assert window.session_actions.audit_log.window is None


def test_administration_opens_once(qtbot, admin_session):
    window = open_window(qtbot, admin_session)

    window.session_actions.administration_action.trigger()
    first = window.session_actions.administration.window
    window.session_actions.administration_action.trigger()

    assert isinstance(first, AdministrationWindow)
    assert window.session_actions.administration.window is first
    assert first.isVisible()
    assert [first.tabs.tabText(index) for index in range(first.tabs.count())] == [
        "&Users",
        "&Providers",
        "Agency &Settings",
        "&Lists",
    ]
    first.button_box.rejected.emit()
    assert window.session_actions.administration.window is None


def test_settings_saved_in_window_change_idle_time(qtbot, admin_session):
    window = open_window(qtbot, admin_session)
    window.session_actions.administration_action.trigger()
    settings_tab = window.session_actions.administration.window.settings_tab

    settings_tab.spin_boxes["idle_lock_minutes"].setValue(2)
    settings_tab.save_button.click()

    assert window.session_actions.idle_lock.timer.interval() == 2 * 60_000


def test_audit_log_opens(qtbot, admin_session):
    window = open_window(qtbot, admin_session)
    window.session_actions.audit_log_action.trigger()
    assert isinstance(window.session_actions.audit_log.window, AuditLogWindow)
    assert window.session_actions.audit_log.window.model.rowCount() > 0


def test_change_password_from_menu(qtbot, admin_session, monkeypatch):
    infos = []
    monkeypatch.setattr(messages, "show_info", lambda *args: infos.append(args[2]))

    def fill(dialog):
        assert isinstance(dialog, ChangePasswordDialog)
        dialog.current_password_edit.setText(ADMIN_PASSWORD)
        dialog.password_edit.setText(NEW_PASSWORD)
        dialog.password_confirmation_edit.setText(NEW_PASSWORD)
        dialog.button_box.accepted.emit()

    run_dialogs_with(monkeypatch, fill)
    window = open_window(qtbot, admin_session)

    window.session_actions.change_password_action.trigger()

    assert infos == ["Your password has been changed."]
    assert auth.log_in("admin", NEW_PASSWORD)


def test_every_mnemonic_label_has_buddy(qtbot, admin_session):
    window = open_window(qtbot, admin_session)
    window.session_actions.administration_action.trigger()
    window.session_actions.audit_log_action.trigger()
    dialogs = [
        window.session_actions.administration.window,
        window.session_actions.audit_log.window,
    ]

    for dialog in dialogs:
        for label in dialog.findChildren(QLabel):
            if "&" in label.text():
                assert label.buddy() is not None, label.text()


def test_admin_tab_mnemonics_unique(qtbot, admin_session):
    window = open_window(qtbot, admin_session)
    window.session_actions.administration_action.trigger()
    tabs = window.session_actions.administration.window.tabs
    tab_keys = {tabs.tabText(index).split("&")[1][0].lower() for index in range(tabs.count())}

    for index in range(tabs.count()):
        page = tabs.widget(index)
        texts = [label.text() for label in page.findChildren(QLabel)]
        texts += [button.text() for button in page.findChildren(QAbstractButton)]
        keys = [text.split("&")[1][0].lower() for text in texts if "&" in text]
        assert len(keys) == len(set(keys)), tabs.tabText(index)
        assert not set(keys) & tab_keys, tabs.tabText(index)
