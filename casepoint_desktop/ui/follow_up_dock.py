"""The Follow Up List dock of the main window: the user's open follow-ups by projected date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casepoint_desktop.services.session import Session
from casepoint_desktop.ui.models.follow_ups_model import (
    CLIENT_ID_COLUMN,
    CLIENT_NAME_COLUMN,
    LABEL_COLUMN,
    FollowUpsModel,
)
from casepoint_desktop.ui.widgets.table_sizing import RESIZE_TO_CONTENTS_ROWS

DOCK_TITLE = "Follow Up List"


class FollowUpDock(QDockWidget):
    """The logged-in user's open follow-ups on goals and action steps, oldest date first.

    Enter or a double-click on the client ID opens the client record. On any other column it
    opens the goal, which for an action step is the goal that the step belongs to.

    Signals:
        client_requested(int): open the record of this client ID.
        goal_requested(int, int): open the goal; the arguments are client ID and goal ID.
    """

    client_requested = Signal(int)
    goal_requested = Signal(int, int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(DOCK_TITLE, parent)
        self.setObjectName("follow_up_dock")
        self.session = session
        self.setAllowedAreas(
            Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.BottomDockWidgetArea
        )

        self.model = FollowUpsModel(session.user.id, self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(DOCK_TITLE)
        self.view.setAccessibleDescription(
            "Your open follow-ups, oldest projected date first. Press Enter on the client ID "
            "to open the client, or on another column to open the goal."
        )
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setAlternatingRowColors(True)
        self.view.setTabKeyNavigation(False)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setResizeContentsPrecision(RESIZE_TO_CONTENTS_ROWS)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (CLIENT_NAME_COLUMN, LABEL_COLUMN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

        self.summary_label = QLabel(self)
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(4, 2, 4, 4)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.view, 1)
        self.setWidget(content)

        self.view.activated.connect(self.on_activated)
        self.refresh()

    def refresh(self, today: date | None = None) -> None:
        """Read the follow-ups again. `today`, the local date by default, decides overdue."""
        self.model.reload(today)
        count = self.model.rowCount()
        overdue = self.model.overdue_count()
        text = f"{count} open follow-up{'s' if count != 1 else ''}"
        if overdue:
            text += f", {overdue} overdue"
        self.summary_label.setText(text)

    @Slot(QModelIndex)
    def on_activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        row = self.model.row_at(index.row())
        if index.column() == CLIENT_ID_COLUMN:
            self.client_requested.emit(row.client_id)
        else:
            self.goal_requested.emit(row.client_id, row.goal_id)
