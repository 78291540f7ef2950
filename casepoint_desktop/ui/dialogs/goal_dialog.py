"""The Add Goal and Edit Goal dialog of the Case Plans tab."""

from __future__ import annotations

import itertools
import logging
from datetime import date

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QDialog, QLabel, QWidget

from casepoint_desktop.data.case_plan_models import Goal
from casepoint_desktop.data.models import Client
from casepoint_desktop.services import case_managers, clients, goals
from casepoint_desktop.services.errors import RecordChanged, ServiceError, ValidationError
from casepoint_desktop.services.follow_up_fields import FollowUpInput
from casepoint_desktop.services.goals import GoalInput
from casepoint_desktop.services.session import Session
from casepoint_desktop.ui import messages, print_actions
from casepoint_desktop.ui.dialogs import goal_choices as choices
from casepoint_desktop.ui.dialogs import record_conflict
from casepoint_desktop.ui.dialogs.goal_choices import fill_combo
from casepoint_desktop.ui.dialogs.record_conflict import Resolution
from casepoint_desktop.ui.generated.ui_goal_dialog import Ui_GoalDialog
from casepoint_desktop.ui.widgets.action_steps_section import ActionStepsSection
from casepoint_desktop.ui.widgets.field_errors import FieldErrors
from casepoint_desktop.ui.widgets.goal_case_notes_section import GoalCaseNotesSection
from casepoint_desktop.ui.widgets.optional_date_edit import OptionalDateEdit, invalid_date_message
from casepoint_desktop.ui.widgets.service_items_section import ServiceItemsSection

log = logging.getLogger(__name__)

CHOOSE_CLASSIFICATION_TEXT = "Choose a classification"
CHOOSE_CLASSIFICATION_FIRST_TEXT = "Choose a classification first"
CHOOSE_TYPE_TEXT = "Choose a goal type"
CHOOSE_STATUS_TEXT = "Choose a status"
CHOOSE_OUTCOME_TEXT = "Choose an outcome"
CHOOSE_USER_TEXT = "Choose a user"
CHOOSE_PROVIDER_FIRST_TEXT = "Choose a follow-up provider first"
FORMER_MEMBER_SUFFIX = " (no longer in the household)"
CLIENT_MEMBER_SUFFIX = " (the client)"


