"""Case notes: dated notes written inside a goal, about the client and household members.

Whether saved case notes may be edited or deleted is the agency setting
`AgencySettings.case_notes_editable` / `case_notes_deletable`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date

import peewee

from casepoint_desktop.data.case_plan_models import (
    CaseManagerAssignment,
    CaseNote,
    CaseNoteMember,
    Goal,
)
from casepoint_desktop.data.database import db
from casepoint_desktop.data.models import AgencySettings, Provider, User
from casepoint_desktop.services import attachments, audit, households, record_versions
from casepoint_desktop.services.errors import NotFound, PermissionDenied, ValidationError
from casepoint_desktop.services.session import Session, allowed_providers


@dataclass
class CaseNoteInput:
    """The fields of the case note dialog.

    `member_ids` are the client IDs the note is about: the goal's client or current members
    of the client's household.
    """

    provider_id: int | None
    note_date: date | None
    text: str
    case_manager_id: int | None = None
    member_ids: list[int] = field(default_factory=list)

    @classmethod
    def from_note(cls, note: CaseNote) -> CaseNoteInput:
        members = CaseNoteMember.select(CaseNoteMember.client).where(
            CaseNoteMember.case_note == note.id
        )
        return cls(
            provider_id=note.provider_id,
            note_date=note.note_date,
            text=note.text,
            case_manager_id=note.case_manager_id,
            member_ids=sorted(member.client_id for member in members),
        )


def validate(
    session: Session, goal: Goal, data: CaseNoteInput, today: date | None = None
) -> CaseNoteInput:
    """Return a cleaned copy of `data` with duplicate member IDs removed.

    The text is kept exactly as given, surrounding blanks included.

    Raises:
        ValidationError: with a message per field: "provider", "case_manager", "note_date",
            "text" or "members".
    """
    today = today or date.today()
    cleaned = CaseNoteInput(**asdict(data))
    errors: dict[str, str] = {}

    if cleaned.provider_id is None:
        errors["provider"] = "The provider is required."
    elif cleaned.provider_id not in {provider.id for provider in allowed_providers(session.user)}:
        errors["provider"] = "Choose your home provider or one of your Enter Data As providers."

    if cleaned.case_manager_id is not None:
        assignment = CaseManagerAssignment.get_or_none(
            CaseManagerAssignment.id == cleaned.case_manager_id
        )
        if assignment is None or assignment.client_id != goal.client_id:
            errors["case_manager"] = (
                "Choose a case manager from this client's Case Managers tab, or none."
            )

    if cleaned.note_date is None:
        errors["note_date"] = "The note date is required."
    elif cleaned.note_date > today:
        errors["note_date"] = (
            f"The note date {cleaned.note_date.isoformat()} is in the future. Enter the date "
            "of the contact, today or earlier."
        )

    if not cleaned.text.strip():
        errors["text"] = "The note text is required."

    if not set(cleaned.member_ids) <= member_choice_ids(goal.client_id):
        errors["members"] = "Choose only the client or current members of the client's household."
    cleaned.member_ids = sorted(set(cleaned.member_ids))

    if errors:
        raise ValidationError(errors)
    return cleaned


def member_choice_ids(client_id: int) -> set[int]:
    """Return the client ID and the IDs of the current members of the client's household."""
    ids = {member.client_id for member in households.household_members(client_id)}
    ids.add(client_id)
    return ids


def can_edit_case_notes() -> bool:
    """Return True when the agency allows saved case notes to be edited."""
    settings = AgencySettings.get_or_none()
    return settings is None or bool(settings.case_notes_editable)


def can_delete_case_notes() -> bool:
    """Return True when the agency allows saved case notes to be deleted."""
    settings = AgencySettings.get_or_none()
    return settings is None or bool(settings.case_notes_deletable)


def create_case_note(session: Session, goal_id: int, data: CaseNoteInput) -> CaseNote:
    """Validate and insert a case note in the goal, with the members it is about.

    Raises:
        ValidationError, PermissionDenied, NotFound.
    """
    session.require_write()
    with db.atomic():
        goal = _get_goal(goal_id)
        cleaned = validate(session, goal, data)
        note = CaseNote.create(
            goal=goal.id,
            author=session.user,
            **_record_fields(cleaned),
        )
        _replace_members(note, cleaned.member_ids)
        audit.record(
            session,
            "create",
            "case_note",
            note.id,
            goal.client_id,
            {name: (None, value) for name, value in asdict(cleaned).items() if value},
        )
    return note


def update_case_note(
    session: Session, note_id: int, data: CaseNoteInput, *, expected_version: int
) -> CaseNote:
    """Validate and save changes to a case note. The audit entry keeps the old values.

    Args:
        expected_version: the `version` of the note as the user loaded it. A save that
            changes nothing succeeds at any version and returns the note as stored.

    Returns:
        The note as stored after the save, with its new version.

    Raises:
        RecordChanged: the note changed after the user loaded it; nothing was written.
        PermissionDenied: a read-only user, a provider the user may not enter data for, or
            an agency that does not allow editing saved case notes.
        ValidationError, NotFound.
    """
    session.require_write()
    if not can_edit_case_notes():
        raise PermissionDenied(
            "Your agency does not allow editing saved case notes. You can view this note, "
            "or add a new one."
        )
    with db.atomic():
        note = get_case_note(note_id)
        session.require_provider(note.provider)
        goal = _get_goal(note.goal_id)
        cleaned = validate(session, goal, data)
        stored = CaseNoteInput.from_note(note)
        changes = audit.diff(asdict(stored), asdict(cleaned))
        if not changes:
            return note

        record_versions.check_version(
            session, note, expected_version, "case_note", goal.client_id, lambda: stored
        )
        if not record_versions.update_if_unchanged(
            CaseNote, note.id, expected_version, _record_fields(cleaned)
        ):
            record_versions.raise_changed_since_read(
                session,
                get_case_note,
                note.id,
                "case_note",
                goal.client_id,
                CaseNoteInput.from_note,
            )
        _replace_members(note, cleaned.member_ids)
        audit.record(session, "update", "case_note", note.id, goal.client_id, changes)
    return get_case_note(note.id)


