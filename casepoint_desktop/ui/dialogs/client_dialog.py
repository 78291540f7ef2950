"""The Add Client and Edit Demographics dialog."""

from __future__ import annotations

import logging

from PySide6.QtCore import QRegularExpression, Slot
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from casepoint_desktop.data.models import Client
from casepoint_desktop.services import clients
from casepoint_desktop.services.clients import ClientInput
from casepoint_desktop.services.errors import RecordChanged, ServiceError, ValidationError
from casepoint_desktop.services.phones import format_phone
from casepoint_desktop.services.session import Session
from casepoint_desktop.ui import messages
from casepoint_desktop.ui.dialogs import record_conflict
from casepoint_desktop.ui.dialogs.record_conflict import Resolution
from casepoint_desktop.ui.generated.ui_client_dialog import Ui_ClientDialog
from casepoint_desktop.ui.widgets.field_errors import FieldErrors
from casepoint_desktop.ui.widgets.optional_date_edit import invalid_date_message
from casepoint_desktop.ui.widgets.plain_text import typed_text

log = logging.getLogger(__name__)

# The duplicate question lists at most this many clients, then the count of the others.
MAX_DUPLICATES_LISTED = 10

# The Last 4 field takes digits, spaces and dashes up to the length of "123-45-6789", so a
# full identity number can be typed or pasted whole, and services.clients.validate rejects
# it on Save with a message next to the field. Nothing is cut to four digits.
LAST4_MAX_LENGTH = 11
_LAST4_CHARACTERS = QRegularExpression(rf"[\d -]{{0,{LAST4_MAX_LENGTH}}}")
LAST4_REJECTED_MESSAGE = (
    f"This field takes only digits, spaces and dashes, at most {LAST4_MAX_LENGTH}. "
    "Enter only the last 4 digits of the identity number."
)


def describe_client(client: Client) -> str:
    """Return "Client ID 12 · First Last · 1990-07-24" for lists shown to the user."""
    born = client.date_of_birth.isoformat() if client.date_of_birth else "date of birth unknown"
    return f"Client ID {client.id} · {client.display_name} · {born}"


