"""Administration of users and providers: create, change, deactivate, reset passwords.

Every function takes the session of the administrator doing it, checks the role, and writes
an audit entry in the transaction of the change. Passwords are never written to the audit
log or to a log file.
"""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass, field

import peewee

from casepoint_desktop.data.database import db
from casepoint_desktop.data.models import LoginThrottle, Provider, User, UserProvider
from casepoint_desktop.services import audit
from casepoint_desktop.services.auth import check_password_rules, hash_password
from casepoint_desktop.services.errors import NotFound, ValidationError
from casepoint_desktop.services.session import Role, Session
from casepoint_desktop.services.setup import validate_username

log = logging.getLogger(__name__)

NAME_MAX_LENGTH = 100


@dataclass
class UserInput:
    """The fields of a user in the administration window."""

    username: str
    first_name: str
    last_name: str
    role: Role
    home_provider_id: int | None
    eda_provider_ids: list[int] = field(default_factory=list)
    email: str = ""
    phone: str = ""

    @classmethod
    def from_user(cls, user: User) -> UserInput:
        eda = UserProvider.select(UserProvider.provider).where(UserProvider.user == user.id)
        return cls(
            username=user.username,
            first_name=user.first_name,
            last_name=user.last_name,
            role=Role(user.role),
            home_provider_id=user.home_provider_id,
            eda_provider_ids=sorted(row.provider_id for row in eda),
            email=user.email or "",
            phone=user.phone or "",
        )


def list_users(session: Session, include_inactive: bool = True) -> list[User]:
    """Return the users by last and first name, with their home providers loaded.

    Raises:
        PermissionDenied: not an administrator.
    """
    session.require_admin()
    query = (
        User.select(User, Provider)
        .join(Provider, on=(User.home_provider == Provider.id))
        .order_by(User.last_name, User.first_name, User.username)
    )
    if not include_inactive:
        query = query.where(User.active == True)  # noqa: E712
    return list(query)


def get_user(user_id: int) -> User:
    """Return the user with `user_id`.

    Raises:
        NotFound: no such user.
    """
    user = User.get_or_none(User.id == user_id)
    if user is None:
        raise NotFound(f"User {user_id} was not found.")
    return user


def get_user_by_name(username: str) -> User:
    """Return the user with the user name, compared in lower case.

    Raises:
        NotFound: no such user.
    """
    user = User.get_or_none(User.username == username.strip().lower())
    if user is None:
        raise NotFound(f"No user is named “{username.strip()}”.")
    return user


def validate_user(data: UserInput, user_id: int | None = None) -> UserInput:
    """Return a cleaned copy of `data`.

    Raises:
        ValidationError: with a message per field: "username" (missing, invalid characters,
            taken), "first_name", "last_name", "role", "home_provider_id",
            "eda_provider_ids".
    """
    errors: dict[str, str] = {}
    cleaned = UserInput(**asdict(data))
    try:
        cleaned.username = validate_username(data.username)
    except ValidationError as error:
        errors.update(error.field_errors)
    else:
        taken = User.select().where(User.username == cleaned.username)
        if user_id is not None:
            taken = taken.where(User.id != user_id)
        if taken.exists():
            errors["username"] = f"The user name “{cleaned.username}” is already taken."

    for name, label in (("first_name", "first name"), ("last_name", "last name")):
        value = " ".join(getattr(data, name).split())
        setattr(cleaned, name, value)
        if not value:
            errors[name] = f"The {label} is required."
        elif len(value) > NAME_MAX_LENGTH:
            errors[name] = f"The {label} can have at most {NAME_MAX_LENGTH} characters."

    try:
        cleaned.role = Role(data.role)
    except ValueError:
        errors["role"] = "Choose a role."

    if data.home_provider_id is None:
        errors["home_provider_id"] = "Choose the home provider."
    elif not Provider.select().where(Provider.id == data.home_provider_id).exists():
        errors["home_provider_id"] = "The home provider no longer exists. Choose another."

    eda_ids = sorted(set(data.eda_provider_ids) - {data.home_provider_id})
    found = {provider.id for provider in Provider.select().where(Provider.id.in_(eda_ids))}
    if len(found) != len(eda_ids):
        errors["eda_provider_ids"] = "An Enter Data As provider no longer exists."
    cleaned.eda_provider_ids = eda_ids
    cleaned.email = data.email.strip()
    cleaned.phone = data.phone.strip()

    if errors:
        raise ValidationError(errors)
    return cleaned


