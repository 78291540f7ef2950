"""A read-only table view set up the same way on every tab of the administration window."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


def make_table_view(parent: QWidget, stretch_column: int | None = None) -> QTableView:
    """Return a table view that selects whole single rows and fits its columns to contents.

    `stretch_column` takes the width left over; without it, the last column does.
    """
    view = QTableView(parent)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch_column is None:
        header.setStretchLastSection(True)
    else:
        # The model has no columns yet, so the mode is set as the columns arrive.
        def stretch() -> None:
            if header.count() > stretch_column:
                header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)

        header.sectionCountChanged.connect(stretch)
    return view


def selected_row(view: QTableView) -> int | None:
    """Return the row number of the selected row, or None when no row is selected."""
    rows = view.selectionModel().selectedRows()
    return rows[0].row() if rows else None
