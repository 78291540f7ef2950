"""The dialog that adds, edits or shows a client note."""

from __future__ import annotations

import logging
from datetime import date, datetime

from PySide6.QtCore import Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from casepoint_desktop.data.models import ClientNote
from casepoint_desktop.services import clients, notes
from casepoint_desktop.services.errors import RecordChanged, ServiceError, ValidationError
from casepoint_desktop.services.session import Session
from casepoint_desktop.ui import messages
from casepoint_desktop.ui.dialogs import record_conflict
from casepoint_desktop.ui.dialogs.record_conflict import Resolution
from casepoint_desktop.ui.generated.ui_client_note_dialog import Ui_ClientNoteDialog
from casepoint_desktop.ui.widgets.field_errors import FieldErrors
from casepoint_desktop.ui.widgets.optional_date_edit import invalid_date_message
from casepoint_desktop.ui.widgets.plain_text import typed_text

log = logging.getLogger(__name__)


def format_timestamp(value: datetime) -> str:
    """Return an aware UTC timestamp in the PC's local time as YYYY-MM-DD HH:MM."""
    return value.astimezone().strftime("%Y-%m-%d %H:%M")


def describe_history(note: ClientNote) -> str:
    """Return when the note was entered and, if it changed since, when it last changed."""
    text = f"Entered {format_timestamp(note.created_at)}"
    if note.version > 1:
        text += f", last changed {format_timestamp(note.updated_at)}"
    return text


class ClientNoteDialog(QDialog):
    """Add a client note (`note_id` None), edit one, or show one read-only (`read_only`).

    A new note gets today's date (the PC's local date), the session's provider and the
    logged-in user as author. The text is saved exactly as typed. After the dialog is
    accepted, `saved_note_id` is the note's id.

    Raises:
        NotFound: (from the constructor) no client has `client_id` or no note has `note_id`.
    """

    def __init__(
        self,
        session: Session,
        client_id: int,
        note_id: int | None = None,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.client = clients.get_client(client_id)
        self.note: ClientNote | None = notes.get_note(note_id) if note_id is not None else None
        self.read_only = read_only and self.note is not None
        self.saved_note_id: int | None = None
        # The version the typed input is based on, passed on save so that a change saved by
        # someone else in the meantime is reported, not overwritten.
        self.loaded_version = self.note.version if self.note is not None else 0

        self.ui = Ui_ClientNoteDialog()
        self.ui.setupUi(self)
        ui = self.ui

        self.field_errors = FieldErrors(
            {
                "note_date": (ui.note_date_edit, ui.note_date_error_label),
                "text": (ui.text_edit, ui.text_error_label),
            },
            ui.general_error_label,
        )

        if self.note is None:
            self.setWindowTitle(f"Add Client Note — {self.client.display_name}")
            ui.note_date_edit.set_date(date.today())
            ui.provider_value_label.setText(session.provider.name)
            ui.author_value_label.setText(session.user.full_name)
            ui.history_label.hide()
            ui.history_value_label.hide()
        else:
            ui.note_date_edit.set_date(self.note.note_date)
            ui.provider_value_label.setText(self.note.provider.name)
            ui.author_value_label.setText(self.note.author.full_name)
            ui.history_value_label.setText(describe_history(self.note))
            ui.text_edit.setPlainText(self.note.text)

        if self.read_only:
            self._set_up_view_mode()
        else:
            if self.note is not None:
                self.setWindowTitle(f"Edit Client Note — {self.client.display_name}")
            save_button = ui.button_box.button(QDialogButtonBox.StandardButton.Save)
            save_button.setDefault(True)
            save_button.setToolTip("Save the note (Ctrl+Return)")
            # Return inserts a line break in the note text, so Ctrl+Return saves from anywhere.
            for key in ("Ctrl+Return", "Ctrl+Enter"):
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.activated.connect(self.accept)
            ui.text_edit.setFocus()

        self._typed_at_start = self._typed_values()
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)

    def _set_up_view_mode(self) -> None:
        ui = self.ui
        self.setWindowTitle(f"Client Note — {self.client.display_name}")
        ui.note_date_edit.set_read_only(True)
        ui.text_edit.setReadOnly(True)
        ui.text_label.setText("Note text:")
        ui.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        close_button = ui.button_box.button(QDialogButtonBox.StandardButton.Close)
        close_button.setDefault(True)
        ui.text_edit.setFocus()

    def _typed_values(self) -> tuple[str, str]:
        return (self.ui.note_date_edit.text(), typed_text(self.ui.text_edit))

    def has_unsaved_changes(self) -> bool:
        return not self.read_only and self._typed_values() != self._typed_at_start

    def note_text(self) -> str:
        """Return the note text as typed, or the stored text unchanged when it was not edited."""
        # A round trip through the text document would turn stored "\r\n" into "\n".
        if self.note is not None and not self.ui.text_edit.document().isModified():
            return self.note.text
        return typed_text(self.ui.text_edit)

    def _save(self, note_date: date | None, text: str) -> ClientNote:
        if self.note is None:
            return notes.create_note(self.session, self.client, note_date, text)
        return notes.update_note(
            self.session, self.note.id, note_date, text, expected_version=self.loaded_version
        )

    @Slot()
    def accept(self) -> None:
        """Validate and save the note, or show the messages and stay open when that fails."""
        if self.read_only:
            super().accept()
            return
        self.field_errors.clear()
        date_message = invalid_date_message(
            self.ui.note_date_edit.text(), "note date", blank_allowed=False
        )
        # When the typed text is not a date, the service gets no date and raises
        # ValidationError before it writes, with the messages of the other fields as well.
        note_date = None if date_message is not None else self.ui.note_date_edit.date()

        try:
            note = self._save(note_date, self.note_text())
        except ValidationError as error:
            errors = dict(error.field_errors)
            if date_message is not None:
                errors["note_date"] = date_message
            self.field_errors.show(errors)
            return
        except RecordChanged as error:
            yours = notes.ClientNoteInput(note_date, self.note_text())
            self._resolve_changed_note(error, yours)
            return
        except ServiceError as error:
            log.warning(
                "Saving a note of client %d failed: %s", self.client.id, type(error).__name__
            )
            messages.show_service_error(self, "Note Not Saved", error)
            return

        self.saved_note_id = note.id
        log.info("Saved client note %d of client %d", note.id, self.client.id)
        super().accept()

    def _resolve_changed_note(self, error: RecordChanged, yours: notes.ClientNoteInput) -> None:
        resolution = record_conflict.resolve(self, "Client Note Changed", error, yours)
        if resolution is Resolution.OVERWRITE:
            self.loaded_version = error.stored_version
        elif resolution is Resolution.RELOAD and self.note is not None:
            try:
                self.note = notes.get_note(self.note.id)
            except ServiceError as reload_error:
                messages.show_service_error(self, "Note Not Reloaded", reload_error)
                return
            self.field_errors.clear()
            self.ui.note_date_edit.set_date(self.note.note_date)
            self.ui.text_edit.setPlainText(self.note.text)
            self.ui.history_value_label.setText(describe_history(self.note))
            self.loaded_version = self.note.version
            self._typed_at_start = self._typed_values()

    @Slot()
    def reject(self) -> None:
        """Close without saving, after asking when the user typed anything."""
        if self.has_unsaved_changes() and not messages.ask_yes_no(
            self, "Discard Changes", "Discard the changes you typed in this note?"
        ):
            return
        super().reject()
