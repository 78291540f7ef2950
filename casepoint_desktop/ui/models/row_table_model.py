"""Base class of the read-only table models that show one Python object per row."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

RowT = TypeVar("RowT")

_NO_PARENT = QModelIndex()


class RowTableModel(QAbstractTableModel, Generic[RowT]):
    """A flat list of row objects under fixed horizontal headers, one column per header.

    Subclasses implement data() for their own roles. They change the rows through set_rows()
    and append_rows(), which wrap each change in the begin…/end… calls that views rely on.
    """

    def __init__(
        self,
        column_headers: Sequence[str],
        row_key: Callable[[RowT], object],
        parent: QObject | None = None,
    ) -> None:
        """Create an empty model.

        Args:
            column_headers: the text of each column's horizontal header, in column order.
            row_key: returns the value that row_of() compares, such as a database id.
            parent: the Qt parent that owns the model.
        """
        super().__init__(parent)
        self._column_headers = tuple(column_headers)
        self._row_key = row_key
        self._rows: list[RowT] = []

    def set_rows(self, rows: Iterable[RowT]) -> None:
        """Replace every row, between beginResetModel() and endResetModel()."""
        new_rows = list(rows)
        self.beginResetModel()
        self._rows = new_rows
        self.endResetModel()

    def append_rows(self, rows: Iterable[RowT]) -> None:
        """Add rows after the last one, between beginInsertRows() and endInsertRows()."""
        new_rows = list(rows)
        if not new_rows:
            return
        first = len(self._rows)
        self.beginInsertRows(_NO_PARENT, first, first + len(new_rows) - 1)
        self._rows.extend(new_rows)
        self.endInsertRows()

    def row_at(self, row: int) -> RowT:
        """Return the object shown in `row`, raising IndexError when there is no such row."""
        return self._rows[row]

    def has_row(self, index: QModelIndex | QPersistentModelIndex) -> bool:
        """Return True when `index` is valid and points at an existing row and column.

        data() checks with this instead of checkIndex(), because a view calls data() for
        every role of every painted or measured cell, and checkIndex() calls rowCount() and
        columnCount() back through Python. In a cProfile of the search results that was
        more than half of the time of each call.
        """
        return (
            index.isValid()
            and index.row() < len(self._rows)
            and index.column() < len(self._column_headers)
        )

    def row_of(self, key: object) -> int | None:
        """Return the number of the first row whose row_key equals `key`, or None."""
        for number, row in enumerate(self._rows):
            if self._row_key(row) == key:
                return number
        return None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._column_headers)

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        """Return None for every role, because each subclass defines what its cells show."""
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._column_headers)
        ):
            return self._column_headers[section]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        """Mark every cell enabled and selectable but not editable.

        An invalid index gets no flags. ItemNeverHasChildren stays because Qt 6's
        QAbstractTableModel.flags() sets it on every valid index.
        """
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
