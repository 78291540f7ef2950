"""The log-in dialog: user name and password, checked by services.auth."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from casepoint_desktop.ui.generated.ui_login_dialog import Ui_LoginDialog
from casepoint_desktop.ui.plain_text_style import RICH_TEXT_PROPERTY

if TYPE_CHECKING:
    from casepoint_desktop.services.session import Session


class LoginDialog(QDialog):
    """Log-in dialog: it requests a user name and password and keeps the resulting session.

    After `accept()`, `session` is the logged-in user's session. A failed attempt shows the
    one message of LoginFailed in the dialog, which does not say which field was wrong.

    `before_log_in`, when given, runs as Log In is pressed, before anything is written; when
    it returns False the dialog is rejected without logging in. The start-up passes the
    wait for the database's integrity check.
    """

    def __init__(
        self,
        agency_name: str = "",
        demo_credentials: tuple[str, str] | None = None,
        username: str = "",
        parent: QWidget | None = None,
        before_log_in: Callable[[], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.session: Session | None = None
        self.before_log_in = before_log_in

        self.set_agency_name(agency_name)
        heading_font = QFont(self.ui.agency_label.font())
        heading_font.setBold(True)
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.25)
        self.ui.agency_label.setFont(heading_font)

        log_in_button = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        log_in_button.setText("Log In")
        log_in_button.setDefault(True)

        self.ui.error_label.hide()
        self.ui.demo_label.setVisible(demo_credentials is not None)
        # The demo label's text is HTML built here, with the values escaped.
        self.ui.demo_label.setProperty(RICH_TEXT_PROPERTY, True)
        self.ui.demo_label.setTextFormat(Qt.TextFormat.RichText)
        if demo_credentials is not None:
            demo_username, demo_password = demo_credentials
            self.ui.demo_label.setText(
                f"Demo log-in: user <b>{html.escape(demo_username)}</b> "
                f"password <b>{html.escape(demo_password)}</b>"
            )
            self.ui.username_edit.setText(demo_username)
            self.ui.password_edit.setText(demo_password)
        elif username:
            self.ui.username_edit.setText(username)

        self.ui.button_box.accepted.connect(self.on_log_in_requested)
        self.ui.button_box.rejected.connect(self.reject)

        if self.ui.username_edit.text():
            self.ui.password_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.ui.username_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_log_in_error(self, text: str) -> None:
        """Show `text` in red below the fields, clear the password and focus it."""
        self.ui.error_label.setText(text)
        self.ui.error_label.show()
        self.ui.password_edit.clear()
        self.ui.password_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_agency_name(self, name: str) -> None:
        if name:
            self.ui.agency_label.setText(name)

    @Slot()
    def on_log_in_requested(self) -> None:
        # Imported here: the start-up shows this dialog before the database modules load.
        from casepoint_desktop.services import auth

        # Checking an Argon2 hash takes a noticeable moment, so show a busy cursor meanwhile.
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if self.before_log_in is not None and not self.before_log_in():
                self.reject()
                return
            self.session = auth.log_in(self.ui.username_edit.text(), self.ui.password_edit.text())
        except auth.LoginFailed as error:
            self.show_log_in_error(str(error))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.accept()
