"""The dialogs that ask what to print: client notes, goal details and case plan options."""

from __future__ import annotations

import peewee
from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidgetItem,
    QRadioButton,
    QWidget,
)

from casepoint_desktop.data.models import ClientNote, Provider
from casepoint_desktop.printing.options import (
    CasePlanOptions,
    ClientNotesOptions,
    DateRange,
    GoalDetailsOptions,
)
from casepoint_desktop.services import clients, goals, printouts
from casepoint_desktop.services.errors import ValidationError
from casepoint_desktop.services.session import Session
from casepoint_desktop.ui.generated.ui_case_plan_print_dialog import Ui_CasePlanPrintDialog
from casepoint_desktop.ui.generated.ui_client_notes_print_dialog import (
    Ui_ClientNotesPrintDialog,
)
from casepoint_desktop.ui.generated.ui_goal_details_print_dialog import (
    Ui_GoalDetailsPrintDialog,
)
from casepoint_desktop.ui.widgets.field_errors import FieldErrors
from casepoint_desktop.ui.widgets.optional_date_edit import OptionalDateEdit, invalid_date_message

PREVIEW_BUTTON_TEXT = "Pre&view"
START_REQUIRED_MESSAGE = "The start date is required for a date range."
END_REQUIRED_MESSAGE = "The end date is required for a date range."
NO_PROVIDER_MESSAGE = "Choose at least one provider, or all providers."
# The provider list scrolls when there are more providers than this.
PROVIDER_LIST_MAX_ROWS = 10

FieldErrorMap = dict[str, tuple[QWidget, QLabel]]


class DateRangeFields:
    """The From and To fields under a "date range" radio button, enabled while it is checked.

    `field_prefix` is the prefix of the field names in printouts.validate_range's messages.
    """

    def __init__(
        self,
        range_radio: QRadioButton,
        start_edit: OptionalDateEdit,
        end_edit: OptionalDateEdit,
        labels: tuple[QLabel, QLabel, QLabel, QLabel],
        field_prefix: str = "",
    ) -> None:
        self.range_radio = range_radio
        self.start_edit = start_edit
        self.end_edit = end_edit
        self.start_label, self.end_label, self.start_error_label, self.end_error_label = labels
        self.start_field = f"{field_prefix}start_date"
        self.end_field = f"{field_prefix}end_date"
        self.field_prefix = field_prefix
        range_radio.toggled.connect(self.on_range_toggled)
        self.on_range_toggled(range_radio.isChecked())

    def error_fields(self) -> FieldErrorMap:
        return {
            self.start_field: (self.start_edit, self.start_error_label),
            self.end_field: (self.end_edit, self.end_error_label),
        }

    @Slot(bool)
    def on_range_toggled(self, checked: bool) -> None:
        for widget in (self.start_edit, self.end_edit, self.start_label, self.end_label):
            widget.setEnabled(checked)
        if checked and not self.start_edit.text():
            self.start_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def read(self) -> tuple[DateRange | None, dict[str, str]]:
        """Return the chosen range (None for all dates) and the message of each invalid field."""
        if not self.range_radio.isChecked():
            return None, {}
        errors: dict[str, str] = {}
        for field, edit, words in (
            (self.start_field, self.start_edit, "start date"),
            (self.end_field, self.end_edit, "end date"),
        ):
            message = invalid_date_message(edit.text(), words, blank_allowed=False)
            if message is not None:
                errors[field] = message
            elif edit.date() is None:
                errors[field] = (
                    START_REQUIRED_MESSAGE if field == self.start_field else (END_REQUIRED_MESSAGE)
                )
        if errors:
            return None, errors
        try:
            date_range = printouts.validate_range(
                self.start_edit.date(), self.end_edit.date(), self.field_prefix
            )
        except ValidationError as error:
            return None, dict(error.field_errors)
        return date_range, {}