def delete_case_note(session: Session, note_id: int, *, expected_version: int) -> None:
    """Delete a case note. The audit entry keeps its fields and text.

    Args:
        expected_version: the `version` of the note as the user loaded it.

    Raises:
        RecordChanged: the note changed after the user loaded it; nothing was deleted.
        PermissionDenied: a read-only user, a provider the user may not enter data for, or
            an agency that does not allow deleting saved case notes.
        NotFound.
    """
    session.require_write()
    if not can_delete_case_notes():
        raise PermissionDenied("Your agency does not allow deleting saved case notes.")
    with db.atomic():
        note = get_case_note(note_id)
        session.require_provider(note.provider)
        goal = _get_goal(note.goal_id)
        stored = CaseNoteInput.from_note(note)
        record_versions.check_version(
            session, note, expected_version, "case_note", goal.client_id, lambda: stored, "delete"
        )
        audit.record(
            session,
            "delete",
            "case_note",
            note.id,
            goal.client_id,
            {name: (value, None) for name, value in asdict(stored).items() if value},
        )
        if not record_versions.delete_if_unchanged(CaseNote, note.id, expected_version):
            record_versions.raise_changed_since_read(
                session,
                get_case_note,
                note.id,
                "case_note",
                goal.client_id,
                CaseNoteInput.from_note,
                "delete",
            )


def get_case_note(note_id: int) -> CaseNote:
    """Return the case note with `note_id`.

    Raises:
        NotFound: no such case note.
    """
    note = CaseNote.get_or_none(CaseNote.id == note_id)
    if note is None:
        raise NotFound(f"Case note {note_id} was not found. It may have been deleted.")
    return note


def count_case_notes(goal_id: int) -> int:
    """Return how many case notes the goal has."""
    return CaseNote.select().where(CaseNote.goal == goal_id).count()


def case_notes_for_goal(
    session: Session, goal_id: int, offset: int = 0, limit: int | None = None
) -> list[CaseNote]:
    """Return the goal's case notes, newest note date first, in one query.

    Each note comes with `attachment_count`, the number of files attached to it that the
    user may see, and with the names of its provider, author, case manager and the case
    manager's user loaded. The query reads only those names and ids of the joined records,
    because the list shows nothing else. Reading their whole rows, with every timestamp
    converted, took about half of the time for a goal with 500 notes.

    `offset` and `limit` select a page of that order. Without `limit`, every note from
    `offset` on is returned.
    """
    manager_user = User.alias()
    attachment_count = attachments.case_note_count(session).alias("attachment_count")
    query = (
        CaseNote.select(
            CaseNote,
            Provider.id,
            Provider.name,
            User.id,
            User.username,
            User.first_name,
            User.last_name,
            CaseManagerAssignment.id,
            CaseManagerAssignment.user,
            CaseManagerAssignment.other_name,
            manager_user.id,
            manager_user.username,
            manager_user.first_name,
            manager_user.last_name,
            attachment_count,
        )
        .join(Provider, on=(CaseNote.provider == Provider.id))
        .switch(CaseNote)
        .join(User, on=(CaseNote.author == User.id))
        .switch(CaseNote)
        .join(
            CaseManagerAssignment,
            peewee.JOIN.LEFT_OUTER,
            on=(CaseNote.case_manager == CaseManagerAssignment.id),
        )
        .join(
            manager_user,
            peewee.JOIN.LEFT_OUTER,
            on=(CaseManagerAssignment.user == manager_user.id),
        )
        .where(CaseNote.goal == goal_id)
        .order_by(CaseNote.note_date.desc(), CaseNote.id.desc())
    )
    if limit is not None:
        query = query.limit(limit)
    if offset:
        query = query.offset(offset)
    return list(query)


def _get_goal(goal_id: int) -> Goal:
    goal = Goal.get_or_none(Goal.id == goal_id)
    if goal is None:
        raise NotFound(f"Goal {goal_id} was not found. It may have been deleted.")
    return goal


def _record_fields(cleaned: CaseNoteInput) -> dict[str, object]:
    return {
        "provider": cleaned.provider_id,
        "case_manager": cleaned.case_manager_id,
        "note_date": cleaned.note_date,
        "text": cleaned.text,
    }


def _replace_members(note: CaseNote, member_ids: list[int]) -> None:
    CaseNoteMember.delete().where(CaseNoteMember.case_note == note.id).execute()
    rows = [{"case_note": note.id, "client": client_id} for client_id in member_ids]
    if rows:
        CaseNoteMember.insert_many(rows).execute()
