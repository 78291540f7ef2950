"""Tests of user and provider administration."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from casepoint_desktop.data.fields import utc_now
from casepoint_desktop.data.models import AuditEntry, LoginThrottle, Provider, User
from casepoint_desktop.services import auth, users
from casepoint_desktop.services.errors import PermissionDenied, ValidationError
from casepoint_desktop.services.session import Role, Session, allowed_providers
from casepoint_desktop.services.users import UserInput
from tests.conftest import make_user

NEW_PASSWORD = "a long new password"


def user_input(session: Session, **changes) -> UserInput:
    values = {
        "username": "Casey.Worker",
        "first_name": "Casey",
        "last_name": "Worker",
        "role": Role.CASE_MANAGER,
        "home_provider_id": session.provider.id,
    }
    values.update(changes)
    return UserInput(**values)


def errors_of(call) -> dict[str, str]:
    with pytest.raises(ValidationError) as raised:
        call()
    return raised.value.field_errors


def test_create_user_must_change_password(admin_session):
    northside = Provider.create(name="Northside")

    user = users.create_user(
        admin_session, user_input(admin_session, eda_provider_ids=[northside.id]), NEW_PASSWORD
    )

    assert user.username == "casey.worker"
    assert user.must_change_password
    assert [provider.name for provider in allowed_providers(user)] == [
        "Downtown Shelter",
        "Northside",
    ]
    session = auth.log_in("casey.worker", NEW_PASSWORD)
    assert session.user.must_change_password
    entry = AuditEntry.get((AuditEntry.record_type == "user") & (AuditEntry.action == "create"))
    assert "password" not in json.loads(entry.changes)
    assert NEW_PASSWORD not in entry.changes


def test_create_user_validation_messages(admin_session):
    make_user("taken")

    errors = errors_of(
        lambda: users.create_user(
            admin_session,
            user_input(admin_session, username="Taken", first_name=" ", home_provider_id=None),
            "short",
        )
    )

    assert errors == {
        "username": "The user name “taken” is already taken.",
        "first_name": "The first name is required.",
        "home_provider_id": "Choose the home provider.",
        "password": "The password must have at least 10 characters.",
    }


def test_bad_username_characters_rejected(admin_session):
    errors = errors_of(
        lambda: users.create_user(
            admin_session, user_input(admin_session, username="ana maria"), NEW_PASSWORD
        )
    )

    assert errors == {"username": "Use only letters a–z, digits and . _ - @ in a user name."}


def test_update_user_records_old_and_new(admin_session):
    user = users.create_user(admin_session, user_input(admin_session), NEW_PASSWORD)

    users.update_user(
        admin_session, user.id, user_input(admin_session, role=Role.SUPERVISOR, last_name="Lee")
    )

    stored = User.get_by_id(user.id)
    assert (stored.role, stored.last_name) == ("supervisor", "Lee")
    entry = AuditEntry.get((AuditEntry.record_type == "user") & (AuditEntry.action == "update"))
    assert json.loads(entry.changes) == {
        "last_name": ["Worker", "Lee"],
        "role": ["case_manager", "supervisor"],
    }


def test_last_administrator_kept(admin_session):
    admin_id = admin_session.user.id

    demoted = UserInput.from_user(admin_session.user)
    demoted.role = Role.SUPERVISOR

    role_errors = errors_of(lambda: users.update_user(admin_session, admin_id, demoted))
    self_errors = errors_of(lambda: users.set_user_active(admin_session, admin_id, False))

    assert "only active administrator" in role_errors["role"]
    assert self_errors == {"active": "You cannot deactivate your own account."}
    assert User.get_by_id(admin_id).role == "administrator"


def test_deactivated_user_cannot_log_in(admin_session):
    user = users.create_user(admin_session, user_input(admin_session), NEW_PASSWORD)

    users.set_user_active(admin_session, user.id, False)

    with pytest.raises(auth.LoginFailed):
        auth.log_in("casey.worker", NEW_PASSWORD)
    users.set_user_active(admin_session, user.id, True)
    assert auth.log_in("casey.worker", NEW_PASSWORD).user.id == user.id


def test_reset_password_forces_change_and_ends_lock_out(admin_session):
    user = make_user("casey")
    LoginThrottle.create(
        username="casey", failed_attempts=0, locked_until=utc_now() + timedelta(minutes=15)
    )

    users.reset_password(admin_session, user.id, NEW_PASSWORD)

    session = auth.log_in("casey", NEW_PASSWORD)
    assert session.user.must_change_password
    auth.change_password(session, NEW_PASSWORD, "my own secret phrase")
    assert not User.get_by_id(user.id).must_change_password
    entry = AuditEntry.select().where(AuditEntry.record_type == "user").order_by(AuditEntry.id)
    assert NEW_PASSWORD not in " ".join(row.changes or "" for row in entry)


def test_reset_password_follows_rules(admin_session):
    user = make_user("casey")

    errors = errors_of(lambda: users.reset_password(admin_session, user.id, "short"))

    assert errors == {"password": "The password must have at least 10 characters."}


@pytest.mark.parametrize("role", [Role.SUPERVISOR, Role.CASE_MANAGER, Role.READ_ONLY])
def test_only_administrators_manage_users(admin_session, role):
    other = make_user("other", role)
    session = Session(other, other.home_provider)

    for call in (
        lambda: users.list_users(session),
        lambda: users.create_user(session, user_input(session), NEW_PASSWORD),
        lambda: users.update_user(session, other.id, user_input(session)),
        lambda: users.set_user_active(session, admin_session.user.id, False),
        lambda: users.reset_password(session, admin_session.user.id, NEW_PASSWORD),
        lambda: users.create_provider(session, "Eastside"),
    ):
        with pytest.raises(PermissionDenied):
            call()


def test_create_and_rename_provider(admin_session):
    provider = users.create_provider(admin_session, "  Eastside   Outreach ", "P-100")

    assert provider.name == "Eastside Outreach"
    users.update_provider(admin_session, provider.id, "Eastside Center", "P-100", True)
    assert Provider.get_by_id(provider.id).name == "Eastside Center"
    errors = errors_of(lambda: users.create_provider(admin_session, "eastside center", "P-100"))
    assert errors == {
        "name": "A provider named “eastside center” already exists.",
        "hmis_project_id": "Another provider has the HMIS project ID P-100.",
    }


def test_provider_with_active_home_users_stays_active(admin_session):
    errors = errors_of(
        lambda: users.update_provider(
            admin_session, admin_session.provider.id, "Downtown Shelter", "", False
        )
    )

    assert "1 active users" in errors["active"]


def test_inactive_provider_leaves_provider_lists(admin_session):
    eastside = users.create_provider(admin_session, "Eastside")
    user = users.create_user(
        admin_session, user_input(admin_session, eda_provider_ids=[eastside.id]), NEW_PASSWORD
    )

    users.update_provider(admin_session, eastside.id, "Eastside", "", False)

    assert [provider.name for provider in allowed_providers(user)] == ["Downtown Shelter"]
    assert [provider.name for provider in users.list_providers(include_inactive=False)] == [
        "Downtown Shelter"
    ]
