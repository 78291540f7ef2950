"""Tests of the log-in dialog: success, the one failure message, lock-out and demo log-in."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from casepoint_desktop.services import auth
from casepoint_desktop.ui.login_dialog import LoginDialog
from tests.conftest import ADMIN_PASSWORD


@pytest.fixture
def dialog(qtbot, admin_session):
    widget = LoginDialog(agency_name="Riverside Family Services")
    qtbot.addWidget(widget)
    return widget


def log_in(qtbot, dialog: LoginDialog, username: str, password: str) -> None:
    dialog.ui.username_edit.setText(username)
    dialog.ui.password_edit.setText(password)
    qtbot.mouseClick(
        dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def test_success_accepts_with_session(qtbot, dialog):
    log_in(qtbot, dialog, "admin", ADMIN_PASSWORD)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.session is not None
    assert dialog.session.user.username == "admin"


def test_wrong_password_shows_one_message(qtbot, dialog):
    log_in(qtbot, dialog, "admin", "wrong password")

    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.session is None
    assert dialog.ui.error_label.text() == auth.WRONG_CREDENTIALS
    assert not dialog.ui.error_label.isHidden()
    assert dialog.ui.password_edit.text() == ""
    assert dialog.ui.username_edit.text() == "admin"


def test_unknown_user_gets_same_message(qtbot, dialog):
    log_in(qtbot, dialog, "nobody", ADMIN_PASSWORD)

    assert dialog.ui.error_label.text() == auth.WRONG_CREDENTIALS


def test_lockout_after_five_failures(qtbot, dialog):
    for _ in range(5):
        log_in(qtbot, dialog, "admin", "wrong password")
    log_in(qtbot, dialog, "admin", ADMIN_PASSWORD)

    assert dialog.session is None
    assert dialog.ui.error_label.text().startswith("Too many failed attempts.")
    assert "15 minutes" in dialog.ui.error_label.text()


def test_demo_credentials_shown_and_filled(qtbot, admin_session):
    dialog = LoginDialog(demo_credentials=("demo", "demo-password"))
    qtbot.addWidget(dialog)

    assert not dialog.ui.demo_label.isHidden()
    assert dialog.ui.demo_label.text() == (
        "Demo log-in: user <b>demo</b> password <b>demo-password</b>"
    )
    assert dialog.ui.username_edit.text() == "demo"
    assert dialog.ui.password_edit.text() == "demo-password"


def test_no_demo_line_without_credentials(dialog):
    assert dialog.ui.demo_label.isHidden()
    assert dialog.ui.error_label.isHidden()


def test_labels_tied_to_fields(dialog):
    assert dialog.ui.username_label.buddy() is dialog.ui.username_edit
    assert dialog.ui.password_label.buddy() is dialog.ui.password_edit
    log_in_button = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
    assert log_in_button.isDefault()
    assert log_in_button.text() == "Log In"
    assert dialog.ui.agency_label.text() == "Riverside Family Services"


def test_username_prefilled_after_setup(qtbot, admin_session):
    dialog = LoginDialog(username="admin")
    qtbot.addWidget(dialog)

    assert dialog.ui.username_edit.text() == "admin"
    assert dialog.focusWidget() is dialog.ui.password_edit
