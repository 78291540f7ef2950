"""The Follow Up List: open follow-ups of goals and action steps assigned to a user.

A follow-up is open while it has a projected date and no actual follow-up date. Filling the
actual date removes it from the list.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

import peewee

from casepoint_desktop.data.case_plan_models import ActionStep, Goal
from casepoint_desktop.data.lists import GoalType
from casepoint_desktop.data.models import Client, Provider
from casepoint_desktop.services.notes import preview

FollowUpKind = Literal["goal", "action_step"]


@dataclass(frozen=True)
class FollowUpRow:
    """One row of the Follow Up List.

    `label` is the goal type name for a goal, or a one-line preview of an action step's
    text. `provider_name` is the follow-up provider, or the record's provider when no
    follow-up provider is set.
    """

    kind: FollowUpKind
    goal_id: int
    action_step_id: int | None
    client_id: int
    client_name: str
    label: str
    provider_name: str
    followup_date: date
    overdue: bool


def open_follow_ups(user_id: int, today: date | None = None) -> list[FollowUpRow]:
    """Return the user's open follow-ups, by projected date, then client name, in one query.

    A row is overdue when its projected date is before `today` (the local date by default).
    """
    today = today or date.today()
    return [_row(values, today) for values in open_follow_ups_query(user_id).dicts()]


def open_follow_ups_query(user_id: int) -> peewee.CompoundSelectQuery:
    """Return the sorted UNION ALL query behind `open_follow_ups`."""
    return (_goal_follow_ups(user_id) + _action_step_follow_ups(user_id)).order_by(
        peewee.SQL("followup_date"),
        peewee.SQL("client_sort_name"),
        peewee.SQL("client_id"),
        peewee.SQL("goal_id"),
        peewee.SQL("action_step_id"),
    )


def _client_columns() -> list[Any]:
    return [
        Client.id.alias("client_id"),
        Client.first_name.alias("client_first_name"),
        Client.middle_name.alias("client_middle_name"),
        Client.last_name.alias("client_last_name"),
        Client.suffix.alias("client_suffix"),
        Client.sort_name.alias("client_sort_name"),
    ]


def _goal_follow_ups(user_id: int) -> peewee.ModelSelect[Goal]:
    followup_provider = Provider.alias("followup_provider")
    record_provider = Provider.alias("record_provider")
    return (
        Goal.select(
            peewee.Value("goal").alias("kind"),
            Goal.id.alias("goal_id"),
            peewee.SQL("NULL").alias("action_step_id"),
            *_client_columns(),
            GoalType.name.alias("label"),
            peewee.fn.COALESCE(followup_provider.name, record_provider.name).alias("provider_name"),
            Goal.followup_date.alias("followup_date"),
        )
        .join(Client, on=(Goal.client == Client.id))
        .switch(Goal)
        .join(GoalType, on=(Goal.goal_type == GoalType.id))
        .switch(Goal)
        .join(record_provider, on=(Goal.provider == record_provider.id))
        .switch(Goal)
        .join(
            followup_provider,
            peewee.JOIN.LEFT_OUTER,
            on=(Goal.followup_provider == followup_provider.id),
        )
        .where(
            (Goal.followup_user == user_id)
            & Goal.followup_actual_date.is_null()
            & Goal.followup_date.is_null(False)
        )
    )


def _action_step_follow_ups(user_id: int) -> peewee.ModelSelect[ActionStep]:
    followup_provider = Provider.alias("followup_provider")
    record_provider = Provider.alias("record_provider")
    return (
        ActionStep.select(
            peewee.Value("action_step").alias("kind"),
            ActionStep.goal.alias("goal_id"),
            ActionStep.id.alias("action_step_id"),
            *_client_columns(),
            ActionStep.description.alias("label"),
            peewee.fn.COALESCE(followup_provider.name, record_provider.name).alias("provider_name"),
            ActionStep.followup_date.alias("followup_date"),
        )
        .join(Goal, on=(ActionStep.goal == Goal.id))
        .join(Client, on=(Goal.client == Client.id))
        .switch(ActionStep)
        .join(record_provider, on=(ActionStep.provider == record_provider.id))
        .switch(ActionStep)
        .join(
            followup_provider,
            peewee.JOIN.LEFT_OUTER,
            on=(ActionStep.followup_provider == followup_provider.id),
        )
        .where(
            (ActionStep.followup_user == user_id)
            & ActionStep.followup_actual_date.is_null()
            & ActionStep.followup_date.is_null(False)
        )
    )


def _row(values: dict[str, Any], today: date) -> FollowUpRow:
    name_parts = [
        values["client_first_name"],
        values["client_middle_name"],
        values["client_last_name"],
        values["client_suffix"],
    ]
    followup_date: date = values["followup_date"]
    is_goal = values["kind"] == "goal"
    return FollowUpRow(
        kind="goal" if is_goal else "action_step",
        goal_id=values["goal_id"],
        action_step_id=None if is_goal else values["action_step_id"],
        client_id=values["client_id"],
        client_name=" ".join(part for part in name_parts if part),
        label=values["label"] if is_goal else preview(values["label"]),
        provider_name=values["provider_name"] or "",
        followup_date=followup_date,
        overdue=followup_date < today,
    )
