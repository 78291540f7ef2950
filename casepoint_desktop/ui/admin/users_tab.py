"""The Users tab of the administration window."""

from __future__ import annotations

import logging

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QCheckBox, QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from casepoint_desktop.data.models import User
from casepoint_desktop.services import users
from casepoint_desktop.services.errors import ServiceError
from casepoint_desktop.services.session import Session
from casepoint_desktop.ui import messages
from casepoint_desktop.ui.admin.admin_models import NAME_COLUMN, UsersModel
from casepoint_desktop.ui.admin.password_dialogs import ResetPasswordDialog
from casepoint_desktop.ui.admin.table_views import make_table_view, selected_row
from casepoint_desktop.ui.admin.user_dialog import UserDialog

log = logging.getLogger(__name__)


class UsersTab(QWidget):
    """The users in a table with Add, Edit, Deactivate or Activate, and Reset Password."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = UsersModel(self)
        self.view = make_table_view(self, stretch_column=NAME_COLUMN)
        self.view.setModel(self.model)

        self.show_inactive_check = QCheckBox("Show &inactive users", self)
        self.add_button = QPushButton("&Add User…", self)
        self.edit_button = QPushButton("&Edit…", self)
        self.active_button = QPushButton("&Deactivate", self)
        self.reset_password_button = QPushButton("&Reset Password…", self)

        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.active_button,
            self.reset_password_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.show_inactive_check)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.view)

        QWidget.setTabOrder(self.reset_password_button, self.show_inactive_check)
        QWidget.setTabOrder(self.show_inactive_check, self.view)

        self.add_button.clicked.connect(self.on_add_clicked)
        self.edit_button.clicked.connect(self.on_edit_clicked)
        self.active_button.clicked.connect(self.on_active_clicked)
        self.reset_password_button.clicked.connect(self.on_reset_password_clicked)
        self.show_inactive_check.toggled.connect(self.on_show_inactive_toggled)
        self.view.doubleClicked.connect(self.on_edit_clicked)
        self.view.selectionModel().selectionChanged.connect(self.on_selection_changed)
        self.reload()

    def reload(self, select_user_id: int | None = None) -> None:
        """Read the users again and select `select_user_id` when it is listed."""
        include_inactive = self.show_inactive_check.isChecked()
        self.model.set_rows(users.list_users(self.session, include_inactive=include_inactive))
        row = self.model.row_of(select_user_id) if select_user_id is not None else None
        if row is not None:
            self.view.selectRow(row)
        self.on_selection_changed()

    def selected_user(self) -> User | None:
        row = selected_row(self.view)
        return None if row is None else self.model.row_at(row)

    @Slot()
    def on_selection_changed(self) -> None:
        user = self.selected_user()
        for button in (self.edit_button, self.active_button, self.reset_password_button):
            button.setEnabled(user is not None)
        self.active_button.setText(
            "Ac&tivate" if user is not None and not user.active else "&Deactivate"
        )

    @Slot(bool)
    def on_show_inactive_toggled(self, checked: bool) -> None:
        user = self.selected_user()
        self.reload(user.id if user else None)

    @Slot()
    def on_add_clicked(self) -> None:
        dialog = UserDialog(self.session, parent=self)
        if messages.run_dialog(dialog) == QDialog.DialogCode.Accepted and dialog.saved_user:
            self.reload(dialog.saved_user.id)
        dialog.deleteLater()

    @Slot()
    def on_edit_clicked(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        dialog = UserDialog(self.session, user, parent=self)
        if messages.run_dialog(dialog) == QDialog.DialogCode.Accepted:
            self.reload(user.id)
        dialog.deleteLater()

    @Slot()
    def on_active_clicked(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        title = "Deactivate User" if user.active else "Activate User"
        if user.active:
            question = (
                f"Deactivate {user.full_name} ({user.username})? They can no longer log in. "
                "Their records stay, and you can activate the account again."
            )
            if not messages.ask_yes_no(self, title, question):
                return
        try:
            users.set_user_active(self.session, user.id, not user.active)
        except ServiceError as error:
            messages.show_service_error(self, title, error)
            return
        self.reload(user.id)

    @Slot()
    def on_reset_password_clicked(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        dialog = ResetPasswordDialog(self.session, user, parent=self)
        if messages.run_dialog(dialog) == QDialog.DialogCode.Accepted:
            messages.show_info(
                self,
                "Reset Password",
                f"{user.full_name} must choose a new password at the next log-in.",
            )
            self.reload(user.id)
        dialog.deleteLater()
