"""The dialog that adds or edits a service item of a goal."""

from __future__ import annotations

import logging
from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QWidget

from casepoint_desktop.data.case_plan_models import ServiceTransaction
from casepoint_desktop.data.lists import ServiceType
from casepoint_desktop.services import goals, service_items
from casepoint_desktop.services.errors import RecordChanged, ServiceError, ValidationError
from casepoint_desktop.services.service_items import ServiceItemInput
from casepoint_desktop.services.session import Session
from casepoint_desktop.ui import messages
from casepoint_desktop.ui.dialogs import record_conflict
from casepoint_desktop.ui.dialogs.goal_item_fields import fill_provider_combo
from casepoint_desktop.ui.generated.ui_service_item_dialog import Ui_ServiceItemDialog
from casepoint_desktop.ui.models.service_items_model import format_decimal
from casepoint_desktop.ui.widgets.field_errors import FieldErrors
from casepoint_desktop.ui.widgets.optional_date_edit import invalid_date_message
from casepoint_desktop.ui.widgets.plain_text import typed_text

log = logging.getLogger(__name__)

CHOOSE_SERVICE_TYPE_TEXT = "Choose a service type"
RETIRED_SUFFIX = " (retired)"


def parse_decimal(text: str) -> Decimal | None:
    """Return the number typed in `text`, or None when it is blank.

    Commas are read as thousands separators, so "1,250.00" is 1250.00.

    Raises:
        ValueError: the text is not a number.
    """
    cleaned = text.strip().replace(",", "")
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(text) from None
    if not value.is_finite():
        raise ValueError(text)
    return value


