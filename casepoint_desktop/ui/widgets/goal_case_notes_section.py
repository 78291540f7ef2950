"""The Case Notes section of the goal dialog: the goal's case notes and their buttons."""

from __future__ import annotations

import logging

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from casepoint_desktop.data.case_plan_models import CaseNote
from casepoint_desktop.services import case_notes, notes
from casepoint_desktop.services.errors import RecordChanged, ServiceError
from casepoint_desktop.services.session import Role, Session
from casepoint_desktop.ui import messages
from casepoint_desktop.ui.dialogs.case_note_dialog import CaseNoteDialog
from casepoint_desktop.ui.generated.ui_goal_case_notes_section import Ui_GoalCaseNotesSection
from casepoint_desktop.ui.models.goal_case_notes_model import (
    ATTACHMENTS_COLUMN,
    CASE_MANAGER_COLUMN,
    DATE_COLUMN,
    PREVIEW_COLUMN,
    PROVIDER_COLUMN,
    GoalCaseNotesModel,
)
from casepoint_desktop.ui.widgets import table_sizing

log = logging.getLogger(__name__)

# The columns that fit their contents. The Note column takes the rest of the width.
FITTED_COLUMNS = (DATE_COLUMN, CASE_MANAGER_COLUMN, PROVIDER_COLUMN, ATTACHMENTS_COLUMN)


class GoalCaseNotesSection(QWidget):
    """A goal's case notes, newest first, with Add, View, Edit and Delete.

    Edit and Delete are shown only when the agency setting allows changing saved case
    notes, so otherwise the list offers View alone. Enter or a double-click views a note.

    Signals:
        changed: a case note was added, changed or deleted.
    """

    changed = Signal()

    def __init__(self, session: Session, goal_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.goal_id = goal_id
        self.can_write = session.role is not Role.READ_ONLY

        self.ui = Ui_GoalCaseNotesSection()
        self.ui.setupUi(self)
        ui = self.ui

        self.model = GoalCaseNotesModel(session, goal_id, self)
        view = ui.notes_view
        view.setModel(self.model)
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        # fit_columns() sizes these columns once per reload, which ResizeToContents would
        # do again on every resize of the header.
        for column in FITTED_COLUMNS:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(PREVIEW_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setResizeContentsPrecision(table_sizing.RESIZE_TO_CONTENTS_ROWS)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        self.model.modelReset.connect(self.fit_columns)
        self.model.rowsInserted.connect(self.fit_columns)

        ui.view_note_button.setToolTip("Show the whole selected case note (Enter)")
        ui.delete_note_button.setToolTip("Delete the selected case note (Delete)")
        delete_shortcut = QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete),
            view,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        delete_shortcut.activated.connect(self.on_delete_note_clicked)

        ui.add_note_button.clicked.connect(self.on_add_note_clicked)
        ui.view_note_button.clicked.connect(self.on_view_note_clicked)
        ui.edit_note_button.clicked.connect(self.on_edit_note_clicked)
        ui.delete_note_button.clicked.connect(self.on_delete_note_clicked)
        view.activated.connect(self.on_note_activated)
        view.selectionModel().selectionChanged.connect(self.on_selection_changed)

        self.reload()

    def reload(self, select_note_id: int | None = None) -> None:
        """Read the notes and the agency's edit policy again, and select a note.

        As many notes stay loaded as before, and more are read until `select_note_id` is.
        """
        ui = self.ui
        ui.edit_note_button.setVisible(self.can_write and case_notes.can_edit_case_notes())
        ui.delete_note_button.setVisible(self.can_write and case_notes.can_delete_case_notes())
        self.model.reload(minimum_rows=self.model.rowCount())
        count = self.model.total_count()
        ui.count_label.setText(f"{count} case note{'s' if count != 1 else ''}")
        if select_note_id is not None:
            row = self.model.load_row_of(select_note_id)
            if row is not None:
                ui.notes_view.selectRow(row)
        self.update_buttons()

    @Slot()
    def fit_columns(self) -> None:
        """Size the date, case manager, provider and file count columns to their contents."""
        table_sizing.fit_columns(self.ui.notes_view, dict.fromkeys(FITTED_COLUMNS))

    def selected_note(self) -> CaseNote | None:
        rows = self.ui.notes_view.selectionModel().selectedRows()
        return self.model.note_at(rows[0].row()) if rows else None

    def update_buttons(self) -> None:
        selected = self.selected_note() is not None
        ui = self.ui
        ui.add_note_button.setEnabled(self.can_write)
        ui.view_note_button.setEnabled(selected)
        ui.edit_note_button.setEnabled(selected)
        ui.delete_note_button.setEnabled(selected)

    def _run_note_dialog(self, note_id: int | None, read_only: bool = False) -> int | None:
        """Run the case note dialog and return the id of the note it saved, or None."""
        try:
            dialog = CaseNoteDialog(self.session, self.goal_id, note_id, read_only, self)
        except ServiceError as error:
            log.warning("Opening case note %s failed: %s", note_id, type(error).__name__)
            messages.show_service_error(self, "Case Note", error)
            self.reload()
            return None
        attachment_changes: list[None] = []
        dialog.attachments_changed.connect(lambda: attachment_changes.append(None))
        accepted = messages.run_dialog(dialog) == QDialog.DialogCode.Accepted
        saved_note_id = dialog.saved_note_id
        dialog.deleteLater()
        if attachment_changes and note_id is not None and (not accepted or saved_note_id is None):
            # The files are stored at once, also when the note itself was not saved, and
            # the list's paper-clip column counts them.
            self.reload(note_id)
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
            self.changed.emit()

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
        if note is None or not self.ui.edit_note_button.isVisibleTo(self):
            return
        saved_note_id = self._run_note_dialog(note.id)
        if saved_note_id is not None:
            self.reload(saved_note_id)
            self.changed.emit()

    @Slot()
    def on_delete_note_clicked(self) -> None:
        note = self.selected_note()
        if note is None or not self.ui.delete_note_button.isVisibleTo(self):
            return
        question = (
            f"Delete the case note of {note.note_date.isoformat()}?\n\n"
            f"“{notes.preview(note.text, 200)}”\n\nThis cannot be undone."
        )
        if note.attachment_count:
            question += f" Its {note.attachment_count} attached file(s) are deleted with it."
        if not messages.ask_yes_no(self, "Delete Case Note", question):
            return
        try:
            case_notes.delete_case_note(self.session, note.id, expected_version=note.version)
        except ServiceError as error:
            log.warning("Deleting case note %d failed: %s", note.id, type(error).__name__)
            messages.show_service_error(self, "Case Note Not Deleted", error)
            if isinstance(error, RecordChanged):
                self.reload()
            return
        log.info("Deleted case note %d of goal %d", note.id, self.goal_id)
        self.reload()
        self.changed.emit()
