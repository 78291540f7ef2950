"""Tests of the start-up steps: application names, database errors, setup and log-in."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from casepoint_desktop.data import database
from casepoint_desktop.data.models import AgencySettings
from casepoint_desktop.ui import error_hook, messages, start
from casepoint_desktop.ui.login_dialog import LoginDialog
from casepoint_desktop.ui.main_window import MainWindow
from casepoint_desktop.ui.setup_dialog import SetupDialog
from tests.conftest import ADMIN_PASSWORD


@pytest.fixture
def dialogs_seen(monkeypatch):
    """Replace run_dialog with a stub that records each dialog and cancels it."""
    seen = []

    def cancel(dialog: QDialog) -> int:
        seen.append(dialog)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(messages, "run_dialog", cancel)
    return seen


@pytest.fixture
def errors_shown(monkeypatch):
    shown = []
    monkeypatch.setattr(messages, "show_error", lambda *args, **kwargs: shown.append(args))
    return shown


def test_application_names(qapp):
    application = start.create_application()

    assert application is QApplication.instance()
    assert application.applicationName() == "CasePoint Desktop"
    assert application.organizationName() == "CasePoint"


def test_application_icon_loaded(qapp):
    application = start.create_application()
    assert not application.windowIcon().pixmap(32, 32).isNull()


def test_unopenable_database_returns_1(tmp_path, qapp, errors_shown, dialogs_seen):
    path = tmp_path / "missing folder" / "casepoint.db"
    hook_before = sys.excepthook

    assert start.run_gui(path) == 1

    assert errors_shown[0][1] == "Cannot Open the Database"
    assert "does not exist" in errors_shown[0][2]
    assert dialogs_seen == []
    assert sys.excepthook is hook_before


def test_not_a_database_returns_1(tmp_path, qapp, errors_shown, dialogs_seen):
    path = tmp_path / "notes.txt"
    path.write_text("not a database " * 100)

    assert start.run_gui(path) == 1

    assert "is not a CasePoint database" in errors_shown[0][2]


def test_new_database_asks_for_setup(tmp_path, qapp, dialogs_seen):
    assert start.run_gui(tmp_path / "casepoint.db") == 0

    assert len(dialogs_seen) == 1
    assert isinstance(dialogs_seen[0], SetupDialog)
    assert database.db.is_closed()


def test_set_up_database_asks_for_login(tmp_path, qapp, dialogs_seen, admin_session, db_path):
    database.close()

    assert start.run_gui(db_path, demo_credentials=("admin", ADMIN_PASSWORD)) == 0

    assert len(dialogs_seen) == 1
    login = dialogs_seen[0]
    assert isinstance(login, LoginDialog)
    assert login.ui.username_edit.text() == "admin"
    assert not login.ui.demo_label.isHidden()


def test_hook_installed_during_run(tmp_path, qapp, monkeypatch):
    hooks = []

    def record_hook(dialog):
        hooks.append(sys.excepthook)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(messages, "run_dialog", record_hook)

    start.run_gui(tmp_path / "casepoint.db")

    assert hooks == [error_hook.handle_exception]


def test_setup_then_login_then_window(qtbot, db, monkeypatch):
    def fill_in(dialog: QDialog) -> int:
        if isinstance(dialog, SetupDialog):
            dialog.ui.agency_name_edit.setText("Hillside Services")
            dialog.ui.provider_name_edit.setText("Main Office")
            dialog.ui.username_edit.setText("Boss")
            dialog.ui.first_name_edit.setText("Bea")
            dialog.ui.last_name_edit.setText("Boss")
            dialog.ui.password_edit.setText(ADMIN_PASSWORD)
            dialog.ui.password_confirmation_edit.setText(ADMIN_PASSWORD)
        else:
            assert dialog.ui.username_edit.text() == "boss"
            assert dialog.ui.agency_label.text() == "Hillside Services"
            dialog.ui.password_edit.setText(ADMIN_PASSWORD)
        dialog.ui.button_box.accepted.emit()
        return dialog.result()

    monkeypatch.setattr(messages, "run_dialog", fill_in)

    username = start.run_first_setup()
    session = start.run_login(username=username)
    window = MainWindow(session)
    qtbot.addWidget(window)

    assert username == "boss"
    assert AgencySettings.get().name == "Hillside Services"
    assert session.user.username == "boss"
    assert window.windowTitle() == "CasePoint Desktop — Hillside Services"


def test_setup_skipped_when_done(admin_session, dialogs_seen):
    assert start.run_first_setup() == ""
    assert dialogs_seen == []


def test_cancelled_login_returns_none(admin_session, dialogs_seen):
    assert start.run_login() is None
