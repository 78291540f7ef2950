"""Hostile text, dates and numbers through the case-manager assignment service."""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import date

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from casepoint_desktop.data.case_plan_models import CaseManagerAssignment
from casepoint_desktop.services import case_managers, clients
from casepoint_desktop.services.case_managers import AssignmentInput
from casepoint_desktop.services.clients import ClientInput
from casepoint_desktop.services.errors import ValidationError
from tests.safety.hostile import (
    ANY_INTEGER,
    HOSTILE_SETTINGS,
    HOSTILE_TEXT,
    OPTIONAL_DATE,
    check_field_errors,
    is_unstorable,
    rolled_back,
)

# The message keys that `case_managers.validate` documents, and the input fields they cover.
ERROR_KEYS_BY_FIELD = {
    "user_id": {"person"},
    "other_name": {"person"},
    "other_agency_uses_program": set(),
    "provider_id": {"provider"},
    "start_date": {"start_date", "end_date"},
    "end_date": {"end_date"},
    "title": {"title"},
    "phone": {"phone"},
    "email": {"email"},
    "member_ids": {"members"},
}
ERROR_KEYS = set().union(*ERROR_KEYS_BY_FIELD.values())

# Symbols the test turns into the IDs of the database it runs on.
ADMIN = "admin"
PROVIDER = "provider"

FIELD_STRATEGIES = {
    "user_id": st.one_of(st.none(), st.just(ADMIN), ANY_INTEGER),
    "other_name": HOSTILE_TEXT,
    "other_agency_uses_program": st.booleans(),
    "provider_id": st.one_of(st.none(), st.just(PROVIDER), ANY_INTEGER),
    "start_date": OPTIONAL_DATE,
    "end_date": OPTIONAL_DATE,
    "title": HOSTILE_TEXT,
    "phone": st.one_of(HOSTILE_TEXT, st.from_regex(r"\+?[0-9 ()\-]{0,20}", fullmatch=True)),
    "email": st.one_of(HOSTILE_TEXT, st.emails()),
    "member_ids": st.lists(ANY_INTEGER, max_size=3),
}
assert set(FIELD_STRATEGIES) == {field.name for field in fields(AssignmentInput)}

PLAIN_ASSIGNMENT = AssignmentInput(
    user_id=None,
    provider_id=PROVIDER,  # type: ignore[arg-type]
    start_date=date(2026, 1, 5),
    other_name="Dana Reyes",
    title="Housing navigator",
    phone="(319) 555-0142",
    email="dana@example.org",
)

MAX_EXAMPLES = 100


@st.composite
def assignment_changes(draw) -> dict[str, object]:
    """Return one to three fields of an assignment with hostile values."""
    names = draw(st.sets(st.sampled_from(sorted(FIELD_STRATEGIES)), min_size=1, max_size=3))
    return {name: draw(FIELD_STRATEGIES[name]) for name in names}


def resolve(session, changes: dict[str, object]) -> AssignmentInput:
    """Return the plain assignment with `changes`, the symbols replaced by real IDs."""
    data = replace(PLAIN_ASSIGNMENT, **changes)
    if data.user_id == ADMIN:
        data.user_id = session.user.id
    if data.provider_id == PROVIDER:
        data.provider_id = session.provider.id
    return data


@pytest.mark.parametrize("operation", ["create", "update"])
@settings(HOSTILE_SETTINGS, max_examples=MAX_EXAMPLES)
@given(changes=assignment_changes())
@example(changes={"title": "Navigator \ud83d"})
@example(changes={"other_name": "\udc00 Reyes"})
@example(changes={"user_id": 2**63})
def test_assignment_hostile_fields(admin_session, operation, changes):
    with rolled_back():
        client = clients.create_client(admin_session, ClientInput("Ana", "Lopez"))
        data = resolve(admin_session, changes)
        try:
            if operation == "create":
                saved = case_managers.create_assignment(admin_session, client.id, data)
            else:
                existing = case_managers.create_assignment(
                    admin_session, client.id, resolve(admin_session, {})
                )
                saved = case_managers.update_assignment(
                    admin_session, existing.id, data, expected_version=existing.version
                )
        except ValidationError as error:
            check_field_errors(error, ERROR_KEYS)
            allowed = set().union(*(ERROR_KEYS_BY_FIELD[name] for name in changes))
            assert set(error.field_errors) <= allowed
            if is_unstorable(data.title):
                assert "title" in error.field_errors
            if data.user_id is None and is_unstorable(data.other_name):
                assert "person" in error.field_errors
            return

        cleaned = case_managers.validate(admin_session, client.id, data)
        stored = CaseManagerAssignment.get_by_id(saved.id)
        assert AssignmentInput.from_assignment(stored) == cleaned
        assert stored.title == data.title.strip()
