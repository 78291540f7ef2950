"""Clients: add, change, delete, find possible duplicates and open a client record."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, fields
from datetime import date

from casepoint_desktop.data.database import db
from casepoint_desktop.data.models import Client
from casepoint_desktop.data.search_terms import fold, refresh_search_terms
from casepoint_desktop.services import audit, record_versions
from casepoint_desktop.services.errors import NotFound, ValidationError
from casepoint_desktop.services.input_checks import add_unstorable_text_errors, get_by_id_or_none
from casepoint_desktop.services.phones import normalize_phone
from casepoint_desktop.services.session import Session

EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
EARLIEST_BIRTH_DATE = date(1900, 1, 1)


@dataclass
class ClientInput:
    """The editable demographics of a client, as the Add Client dialog collects them."""

    first_name: str
    last_name: str
    middle_name: str = ""
    suffix: str = ""
    alias: str = ""
    date_of_birth: date | None = None
    gender: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    ssn_last4: str | None = None

    @classmethod
    def from_client(cls, client: Client) -> ClientInput:
        return cls(**{field.name: getattr(client, field.name) for field in fields(cls)})


def validate(data: ClientInput, today: date | None = None) -> ClientInput:
    """Return a cleaned copy of `data`.

    Raises:
        ValidationError: with a message per invalid field.
    """
    today = today or date.today()
    cleaned = ClientInput(**asdict(data))
    for field in fields(ClientInput):
        value = getattr(cleaned, field.name)
        if isinstance(value, str) and field.name != "address":
            setattr(cleaned, field.name, value.strip())

    errors: dict[str, str] = {}
    if not cleaned.first_name:
        errors["first_name"] = "The first name is required."
    if not cleaned.last_name:
        errors["last_name"] = "The last name is required."

    if cleaned.date_of_birth is not None:
        if cleaned.date_of_birth > today:
            errors["date_of_birth"] = "The date of birth cannot be in the future."
        elif cleaned.date_of_birth < EARLIEST_BIRTH_DATE:
            errors["date_of_birth"] = "The date of birth cannot be before 1900."

    last4 = (cleaned.ssn_last4 or "").replace("-", "").replace(" ", "")
    if not last4:
        cleaned.ssn_last4 = None
    elif not (len(last4) == 4 and last4.isascii() and last4.isdigit()):
        errors["ssn_last4"] = "Enter only the last 4 digits of the identity number."
    else:
        cleaned.ssn_last4 = last4

    if cleaned.email and not EMAIL_PATTERN.match(cleaned.email):
        errors["email"] = "Enter an e-mail address such as name@example.org."

    try:
        cleaned.phone = normalize_phone(cleaned.phone)
    except ValueError as error:
        errors["phone"] = str(error)

    text_fields = {field.name for field in fields(ClientInput)} - {"date_of_birth"}
    add_unstorable_text_errors({name: getattr(data, name) for name in text_fields}, errors)

    if errors:
        raise ValidationError(errors)
    return cleaned


def possible_duplicates(data: ClientInput, exclude_id: int | None = None) -> list[Client]:
    """Return clients with the same first and last name (ignoring case and accents) and the
    same date of birth. Without a date of birth, the same name alone counts.
    """
    first = fold(data.first_name.strip())
    last = fold(data.last_name.strip())
    if not first or not last:
        return []

    candidates: Iterable[Client]
    if data.date_of_birth is not None:
        candidates = Client.select().where(Client.date_of_birth == data.date_of_birth)
    else:
        from casepoint_desktop.services.search import search_clients

        candidates = search_clients(f"{data.first_name} {data.last_name}", limit=200)

    return [
        client
        for client in candidates
        if client.id != exclude_id
        and fold(client.first_name) == first
        and fold(client.last_name) == last
    ]


def create_client(session: Session, data: ClientInput) -> Client:
    """Validate and insert a client for the session's provider.

    Raises:
        ValidationError, PermissionDenied.
    """
    session.require_write()
    cleaned = validate(data)
    with db.atomic():
        client = Client.create(
            **asdict(cleaned), provider=session.provider, created_by=session.user
        )
        refresh_search_terms(client)
        audit.record(
            session,
            "create",
            "client",
            client.id,
            client.id,
            {name: (None, value) for name, value in asdict(cleaned).items() if value},
        )
    return client


def update_client(
    session: Session, client_id: int, data: ClientInput, *, expected_version: int
) -> Client:
    """Validate and save changed demographics of a client.

    Args:
        expected_version: the `version` of the client as the user loaded it. A save that
            changes nothing succeeds at any version and returns the client as stored.

    Returns:
        The client as stored after the save, with its new version.

    Raises:
        RecordChanged: the demographics changed after the user loaded them; nothing was
            written.
        ValidationError, PermissionDenied, NotFound.
    """
    session.require_write()
    cleaned = validate(data)
    with db.atomic():
        client = get_client(client_id)
        stored = ClientInput.from_client(client)
        changes = audit.diff(asdict(stored), asdict(cleaned))
        if not changes:
            return client

        record_versions.check_version(
            session, client, expected_version, "client", client.id, lambda: stored
        )
        values = {name: new for name, (_, new) in changes.items()}
        if not record_versions.update_if_unchanged(Client, client.id, expected_version, values):
            record_versions.raise_changed_since_read(
                session, get_client, client.id, "client", client.id, ClientInput.from_client
            )
        client = get_client(client.id)
        refresh_search_terms(client)
        audit.record(session, "update", "client", client.id, client.id, changes)
    return client


def delete_client(session: Session, client_id: int, *, expected_version: int) -> None:
    """Delete a client with everything recorded on them, by every provider.

    Args:
        expected_version: the `version` of the client as the user loaded it.

    Raises:
        RecordChanged: the demographics changed after the user loaded them; nothing was
            deleted.
        PermissionDenied: not a supervisor or an administrator.
        NotFound.
    """
    session.require_supervisor()
    with db.atomic():
        client = get_client(client_id)
        record_versions.check_version(
            session,
            client,
            expected_version,
            "client",
            client.id,
            lambda: ClientInput.from_client(client),
            "delete",
        )
        if not record_versions.delete_if_unchanged(Client, client.id, expected_version):
            record_versions.raise_changed_since_read(
                session,
                get_client,
                client.id,
                "client",
                client.id,
                ClientInput.from_client,
                "delete",
            )
        audit.record(session, "delete", "client", client_id, client_id)


def get_client(client_id: int) -> Client:
    """Return the client with `client_id`.

    Raises:
        NotFound: no such client.
    """
    client = get_by_id_or_none(Client, client_id)
    if client is None:
        raise NotFound(f"Client {client_id} was not found. It may have been deleted.")
    return client


def open_client(session: Session, client_id: int) -> Client:
    """Return a client for display and record the view in the audit log.

    Raises:
        NotFound: no such client.
    """
    client = get_client(client_id)
    audit.record(session, "view", "client", client.id, client.id)
    return client
