"""The Lists tab of the administration window: the agency-editable lists."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casepoint_desktop.services import agency
from casepoint_desktop.services.agency import LIST_KINDS
from casepoint_desktop.services.errors import ServiceError
from casepoint_desktop.services.session import Session
from casepoint_desktop.ui import messages
from casepoint_desktop.ui.admin.admin_models import ENTRY_NAME_COLUMN, ListEntriesModel, ListRow
from casepoint_desktop.ui.admin.entry_name_dialog import ENTRY_FLAGS, EntryNameDialog
from casepoint_desktop.ui.admin.table_views import make_table_view, selected_row

GOAL_TYPE_KEY = "goal_type"


class ListsTab(QWidget):
    """One editable list at a time, chosen by title, with Add, Rename, Retire, Delete, Move.

    Goal types are listed per classification, chosen in a second combo box.
    """

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.list_combo = QComboBox(self)
        for kind in LIST_KINDS.values():
            self.list_combo.addItem(kind.title, kind.key)
        self.classification_combo = QComboBox(self)
        self.classification_label = QLabel("Classi&fication:", self)
        self.classification_label.setBuddy(self.classification_combo)
        list_label = QLabel("&Choose list:", self)
        list_label.setBuddy(self.list_combo)

        self.model = ListEntriesModel(self)
        self.view = make_table_view(self, stretch_column=ENTRY_NAME_COLUMN)
        self.view.setModel(self.model)

        self.add_button = QPushButton("&Add…", self)
        self.rename_button = QPushButton("&Rename…", self)
        self.retire_button = QPushButton("Re&tire", self)
        self.retire_button.setToolTip("A retired entry no longer appears for new records")
        self.delete_button = QPushButton("&Delete", self)
        self.up_button = QPushButton("Mo&ve Up", self)
        self.down_button = QPushButton("Move Do&wn", self)

        choosers = QFormLayout()
        choosers.addRow(list_label, self.list_combo)
        choosers.addRow(self.classification_label, self.classification_combo)
        buttons = QVBoxLayout()
        for button in (
            self.add_button,
            self.rename_button,
            self.retire_button,
            self.delete_button,
            self.up_button,
            self.down_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch()
        table_and_buttons = QHBoxLayout()
        table_and_buttons.addWidget(self.view)
        table_and_buttons.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(choosers)
        layout.addLayout(table_and_buttons)

        self.list_combo.currentIndexChanged.connect(self.on_list_changed)
        self.classification_combo.currentIndexChanged.connect(self.on_classification_changed)
        self.add_button.clicked.connect(self.on_add_clicked)
        self.rename_button.clicked.connect(self.on_rename_clicked)
        self.retire_button.clicked.connect(self.on_retire_clicked)
        self.delete_button.clicked.connect(self.on_delete_clicked)
        self.up_button.clicked.connect(self.on_up_clicked)
        self.down_button.clicked.connect(self.on_down_clicked)
        self.view.doubleClicked.connect(self.on_rename_clicked)
        self.view.selectionModel().selectionChanged.connect(self.on_selection_changed)
        self.on_list_changed()

    @property
    def list_key(self) -> str:
        return self.list_combo.currentData()

    @property
    def classification_id(self) -> int | None:
        if self.list_key != GOAL_TYPE_KEY:
            return None
        return self.classification_combo.currentData()

    def choose_list(self, key: str) -> None:
        self.list_combo.setCurrentIndex(self.list_combo.findData(key))

    def reload(self, select_entry_id: int | None = None) -> None:
        """Read the chosen list again and select `select_entry_id` when it is listed."""
        key = self.list_key
        rows = []
        # Without a classification there is no goal type to show.
        if key != GOAL_TYPE_KEY or self.classification_id is not None:
            rows = [
                ListRow(entry.id, entry.name, entry.retired, agency.usage_count(key, entry.id))
                for entry in agency.list_entries(key, self.classification_id)
            ]
        self.model.set_rows(rows)
        row = self.model.row_of(select_entry_id) if select_entry_id is not None else None
        if row is not None:
            self.view.selectRow(row)
        self.on_selection_changed()

    def selected_entry(self) -> ListRow | None:
        row = selected_row(self.view)
        return None if row is None else self.model.row_at(row)

    @Slot()
    def on_list_changed(self) -> None:
        is_goal_type = self.list_key == GOAL_TYPE_KEY
        self.classification_label.setVisible(is_goal_type)
        self.classification_combo.setVisible(is_goal_type)
        if is_goal_type:
            self._fill_classifications()
        self.reload()

    def _fill_classifications(self) -> None:
        chosen = self.classification_combo.currentData()
        self.classification_combo.blockSignals(True)
        self.classification_combo.clear()
        for entry in agency.list_entries("goal_classification"):
            suffix = " (retired)" if entry.retired else ""
            self.classification_combo.addItem(entry.name + suffix, entry.id)
        index = self.classification_combo.findData(chosen)
        self.classification_combo.setCurrentIndex(max(0, index))
        self.classification_combo.blockSignals(False)

    @Slot()
    def on_classification_changed(self) -> None:
        self.reload()

    @Slot()
    def on_selection_changed(self) -> None:
        entry = self.selected_entry()
        row = selected_row(self.view)
        for button in (self.rename_button, self.retire_button, self.delete_button):
            button.setEnabled(entry is not None)
        self.up_button.setEnabled(row is not None and row > 0)
        self.down_button.setEnabled(row is not None and row < self.model.rowCount() - 1)
        self.retire_button.setText("Rest&ore" if entry is not None and entry.retired else "Re&tire")
        self.add_button.setEnabled(
            self.list_key != GOAL_TYPE_KEY or self.classification_id is not None
        )

    @Slot()
    def on_add_clicked(self) -> None:
        key = self.list_key
        classification_id = self.classification_id

        def save(name: str, **flags: bool):
            return agency.add_entry(self.session, key, name, classification_id, **flags)

        title = f"Add to {LIST_KINDS[key].title}"
        dialog = EntryNameDialog(title, "", save, ENTRY_FLAGS.get(key), parent=self)
        if messages.run_dialog(dialog) == QDialog.DialogCode.Accepted and dialog.saved_entry:
            self.reload(dialog.saved_entry.id)
        dialog.deleteLater()

    @Slot()
    def on_rename_clicked(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        key = self.list_key

        def save(name: str):
            return agency.rename_entry(self.session, key, entry.entry_id, name)

        dialog = EntryNameDialog("Rename List Entry", entry.name, save, parent=self)
        if messages.run_dialog(dialog) == QDialog.DialogCode.Accepted:
            self.reload(entry.entry_id)
        dialog.deleteLater()

    @Slot()
    def on_retire_clicked(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        self._run(
            "Retire List Entry" if not entry.retired else "Restore List Entry",
            lambda: agency.set_retired(
                self.session, self.list_key, entry.entry_id, not entry.retired
            ),
            entry.entry_id,
        )

    @Slot()
    def on_delete_clicked(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        if not messages.ask_yes_no(
            self, "Delete List Entry", f"Delete “{entry.name}” from the list?"
        ):
            return
        self._run(
            "Delete List Entry",
            lambda: agency.delete_entry(self.session, self.list_key, entry.entry_id),
            None,
        )

    @Slot()
    def on_up_clicked(self) -> None:
        self._move(-1)

    @Slot()
    def on_down_clicked(self) -> None:
        self._move(1)

    def _move(self, offset: int) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        self._run(
            "Move List Entry",
            lambda: agency.move_entry(self.session, self.list_key, entry.entry_id, offset),
            entry.entry_id,
        )

    def _run(self, title: str, change, select_entry_id: int | None) -> None:
        """Call `change`, show a ServiceError it raises, and read the list again."""
        try:
            change()
        except ServiceError as error:
            messages.show_service_error(self, title, error)
        self.reload(select_entry_id)
