"""Table model of the case notes of one goal, newest note date first, loaded page by page."""

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

# The roles that data() returns something for. A view requests eight roles of each cell it
# paints or measures, so data() rejects the others before it looks up the row. Sizing the
# four fitted columns from 50 rows took 7.6 ms of CPU time without this check and 4.5 ms
# with it, on the 2-core machine described in BENCHMARKS.md.
ANSWERED_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        NOTE_ROLE,
    }
)

# Notes read per query. Building the peewee objects of a goal's 500 notes took about 35 ms,
# ten times as long as the SQL, so the list reads more only when the view scrolls near the end.
PAGE_SIZE = 100

_NO_PARENT = QModelIndex()


class GoalCaseNotesModel(RowTableModel[CaseNote]):
    """The case notes of one goal, from services.case_notes.case_notes_for_goal.

    Rows arrive PAGE_SIZE at a time through canFetchMore() and fetchMore(), which views call
    when they scroll near the end.
    """

    def __init__(self, session: Session, goal_id: int, parent: QObject | None = None) -> None:
        super().__init__(COLUMN_HEADERS, lambda note: note.id, parent)
        self.session = session
        self.goal_id = goal_id
        self._all_fetched = False

    def reload(self, minimum_rows: int = 0) -> None:
        """Read the notes again in one query, at least `minimum_rows` and whole pages of them.

        Passing the current rowCount() keeps the rows a user scrolled to after an edit.
        """
        pages = max(1, -(-minimum_rows // PAGE_SIZE))
        rows = case_notes.case_notes_for_goal(self.session, self.goal_id, limit=pages * PAGE_SIZE)
        self._all_fetched = len(rows) < pages * PAGE_SIZE
        self.set_rows(rows)

    def total_count(self) -> int:
        """Return how many case notes the goal has, loaded or not."""
        return case_notes.count_case_notes(self.goal_id)

    def load_row_of(self, note_id: int) -> int | None:
        """Return the row of `note_id`, reading pages until it is loaded, or None if absent."""
        row = self.row_of(note_id)
        while row is None and self.canFetchMore():
            self.fetchMore()
            row = self.row_of(note_id)
        return row

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = _NO_PARENT) -> bool:
        return not parent.isValid() and not self._all_fetched

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = _NO_PARENT) -> None:
        if parent.isValid() or self._all_fetched:
            return
        page = case_notes.case_notes_for_goal(
            self.session, self.goal_id, offset=self.rowCount(), limit=PAGE_SIZE
        )
        if len(page) < PAGE_SIZE:
            self._all_fetched = True
        self.append_rows(page)

    def note_at(self, row: int) -> CaseNote:
        return self.row_at(row)

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role not in ANSWERED_ROLES or not self.has_row(index):
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