def create_user(session: Session, data: UserInput, password: str) -> User:
    """Create an active user who must change the password at the first log-in.

    Raises:
        PermissionDenied: not an administrator.
        ValidationError: the fields of validate_user, and "password".
    """
    session.require_admin()
    errors: dict[str, str] = {}
    try:
        cleaned = validate_user(data)
    except ValidationError as error:
        errors.update(error.field_errors)
    try:
        check_password_rules(password)
    except ValidationError as error:
        errors.update(error.field_errors)
    if errors:
        raise ValidationError(errors)

    with db.atomic():
        user = User.create(
            username=cleaned.username,
            first_name=cleaned.first_name,
            last_name=cleaned.last_name,
            password_hash=hash_password(password),
            role=cleaned.role.value,
            home_provider=cleaned.home_provider_id,
            email=cleaned.email or None,
            phone=cleaned.phone or None,
            must_change_password=True,
        )
        _replace_eda_providers(user, cleaned.eda_provider_ids)
        audit.record(
            session,
            "create",
            "user",
            user.id,
            changes={name: (None, value) for name, value in _audit_values(cleaned).items()},
        )
    log.info("User %d created user %d", session.user.id, user.id)
    return user


def update_user(session: Session, user_id: int, data: UserInput) -> User:
    """Save changed fields of a user.

    Raises:
        PermissionDenied: not an administrator.
        ValidationError: the fields of validate_user; "role" when the change would leave no
            active administrator.
        NotFound.
    """
    session.require_admin()
    cleaned = validate_user(data, user_id)
    with db.atomic():
        user = get_user(user_id)
        old = UserInput.from_user(user)
        if old.role is Role.ADMINISTRATOR and cleaned.role is not Role.ADMINISTRATOR:
            _require_other_administrator(user, "role")
        changes = audit.diff(_audit_values(old), _audit_values(cleaned))
        if not changes:
            return user
        user.username = cleaned.username
        user.first_name = cleaned.first_name
        user.last_name = cleaned.last_name
        user.role = cleaned.role.value
        user.home_provider = Provider.get_by_id(cleaned.home_provider_id)
        user.email = cleaned.email or None
        user.phone = cleaned.phone or None
        user.save()
        _replace_eda_providers(user, cleaned.eda_provider_ids)
        audit.record(session, "update", "user", user.id, changes=changes)
    return user


def set_user_active(session: Session, user_id: int, active: bool) -> User:
    """Deactivate a user, who then cannot log in, or make them active again.

    Raises:
        PermissionDenied: not an administrator.
        ValidationError: "active", when administrators deactivate themselves or the last
            active administrator.
        NotFound.
    """
    session.require_admin()
    with db.atomic():
        user = get_user(user_id)
        if user.active == active:
            return user
        if not active:
            if user.id == session.user.id:
                raise ValidationError({"active": "You cannot deactivate your own account."})
            if user.role == Role.ADMINISTRATOR.value:
                _require_other_administrator(user, "active")
        user.active = active
        user.save()
        audit.record(session, "update", "user", user.id, changes={"active": (not active, active)})
    log.info("User %d set user %d active=%s", session.user.id, user_id, active)
    return user


def reset_password(session: Session, user_id: int, password: str) -> None:
    """Give a user a new password that they must change at the next log-in.

    Also ends a lock-out of the user name after failed log-ins.

    Raises:
        PermissionDenied: not an administrator.
        ValidationError: "password" breaks the agency's rules.
        NotFound.
    """
    session.require_admin()
    check_password_rules(password)
    with db.atomic():
        user = get_user(user_id)
        user.password_hash = hash_password(password)
        user.must_change_password = True
        user.save()
        LoginThrottle.delete().where(LoginThrottle.username == user.username).execute()
        # The audit entry records that the password changed, never the password.
        audit.record(session, "update", "user", user.id, changes={"password": ("", "reset")})
    log.info("User %d reset the password of user %d", session.user.id, user_id)


