"""The Add Case Manager and Edit Case Manager dialog."""

from __future__ import annotations

import logging
from datetime import date
from enum import Enum

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QWidget,
)

from casepoint_desktop.data.case_plan_models import CaseManagerAssignment
from casepoint_desktop.data.models import Client, User
from casepoint_desktop.services import case_managers, clients
from casepoint_desktop.services.case_managers import AssignmentInput
from casepoint_desktop.services.errors import RecordChanged, ServiceError, ValidationError
from casepoint_desktop.services.phones import format_phone
from casepoint_desktop.services.session import Session
from casepoint_desktop.ui import messages
from casepoint_desktop.ui.dialogs import record_conflict
from casepoint_desktop.ui.dialogs.record_conflict import Resolution
from casepoint_desktop.ui.generated.ui_case_manager_dialog import Ui_CaseManagerDialog
from casepoint_desktop.ui.widgets.field_errors import FieldErrors
from casepoint_desktop.ui.widgets.optional_date_edit import invalid_date_message

log = logging.getLogger(__name__)

NO_USERS_TEXT = "No active users at this provider"
CHOOSE_USER_TEXT = "Choose a user"
CHOOSE_PROVIDER_FIRST_TEXT = "Choose a provider first"
FORMER_MEMBER_SUFFIX = " (no longer in the household)"


class PersonKind(Enum):
    """The three ways of choosing the case manager."""

    PROVIDER_USER = "provider_user"
    ME = "me"
    OTHER = "other"


def describe_assignment(assignment: CaseManagerAssignment) -> str:
    """Return "2024-01-08 to 2024-06-30 at Downtown Shelter" for lists shown to the user."""
    end = assignment.end_date.isoformat() if assignment.end_date else "no end date"
    return f"{assignment.start_date.isoformat()} to {end} at {assignment.provider.name}"