class GoalDialog(QDialog):
    """Add a goal to a client's case plan (`goal_id` None) or edit a goal.

    Save Goal saves and keeps the dialog open, Save & Exit saves and closes, and Exit closes
    without saving after asking when the fields were changed. Validation messages of
    services.goals appear next to their fields and the typed input stays. Once the goal
    exists, its case notes, action steps and service items appear below the form, and
    Print (Ctrl+P) prints its details.

    Signals:
        goal_saved(int): the id of the goal, after each successful save.

    Raises:
        NotFound: (from the constructor) no client has `client_id` or no goal has `goal_id`.
    """

    goal_saved = Signal(int)

    def __init__(
        self,
        session: Session,
        client_id: int,
        goal_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.client: Client = clients.get_client(client_id)
        self.goal_id = goal_id
        goal: Goal | None = goals.get_goal(goal_id) if goal_id is not None else None
        original = GoalInput.from_goal(goal) if goal is not None else None
        # The version the typed input is based on. A save passes it, so a change saved by
        # someone else in the meantime is reported, not overwritten.
        self.loaded_version = goal.version if goal is not None else 0

        self.ui = Ui_GoalDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.save_goal_button.setDefault(True)
        ui.goal_type_combo.setPlaceholderText(CHOOSE_CLASSIFICATION_FIRST_TEXT)
        ui.classification_combo.setPlaceholderText(CHOOSE_CLASSIFICATION_TEXT)
        ui.status_combo.setPlaceholderText(CHOOSE_STATUS_TEXT)
        ui.outcome_combo.setPlaceholderText(CHOOSE_OUTCOME_TEXT)
        ui.followup_user_combo.setPlaceholderText(CHOOSE_PROVIDER_FIRST_TEXT)
        self.field_errors = FieldErrors(self._error_fields(), ui.general_error_label)
        self.sections: list[GoalCaseNotesSection | ActionStepsSection | ServiceItemsSection] = []
        ui.sections_tabs.hide()

        self.member_checks: dict[int, QCheckBox] = {}
        self._add_member_checks(original.member_ids if original else [])
        self._fill_choices(goal)
        if original is None:
            self._show_input(self._new_goal_input())
        else:
            self._show_input(original)
        self._show_title()
        ui.print_button.setEnabled(goal_id is not None)
        if goal_id is not None:
            self._show_sections()

        self._typed_at_save = self._typed_values()
        ui.classification_combo.currentIndexChanged.connect(self.on_classification_changed)
        ui.status_combo.currentIndexChanged.connect(self.on_status_changed)
        ui.outcome_combo.currentIndexChanged.connect(self.on_outcome_changed)
        ui.followup_provider_combo.currentIndexChanged.connect(self.on_followup_provider_changed)
        ui.save_goal_button.clicked.connect(self.on_save_goal_clicked)
        ui.save_exit_button.clicked.connect(self.on_save_exit_clicked)
        ui.exit_button.clicked.connect(self.reject)
        ui.print_button.setToolTip("Print the details of the saved goal (Ctrl+P)")
        print_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self)
        print_shortcut.activated.connect(self.on_print_clicked)
        ui.print_button.clicked.connect(self.on_print_clicked)

    def _error_fields(self) -> dict[str, tuple[QWidget, QLabel]]:
        ui = self.ui
        names = (
            "provider",
            "case_manager",
            "date_set",
            "classification",
            "goal_type",
            "description",
            "target_date",
            "status",
            "outcome",
            "percent_complete",
            "date_closed",
            "followup_date",
            "followup_provider",
            "followup_user",
            "followup_actual_date",
            "followup_made_by",
            "followup_notes",
        )
        fields = {
            name: (self._input_of(name), getattr(ui, f"{name}_error_label")) for name in names
        }
        fields["members"] = (ui.members_widget, ui.members_error_label)
        return fields

    def _input_of(self, name: str) -> QWidget:
        """Return the input widget of field `name`, whatever its kind."""
        if name == "percent_complete":
            return self.ui.percent_spin
        for suffix in ("_combo", "_edit"):
            widget = getattr(self.ui, name + suffix, None)
            if widget is not None:
                return widget
        raise KeyError(name)

    def _show_title(self) -> None:
        action = "Add Goal" if self.goal_id is None else "Edit Goal"
        self.setWindowTitle(f"{action} — {self.client.display_name}")

    def _new_goal_input(self) -> GoalInput:
        open_statuses = [status for status in goals.statuses() if not status.is_closed]
        return GoalInput(
            provider_id=self.session.provider.id,
            date_set=date.today(),
            classification_id=None,
            goal_type_id=None,
            status_id=open_statuses[0].id if open_statuses else None,
            member_ids=[self.client.id],
        )

    def _add_member_checks(self, linked_ids: list[int]) -> None:
        """Add a check box for the client (always checked) and for each other member."""
        members = [self.client, *case_managers.household_member_choices(self.client.id)]
        current_ids = {member.id for member in members}
        members += [
            clients.get_client(client_id)
            for client_id in linked_ids
            if client_id not in current_ids
        ]
        for member in members:
            text = member.display_name
            if member.id == self.client.id:
                text += CLIENT_MEMBER_SUFFIX
            elif member.id not in current_ids:
                text += FORMER_MEMBER_SUFFIX
            check = QCheckBox(text, self.ui.members_widget)
            check.setChecked(member.id in linked_ids or member.id == self.client.id)
            # The service adds the client to every goal, so the box cannot be cleared.
            check.setEnabled(member.id != self.client.id)
            self.ui.members_layout.addWidget(check)
            self.member_checks[member.id] = check

        # Check boxes made after setupUi join the end of the tab chain, which follows the
        # buttons and wraps round, so the last one only needs to lead to the provider.
        checks = list(self.member_checks.values())
        for previous, following in itertools.pairwise(checks):
            QWidget.setTabOrder(previous, following)
        QWidget.setTabOrder(checks[-1], self.ui.provider_combo)

    def _fill_choices(self, goal: Goal | None) -> None:
        """Fill the lists that do not depend on other fields, keeping the goal's old entries."""
        ui = self.ui
        self._goal = goal
        fill_combo(ui.provider_combo, choices.provider_entries(self.session, goal), None)
        fill_combo(
            ui.followup_provider_combo,
            choices.followup_provider_entries(self.session, goal),
            None,
        )
        fill_combo(ui.case_manager_combo, choices.case_manager_entries(self.client.id), None)
        fill_combo(ui.classification_combo, choices.classification_entries(goal), None)
        fill_combo(ui.status_combo, choices.status_entries(goal), None)
        fill_combo(ui.outcome_combo, choices.outcome_entries(goal), None)
        self._closed_status_ids = choices.closed_status_ids(goal)
        self._partial_outcome_ids = choices.partial_outcome_ids(goal)

    def _fill_goal_types(self, keep_type_id: int | None = None) -> None:
        """List the goal types of the chosen classification, keeping `keep_type_id` selected."""
        combo = self.ui.goal_type_combo
        classification_id = self.ui.classification_combo.currentData()
        if classification_id is None:
            combo.setPlaceholderText(CHOOSE_CLASSIFICATION_FIRST_TEXT)
            fill_combo(combo, [], None)
            return
        combo.setPlaceholderText(CHOOSE_TYPE_TEXT)
        fill_combo(combo, choices.goal_type_entries(classification_id, self._goal), keep_type_id)

    def _fill_followup_users(self, keep_user_id: int | None, keep_made_by_id: int | None) -> None:
        """List the active users of the follow-up provider as follow-up user and made-by user."""
        provider_id = self.ui.followup_provider_combo.currentData()
        user_combo = self.ui.followup_user_combo
        if provider_id is None:
            user_combo.setPlaceholderText(CHOOSE_PROVIDER_FIRST_TEXT)
        else:
            user_combo.setPlaceholderText(CHOOSE_USER_TEXT)
        fill_combo(user_combo, choices.user_entries(provider_id, keep_user_id), keep_user_id)
        fill_combo(
            self.ui.followup_made_by_combo,
            choices.user_entries(provider_id, keep_made_by_id, choices.NOT_RECORDED_TEXT),
            keep_made_by_id,
        )

    def _show_input(self, data: GoalInput) -> None:
        ui = self.ui
        ui.provider_combo.setCurrentIndex(ui.provider_combo.findData(data.provider_id))
        ui.case_manager_combo.setCurrentIndex(ui.case_manager_combo.findData(data.case_manager_id))
        ui.date_set_edit.set_date(data.date_set)
        ui.classification_combo.setCurrentIndex(
            ui.classification_combo.findData(data.classification_id)
            if data.classification_id is not None
            else -1
        )
        self._fill_goal_types(data.goal_type_id)
        ui.description_edit.setPlainText(data.description)
        ui.target_date_edit.set_date(data.target_date)
        ui.status_combo.setCurrentIndex(
            ui.status_combo.findData(data.status_id) if data.status_id is not None else -1
        )
        ui.outcome_combo.setCurrentIndex(
            ui.outcome_combo.findData(data.outcome_id) if data.outcome_id is not None else -1
        )
        ui.percent_spin.setValue(data.percent_complete or 0)
        ui.date_closed_edit.set_date(data.date_closed)

        follow_up = data.follow_up
        ui.followup_date_edit.set_date(follow_up.followup_date)
        ui.followup_provider_combo.setCurrentIndex(
            ui.followup_provider_combo.findData(follow_up.followup_provider_id)
        )
        self._fill_followup_users(follow_up.followup_user_id, follow_up.followup_made_by_id)
        ui.followup_actual_date_edit.set_date(follow_up.followup_actual_date)
        ui.followup_notes_edit.setPlainText(follow_up.followup_notes)
        self._show_closing_fields()

    def is_closed_status(self) -> bool:
        return self.ui.status_combo.currentData() in self._closed_status_ids

    def is_partial_outcome(self) -> bool:
        return self.is_closed_status() and (
            self.ui.outcome_combo.currentData() in self._partial_outcome_ids
        )

    def _show_closing_fields(self) -> None:
        """Enable the outcome and date closed only for a closed status; show the percent only
        for a partially achieved outcome."""
        ui = self.ui
        closed = self.is_closed_status()
        ui.outcome_combo.setEnabled(closed)
        ui.date_closed_edit.setEnabled(closed)
        ui.form_layout.setRowVisible(ui.percent_complete_box, self.is_partial_outcome())

    def typed_input(self) -> GoalInput:
        """Return the values in the fields as typed, for services.goals to check."""
        ui = self.ui
        closed = self.is_closed_status()
        return GoalInput(
            provider_id=ui.provider_combo.currentData(),
            date_set=ui.date_set_edit.date(),
            classification_id=ui.classification_combo.currentData(),
            goal_type_id=ui.goal_type_combo.currentData(),
            status_id=ui.status_combo.currentData(),
            member_ids=[
                client_id for client_id, check in self.member_checks.items() if check.isChecked()
            ],
            case_manager_id=ui.case_manager_combo.currentData(),
            description=ui.description_edit.toPlainText(),
            target_date=ui.target_date_edit.date(),
            outcome_id=ui.outcome_combo.currentData() if closed else None,
            percent_complete=ui.percent_spin.value() if self.is_partial_outcome() else None,
            date_closed=ui.date_closed_edit.date() if closed else None,
            follow_up=FollowUpInput(
                followup_date=ui.followup_date_edit.date(),
                followup_provider_id=ui.followup_provider_combo.currentData(),
                followup_user_id=ui.followup_user_combo.currentData(),
                followup_actual_date=ui.followup_actual_date_edit.date(),
                followup_made_by_id=ui.followup_made_by_combo.currentData(),
                followup_notes=ui.followup_notes_edit.toPlainText(),
            ),
        )

    def _date_edits(self) -> list[tuple[str, OptionalDateEdit, str, bool]]:
        ui = self.ui
        return [
            ("date_set", ui.date_set_edit, "date goal set", False),
            ("target_date", ui.target_date_edit, "target date", True),
            ("date_closed", ui.date_closed_edit, "date closed", True),
            ("followup_date", ui.followup_date_edit, "projected follow-up date", True),
            ("followup_actual_date", ui.followup_actual_date_edit, "actual follow-up date", True),
        ]

    def _typed_values(self) -> tuple[object, ...]:
        """Return the raw state of every field, to tell whether the user changed anything."""
        ui = self.ui
        combos = (
            ui.provider_combo,
            ui.case_manager_combo,
            ui.classification_combo,
            ui.goal_type_combo,
            ui.status_combo,
            ui.outcome_combo,
            ui.followup_provider_combo,
            ui.followup_user_combo,
            ui.followup_made_by_combo,
        )
        return (
            tuple(combo.currentData() for combo in combos),
            tuple(edit.text() for _, edit, _, _ in self._date_edits()),
            ui.description_edit.toPlainText(),
            ui.followup_notes_edit.toPlainText(),
            ui.percent_spin.value(),
            tuple(check.isChecked() for check in self.member_checks.values()),
        )

    def has_unsaved_changes(self) -> bool:
        return self._typed_values() != self._typed_at_save

    def _validation_messages(self, data: GoalInput) -> dict[str, str]:
        """Return a message per invalid field, from services.goals and the typed dates."""
        errors: dict[str, str] = {}
        try:
            goals.validate(self.session, self.client.id, data, goal_id=self.goal_id)
        except ValidationError as error:
            errors.update(error.field_errors)
        # Text that is not a date reaches the service as None, which reads as "missing" or
        # "blank", so the message about the typed text wins.
        for name, edit, field_name, blank_allowed in self._date_edits():
            if not edit.isEnabled():
                continue
            message = invalid_date_message(edit.text(), field_name, blank_allowed)
            if message is not None:
                errors[name] = message
        return errors

    def save(self) -> bool:
        """Validate and save the goal; return False and show the messages when that fails."""
        self.field_errors.clear()
        data = self.typed_input()
        errors = self._validation_messages(data)
        if errors:
            self.field_errors.show(errors)
            return False

        try:
            if self.goal_id is None:
                goal = goals.create_goal(self.session, self.client.id, data)
            else:
                goal = goals.update_goal(
                    self.session, self.goal_id, data, expected_version=self.loaded_version
                )
        except ValidationError as error:
            self.field_errors.show(error.field_errors)
            return False
        except RecordChanged as error:
            self._resolve_changed_goal(error, data)
            return False
        except ServiceError as error:
            log.warning(
                "Saving goal %s of client %d failed: %s",
                self.goal_id if self.goal_id is not None else "(new)",
                self.client.id,
                type(error).__name__,
            )
            messages.show_service_error(self, "Goal Not Saved", error)
            return False

        first_save = self.goal_id is None
        self.goal_id = goal.id
        self.loaded_version = goal.version
        self._typed_at_save = self._typed_values()
        log.info("Saved goal %d of client %d", goal.id, self.client.id)
        if first_save:
            self._show_title()
            self._show_sections()
            self.ui.print_button.setEnabled(True)
        else:
            # The action step dialog offers only the goal's members, which may have changed.
            for section in self.sections:
                section.reload()
        self.goal_saved.emit(goal.id)
        return True

    def _resolve_changed_goal(self, error: RecordChanged, data: GoalInput) -> None:
        """Ask what to do about a goal that someone else saved after this dialog loaded it."""
        resolution = record_conflict.resolve(self, "Goal Changed", error, data)
        if resolution is Resolution.RELOAD:
            self.reload_stored_goal()
        elif resolution is Resolution.OVERWRITE:
            self.loaded_version = error.stored_version

    def reload_stored_goal(self) -> None:
        """Replace the typed input by the goal as stored now, and adopt its version."""
        if self.goal_id is None:
            return
        try:
            goal = goals.get_goal(self.goal_id)
        except ServiceError as error:
            messages.show_service_error(self, "Goal Not Reloaded", error)
            return
        stored = GoalInput.from_goal(goal)
        self.field_errors.clear()
        self._fill_choices(goal)
        # NOTE: a member that the other save added and this dialog did not list stays
        # unlisted until the dialog is opened again.
        for client_id, check in self.member_checks.items():
            check.setChecked(client_id in stored.member_ids or client_id == self.client.id)
        self._show_input(stored)
        self.loaded_version = goal.version
        self._typed_at_save = self._typed_values()
        log.info("Reloaded goal %d at version %d", goal.id, goal.version)
        for section in self.sections:
            section.reload()

    def _show_sections(self) -> None:
        """Show the sections of the saved goal in tabs below the form, built once."""
        tabs = self.ui.sections_tabs
        if self.sections or self.goal_id is None:
            return
        self.sections = [
            GoalCaseNotesSection(self.session, self.goal_id, tabs),
            ActionStepsSection(self.session, self.goal_id, tabs),
            ServiceItemsSection(self.session, self.goal_id, tabs),
        ]
        for section, title in zip(
            self.sections, ("Case Notes", "Action Steps", "Service Items"), strict=True
        ):
            tabs.addTab(section, title)
        # The tabs take the height left over, which the spacer below takes while they are hidden.
        self.ui.contents_layout.setStretch(2, 0)
        tabs.show()

    @Slot()
    def on_save_goal_clicked(self) -> None:
        self.save()

    @Slot()
    def on_print_clicked(self) -> None:
        """Print the goal as saved, after offering to save the changes typed since."""
        if self.goal_id is None:
            return
        save_first = self.has_unsaved_changes() and messages.ask_yes_no(
            self,
            "Save Before Printing",
            "The printout shows the goal as it was last saved. Save your changes first?",
            default_yes=True,
        )
        if save_first and not self.save():
            return
        print_actions.print_goal_details(self, self.session, self.goal_id)

    @Slot()
    def on_save_exit_clicked(self) -> None:
        if self.save():
            super().accept()

    @Slot()
    def accept(self) -> None:
        """Save and close, as Save & Exit does."""
        self.on_save_exit_clicked()

    @Slot()
    def reject(self) -> None:
        """Close without saving, after asking when the user changed anything."""
        if self.has_unsaved_changes() and not messages.ask_yes_no(
            self, "Discard Changes", "Close the goal without saving your changes?"
        ):
            return
        super().reject()

    @Slot(int)
    def on_classification_changed(self, index: int) -> None:
        self._fill_goal_types()

    @Slot(int)
    def on_status_changed(self, index: int) -> None:
        ui = self.ui
        if self.is_closed_status() and ui.date_closed_edit.date() is None:
            ui.date_closed_edit.set_date(date.today())
        if not self.is_closed_status():
            ui.outcome_combo.setCurrentIndex(-1)
            ui.date_closed_edit.clear()
        self._show_closing_fields()

    @Slot(int)
    def on_outcome_changed(self, index: int) -> None:
        self._show_closing_fields()

    @Slot(int)
    def on_followup_provider_changed(self, index: int) -> None:
        self._fill_followup_users(None, self.ui.followup_made_by_combo.currentData())
