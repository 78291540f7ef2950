"""Peewee models of the agency, its users, clients, households, client notes and audit log.

The case-plan models (assignments, goals, action steps, case notes, services, attachments)
are in `case_plan_models`, and the agency-editable lists in `lists`. Every model binds to
`database.db`, a proxy that `database.open_database` points at a real file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import peewee

from casepoint_desktop.data.database import db
from casepoint_desktop.data.fields import UtcDateTimeField, utc_now


class BaseModel(peewee.Model):
    """Base of every table: binds to the database proxy."""

    if TYPE_CHECKING:
        # peewee adds `id` and a `<name>_id` attribute per foreign key at run time, which
        # its type stubs do not declare.
        id: Any

        def __getattr__(self, name: str) -> Any: ...

    class Meta:
        database = db
        legacy_table_names = False


class AgencySettings(BaseModel):
    """The one row of agency-wide settings."""

    name = peewee.CharField(max_length=200)
    paper_size = peewee.CharField(max_length=10, default="letter")  # "letter" or "a4"
    lockout_attempts = peewee.IntegerField(default=5)
    lockout_minutes = peewee.IntegerField(default=15)
    idle_lock_minutes = peewee.IntegerField(default=15)
    attachment_max_mb = peewee.IntegerField(default=50)
    case_notes_editable = peewee.BooleanField(default=True)
    case_notes_deletable = peewee.BooleanField(default=True)
    password_min_length = peewee.IntegerField(default=10)
    backup_on_exit = peewee.BooleanField(default=False)
    backups_kept = peewee.IntegerField(default=10)
    hmis_organization_id = peewee.CharField(max_length=50, null=True)
    created_at = UtcDateTimeField(default=utc_now)


class Provider(BaseModel):
    """A program or site of the agency; records belong to the provider they were entered for."""

    name = peewee.CharField(max_length=200, unique=True)
    hmis_project_id = peewee.CharField(max_length=50, null=True, unique=True)
    active = peewee.BooleanField(default=True)
    created_at = UtcDateTimeField(default=utc_now)


class User(BaseModel):
    """A staff member who logs in. `username` is stored in lower case."""

    username = peewee.CharField(max_length=100, unique=True)
    first_name = peewee.CharField(max_length=100)
    last_name = peewee.CharField(max_length=100)
    password_hash = peewee.CharField(max_length=255)
    role = peewee.CharField(max_length=20)  # one of services.permissions.Role
    home_provider = peewee.ForeignKeyField(Provider, backref="home_users", on_delete="RESTRICT")
    active = peewee.BooleanField(default=True)
    must_change_password = peewee.BooleanField(default=False)
    email = peewee.CharField(max_length=200, null=True)
    phone = peewee.CharField(max_length=30, null=True)
    created_at = UtcDateTimeField(default=utc_now)
    last_login_at = UtcDateTimeField(null=True)

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


class UserProvider(BaseModel):
    """An "enter data as" (EDA) provider that a user may work for besides the home provider."""

    user = peewee.ForeignKeyField(User, backref="eda_links", on_delete="CASCADE")
    provider = peewee.ForeignKeyField(Provider, backref="eda_links", on_delete="CASCADE")

    class Meta:
        indexes = ((("user", "provider"), True),)


class LoginThrottle(BaseModel):
    """Failed log-in attempts per typed user name, known or not, for the lock-out.

    Keying by the typed name, not by the account, makes the lock-out behave the same for
    names that do not exist, so it does not reveal which names are real.
    """

    username = peewee.CharField(max_length=100, primary_key=True)
    failed_attempts = peewee.IntegerField(default=0)
    locked_until = UtcDateTimeField(null=True)


class Client(BaseModel):
    """A person served. Only the last four digits of an identity number are ever stored."""

    first_name = peewee.CharField(max_length=100)
    middle_name = peewee.CharField(max_length=100, default="")
    last_name = peewee.CharField(max_length=100)
    suffix = peewee.CharField(max_length=20, default="")
    # The field hides peewee's Model.alias(), which the program does not use on clients.
    alias = peewee.CharField(max_length=100, default="")  # type: ignore[assignment]
    date_of_birth = peewee.DateField(null=True, index=True)
    gender = peewee.CharField(max_length=50, default="")
    phone = peewee.CharField(max_length=30, default="")
    email = peewee.CharField(max_length=200, default="")
    address = peewee.TextField(default="")
    ssn_last4 = peewee.CharField(max_length=4, null=True, index=True)
    # Folded "last name, first name" for ordering search results the way people read them
    # ("Álvarez" beside "Alvarez", not after "Z"); set by search_terms.refresh_search_terms.
    sort_name = peewee.CharField(max_length=210, default="", index=True)
    hmis_personal_id = peewee.CharField(max_length=50, null=True, unique=True)
    provider = peewee.ForeignKeyField(Provider, null=True, on_delete="SET NULL")
    created_by = peewee.ForeignKeyField(User, null=True, on_delete="SET NULL")
    created_at = UtcDateTimeField(default=utc_now)
    updated_at = UtcDateTimeField(default=utc_now)
    version = peewee.IntegerField(default=1)

    @property
    def display_name(self) -> str:
        parts = [self.first_name, self.middle_name, self.last_name, self.suffix]
        return " ".join(part for part in parts if part)


class ClientSearchTerm(BaseModel):
    """One case- and accent-folded word of a client's names, for indexed prefix search."""

    client = peewee.ForeignKeyField(Client, backref="search_terms", on_delete="CASCADE")
    term = peewee.CharField(max_length=100)

    class Meta:
        indexes = ((("term", "client"), False),)


