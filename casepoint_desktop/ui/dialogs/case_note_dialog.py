"""The dialog that adds, edits or shows a case note of a goal."""

from __future__ import annotations

import itertools
import logging
from datetime import date

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from casepoint_desktop.data.case_plan_models import CaseNote
from casepoint_desktop.services import case_managers, case_notes, goals
from casepoint_desktop.services.attachments import AttachmentOwner
from casepoint_desktop.services.case_notes import CaseNoteInput
from casepoint_desktop.services.errors import RecordChanged, ServiceError, ValidationError
from casepoint_desktop.services.session import Session
from casepoint_desktop.ui import messages
from casepoint_desktop.ui.dialogs import record_conflict
from casepoint_desktop.ui.dialogs.goal_item_fields import (
    add_member_checks,
    fill_provider_combo,
    goal_members,
)
from casepoint_desktop.ui.generated.ui_case_note_dialog import Ui_CaseNoteDialog
from casepoint_desktop.ui.widgets.attachments_section import AttachmentsSection
from casepoint_desktop.ui.widgets.field_errors import FieldErrors
from casepoint_desktop.ui.widgets.optional_date_edit import invalid_date_message
from casepoint_desktop.ui.widgets.plain_text import typed_text

log = logging.getLogger(__name__)

NO_CASE_MANAGER_TEXT = "No case manager"
ENDED_SUFFIX = " (ended)"


