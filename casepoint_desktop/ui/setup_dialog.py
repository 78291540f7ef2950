"""The first-start dialog that creates the agency, its first provider and administrator."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QWidget

from casepoint_desktop.data.models import AgencySettings
from casepoint_desktop.services import setup
from casepoint_desktop.services.errors import ServiceError, ValidationError
from casepoint_desktop.ui.generated.ui_setup_dialog import Ui_SetupDialog

log = logging.getLogger(__name__)

# The fields of setup.FirstSetup and the confirmation, in the order of the form.
FIELD_NAMES = (
    "agency_name",
    "provider_name",
    "username",
    "first_name",
    "last_name",
    "password",
    "password_confirmation",
)

PASSWORDS_DIFFER = "The two passwords are not the same."


class SetupDialog(QDialog):
    """Dialog that collects the agency, first provider and administrator and creates them.

    Each ValidationError message appears in red below its field, and every typed value stays
    in place so the user corrects only what is wrong. After `accept()`, `username` is the
    administrator's user name as stored.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SetupDialog()
        self.ui.setupUi(self)
        self.username = ""

        create_button = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        create_button.setText("Create Agency")
        create_button.setDefault(True)

        # Before the agency exists, the password rule uses the column's default length.
        minimum_length = AgencySettings.password_min_length.default
        self.ui.password_edit.setPlaceholderText(f"At least {minimum_length} characters")

        self._align_label_columns()
        self.clear_errors()
        self.ui.button_box.accepted.connect(self.on_create_requested)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.agency_name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _align_label_columns(self) -> None:
        """Give the labels of both group boxes one width, so their fields line up."""
        labels = [getattr(self.ui, f"{name}_label") for name in FIELD_NAMES]
        width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(width)

    def field_edit(self, name: str) -> QLineEdit:
        return getattr(self.ui, f"{name}_edit")

    def field_error_label(self, name: str) -> QLabel:
        return getattr(self.ui, f"{name}_error_label")

    def clear_errors(self) -> None:
        for name in FIELD_NAMES:
            self._set_field_error(name, "")
        self.ui.error_label.clear()
        self.ui.error_label.hide()

    def show_field_errors(self, field_errors: dict[str, str]) -> None:
        """Show each message below its field and focus the first field in error.

        A message for a field that the form does not have goes to the label below the form.
        """
        unplaced = []
        for name, text in field_errors.items():
            if name in FIELD_NAMES:
                self._set_field_error(name, text)
            else:
                unplaced.append(text)
        if unplaced:
            self.ui.error_label.setText("\n".join(unplaced))
            self.ui.error_label.show()

        # The layout only grows the dialog to its minimum size, which squeezes the fields, so
        # grow it to the size the fields and messages ask for.
        needed_height = self.sizeHint().height()
        if needed_height > self.height():
            self.resize(self.width(), needed_height)

        first = next((name for name in FIELD_NAMES if name in field_errors), None)
        if first is not None:
            self.field_edit(first).setFocus(Qt.FocusReason.OtherFocusReason)

    def _set_field_error(self, name: str, text: str) -> None:
        label = self.field_error_label(name)
        label.setText(text)
        label.setVisible(bool(text))
        # Screen readers can read the error with the field, not only from the red label.
        self.field_edit(name).setAccessibleDescription(text)

    def first_setup(self) -> setup.FirstSetup:
        """Return the typed values without the password confirmation."""
        return setup.FirstSetup(
            agency_name=self.ui.agency_name_edit.text(),
            provider_name=self.ui.provider_name_edit.text(),
            username=self.ui.username_edit.text(),
            first_name=self.ui.first_name_edit.text(),
            last_name=self.ui.last_name_edit.text(),
            password=self.ui.password_edit.text(),
        )

    @Slot()
    def on_create_requested(self) -> None:
        self.clear_errors()
        values = self.first_setup()

        # Check everything before creating anything, so that a mismatched confirmation and
        # the service's own field errors show up together.
        field_errors = {}
        try:
            setup.validate_first_setup(values)
        except ValidationError as error:
            field_errors.update(error.field_errors)
        if self.ui.password_confirmation_edit.text() != values.password:
            field_errors["password_confirmation"] = PASSWORDS_DIFFER
        if field_errors:
            self.show_field_errors(field_errors)
            return

        # Hashing the password with Argon2 takes a noticeable moment.
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            administrator = setup.create_agency(values)
        except ValidationError as error:
            self.show_field_errors(error.field_errors)
            return
        except ServiceError as error:
            self.show_field_errors({"": str(error)})
            return
        finally:
            QGuiApplication.restoreOverrideCursor()

        log.info("Created the agency and administrator user %d", administrator.id)
        self.username = administrator.username
        self.accept()