class Household(BaseModel):
    """Clients who live together; `hmis_household_id` is set for imported households."""

    hmis_household_id = peewee.CharField(max_length=50, null=True, unique=True)
    created_at = UtcDateTimeField(default=utc_now)


class Relationship(BaseModel):
    """A relationship to the head of household (agency-editable list)."""

    name = peewee.CharField(max_length=100, unique=True)
    hmis_code = peewee.IntegerField(null=True, unique=True)
    sort_order = peewee.IntegerField(default=0)
    retired = peewee.BooleanField(default=False)


class HouseholdMember(BaseModel):
    """A client's membership of a household, with the dates joined and left."""

    household = peewee.ForeignKeyField(Household, backref="members", on_delete="CASCADE")
    client = peewee.ForeignKeyField(Client, backref="household_links", on_delete="CASCADE")
    is_head = peewee.BooleanField(default=False)
    relationship = peewee.ForeignKeyField(Relationship, null=True, on_delete="RESTRICT")
    date_joined = peewee.DateField(null=True)
    date_left = peewee.DateField(null=True)

    class Meta:
        indexes = ((("household", "client"), True),)


class ClientNote(BaseModel):
    """A quick note on a client, outside any goal."""

    client = peewee.ForeignKeyField(Client, backref="notes", on_delete="CASCADE")
    provider = peewee.ForeignKeyField(Provider, on_delete="RESTRICT")
    author = peewee.ForeignKeyField(User, on_delete="RESTRICT")
    note_date = peewee.DateField()
    text = peewee.TextField()
    created_at = UtcDateTimeField(default=utc_now)
    updated_at = UtcDateTimeField(default=utc_now)
    version = peewee.IntegerField(default=1)

    class Meta:
        indexes = ((("client", "note_date"), False),)


class AuditEntry(BaseModel):
    """An audit-log entry: who created, changed, deleted, viewed, printed or exported which
    record, and when.

    `client_id` and `record_id` are plain integers, not foreign keys, so an entry outlives
    the record it describes. `changes` is JSON: {"field": [old, new], ...}.
    """

    timestamp = UtcDateTimeField(default=utc_now, index=True)
    user = peewee.ForeignKeyField(User, null=True, on_delete="RESTRICT")
    provider = peewee.ForeignKeyField(Provider, null=True, on_delete="RESTRICT")
    action = peewee.CharField(max_length=20)
    record_type = peewee.CharField(max_length=50)
    record_id = peewee.IntegerField(null=True)
    client_id = peewee.IntegerField(null=True, index=True)
    changes = peewee.TextField(null=True)
