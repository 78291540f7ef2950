"""Client notes: quick notes on a client, outside any goal."""

from __future__ import annotations

from datetime import date

import peewee

from casepoint_desktop.data.database import db
from casepoint_desktop.data.fields import utc_now
from casepoint_desktop.data.models import Client, ClientNote, Provider, User
from casepoint_desktop.services import audit
from casepoint_desktop.services.errors import NotFound, ValidationError
from casepoint_desktop.services.input_checks import get_by_id_or_none, unstorable_text_error
from casepoint_desktop.services.session import Session

PREVIEW_LENGTH = 120


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
    """Return a query of a client's notes, newest note date first, with provider and author."""
    return (
        ClientNote.select(ClientNote, Provider, User)
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


def update_note(session: Session, note_id: int, note_date: date | None, text: str) -> ClientNote:
    """Save a changed note date and text; the audit entry keeps the previous values.

    Raises:
        ValidationError.
        PermissionDenied: a read-only user, or a note of a provider the user does not work for.
        NotFound.
    """
    session.require_write()
    valid_date = _validate(note_date, text)
    with db.atomic():
        note = get_note(note_id)
        session.require_provider(note.provider)
        changes = audit.diff(
            {"note_date": note.note_date, "text": note.text},
            {"note_date": valid_date, "text": text},
        )
        if not changes:
            return note
        note.note_date = valid_date
        note.text = text
        note.updated_at = utc_now()
        note.version += 1
        note.save()
        audit.record(session, "update", "client_note", note.id, note.client_id, changes)
    return note


def delete_note(session: Session, note_id: int) -> None:
    """Delete a client note; the audit entry keeps its date and text.

    Raises:
        PermissionDenied: a read-only user, or a note of a provider the user does not work for.
        NotFound.
    """
    session.require_write()
    with db.atomic():
        note = get_note(note_id)
        session.require_provider(note.provider)
        audit.record(
            session,
            "delete",
            "client_note",
            note.id,
            note.client_id,
            {"note_date": (note.note_date, None), "text": (note.text, None)},
        )
        note.delete_instance()
