"""The Client Profile tab of a client record: demographics, household, notes and files."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from casepoint_desktop.data.models import Client
from casepoint_desktop.services import clients
from casepoint_desktop.services.attachments import AttachmentOwner
from casepoint_desktop.services.errors import ServiceError
from casepoint_desktop.services.phones import format_phone
from casepoint_desktop.services.session import Role, Session
from casepoint_desktop.ui import messages
from casepoint_desktop.ui.dialogs.client_dialog import ClientDialog
from casepoint_desktop.ui.generated.ui_client_profile_tab import Ui_ClientProfileTab
from casepoint_desktop.ui.widgets.attachments_section import AttachmentsSection
from casepoint_desktop.ui.widgets.client_notes_section import ClientNotesSection
from casepoint_desktop.ui.widgets.elided_label import fixed_leading_alignment
from casepoint_desktop.ui.widgets.household_section import HouseholdSection

log = logging.getLogger(__name__)

NOT_RECORDED = "Not recorded"
MASKED_DIGITS = "••••"

# The address shows this many lines before "…" cuts it, and the other values show three.
ADDRESS_MAX_LINES = 6


def age_on(born: date, today: date) -> int:
    """Return the age in whole years on `today` of someone born on `born`."""
    had_birthday = (today.month, today.day) >= (born.month, born.day)
    return today.year - born.year - (0 if had_birthday else 1)


def describe_date_of_birth(born: date | None, today: date | None = None) -> str:
    """Return "1990-07-24 (age 35)", or NOT_RECORDED for a missing date."""
    if born is None:
        return NOT_RECORDED
    return f"{born.isoformat()} (age {age_on(born, today or date.today())})"


class ClientProfileTab(QWidget):
    """Demographics with Edit Demographics, and the Household, Client Notes and Attachments.

    The Attachments section lists every file of the client, also those attached to a goal
    or a case note.

    Signals:
        client_changed(int): the client's demographics were saved. The argument is the
            client's id.
    """

    client_changed = Signal(int)

    def __init__(self, session: Session, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.client_id = client_id

        self.ui = Ui_ClientProfileTab()
        self.ui.setupUi(self)
        ui = self.ui

        self.household_section = HouseholdSection(session, client_id, self)
        ui.household_layout.addWidget(self.household_section)
        self.notes_section = ClientNotesSection(session, client_id, self)
        ui.notes_layout.addWidget(self.notes_section)
        self.attachments_section = AttachmentsSection(
            session, AttachmentOwner.of_client(client_id), parent=self
        )
        ui.attachments_layout.addWidget(self.attachments_section)
        ui.lists_splitter.setStretchFactor(0, 3)
        ui.lists_splitter.setStretchFactor(1, 2)

        # Every value starts at the same edge, also a name written right to left.
        for label in self._value_labels():
            label.setAlignment(fixed_leading_alignment(self) | Qt.AlignmentFlag.AlignTop)
        ui.address_value.set_max_lines(ADDRESS_MAX_LINES)

        ui.edit_demographics_button.setEnabled(session.role is not Role.READ_ONLY)
        ui.edit_demographics_button.clicked.connect(self.on_edit_demographics_clicked)

        self.show_demographics(clients.get_client(client_id))

    def _value_labels(self) -> list[QLabel]:
        ui = self.ui
        return [
            ui.name_value,
            ui.alias_value,
            ui.date_of_birth_value,
            ui.gender_value,
            ui.phone_value,
            ui.email_value,
            ui.address_value,
            ui.ssn_last4_value,
        ]

    def show_demographics(self, client: Client) -> None:
        """Fill the read-only demographics with the client's current values."""
        ui = self.ui
        values: list[tuple[QLabel, str]] = [
            (ui.name_value, client.display_name),
            (ui.alias_value, client.alias),
            (ui.date_of_birth_value, describe_date_of_birth(client.date_of_birth)),
            (ui.gender_value, client.gender),
            (ui.phone_value, format_phone(client.phone)),
            (ui.email_value, client.email),
            (ui.address_value, client.address),
            (ui.ssn_last4_value, f"{MASKED_DIGITS} {client.ssn_last4}" if client.ssn_last4 else ""),
        ]
        for label, text in values:
            label.setText(text or NOT_RECORDED)
            label.setEnabled(bool(text))

    def reload(self) -> None:
        """Read the demographics, the household, the notes and the attachments again."""
        self.show_demographics(clients.get_client(self.client_id))
        self.household_section.reload()
        self.notes_section.reload()
        self.attachments_section.reload()

    @Slot()
    def on_edit_demographics_clicked(self) -> None:
        try:
            dialog = ClientDialog(self.session, self.client_id, self)
        except ServiceError as error:
            log.warning(
                "Opening client %d for editing failed: %s", self.client_id, type(error).__name__
            )
            messages.show_service_error(self, "Edit Demographics", error)
            return
        accepted = messages.run_dialog(dialog) == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if not accepted:
            return
        self.show_demographics(clients.get_client(self.client_id))
        # The names in the household list may have changed too.
        self.household_section.reload()
        self.client_changed.emit(self.client_id)
