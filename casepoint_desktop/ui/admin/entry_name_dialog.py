"""The dialog that names a new list entry or renames one, with the entry's flags."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from casepoint_desktop.services.errors import ServiceError, ValidationError
from casepoint_desktop.ui.admin.form_rows import add_field_row, general_error_label
from casepoint_desktop.ui.widgets.field_errors import FieldErrors

# The flags that add_entry accepts, per list, with their check box text.
ENTRY_FLAGS = {
    "goal_status": {"is_closed": "&Closes the goal (asks for the outcome)"},
    "goal_outcome": {
        "is_partial": "&Partly achieved (asks for percent complete)",
        "is_achieved": "Counts as &achieved in reports",
    },
}


class EntryNameDialog(QDialog):
    """Ask for an entry's name and pass it to `save`, which raises ValidationError on "name".

    `save` gets the name and the flags (a dict of the check boxes, only when `flags` lists
    any), and returns the saved entry, which is kept in `saved_entry` after `accept()`.
    """

    def __init__(
        self,
        title: str,
        name: str,
        save: Callable[..., Any],
        flags: dict[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._save = save
        self.saved_entry: Any = None
        self.name_edit = QLineEdit(name, self)
        self.flag_checks = {key: QCheckBox(text, self) for key, text in (flags or {}).items()}

        form = QFormLayout()
        fields = {"name": (self.name_edit, add_field_row(form, "&Name:", self.name_edit))}
        for key, check_box in self.flag_checks.items():
            fields[key] = (check_box, add_field_row(form, "", check_box))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        general = general_error_label(self)
        layout.addWidget(general)
        self.field_errors = FieldErrors(fields, general)
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.button_box.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        layout.addWidget(self.button_box)
        self.button_box.accepted.connect(self.on_ok_requested)
        self.button_box.rejected.connect(self.reject)
        self.setMinimumWidth(380)
        self.name_edit.selectAll()
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def on_ok_requested(self) -> None:
        flags = {key: box.isChecked() for key, box in self.flag_checks.items()}
        try:
            self.saved_entry = self._save(self.name_edit.text(), **flags)
        except ValidationError as error:
            self.field_errors.show(error.field_errors)
            return
        except ServiceError as error:
            self.field_errors.show({"": str(error)})
            return
        self.accept()
