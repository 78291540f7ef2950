"""The Agency Settings tab of the administration window."""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from casepoint_desktop.services import agency
from casepoint_desktop.services.agency import NUMBER_LIMITS, PAPER_SIZES, SettingsInput
from casepoint_desktop.services.errors import ServiceError, ValidationError
from casepoint_desktop.services.session import Session
from casepoint_desktop.ui.admin.form_rows import add_field_row, general_error_label
from casepoint_desktop.ui.widgets.field_errors import FieldErrors

log = logging.getLogger(__name__)

# The label of each whole-number setting, with its keyboard mnemonic, and its unit suffix.
NUMBER_LABELS = {
    "lockout_attempts": ("Failed log-ins before a loc&k-out:", ""),
    "lockout_minutes": ("Lock-out &duration:", " min"),
    "idle_lock_minutes": ("&Idle time before the window locks:", " min"),
    "attachment_max_mb": ("Attachment si&ze limit:", " MB"),
    "password_min_length": ("Minimum pass&word length:", " characters"),
    "backups_kept": ("Automatic &backups kept:", ""),
}

CHECK_LABELS = {
    "case_notes_editable": "Case notes can be &edited after saving",
    "case_notes_deletable": "Case notes can be dele&ted",
    "backup_on_exit": "Back up the database when the program &quits",
}


class SettingsTab(QWidget):
    """A form of every agency setting with Save; each message shows below its field.

    Signals:
        settings_saved: the settings were saved.
    """

    settings_saved = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.name_edit = QLineEdit(self)
        self.paper_size_combo = QComboBox(self)
        self.paper_size_combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        for key, label in PAPER_SIZES.items():
            self.paper_size_combo.addItem(label, key)
        self.spin_boxes: dict[str, QSpinBox] = {}
        for name, _, lowest, highest in NUMBER_LIMITS:
            spin_box = QSpinBox(self)
            spin_box.setRange(lowest, highest)
            spin_box.setSuffix(NUMBER_LABELS[name][1])
            spin_box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            spin_box.setMinimumWidth(150)
            self.spin_boxes[name] = spin_box
        self.check_boxes = {name: QCheckBox(text, self) for name, text in CHECK_LABELS.items()}

        form = QFormLayout()
        fields = {
            "name": (self.name_edit, add_field_row(form, "Agency &name:", self.name_edit)),
            "paper_size": (
                self.paper_size_combo,
                add_field_row(form, "Pape&r size:", self.paper_size_combo),
            ),
        }
        for name, spin_box in self.spin_boxes.items():
            fields[name] = (spin_box, add_field_row(form, NUMBER_LABELS[name][0], spin_box))
        for name, check_box in self.check_boxes.items():
            fields[name] = (check_box, add_field_row(form, "", check_box))
        self.general_label = general_error_label(self)
        self.field_errors = FieldErrors(fields, self.general_label)

        self.saved_label = QLabel(self)
        self.revert_button = QPushButton("Discard &Changes", self)
        self.save_button = QPushButton("Sa&ve Settings", self)
        self.revert_button.setToolTip("Show the saved settings again")
        buttons = QHBoxLayout()
        buttons.addWidget(self.saved_label)
        buttons.addStretch()
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_label)
        layout.addStretch()
        layout.addLayout(buttons)

        self.save_button.clicked.connect(self.on_save_clicked)
        self.revert_button.clicked.connect(self.reload)
        self.reload()

    @Slot()
    def reload(self) -> None:
        """Show the saved settings and clear the messages."""
        self.show_settings(SettingsInput.from_settings(agency.get_settings()))
        self.field_errors.clear()
        self.saved_label.clear()

    def show_settings(self, data: SettingsInput) -> None:
        self.name_edit.setText(data.name)
        self.paper_size_combo.setCurrentIndex(
            max(0, self.paper_size_combo.findData(data.paper_size))
        )
        for name, spin_box in self.spin_boxes.items():
            spin_box.setValue(getattr(data, name))
        for name, check_box in self.check_boxes.items():
            check_box.setChecked(getattr(data, name))

    def settings_input(self) -> SettingsInput:
        """Return the values in the form."""
        values: dict[str, object] = {
            "name": self.name_edit.text(),
            "paper_size": self.paper_size_combo.currentData(),
        }
        values.update({name: box.value() for name, box in self.spin_boxes.items()})
        values.update({name: box.isChecked() for name, box in self.check_boxes.items()})
        return SettingsInput(**values)  # type: ignore[arg-type]

    @Slot()
    def on_save_clicked(self) -> None:
        self.saved_label.clear()
        try:
            agency.update_settings(self.session, self.settings_input())
        except ValidationError as error:
            self.field_errors.show(error.field_errors)
            return
        except ServiceError as error:
            self.field_errors.show({"": str(error)})
            return
        self.field_errors.clear()
        self.saved_label.setText("Settings saved.")
        log.info("User %d saved the agency settings", self.session.user.id)
        self.settings_saved.emit()
