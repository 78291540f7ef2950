"""Households: members, the head of household and each member's relationship to the head."""

from __future__ import annotations

from datetime import date

import peewee

from casepoint_desktop.data.database import db
from casepoint_desktop.data.models import Client, Household, HouseholdMember, Relationship
from casepoint_desktop.services import audit
from casepoint_desktop.services.errors import NotFound, ServiceError
from casepoint_desktop.services.session import Session

SELF_CODE = 1  # HMIS RelationshipToHoH: self (head of household)


def current_membership(client_id: int) -> HouseholdMember | None:
    """Return the client's membership of the household they live in now (not left), or None.

    A client who belongs to several households at once gets the one joined last.
    """
    return (
        HouseholdMember.select()
        .where((HouseholdMember.client == client_id) & HouseholdMember.date_left.is_null())
        .order_by(HouseholdMember.date_joined.desc(nulls="LAST"), HouseholdMember.id.desc())
        .first()
    )


def members_query(household_id: int) -> peewee.ModelSelect[HouseholdMember]:
    """Return the current members of a household, head first, with client and relationship."""
    return (
        HouseholdMember.select(HouseholdMember, Client, Relationship)
        .join(Client)
        .switch(HouseholdMember)
        .join(Relationship, peewee.JOIN.LEFT_OUTER)
        .where((HouseholdMember.household == household_id) & HouseholdMember.date_left.is_null())
        .order_by(HouseholdMember.is_head.desc(), Client.last_name, Client.first_name)
    )


def household_members(client_id: int) -> list[HouseholdMember]:
    """Return the current members of the client's household; empty when they have none."""
    membership = current_membership(client_id)
    if membership is None:
        return []
    return list(members_query(membership.household_id))


def relationships() -> list[Relationship]:
    """Return the relationships that are not retired, in list order."""
    return list(
        Relationship.select()
        .where(Relationship.retired == False)  # noqa: E712
        .order_by(Relationship.sort_order, Relationship.name)
    )


def _self_relationship() -> Relationship | None:
    return Relationship.get_or_none(Relationship.hmis_code == SELF_CODE)


def add_member(
    session: Session,
    client_id: int,
    new_member_id: int,
    relationship: Relationship | None,
    joined: date | None = None,
) -> HouseholdMember:
    """Add a client to the household of `client_id`, starting one with `client_id` as head
    when they have none.

    Raises:
        ServiceError: the new member is the client or is already in this household.
        PermissionDenied, NotFound.
    """
    session.require_write()
    if client_id == new_member_id:
        raise ServiceError("A client cannot be added to their own household twice.")
    joined = joined or date.today()
    with db.atomic():
        for needed in (client_id, new_member_id):
            if Client.get_or_none(Client.id == needed) is None:
                raise NotFound(f"Client {needed} was not found.")

        membership = current_membership(client_id)
        if membership is None:
            household = Household.create()
            membership = HouseholdMember.create(
                household=household,
                client=client_id,
                is_head=True,
                relationship=_self_relationship(),
                date_joined=joined,
            )
            audit.record(session, "create", "household", household.id, client_id)

        existing = HouseholdMember.get_or_none(
            (HouseholdMember.household == membership.household_id)
            & (HouseholdMember.client == new_member_id)
        )
        if existing is not None and existing.date_left is None:
            raise ServiceError("That client is already a member of this household.")
        if existing is not None:
            existing.date_left = None
            existing.date_joined = joined
            existing.relationship = relationship
            existing.save()
            member = existing
        else:
            member = HouseholdMember.create(
                household=membership.household_id,
                client=new_member_id,
                relationship=relationship,
                date_joined=joined,
            )
        audit.record(
            session,
            "create",
            "household_member",
            member.id,
            client_id,
            {"client": (None, new_member_id), "relationship": (None, relationship)},
        )
    return member


def set_head(session: Session, member_id: int) -> None:
    """Make a member the head of their household; the former head gets no relationship set.

    Raises:
        PermissionDenied, NotFound.
    """
    session.require_write()
    with db.atomic():
        member = _get_member(member_id)
        former = HouseholdMember.select().where(
            (HouseholdMember.household == member.household_id)
            & (HouseholdMember.is_head == True)  # noqa: E712
            & (HouseholdMember.id != member.id)
        )
        for head in former:
            head.is_head = False
            if head.relationship_id == getattr(_self_relationship(), "id", None):
                head.relationship = None
            head.save()
        member.is_head = True
        member.relationship = _self_relationship()
        member.save()
        audit.record(
            session,
            "update",
            "household_member",
            member.id,
            member.client_id,
            {"is_head": (False, True)},
        )


def set_relationship(session: Session, member_id: int, relationship: Relationship | None) -> None:
    """Change a member's relationship to the head of household.

    Raises:
        PermissionDenied, NotFound.
    """
    session.require_write()
    with db.atomic():
        member = _get_member(member_id)
        old = member.relationship_id
        member.relationship = relationship
        member.save()
        audit.record(
            session,
            "update",
            "household_member",
            member.id,
            member.client_id,
            {"relationship": (old, relationship)},
        )


def remove_member(session: Session, member_id: int, left: date | None = None) -> None:
    """Record that a member left the household; the membership stays as history.

    Raises:
        ServiceError: the member is the head while others remain.
        PermissionDenied, NotFound.
    """
    session.require_write()
    with db.atomic():
        member = _get_member(member_id)
        others = (
            HouseholdMember.select()
            .where(
                (HouseholdMember.household == member.household_id)
                & (HouseholdMember.id != member.id)
                & HouseholdMember.date_left.is_null()
            )
            .count()
        )
        if member.is_head and others:
            raise ServiceError("Choose another head of household before removing the current head.")
        member.date_left = left or date.today()
        member.save()
        audit.record(
            session,
            "update",
            "household_member",
            member.id,
            member.client_id,
            {"date_left": (None, member.date_left)},
        )


def _get_member(member_id: int) -> HouseholdMember:
    member = HouseholdMember.get_or_none(HouseholdMember.id == member_id)
    if member is None:
        raise NotFound(f"Household member {member_id} was not found.")
    return member