class _PrintOptionsDialog(QDialog):
    """The common part: Preview and Cancel, messages next to the fields, `options` on OK."""

    def _set_up_buttons(self, button_box: QDialogButtonBox) -> None:
        preview_button = button_box.button(QDialogButtonBox.StandardButton.Ok)
        preview_button.setText(PREVIEW_BUTTON_TEXT)
        preview_button.setToolTip("Show the printout in the print preview")
        preview_button.setDefault(True)
        button_box.accepted.connect(self.accept)
        button_box.rejected.connect(self.reject)

    def _clear_messages_on(self, *buttons: QAbstractButton) -> None:
        """Hide the messages when one of `buttons` is toggled, so none is left beside a
        field that no longer applies."""
        for button in buttons:
            button.toggled.connect(self.on_choice_toggled)

    @Slot(bool)
    def on_choice_toggled(self, _checked: bool) -> None:
        self.field_errors.clear()

    def build_options(self) -> tuple[object | None, dict[str, str]]:
        raise NotImplementedError

    @Slot()
    def accept(self) -> None:
        """Keep the options in `options` and close, or show the messages and stay open."""
        self.field_errors.clear()
        options, errors = self.build_options()
        if errors:
            self.field_errors.show(errors)
            return
        self.options = options
        super().accept()


