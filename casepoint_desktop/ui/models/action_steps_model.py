"""Table model of the action steps of one goal, newest date set first."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from casepoint_desktop.data.case_plan_models import ActionStep
from casepoint_desktop.services import action_steps, notes
from casepoint_desktop.ui.models.row_table_model import RowTableModel

STEP_COLUMN = 0
DATE_SET_COLUMN = 1
TARGET_DATE_COLUMN = 2
STATUS_COLUMN = 3
FOLLOW_UP_COLUMN = 4

COLUMN_HEADERS = ("Action step", "Date set", "Target date", "Status", "Follow-up date")

# data() returns the ActionStep of the row for STEP_ROLE, in every column.
STEP_ROLE = Qt.ItemDataRole.UserRole + 1

STEP_PREVIEW_LENGTH = 100


def format_optional_date(value: date | None) -> str:
    return value.isoformat() if value is not None else ""


class ActionStepsModel(RowTableModel[ActionStep]):
    """The action steps of one goal, from services.action_steps.steps_for_goal."""

    def __init__(self, goal_id: int, parent: QObject | None = None) -> None:
        super().__init__(COLUMN_HEADERS, lambda step: step.id, parent)
        self.goal_id = goal_id

    def reload(self) -> None:
        self.set_rows(action_steps.steps_for_goal(self.goal_id))

    def step_at(self, row: int) -> ActionStep:
        return self.row_at(row)

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if not self.checkIndex(index, QAbstractTableModel.CheckIndexOption.IndexIsValid):
            return None
        step = self.row_at(index.row())
        column = index.column()

        if role == Qt.ItemDataRole.DisplayRole:
            return self._display_text(step, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == STEP_COLUMN:
                return notes.preview(step.description, 600)
            if column == STATUS_COLUMN and step.outcome is not None:
                return f"Outcome: {step.outcome.name}"
            return None
        if role == STEP_ROLE:
            return step
        return None

    def _display_text(self, step: ActionStep, column: int) -> str:
        if column == STEP_COLUMN:
            return notes.preview(step.description, STEP_PREVIEW_LENGTH)
        if column == DATE_SET_COLUMN:
            return step.date_set.isoformat()
        if column == TARGET_DATE_COLUMN:
            return format_optional_date(step.target_date)
        if column == STATUS_COLUMN:
            if step.outcome is not None:
                return f"{step.status.name} ({step.outcome.name})"
            return step.status.name
        if column == FOLLOW_UP_COLUMN:
            return format_optional_date(step.followup_date)
        return ""
