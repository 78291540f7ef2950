"""Peewee models of the case plan: case-manager assignments, goals, action steps, case notes,
service transactions and file attachments, with their household-member links.
"""

from __future__ import annotations

import peewee

from casepoint_desktop.data.fields import UtcDateTimeField, utc_now
from casepoint_desktop.data.lists import (
    GoalClassification,
    GoalOutcome,
    GoalStatus,
    GoalType,
    ServiceType,
)
from casepoint_desktop.data.models import BaseModel, Client, Provider, User


class CaseManagerAssignment(BaseModel):
    """A person assigned to a client for a time span.

    The person is a program user (`user` set) or, for case managers of other agencies, a
    free-text `other_name` with `other_agency_uses_program`.
    """

    client = peewee.ForeignKeyField(Client, backref="case_managers", on_delete="CASCADE")
    user = peewee.ForeignKeyField(User, null=True, on_delete="RESTRICT")
    other_name = peewee.CharField(max_length=200, default="")
    other_agency_uses_program = peewee.BooleanField(default=False)
    provider = peewee.ForeignKeyField(Provider, on_delete="RESTRICT")
    title = peewee.CharField(max_length=100, default="")
    phone = peewee.CharField(max_length=30, default="")
    email = peewee.CharField(max_length=200, default="")
    start_date = peewee.DateField()
    end_date = peewee.DateField(null=True)
    created_by = peewee.ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+")
    created_at = UtcDateTimeField(default=utc_now)
    updated_at = UtcDateTimeField(default=utc_now)
    version = peewee.IntegerField(default=1)


class CaseManagerMember(BaseModel):
    """A household member that a case manager also works with."""

    assignment = peewee.ForeignKeyField(
        CaseManagerAssignment, backref="member_links", on_delete="CASCADE"
    )
    client = peewee.ForeignKeyField(Client, on_delete="CASCADE")

    class Meta:
        indexes = ((("assignment", "client"), True),)


class FollowUpMixin(BaseModel):
    """Follow-up reminder and completion fields shared by goals and action steps."""

    followup_date = peewee.DateField(null=True, index=True)
    followup_provider = peewee.ForeignKeyField(
        Provider, null=True, on_delete="RESTRICT", backref="+"
    )
    followup_user = peewee.ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+")
    followup_actual_date = peewee.DateField(null=True)
    followup_made_by = peewee.ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+")
    followup_notes = peewee.TextField(default="")


class Goal(FollowUpMixin):
    """One entry of a client's case plan."""

    client = peewee.ForeignKeyField(Client, backref="goals", on_delete="CASCADE")
    provider = peewee.ForeignKeyField(Provider, on_delete="RESTRICT")
    case_manager = peewee.ForeignKeyField(
        CaseManagerAssignment, null=True, on_delete="RESTRICT", backref="goals"
    )
    date_set = peewee.DateField(index=True)
    classification = peewee.ForeignKeyField(GoalClassification, on_delete="RESTRICT")
    goal_type = peewee.ForeignKeyField(GoalType, on_delete="RESTRICT")
    description = peewee.TextField(default="")
    target_date = peewee.DateField(null=True)
    status = peewee.ForeignKeyField(GoalStatus, on_delete="RESTRICT")
    outcome = peewee.ForeignKeyField(GoalOutcome, null=True, on_delete="RESTRICT")
    percent_complete = peewee.IntegerField(null=True)
    date_closed = peewee.DateField(null=True)
    created_by = peewee.ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+")
    created_at = UtcDateTimeField(default=utc_now)
    updated_at = UtcDateTimeField(default=utc_now)
    version = peewee.IntegerField(default=1)

    class Meta:
        indexes = ((("followup_user", "followup_actual_date"), False),)


class GoalMember(BaseModel):
    """A household member that a goal is for."""

    goal = peewee.ForeignKeyField(Goal, backref="member_links", on_delete="CASCADE")
    client = peewee.ForeignKeyField(Client, on_delete="CASCADE")

    class Meta:
        indexes = ((("goal", "client"), True),)


class ActionStep(FollowUpMixin):
    """A self-defined step toward a goal."""

    goal = peewee.ForeignKeyField(Goal, backref="action_steps", on_delete="CASCADE")
    description = peewee.TextField()
    provider = peewee.ForeignKeyField(Provider, on_delete="RESTRICT")
    date_set = peewee.DateField()
    target_date = peewee.DateField(null=True)
    status = peewee.ForeignKeyField(GoalStatus, on_delete="RESTRICT")
    outcome = peewee.ForeignKeyField(GoalOutcome, null=True, on_delete="RESTRICT")
    date_closed = peewee.DateField(null=True)
    created_by = peewee.ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+")
    created_at = UtcDateTimeField(default=utc_now)
    updated_at = UtcDateTimeField(default=utc_now)
    version = peewee.IntegerField(default=1)

    class Meta:
        indexes = ((("followup_user", "followup_actual_date"), False),)


