"""The Case Managers tab of a client record: the client's case-manager assignments."""

from __future__ import annotations

import logging

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from casepoint_desktop.data.case_plan_models import CaseManagerAssignment
from casepoint_desktop.services import case_managers
from casepoint_desktop.services.errors import RecordChanged, ServiceError
from casepoint_desktop.services.session import Role, Session
from casepoint_desktop.ui import messages
from casepoint_desktop.ui.dialogs.case_manager_dialog import (
    CaseManagerDialog,
    describe_assignment,
)
from casepoint_desktop.ui.generated.ui_case_managers_tab import Ui_CaseManagersTab
from casepoint_desktop.ui.models.case_managers_model import (
    NAME_COLUMN,
    PROVIDER_COLUMN,
    TITLE_COLUMN,
    CaseManagersModel,
)
from casepoint_desktop.ui.tabs.deferred_tab import DeferredTab

log = logging.getLogger(__name__)

# The Name, Title and Provider columns share the width left by the other columns, which
# fit their contents.
STRETCHED_COLUMNS = (NAME_COLUMN, TITLE_COLUMN, PROVIDER_COLUMN)


class CaseManagersTab(DeferredTab):
    """A client's case managers, active ones first, with Add, Edit and Delete.

    Enter or a double-click edits the current assignment, and Delete deletes it after
    asking. Read-only users see the list with the buttons disabled. The tab builds its
    widgets and reads the assignments when it is first shown.
    """

    def __init__(self, session: Session, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.client_id = client_id
        self.can_write = session.role is not Role.READ_ONLY

    def _build(self) -> None:
        self.ui = Ui_CaseManagersTab()
        self.ui.setupUi(self)
        ui = self.ui

        self.model = CaseManagersModel(self.client_id, self)
        view = ui.assignments_view
        view.setModel(self.model)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in STRETCHED_COLUMNS:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)

        ui.add_button.setToolTip("Add a case manager of this client")
        ui.edit_button.setToolTip("Edit the selected case manager (Enter or double-click)")
        ui.delete_button.setToolTip("Delete the selected case manager (Delete)")
        delete_shortcut = QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete),
            view,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        delete_shortcut.activated.connect(self.on_delete_clicked)

        ui.add_button.clicked.connect(self.on_add_clicked)
        ui.edit_button.clicked.connect(self.on_edit_clicked)
        ui.delete_button.clicked.connect(self.on_delete_clicked)
        view.activated.connect(self.on_assignment_activated)
        view.selectionModel().selectionChanged.connect(self.on_selection_changed)

        self.reload()

    def reload(self, select_assignment_id: int | None = None) -> None:
        """Read the assignments again and select one of them, once the tab is built."""
        if not self.is_built:
            return
        self.model.reload()
        count = self.model.rowCount()
        self.ui.count_label.setText(f"{count} case manager{'s' if count != 1 else ''}")
        if select_assignment_id is not None:
            row = self.model.row_of_assignment(select_assignment_id)
            if row is not None:
                self.ui.assignments_view.selectRow(row)
        self.update_buttons()

    def selected_assignment(self) -> CaseManagerAssignment | None:
        rows = self.ui.assignments_view.selectionModel().selectedRows()
        return self.model.assignment_at(rows[0].row()) if rows else None

    def update_buttons(self) -> None:
        """Enable the buttons that apply to the selected assignment and the user's role."""
        selected = self.selected_assignment() is not None
        ui = self.ui
        ui.add_button.setEnabled(self.can_write)
        ui.edit_button.setEnabled(self.can_write and selected)
        ui.delete_button.setEnabled(self.can_write and selected)

    def _run_dialog(self, assignment_id: int | None) -> int | None:
        """Run the case manager dialog and return the id of the assignment it saved, or None."""
        try:
            dialog = CaseManagerDialog(self.session, self.client_id, assignment_id, self)
        except ServiceError as error:
            log.warning(
                "Opening case manager assignment %s failed: %s",
                assignment_id,
                type(error).__name__,
            )
            messages.show_service_error(self, "Case Manager", error)
            self.reload()
            return None
        accepted = messages.run_dialog(dialog) == QDialog.DialogCode.Accepted
        saved_assignment_id = dialog.saved_assignment_id
        dialog.deleteLater()
        return saved_assignment_id if accepted else None

    @Slot(QItemSelection, QItemSelection)
    def on_selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        self.update_buttons()

    @Slot()
    def on_add_clicked(self) -> None:
        if not self.can_write:
            return
        saved_assignment_id = self._run_dialog(None)
        if saved_assignment_id is not None:
            self.reload(saved_assignment_id)

    @Slot()
    def on_edit_clicked(self) -> None:
        assignment = self.selected_assignment()
        if assignment is None or not self.can_write:
            return
        saved_assignment_id = self._run_dialog(assignment.id)
        if saved_assignment_id is not None:
            self.reload(saved_assignment_id)

    @Slot(QModelIndex)
    def on_assignment_activated(self, index: QModelIndex) -> None:
        self.ui.assignments_view.selectRow(index.row())
        self.on_edit_clicked()

    @Slot()
    def on_delete_clicked(self) -> None:
        assignment = self.selected_assignment()
        if assignment is None or not self.can_write:
            return
        question = (
            f"Delete {case_managers.display_name(assignment)} as case manager, "
            f"{describe_assignment(assignment)}?\n\nThis cannot be undone. To keep the "
            "assignment in the client's history, edit it and set an end date instead."
        )
        if not messages.ask_yes_no(self, "Delete Case Manager", question):
            return
        try:
            case_managers.delete_assignment(
                self.session, assignment.id, expected_version=assignment.version
            )
        except ServiceError as error:
            log.warning(
                "Deleting case manager assignment %d failed: %s",
                assignment.id,
                type(error).__name__,
            )
            messages.show_service_error(self, "Case Manager Not Deleted", error)
            if isinstance(error, RecordChanged):
                self.reload()
            return
        log.info("Deleted case manager assignment %d of client %d", assignment.id, self.client_id)
        deleted_row = self.model.row_of_assignment(assignment.id)
        self.reload()
        # The next assignment moves up into the deleted row, so Delete can be pressed again.
        if deleted_row is not None and self.model.rowCount() > 0:
            self.ui.assignments_view.selectRow(min(deleted_row, self.model.rowCount() - 1))
