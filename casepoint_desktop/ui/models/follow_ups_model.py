"""Table model of the Follow Up List: the logged-in user's open follow-ups by projected date."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from casepoint_desktop.services import follow_ups
from casepoint_desktop.services.follow_ups import FollowUpRow
from casepoint_desktop.ui.models.row_table_model import RowTableModel

DATE_COLUMN = 0
STATUS_COLUMN = 1
CLIENT_ID_COLUMN = 2
CLIENT_NAME_COLUMN = 3
LABEL_COLUMN = 4
PROVIDER_COLUMN = 5

COLUMN_HEADERS = (
    "Projected date",
    "Status",
    "Client ID",
    "Client name",
    "Goal or action step",
    "Provider",
)

OVERDUE_TEXT = "Overdue"
DUE_TODAY_TEXT = "Due today"

# Dark red keeps a contrast ratio above 4.5:1 on white. The Status column shows "Overdue"
# in words, so the colour is never the only sign.
OVERDUE_COLOR = QColor(170, 0, 0)

# data() returns the FollowUpRow of the row for FOLLOW_UP_ROLE, in every column.
FOLLOW_UP_ROLE = Qt.ItemDataRole.UserRole + 1


def describe_label(row: FollowUpRow) -> str:
    """Return the goal type for a goal, or "Action step: …" with the step's text."""
    return row.label if row.kind == "goal" else f"Action step: {row.label}"


class FollowUpsModel(RowTableModel[FollowUpRow]):
    """The open follow-ups of one user, from services.follow_ups.open_follow_ups.

    Overdue and due-today are judged on the date passed to reload(), today by default, so
    a test can fix the date.
    """

    def __init__(self, user_id: int, parent: QObject | None = None) -> None:
        super().__init__(
            COLUMN_HEADERS, lambda row: (row.kind, row.goal_id, row.action_step_id), parent
        )
        self.user_id = user_id
        self._today = date.today()

    def reload(self, today: date | None = None) -> None:
        """Read the user's open follow-ups again, judging which are overdue on `today`."""
        self._today = today or date.today()
        self.set_rows(follow_ups.open_follow_ups(self.user_id, self._today))

    def overdue_count(self) -> int:
        return sum(1 for row in self._rows if row.overdue)

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if not self.has_row(index):
            return None
        row = self.row_at(index.row())
        column = index.column()

        if role == Qt.ItemDataRole.DisplayRole:
            return self._display_text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if (
            role == Qt.ItemDataRole.FontRole
            and row.overdue
            and column
            in (
                DATE_COLUMN,
                STATUS_COLUMN,
            )
        ):
            font = QFont()
            font.setBold(True)
            return font
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and row.overdue
            and column
            in (
                DATE_COLUMN,
                STATUS_COLUMN,
            )
        ):
            return QBrush(OVERDUE_COLOR)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == CLIENT_ID_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == FOLLOW_UP_ROLE:
            return row
        return None

    def _status_text(self, row: FollowUpRow) -> str:
        if row.overdue:
            return OVERDUE_TEXT
        if row.followup_date == self._today:
            return DUE_TODAY_TEXT
        return ""

    def _display_text(self, row: FollowUpRow, column: int) -> str:
        if column == DATE_COLUMN:
            return row.followup_date.isoformat()
        if column == STATUS_COLUMN:
            return self._status_text(row)
        if column == CLIENT_ID_COLUMN:
            return str(row.client_id)
        if column == CLIENT_NAME_COLUMN:
            return row.client_name
        if column == LABEL_COLUMN:
            return describe_label(row)
        return row.provider_name

    def _tooltip(self, row: FollowUpRow, column: int) -> str | None:
        if column == DATE_COLUMN and row.overdue:
            days = (self._today - row.followup_date).days
            return f"Overdue by {days} day{'s' if days != 1 else ''}"
        if column == CLIENT_ID_COLUMN:
            return "Press Enter or double-click to open the client record"
        if column in (CLIENT_NAME_COLUMN, LABEL_COLUMN):
            action = "goal" if row.kind == "goal" else "goal of this action step"
            text = self._display_text(row, column)
            return f"{text}\n\nPress Enter or double-click to open the {action}"
        if column == PROVIDER_COLUMN:
            return row.provider_name or None
        return None