class CaseNoteDialog(QDialog):
    """Add a case note to a goal (`note_id` None), edit one, or show one (`read_only`).

    A new note is about the goal's client, dated today (the PC's local date), for the
    session's provider. The members offered are the goal's members who are still in the
    client's household. After the dialog is accepted, `saved_note_id` is the note's id.

    A saved note shows its Attachments section. Files are attached, edited and deleted at
    once, so Cancel does not undo them.

    Signals:
        attachments_changed: a file of the note was attached, edited or deleted.

    Raises:
        NotFound: (from the constructor) no goal has `goal_id` or no note has `note_id`.
    """

    attachments_changed = Signal()

    def __init__(
        self,
        session: Session,
        goal_id: int,
        note_id: int | None = None,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.goal = goals.get_goal(goal_id)
        self.note: CaseNote | None = (
            case_notes.get_case_note(note_id) if note_id is not None else None
        )
        self.read_only = read_only and self.note is not None
        self.saved_note_id: int | None = None
        # The version the typed input is based on, passed on save so that a change saved by
        # someone else in the meantime is reported, not overwritten.
        self.loaded_version = self.note.version if self.note is not None else 0
        client_name = self.goal.client.display_name

        self.ui = Ui_CaseNoteDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.field_errors = FieldErrors(
            {
                "members": (ui.members_group, ui.members_error_label),
                "provider": (ui.provider_combo, ui.provider_error_label),
                "case_manager": (ui.case_manager_combo, ui.case_manager_error_label),
                "note_date": (ui.note_date_edit, ui.note_date_error_label),
                "text": (ui.text_edit, ui.text_error_label),
            },
            ui.general_error_label,
        )

        if self.note is None:
            initial = CaseNoteInput(
                provider_id=session.provider.id,
                note_date=date.today(),
                text="",
                case_manager_id=self.goal.case_manager_id,
                member_ids=[self.goal.client_id],
            )
            self.setWindowTitle(f"Add Case Note — {client_name}")
        else:
            initial = CaseNoteInput.from_note(self.note)
            self.setWindowTitle(f"Edit Case Note — {client_name}")

        # services.case_notes.validate accepts only current household members. A goal
        # member who has left is listed only on a note that names them, so it can be unchecked.
        current_ids = case_notes.member_choice_ids(self.goal.client_id)
        members = [
            member
            for member in goal_members(self.goal)
            if member.id in current_ids or member.id in initial.member_ids
        ]
        self.member_checks = add_member_checks(ui.members_group, members, set(initial.member_ids))
        stored_provider = self.note.provider if self.note is not None else None
        fill_provider_combo(ui.provider_combo, session, stored_provider, initial.provider_id)
        self._fill_case_managers(initial.case_manager_id)
        ui.note_date_edit.set_date(initial.note_date)
        ui.text_edit.setPlainText(initial.text)
        self.attachments_section: AttachmentsSection | None = None
        if self.note is not None:
            self._show_attachments(self.note)

        if self.read_only:
            self._set_up_view_mode(client_name)
        else:
            save_button = ui.button_box.button(QDialogButtonBox.StandardButton.Save)
            save_button.setDefault(True)
            save_button.setToolTip("Save the case note (Ctrl+Return)")
            # Return inserts a line break in the note text, so Ctrl+Return saves from anywhere.
            for key in ("Ctrl+Return", "Ctrl+Enter"):
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.activated.connect(self.accept)
            ui.text_edit.setFocus()

        self._input_at_start = self.typed_input()
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)

    def _show_attachments(self, note: CaseNote) -> None:
        """Show the files of the saved note in place of the line about saving first."""
        owner = AttachmentOwner(self.goal.client_id, goal_id=self.goal.id, case_note_id=note.id)
        section = AttachmentsSection(self.session, owner, parent=self)
        section.changed.connect(self.attachments_changed)
        self.ui.attachments_layout.addWidget(section)
        self.ui.attachments_hint_label.hide()
        # The note text keeps most of the height that the file list shares with it.
        self.ui.main_layout.setStretch(1, 3)
        self.ui.main_layout.setStretch(2, 2)
        self.attachments_section = section
        # Tab reaches the file list and its buttons before Save and Cancel.
        chain = [
            self.ui.text_edit,
            section.ui.add_button,
            section.ui.view_button,
            section.ui.save_copy_button,
            section.ui.edit_button,
            section.ui.delete_button,
            section.ui.attachments_view,
            self.ui.button_box,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _fill_case_managers(self, selected_id: int | None) -> None:
        """List the client's case managers, active ones first, and "No case manager"."""
        combo = self.ui.case_manager_combo
        combo.addItem(NO_CASE_MANAGER_TEXT, None)
        for assignment in case_managers.assignments_for_client(self.goal.client_id):
            name = case_managers.display_name(assignment)
            if not case_managers.is_active(assignment):
                name += ENDED_SUFFIX
            combo.addItem(name, assignment.id)
        index = combo.findData(selected_id) if selected_id is not None else 0
        combo.setCurrentIndex(max(index, 0))

    def _set_up_view_mode(self, client_name: str) -> None:
        ui = self.ui
        self.setWindowTitle(f"Case Note — {client_name}")
        for check in self.member_checks.values():
            check.setEnabled(False)
        ui.provider_combo.setEnabled(False)
        ui.case_manager_combo.setEnabled(False)
        ui.note_date_edit.set_read_only(True)
        ui.text_edit.setReadOnly(True)
        ui.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        ui.button_box.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        ui.text_edit.setFocus()

    def typed_input(self) -> CaseNoteInput:
        """Return the fields as the user set them. A date that does not parse is None."""
        ui = self.ui
        return CaseNoteInput(
            provider_id=ui.provider_combo.currentData(),
            note_date=ui.note_date_edit.date(),
            text=self.note_text(),
            case_manager_id=ui.case_manager_combo.currentData(),
            member_ids=sorted(
                client_id for client_id, check in self.member_checks.items() if check.isChecked()
            ),
        )

    def has_unsaved_changes(self) -> bool:
        return not self.read_only and self.typed_input() != self._input_at_start

    def note_text(self) -> str:
        """Return the note text as typed, or the stored text unchanged when it was not edited."""
        # A round trip through the text document would turn stored "\r\n" into "\n".
        if self.note is not None and not self.ui.text_edit.document().isModified():
            return self.note.text
        return typed_text(self.ui.text_edit)

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
        data = self.typed_input()
        if date_message is not None:
            data.note_date = None

        try:
            if self.note is None:
                note = case_notes.create_case_note(self.session, self.goal.id, data)
            else:
                note = case_notes.update_case_note(
                    self.session, self.note.id, data, expected_version=self.loaded_version
                )
        except ValidationError as error:
            errors = dict(error.field_errors)
            if date_message is not None:
                errors["note_date"] = date_message
            self.field_errors.show(errors)
            return
        except RecordChanged as error:
            self._resolve_changed_note(error, data)
            return
        except ServiceError as error:
            log.warning(
                "Saving a case note of goal %d failed: %s", self.goal.id, type(error).__name__
            )
            messages.show_service_error(self, "Case Note Not Saved", error)
            return

        self.saved_note_id = note.id
        log.info("Saved case note %d of goal %d", note.id, self.goal.id)
        super().accept()

    def _resolve_changed_note(self, error: RecordChanged, data: CaseNoteInput) -> None:
        resolution = record_conflict.resolve(self, "Case Note Changed", error, data)
        if resolution is record_conflict.Resolution.OVERWRITE:
            self.loaded_version = error.stored_version
        elif resolution is record_conflict.Resolution.RELOAD and self.note is not None:
            try:
                self.note = case_notes.get_case_note(self.note.id)
            except ServiceError as reload_error:
                messages.show_service_error(self, "Case Note Not Reloaded", reload_error)
                return
            stored = CaseNoteInput.from_note(self.note)
            ui = self.ui
            self.field_errors.clear()
            ui.provider_combo.setCurrentIndex(ui.provider_combo.findData(stored.provider_id))
            index = ui.case_manager_combo.findData(stored.case_manager_id)
            ui.case_manager_combo.setCurrentIndex(max(index, 0))
            for client_id, check in self.member_checks.items():
                check.setChecked(client_id in stored.member_ids)
            ui.note_date_edit.set_date(stored.note_date)
            ui.text_edit.setPlainText(stored.text)
            self.loaded_version = self.note.version
            self._input_at_start = self.typed_input()

    @Slot()
    def reject(self) -> None:
        """Close without saving, after asking when the user changed anything."""
        if self.has_unsaved_changes() and not messages.ask_yes_no(
            self, "Discard Changes", "Discard the changes you made to this case note?"
        ):
            return
        super().reject()
