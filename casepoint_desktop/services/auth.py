"""Log-in with Argon2id password hashes and the lock-out after repeated failures."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

import argon2
from argon2 import PasswordHasher

from casepoint_desktop.data.database import db
from casepoint_desktop.data.fields import utc_now
from casepoint_desktop.data.models import AgencySettings, LoginThrottle, User
from casepoint_desktop.services import audit
from casepoint_desktop.services.errors import ServiceError, ValidationError
from casepoint_desktop.services.session import Session

log = logging.getLogger(__name__)

# argon2-cffi's PasswordHasher uses Argon2id with the parameters of RFC 9106's second
# recommended option (64 MiB, 3 passes) by default.
_PRODUCTION_HASHER = PasswordHasher()
_hasher = _PRODUCTION_HASHER

# Verified against when the user name is unknown, so that a wrong name takes as long as a
# wrong password. It is the hash of "not a real password" with the production parameters,
# written out because hashing it at import added about 0.2 s to every start of the program.
_DUMMY_HASH = (
    "$argon2id$v=19$m=65536,t=3,p=4$IUP3iJUWcRkS7Mv/pRxiAg$"
    "WpPuzbixKkVPWKBT9kUP4oQYCAvdDGKkQ93iix6hO0Y"
)

WRONG_CREDENTIALS = "The user name or password is incorrect."
WRONG_PASSWORD = "The password is incorrect."


class LoginFailed(ServiceError):
    """Wrong credentials or a locked account; the message does not say which field was wrong."""


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def check_password_rules(password: str) -> None:
    """Raise ValidationError on the "password" field unless the password meets the rules."""
    settings = AgencySettings.get_or_none()
    minimum = settings.password_min_length if settings else 10
    if len(password) < minimum:
        raise ValidationError(
            {"password": f"The password must have at least {minimum} characters."}
        )
    if password.strip() != password:
        raise ValidationError({"password": "The password cannot start or end with a space."})


def log_in(username: str, password: str) -> Session:
    """Check the credentials and return a session on the user's home provider.

    Raises:
        LoginFailed: wrong user name or password, an inactive account, or a lock-out after
            too many failures (its message gives the minutes left).
    """
    name = username.strip().lower()
    now = utc_now()
    throttle = _open_throttle(name, now)

    user = User.get_or_none(User.username == name)
    if _password_matches(user, password) and user is not None and user.active:
        with db.atomic():
            throttle.failed_attempts = 0
            throttle.locked_until = None
            throttle.save()
            if _hasher.check_needs_rehash(user.password_hash):
                user.password_hash = hash_password(password)
            user.last_login_at = now
            user.save()
            session = Session(user=user, provider=user.home_provider)
            audit.record(session, "login", "user", user.id)
        log.info("User %d logged in", user.id)
        return session

    _count_failure(throttle, now)
    raise LoginFailed(WRONG_CREDENTIALS)


def unlock(session: Session, password: str) -> None:
    """Check the password of the session's user before an idle-locked window unlocks.

    Failures count toward the same lock-out as failed log-ins, and a success resets them.

    Raises:
        LoginFailed: a wrong password ("The password is incorrect.") or a lock-out after too
            many failures (its message gives the minutes left).
    """
    now = utc_now()
    throttle = _open_throttle(session.user.username, now)
    if not _password_matches(session.user, password):
        _count_failure(throttle, now)
        raise LoginFailed(WRONG_PASSWORD)
    if throttle.failed_attempts or throttle.locked_until is not None:
        throttle.failed_attempts = 0
        throttle.locked_until = None
        throttle.save()
    log.info("User %d unlocked the window", session.user.id)


def _open_throttle(username: str, now: datetime) -> LoginThrottle:
    """Return the failure count of `username`, raising LoginFailed while it is locked out."""
    throttle, _ = LoginThrottle.get_or_create(username=username)
    if throttle.locked_until is not None and throttle.locked_until > now:
        minutes = max(1, int((throttle.locked_until - now).total_seconds() // 60) + 1)
        log.warning("Log-in rejected: the account is locked for %d more minutes", minutes)
        raise LoginFailed(
            f"Too many failed attempts. Try again in {minutes} minutes, or ask an "
            "administrator to reset your password."
        )
    return throttle


def _count_failure(throttle: LoginThrottle, now: datetime) -> None:
    """Count a failed attempt, and lock the user name out once the agency's limit is reached."""
    settings = AgencySettings.get()
    with db.atomic():
        throttle.failed_attempts += 1
        if throttle.failed_attempts >= settings.lockout_attempts:
            throttle.locked_until = now + timedelta(minutes=settings.lockout_minutes)
            throttle.failed_attempts = 0
            log.warning(
                "Locked a user name for %d minutes after failures", settings.lockout_minutes
            )
        throttle.save()


def _password_matches(user: User | None, password: str) -> bool:
    stored = user.password_hash if user is not None else _DUMMY_HASH
    try:
        matched = _hasher.verify(stored, password)
    except argon2.exceptions.VerificationError:
        return False
    except argon2.exceptions.InvalidHashError:
        log.error("User %s has a password hash that is not Argon2", user.id if user else None)
        return False
    return matched and user is not None


def change_password(session: Session, current: str, new: str) -> None:
    """Replace the logged-in user's password after checking the current one.

    Raises:
        ValidationError: the current password is wrong ("current_password") or the new one
            breaks the rules ("password").
    """
    if not _password_matches(session.user, current):
        raise ValidationError({"current_password": "The current password is incorrect."})
    check_password_rules(new)
    with db.atomic():
        session.user.password_hash = hash_password(new)
        session.user.must_change_password = False
        session.user.save()
        audit.record(session, "update", "user", session.user.id, changes={"password": ("", "")})
