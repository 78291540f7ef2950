"""The Action Steps section of the goal dialog: the goal's action steps and their buttons."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from casepoint_desktop.data.case_plan_models import ActionStep
from casepoint_desktop.services import action_steps, notes
from casepoint_desktop.services.session import Session
from casepoint_desktop.ui.dialogs.action_step_dialog import ActionStepDialog
from casepoint_desktop.ui.generated.ui_action_steps_section import Ui_ActionStepsSection
from casepoint_desktop.ui.models.action_steps_model import STEP_COLUMN, ActionStepsModel
from casepoint_desktop.ui.widgets.goal_item_section import GoalItemSection


class ActionStepsSection(GoalItemSection):
    """A goal's action steps, newest date set first, with Add, Edit and Delete.

    Enter or a double-click edits a step, and Delete deletes it after asking.

    Signals:
        changed: an action step was added, changed or deleted.
    """

    item_noun = "action step"
    count_noun = "action step"
    dialog_error_title = "Action Step"
    delete_error_title = "Action Step Not Deleted"

    def __init__(self, session: Session, goal_id: int, parent: QWidget | None = None) -> None:
        super().__init__(session, goal_id, parent)

        self.ui = Ui_ActionStepsSection()
        self.ui.setupUi(self)
        ui = self.ui

        self.model = ActionStepsModel(goal_id, self)
        self._set_up_list(
            ui.steps_view,
            ui.add_step_button,
            ui.edit_step_button,
            ui.delete_step_button,
            STEP_COLUMN,
        )
        ui.edit_step_button.setToolTip("Edit the selected action step (Enter)")
        ui.delete_step_button.setToolTip("Delete the selected action step (Delete)")

        self.reload()

    def selected_step(self) -> ActionStep | None:
        return self.selected_item()

    def _item_at(self, row: int) -> ActionStep:
        return self.model.step_at(row)

    def _create_dialog(self, item_id: int | None) -> ActionStepDialog:
        return ActionStepDialog(self.session, self.goal_id, item_id, self)

    def _saved_id(self, dialog: ActionStepDialog) -> int | None:
        return dialog.saved_step_id

    def _delete_question(self, step: ActionStep) -> tuple[str, str]:
        question = (
            f"Delete the action step set on {step.date_set.isoformat()}?\n\n"
            f"“{notes.preview(step.description, 200)}”\n\n"
            "Its follow-up leaves the Follow Up List. This cannot be undone."
        )
        return "Delete Action Step", question

    def _delete_item(self, item: ActionStep) -> None:
        action_steps.delete_step(self.session, item.id, expected_version=item.version)
