"""The Client Notes section of the Client Profile tab: the list of notes and its buttons."""

from __future__ import annotations

import logging

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from casepoint_desktop.data.models import ClientNote
from casepoint_desktop.services import notes
from casepoint_desktop.services.errors import RecordChanged, ServiceError
from casepoint_desktop.services.session import Role, Session, allowed_providers
from casepoint_desktop.ui import messages, print_actions
from casepoint_desktop.ui.dialogs.client_note_dialog import ClientNoteDialog
from casepoint_desktop.ui.generated.ui_client_notes_section import Ui_ClientNotesSection
from casepoint_desktop.ui.models.client_notes_model import (
    AUTHOR_COLUMN,
    DATE_COLUMN,
    PREVIEW_COLUMN,
    PROVIDER_COLUMN,
    ClientNotesModel,
)
from casepoint_desktop.ui.widgets import table_sizing

log = logging.getLogger(__name__)

ADD_NOTE_SHORTCUT = "Ctrl+Shift+N"

# The Provider and Author columns fit their contents up to these widths, in average
# characters of the font, and the Note column takes the rest of the width.
PROVIDER_COLUMN_MAX_CHARACTERS = 50
AUTHOR_COLUMN_MAX_CHARACTERS = 40


class ClientNotesSection(QWidget):
    """A client's notes, newest first, with Add, View, Edit and Delete.

    Enter or a double-click views the current note, Delete deletes it after asking, and
    Ctrl+Shift+N adds a note while the section is visible. Print Notes, also Ctrl+P while
    the section is visible, prints the notes; read-only users may print too.
    """

    def __init__(self, session: Session, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.client_id = client_id
        self.can_write = session.role is not Role.READ_ONLY
        self.provider_ids = {provider.id for provider in allowed_providers(session.user)}

        self.ui = Ui_ClientNotesSection()
        self.ui.setupUi(self)
        ui = self.ui

        self.model = ClientNotesModel(client_id, self)
        view = ui.notes_view
        view.setModel(self.model)
        header = view.horizontalHeader()
        # fit_columns() sizes the Date column, which the user cannot resize.
        header.setSectionResizeMode(DATE_COLUMN, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(PROVIDER_COLUMN, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(AUTHOR_COLUMN, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(PREVIEW_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setResizeContentsPrecision(table_sizing.RESIZE_TO_CONTENTS_ROWS)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        self.model.modelReset.connect(self.fit_columns)
        self.model.rowsInserted.connect(self.fit_columns)

        ui.add_note_button.setToolTip(f"Add a note on this client ({ADD_NOTE_SHORTCUT})")
        ui.view_note_button.setToolTip("Show the whole selected note (Enter or double-click)")
        ui.delete_note_button.setToolTip("Delete the selected note (Delete)")
        add_shortcut = QShortcut(QKeySequence(ADD_NOTE_SHORTCUT), self)
        add_shortcut.activated.connect(self.on_add_note_clicked)
        delete_shortcut = QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete),
            view,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        delete_shortcut.activated.connect(self.on_delete_note_clicked)
        ui.print_notes_button.setToolTip("Print this client's notes (Ctrl+P)")
        print_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self)
        print_shortcut.activated.connect(self.on_print_notes_clicked)

        ui.add_note_button.clicked.connect(self.on_add_note_clicked)
        ui.view_note_button.clicked.connect(self.on_view_note_clicked)
        ui.edit_note_button.clicked.connect(self.on_edit_note_clicked)
        ui.delete_note_button.clicked.connect(self.on_delete_note_clicked)
        ui.print_notes_button.clicked.connect(self.on_print_notes_clicked)
        view.activated.connect(self.on_note_activated)
        view.selectionModel().selectionChanged.connect(self.on_selection_changed)

        self.reload()

    def reload(self, select_note_id: int | None = None) -> None:
        """Read the notes again, keeping as many rows loaded as before, and select a note."""
        loaded = self.model.rowCount()
        self.model.reload(minimum_rows=loaded)
        if self.model.rowCount() == 0 and self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())
        count = self.model.total_count()
        self.ui.count_label.setText(f"{count} note{'s' if count != 1 else ''}")
        if select_note_id is not None:
            row = self.model.row_of_note(select_note_id)
            if row is not None:
                self.ui.notes_view.selectRow(row)
        self.update_buttons()

    @Slot()
    def fit_columns(self) -> None:
        """Size the Date column to its text, and Provider and Author up to a maximum width.

        Provider and Author stay Interactive, so the user can still drag them, and
        ResizeToContents would have no maximum. Longer text is elided, with the whole text
        in its tooltip.
        """
        view = self.ui.notes_view
        character_width = view.fontMetrics().averageCharWidth()
        table_sizing.fit_columns(
            view,
            {
                DATE_COLUMN: None,
                PROVIDER_COLUMN: character_width * PROVIDER_COLUMN_MAX_CHARACTERS,
                AUTHOR_COLUMN: character_width * AUTHOR_COLUMN_MAX_CHARACTERS,
            },
        )

    def selected_note(self) -> ClientNote | None:
        rows = self.ui.notes_view.selectionModel().selectedRows()
        return self.model.note_at(rows[0].row()) if rows else None

    def update_buttons(self) -> None:
        """Enable the buttons that apply to the selected note and the user's role."""
        note = self.selected_note()
        selected = note is not None
        # Notes of providers the user does not work for can be read, not changed.
        changeable = selected and note.provider_id in self.provider_ids
        ui = self.ui
        ui.add_note_button.setEnabled(self.can_write)
        ui.view_note_button.setEnabled(selected)
        ui.edit_note_button.setEnabled(self.can_write and changeable)
        ui.delete_note_button.setEnabled(self.can_write and changeable)

    def _run_note_dialog(self, note_id: int | None, read_only: bool = False) -> int | None:
        """Run the note dialog and return the id of the note it saved, or None."""
        try:
            dialog = ClientNoteDialog(self.session, self.client_id, note_id, read_only, self)
        except ServiceError as error:
            log.warning("Opening client note %s failed: %s", note_id, type(error).__name__)
            messages.show_service_error(self, "Client Note", error)
            self.reload()
            return None
        accepted = messages.run_dialog(dialog) == QDialog.DialogCode.Accepted
        saved_note_id = dialog.saved_note_id
        dialog.deleteLater()
        return saved_note_id if accepted else None

    @Slot(QItemSelection, QItemSelection)
    def on_selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        self.update_buttons()

    @Slot()
    def on_add_note_clicked(self) -> None:
        if not self.can_write:
            return
        saved_note_id = self._run_note_dialog(None)
        if saved_note_id is not None:
            self.reload(saved_note_id)

    @Slot()
    def on_view_note_clicked(self) -> None:
        note = self.selected_note()
        if note is not None:
            self._run_note_dialog(note.id, read_only=True)

    @Slot(QModelIndex)
    def on_note_activated(self, index: QModelIndex) -> None:
        self.ui.notes_view.selectRow(index.row())
        self.on_view_note_clicked()

    @Slot()
    def on_edit_note_clicked(self) -> None:
        note = self.selected_note()
        if note is None or not self.can_write:
            return
        saved_note_id = self._run_note_dialog(note.id)
        if saved_note_id is not None:
            self.reload(saved_note_id)

    @Slot()
    def on_delete_note_clicked(self) -> None:
        note = self.selected_note()
        if note is None or not self.can_write:
            return
        question = (
            f"Delete the note of {note.note_date.isoformat()} by {note.author.full_name}?\n\n"
            f"“{notes.preview(note.text, 200)}”\n\nThis cannot be undone."
        )
        if not messages.ask_yes_no(self, "Delete Client Note", question):
            return
        try:
            notes.delete_note(self.session, note.id, expected_version=note.version)
        except ServiceError as error:
            log.warning("Deleting client note %d failed: %s", note.id, type(error).__name__)
            messages.show_service_error(self, "Note Not Deleted", error)
            if isinstance(error, RecordChanged):
                self.reload(note.id)
            return
        log.info("Deleted client note %d of client %d", note.id, self.client_id)
        deleted_row = self.model.row_of_note(note.id)
        self.reload()
        # The next note moves up into the deleted row, so Delete can be pressed again.
        if deleted_row is not None and self.model.rowCount() > 0:
            self.ui.notes_view.selectRow(min(deleted_row, self.model.rowCount() - 1))

    @Slot()
    def on_print_notes_clicked(self) -> None:
        print_actions.print_client_notes(self, self.session, self.client_id)
