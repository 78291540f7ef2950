"""Tests of the follow-up fields shared by goals and action steps."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from casepoint_desktop.data.models import Provider, UserProvider
from casepoint_desktop.services.errors import ValidationError
from casepoint_desktop.services.follow_up_fields import FollowUpInput, validate_follow_up
from tests.conftest import make_user

TODAY = date(2026, 3, 10)


def errors_of(session, data: FollowUpInput) -> dict[str, str]:
    with pytest.raises(ValidationError) as raised:
        validate_follow_up(session, data, today=TODAY)
    return raised.value.field_errors


def planned(session, **changes) -> FollowUpInput:
    values = {
        "followup_date": TODAY + timedelta(days=7),
        "followup_provider_id": session.provider.id,
        "followup_user_id": session.user.id,
    }
    values.update(changes)
    return FollowUpInput(**values)


def test_blank_follow_up_valid(admin_session):
    cleaned = validate_follow_up(admin_session, FollowUpInput(), today=TODAY)
    assert cleaned == FollowUpInput()


def test_projected_follow_up_valid(admin_session):
    data = planned(admin_session, followup_notes="  Call back  ")
    cleaned = validate_follow_up(admin_session, data, today=TODAY)
    assert cleaned == data
    assert cleaned is not data


def test_completed_follow_up_valid(admin_session):
    data = planned(
        admin_session,
        followup_actual_date=TODAY,
        followup_made_by_id=admin_session.user.id,
        followup_notes="Reached the landlord.",
    )
    assert validate_follow_up(admin_session, data, today=TODAY) == data


def test_eda_user_of_provider_valid(admin_session):
    other = Provider.create(name="Family Services")
    eda_user = make_user("eve", provider=other)
    UserProvider.create(user=eda_user, provider=admin_session.provider)
    data = planned(admin_session, followup_user_id=eda_user.id)
    assert validate_follow_up(admin_session, data, today=TODAY).followup_user_id == eda_user.id


@pytest.mark.parametrize(
    ("changes", "key", "words"),
    [
        ({"followup_user_id": None}, "followup_user", "needs a follow-up user"),
        ({"followup_provider_id": None}, "followup_provider", "needs a follow-up provider"),
        ({"followup_date": None}, "followup_date", "projected follow-up date"),
    ],
)
def test_incomplete_projection_rejected(admin_session, changes, key, words):
    errors = errors_of(admin_session, planned(admin_session, **changes))
    assert words in errors[key]


def test_user_without_date_rejected(admin_session):
    data = FollowUpInput(followup_user_id=admin_session.user.id)
    assert "projected follow-up date" in errors_of(admin_session, data)["followup_date"]


def test_user_of_other_provider_rejected(admin_session):
    other = Provider.create(name="Family Services")
    outsider = make_user("otto", provider=other)
    errors = errors_of(admin_session, planned(admin_session, followup_user_id=outsider.id))
    assert "active user of the follow-up provider" in errors["followup_user"]


def test_inactive_user_rejected(admin_session):
    former = make_user("fred")
    former.active = False
    former.save()
    errors = errors_of(admin_session, planned(admin_session, followup_user_id=former.id))
    assert "active user" in errors["followup_user"]


def test_provider_not_allowed_rejected(admin_session):
    other = Provider.create(name="Family Services")
    other_user = make_user("olga", provider=other)
    data = planned(admin_session, followup_provider_id=other.id, followup_user_id=other_user.id)
    errors = errors_of(admin_session, data)
    assert "Enter Data As" in errors["followup_provider"]


def test_actual_date_without_projection_rejected(admin_session):
    errors = errors_of(admin_session, FollowUpInput(followup_actual_date=TODAY))
    assert "projected follow-up" in errors["followup_actual_date"]


def test_made_by_without_projection_rejected(admin_session):
    errors = errors_of(admin_session, FollowUpInput(followup_made_by_id=admin_session.user.id))
    assert "projected follow-up" in errors["followup_actual_date"]


def test_future_actual_date_rejected(admin_session):
    data = planned(admin_session, followup_actual_date=TODAY + timedelta(days=1))
    errors = errors_of(admin_session, data)
    assert "2026-03-11 is in the future" in errors["followup_actual_date"]


def test_unknown_made_by_rejected(admin_session):
    errors = errors_of(admin_session, planned(admin_session, followup_made_by_id=9999))
    assert "no longer exists" in errors["followup_made_by"]
