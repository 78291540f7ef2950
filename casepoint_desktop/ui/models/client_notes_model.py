"""Table model of a client's notes, loaded page by page as the view scrolls."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt

from casepoint_desktop.data.models import ClientNote
from casepoint_desktop.services import notes
from casepoint_desktop.ui.models.row_table_model import RowTableModel

DATE_COLUMN = 0
PROVIDER_COLUMN = 1
AUTHOR_COLUMN = 2
PREVIEW_COLUMN = 3

COLUMN_HEADERS = ("Date", "Provider", "Author", "Note")

# data() returns the ClientNote of the row for NOTE_ROLE and its id for NOTE_ID_ROLE, in
# every column.
NOTE_ROLE = Qt.ItemDataRole.UserRole + 1
NOTE_ID_ROLE = Qt.ItemDataRole.UserRole + 2

# The roles that data() returns something for. A view requests eight roles of each cell it
# paints or measures, so data() rejects the others before it looks up the row.
ANSWERED_ROLES = frozenset(
    {Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, NOTE_ROLE, NOTE_ID_ROLE}
)

PAGE_SIZE = 100

# The tooltip of the preview column shows this many characters, and View Note shows all.
TOOLTIP_LENGTH = 600

_NO_PARENT = QModelIndex()


class ClientNotesModel(RowTableModel[ClientNote]):
    """The notes of one client, newest note date first, read from services.notes.notes_query.

    Rows arrive PAGE_SIZE at a time through canFetchMore() and fetchMore(), which views call
    when they scroll near the end.
    """

    def __init__(self, client_id: int, parent: QObject | None = None) -> None:
        super().__init__(COLUMN_HEADERS, lambda note: note.id, parent)
        self.client_id = client_id
        self._all_fetched = False

    def reload(self, minimum_rows: int = 0) -> None:
        """Read the notes again from the database, keeping at least `minimum_rows` loaded.

        Passing the current rowCount() keeps the rows a user scrolled to after an edit.
        """
        self._all_fetched = False
        self.set_rows([])
        while not self._all_fetched and self.rowCount() < minimum_rows:
            self.fetchMore(_NO_PARENT)

    def total_count(self) -> int:
        """Return how many notes the client has, loaded or not."""
        return notes.notes_query(self.client_id).count()

    def note_at(self, row: int) -> ClientNote:
        return self.row_at(row)

    def row_of_note(self, note_id: int) -> int | None:
        """Return the row of a loaded note, or None when it is not loaded."""
        return self.row_of(note_id)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = _NO_PARENT) -> bool:
        return not parent.isValid() and not self._all_fetched

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = _NO_PARENT) -> None:
        if parent.isValid() or self._all_fetched:
            return
        page = list(notes.notes_query(self.client_id).limit(PAGE_SIZE).offset(self.rowCount()))
        if len(page) < PAGE_SIZE:
            self._all_fetched = True
        self.append_rows(page)

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
        if role == Qt.ItemDataRole.ToolTipRole and column == PREVIEW_COLUMN:
            return notes.preview(note.text, TOOLTIP_LENGTH)
        if role == Qt.ItemDataRole.ToolTipRole and column in (PROVIDER_COLUMN, AUTHOR_COLUMN):
            # The view elides a provider or author name longer than its column's maximum.
            return self._display_text(note, column)
        if role == NOTE_ROLE:
            return note
        if role == NOTE_ID_ROLE:
            return note.id
        return None

    @staticmethod
    def _display_text(note: ClientNote, column: int) -> str:
        if column == DATE_COLUMN:
            return note.note_date.isoformat()
        if column == PROVIDER_COLUMN:
            return note.provider.name
        if column == AUTHOR_COLUMN:
            return note.author.full_name
        return notes.preview(note.text)
