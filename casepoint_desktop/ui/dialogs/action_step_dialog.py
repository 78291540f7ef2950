"""The dialog that adds or edits an action step of a goal, with its follow-up."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QWidget

from casepoint_desktop.data.case_plan_models import ActionStep
from casepoint_desktop.services import action_steps, goals
from casepoint_desktop.services.action_steps import ActionStepInput
from casepoint_desktop.services.case_managers import provider_users
from casepoint_desktop.services.errors import RecordChanged, ServiceError, ValidationError
from casepoint_desktop.services.follow_up_fields import FollowUpInput
from casepoint_desktop.services.session import Session
from casepoint_desktop.ui import messages
from casepoint_desktop.ui.dialogs import record_conflict
from casepoint_desktop.ui.dialogs.goal_item_fields import (
    add_member_checks,
    fill_provider_combo,
    goal_members,
)
from casepoint_desktop.ui.generated.ui_action_step_dialog import Ui_ActionStepDialog
from casepoint_desktop.ui.widgets.field_errors import FieldErrors
from casepoint_desktop.ui.widgets.optional_date_edit import OptionalDateEdit, invalid_date_message
from casepoint_desktop.ui.widgets.plain_text import typed_text

log = logging.getLogger(__name__)

NO_FOLLOW_UP_PROVIDER_TEXT = "No follow-up"
NO_USER_TEXT = "Nobody"
CHOOSE_OUTCOME_TEXT = "Choose an outcome"

# The date fields of the dialog: the field name in ValidationError, the widget's attribute
# name on the form, the name used in messages, and whether a blank is allowed.
DATE_FIELDS = (
    ("date_set", "date_set_edit", "date set", False),
    ("target_date", "target_date_edit", "target date", True),
    ("date_closed", "date_closed_edit", "date closed", True),
    ("followup_date", "followup_date_edit", "projected follow-up date", True),
    ("followup_actual_date", "followup_actual_date_edit", "actual follow-up date", True),
)


class ActionStepDialog(QDialog):
    """Add an action step to a goal (`step_id` None) or edit one.

    The members offered are the goal's members. Outcome and date closed are shown only for
    a closed status. The follow-up user list follows the follow-up provider. After the
    dialog is accepted, `saved_step_id` is the step's id.

    Raises:
        NotFound: (from the constructor) no goal has `goal_id` or no step has `step_id`.
    """

    def __init__(
        self,
        session: Session,
        goal_id: int,
        step_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.goal = goals.get_goal(goal_id)
        self.step: ActionStep | None = (
            action_steps.get_step(step_id) if step_id is not None else None
        )
        self.saved_step_id: int | None = None
        # The version the typed input is based on, passed on save so that a change saved by
        # someone else in the meantime is reported, not overwritten.
        self.loaded_version = self.step.version if self.step is not None else 0
        client_name = self.goal.client.display_name

        self.ui = Ui_ActionStepDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.field_errors = FieldErrors(
            {
                "members": (ui.members_group, ui.members_error_label),
                "description": (ui.description_edit, ui.description_error_label),
                "provider": (ui.provider_combo, ui.provider_error_label),
                "date_set": (ui.date_set_edit, ui.date_set_error_label),
                "target_date": (ui.target_date_edit, ui.target_date_error_label),
                "status": (ui.status_combo, ui.status_error_label),
                "outcome": (ui.outcome_combo, ui.outcome_error_label),
                "date_closed": (ui.date_closed_edit, ui.date_closed_error_label),
                "followup_date": (ui.followup_date_edit, ui.followup_date_error_label),
                "followup_provider": (
                    ui.followup_provider_combo,
                    ui.followup_provider_error_label,
                ),
                "followup_user": (ui.followup_user_combo, ui.followup_user_error_label),
                "followup_actual_date": (
                    ui.followup_actual_date_edit,
                    ui.followup_actual_date_error_label,
                ),
                "followup_made_by": (
                    ui.followup_made_by_combo,
                    ui.followup_made_by_error_label,
                ),
                "followup_notes": (ui.followup_notes_edit, ui.followup_notes_error_label),
            },
            ui.general_error_label,
        )

        if self.step is None:
            in_progress = [status for status in goals.statuses() if not status.is_closed]
            initial = ActionStepInput(
                description="",
                provider_id=session.provider.id,
                date_set=date.today(),
                status_id=in_progress[0].id if in_progress else None,
                member_ids=[self.goal.client_id],
            )
            self.setWindowTitle(f"Add Action Step — {client_name}")
        else:
            initial = ActionStepInput.from_step(self.step)
            self.setWindowTitle(f"Edit Action Step — {client_name}")

        self.member_checks = add_member_checks(
            ui.members_group, goal_members(self.goal), set(initial.member_ids)
        )
        stored_provider = self.step.provider if self.step is not None else None
        fill_provider_combo(ui.provider_combo, session, stored_provider, initial.provider_id)
        self._fill_lists()
        self._show_input(initial)

        save_button = ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        save_button.setDefault(True)
        self._input_at_start = self.typed_input()
        ui.status_combo.currentIndexChanged.connect(self.on_status_changed)
        ui.followup_provider_combo.currentIndexChanged.connect(self.on_followup_provider_changed)
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        ui.description_edit.setFocus()

    def _fill_lists(self) -> None:
        ui = self.ui
        for status in goals.statuses():
            ui.status_combo.addItem(status.name, status.id)
        ui.outcome_combo.setPlaceholderText(CHOOSE_OUTCOME_TEXT)
        for outcome in goals.outcomes():
            ui.outcome_combo.addItem(outcome.name, outcome.id)
        ui.followup_provider_combo.addItem(NO_FOLLOW_UP_PROVIDER_TEXT, None)
        stored = self.step.followup_provider if self.step is not None else None
        fill_provider_combo(ui.followup_provider_combo, self.session, stored, None)

    def _show_input(self, data: ActionStepInput) -> None:
        ui = self.ui
        ui.description_edit.setPlainText(data.description)
        ui.date_set_edit.set_date(data.date_set)
        ui.target_date_edit.set_date(data.target_date)
        select_data(ui.status_combo, data.status_id)
        select_data(ui.outcome_combo, data.outcome_id)
        ui.date_closed_edit.set_date(data.date_closed)
        self._show_closed_rows()

        follow_up = data.follow_up
        ui.followup_date_edit.set_date(follow_up.followup_date)
        select_data(ui.followup_provider_combo, follow_up.followup_provider_id)
        self._fill_followup_users(follow_up.followup_user_id, follow_up.followup_made_by_id)
        ui.followup_actual_date_edit.set_date(follow_up.followup_actual_date)
        ui.followup_notes_edit.setPlainText(follow_up.followup_notes)

    def _fill_followup_users(self, user_id: int | None, made_by_id: int | None) -> None:
        """List the follow-up provider's active users in the user and made-by lists.

        A stored user who is no longer in the list (moved or deactivated) stays listed, so
        editing other fields does not clear them.
        """
        provider_id = self.ui.followup_provider_combo.currentData()
        users = provider_users(provider_id) if provider_id is not None else []
        stored = {}
        if self.step is not None:
            stored = {
                self.step.followup_user_id: self.step.followup_user,
                self.step.followup_made_by_id: self.step.followup_made_by,
            }
        for combo, keep_id in (
            (self.ui.followup_user_combo, user_id),
            (self.ui.followup_made_by_combo, made_by_id),
        ):
            combo.clear()
            combo.addItem(NO_USER_TEXT, None)
            for user in users:
                combo.addItem(user.full_name, user.id)
            if keep_id is not None and combo.findData(keep_id) < 0 and keep_id in stored:
                combo.addItem(stored[keep_id].full_name, keep_id)
            select_data(combo, keep_id)

    def _show_closed_rows(self) -> None:
        """Show outcome and date closed only while the chosen status is a closed one."""
        closed_ids = {status.id for status in goals.statuses() if status.is_closed}
        closed = self.ui.status_combo.currentData() in closed_ids
        layout = self.ui.form_layout
        layout.setRowVisible(self.ui.outcome_box, closed)
        layout.setRowVisible(self.ui.date_closed_box, closed)

    def typed_input(self) -> ActionStepInput:
        """Return the fields as the user set them. The hidden closing fields are None."""
        ui = self.ui
        closed = ui.outcome_combo.isVisibleTo(self)
        return ActionStepInput(
            description=typed_text(ui.description_edit),
            provider_id=ui.provider_combo.currentData(),
            date_set=ui.date_set_edit.date(),
            status_id=ui.status_combo.currentData(),
            member_ids=sorted(
                client_id for client_id, check in self.member_checks.items() if check.isChecked()
            ),
            target_date=ui.target_date_edit.date(),
            outcome_id=ui.outcome_combo.currentData() if closed else None,
            date_closed=ui.date_closed_edit.date() if closed else None,
            follow_up=FollowUpInput(
                followup_date=ui.followup_date_edit.date(),
                followup_provider_id=ui.followup_provider_combo.currentData(),
                followup_user_id=ui.followup_user_combo.currentData(),
                followup_actual_date=ui.followup_actual_date_edit.date(),
                followup_made_by_id=ui.followup_made_by_combo.currentData(),
                followup_notes=typed_text(ui.followup_notes_edit),
            ),
        )

    def has_unsaved_changes(self) -> bool:
        return self.typed_input() != self._input_at_start

    def _date_messages(self) -> dict[str, str]:
        """Return a message for each visible date field whose text is not a valid date."""
        date_messages = {}
        for name, attribute, label, blank_allowed in DATE_FIELDS:
            edit: OptionalDateEdit = getattr(self.ui, attribute)
            if not edit.isVisibleTo(self):
                continue
            message = invalid_date_message(edit.text(), label, blank_allowed)
            if message is not None:
                date_messages[name] = message
        return date_messages

    @Slot(int)
    def on_status_changed(self, index: int) -> None:
        self._show_closed_rows()

    @Slot(int)
    def on_followup_provider_changed(self, index: int) -> None:
        ui = self.ui
        self._fill_followup_users(
            ui.followup_user_combo.currentData(), ui.followup_made_by_combo.currentData()
        )

    @Slot()
    def accept(self) -> None:
        """Validate and save the step, or show the messages and stay open when that fails."""
        self.field_errors.clear()
        date_messages = self._date_messages()
        data = self.typed_input()
        if date_messages:
            # A typed date that does not parse must never be saved as blank, so the step is
            # not saved. The service still checks the other fields, so that every message
            # shows at once.
            self._show_messages_without_saving(data, date_messages)
            return

        try:
            if self.step is None:
                step = action_steps.create_step(self.session, self.goal.id, data)
            else:
                step = action_steps.update_step(
                    self.session, self.step.id, data, expected_version=self.loaded_version
                )
        except ValidationError as error:
            self.field_errors.show(error.field_errors)
            return
        except RecordChanged as error:
            self._resolve_changed_step(error, data)
            return
        except ServiceError as error:
            log.warning(
                "Saving an action step of goal %d failed: %s", self.goal.id, type(error).__name__
            )
            messages.show_service_error(self, "Action Step Not Saved", error)
            return

        self.saved_step_id = step.id
        log.info("Saved action step %d of goal %d", step.id, self.goal.id)
        super().accept()

    def _resolve_changed_step(self, error: RecordChanged, data: ActionStepInput) -> None:
        resolution = record_conflict.resolve(self, "Action Step Changed", error, data)
        if resolution is record_conflict.Resolution.OVERWRITE:
            self.loaded_version = error.stored_version
        elif resolution is record_conflict.Resolution.RELOAD and self.step is not None:
            try:
                self.step = action_steps.get_step(self.step.id)
            except ServiceError as reload_error:
                messages.show_service_error(self, "Action Step Not Reloaded", reload_error)
                return
            stored = ActionStepInput.from_step(self.step)
            self.field_errors.clear()
            select_data(self.ui.provider_combo, stored.provider_id)
            for client_id, check in self.member_checks.items():
                check.setChecked(client_id in stored.member_ids)
            self._show_input(stored)
            self.loaded_version = self.step.version
            self._input_at_start = self.typed_input()

    def _show_messages_without_saving(
        self, data: ActionStepInput, date_messages: dict[str, str]
    ) -> None:
        for name in date_messages:
            if name.startswith("followup_"):
                setattr(data.follow_up, name, None)
            else:
                setattr(data, name, None)
        field_errors: dict[str, str] = {}
        try:
            action_steps.validate(self.session, self.goal.id, data)
        except ValidationError as error:
            field_errors = dict(error.field_errors)
        self.field_errors.show({**field_errors, **date_messages})

    @Slot()
    def reject(self) -> None:
        """Close without saving, after asking when the user changed anything."""
        if self.has_unsaved_changes() and not messages.ask_yes_no(
            self, "Discard Changes", "Discard the changes you made to this action step?"
        ):
            return
        super().reject()


def select_data(combo: QComboBox, value: object) -> None:
    """Select the first item whose data is `value`, or no item when there is none.

    None selects the item without data, such as "Nobody", where the list has one.
    """
    for index in range(combo.count()):
        if combo.itemData(index) == value:
            combo.setCurrentIndex(index)
            return
    combo.setCurrentIndex(-1)
