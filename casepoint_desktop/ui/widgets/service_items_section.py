"""The Service Items section of the goal dialog: the goal's services and their buttons."""

from __future__ import annotations

import logging

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from casepoint_desktop.data.case_plan_models import ServiceTransaction
from casepoint_desktop.services import service_items
from casepoint_desktop.services.errors import ServiceError
from casepoint_desktop.services.session import Role, Session
from casepoint_desktop.ui import messages
from casepoint_desktop.ui.dialogs.service_item_dialog import ServiceItemDialog
from casepoint_desktop.ui.generated.ui_service_items_section import Ui_ServiceItemsSection
from casepoint_desktop.ui.models.service_items_model import (
    SERVICE_TYPE_COLUMN,
    ServiceItemsModel,
    format_units,
)

log = logging.getLogger(__name__)


class ServiceItemsSection(QWidget):
    """A goal's service items, newest start date first, with Add, Edit and Delete.

    Enter or a double-click edits an item, and Delete deletes it after asking.

    Signals:
        changed: a service item was added, changed or deleted.
    """

    changed = Signal()

    def __init__(self, session: Session, goal_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.goal_id = goal_id
        self.can_write = session.role is not Role.READ_ONLY

        self.ui = Ui_ServiceItemsSection()
        self.ui.setupUi(self)
        ui = self.ui

        self.model = ServiceItemsModel(goal_id, self)
        view = ui.items_view
        view.setModel(self.model)
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SERVICE_TYPE_COLUMN, QHeaderView.ResizeMode.Stretch)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)

        ui.edit_item_button.setToolTip("Edit the selected service (Enter)")
        ui.delete_item_button.setToolTip("Delete the selected service (Delete)")
        delete_shortcut = QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete),
            view,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        delete_shortcut.activated.connect(self.on_delete_item_clicked)

        ui.add_item_button.clicked.connect(self.on_add_item_clicked)
        ui.edit_item_button.clicked.connect(self.on_edit_item_clicked)
        ui.delete_item_button.clicked.connect(self.on_delete_item_clicked)
        view.activated.connect(self.on_item_activated)
        view.selectionModel().selectionChanged.connect(self.on_selection_changed)

        self.reload()

    def reload(self, select_item_id: int | None = None) -> None:
        """Read the service items again and select an item."""
        self.model.reload()
        count = self.model.rowCount()
        self.ui.count_label.setText(f"{count} service{'s' if count != 1 else ''}")
        if select_item_id is not None:
            row = self.model.row_of(select_item_id)
            if row is not None:
                self.ui.items_view.selectRow(row)
        self.update_buttons()

    def selected_item(self) -> ServiceTransaction | None:
        rows = self.ui.items_view.selectionModel().selectedRows()
        return self.model.item_at(rows[0].row()) if rows else None

    def update_buttons(self) -> None:
        selected = self.selected_item() is not None
        ui = self.ui
        ui.add_item_button.setEnabled(self.can_write)
        ui.edit_item_button.setEnabled(self.can_write and selected)
        ui.delete_item_button.setEnabled(self.can_write and selected)

    def _run_item_dialog(self, item_id: int | None) -> int | None:
        """Run the service item dialog and return the id of the item it saved, or None."""
        try:
            dialog = ServiceItemDialog(self.session, self.goal_id, item_id, self)
        except ServiceError as error:
            log.warning("Opening service item %s failed: %s", item_id, type(error).__name__)
            messages.show_service_error(self, "Service", error)
            self.reload()
            return None
        accepted = messages.run_dialog(dialog) == QDialog.DialogCode.Accepted
        saved_item_id = dialog.saved_item_id
        dialog.deleteLater()
        return saved_item_id if accepted else None

    @Slot(QItemSelection, QItemSelection)
    def on_selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        self.update_buttons()

    @Slot()
    def on_add_item_clicked(self) -> None:
        if not self.can_write:
            return
        saved_item_id = self._run_item_dialog(None)
        if saved_item_id is not None:
            self.reload(saved_item_id)
            self.changed.emit()

    @Slot(QModelIndex)
    def on_item_activated(self, index: QModelIndex) -> None:
        self.ui.items_view.selectRow(index.row())
        self.on_edit_item_clicked()

    @Slot()
    def on_edit_item_clicked(self) -> None:
        item = self.selected_item()
        if item is None or not self.can_write:
            return
        saved_item_id = self._run_item_dialog(item.id)
        if saved_item_id is not None:
            self.reload(saved_item_id)
            self.changed.emit()

    @Slot()
    def on_delete_item_clicked(self) -> None:
        item = self.selected_item()
        if item is None or not self.can_write:
            return
        units = format_units(item)
        question = (
            f"Delete the service “{item.service_type.name}” that started on "
            f"{item.start_date.isoformat()}{f' ({units})' if units else ''}?\n\n"
            "This cannot be undone."
        )
        if not messages.ask_yes_no(self, "Delete Service", question):
            return
        try:
            service_items.delete_service_item(self.session, item.id)
        except ServiceError as error:
            log.warning("Deleting service item %d failed: %s", item.id, type(error).__name__)
            messages.show_service_error(self, "Service Not Deleted", error)
            return
        log.info("Deleted service item %d of goal %d", item.id, self.goal_id)
        self.reload()
        self.changed.emit()
