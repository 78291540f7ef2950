"""The list of the goals behind a count of the goal outcomes report."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casepoint_desktop.services.reports import GoalBehindCount
from casepoint_desktop.ui.models.row_table_model import RowTableModel
from casepoint_desktop.ui.widgets.optional_date_edit import format_date

COLUMN_HEADERS = (
    "Client",
    "Client ID",
    "Provider",
    "Date set",
    "Target date",
    "Status",
    "Outcome",
    "% complete",
)


class GoalsBehindModel(RowTableModel[GoalBehindCount]):
    """One goal per row; Qt.ItemDataRole.UserRole returns the GoalBehindCount."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMN_HEADERS, lambda goal: goal.goal_id, parent)

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if not self.has_row(index):
            return None
        goal = self.row_at(index.row())
        if role == Qt.ItemDataRole.UserRole:
            return goal
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        percent = "" if goal.percent_complete is None else f"{goal.percent_complete} %"
        cells = (
            goal.client_name,
            str(goal.client_id),
            goal.provider,
            format_date(goal.date_set),
            format_date(goal.target_date),
            goal.status,
            goal.outcome,
            percent,
        )
        return cells[index.column()]


class GoalsBehindDialog(QDialog):
    """A non-modal list of goals. Activating one emits goal_requested, so the main window opens it.

    Signals:
        goal_requested(int, int): the client id and goal id of the activated goal.
    """

    goal_requested = Signal(int, int)

    def __init__(
        self,
        title: str,
        goals: Sequence[GoalBehindCount],
        count: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.model = GoalsBehindModel(self)
        self.model.set_rows(goals)

        summary = f"{count} goals. Double-click a goal or press Enter to open it."
        if len(goals) < count:
            summary = (
                f"The first {len(goals)} of {count} goals, by date set. Double-click a goal "
                "or press Enter to open it."
            )
        self.summary_label = QLabel(summary, self)
        self.summary_label.setWordWrap(True)

        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.resizeColumnsToContents()
        self.view.setAccessibleName("Goals")

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_button = QPushButton("&Open Goal", self)
        self.open_button.setEnabled(bool(goals))
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.resize(900, 380)

        self.view.activated.connect(self.on_goal_activated)
        self.open_button.clicked.connect(self.on_open_clicked)
        buttons.rejected.connect(self.reject)
        if goals:
            self.view.selectRow(0)

    @Slot(QModelIndex)
    def on_goal_activated(self, index: QModelIndex) -> None:
        goal = self.model.data(index, Qt.ItemDataRole.UserRole)
        if goal is not None:
            self.goal_requested.emit(goal.client_id, goal.goal_id)

    @Slot()
    def on_open_clicked(self) -> None:
        self.on_goal_activated(self.view.currentIndex())
