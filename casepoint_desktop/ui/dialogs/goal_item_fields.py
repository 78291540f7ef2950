"""Fields shared by the dialogs of a goal's case notes, action steps and service items."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QGroupBox, QVBoxLayout

from casepoint_desktop.data.case_plan_models import Goal, GoalMember
from casepoint_desktop.data.models import Client, Provider
from casepoint_desktop.services.session import Session, allowed_providers


def goal_members(goal: Goal) -> list[Client]:
    """Return the clients the goal is for, the goal's client first, then by name."""
    members = list(
        Client.select()
        .join(GoalMember, on=(GoalMember.client == Client.id))
        .where(GoalMember.goal == goal.id)
        .order_by(Client.last_name, Client.first_name, Client.id)
    )
    members.sort(key=lambda client: client.id != goal.client_id)
    return members


def add_member_checks(
    group: QGroupBox, members: list[Client], checked_ids: set[int]
) -> dict[int, QCheckBox]:
    """Add one check box per member above the group's last widget (its error label)."""
    layout = group.layout()
    assert isinstance(layout, QVBoxLayout)
    checks: dict[int, QCheckBox] = {}
    for member in members:
        check = QCheckBox(member.display_name, group)
        check.setChecked(member.id in checked_ids)
        layout.insertWidget(layout.count() - 1, check)
        checks[member.id] = check
    return checks


def fill_provider_combo(
    combo: QComboBox, session: Session, stored: Provider | None, selected_id: int | None
) -> None:
    """List the user's home and EDA providers and select `selected_id`.

    A record entered for another provider still shows that provider, and the service
    rejects saving it unless the user picks one of their own.
    """
    providers = allowed_providers(session.user)
    for provider in providers:
        combo.addItem(provider.name, provider.id)
    if stored is not None and stored.id not in {provider.id for provider in providers}:
        combo.addItem(stored.name, stored.id)
    combo.setCurrentIndex(combo.findData(selected_id) if selected_id is not None else -1)
