"""Tests of the first start on an empty database."""

from __future__ import annotations

import pytest

from casepoint_desktop.data.lists import GoalClassification, GoalType
from casepoint_desktop.data.models import AgencySettings, Provider, Relationship, User
from casepoint_desktop.services import setup
from casepoint_desktop.services.errors import ServiceError, ValidationError
from casepoint_desktop.services.session import Role

GOOD = setup.FirstSetup(
    agency_name="Riverside Family Services",
    provider_name="Downtown Shelter",
    username="Admin",
    first_name="Ada",
    last_name="Admin",
    password="correct horse battery",
)


def test_empty_database_needs_setup(db):
    assert setup.needs_setup()


def test_create_agency(db):
    admin = setup.create_agency(GOOD)
    assert not setup.needs_setup()
    assert AgencySettings.get().name == "Riverside Family Services"
    assert Provider.get().name == "Downtown Shelter"
    assert admin.username == "admin"
    assert admin.role == Role.ADMINISTRATOR.value
    assert admin.home_provider.name == "Downtown Shelter"


def test_create_agency_seeds_lists(db):
    setup.create_agency(GOOD)
    assert GoalClassification.select().count() == 10
    housing = GoalClassification.get(GoalClassification.name == "Housing")
    assert GoalType.select().where(GoalType.classification == housing).count() == 5
    assert Relationship.get(Relationship.hmis_code == 1).name.startswith("Self")


def test_create_agency_reports_each_missing_field(db):
    with pytest.raises(ValidationError) as raised:
        setup.create_agency(setup.FirstSetup("", "", "", "", "", "short"))
    assert set(raised.value.field_errors) == {
        "agency_name",
        "provider_name",
        "username",
        "first_name",
        "last_name",
        "password",
    }
    assert User.select().count() == 0


def test_user_name_with_space_rejected(db):
    with pytest.raises(ValidationError) as raised:
        setup.validate_username("ada admin")
    assert "username" in raised.value.field_errors


def test_second_setup_rejected(db):
    setup.create_agency(GOOD)
    with pytest.raises(ServiceError, match="already set up"):
        setup.create_agency(GOOD)


def test_setup_after_import_takes_agency_name(db):
    AgencySettings.create(name="The Humanitarian Services", lockout_attempts=7)
    setup.create_agency(GOOD)
    settings = AgencySettings.get()
    assert settings.name == "Riverside Family Services"
    assert settings.lockout_attempts == 7
    assert AgencySettings.select().count() == 1


def test_missing_field_messages_name_the_field(db):
    with pytest.raises(ValidationError) as raised:
        setup.create_agency(setup.FirstSetup("", "Shelter", "admin", "Ada", "", "long password!"))
    assert raised.value.field_errors == {
        "agency_name": "The agency name is required.",
        "last_name": "The administrator's last name is required.",
    }
