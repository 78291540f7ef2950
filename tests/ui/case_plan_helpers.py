"""Helpers for the case plan tests: goals with action steps, notes and services, a fake dialog."""

from __future__ import annotations

import sys
import types
from datetime import date, timedelta
from decimal import Decimal
from typing import ClassVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog

from casepoint_desktop.data.case_plan_models import Goal
from casepoint_desktop.data.lists import GoalStatus, GoalType, ServiceType
from casepoint_desktop.services import action_steps, case_notes, goals, service_items
from casepoint_desktop.services.action_steps import ActionStepInput
from casepoint_desktop.services.case_notes import CaseNoteInput
from casepoint_desktop.services.follow_up_fields import FollowUpInput
from casepoint_desktop.services.goals import GoalInput
from casepoint_desktop.services.service_items import ServiceItemInput
from casepoint_desktop.services.session import Session

GOAL_DIALOG_MODULE = "casepoint_desktop.ui.dialogs.goal_dialog"


def status_id(name: str) -> int:
    return GoalStatus.get(GoalStatus.name == name).id


def add_goal(
    session: Session,
    client_id: int,
    type_name: str = "Maintain housing",
    date_set: date | None = None,
    **fields,
) -> Goal:
    """Create a goal through the service; `fields` override the GoalInput defaults."""
    goal_type = GoalType.get(GoalType.name == type_name)
    values = {
        "provider_id": session.provider.id,
        "date_set": date_set or date.today() - timedelta(days=30),
        "classification_id": goal_type.classification_id,
        "goal_type_id": goal_type.id,
        "status_id": status_id("In Progress"),
    }
    values.update(fields)
    return goals.create_goal(session, client_id, GoalInput(**values))


def follow_up_for(session: Session, followup_date: date) -> FollowUpInput:
    return FollowUpInput(
        followup_date=followup_date,
        followup_provider_id=session.provider.id,
        followup_user_id=session.user.id,
    )


def add_step(session: Session, goal: Goal, text: str, **fields) -> None:
    values = {
        "description": text,
        "provider_id": session.provider.id,
        "date_set": goal.date_set,
        "status_id": status_id("In Progress"),
    }
    values.update(fields)
    action_steps.create_step(session, goal.id, ActionStepInput(**values))


def add_note(session: Session, goal: Goal, text: str = "Called the landlord.") -> None:
    case_notes.create_case_note(
        session, goal.id, CaseNoteInput(session.provider.id, date.today(), text)
    )


def add_service(session: Session, goal: Goal) -> None:
    service_type = ServiceType.select().order_by(ServiceType.id).first()
    data = ServiceItemInput(service_type.id, session.provider.id, goal.date_set, units=Decimal(1))
    service_items.create_service_item(session, goal.id, data)


class FakeGoalDialog(QDialog):
    """A stand-in for GoalDialog that records how it was opened and saves nothing itself.

    A test sets `on_run` to a function that receives the dialog and may emit goal_saved.
    """

    goal_saved = Signal(int)
    opened: ClassVar[list[FakeGoalDialog]] = []

    def __init__(self, session, client_id, goal_id=None, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.client_id = client_id
        self.goal_id = goal_id
        FakeGoalDialog.opened.append(self)


def install_fake_goal_dialog(monkeypatch, on_run=None) -> list[FakeGoalDialog]:
    """Replace the goal dialog module and messages.run_dialog; return the opened dialogs."""
    from casepoint_desktop.ui import messages

    FakeGoalDialog.opened = []
    module = types.ModuleType(GOAL_DIALOG_MODULE)
    module.GoalDialog = FakeGoalDialog
    monkeypatch.setitem(sys.modules, GOAL_DIALOG_MODULE, module)

    def run(dialog) -> int:
        if on_run is not None:
            on_run(dialog)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(messages, "run_dialog", run)
    return FakeGoalDialog.opened
