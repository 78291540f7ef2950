"""Dialogs that set a password: Reset Password for administrators, Change Password for all."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from casepoint_desktop.data.models import User
from casepoint_desktop.services import agency, auth, users
from casepoint_desktop.services.errors import ServiceError, ValidationError
from casepoint_desktop.services.session import Session
from casepoint_desktop.ui.admin.form_rows import add_field_row, general_error_label
from casepoint_desktop.ui.widgets.field_errors import FieldErrors

log = logging.getLogger(__name__)

PASSWORDS_DIFFER = "The two passwords are not the same."


def password_edit(parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class _PasswordDialog(QDialog):
    """A form of password fields with a message below each and OK/Cancel buttons."""

    def __init__(self, title: str, intro: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.intro_label = QLabel(intro, self)
        self.intro_label.setWordWrap(True)
        self.form = QFormLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addLayout(self.form)
        self.general_label = general_error_label(self)
        layout.addWidget(self.general_label)
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.button_box.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        layout.addWidget(self.button_box)
        self.button_box.accepted.connect(self.on_ok_requested)
        self.button_box.rejected.connect(self.reject)
        minimum = agency.get_settings().password_min_length
        self.placeholder = f"At least {minimum} characters"

    def _set_fields(self, fields: dict[str, tuple[str, QLineEdit]]) -> None:
        pairs = {
            name: (edit, add_field_row(self.form, text, edit))
            for name, (text, edit) in fields.items()
        }
        self.field_errors = FieldErrors(pairs, self.general_label)
        self.setMinimumWidth(420)

    @Slot()
    def on_ok_requested(self) -> None:
        raise NotImplementedError


class ResetPasswordDialog(_PasswordDialog):
    """Give a user a new password, asked twice; the user must change it at the next log-in."""

    def __init__(self, session: Session, user: User, parent: QWidget | None = None) -> None:
        super().__init__(
            "Reset Password",
            f"New password for {user.full_name} ({user.username}). They must choose their "
            "own password at the next log-in.",
            parent,
        )
        self.session = session
        self.user = user
        self.password_edit = password_edit(self)
        self.password_edit.setPlaceholderText(self.placeholder)
        self.password_confirmation_edit = password_edit(self)
        self._set_fields(
            {
                "password": ("&New password:", self.password_edit),
                "password_confirmation": ("&Repeat password:", self.password_confirmation_edit),
            }
        )
        self.button_box.button(QDialogButtonBox.StandardButton.Ok).setText("Reset Password")
        self.password_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def on_ok_requested(self) -> None:
        password = self.password_edit.text()
        if self.password_confirmation_edit.text() != password:
            self.field_errors.show({"password_confirmation": PASSWORDS_DIFFER})
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            users.reset_password(self.session, self.user.id, password)
        except ValidationError as error:
            self.field_errors.show(error.field_errors)
            return
        except ServiceError as error:
            self.field_errors.show({"": str(error)})
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.accept()


class ChangePasswordDialog(_PasswordDialog):
    """Change the logged-in user's own password: current, new and repeated.

    With `required`, the dialog explains that the user must choose a new password before
    working, and its Cancel button is labelled Log Out.
    """

    def __init__(
        self, session: Session, required: bool = False, parent: QWidget | None = None
    ) -> None:
        intro = (
            "You must choose your own password before you continue."
            if required
            else f"Change the password of {session.user.full_name} ({session.user.username})."
        )
        super().__init__("Change Password", intro, parent)
        self.session = session
        self.current_password_edit = password_edit(self)
        self.password_edit = password_edit(self)
        self.password_edit.setPlaceholderText(self.placeholder)
        self.password_confirmation_edit = password_edit(self)
        self._set_fields(
            {
                "current_password": ("&Current password:", self.current_password_edit),
                "password": ("&New password:", self.password_edit),
                "password_confirmation": ("&Repeat new password:", self.password_confirmation_edit),
            }
        )
        self.button_box.button(QDialogButtonBox.StandardButton.Ok).setText("Change Password")
        if required:
            self.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText("Log Out")
        self.current_password_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def on_ok_requested(self) -> None:
        current = self.current_password_edit.text()
        new = self.password_edit.text()
        if self.password_confirmation_edit.text() != new:
            self.field_errors.show({"password_confirmation": PASSWORDS_DIFFER})
            return
        if new == current:
            self.field_errors.show(
                {"password": "Choose a password that differs from the current one."}
            )
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            auth.change_password(self.session, current, new)
        except ValidationError as error:
            self.field_errors.show(error.field_errors)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        log.info("User %d changed their password", self.session.user.id)
        self.accept()
