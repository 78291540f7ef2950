"""FollowUpDock: the Follow Up List with overdue rows marked, activation and refresh."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from casepoint_desktop.data.case_plan_models import Goal
from casepoint_desktop.services import goals
from casepoint_desktop.services.follow_up_fields import FollowUpInput
from casepoint_desktop.services.goals import GoalInput
from casepoint_desktop.ui.follow_up_dock import FollowUpDock
from casepoint_desktop.ui.models import follow_ups_model
from casepoint_desktop.ui.models.follow_ups_model import (
    CLIENT_ID_COLUMN,
    CLIENT_NAME_COLUMN,
    DATE_COLUMN,
    LABEL_COLUMN,
    PROVIDER_COLUMN,
    STATUS_COLUMN,
    FollowUpsModel,
)
from tests.ui.case_plan_helpers import add_goal, add_step, follow_up_for
from tests.ui.record_helpers import make_client

TODAY = date(2026, 3, 16)


@pytest.fixture
def planned(admin_session):
    """Three follow-ups: a goal due later, a goal overdue and an action step due today."""
    hoa = make_client(admin_session, "Hoa", "Trần")
    ben = make_client(admin_session, "Ben", "Adams")
    date_set = TODAY - timedelta(days=60)
    later = add_goal(
        admin_session,
        hoa.id,
        date_set=date_set,
        follow_up=follow_up_for(admin_session, TODAY + timedelta(days=7)),
    )
    overdue = add_goal(
        admin_session,
        ben.id,
        "Obtain employment",
        date_set=date_set,
        follow_up=follow_up_for(admin_session, TODAY - timedelta(days=3)),
    )
    add_step(
        admin_session,
        later,
        "Bring the lease to the office",
        follow_up=follow_up_for(admin_session, TODAY),
    )
    return {"hoa": hoa, "ben": ben, "later": later, "overdue": overdue}


def open_dock(qtbot, session) -> FollowUpDock:
    dock = FollowUpDock(session)
    qtbot.addWidget(dock)
    dock.refresh(TODAY)
    dock.resize(1000, 300)
    dock.show()
    qtbot.waitExposed(dock)
    return dock


def cell(dock: FollowUpDock, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return dock.model.data(dock.model.index(row, column), role)


def test_rows_sorted_by_date(qtbot, admin_session, planned):
    dock = open_dock(qtbot, admin_session)

    assert dock.windowTitle() == "Follow Up List"
    assert dock.model.rowCount() == 3
    dates = [cell(dock, row, DATE_COLUMN) for row in range(3)]
    assert dates == ["2026-03-13", "2026-03-16", "2026-03-23"]
    assert cell(dock, 0, CLIENT_NAME_COLUMN) == "Ben Adams"
    assert cell(dock, 0, CLIENT_ID_COLUMN) == str(planned["ben"].id)
    assert cell(dock, 0, LABEL_COLUMN) == "Obtain employment"
    assert cell(dock, 0, PROVIDER_COLUMN) == "Downtown Shelter"
    assert cell(dock, 1, LABEL_COLUMN) == "Action step: Bring the lease to the office"
    assert dock.summary_label.text() == "3 open follow-ups, 1 overdue"


def test_overdue_marked_in_words(qtbot, admin_session, planned):
    dock = open_dock(qtbot, admin_session)

    assert cell(dock, 0, STATUS_COLUMN) == "Overdue"
    assert cell(dock, 1, STATUS_COLUMN) == "Due today"
    assert cell(dock, 2, STATUS_COLUMN) == ""
    assert cell(dock, 0, DATE_COLUMN, Qt.ItemDataRole.FontRole).bold()
    assert cell(dock, 0, DATE_COLUMN, Qt.ItemDataRole.ForegroundRole).color() == (
        follow_ups_model.OVERDUE_COLOR
    )
    assert cell(dock, 0, DATE_COLUMN, Qt.ItemDataRole.ToolTipRole) == "Overdue by 3 days"
    assert cell(dock, 2, DATE_COLUMN, Qt.ItemDataRole.FontRole) is None


def test_client_id_emits_client_requested(qtbot, admin_session, planned):
    dock = open_dock(qtbot, admin_session)

    with qtbot.waitSignal(dock.client_requested, timeout=0) as blocker:
        dock.on_activated(dock.model.index(0, CLIENT_ID_COLUMN))

    assert blocker.args == [planned["ben"].id]


def test_goal_column_emits_goal_requested(qtbot, admin_session, planned):
    dock = open_dock(qtbot, admin_session)

    with qtbot.waitSignal(dock.goal_requested, timeout=0) as blocker:
        dock.on_activated(dock.model.index(0, LABEL_COLUMN))

    assert blocker.args == [planned["ben"].id, planned["overdue"].id]


def test_action_step_opens_its_goal(qtbot, admin_session, planned):
    dock = open_dock(qtbot, admin_session)

    with qtbot.waitSignal(dock.goal_requested, timeout=0) as blocker:
        dock.on_activated(dock.model.index(1, CLIENT_NAME_COLUMN))

    assert blocker.args == [planned["hoa"].id, planned["later"].id]


def test_enter_on_client_id_emits(qtbot, admin_session, planned):
    dock = open_dock(qtbot, admin_session)
    view = dock.view
    view.setFocus()
    view.setCurrentIndex(dock.model.index(2, CLIENT_ID_COLUMN))

    with qtbot.waitSignal(dock.client_requested, timeout=1000) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)

    assert blocker.args == [planned["hoa"].id]


def test_completed_follow_up_leaves_list(qtbot, admin_session, planned):
    dock = open_dock(qtbot, admin_session)
    goal = Goal.get_by_id(planned["overdue"].id)
    data = GoalInput.from_goal(goal)
    data.follow_up = FollowUpInput(
        **{
            **vars(data.follow_up),
            "followup_actual_date": date.today(),
            "followup_made_by_id": admin_session.user.id,
        }
    )
    goals.update_goal(admin_session, goal.id, data, expected_version=goal.version)

    dock.refresh(TODAY)

    assert dock.model.rowCount() == 2
    assert [cell(dock, row, CLIENT_NAME_COLUMN) for row in range(2)] == ["Hoa Trần"] * 2
    assert dock.summary_label.text() == "2 open follow-ups"


def test_follow_ups_model_passes_modeltester(qtmodeltester, admin_session, planned):
    model = FollowUpsModel(admin_session.user.id)
    model.reload(TODAY)

    qtmodeltester.check(model)