def list_providers(include_inactive: bool = True) -> list[Provider]:
    """Return the providers by name."""
    query = Provider.select().order_by(Provider.name)
    if not include_inactive:
        query = query.where(Provider.active == True)  # noqa: E712
    return list(query)


def create_provider(session: Session, name: str, hmis_project_id: str = "") -> Provider:
    """Create an active provider.

    Raises:
        PermissionDenied: not an administrator.
        ValidationError: "name" (missing, too long, taken), "hmis_project_id" (taken).
    """
    session.require_admin()
    name, project_id = _validate_provider(name, hmis_project_id)
    with db.atomic():
        provider = Provider.create(name=name, hmis_project_id=project_id)
        audit.record(
            session,
            "create",
            "provider",
            provider.id,
            changes={"name": (None, name), "hmis_project_id": (None, project_id)},
        )
    return provider


def update_provider(
    session: Session, provider_id: int, name: str, hmis_project_id: str, active: bool
) -> Provider:
    """Rename a provider, change its HMIS project ID, or make it inactive or active.

    An inactive provider keeps its records but no longer appears in provider lists for new
    records.

    Raises:
        PermissionDenied: not an administrator.
        ValidationError: "name", "hmis_project_id", and "active" when active users have
            the provider as their home provider.
        NotFound.
    """
    session.require_admin()
    name, project_id = _validate_provider(name, hmis_project_id, provider_id)
    with db.atomic():
        provider = Provider.get_or_none(Provider.id == provider_id)
        if provider is None:
            raise NotFound(f"Provider {provider_id} was not found.")
        if provider.active and not active:
            home_users = (
                User.select()
                .where((User.home_provider == provider.id) & (User.active == True))  # noqa: E712
                .count()
            )
            if home_users:
                raise ValidationError(
                    {
                        "active": f"{home_users} active users have “{provider.name}” as their "
                        "home provider. Give them another home provider first."
                    }
                )
        changes = audit.diff(
            {
                "name": provider.name,
                "hmis_project_id": provider.hmis_project_id,
                "active": provider.active,
            },
            {"name": name, "hmis_project_id": project_id, "active": active},
        )
        if changes:
            provider.name = name
            provider.hmis_project_id = project_id
            provider.active = active
            provider.save()
            audit.record(session, "update", "provider", provider.id, changes=changes)
    return provider


def _validate_provider(
    name: str, hmis_project_id: str, provider_id: int | None = None
) -> tuple[str, str | None]:
    errors: dict[str, str] = {}
    name = " ".join(name.split())
    project_id = hmis_project_id.strip() or None
    others = Provider.select()
    if provider_id is not None:
        others = others.where(Provider.id != provider_id)
    if not name:
        errors["name"] = "The provider name is required."
    elif len(name) > 200:
        errors["name"] = "The provider name can have at most 200 characters."
    elif others.where(peewee.fn.LOWER(Provider.name) == name.lower()).exists():
        errors["name"] = f"A provider named “{name}” already exists."
    if project_id and others.where(Provider.hmis_project_id == project_id).exists():
        errors["hmis_project_id"] = f"Another provider has the HMIS project ID {project_id}."
    if errors:
        raise ValidationError(errors)
    return name, project_id


def _require_other_administrator(user: User, field_name: str) -> None:
    others = (
        User.select()
        .where(
            (User.role == Role.ADMINISTRATOR.value)
            & (User.active == True)  # noqa: E712
            & (User.id != user.id)
        )
        .exists()
    )
    if not others:
        raise ValidationError(
            {
                field_name: "This is the only active administrator. Make another user an "
                "administrator first."
            }
        )


def _replace_eda_providers(user: User, provider_ids: list[int]) -> None:
    UserProvider.delete().where(UserProvider.user == user.id).execute()
    rows = [{"user": user.id, "provider": provider_id} for provider_id in provider_ids]
    if rows:
        UserProvider.insert_many(rows).execute()


def _audit_values(data: UserInput) -> dict[str, object]:
    values = asdict(data)
    values["role"] = data.role.value
    return values
