"""Helpers for the tests of the goal dialog's sections: a goal and a dialog stand-in."""

from __future__ import annotations

from datetime import date

from casepoint_desktop.data.case_plan_models import Goal
from casepoint_desktop.data.lists import GoalClassification, GoalStatus, GoalType
from casepoint_desktop.data.models import Client
from casepoint_desktop.services import goals
from casepoint_desktop.services.goals import GoalInput
from casepoint_desktop.services.session import Session

GOAL_DATE_SET = date(2026, 2, 1)


def make_goal(session: Session, client: Client, member_ids: list[int] | None = None) -> Goal:
    """Insert an In Progress housing goal for `client` through the goal service."""
    housing = GoalClassification.get(GoalClassification.name == "Housing")
    data = GoalInput(
        provider_id=session.provider.id,
        date_set=GOAL_DATE_SET,
        classification_id=housing.id,
        goal_type_id=GoalType.get(GoalType.name == "Maintain housing").id,
        status_id=GoalStatus.get(GoalStatus.name == "In Progress").id,
        member_ids=member_ids or [],
        description="Keep the apartment on Elm Street",
    )
    return goals.create_goal(session, client.id, data)


class DialogRunner:
    """A stand-in for messages.run_dialog that fills the dialog, accepts it and records it.

    With `fill` None the dialog is accepted as it opened (View closes that way).
    """

    def __init__(self, fill=None) -> None:
        self.fill = fill
        self.dialogs: list = []

    def __call__(self, dialog) -> int:
        self.dialogs.append(dialog)
        if self.fill is not None:
            self.fill(dialog)
        dialog.accept()
        return dialog.result()
