"""Tests of the required password change between log-in and the main window."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from casepoint_desktop.data import database
from casepoint_desktop.data.models import User
from casepoint_desktop.services import auth
from casepoint_desktop.ui import messages, start
from casepoint_desktop.ui.admin.password_dialogs import ChangePasswordDialog
from casepoint_desktop.ui.login_dialog import LoginDialog
from casepoint_desktop.ui.main_window import MainWindow
from tests.conftest import ADMIN_PASSWORD

NEW_PASSWORD = "another long passphrase"


def run_gui_with(qtbot, monkeypatch, db_path, change_password: bool):
    """Run the program, log in as admin, and fill in or cancel the password change."""
    seen: list[QDialog] = []
    windows = []

    def answer(dialog: QDialog) -> int:
        seen.append(dialog)
        if isinstance(dialog, LoginDialog):
            dialog.ui.username_edit.setText("admin")
            dialog.ui.password_edit.setText(ADMIN_PASSWORD)
            dialog.on_log_in_requested()
        elif isinstance(dialog, ChangePasswordDialog) and change_password:
            dialog.current_password_edit.setText(ADMIN_PASSWORD)
            dialog.password_edit.setText(NEW_PASSWORD)
            dialog.password_confirmation_edit.setText(NEW_PASSWORD)
            dialog.button_box.accepted.emit()
        return dialog.result()

    def record_window(self) -> None:
        windows.append(self)
        qtbot.addWidget(self)

    monkeypatch.setattr(messages, "run_dialog", answer)
    monkeypatch.setattr(MainWindow, "show", record_window)
    monkeypatch.setattr(start.QApplication, "exec", lambda self=None: 0)
    database.close()
    assert start.run_gui(db_path) == 0
    return seen, windows


def test_must_change_asks_before_window(qtbot, admin_session, db_path, monkeypatch):
    User.update(must_change_password=True).execute()

    seen, windows = run_gui_with(qtbot, monkeypatch, db_path, change_password=True)

    assert [type(dialog) for dialog in seen] == [LoginDialog, ChangePasswordDialog]
    assert len(windows) == 1


def test_cancel_logs_out(qtbot, admin_session, db_path, monkeypatch):
    User.update(must_change_password=True).execute()

    seen, windows = run_gui_with(qtbot, monkeypatch, db_path, change_password=False)

    assert [type(dialog) for dialog in seen] == [LoginDialog, ChangePasswordDialog]
    assert windows == []


def test_no_change_needed_opens_window(qtbot, admin_session, db_path, monkeypatch):
    seen, windows = run_gui_with(qtbot, monkeypatch, db_path, change_password=False)

    assert [type(dialog) for dialog in seen] == [LoginDialog]
    assert len(windows) == 1


def test_required_change_helper(qtbot, admin_session, monkeypatch):
    monkeypatch.setattr(messages, "run_dialog", lambda dialog: QDialog.DialogCode.Rejected)
    assert start.run_required_password_change(admin_session)
    User.update(must_change_password=True).execute()
    session = auth.log_in("admin", ADMIN_PASSWORD)
    assert not start.run_required_password_change(session)
