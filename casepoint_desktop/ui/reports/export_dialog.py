"""The dialog that exports case-plan data as one CSV file per table into a folder."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casepoint_desktop.data.models import Provider
from casepoint_desktop.services import exports
from casepoint_desktop.services.errors import ServiceError, ValidationError
from casepoint_desktop.services.exports import ExportFilter
from casepoint_desktop.services.session import Session
from casepoint_desktop.ui import messages
from casepoint_desktop.ui.reports.choice_list import ChoiceList
from casepoint_desktop.ui.widgets.field_errors import ERROR_STYLE_SHEET, FieldErrors
from casepoint_desktop.ui.widgets.optional_date_edit import OptionalDateEdit, invalid_date_message

log = logging.getLogger(__name__)

DIALOG_TITLE = "Export Case-Plan Data"
NOTE_TEXT_WARNING = (
    "Case notes contain private text about clients. Include it only when whoever receives "
    "the files may read it, and keep the files as safe as the database."
)


def export_summary(folder: Path, counts: dict[str, int]) -> str:
    """Return the message that lists the rows written to each file."""
    lines = [f"Exported to {folder}:"]
    lines.extend(
        f"{file_name}: {exports.row_count_text(count)}" for file_name, count in counts.items()
    )
    return "\n".join(lines)


class ExportDialog(QDialog):
    """Chooses a folder, a date range, providers and whether to include case-note text.

    Export runs the export; on success the dialog is accepted and `counts` contains the rows
    written per file name.
    """

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.counts: dict[str, int] | None = None
        self.setWindowTitle(DIALOG_TITLE)

        self.folder_edit = QLineEdit(self)
        self.folder_edit.setReadOnly(True)
        self.folder_edit.setPlaceholderText("Choose a folder")
        self.folder_edit.setAccessibleName("Folder")
        self.choose_folder_button = QPushButton("C&hoose…", self)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.choose_folder_button)

        self.start_date_edit = OptionalDateEdit(self)
        self.end_date_edit = OptionalDateEdit(self)
        self.folder_error_label = QLabel(self)
        self.start_error_label = QLabel(self)
        self.end_error_label = QLabel(self)
        self.general_error_label = QLabel(self)

        self.provider_choices = ChoiceList("Providers", "&All providers", self)
        self.provider_choices.set_entries(
            (provider.id, provider.name) for provider in Provider.select().order_by(Provider.name)
        )
        self.note_text_check_box = QCheckBox("Include case-note &text", self)
        self.warning_label = QLabel(NOTE_TEXT_WARNING, self)
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet(ERROR_STYLE_SHEET)

        form = QFormLayout()
        form.addRow("&Folder:", folder_row)
        form.addRow("", self.folder_error_label)
        form.addRow("&From:", self.start_date_edit)
        form.addRow("", self.start_error_label)
        form.addRow("T&o:", self.end_date_edit)
        form.addRow("", self.end_error_label)
        label = form.labelForField(folder_row)
        if isinstance(label, QLabel):
            label.setBuddy(self.choose_folder_button)
        for edit in (self.start_date_edit, self.end_date_edit):
            label = form.labelForField(edit)
            if isinstance(label, QLabel):
                label.setBuddy(edit.line_edit)

        self.field_errors = FieldErrors(
            {
                "folder": (self.folder_edit, self.folder_error_label),
                "start_date": (self.start_date_edit, self.start_error_label),
                "end_date": (self.end_date_edit, self.end_error_label),
            },
            self.general_error_label,
        )

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = buttons.addButton("&Export", QDialogButtonBox.ButtonRole.AcceptRole)

        layout = QVBoxLayout(self)
        hint = QLabel(
            "Writes goals.csv, action_steps.csv, case_notes.csv, service_transactions.csv "
            "and case_manager_assignments.csv. Leave a date blank for no limit.",
            self,
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.provider_choices, 1)
        layout.addWidget(self.note_text_check_box)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.general_error_label)
        layout.addWidget(buttons)
        self.resize(520, 520)

        self.choose_folder_button.clicked.connect(self.on_choose_folder_clicked)
        buttons.accepted.connect(self.on_export_clicked)
        buttons.rejected.connect(self.reject)

    def folder(self) -> Path | None:
        text = self.folder_edit.text()
        return Path(text) if text else None

    def set_folder(self, folder: Path) -> None:
        self.folder_edit.setText(str(folder))

    def export_filter(self) -> ExportFilter:
        """Return the filter the fields describe.

        Raises:
            ValidationError: no folder, an invalid date, or no provider checked.
        """
        errors = {}
        if self.folder() is None:
            errors["folder"] = "Choose the folder to write the CSV files to."
        for name, edit, field_name in (
            ("start_date", self.start_date_edit, "start date"),
            ("end_date", self.end_date_edit, "end date"),
        ):
            message = invalid_date_message(edit.text(), field_name, blank_allowed=True)
            if edit.text().strip() and message:
                errors[name] = message
        if not self.provider_choices.all_chosen() and not self.provider_choices.chosen_ids():
            errors["providers"] = "Check at least one provider, or check All providers."
        if errors:
            raise ValidationError(errors)
        return ExportFilter(
            start=self.start_date_edit.date(),
            end=self.end_date_edit.date(),
            provider_ids=self.provider_choices.chosen_ids(),
            include_note_text=self.note_text_check_box.isChecked(),
        )

    @Slot()
    def on_choose_folder_clicked(self) -> None:
        folder = messages.choose_folder(self, "Export to Folder")
        if folder is not None:
            self.set_folder(folder)

    @Slot()
    def on_export_clicked(self) -> None:
        try:
            export_filter = self.export_filter()
            folder = self.folder()
            assert folder is not None
            self.counts = exports.export_folder(self.session, folder, export_filter)
        except ValidationError as error:
            self.field_errors.show(error.field_errors)
            return
        except ServiceError as error:
            self.field_errors.clear()
            messages.show_service_error(self, DIALOG_TITLE, error)
            return
        log.info(
            "Exported case-plan data (note text included: %s)", export_filter.include_note_text
        )
        self.accept()
