"""Client notes: quick notes on a client, outside any goal."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date

import peewee

from casepoint_desktop.data.database import db
from casepoint_desktop.data.models import Client, ClientNote, Provider, User
from casepoint_desktop.services import audit, record_versions
from casepoint_desktop.services.errors import NotFound, ValidationError
from casepoint_desktop.services.input_checks import get_by_id_or_none, unstorable_text_error
from casepoint_desktop.services.session import Session

PREVIEW_LENGTH = 120


@dataclass(frozen=True)
class ClientNoteInput:
    """The fields of the client note dialog that a user can change."""

    note_date: date | None
    text: str

    @classmethod
    def from_note(cls, note: ClientNote) -> ClientNoteInput:
        return cls(note_date=note.note_date, text=note.text)


def preview(text: str, length: int = PREVIEW_LENGTH) -> str:
    """Return the first `length` characters of `text` on one line, with "…" when cut."""
    flat = " ".join(text.split())
    return flat if len(flat) <= length else flat[: length - 1].rstrip() + "…"


def _validate(note_date: date | None, text: str) -> date:
    """Return the note date, or raise ValidationError for a missing or future date, or for
    a text that is empty or cannot be stored.
    """
    errors = {}
    if note_date is None:
        errors["note_date"] = "The note date is required."
    elif note_date > date.today():
        errors["note_date"] = (
            f"The note date {note_date.isoformat()} is in the future. Enter the date of the "
            "contact, today or earlier."
        )
    if not text.strip():
        errors["text"] = "The note text is required."
    elif (text_error := unstorable_text_error(text)) is not None:
        errors["text"] = text_error
    if errors or note_date is None:
        raise ValidationError(errors)
    return note_date


def notes_query(client_id: int) -> peewee.ModelSelect[ClientNote]:
    """Return a query of a client's notes, newest note date first, with provider and author.

    Of the provider and the author only the ids and names are read, because the list of
    notes shows nothing else. Reading their whole rows, with every timestamp converted, took
    about a third of the time of reading a page of 100 notes.
    """
    return (
        ClientNote.select(
            ClientNote,
            Provider.id,
            Provider.name,
            User.id,
            User.username,
            User.first_name,
            User.last_name,
        )
        .join(Provider)
        .switch(ClientNote)
        .join(User)
        .where(ClientNote.client == client_id)
        .order_by(ClientNote.note_date.desc(), ClientNote.id.desc())
    )


def get_note(note_id: int) -> ClientNote:
    """Return the client note with `note_id`.

    Raises:
        NotFound: no such note.
    """
    note = get_by_id_or_none(ClientNote, note_id)
    if note is None:
        raise NotFound(f"Client note {note_id} was not found. It may have been deleted.")
    return note


def create_note(session: Session, client: Client, note_date: date | None, text: str) -> ClientNote:
    """Insert a client note for the session's provider; the text is stored exactly as given.

    Raises:
        ValidationError: missing date ("note_date") or empty text ("text").
        PermissionDenied: a read-only user.
    """
    session.require_write()
    valid_date = _validate(note_date, text)
    with db.atomic():
        note = ClientNote.create(
            client=client,
            provider=session.provider,
            author=session.user,
            note_date=valid_date,
            text=text,
        )
        audit.record(
            session, "create", "client_note", note.id, client.id, {"note_date": (None, valid_date)}
        )
    return note


def update_note(
    session: Session,
    note_id: int,
    note_date: date | None,
    text: str,
    *,
    expected_version: int,
) -> ClientNote:
    """Save a changed note date and text; the audit entry keeps the previous values.

    Args:
        expected_version: the `version` of the note as the user loaded it. A save that
            changes nothing succeeds at any version and returns the note as stored.

    Returns:
        The note as stored after the save, with its new version.

    Raises:
        RecordChanged: the note changed after the user loaded it; nothing was written.
        ValidationError.
        PermissionDenied: a read-only user, or a note of a provider the user does not work for.
        NotFound.
    """
    session.require_write()
    valid_date = _validate(note_date, text)
    with db.atomic():
        note = get_note(note_id)
        session.require_provider(note.provider)
        stored = ClientNoteInput.from_note(note)
        changes = audit.diff(asdict(stored), {"note_date": valid_date, "text": text})
        if not changes:
            return note

        record_versions.check_version(
            session, note, expected_version, "client_note", note.client_id, lambda: stored
        )
        values = {"note_date": valid_date, "text": text}
        if not record_versions.update_if_unchanged(ClientNote, note.id, expected_version, values):
            record_versions.raise_changed_since_read(
                session,
                get_note,
                note.id,
                "client_note",
                note.client_id,
                ClientNoteInput.from_note,
            )
        audit.record(session, "update", "client_note", note.id, note.client_id, changes)
    return get_note(note.id)


def delete_note(session: Session, note_id: int, *, expected_version: int) -> None:
    """Delete a client note; the audit entry keeps its date and text.

    Args:
        expected_version: the `version` of the note as the user loaded it.

    Raises:
        RecordChanged: the note changed after the user loaded it; nothing was deleted.
        PermissionDenied: a read-only user, or a note of a provider the user does not work for.
        NotFound.
    """
    session.require_write()
    with db.atomic():
        note = get_note(note_id)
        session.require_provider(note.provider)
        stored = ClientNoteInput.from_note(note)
        record_versions.check_version(
            session, note, expected_version, "client_note", note.client_id, lambda: stored, "delete"
        )
        audit.record(
            session,
            "delete",
            "client_note",
            note.id,
            note.client_id,
            {"note_date": (note.note_date, None), "text": (note.text, None)},
        )
        if not record_versions.delete_if_unchanged(ClientNote, note.id, expected_version):
            record_versions.raise_changed_since_read(
                session,
                get_note,
                note.id,
                "client_note",
                note.client_id,
                ClientNoteInput.from_note,
                "delete",
            )
