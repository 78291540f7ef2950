"""Tests of log-in, Argon2id hashes, the lock-out and password changes."""

from __future__ import annotations

from datetime import timedelta

import argon2
import pytest

from casepoint_desktop.data.fields import utc_now
from casepoint_desktop.data.models import AgencySettings, AuditEntry, LoginThrottle, User
from casepoint_desktop.services import auth
from casepoint_desktop.services.auth import WRONG_CREDENTIALS, LoginFailed
from casepoint_desktop.services.errors import ValidationError
from tests.conftest import ADMIN_PASSWORD, make_user


def test_password_stored_as_argon2id(admin_session):
    stored = User.get(User.username == "admin").password_hash
    assert stored.startswith("$argon2id$")
    assert ADMIN_PASSWORD not in stored


def test_production_hasher_parameters():
    parameters = auth._PRODUCTION_HASHER
    assert parameters.type is argon2.Type.ID
    assert parameters.memory_cost >= 64 * 1024
    assert parameters.time_cost >= 3


def test_dummy_hash_has_production_parameters():
    assert not auth._PRODUCTION_HASHER.check_needs_rehash(auth._DUMMY_HASH)
    assert auth._PRODUCTION_HASHER.verify(auth._DUMMY_HASH, "not a real password")


def test_log_in_returns_session_on_home_provider(admin_session):
    session = auth.log_in("admin", ADMIN_PASSWORD)
    assert session.user.username == "admin"
    assert session.provider.id == session.user.home_provider_id


def test_user_name_ignores_case_and_spaces(admin_session):
    assert auth.log_in("  ADMIN ", ADMIN_PASSWORD).user.username == "admin"


def test_wrong_password_and_unknown_user_same_message(admin_session):
    with pytest.raises(LoginFailed) as wrong_password:
        auth.log_in("admin", "not the password")
    with pytest.raises(LoginFailed) as unknown_user:
        auth.log_in("nobody", ADMIN_PASSWORD)
    assert str(wrong_password.value) == WRONG_CREDENTIALS
    assert str(unknown_user.value) == WRONG_CREDENTIALS


def test_inactive_user_cannot_log_in(admin_session):
    user = make_user("casey")
    user.active = False
    user.save()
    with pytest.raises(LoginFailed, match="incorrect"):
        auth.log_in("casey", ADMIN_PASSWORD)


def test_fifth_failure_locks_account(admin_session):
    for _ in range(4):
        with pytest.raises(LoginFailed, match="incorrect"):
            auth.log_in("admin", "wrong")
    with pytest.raises(LoginFailed, match="incorrect"):
        auth.log_in("admin", "wrong")
    with pytest.raises(LoginFailed, match="Try again in 15 minutes"):
        auth.log_in("admin", ADMIN_PASSWORD)


def test_lock_out_uses_agency_settings(admin_session):
    AgencySettings.update(lockout_attempts=2, lockout_minutes=30).execute()
    for _ in range(2):
        with pytest.raises(LoginFailed, match="incorrect"):
            auth.log_in("admin", "wrong")
    with pytest.raises(LoginFailed, match="Try again in 30 minutes"):
        auth.log_in("admin", ADMIN_PASSWORD)


def test_unknown_user_name_locks_alike(admin_session):
    for _ in range(5):
        with pytest.raises(LoginFailed, match="incorrect"):
            auth.log_in("nobody", "wrong")
    with pytest.raises(LoginFailed, match="Try again"):
        auth.log_in("nobody", "wrong")


def test_lock_ends_after_minutes(admin_session):
    LoginThrottle.update(locked_until=utc_now() - timedelta(seconds=1)).where(
        LoginThrottle.username == "admin"
    ).execute()
    assert auth.log_in("admin", ADMIN_PASSWORD).user.username == "admin"


def test_success_resets_failures(admin_session):
    for _ in range(4):
        with pytest.raises(LoginFailed):
            auth.log_in("admin", "wrong")
    auth.log_in("admin", ADMIN_PASSWORD)
    assert LoginThrottle.get(LoginThrottle.username == "admin").failed_attempts == 0
    for _ in range(4):
        with pytest.raises(LoginFailed, match="incorrect"):
            auth.log_in("admin", "wrong")
    assert auth.log_in("admin", ADMIN_PASSWORD)


def test_log_in_recorded_in_audit(admin_session):
    entry = AuditEntry.select().where(AuditEntry.action == "login").get()
    assert entry.user_id == admin_session.user.id


def test_change_password(admin_session):
    auth.change_password(admin_session, ADMIN_PASSWORD, "a new long passphrase")
    assert auth.log_in("admin", "a new long passphrase")
    with pytest.raises(LoginFailed):
        auth.log_in("admin", ADMIN_PASSWORD)


def test_change_password_wrong_current(admin_session):
    with pytest.raises(ValidationError) as raised:
        auth.change_password(admin_session, "wrong", "a new long passphrase")
    assert "current_password" in raised.value.field_errors


def test_short_password_rejected(admin_session):
    with pytest.raises(ValidationError) as raised:
        auth.change_password(admin_session, ADMIN_PASSWORD, "short")
    assert "at least 10" in raised.value.field_errors["password"]


def test_unlock_with_right_password(admin_session):
    auth.unlock(admin_session, ADMIN_PASSWORD)


def test_unlock_wrong_password(admin_session):
    with pytest.raises(LoginFailed, match="The password is incorrect"):
        auth.unlock(admin_session, "wrong")


def test_unlock_failures_lock_out(admin_session):
    AgencySettings.update(lockout_attempts=3, lockout_minutes=20).execute()
    for _ in range(3):
        with pytest.raises(LoginFailed, match="incorrect"):
            auth.unlock(admin_session, "wrong")

    with pytest.raises(LoginFailed, match="Try again in 20 minutes"):
        auth.unlock(admin_session, ADMIN_PASSWORD)
    with pytest.raises(LoginFailed, match="Try again in 20 minutes"):
        auth.log_in("admin", ADMIN_PASSWORD)


def test_unlock_resets_failures(admin_session):
    for _ in range(2):
        with pytest.raises(LoginFailed):
            auth.unlock(admin_session, "wrong")

    auth.unlock(admin_session, ADMIN_PASSWORD)

    assert LoginThrottle.get(LoginThrottle.username == "admin").failed_attempts == 0