class ServiceItemDialog(QDialog):
    """Add a service item to a goal (`item_id` None) or edit one.

    Choosing a service type fills the unit type with the type's default unit type, unless
    the user typed a different unit type. After the dialog is accepted, `saved_item_id` is
    the item's id.

    Raises:
        NotFound: (from the constructor) no goal has `goal_id` or no item has `item_id`.
    """

    def __init__(
        self,
        session: Session,
        goal_id: int,
        item_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.goal = goals.get_goal(goal_id)
        self.item: ServiceTransaction | None = (
            service_items.get_service_item(item_id) if item_id is not None else None
        )
        self.saved_item_id: int | None = None
        # The version the typed input is based on, passed on save so that a change saved by
        # someone else in the meantime is reported, not overwritten.
        self.loaded_version = self.item.version if self.item is not None else 0
        client_name = self.goal.client.display_name

        self.ui = Ui_ServiceItemDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.field_errors = FieldErrors(
            {
                "service_type": (ui.service_type_combo, ui.service_type_error_label),
                "provider": (ui.provider_combo, ui.provider_error_label),
                "start_date": (ui.start_date_edit, ui.start_date_error_label),
                "end_date": (ui.end_date_edit, ui.end_date_error_label),
                "units": (ui.units_edit, ui.units_error_label),
                "unit_type": (ui.unit_type_edit, ui.unit_type_error_label),
                "amount": (ui.amount_edit, ui.amount_error_label),
                "notes": (ui.notes_edit, ui.notes_error_label),
            },
            ui.general_error_label,
        )

        if self.item is None:
            initial = ServiceItemInput(
                service_type_id=None,
                provider_id=session.provider.id,
                start_date=date.today(),
            )
            self.setWindowTitle(f"Add Service — {client_name}")
        else:
            initial = ServiceItemInput.from_item(self.item)
            self.setWindowTitle(f"Edit Service — {client_name}")

        self._fill_service_types(initial.service_type_id)
        stored_provider = self.item.provider if self.item is not None else None
        fill_provider_combo(ui.provider_combo, session, stored_provider, initial.provider_id)
        self._show_input(initial)

        ui.button_box.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        self._text_at_start = self._typed_texts()
        ui.service_type_combo.currentIndexChanged.connect(self.on_service_type_changed)
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        ui.service_type_combo.setFocus()

    def _show_input(self, data: ServiceItemInput) -> None:
        ui = self.ui
        ui.service_type_combo.blockSignals(True)
        ui.service_type_combo.setCurrentIndex(
            ui.service_type_combo.findData(data.service_type_id)
            if data.service_type_id is not None
            else -1
        )
        ui.service_type_combo.blockSignals(False)
        ui.provider_combo.setCurrentIndex(ui.provider_combo.findData(data.provider_id))
        ui.start_date_edit.set_date(data.start_date)
        ui.end_date_edit.set_date(data.end_date)
        ui.units_edit.setText(format_decimal(data.units))
        ui.unit_type_edit.setText(data.unit_type)
        ui.amount_edit.setText(format_decimal(data.amount))
        ui.notes_edit.setPlainText(data.notes)
        self._default_unit_type = self._current_default_unit_type()

    def _fill_service_types(self, selected_id: int | None) -> None:
        """List the service types that are not retired, and the item's own retired type."""
        combo = self.ui.service_type_combo
        combo.setPlaceholderText(CHOOSE_SERVICE_TYPE_TEXT)
        types = service_items.service_types()
        if self.item is not None and self.item.service_type.retired:
            types.append(self.item.service_type)
        for service_type in types:
            name = service_type.name + (RETIRED_SUFFIX if service_type.retired else "")
            combo.addItem(name, service_type.id)
        combo.setCurrentIndex(combo.findData(selected_id) if selected_id is not None else -1)

    def _current_default_unit_type(self) -> str:
        type_id = self.ui.service_type_combo.currentData()
        if type_id is None:
            return ""
        service_type = ServiceType.get_or_none(ServiceType.id == type_id)
        return service_type.default_unit_type if service_type is not None else ""

    def _typed_texts(self) -> tuple[object, ...]:
        ui = self.ui
        return (
            ui.service_type_combo.currentData(),
            ui.provider_combo.currentData(),
            ui.start_date_edit.text(),
            ui.end_date_edit.text(),
            ui.units_edit.text(),
            ui.unit_type_edit.text(),
            ui.amount_edit.text(),
            typed_text(ui.notes_edit),
        )

    def has_unsaved_changes(self) -> bool:
        return self._typed_texts() != self._text_at_start

    @Slot(int)
    def on_service_type_changed(self, index: int) -> None:
        """Fill in the new type's default unit type unless the user typed their own."""
        unit_type_edit = self.ui.unit_type_edit
        typed = unit_type_edit.text().strip()
        new_default = self._current_default_unit_type()
        if not typed or typed == self._default_unit_type:
            unit_type_edit.setText(new_default)
        self._default_unit_type = new_default

    def _read_input(self) -> tuple[ServiceItemInput, dict[str, str]]:
        """Return the typed input and the messages for fields that do not parse.

        A field that does not parse is None in the input.
        """
        ui = self.ui
        input_messages: dict[str, str] = {}
        dates: dict[str, date | None] = {}
        for name, edit, label, blank_allowed in (
            ("start_date", ui.start_date_edit, "start date", False),
            ("end_date", ui.end_date_edit, "end date", True),
        ):
            message = invalid_date_message(edit.text(), label, blank_allowed)
            if message is not None:
                input_messages[name] = message
            dates[name] = None if message is not None else edit.date()

        numbers: dict[str, Decimal | None] = {}
        edits: tuple[tuple[str, QLineEdit, str], ...] = (
            ("units", ui.units_edit, "number of units"),
            ("amount", ui.amount_edit, "amount"),
        )
        for name, line_edit, label in edits:
            try:
                numbers[name] = parse_decimal(line_edit.text())
            except ValueError:
                numbers[name] = None
                input_messages[name] = (
                    f"The {label} “{line_edit.text().strip()}” is not a number. "
                    "Enter digits with a decimal point, such as 12.50, or leave it blank."
                )

        data = ServiceItemInput(
            service_type_id=ui.service_type_combo.currentData(),
            provider_id=ui.provider_combo.currentData(),
            start_date=dates["start_date"],
            end_date=dates["end_date"],
            units=numbers["units"],
            unit_type=ui.unit_type_edit.text(),
            amount=numbers["amount"],
            notes=typed_text(ui.notes_edit),
        )
        return data, input_messages

    @Slot()
    def accept(self) -> None:
        """Validate and save the item, or show the messages and stay open when that fails."""
        self.field_errors.clear()
        data, input_messages = self._read_input()
        current_type_id = self.item.service_type_id if self.item is not None else None
        try:
            if input_messages:
                # A field that does not parse must not be saved as blank, so the item is
                # not saved. The service still checks the other fields, so that every
                # message shows at once.
                service_items.validate(self.session, data, current_type_id)
                self.field_errors.show(input_messages)
                return
            if self.item is None:
                item = service_items.create_service_item(self.session, self.goal.id, data)
            else:
                item = service_items.update_service_item(
                    self.session, self.item.id, data, expected_version=self.loaded_version
                )
        except ValidationError as error:
            self.field_errors.show({**error.field_errors, **input_messages})
            return
        except RecordChanged as error:
            self._resolve_changed_item(error, data)
            return
        except ServiceError as error:
            log.warning(
                "Saving a service item of goal %d failed: %s", self.goal.id, type(error).__name__
            )
            messages.show_service_error(self, "Service Not Saved", error)
            return

        self.saved_item_id = item.id
        log.info("Saved service item %d of goal %d", item.id, self.goal.id)
        super().accept()

    def _resolve_changed_item(self, error: RecordChanged, data: ServiceItemInput) -> None:
        resolution = record_conflict.resolve(self, "Service Changed", error, data)
        if resolution is record_conflict.Resolution.OVERWRITE:
            self.loaded_version = error.stored_version
        elif resolution is record_conflict.Resolution.RELOAD and self.item is not None:
            try:
                self.item = service_items.get_service_item(self.item.id)
            except ServiceError as reload_error:
                messages.show_service_error(self, "Service Not Reloaded", reload_error)
                return
            self.field_errors.clear()
            self._show_input(ServiceItemInput.from_item(self.item))
            self.loaded_version = self.item.version
            self._text_at_start = self._typed_texts()

    @Slot()
    def reject(self) -> None:
        """Close without saving, after asking when the user changed anything."""
        if self.has_unsaved_changes() and not messages.ask_yes_no(
            self, "Discard Changes", "Discard the changes you made to this service?"
        ):
            return
        super().reject()
