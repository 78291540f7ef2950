"""The table model of the goal outcomes report: one row per classification and type."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from casepoint_desktop.services.reports import (
    MEASURES,
    OutcomeRow,
    OutcomesReport,
    format_percent,
)
from casepoint_desktop.ui.models.row_table_model import RowTableModel

CLASSIFICATION_COLUMN = 0
GOAL_TYPE_COLUMN = 1
FIRST_MEASURE_COLUMN = 2
MEAN_PERCENT_COLUMN = FIRST_MEASURE_COLUMN + len(MEASURES)
ACHIEVEMENT_RATE_COLUMN = MEAN_PERCENT_COLUMN + 1

# The headers of the figure columns break after their first word, so the columns need
# no more width than their numbers.
COLUMN_HEADERS = (
    "Classification",
    "Goal type",
    *(label.replace(" ", "\n", 1) for _, label in MEASURES),
    "Mean %\n(partial)",
    "Achievement\nrate",
)

# The OutcomeRow of a row, for every column.
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
# The MEASURES key of a count cell, None in the other columns.
MEASURE_ROLE = Qt.ItemDataRole.UserRole + 2


class OutcomesTableModel(RowTableModel[OutcomeRow]):
    """The rows of an OutcomesReport followed by its totals row, which is bold."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMN_HEADERS, _row_key, parent)
        self._totals: OutcomeRow | None = None
        self._bold = QFont()
        self._bold.setBold(True)

    def set_report(self, report: OutcomesReport) -> None:
        """Show the rows and the totals of `report`."""
        self._totals = report.totals
        self.set_rows([*report.rows, report.totals])

    def is_totals_row(self, row: int) -> bool:
        return self._totals is not None and row == self.rowCount() - 1

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if not self.has_row(index):
            return None
        row = self.row_at(index.row())
        column = index.column()
        measure = _measure_of(column)
        if role == Qt.ItemDataRole.DisplayRole:
            return _cell_text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= FIRST_MEASURE_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self.is_totals_row(index.row()):
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole and measure is not None:
            return "Click or press Enter to list the goals behind this count."
        if role == ROW_ROLE:
            return row
        if role == MEASURE_ROLE:
            return measure
        return None


def _row_key(row: OutcomeRow) -> object:
    return (row.classification_id, row.goal_type_id)


def _measure_of(column: int) -> str | None:
    if FIRST_MEASURE_COLUMN <= column < MEAN_PERCENT_COLUMN:
        return MEASURES[column - FIRST_MEASURE_COLUMN][0]
    return None


def _cell_text(row: OutcomeRow, column: int) -> str:
    if column == CLASSIFICATION_COLUMN:
        return row.classification
    if column == GOAL_TYPE_COLUMN:
        return row.goal_type
    if column == MEAN_PERCENT_COLUMN:
        return format_percent(row.mean_percent_partial)
    if column == ACHIEVEMENT_RATE_COLUMN:
        return format_percent(row.achievement_rate)
    measure = _measure_of(column)
    return str(row.counts.get(measure, 0)) if measure is not None else ""
