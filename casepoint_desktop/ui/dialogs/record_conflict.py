"""Handling of RecordChanged in the edit dialogs: the Reload, Compare and Cancel choices.

The typed input stays in the dialog unless the user chooses Reload. After Compare, the
dialog adopts the stored version, so its next Save replaces the stored values on purpose.
"""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any

import peewee
from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casepoint_desktop.data.case_plan_models import CaseManagerAssignment
from casepoint_desktop.data.lists import (
    GoalClassification,
    GoalOutcome,
    GoalStatus,
    GoalType,
    ServiceType,
)
from casepoint_desktop.data.models import Client, Provider, User
from casepoint_desktop.services import case_managers
from casepoint_desktop.services.errors import RecordChanged
from casepoint_desktop.services.phones import format_phone
from casepoint_desktop.services.record_versions import RECORD_TYPE_WORDS
from casepoint_desktop.ui import messages

log = logging.getLogger(__name__)

BLANK_TEXT = "(blank)"

# Labels of the input dataclass fields of every versioned record, as their dialogs show them.
FIELD_LABELS = {
    "first_name": "First name",
    "middle_name": "Middle name",
    "last_name": "Last name",
    "suffix": "Suffix",
    "alias": "Alias",
    "date_of_birth": "Date of birth",
    "gender": "Gender",
    "phone": "Phone",
    "email": "E-mail",
    "address": "Address",
    "ssn_last4": "Last 4 digits of identity number",
    "member_ids": "Household members",
    "user_id": "Case manager",
    "other_name": "Other agency's case manager",
    "other_agency_uses_program": "Other agency uses CasePoint",
    "title": "Title",
    "provider_id": "Provider",
    "case_manager_id": "Case manager",
    "service_type_id": "Service type",
    "start_date": "Start date",
    "end_date": "End date",
    "units": "Units",
    "unit_type": "Unit type",
    "amount": "Amount",
    "notes": "Notes",
    "note_date": "Note date",
    "text": "Note text",
    "description": "Description",
    "date_set": "Date set",
    "classification_id": "Goal classification",
    "goal_type_id": "Goal type",
    "status_id": "Status",
    "target_date": "Target date",
    "outcome_id": "Outcome",
    "percent_complete": "Percent complete",
    "date_closed": "Date closed",
    "followup_date": "Projected follow-up date",
    "followup_provider_id": "Follow-up provider",
    "followup_user_id": "Follow-up user",
    "followup_actual_date": "Actual follow-up date",
    "followup_made_by_id": "Follow-up made by",
    "followup_notes": "Follow-up notes",
}

# The list whose entry's `name` an id field refers to.
NAMED_LISTS: dict[str, type[peewee.Model]] = {
    "provider_id": Provider,
    "followup_provider_id": Provider,
    "service_type_id": ServiceType,
    "classification_id": GoalClassification,
    "goal_type_id": GoalType,
    "status_id": GoalStatus,
    "outcome_id": GoalOutcome,
}
USER_FIELDS = {"user_id", "followup_user_id", "followup_made_by_id"}


class Resolution(Enum):
    """The dialog's next step after the user's choice in the changed-record message."""

    RELOAD = "reload"
    """Discard the typed input and show the stored record."""
    OVERWRITE = "overwrite"
    """Keep the typed input and adopt the stored version, so Save replaces the stored values."""
    CANCEL = "cancel"
    """Keep the typed input and the old version, so Save reports the change again."""


@dataclass(frozen=True)
class FieldDifference:
    """A field whose typed value differs from the stored one, as shown in the comparison."""

    label: str
    yours: str
    stored: str


def flat_values(data: object) -> dict[str, Any]:
    """Return the fields of an input dataclass, with those of a nested `follow_up` inlined."""
    values = asdict(data)  # type: ignore[call-overload]
    follow_up = values.pop("follow_up", None)
    if follow_up:
        values.update(follow_up)
    return values


def display_text(name: str, value: object) -> str:
    """Return `value` of field `name` as the comparison shows it: names for ids, ISO dates."""
    if value is None or value == "" or value == []:
        return BLANK_TEXT
    if name == "member_ids":
        assert isinstance(value, list)
        members = Client.select().where(Client.id.in_(value)).order_by(Client.id)
        return ", ".join(member.display_name for member in members)
    if name in NAMED_LISTS:
        entry = NAMED_LISTS[name].get_or_none(NAMED_LISTS[name].id == value)
        return entry.name if entry is not None else f"(deleted entry {value})"
    if name in USER_FIELDS:
        user = User.get_or_none(User.id == value)
        return user.full_name if user is not None else f"(deleted user {value})"
    if name == "case_manager_id":
        assignment = CaseManagerAssignment.get_or_none(CaseManagerAssignment.id == value)
        if assignment is None:
            return f"(deleted case manager {value})"
        return case_managers.display_name(assignment)
    if name == "phone":
        return format_phone(str(value))
    if name == "percent_complete":
        return f"{value} %"
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    return str(value)


