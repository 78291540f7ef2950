"""Tests of the Change Password dialog."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from casepoint_desktop.data.models import User
from casepoint_desktop.services import auth
from casepoint_desktop.ui.admin.password_dialogs import PASSWORDS_DIFFER, ChangePasswordDialog
from tests.conftest import ADMIN_PASSWORD

NEW_PASSWORD = "another long passphrase"


@pytest.fixture
def dialog(qtbot, admin_session):
    widget = ChangePasswordDialog(admin_session)
    qtbot.addWidget(widget)
    return widget


def fill(dialog, current: str, new: str, repeated: str) -> None:
    dialog.current_password_edit.setText(current)
    dialog.password_edit.setText(new)
    dialog.password_confirmation_edit.setText(repeated)
    dialog.button_box.accepted.emit()


def test_change_password(dialog):
    fill(dialog, ADMIN_PASSWORD, NEW_PASSWORD, NEW_PASSWORD)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert auth.log_in("admin", NEW_PASSWORD)


def test_wrong_current_password(dialog):
    fill(dialog, "wrong", NEW_PASSWORD, NEW_PASSWORD)
    assert dialog.field_errors.message("current_password") == "The current password is incorrect."
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_repeat_differs(dialog):
    fill(dialog, ADMIN_PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "x")
    assert dialog.field_errors.message("password_confirmation") == PASSWORDS_DIFFER
    assert auth.log_in("admin", ADMIN_PASSWORD)


def test_too_short(dialog):
    fill(dialog, ADMIN_PASSWORD, "short", "short")
    assert "at least 10 characters" in dialog.field_errors.message("password")


def test_same_as_current(dialog):
    fill(dialog, ADMIN_PASSWORD, ADMIN_PASSWORD, ADMIN_PASSWORD)
    assert "differs from the current" in dialog.field_errors.message("password")


def test_change_clears_must_change(qtbot, admin_session):
    User.update(must_change_password=True).execute()
    admin_session.user = User.get_by_id(admin_session.user.id)
    dialog = ChangePasswordDialog(admin_session, required=True)
    qtbot.addWidget(dialog)
    cancel = dialog.button_box.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == "Log Out"
    assert "must choose your own password" in dialog.intro_label.text()

    fill(dialog, ADMIN_PASSWORD, NEW_PASSWORD, NEW_PASSWORD)

    assert not User.get_by_id(admin_session.user.id).must_change_password
