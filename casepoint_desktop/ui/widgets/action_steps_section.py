"""The Action Steps section of the goal dialog: the goal's action steps and their buttons."""

from __future__ import annotations

import logging

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from casepoint_desktop.data.case_plan_models import ActionStep
from casepoint_desktop.services import action_steps, notes
from casepoint_desktop.services.errors import ServiceError
from casepoint_desktop.services.session import Role, Session
from casepoint_desktop.ui import messages
from casepoint_desktop.ui.dialogs.action_step_dialog import ActionStepDialog
from casepoint_desktop.ui.generated.ui_action_steps_section import Ui_ActionStepsSection
from casepoint_desktop.ui.models.action_steps_model import STEP_COLUMN, ActionStepsModel

log = logging.getLogger(__name__)


class ActionStepsSection(QWidget):
    """A goal's action steps, newest date set first, with Add, Edit and Delete.

    Enter or a double-click edits a step, and Delete deletes it after asking.

    Signals:
        changed: an action step was added, changed or deleted.
    """

    changed = Signal()

    def __init__(self, session: Session, goal_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.goal_id = goal_id
        self.can_write = session.role is not Role.READ_ONLY

        self.ui = Ui_ActionStepsSection()
        self.ui.setupUi(self)
        ui = self.ui

        self.model = ActionStepsModel(goal_id, self)
        view = ui.steps_view
        view.setModel(self.model)
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(STEP_COLUMN, QHeaderView.ResizeMode.Stretch)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)

        ui.edit_step_button.setToolTip("Edit the selected action step (Enter)")
        ui.delete_step_button.setToolTip("Delete the selected action step (Delete)")
        delete_shortcut = QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete),
            view,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        delete_shortcut.activated.connect(self.on_delete_step_clicked)

        ui.add_step_button.clicked.connect(self.on_add_step_clicked)
        ui.edit_step_button.clicked.connect(self.on_edit_step_clicked)
        ui.delete_step_button.clicked.connect(self.on_delete_step_clicked)
        view.activated.connect(self.on_step_activated)
        view.selectionModel().selectionChanged.connect(self.on_selection_changed)

        self.reload()

    def reload(self, select_step_id: int | None = None) -> None:
        """Read the steps again and select a step."""
        self.model.reload()
        count = self.model.rowCount()
        self.ui.count_label.setText(f"{count} action step{'s' if count != 1 else ''}")
        if select_step_id is not None:
            row = self.model.row_of(select_step_id)
            if row is not None:
                self.ui.steps_view.selectRow(row)
        self.update_buttons()

    def selected_step(self) -> ActionStep | None:
        rows = self.ui.steps_view.selectionModel().selectedRows()
        return self.model.step_at(rows[0].row()) if rows else None

    def update_buttons(self) -> None:
        selected = self.selected_step() is not None
        ui = self.ui
        ui.add_step_button.setEnabled(self.can_write)
        ui.edit_step_button.setEnabled(self.can_write and selected)
        ui.delete_step_button.setEnabled(self.can_write and selected)

    def _run_step_dialog(self, step_id: int | None) -> int | None:
        """Run the action step dialog and return the id of the step it saved, or None."""
        try:
            dialog = ActionStepDialog(self.session, self.goal_id, step_id, self)
        except ServiceError as error:
            log.warning("Opening action step %s failed: %s", step_id, type(error).__name__)
            messages.show_service_error(self, "Action Step", error)
            self.reload()
            return None
        accepted = messages.run_dialog(dialog) == QDialog.DialogCode.Accepted
        saved_step_id = dialog.saved_step_id
        dialog.deleteLater()
        return saved_step_id if accepted else None

    @Slot(QItemSelection, QItemSelection)
    def on_selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        self.update_buttons()

    @Slot()
    def on_add_step_clicked(self) -> None:
        if not self.can_write:
            return
        saved_step_id = self._run_step_dialog(None)
        if saved_step_id is not None:
            self.reload(saved_step_id)
            self.changed.emit()

    @Slot(QModelIndex)
    def on_step_activated(self, index: QModelIndex) -> None:
        self.ui.steps_view.selectRow(index.row())
        self.on_edit_step_clicked()

    @Slot()
    def on_edit_step_clicked(self) -> None:
        step = self.selected_step()
        if step is None or not self.can_write:
            return
        saved_step_id = self._run_step_dialog(step.id)
        if saved_step_id is not None:
            self.reload(saved_step_id)
            self.changed.emit()

    @Slot()
    def on_delete_step_clicked(self) -> None:
        step = self.selected_step()
        if step is None or not self.can_write:
            return
        question = (
            f"Delete the action step set on {step.date_set.isoformat()}?\n\n"
            f"“{notes.preview(step.description, 200)}”\n\n"
            "Its follow-up leaves the Follow Up List. This cannot be undone."
        )
        if not messages.ask_yes_no(self, "Delete Action Step", question):
            return
        try:
            action_steps.delete_step(self.session, step.id)
        except ServiceError as error:
            log.warning("Deleting action step %d failed: %s", step.id, type(error).__name__)
            messages.show_service_error(self, "Action Step Not Deleted", error)
            return
        log.info("Deleted action step %d of goal %d", step.id, self.goal_id)
        self.reload()
        self.changed.emit()
