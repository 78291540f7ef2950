"""Tests of adding, changing and deleting clients and of the duplicate check."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from casepoint_desktop.data.models import AuditEntry, Client, ClientSearchTerm
from casepoint_desktop.services import clients, search
from casepoint_desktop.services.clients import ClientInput
from casepoint_desktop.services.errors import NotFound, PermissionDenied, ValidationError
from casepoint_desktop.services.session import Role, Session
from tests.conftest import make_user


def field_errors(data: ClientInput) -> dict[str, str]:
    with pytest.raises(ValidationError) as raised:
        clients.validate(data)
    return raised.value.field_errors


def test_create_client_stores_fields(admin_session):
    client = clients.create_client(
        admin_session,
        ClientInput(
            "Minh",
            "Nguyễn",
            middle_name="Thị",
            date_of_birth=date(1990, 7, 24),
            ssn_last4="1234",
            email="minh@example.org",
        ),
    )
    stored = Client.get_by_id(client.id)
    assert stored.last_name == "Nguyễn"
    assert stored.date_of_birth == date(1990, 7, 24)
    assert stored.ssn_last4 == "1234"
    assert stored.provider_id == admin_session.provider.id
    assert stored.created_by_id == admin_session.user.id


def test_first_and_last_name_required():
    errors = field_errors(ClientInput("  ", ""))
    assert errors["first_name"] == "The first name is required."
    assert errors["last_name"] == "The last name is required."


def test_full_identity_number_rejected():
    errors = field_errors(ClientInput("Ana", "Lopez", ssn_last4="123456789"))
    assert "last 4 digits" in errors["ssn_last4"]


def test_letters_in_last_four_rejected():
    assert "ssn_last4" in field_errors(ClientInput("Ana", "Lopez", ssn_last4="12a4"))


def test_future_birth_date_rejected():
    tomorrow = date.today() + timedelta(days=1)
    assert (
        "future"
        in field_errors(ClientInput("Ana", "Lopez", date_of_birth=tomorrow))["date_of_birth"]
    )


def test_bad_email_rejected():
    assert "e-mail" in field_errors(ClientInput("Ana", "Lopez", email="ana@"))["email"]


def test_bad_phone_rejected():
    assert "phone" in field_errors(ClientInput("Ana", "Lopez", phone="12"))


def test_names_trimmed_and_text_kept(admin_session):
    client = clients.create_client(admin_session, ClientInput("  Zoë ", " O'Brien "))
    assert (client.first_name, client.last_name) == ("Zoë", "O'Brien")


def test_duplicate_same_name_and_birth_date(admin_session):
    existing = clients.create_client(
        admin_session, ClientInput("Thị Minh", "Nguyễn", date_of_birth=date(1990, 7, 24))
    )
    found = clients.possible_duplicates(
        ClientInput("thi minh", "NGUYEN", date_of_birth=date(1990, 7, 24))
    )
    assert [client.id for client in found] == [existing.id]


def test_no_duplicate_other_birth_date(admin_session):
    clients.create_client(
        admin_session, ClientInput("Thị Minh", "Nguyễn", date_of_birth=date(1990, 7, 24))
    )
    assert (
        clients.possible_duplicates(
            ClientInput("Thị Minh", "Nguyễn", date_of_birth=date(1991, 7, 24))
        )
        == []
    )


def test_duplicate_without_birth_date_by_name(admin_session):
    existing = clients.create_client(admin_session, ClientInput("Ana", "Lopez"))
    found = clients.possible_duplicates(ClientInput("ANA", "lópez"))
    assert [client.id for client in found] == [existing.id]


def test_duplicate_check_skips_edited_client(admin_session):
    existing = clients.create_client(admin_session, ClientInput("Ana", "Lopez"))
    assert clients.possible_duplicates(ClientInput("Ana", "Lopez"), exclude_id=existing.id) == []


def test_update_refreshes_search_terms(admin_session):
    client = clients.create_client(admin_session, ClientInput("Ana", "Lopez"))
    clients.update_client(
        admin_session, client.id, ClientInput("Ana", "Álvarez"), expected_version=client.version
    )
    assert [found.id for found in search.search_clients("alvarez")] == [client.id]
    assert search.search_clients("lopez") == []


def test_update_audits_old_and_new_values(admin_session):
    client = clients.create_client(admin_session, ClientInput("Ana", "Lopez"))
    clients.update_client(
        admin_session, client.id, ClientInput("Ana", "Álvarez"), expected_version=client.version
    )
    entry = AuditEntry.get(AuditEntry.action == "update", AuditEntry.record_type == "client")
    assert json.loads(entry.changes) == {"last_name": ["Lopez", "Álvarez"]}
    assert Client.get_by_id(client.id).version == 2


def test_invalid_update_changes_nothing(admin_session):
    client = clients.create_client(admin_session, ClientInput("Ana", "Lopez"))
    with pytest.raises(ValidationError):
        clients.update_client(
            admin_session, client.id, ClientInput("Ana", ""), expected_version=client.version
        )
    assert Client.get_by_id(client.id).last_name == "Lopez"


def test_delete_client(admin_session):
    client = clients.create_client(admin_session, ClientInput("Ana", "Lopez"))
    clients.delete_client(admin_session, client.id, expected_version=client.version)
    assert Client.select().count() == 0
    assert ClientSearchTerm.select().count() == 0
    with pytest.raises(NotFound):
        clients.get_client(client.id)


def test_open_client_audits_view(admin_session):
    client = clients.create_client(admin_session, ClientInput("Ana", "Lopez"))
    clients.open_client(admin_session, client.id)
    assert AuditEntry.select().where(AuditEntry.action == "view").count() == 1


def test_read_only_user_cannot_create(admin_session):
    reader = make_user("reader", Role.READ_ONLY)
    session = Session(user=reader, provider=reader.home_provider)
    with pytest.raises(PermissionDenied):
        clients.create_client(session, ClientInput("Ana", "Lopez"))
    assert Client.select().count() == 0


def test_phone_stored_in_one_form(admin_session):
    client = clients.create_client(admin_session, ClientInput("Ana", "Lopez", phone="319.555.0142"))
    assert Client.get_by_id(client.id).phone == "+13195550142"
