"""The Reports menu of the main window: Goal Outcomes and Export Case-Plan Data."""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu

from casepoint_desktop.services.session import Session
from casepoint_desktop.ui import messages
from casepoint_desktop.ui.admin.single_window import SingleWindow


class ReportActions(QObject):
    """The actions of the Reports menu of `main_window`, for every role.

    Opening a goal from the outcomes report calls `main_window.on_goal_requested(client_id,
    goal_id)`, which opens the client's record and the goal.
    """

    def __init__(self, session: Session, agency_name: str, main_window: QMainWindow) -> None:
        super().__init__(main_window)
        self.session = session
        self.agency_name = agency_name
        self.main_window = main_window
        self.outcomes = SingleWindow("Goal Outcomes", self._create_outcomes_window, main_window)

        self.outcomes_action = QAction("&Goal Outcomes…", main_window)
        self.outcomes_action.setStatusTip(
            "Count goals set, closed and achieved per classification and type"
        )
        self.outcomes_action.triggered.connect(self.on_outcomes_triggered)
        self.export_action = QAction("&Export Case-Plan Data…", main_window)
        self.export_action.setStatusTip("Write goals, case notes and services as CSV files")
        self.export_action.triggered.connect(self.on_export_triggered)

    def add_menu(self) -> QMenu:
        """Add the Reports menu at the end of the window's menu bar."""
        menu = self.main_window.menuBar().addMenu("&Reports")
        menu.addAction(self.outcomes_action)
        menu.addAction(self.export_action)
        return menu

    def close(self) -> None:
        self.outcomes.close()

    def _create_outcomes_window(self) -> QDialog:
        from casepoint_desktop.ui.reports.outcomes_window import GoalOutcomesWindow

        window = GoalOutcomesWindow(self.session, self.agency_name, self.main_window)
        window.goal_requested.connect(self.main_window.on_goal_requested)
        window.run_report()
        return window

    @Slot()
    def on_outcomes_triggered(self) -> None:
        self.outcomes.open()

    @Slot()
    def on_export_triggered(self) -> None:
        from casepoint_desktop.ui.reports.export_dialog import ExportDialog, export_summary

        dialog = ExportDialog(self.session, self.main_window)
        accepted = messages.run_dialog(dialog) == QDialog.DialogCode.Accepted
        counts, folder = dialog.counts, dialog.folder()
        dialog.deleteLater()
        if accepted and counts is not None and folder is not None:
            messages.show_info(
                self.main_window, "Export Case-Plan Data", export_summary(folder, counts)
            )