class CaseManagerDialog(QDialog):
    """Add a case manager to a client (`assignment_id` None) or edit an assignment.

    The person is a user of the chosen provider, the logged-in user ("Me"), or the free-text
    name of a case manager of another agency. Saving validates through
    services.case_managers, shows each message next to its field and keeps the typed input.
    A program user who already has an assignment with overlapping dates is saved again only
    after the user confirms. After the dialog is accepted, `saved_assignment_id` is the
    assignment's id.

    Raises:
        NotFound: (from the constructor) no client has `client_id` or no assignment has
            `assignment_id`.
    """

    def __init__(
        self,
        session: Session,
        client_id: int,
        assignment_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.client: Client = clients.get_client(client_id)
        self.assignment_id = assignment_id
        self.saved_assignment_id: int | None = None
        assignment: CaseManagerAssignment | None = None
        original: AssignmentInput | None = None
        # The version the typed input is based on, passed on save so that a change saved by
        # someone else in the meantime is reported, not overwritten.
        self.loaded_version = 0
        if assignment_id is not None:
            assignment = case_managers.get_assignment(assignment_id)
            original = AssignmentInput.from_assignment(assignment)
            self.loaded_version = assignment.version

        self.ui = Ui_CaseManagerDialog()
        self.ui.setupUi(self)
        ui = self.ui

        self.person_kind_group = QButtonGroup(self)
        for button in (ui.provider_user_radio, ui.me_radio, ui.other_radio):
            self.person_kind_group.addButton(button)
        ui.me_value_label.setText(session.user.full_name)
        ui.user_combo.setPlaceholderText(CHOOSE_USER_TEXT)
        self.save_button = ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)

        self.field_errors = FieldErrors(
            {
                "person": (ui.user_combo, ui.person_error_label),
                "provider": (ui.provider_combo, ui.provider_error_label),
                "phone": (ui.phone_edit, ui.phone_error_label),
                "email": (ui.email_edit, ui.email_error_label),
                "start_date": (ui.start_date_edit, ui.start_date_error_label),
                "end_date": (ui.end_date_edit, ui.end_date_error_label),
                "members": (ui.members_group, ui.members_error_label),
            },
            ui.general_error_label,
        )

        self._fill_providers(assignment)
        self.member_checks: dict[int, QCheckBox] = {}
        self._add_member_checks(original.member_ids if original else [])

        if original is None:
            self.setWindowTitle(f"Add Case Manager — {self.client.display_name}")
            self._select_provider(session.provider.id)
            self._fill_users()
            ui.start_date_edit.set_date(date.today())
            ui.provider_user_radio.setChecked(True)
        else:
            self.setWindowTitle(f"Edit Case Manager — {self.client.display_name}")
            self._show_input(original)
        self._show_person_rows()

        self._typed_at_start = self._typed_values()
        self.person_kind_group.buttonToggled.connect(self.on_person_kind_toggled)
        ui.provider_combo.currentIndexChanged.connect(self.on_provider_changed)
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        self.person_kind_group.checkedButton().setFocus()

    def _fill_providers(self, assignment: CaseManagerAssignment | None) -> None:
        combo = self.ui.provider_combo
        providers = case_managers.provider_choices(self.session)
        for provider in providers:
            combo.addItem(provider.name, provider.id)
        # An assignment entered for another provider still shows that provider, and
        # services.case_managers rejects saving it unless the user picks one of their own.
        known = {provider.id for provider in providers}
        if assignment is not None and assignment.provider_id not in known:
            combo.addItem(assignment.provider.name, assignment.provider_id)

    def _select_provider(self, provider_id: int | None) -> None:
        combo = self.ui.provider_combo
        combo.setCurrentIndex(combo.findData(provider_id) if provider_id is not None else -1)

    def _fill_users(self, keep_user: User | None = None) -> None:
        """List the active users of the chosen provider, keeping `keep_user` selected."""
        combo = self.ui.user_combo
        selected_id = keep_user.id if keep_user is not None else combo.currentData()
        combo.clear()
        provider_id = self.ui.provider_combo.currentData()
        users = case_managers.provider_users(provider_id) if provider_id is not None else []
        for user in users:
            combo.addItem(user.full_name, user.id)
        # A user who left the provider or was deactivated stays on their old assignments.
        if keep_user is not None and combo.findData(keep_user.id) < 0:
            combo.addItem(keep_user.full_name, keep_user.id)
        if provider_id is None:
            combo.setPlaceholderText(CHOOSE_PROVIDER_FIRST_TEXT)
        else:
            combo.setPlaceholderText(CHOOSE_USER_TEXT if combo.count() else NO_USERS_TEXT)
        combo.setCurrentIndex(combo.findData(selected_id) if selected_id is not None else -1)

    def _add_member_checks(self, linked_ids: list[int]) -> None:
        """Add a check box per other current household member and per member still linked."""
        members = case_managers.household_member_choices(self.client.id)
        current_ids = {member.id for member in members}
        members += [
            clients.get_client(client_id)
            for client_id in linked_ids
            if client_id not in current_ids
        ]
        layout = self.ui.members_layout
        previous: QWidget = self.ui.end_date_edit
        for position, member in enumerate(members):
            text = member.display_name
            if member.id not in current_ids:
                text += FORMER_MEMBER_SUFFIX
            check = QCheckBox(text, self.ui.members_group)
            check.setChecked(member.id in linked_ids)
            layout.insertWidget(position, check)
            self.member_checks[member.id] = check
            QWidget.setTabOrder(previous, check)
            previous = check
        QWidget.setTabOrder(previous, self.ui.button_box)
        self.ui.no_members_label.setVisible(not members)

    def _show_input(self, data: AssignmentInput) -> None:
        ui = self.ui
        self._select_provider(data.provider_id)
        if data.user_id is None:
            ui.other_radio.setChecked(True)
            self._fill_users()
        elif data.user_id == self.session.user.id:
            ui.me_radio.setChecked(True)
            self._fill_users()
        else:
            ui.provider_user_radio.setChecked(True)
            self._fill_users(keep_user=User.get_by_id(data.user_id))
        ui.other_name_edit.setText(data.other_name)
        ui.other_agency_check.setChecked(data.other_agency_uses_program)
        ui.title_edit.setText(data.title)
        ui.phone_edit.setText(format_phone(data.phone))
        ui.email_edit.setText(data.email)
        ui.start_date_edit.set_date(data.start_date)
        ui.end_date_edit.set_date(data.end_date)

    def person_kind(self) -> PersonKind:
        if self.ui.me_radio.isChecked():
            return PersonKind.ME
        if self.ui.other_radio.isChecked():
            return PersonKind.OTHER
        return PersonKind.PROVIDER_USER

    def _person_input(self) -> QWidget:
        """Return the field where the person is chosen or typed in the current mode."""
        kind = self.person_kind()
        if kind is PersonKind.OTHER:
            return self.ui.other_name_edit
        if kind is PersonKind.ME:
            return self.ui.me_radio
        return self.ui.user_combo

    def _show_person_rows(self) -> None:
        """Show only the rows of the chosen way of naming the case manager."""
        ui = self.ui
        kind = self.person_kind()
        ui.form_layout.setRowVisible(ui.user_combo, kind is PersonKind.PROVIDER_USER)
        ui.form_layout.setRowVisible(ui.me_value_label, kind is PersonKind.ME)
        ui.form_layout.setRowVisible(ui.other_name_edit, kind is PersonKind.OTHER)
        ui.form_layout.setRowVisible(ui.other_agency_check, kind is PersonKind.OTHER)

    def typed_input(self) -> AssignmentInput:
        """Return the values in the fields as typed, for services.case_managers to check."""
        ui = self.ui
        kind = self.person_kind()
        user_id: int | None = None
        if kind is PersonKind.ME:
            user_id = self.session.user.id
        elif kind is PersonKind.PROVIDER_USER:
            user_id = ui.user_combo.currentData()
        is_other = kind is PersonKind.OTHER
        return AssignmentInput(
            user_id=user_id,
            provider_id=ui.provider_combo.currentData(),
            start_date=ui.start_date_edit.date(),
            end_date=ui.end_date_edit.date(),
            other_name=ui.other_name_edit.text() if is_other else "",
            other_agency_uses_program=is_other and ui.other_agency_check.isChecked(),
            title=ui.title_edit.text(),
            phone=ui.phone_edit.text(),
            email=ui.email_edit.text(),
            member_ids=[
                client_id for client_id, check in self.member_checks.items() if check.isChecked()
            ],
        )

    def _typed_values(self) -> tuple[object, ...]:
        """Return the raw state of every field, to tell whether the user changed anything."""
        ui = self.ui
        return (
            self.person_kind(),
            ui.provider_combo.currentIndex(),
            ui.user_combo.currentData(),
            ui.other_name_edit.text(),
            ui.other_agency_check.isChecked(),
            ui.title_edit.text(),
            ui.phone_edit.text(),
            ui.email_edit.text(),
            ui.start_date_edit.text(),
            ui.end_date_edit.text(),
            tuple(check.isChecked() for check in self.member_checks.values()),
        )

    def has_unsaved_changes(self) -> bool:
        return self._typed_values() != self._typed_at_start

    def _validation_messages(self, data: AssignmentInput) -> dict[str, str]:
        """Return a message per invalid field, from services.case_managers and typed dates."""
        errors: dict[str, str] = {}
        try:
            case_managers.validate(self.session, self.client.id, data)
        except ValidationError as error:
            errors.update(error.field_errors)
        # Text that is not a date reaches the service as None, which reads as "missing" for
        # the start date and as "no end date" for the end date, so the typed text wins.
        typed_dates = (
            ("start_date", self.ui.start_date_edit.text(), "start date", False),
            ("end_date", self.ui.end_date_edit.text(), "end date", True),
        )
        for name, text, field_name, blank_allowed in typed_dates:
            message = invalid_date_message(text, field_name, blank_allowed)
            if message is not None:
                errors[name] = message
        return errors

    def _show_errors(self, errors: dict[str, str]) -> None:
        self.field_errors.show(errors)
        if "person" in errors:
            person_input = self._person_input()
            person_input.setAccessibleDescription(errors["person"])
            person_input.setFocus(Qt.FocusReason.OtherFocusReason)

    def _confirm_despite_overlap(self, data: AssignmentInput) -> bool:
        """Return True when the person has no overlapping assignment or the user says save."""
        overlapping = case_managers.overlapping_assignments(
            self.client.id, data, exclude_id=self.assignment_id
        )
        if not overlapping:
            return True
        name = case_managers.display_name(overlapping[0])
        lines = [describe_assignment(assignment) for assignment in overlapping]
        text = "\n".join(
            [
                f"{name} is already a case manager of {self.client.display_name} for "
                "overlapping dates:",
                "",
                *lines,
                "",
                "Save this assignment as well?",
            ]
        )
        return messages.ask_yes_no(self, "Case Manager Already Assigned", text, default_yes=False)

    def _save(self, data: AssignmentInput) -> CaseManagerAssignment:
        if self.assignment_id is None:
            return case_managers.create_assignment(self.session, self.client.id, data)
        return case_managers.update_assignment(
            self.session, self.assignment_id, data, expected_version=self.loaded_version
        )

    @Slot()
    def accept(self) -> None:
        """Validate and save the assignment, or show the messages and stay open when that fails."""
        self.field_errors.clear()
        self._person_input().setAccessibleDescription("")
        data = self.typed_input()
        errors = self._validation_messages(data)
        if errors:
            self._show_errors(errors)
            return
        if not self._confirm_despite_overlap(data):
            return

        try:
            assignment = self._save(data)
        except ValidationError as error:
            self._show_errors(error.field_errors)
            return
        except RecordChanged as error:
            self._resolve_changed_assignment(error, data)
            return
        except ServiceError as error:
            assignment_text = "(new)" if self.assignment_id is None else self.assignment_id
            log.warning(
                "Saving case manager assignment %s of client %d failed: %s",
                assignment_text,
                self.client.id,
                type(error).__name__,
            )
            messages.show_service_error(self, "Case Manager Not Saved", error)
            return

        self.saved_assignment_id = assignment.id
        log.info("Saved case manager assignment %d of client %d", assignment.id, self.client.id)
        super().accept()

    def _resolve_changed_assignment(self, error: RecordChanged, data: AssignmentInput) -> None:
        resolution = record_conflict.resolve(self, "Case Manager Changed", error, data)
        if resolution is Resolution.OVERWRITE:
            self.loaded_version = error.stored_version
        elif resolution is Resolution.RELOAD and self.assignment_id is not None:
            try:
                assignment = case_managers.get_assignment(self.assignment_id)
            except ServiceError as reload_error:
                messages.show_service_error(self, "Case Manager Not Reloaded", reload_error)
                return
            stored = AssignmentInput.from_assignment(assignment)
            self.field_errors.clear()
            self._show_input(stored)
            # NOTE: a member that the other save added and this dialog did not list stays
            # unlisted until the dialog is opened again.
            for client_id, check in self.member_checks.items():
                check.setChecked(client_id in stored.member_ids)
            self._show_person_rows()
            self.loaded_version = assignment.version
            self._typed_at_start = self._typed_values()

    @Slot()
    def reject(self) -> None:
        """Close without saving, after asking when the user changed anything."""
        if self.has_unsaved_changes() and not messages.ask_yes_no(
            self, "Discard Changes", "Discard the changes you made to this case manager?"
        ):
            return
        super().reject()

    @Slot(QAbstractButton, bool)
    def on_person_kind_toggled(self, button: QAbstractButton, checked: bool) -> None:
        self._show_person_rows()

    @Slot(int)
    def on_provider_changed(self, index: int) -> None:
        self._fill_users()
