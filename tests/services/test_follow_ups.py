"""Tests of the Follow Up List: which follow-ups are open, their order, and the query plan."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from casepoint_desktop.data.case_plan_models import ActionStep, Goal
from casepoint_desktop.data.database import db as database_proxy
from casepoint_desktop.data.lists import GoalClassification, GoalStatus, GoalType
from casepoint_desktop.data.models import Client, Provider, User
from casepoint_desktop.services import clients, follow_ups
from casepoint_desktop.services.clients import ClientInput
from casepoint_desktop.services.follow_ups import FollowUpRow
from casepoint_desktop.services.session import Session
from tests.conftest import make_user

TODAY = date(2026, 6, 15)


@pytest.fixture
def client(admin_session) -> Client:
    return clients.create_client(admin_session, ClientInput("Ana", "Lopez"))


def make_goal(session: Session, client: Client, **fields) -> Goal:
    classification = GoalClassification.get(GoalClassification.name == "Housing")
    return Goal.create(
        client=client,
        provider=session.provider,
        date_set=TODAY - timedelta(days=30),
        classification=classification,
        # The first type by ID: without an order, PostgreSQL may return another one.
        goal_type=GoalType.select()
        .where(GoalType.classification == classification)
        .order_by(GoalType.id)
        .get(),
        status=GoalStatus.get(GoalStatus.name == "In Progress"),
        **fields,
    )


def make_step(session: Session, goal: Goal, **fields) -> ActionStep:
    values = {
        "goal": goal,
        "description": "Call the landlord\nabout the deposit",
        "provider": session.provider,
        "date_set": TODAY - timedelta(days=30),
        "status": GoalStatus.get(GoalStatus.name == "In Progress"),
    }
    values.update(fields)
    return ActionStep.create(**values)


def test_lists_goal_and_step_follow_ups(admin_session, client):
    user = admin_session.user
    goal = make_goal(admin_session, client, followup_user=user, followup_date=TODAY)
    step = make_step(
        admin_session, goal, followup_user=user, followup_date=TODAY + timedelta(days=1)
    )

    rows = follow_ups.open_follow_ups(user.id, today=TODAY)

    assert rows == [
        FollowUpRow(
            kind="goal",
            goal_id=goal.id,
            action_step_id=None,
            client_id=client.id,
            client_name="Ana Lopez",
            label="Obtain permanent housing",
            provider_name="Downtown Shelter",
            followup_date=TODAY,
            overdue=False,
        ),
        FollowUpRow(
            kind="action_step",
            goal_id=goal.id,
            action_step_id=step.id,
            client_id=client.id,
            client_name="Ana Lopez",
            label="Call the landlord about the deposit",
            provider_name="Downtown Shelter",
            followup_date=TODAY + timedelta(days=1),
            overdue=False,
        ),
    ]


def test_overdue_before_today_only(admin_session, client):
    user = admin_session.user
    make_goal(admin_session, client, followup_user=user, followup_date=TODAY - timedelta(days=1))
    make_goal(admin_session, client, followup_user=user, followup_date=TODAY)

    rows = follow_ups.open_follow_ups(user.id, today=TODAY)

    assert [row.overdue for row in rows] == [True, False]


def test_sorted_by_date_then_client(admin_session, client):
    user = admin_session.user
    zoe = clients.create_client(admin_session, ClientInput("Zoe", "Adams"))
    later = TODAY + timedelta(days=3)
    late_goal = make_goal(admin_session, client, followup_user=user, followup_date=later)
    lopez_goal = make_goal(admin_session, client, followup_user=user, followup_date=TODAY)
    adams_goal = make_goal(admin_session, zoe, followup_user=user, followup_date=TODAY)
    step = make_step(
        admin_session, adams_goal, followup_user=user, followup_date=TODAY - timedelta(days=1)
    )

    rows = follow_ups.open_follow_ups(user.id, today=TODAY)

    assert [(row.goal_id, row.action_step_id) for row in rows] == [
        (adams_goal.id, step.id),
        (adams_goal.id, None),
        (lopez_goal.id, None),
        (late_goal.id, None),
    ]


def test_leaves_list_once_completed(admin_session, client):
    user = admin_session.user
    goal = make_goal(admin_session, client, followup_user=user, followup_date=TODAY)
    step = make_step(admin_session, goal, followup_user=user, followup_date=TODAY)
    assert len(follow_ups.open_follow_ups(user.id, today=TODAY)) == 2

    goal.followup_actual_date = TODAY
    goal.followup_made_by = user
    goal.save()
    rows = follow_ups.open_follow_ups(user.id, today=TODAY)
    assert [row.kind for row in rows] == ["action_step"]

    step.followup_actual_date = TODAY
    step.save()
    assert follow_ups.open_follow_ups(user.id, today=TODAY) == []


def test_excludes_other_users_and_undated(admin_session, client):
    user = admin_session.user
    colleague = make_user("colleague")
    make_goal(admin_session, client, followup_user=colleague, followup_date=TODAY)
    make_goal(admin_session, client, followup_user=user, followup_date=None)
    goal = make_goal(admin_session, client)
    make_step(admin_session, goal, followup_user=colleague, followup_date=TODAY)

    assert follow_ups.open_follow_ups(user.id, today=TODAY) == []
    assert len(follow_ups.open_follow_ups(colleague.id, today=TODAY)) == 2


def test_follow_up_provider_named(admin_session, client):
    user = admin_session.user
    pantry = Provider.create(name="Eastside Pantry")
    make_goal(
        admin_session, client, followup_user=user, followup_date=TODAY, followup_provider=pantry
    )

    [row] = follow_ups.open_follow_ups(user.id, today=TODAY)

    assert row.provider_name == "Eastside Pantry"


def test_runs_one_query(admin_session, client):
    user = admin_session.user
    for offset in range(3):
        goal = make_goal(
            admin_session, client, followup_user=user, followup_date=TODAY + timedelta(offset)
        )
        make_step(admin_session, goal, followup_user=user, followup_date=TODAY)
    database = database_proxy.obj
    original_execute_sql = database.execute_sql
    statements: list[str] = []

    def counting_execute_sql(sql, params=None, *args, **kwargs):
        statements.append(sql)
        return original_execute_sql(sql, params, *args, **kwargs)

    database.execute_sql = counting_execute_sql
    try:
        rows = follow_ups.open_follow_ups(user.id, today=TODAY)
    finally:
        del database.execute_sql

    assert len(rows) == 6
    assert len(statements) == 1
    assert "UNION ALL" in statements[0]


@pytest.mark.sqlite_only
def test_query_plan_uses_follow_up_indexes(admin_session):
    user: User = admin_session.user
    sql, params = follow_ups.open_follow_ups_query(user.id).sql()

    plan = [row[3] for row in database_proxy.execute_sql("EXPLAIN QUERY PLAN " + sql, params)]
    goal_index = "USING INDEX goal_followup_user_id_followup_actual_date"
    step_index = "USING INDEX action_step_followup_user_id_followup_actual_date"

    assert any(goal_index in line for line in plan), plan
    assert any(step_index in line for line in plan), plan
    # Every table, goal and action_step included, is reached by SEARCH, so no line is a SCAN.
    scans = [line for line in plan if line.startswith("SCAN")]
    assert scans == [], plan