class ClientNotesPrintDialog(_PrintOptionsDialog):
    """Options of the client notes printout: all dates or a range, all or chosen providers.

    The provider list has every active provider and every provider with notes on the
    client, with the client's note count. The session's provider is checked at first.

    Raises:
        NotFound: (from the constructor) no client has `client_id`.
    """

    def __init__(self, session: Session, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client = clients.get_client(client_id)
        self.options: ClientNotesOptions | None = None
        self.ui = Ui_ClientNotesPrintDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.setWindowTitle(f"Print Client Notes — {self.client.display_name}")
        self.date_range = _date_range_fields(ui, ui.date_range_radio)
        fields = self.date_range.error_fields()
        fields["providers"] = (ui.providers_list, ui.providers_error_label)
        self.field_errors = FieldErrors(fields, ui.general_error_label)
        self._clear_messages_on(ui.date_range_radio, ui.chosen_providers_radio)

        for name, provider_id, note_count in note_provider_entries(client_id):
            noun = "note" if note_count == 1 else "notes"
            item = QListWidgetItem(f"{name} ({note_count} {noun})", ui.providers_list)
            item.setData(Qt.ItemDataRole.UserRole, provider_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = provider_id == session.provider.id
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self._fit_provider_list()
        ui.chosen_providers_radio.toggled.connect(self.on_chosen_providers_toggled)
        self.on_chosen_providers_toggled(False)
        self._set_up_buttons(ui.button_box)

    def _fit_provider_list(self) -> None:
        """Make the list as tall as its rows, from 3 to PROVIDER_LIST_MAX_ROWS rows."""
        providers = self.ui.providers_list
        row_height = providers.sizeHintForRow(0) if providers.count() else 0
        row_height = max(row_height, providers.fontMetrics().height() + 4)
        rows = min(max(providers.count(), 3), PROVIDER_LIST_MAX_ROWS)
        providers.setFixedHeight(rows * row_height + 2 * providers.frameWidth())

    @Slot(bool)
    def on_chosen_providers_toggled(self, checked: bool) -> None:
        self.ui.providers_list.setEnabled(checked)

    def checked_provider_ids(self) -> tuple[int, ...]:
        providers = self.ui.providers_list
        return tuple(
            providers.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(providers.count())
            if providers.item(row).checkState() == Qt.CheckState.Checked
        )

    def set_provider_checked(self, provider_id: int, checked: bool) -> None:
        providers = self.ui.providers_list
        for row in range(providers.count()):
            item = providers.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == provider_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def build_options(self) -> tuple[ClientNotesOptions | None, dict[str, str]]:
        date_range, errors = self.date_range.read()
        provider_ids: tuple[int, ...] | None = None
        if self.ui.chosen_providers_radio.isChecked():
            provider_ids = self.checked_provider_ids()
            if not provider_ids:
                errors["providers"] = NO_PROVIDER_MESSAGE
        if errors:
            return None, errors
        return ClientNotesOptions(self.client.id, date_range, provider_ids), {}


class GoalDetailsPrintDialog(_PrintOptionsDialog):
    """Options of the goal details printout. The case notes choices follow their check box.

    Raises:
        NotFound: (from the constructor) no goal has `goal_id`.
    """

    def __init__(self, session: Session, goal_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        goal = goals.get_goal(goal_id)
        self.goal_id = goal.id
        self.options: GoalDetailsOptions | None = None
        self.ui = Ui_GoalDetailsPrintDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.setWindowTitle(
            f"Print Goal Details — {clients.get_client(goal.client_id).display_name}"
        )
        ui.my_provider_radio.setText(f"&My provider only ({session.provider.name})")
        self.date_range = _date_range_fields(ui, ui.date_range_radio, "case_notes_")
        self.field_errors = FieldErrors(self.date_range.error_fields(), ui.general_error_label)
        self._clear_messages_on(ui.include_case_notes_check, ui.date_range_radio)
        ui.include_case_notes_check.toggled.connect(self.on_include_case_notes_toggled)
        self.on_include_case_notes_toggled(ui.include_case_notes_check.isChecked())
        self._set_up_buttons(ui.button_box)

    @Slot(bool)
    def on_include_case_notes_toggled(self, checked: bool) -> None:
        self.ui.case_notes_options.setEnabled(checked)

    def build_options(self) -> tuple[GoalDetailsOptions | None, dict[str, str]]:
        ui = self.ui
        include_case_notes = ui.include_case_notes_check.isChecked()
        date_range: DateRange | None = None
        if include_case_notes:
            date_range, errors = self.date_range.read()
            if errors:
                return None, errors
        options = GoalDetailsOptions(
            goal_id=self.goal_id,
            include_case_notes=include_case_notes,
            case_notes_range=date_range,
            case_notes_my_provider_only=include_case_notes and ui.my_provider_radio.isChecked(),
            include_action_steps=ui.include_action_steps_check.isChecked(),
            include_service_items=ui.include_service_items_check.isChecked(),
            include_signature_lines=ui.include_signatures_check.isChecked(),
        )
        return options, {}


class CasePlanPrintDialog(_PrintOptionsDialog):
    """Options of the case plan printout: which goals, and what to print with each.

    Raises:
        NotFound: (from the constructor) no client has `client_id`.
    """

    def __init__(self, session: Session, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client = clients.get_client(client_id)
        self.options: CasePlanOptions | None = None
        self.ui = Ui_CasePlanPrintDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.setWindowTitle(f"Print Case Plan — {self.client.display_name}")
        self.date_range = _date_range_fields(ui, ui.date_range_radio)
        self.field_errors = FieldErrors(self.date_range.error_fields(), ui.general_error_label)
        self._clear_messages_on(ui.date_range_radio)
        defaults = CasePlanOptions(self.client.id)
        ui.include_closed_check.setChecked(defaults.include_closed_goals)
        ui.include_action_steps_check.setChecked(defaults.include_action_steps)
        ui.include_case_notes_check.setChecked(defaults.include_case_notes)
        ui.include_service_items_check.setChecked(defaults.include_service_items)
        ui.include_signatures_check.setChecked(defaults.include_signature_lines)
        self._set_up_buttons(ui.button_box)

    def build_options(self) -> tuple[CasePlanOptions | None, dict[str, str]]:
        ui = self.ui
        date_range, errors = self.date_range.read()
        if errors:
            return None, errors
        options = CasePlanOptions(
            client_id=self.client.id,
            goals_set_range=date_range,
            include_closed_goals=ui.include_closed_check.isChecked(),
            include_action_steps=ui.include_action_steps_check.isChecked(),
            include_case_notes=ui.include_case_notes_check.isChecked(),
            include_service_items=ui.include_service_items_check.isChecked(),
            include_signature_lines=ui.include_signatures_check.isChecked(),
        )
        return options, {}


def _date_range_fields(
    ui: Ui_ClientNotesPrintDialog | Ui_GoalDetailsPrintDialog | Ui_CasePlanPrintDialog,
    range_radio: QRadioButton,
    field_prefix: str = "",
) -> DateRangeFields:
    """Return the date range fields of a form built from one of the print options forms."""
    labels = (
        ui.start_date_label,
        ui.end_date_label,
        ui.start_date_error_label,
        ui.end_date_error_label,
    )
    return DateRangeFields(range_radio, ui.start_date_edit, ui.end_date_edit, labels, field_prefix)


def note_provider_entries(client_id: int) -> list[tuple[str, int, int]]:
    """Return (name, provider ID, number of the client's notes) of each provider to offer.

    Active providers are listed, and inactive ones that have notes on the client, by name.
    """
    note_count = peewee.fn.COUNT(ClientNote.id)
    query = (
        Provider.select(Provider.id, Provider.name, note_count.alias("note_count"))
        .join(
            ClientNote,
            peewee.JOIN.LEFT_OUTER,
            on=(ClientNote.provider == Provider.id) & (ClientNote.client == client_id),
        )
        .group_by(Provider.id)
        .having((Provider.active == True) | (note_count > 0))  # noqa: E712
        .order_by(Provider.name)
    )
    return [(provider.name, provider.id, provider.note_count) for provider in query]