class ClientDialog(QDialog):
    """Add a client (`client_id` None) or edit a client's demographics.

    Saving validates through services.clients, shows each message next to its field and keeps
    the typed input. A new client, or a changed name or date of birth, is checked for possible
    duplicates first. After the dialog is accepted, `saved_client_id` is the client's id.

    Raises:
        NotFound: (from the constructor) no client has `client_id`.
    """

    def __init__(
        self, session: Session, client_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.client_id = client_id
        self.saved_client_id: int | None = None

        self.ui = Ui_ClientDialog()
        self.ui.setupUi(self)
        ui = self.ui

        ui.ssn_last4_edit.setValidator(QRegularExpressionValidator(_LAST4_CHARACTERS, self))
        digit_width = ui.ssn_last4_edit.fontMetrics().horizontalAdvance("0")
        ui.ssn_last4_edit.setFixedWidth(digit_width * LAST4_MAX_LENGTH + 24)
        self.save_button = ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)

        self.field_errors = FieldErrors(
            {
                "first_name": (ui.first_name_edit, ui.first_name_error_label),
                "middle_name": (ui.middle_name_edit, ui.middle_name_error_label),
                "last_name": (ui.last_name_edit, ui.last_name_error_label),
                "suffix": (ui.suffix_edit, ui.suffix_error_label),
                "alias": (ui.alias_edit, ui.alias_error_label),
                "date_of_birth": (ui.date_of_birth_edit, ui.date_of_birth_error_label),
                "gender": (ui.gender_combo, ui.gender_error_label),
                "ssn_last4": (ui.ssn_last4_edit, ui.ssn_last4_error_label),
                "phone": (ui.phone_edit, ui.phone_error_label),
                "email": (ui.email_edit, ui.email_error_label),
                "address": (ui.address_edit, ui.address_error_label),
            },
            ui.general_error_label,
        )

        self._original: ClientInput | None = None
        # The version the typed input is based on, passed on save so that a change saved by
        # someone else in the meantime is reported, not overwritten.
        self.loaded_version = 0
        if client_id is not None:
            client = clients.get_client(client_id)
            self.loaded_version = client.version
            self._original = ClientInput.from_client(client)
            self._show_input(self._original)
            self.setWindowTitle(f"Edit Demographics — Client ID {client_id}")
        else:
            ui.gender_combo.setCurrentIndex(0)
        self._typed_at_start = self._typed_values()

        ui.ssn_last4_edit.inputRejected.connect(self.on_last4_input_rejected)
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)

    def _show_input(self, data: ClientInput) -> None:
        ui = self.ui
        ui.first_name_edit.setText(data.first_name)
        ui.middle_name_edit.setText(data.middle_name)
        ui.last_name_edit.setText(data.last_name)
        ui.suffix_edit.setText(data.suffix)
        ui.alias_edit.setText(data.alias)
        ui.date_of_birth_edit.set_date(data.date_of_birth)
        ui.gender_combo.setCurrentText(data.gender)
        ui.ssn_last4_edit.setText(data.ssn_last4 or "")
        ui.phone_edit.setText(format_phone(data.phone))
        ui.email_edit.setText(data.email)
        ui.address_edit.setPlainText(data.address)

    def typed_input(self) -> ClientInput:
        """Return the values in the fields as typed, for services.clients to clean and check."""
        ui = self.ui
        return ClientInput(
            first_name=ui.first_name_edit.text(),
            middle_name=ui.middle_name_edit.text(),
            last_name=ui.last_name_edit.text(),
            suffix=ui.suffix_edit.text(),
            alias=ui.alias_edit.text(),
            date_of_birth=ui.date_of_birth_edit.date(),
            gender=ui.gender_combo.currentText(),
            ssn_last4=ui.ssn_last4_edit.text() or None,
            phone=ui.phone_edit.text(),
            email=ui.email_edit.text(),
            address=self._typed_address(),
        )

    def _typed_address(self) -> str:
        # An address that was not edited keeps its stored line breaks ("\r\n" from an import),
        # which a round trip through the text document would turn into "\n".
        document = self.ui.address_edit.document()
        if self._original is not None and not document.isModified():
            return self._original.address
        return typed_text(self.ui.address_edit)

    def _typed_values(self) -> tuple[str, ...]:
        """Return the raw text of every field, to tell whether the user typed anything."""
        ui = self.ui
        return (
            ui.first_name_edit.text(),
            ui.middle_name_edit.text(),
            ui.last_name_edit.text(),
            ui.suffix_edit.text(),
            ui.alias_edit.text(),
            ui.date_of_birth_edit.text(),
            ui.gender_combo.currentText(),
            ui.ssn_last4_edit.text(),
            ui.phone_edit.text(),
            ui.email_edit.text(),
            typed_text(ui.address_edit),
        )

    def has_unsaved_changes(self) -> bool:
        return self._typed_values() != self._typed_at_start

    def _validation_messages(self, data: ClientInput) -> dict[str, str]:
        """Return a message per invalid field, from services.clients and the typed date."""
        errors: dict[str, str] = {}
        try:
            clients.validate(data)
        except ValidationError as error:
            errors.update(error.field_errors)
        # Text that is not a date gives data.date_of_birth None, which the service accepts,
        # so the typed text is checked here.
        date_message = invalid_date_message(
            self.ui.date_of_birth_edit.text(), "date of birth", blank_allowed=True
        )
        if date_message is not None:
            errors["date_of_birth"] = date_message
        return errors

    def _confirm_despite_duplicates(self, data: ClientInput) -> bool:
        """Return True when no possible duplicate exists or the user chose to save anyway."""
        if self._original is not None:
            unchanged = (
                data.first_name.strip() == self._original.first_name
                and data.last_name.strip() == self._original.last_name
                and data.date_of_birth == self._original.date_of_birth
            )
            if unchanged:
                return True

        duplicates = clients.possible_duplicates(data, exclude_id=self.client_id)
        if not duplicates:
            return True

        if data.date_of_birth is not None:
            intro = "These clients have the same first name, last name and date of birth:"
        else:
            intro = "These clients have the same first and last name:"
        lines = [describe_client(client) for client in duplicates[:MAX_DUPLICATES_LISTED]]
        if len(duplicates) > MAX_DUPLICATES_LISTED:
            lines.append(f"… and {len(duplicates) - MAX_DUPLICATES_LISTED} more")
        question = "Save this client anyway?" if self.client_id is None else "Save anyway?"
        text = "\n".join([intro, "", *lines, "", question])
        return messages.ask_yes_no(self, "Possible Duplicate Client", text, default_yes=False)

    def _save(self, data: ClientInput) -> Client:
        if self.client_id is None:
            return clients.create_client(self.session, data)
        return clients.update_client(
            self.session, self.client_id, data, expected_version=self.loaded_version
        )

    @Slot()
    def accept(self) -> None:
        """Validate and save the client, or show the messages and stay open when that fails."""
        self.field_errors.clear()
        data = self.typed_input()
        errors = self._validation_messages(data)
        if errors:
            self.field_errors.show(errors)
            return
        if not self._confirm_despite_duplicates(data):
            return

        try:
            client = self._save(data)
        except ValidationError as error:
            self.field_errors.show(error.field_errors)
            return
        except RecordChanged as error:
            self._resolve_changed_client(error, data)
            return
        except ServiceError as error:
            client_text = "(new)" if self.client_id is None else self.client_id
            log.warning("Saving client %s failed: %s", client_text, type(error).__name__)
            messages.show_service_error(self, "Client Not Saved", error)
            return

        self.saved_client_id = client.id
        log.info("Saved client %d", client.id)
        super().accept()

    def _resolve_changed_client(self, error: RecordChanged, data: ClientInput) -> None:
        resolution = record_conflict.resolve(self, "Client Changed", error, data)
        if resolution is Resolution.OVERWRITE:
            self.loaded_version = error.stored_version
        elif resolution is Resolution.RELOAD and self.client_id is not None:
            try:
                client = clients.get_client(self.client_id)
            except ServiceError as reload_error:
                messages.show_service_error(self, "Client Not Reloaded", reload_error)
                return
            self.field_errors.clear()
            self._original = ClientInput.from_client(client)
            self._show_input(self._original)
            self.loaded_version = client.version
            self._typed_at_start = self._typed_values()

    @Slot()
    def on_last4_input_rejected(self) -> None:
        # The validator rejected a keystroke or a whole paste, so a message explains why.
        self.field_errors.show_message("ssn_last4", LAST4_REJECTED_MESSAGE)

    @Slot()
    def reject(self) -> None:
        """Close without saving, after asking when the user typed anything."""
        if self.has_unsaved_changes() and not messages.ask_yes_no(
            self, "Discard Changes", "Discard the changes you typed for this client?"
        ):
            return
        super().reject()
