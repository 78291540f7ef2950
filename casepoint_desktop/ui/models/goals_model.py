"""Table model of a client's goals for the Case Plans tab, newest date set first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt

from casepoint_desktop.data.case_plan_models import Goal
from casepoint_desktop.services import case_managers, goals
from casepoint_desktop.ui.models.row_table_model import RowTableModel

DATE_SET_COLUMN = 0
CLASSIFICATION_COLUMN = 1
TYPE_COLUMN = 2
CASE_MANAGER_COLUMN = 3
STATUS_COLUMN = 4
TARGET_DATE_COLUMN = 5
PERCENT_COLUMN = 6
ACTION_STEPS_COLUMN = 7
CASE_NOTES_COLUMN = 8
SERVICES_COLUMN = 9

COLUMN_HEADERS = (
    "Date set",
    "Classification",
    "Type",
    "Case manager",
    "Status",
    "Target date",
    "% complete",
    "Action steps",
    "Case notes",
    "Services",
)

COUNT_COLUMNS = (PERCENT_COLUMN, ACTION_STEPS_COLUMN, CASE_NOTES_COLUMN, SERVICES_COLUMN)

# data() returns the Goal of the row for GOAL_ROLE and its id for GOAL_ID_ROLE, in every
# column.
GOAL_ROLE = Qt.ItemDataRole.UserRole + 1
GOAL_ID_ROLE = Qt.ItemDataRole.UserRole + 2


def describe_status(goal: Goal) -> str:
    """Return the status name, followed by the outcome when the goal has one."""
    if goal.outcome_id is None:
        return goal.status.name
    return f"{goal.status.name} – {goal.outcome.name}"


class GoalsModel(RowTableModel[Goal]):
    """The goals of one client, from services.goals.goals_for_client."""

    def __init__(self, client_id: int, parent: QObject | None = None) -> None:
        super().__init__(COLUMN_HEADERS, lambda goal: goal.id, parent)
        self.client_id = client_id

    def reload(self) -> None:
        """Read the client's goals and their counts again."""
        self.set_rows(goals.goals_for_client(self.client_id))

    def goal_at(self, row: int) -> Goal:
        return self.row_at(row)

    def row_of_goal(self, goal_id: int) -> int | None:
        return self.row_of(goal_id)

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if not self.has_row(index):
            return None
        goal = self.row_at(index.row())
        column = index.column()

        if role == Qt.ItemDataRole.DisplayRole:
            return self._display_text(goal, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(goal, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in COUNT_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == GOAL_ROLE:
            return goal
        if role == GOAL_ID_ROLE:
            return goal.id
        return None

    def _display_text(self, goal: Goal, column: int) -> str:
        if column == DATE_SET_COLUMN:
            return goal.date_set.isoformat()
        if column == CLASSIFICATION_COLUMN:
            return goal.classification.name
        if column == TYPE_COLUMN:
            return goal.goal_type.name
        if column == CASE_MANAGER_COLUMN:
            return case_managers.display_name(goal.case_manager) if goal.case_manager_id else ""
        if column == STATUS_COLUMN:
            return describe_status(goal)
        if column == TARGET_DATE_COLUMN:
            return goal.target_date.isoformat() if goal.target_date else ""
        if column == PERCENT_COLUMN:
            return f"{goal.percent_complete} %" if goal.percent_complete is not None else ""
        if column == ACTION_STEPS_COLUMN:
            return str(goal.action_step_count)
        if column == CASE_NOTES_COLUMN:
            return str(goal.case_note_count)
        return str(goal.service_count)

    def _tooltip(self, goal: Goal, column: int) -> str | None:
        if column == TYPE_COLUMN and goal.description:
            return f"{goal.goal_type.name}\n\n{goal.description}"
        if column in (CLASSIFICATION_COLUMN, TYPE_COLUMN, CASE_MANAGER_COLUMN, STATUS_COLUMN):
            # The view elides text longer than its column.
            return self._display_text(goal, column) or None
        return None
