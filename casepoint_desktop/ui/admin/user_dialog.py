"""The dialog that adds a user or changes one, for administrators."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casepoint_desktop.data.models import User
from casepoint_desktop.services import agency, users
from casepoint_desktop.services.errors import ServiceError, ValidationError
from casepoint_desktop.services.session import Role, Session
from casepoint_desktop.services.users import UserInput
from casepoint_desktop.ui.admin.form_rows import add_field_row, general_error_label
from casepoint_desktop.ui.widgets.field_errors import FieldErrors

log = logging.getLogger(__name__)

PASSWORDS_DIFFER = "The two passwords are not the same."


class UserDialog(QDialog):
    """Add a user (with a first password) or edit one (`user` given).

    The password fields appear only when adding; an administrator changes an existing
    user's password with Reset Password. After `accept()`, `saved_user` is the saved User.
    """

    def __init__(
        self, session: Session, user: User | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.user = user
        self.saved_user: User | None = None
        self.setWindowTitle("Edit User" if user else "Add User")

        self.username_edit = QLineEdit(self)
        self.first_name_edit = QLineEdit(self)
        self.last_name_edit = QLineEdit(self)
        self.role_combo = QComboBox(self)
        for role in Role:
            self.role_combo.addItem(role.label, role.value)
        self.home_provider_combo = QComboBox(self)
        self.eda_list = QListWidget(self)
        self.eda_list.setToolTip("Providers this user may also enter data for")
        self.email_edit = QLineEdit(self)
        self.phone_edit = QLineEdit(self)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_confirmation_edit = QLineEdit(self)
        self.password_confirmation_edit.setEchoMode(QLineEdit.EchoMode.Password)

        form = QFormLayout()
        rows = {
            "username": ("&User name:", self.username_edit),
            "first_name": ("&First name:", self.first_name_edit),
            "last_name": ("&Last name:", self.last_name_edit),
            "role": ("&Role:", self.role_combo),
            "home_provider_id": ("&Home provider:", self.home_provider_combo),
            "eda_provider_ids": ("Enter &Data As providers:", self.eda_list),
            "email": ("&Email:", self.email_edit),
            "phone": ("Pho&ne:", self.phone_edit),
        }
        if user is None:
            rows["password"] = ("&Password:", self.password_edit)
            rows["password_confirmation"] = ("Repeat pa&ssword:", self.password_confirmation_edit)
        else:
            self.password_edit.hide()
            self.password_confirmation_edit.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        fields = {
            name: (field, add_field_row(form, text, field)) for name, (text, field) in rows.items()
        }
        general = general_error_label(self)
        layout.addWidget(general)
        self.field_errors = FieldErrors(fields, general)

        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.button_box.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        layout.addWidget(self.button_box)
        self.button_box.accepted.connect(self.on_save_requested)
        self.button_box.rejected.connect(self.reject)

        self._fill_providers()
        self.home_provider_combo.currentIndexChanged.connect(self.on_home_provider_changed)
        if user is not None:
            self._show_user(UserInput.from_user(user))
        else:
            minimum = agency.get_settings().password_min_length
            self.password_edit.setPlaceholderText(f"At least {minimum} characters")
            self.role_combo.setCurrentIndex(self.role_combo.findData(Role.CASE_MANAGER.value))
        self.on_home_provider_changed()
        self.username_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(460, self.sizeHint().height())

    def _fill_providers(self) -> None:
        providers = users.list_providers(include_inactive=False)
        if self.user is not None and not self.user.home_provider.active:
            providers.append(self.user.home_provider)
        self.home_provider_combo.addItem("", None)
        for provider in providers:
            self.home_provider_combo.addItem(provider.name, provider.id)
            item = QListWidgetItem(provider.name, self.eda_list)
            item.setData(Qt.ItemDataRole.UserRole, provider.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        if len(providers) == 1:
            self.home_provider_combo.setCurrentIndex(1)
        self.eda_list.setMaximumHeight(max(60, min(8, len(providers)) * 22 + 8))

    def _show_user(self, data: UserInput) -> None:
        self.username_edit.setText(data.username)
        self.first_name_edit.setText(data.first_name)
        self.last_name_edit.setText(data.last_name)
        self.role_combo.setCurrentIndex(self.role_combo.findData(data.role.value))
        self.home_provider_combo.setCurrentIndex(
            max(0, self.home_provider_combo.findData(data.home_provider_id))
        )
        self.set_eda_provider_ids(data.eda_provider_ids)
        self.email_edit.setText(data.email)
        self.phone_edit.setText(data.phone)

    @Slot()
    def on_home_provider_changed(self) -> None:
        """Disable the home provider in the Enter Data As list, where it would be redundant."""
        home_id = self.home_provider_combo.currentData()
        for row in range(self.eda_list.count()):
            item = self.eda_list.item(row)
            is_home = item.data(Qt.ItemDataRole.UserRole) == home_id
            flags = item.flags() | Qt.ItemFlag.ItemIsEnabled
            if is_home:
                flags &= ~Qt.ItemFlag.ItemIsEnabled
                item.setCheckState(Qt.CheckState.Unchecked)
            item.setFlags(flags)

    def eda_provider_ids(self) -> list[int]:
        """Return the ids of the checked Enter Data As providers."""
        return [
            self.eda_list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.eda_list.count())
            if self.eda_list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def set_eda_provider_ids(self, provider_ids: list[int]) -> None:
        for row in range(self.eda_list.count()):
            item = self.eda_list.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in provider_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def user_input(self) -> UserInput:
        """Return the typed values as a UserInput, without the password."""
        return UserInput(
            username=self.username_edit.text(),
            first_name=self.first_name_edit.text(),
            last_name=self.last_name_edit.text(),
            role=Role(self.role_combo.currentData()),
            home_provider_id=self.home_provider_combo.currentData(),
            eda_provider_ids=self.eda_provider_ids(),
            email=self.email_edit.text(),
            phone=self.phone_edit.text(),
        )

    @Slot()
    def on_save_requested(self) -> None:
        data = self.user_input()
        if self.user is None and (
            self.password_confirmation_edit.text() != self.password_edit.text()
        ):
            # Check the other fields too, so every message shows at once.
            errors = {}
            try:
                users.validate_user(data)
            except ValidationError as error:
                errors.update(error.field_errors)
            errors["password_confirmation"] = PASSWORDS_DIFFER
            self.field_errors.show(errors)
            return

        # Hashing a new password with Argon2 takes a noticeable moment.
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if self.user is None:
                self.saved_user = users.create_user(self.session, data, self.password_edit.text())
            else:
                self.saved_user = users.update_user(self.session, self.user.id, data)
        except ValidationError as error:
            self.field_errors.show(error.field_errors)
            return
        except ServiceError as error:
            self.field_errors.show({"": str(error)})
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        log.info("Saved user %d", self.saved_user.id)
        self.accept()
