"""The base of the goal dialog's list sections: a goal's rows with Add, Edit and Delete."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHeaderView, QPushButton, QTableView, QWidget

from casepoint_desktop.services.errors import RecordChanged, ServiceError
from casepoint_desktop.services.session import Role, Session
from casepoint_desktop.ui import messages

log = logging.getLogger(__name__)


class GoalItemSection(QWidget):
    """A goal's rows in a table, with Add, Edit and Delete.

    Enter or a double-click edits a row, and Delete deletes it after asking. A subclass
    sets `ui` and `model`, calls `_set_up_list` and `reload`, and fills in the hooks
    below that raise NotImplementedError.

    Signals:
        changed: a row was added, changed or deleted.
    """

    changed = Signal()

    item_noun = "item"
    """The row's name in log messages, such as "action step"."""
    count_noun = "item"
    """The row's name in the count label, such as "action step", to which "s" is added."""
    dialog_error_title = "Item"
    """The title of the message shown when the dialog cannot open."""
    delete_error_title = "Item Not Deleted"
    """The title of the message shown when deleting fails."""

    def __init__(self, session: Session, goal_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.goal_id = goal_id
        self.can_write = session.role is not Role.READ_ONLY
        self.ui: Any = None
        self.model: Any = None

    def _set_up_list(
        self,
        view: QTableView,
        add_button: QPushButton,
        edit_button: QPushButton,
        delete_button: QPushButton,
        stretch_column: int,
    ) -> None:
        """Attach `self.model` to the view, size its columns, and connect the buttons and keys."""
        self._view = view
        self._add_button = add_button
        self._edit_button = edit_button
        self._delete_button = delete_button

        view.setModel(self.model)
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)

        delete_shortcut = QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete),
            view,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        delete_shortcut.activated.connect(self.on_delete_clicked)

        add_button.clicked.connect(self.on_add_clicked)
        edit_button.clicked.connect(self.on_edit_clicked)
        delete_button.clicked.connect(self.on_delete_clicked)
        view.activated.connect(self.on_activated)
        view.selectionModel().selectionChanged.connect(self.on_selection_changed)

    # Hooks for the subclass.

    def _item_at(self, row: int) -> Any:
        """Return the model's item at `row`."""
        raise NotImplementedError

    def _create_dialog(self, item_id: int | None) -> QDialog:
        """Create the dialog that adds an item (`item_id` None) or edits one.

        Raises:
            ServiceError: the dialog could not read what it shows.
        """
        raise NotImplementedError

    def _saved_id(self, dialog: Any) -> int | None:
        """Return the id of the item that `dialog` saved, or None."""
        raise NotImplementedError

    def _delete_question(self, item: Any) -> tuple[str, str]:
        """Return the title and text of the question asked before deleting `item`."""
        raise NotImplementedError

    def _delete_item(self, item: Any) -> None:
        """Delete the item through its service, at the version the list loaded.

        Raises:
            ServiceError: the service did not delete the item. RecordChanged when another
                user changed it after the list loaded it.
        """
        raise NotImplementedError

    # Shared behaviour.

    def reload(self, select_item_id: int | None = None) -> None:
        """Read the rows again and select the row of `select_item_id`, if given."""
        self.model.reload()
        count = self.model.rowCount()
        self.ui.count_label.setText(f"{count} {self.count_noun}{'s' if count != 1 else ''}")
        if select_item_id is not None:
            row = self.model.row_of(select_item_id)
            if row is not None:
                self._view.selectRow(row)
        self.update_buttons()

    def selected_item(self) -> Any:
        rows = self._view.selectionModel().selectedRows()
        return self._item_at(rows[0].row()) if rows else None

    def update_buttons(self) -> None:
        selected = self.selected_item() is not None
        self._add_button.setEnabled(self.can_write)
        self._edit_button.setEnabled(self.can_write and selected)
        self._delete_button.setEnabled(self.can_write and selected)

    def _run_item_dialog(self, item_id: int | None) -> int | None:
        """Run the item's dialog and return the id of the item it saved, or None."""
        try:
            dialog = self._create_dialog(item_id)
        except ServiceError as error:
            log.warning("Opening %s %s failed: %s", self.item_noun, item_id, type(error).__name__)
            messages.show_service_error(self, self.dialog_error_title, error)
            self.reload()
            return None
        accepted = messages.run_dialog(dialog) == QDialog.DialogCode.Accepted
        saved_item_id = self._saved_id(dialog)
        dialog.deleteLater()
        return saved_item_id if accepted else None

    @Slot(QItemSelection, QItemSelection)
    def on_selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        self.update_buttons()

    @Slot()
    def on_add_clicked(self) -> None:
        if not self.can_write:
            return
        saved_item_id = self._run_item_dialog(None)
        if saved_item_id is not None:
            self.reload(saved_item_id)
            self.changed.emit()

    @Slot(QModelIndex)
    def on_activated(self, index: QModelIndex) -> None:
        self._view.selectRow(index.row())
        self.on_edit_clicked()

    @Slot()
    def on_edit_clicked(self) -> None:
        item = self.selected_item()
        if item is None or not self.can_write:
            return
        saved_item_id = self._run_item_dialog(item.id)
        if saved_item_id is not None:
            self.reload(saved_item_id)
            self.changed.emit()

    @Slot()
    def on_delete_clicked(self) -> None:
        item = self.selected_item()
        if item is None or not self.can_write:
            return
        title, question = self._delete_question(item)
        if not messages.ask_yes_no(self, title, question):
            return
        try:
            self._delete_item(item)
        except ServiceError as error:
            log.warning("Deleting %s %d failed: %s", self.item_noun, item.id, type(error).__name__)
            messages.show_service_error(self, self.delete_error_title, error)
            if isinstance(error, RecordChanged):
                self.reload(item.id)
            return
        log.info("Deleted %s %d of goal %d", self.item_noun, item.id, self.goal_id)
        self.reload()
        self.changed.emit()