def field_differences(yours: object, stored: object) -> list[FieldDifference]:
    """Return the fields, in dialog order, whose typed and stored values read differently.

    Text is compared without surrounding blanks, which the services strip from most fields.
    """
    your_values = flat_values(yours)
    stored_values = flat_values(stored)
    differences = []
    for name, value in your_values.items():
        yours_text = display_text(name, value)
        stored_text = display_text(name, stored_values.get(name))
        if yours_text.strip() == stored_text.strip():
            continue
        label = FIELD_LABELS.get(name, name.replace("_", " ").capitalize())
        differences.append(FieldDifference(label, yours_text, stored_text))
    return differences


class CompareDialog(QDialog):
    """The fields that differ between the typed input and the stored record.

    Keep Editing (the default, also Escape) returns to the typed input. Reload sets
    `reload_chosen` and closes.
    """

    def __init__(
        self, record_word: str, differences: list[FieldDifference], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.reload_chosen = False
        self.setWindowTitle(f"Compare Your Changes — {record_word.capitalize()}")

        count = len(differences)
        intro = QLabel(
            f"{count} field{'s differ' if count != 1 else ' differs'} from the stored "
            f"{record_word}. Keep Editing returns to your changes, and Save then replaces "
            "the stored values with yours. Reload discards your changes.",
            self,
        )
        intro.setWordWrap(True)
        table_label = QLabel("&Fields that differ:", self)

        self.table = QTableWidget(count, 3, self)
        self.table.setHorizontalHeaderLabels(["Field", "Yours", "Stored now"])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        for row, difference in enumerate(differences):
            for column, text in enumerate((difference.label, difference.yours, difference.stored)):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # Wrapped text needs the final column widths, which are known only once the table
        # is laid out, so the rows are measured again whenever a column changes width.
        header.sectionResized.connect(self.on_section_resized)
        table_label.setBuddy(self.table)

        buttons = QDialogButtonBox(self)
        self.keep_button = buttons.addButton(
            "&Keep Editing", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.reload_button = buttons.addButton("&Reload", QDialogButtonBox.ButtonRole.ResetRole)
        self.keep_button.setDefault(True)
        self.keep_button.setToolTip("Return to your changes; Save then replaces the stored values")
        self.reload_button.setToolTip("Discard your changes and show the stored values")
        self.keep_button.clicked.connect(self.accept)
        self.reload_button.clicked.connect(self.on_reload_clicked)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(table_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(640, 360)
        self.keep_button.setFocus()

    @Slot(int, int, int)
    def on_section_resized(self, index: int, old_size: int, new_size: int) -> None:
        self.table.resizeRowsToContents()

    @Slot()
    def on_reload_clicked(self) -> None:
        self.reload_chosen = True
        self.accept()


def record_word(error: RecordChanged) -> str:
    """Return the words for the record type of `error`, such as "goal" or "case note"."""
    return RECORD_TYPE_WORDS.get(error.record_type, error.record_type)


def resolve(parent: QWidget, title: str, error: RecordChanged, yours: object) -> Resolution:
    """Show the message of `error` and, on Compare, the comparison with `yours`.

    Args:
        title: the title of the message, such as "Goal Changed".
        yours: the typed input, as the input dataclass that the save passed.
    """
    log.info(
        "Saving %s %d failed because another save stored version %d",
        error.record_type,
        error.record_id,
        error.stored_version,
    )
    choice = messages.ask_changed_record(parent, title, str(error))
    if choice is messages.ChangedRecordChoice.RELOAD:
        return Resolution.RELOAD
    if choice is messages.ChangedRecordChoice.CANCEL:
        return Resolution.CANCEL

    dialog = CompareDialog(record_word(error), field_differences(yours, error.stored), parent)
    messages.run_dialog(dialog)
    reload_chosen = dialog.reload_chosen
    dialog.deleteLater()
    return Resolution.RELOAD if reload_chosen else Resolution.OVERWRITE
