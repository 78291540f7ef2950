"""Tests of households: members, head of household and relationships."""

from __future__ import annotations

from datetime import date

import pytest

from casepoint_desktop.data.models import HouseholdMember, Relationship
from casepoint_desktop.services import clients, households
from casepoint_desktop.services.clients import ClientInput
from casepoint_desktop.services.errors import ServiceError


@pytest.fixture
def family(admin_session):
    return [
        clients.create_client(admin_session, ClientInput(first, "Lopez"))
        for first in ("Ana", "Luis", "Sofía")
    ]


def relationship(code: int) -> Relationship:
    return Relationship.get(Relationship.hmis_code == code)


def test_first_member_starts_household_with_head(admin_session, family):
    ana, luis, _ = family
    households.add_member(admin_session, ana.id, luis.id, relationship(3))
    members = households.household_members(ana.id)
    assert [(member.client_id, member.is_head) for member in members] == [
        (ana.id, True),
        (luis.id, False),
    ]
    assert members[0].relationship.hmis_code == 1
    assert members[1].relationship.hmis_code == 3


def test_members_seen_from_each_member(admin_session, family):
    ana, luis, sofia = family
    households.add_member(admin_session, ana.id, luis.id, relationship(3))
    households.add_member(admin_session, luis.id, sofia.id, relationship(2))
    assert {member.client_id for member in households.household_members(sofia.id)} == {
        ana.id,
        luis.id,
        sofia.id,
    }


def test_member_added_twice_rejected(admin_session, family):
    ana, luis, _ = family
    households.add_member(admin_session, ana.id, luis.id, relationship(3))
    with pytest.raises(ServiceError, match="already a member"):
        households.add_member(admin_session, ana.id, luis.id, relationship(3))


def test_set_head_moves_head(admin_session, family):
    ana, luis, _ = family
    member = households.add_member(admin_session, ana.id, luis.id, relationship(3))
    households.set_head(admin_session, member.id)
    heads = HouseholdMember.select().where(HouseholdMember.is_head == True)  # noqa: E712
    assert [head.client_id for head in heads] == [luis.id]


def test_set_relationship(admin_session, family):
    ana, luis, _ = family
    member = households.add_member(admin_session, ana.id, luis.id, relationship(3))
    households.set_relationship(admin_session, member.id, relationship(4))
    assert HouseholdMember.get_by_id(member.id).relationship.hmis_code == 4


def test_remove_member_keeps_history(admin_session, family):
    ana, luis, _ = family
    member = households.add_member(admin_session, ana.id, luis.id, relationship(3))
    households.remove_member(admin_session, member.id, left=date(2026, 5, 1))
    assert [m.client_id for m in households.household_members(ana.id)] == [ana.id]
    assert HouseholdMember.get_by_id(member.id).date_left == date(2026, 5, 1)
    assert households.household_members(luis.id) == []


def test_head_cannot_leave_before_others(admin_session, family):
    ana, luis, _ = family
    households.add_member(admin_session, ana.id, luis.id, relationship(3))
    head = households.current_membership(ana.id)
    with pytest.raises(ServiceError, match="another head"):
        households.remove_member(admin_session, head.id)


def test_client_can_belong_to_several_households_over_time(admin_session, family):
    ana, luis, sofia = family
    first = households.add_member(
        admin_session, ana.id, sofia.id, relationship(2), date(2020, 1, 1)
    )
    households.remove_member(admin_session, first.id, left=date(2024, 1, 1))
    households.add_member(admin_session, luis.id, sofia.id, relationship(2), date(2024, 1, 2))
    links = HouseholdMember.select().where(HouseholdMember.client == sofia.id)
    assert links.count() == 2
    current = households.current_membership(sofia.id)
    assert current.household_id != first.household_id


def test_relationships_exclude_retired(admin_session):
    Relationship.update(retired=True).where(Relationship.hmis_code == 99).execute()
    codes = [entry.hmis_code for entry in households.relationships()]
    assert 99 not in codes
    assert codes[0] == 1
