"""Table model of the case notes of one goal, newest note date first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt

from casepoint_desktop.data.case_plan_models import CaseNote
from casepoint_desktop.services import case_managers, case_notes, notes
from casepoint_desktop.services.session import Session
from casepoint_desktop.ui.models.row_table_model import RowTableModel

DATE_COLUMN = 0
CASE_MANAGER_COLUMN = 1
PROVIDER_COLUMN = 2
PREVIEW_COLUMN = 3
ATTACHMENTS_COLUMN = 4

COLUMN_HEADERS = ("Date", "Case manager", "Provider", "Note", "📎")

# data() returns the CaseNote of the row for NOTE_ROLE, in every column.
NOTE_ROLE = Qt.ItemDataRole.UserRole + 1

PREVIEW_LENGTH = 120


class GoalCaseNotesModel(RowTableModel[CaseNote]):
    """The case notes of one goal, from services.case_notes.case_notes_for_goal."""

    def __init__(self, session: Session, goal_id: int, parent: QObject | None = None) -> None:
        super().__init__(COLUMN_HEADERS, lambda note: note.id, parent)
        self.session = session
        self.goal_id = goal_id

    def reload(self) -> None:
        self.set_rows(case_notes.case_notes_for_goal(self.session, self.goal_id))

    def note_at(self, row: int) -> CaseNote:
        return self.row_at(row)

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if not self.has_row(index):
            return None
        note = self.row_at(index.row())
        column = index.column()

        if role == Qt.ItemDataRole.DisplayRole:
            return self._display_text(note, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == PREVIEW_COLUMN:
                return notes.preview(note.text, 600)
            if column == ATTACHMENTS_COLUMN:
                return f"{note.attachment_count} attached file(s)"
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ATTACHMENTS_COLUMN:
            return Qt.AlignmentFlag.AlignCenter
        if role == NOTE_ROLE:
            return note
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and orientation == Qt.Orientation.Horizontal
            and section == ATTACHMENTS_COLUMN
        ):
            return "Number of files attached to the note"
        return super().headerData(section, orientation, role)

    def _display_text(self, note: CaseNote, column: int) -> str:
        if column == DATE_COLUMN:
            return note.note_date.isoformat()
        if column == CASE_MANAGER_COLUMN:
            return case_managers.display_name(note.case_manager) if note.case_manager else ""
        if column == PROVIDER_COLUMN:
            return note.provider.name
        if column == PREVIEW_COLUMN:
            return notes.preview(note.text, PREVIEW_LENGTH)
        if column == ATTACHMENTS_COLUMN:
            return str(note.attachment_count) if note.attachment_count else ""
        return ""