class ActionStepMember(BaseModel):
    """A household member that an action step is for, one of its goal's members."""

    action_step = peewee.ForeignKeyField(ActionStep, backref="member_links", on_delete="CASCADE")
    client = peewee.ForeignKeyField(Client, on_delete="CASCADE")

    class Meta:
        indexes = ((("action_step", "client"), True),)


class CaseNote(BaseModel):
    """A note written inside a goal."""

    goal = peewee.ForeignKeyField(Goal, backref="case_notes", on_delete="CASCADE")
    provider = peewee.ForeignKeyField(Provider, on_delete="RESTRICT")
    case_manager = peewee.ForeignKeyField(
        CaseManagerAssignment, null=True, on_delete="RESTRICT", backref="case_notes"
    )
    author = peewee.ForeignKeyField(User, on_delete="RESTRICT")
    note_date = peewee.DateField()
    text = peewee.TextField()
    created_at = UtcDateTimeField(default=utc_now)
    updated_at = UtcDateTimeField(default=utc_now)
    version = peewee.IntegerField(default=1)

    class Meta:
        indexes = ((("goal", "note_date"), False),)


class CaseNoteMember(BaseModel):
    """A household member that a case note is about."""

    case_note = peewee.ForeignKeyField(CaseNote, backref="member_links", on_delete="CASCADE")
    client = peewee.ForeignKeyField(Client, on_delete="CASCADE")

    class Meta:
        indexes = ((("case_note", "client"), True),)


class ServiceTransaction(BaseModel):
    """A service provided to a client, optionally tied to a goal.

    `units` and `amount` are decimals; `hmis_services_id` is set for imported services.
    """

    client = peewee.ForeignKeyField(Client, backref="services", on_delete="CASCADE")
    goal = peewee.ForeignKeyField(Goal, null=True, backref="services", on_delete="CASCADE")
    provider = peewee.ForeignKeyField(Provider, on_delete="RESTRICT")
    service_type = peewee.ForeignKeyField(ServiceType, on_delete="RESTRICT")
    start_date = peewee.DateField(index=True)
    end_date = peewee.DateField(null=True)
    units = peewee.DecimalField(max_digits=12, decimal_places=2, null=True)
    unit_type = peewee.CharField(max_length=50, default="")
    amount = peewee.DecimalField(max_digits=12, decimal_places=2, null=True)
    notes = peewee.TextField(default="")
    hmis_services_id = peewee.CharField(max_length=50, null=True, unique=True)
    created_by = peewee.ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+")
    created_at = UtcDateTimeField(default=utc_now)
    updated_at = UtcDateTimeField(default=utc_now)
    version = peewee.IntegerField(default=1)


class Attachment(BaseModel):
    """A file attached to a client, a goal or a case note.

    `file_name` is the user's name for display only and is never used as a path. The stored
    copy is found by `storage_key` and checked against `sha256`.
    """

    client = peewee.ForeignKeyField(Client, backref="attachments", on_delete="CASCADE")
    goal = peewee.ForeignKeyField(Goal, null=True, backref="attachments", on_delete="CASCADE")
    case_note = peewee.ForeignKeyField(
        CaseNote, null=True, backref="attachments", on_delete="CASCADE"
    )
    added_from = peewee.CharField(max_length=20)  # "client_profile", "goal" or "case_note"
    file_name = peewee.CharField(max_length=255)
    description = peewee.TextField(default="")
    size_bytes = peewee.BigIntegerField()
    sha256 = peewee.CharField(max_length=64)
    storage_key = peewee.CharField(max_length=100, unique=True)
    media_type = peewee.CharField(max_length=100, default="application/octet-stream")
    locked = peewee.BooleanField(default=False)
    provider = peewee.ForeignKeyField(Provider, on_delete="RESTRICT")
    added_by = peewee.ForeignKeyField(User, on_delete="RESTRICT")
    added_at = UtcDateTimeField(default=utc_now)


class AttachmentPart(BaseModel):
    """One part, at most a mebibyte, of an attachment's stored copy, in order of `part`.

    Keeping the copy in the database means a backup carries it, a deleted client, goal or
    case note takes it along through ON DELETE CASCADE, and a save of it is one transaction.
    """

    # The unique index on (attachment, part) serves lookups by attachment too.
    attachment = peewee.ForeignKeyField(
        Attachment, backref="parts", on_delete="CASCADE", index=False
    )
    part = peewee.IntegerField()
    data = peewee.BlobField()

    class Meta:
        indexes = ((("attachment", "part"), True),)
