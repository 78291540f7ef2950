"""First start on an empty database: the agency, its first provider and first administrator."""

from __future__ import annotations

from dataclasses import dataclass

from casepoint_desktop.data.database import db
from casepoint_desktop.data.lists import seed_lists
from casepoint_desktop.data.models import AgencySettings, Provider, User
from casepoint_desktop.services import audit
from casepoint_desktop.services.auth import check_password_rules, hash_password
from casepoint_desktop.services.errors import ServiceError, ValidationError
from casepoint_desktop.services.session import Role

USERNAME_CHARACTERS = set("abcdefghijklmnopqrstuvwxyz0123456789._-@")

REQUIRED_FIELDS = {
    "agency_name": "agency name",
    "provider_name": "first provider's name",
    "first_name": "administrator's first name",
    "last_name": "administrator's last name",
}


@dataclass
class FirstSetup:
    """Values of the first start, from the first-start dialog or `casepoint-desktop setup`."""

    agency_name: str
    provider_name: str
    username: str
    first_name: str
    last_name: str
    password: str


def needs_setup() -> bool:
    """Return True while the database has no agency or no user."""
    return AgencySettings.select().count() == 0 or User.select().count() == 0


def validate_username(username: str) -> str:
    """Return the user name in lower case, or raise ValidationError on "username"."""
    name = username.strip().lower()
    if not name:
        raise ValidationError({"username": "A user name is required."})
    if not set(name) <= USERNAME_CHARACTERS:
        raise ValidationError(
            {"username": "Use only letters a–z, digits and . _ - @ in a user name."}
        )
    return name


def validate_first_setup(setup: FirstSetup) -> str:
    """Check the values of the first start without saving them.

    Returns:
        The administrator's user name in lower case.

    Raises:
        ValidationError: a required value is missing or the password breaks the rules.
    """
    errors = {}
    for field, label in REQUIRED_FIELDS.items():
        if not getattr(setup, field).strip():
            errors[field] = f"The {label} is required."
    try:
        username = validate_username(setup.username)
    except ValidationError as error:
        errors.update(error.field_errors)
    try:
        check_password_rules(setup.password)
    except ValidationError as error:
        errors.update(error.field_errors)
    if errors:
        raise ValidationError(errors)
    return username


def create_agency(setup: FirstSetup) -> User:
    """Create the agency settings, first provider, starting lists and first administrator.

    A database that already has agency settings but no user (an HMIS import on an empty
    database creates them) keeps its other settings and takes the agency name given here.

    Returns:
        The administrator.

    Raises:
        ValidationError: a required value is missing or the password breaks the rules.
        ServiceError: the database is already set up.
    """
    username = validate_first_setup(setup)
    if not needs_setup():
        raise ServiceError("This database is already set up.")

    with db.atomic():
        settings = AgencySettings.get_or_none()
        if settings is None:
            AgencySettings.create(name=setup.agency_name.strip())
        else:
            settings.name = setup.agency_name.strip()
            settings.save()
        provider, _ = Provider.get_or_create(name=setup.provider_name.strip())
        seed_lists()
        admin = User.create(
            username=username,
            first_name=setup.first_name.strip(),
            last_name=setup.last_name.strip(),
            password_hash=hash_password(setup.password),
            role=Role.ADMINISTRATOR.value,
            home_provider=provider,
        )
        audit.record(None, "create", "user", admin.id, changes={"username": (None, username)})
    return admin
