"""A group box that chooses all entries of a list, or the entries checked in it."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)


class ChoiceList(QGroupBox):
    """An "All …" check box above a list of checkable entries, each with a database id.

    While "All" is checked the list is disabled and `chosen_ids()` returns an empty tuple,
    which the report and export filters read as "all".
    """

    def __init__(self, title: str, all_text: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.all_check_box = QCheckBox(all_text, self)
        self.all_check_box.setChecked(True)
        self.list_widget = QListWidget(self)
        self.list_widget.setAccessibleName(title)
        self.list_widget.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.all_check_box)
        layout.addWidget(self.list_widget)
        self.all_check_box.toggled.connect(self.on_all_toggled)

    def set_entries(self, entries: Iterable[tuple[int, str]]) -> None:
        """Replace the list with (id, name) entries, none of them checked."""
        self.list_widget.clear()
        for entry_id, name in entries:
            item = QListWidgetItem(name, self.list_widget)
            item.setData(Qt.ItemDataRole.UserRole, entry_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)

    def all_chosen(self) -> bool:
        return self.all_check_box.isChecked()

    def set_checked_ids(self, ids: Iterable[int]) -> None:
        """Uncheck "All" and check exactly the entries with `ids`."""
        checked_ids = set(ids)
        self.all_check_box.setChecked(False)
        for number in range(self.list_widget.count()):
            item = self.list_widget.item(number)
            checked = item.data(Qt.ItemDataRole.UserRole) in checked_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def chosen_ids(self) -> tuple[int, ...]:
        """Return the ids of the checked entries, or () while "All" is checked."""
        if self.all_chosen():
            return ()
        return tuple(
            self.list_widget.item(number).data(Qt.ItemDataRole.UserRole)
            for number in range(self.list_widget.count())
            if self.list_widget.item(number).checkState() == Qt.CheckState.Checked
        )

    @Slot(bool)
    def on_all_toggled(self, checked: bool) -> None:
        self.list_widget.setEnabled(not checked)
