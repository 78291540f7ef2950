"""Tests of the start-up steps: application names, database errors, setup and log-in."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

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


def test_agency_name_read_from_set_up_file(admin_session, db_path):
    assert start.set_up_agency_name(db_path) == "Riverside Family Services"


def test_agency_name_none_when_open_must_come_first(tmp_path, db):
    assert start.set_up_agency_name(tmp_path / "missing.db") is None
    # `db` is migrated but has no agency or user yet.
    assert start.set_up_agency_name(Path(db.database)) is None
    assert start.set_up_agency_name("postgresql://caseworker@db.example/casepoint") is None
    not_a_database = tmp_path / "notes.txt"
    not_a_database.write_text("not a database " * 100)
    assert start.set_up_agency_name(not_a_database) is None


def test_log_in_dialog_shown_before_database_opens(
    admin_session, db_path, qapp, dialogs_seen, monkeypatch
):
    database.close()
    shown_at_open = []
    open_database = start.open_database

    def record_and_open(path):
        shown_at_open.extend(
            widget for widget in QApplication.topLevelWidgets() if isinstance(widget, LoginDialog)
        )
        return open_database(path)

    monkeypatch.setattr(start, "open_database", record_and_open)

    assert start.run_gui(db_path) == 0

    assert len(shown_at_open) == 1
    assert shown_at_open[0].isVisible() or shown_at_open[0] is dialogs_seen[0]
    assert dialogs_seen == [shown_at_open[0]]
    assert shown_at_open[0].ui.agency_label.text() == "Riverside Family Services"


def test_exit_when_shown_leaves_database_closed(
    admin_session, db_path, qapp, dialogs_seen, monkeypatch
):
    database.close()
    monkeypatch.setenv(start.EXIT_WHEN_SHOWN_VARIABLE, "1")

    assert start.run_gui(db_path) == 0

    assert dialogs_seen == []
    assert database.db.is_closed()


def test_graphical_start_up_path_loads_no_data_layer():
    # The log-in dialog appears before peewee and the models load (show_log_in_dialog_early),
    # so the modules imported before it must not import them.
    code = (
        "import sys; import casepoint_desktop.app, casepoint_desktop.ui.start; "
        "print(sorted(name for name in ('peewee', 'casepoint_desktop.data.models', "
        "'casepoint_desktop.services.auth') if name in sys.modules))"
    )
    completed = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )

    assert completed.stdout.strip() == "[]"
