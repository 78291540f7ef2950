"""The Providers tab of the administration window and its provider dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casepoint_desktop.data.models import Provider
from casepoint_desktop.services import users
from casepoint_desktop.services.errors import ServiceError, ValidationError
from casepoint_desktop.services.session import Session
from casepoint_desktop.ui import messages
from casepoint_desktop.ui.admin.admin_models import PROVIDER_NAME_COLUMN, ProvidersModel
from casepoint_desktop.ui.admin.form_rows import add_field_row, general_error_label
from casepoint_desktop.ui.admin.table_views import make_table_view, selected_row
from casepoint_desktop.ui.widgets.field_errors import FieldErrors


class ProviderDialog(QDialog):
    """Add a provider, or rename one, change its HMIS project ID and make it (in)active.

    After `accept()`, `saved_provider` is the saved Provider.
    """

    def __init__(
        self, session: Session, provider: Provider | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.provider = provider
        self.saved_provider: Provider | None = None
        self.setWindowTitle("Edit Provider" if provider else "Add Provider")

        self.name_edit = QLineEdit(self)
        self.project_id_edit = QLineEdit(self)
        self.project_id_edit.setPlaceholderText("Optional")
        self.active_check = QCheckBox("&Active: offered for new records", self)
        self.active_check.setChecked(True)

        form = QFormLayout()
        fields = {
            "name": (self.name_edit, add_field_row(form, "&Name:", self.name_edit)),
            "hmis_project_id": (
                self.project_id_edit,
                add_field_row(form, "&HMIS project ID:", self.project_id_edit),
            ),
        }
        if provider is not None:
            fields["active"] = (self.active_check, add_field_row(form, "", self.active_check))
            self.name_edit.setText(provider.name)
            self.project_id_edit.setText(provider.hmis_project_id or "")
            self.active_check.setChecked(provider.active)
        else:
            self.active_check.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
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
        self.setMinimumWidth(420)
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def on_save_requested(self) -> None:
        try:
            if self.provider is None:
                self.saved_provider = users.create_provider(
                    self.session, self.name_edit.text(), self.project_id_edit.text()
                )
            else:
                self.saved_provider = users.update_provider(
                    self.session,
                    self.provider.id,
                    self.name_edit.text(),
                    self.project_id_edit.text(),
                    self.active_check.isChecked(),
                )
        except ValidationError as error:
            self.field_errors.show(error.field_errors)
            return
        except ServiceError as error:
            self.field_errors.show({"": str(error)})
            return
        self.accept()


class ProvidersTab(QWidget):
    """The providers in a table with Add and Edit."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = ProvidersModel(self)
        self.view = make_table_view(self, stretch_column=PROVIDER_NAME_COLUMN)
        self.view.setModel(self.model)
        self.add_button = QPushButton("&Add Provider…", self)
        self.edit_button = QPushButton("&Edit…", self)
        self.edit_button.setToolTip(
            "Rename the provider, change its HMIS project ID or deactivate it"
        )

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.view)

        self.add_button.clicked.connect(self.on_add_clicked)
        self.edit_button.clicked.connect(self.on_edit_clicked)
        self.view.doubleClicked.connect(self.on_edit_clicked)
        self.view.selectionModel().selectionChanged.connect(self.on_selection_changed)
        self.reload()

    def reload(self, select_provider_id: int | None = None) -> None:
        self.model.set_rows(users.list_providers(include_inactive=True))
        row = self.model.row_of(select_provider_id) if select_provider_id is not None else None
        if row is not None:
            self.view.selectRow(row)
        self.on_selection_changed()

    def selected_provider(self) -> Provider | None:
        row = selected_row(self.view)
        return None if row is None else self.model.row_at(row)

    @Slot()
    def on_selection_changed(self) -> None:
        self.edit_button.setEnabled(self.selected_provider() is not None)

    @Slot()
    def on_add_clicked(self) -> None:
        dialog = ProviderDialog(self.session, parent=self)
        if messages.run_dialog(dialog) == QDialog.DialogCode.Accepted and dialog.saved_provider:
            self.reload(dialog.saved_provider.id)
        dialog.deleteLater()

    @Slot()
    def on_edit_clicked(self) -> None:
        provider = self.selected_provider()
        if provider is None:
            return
        dialog = ProviderDialog(self.session, provider, parent=self)
        if messages.run_dialog(dialog) == QDialog.DialogCode.Accepted:
            self.reload(provider.id)
        dialog.deleteLater()
