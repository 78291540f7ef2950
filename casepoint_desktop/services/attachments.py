"""Files attached to a client, a goal or a case note: adding, listing, reading and deleting.

The program keeps its own copy of each file inside the database (`AttachmentPart`), checked
against the SHA-256 hash taken when it was added. The user's file name is kept for display
only: nothing in it is ever used as a path. A locked attachment exists, for every reading
and writing function here, only for users of the provider that added it.
"""

from __future__ import annotations

import hashlib
import logging
import os
import unicodedata
import uuid
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import peewee

from casepoint_desktop.data.case_plan_models import Attachment, CaseNote, Goal
from casepoint_desktop.data.database import db
from casepoint_desktop.data.models import AgencySettings, Client, Provider, User, UserProvider
from casepoint_desktop.services import attachment_files, audit

# Re-exported, so callers need only this module.
from casepoint_desktop.services.attachment_files import (
    AttachmentCancelled as AttachmentCancelled,
)
from casepoint_desktop.services.attachment_files import AttachmentDamaged as AttachmentDamaged
from casepoint_desktop.services.attachment_files import ProgressCallback
from casepoint_desktop.services.attachment_files import (
    remove_temporary_copies as remove_temporary_copies,
)
from casepoint_desktop.services.errors import NotFound, ServiceError, ValidationError
from casepoint_desktop.services.session import Role, Session, allowed_providers

log = logging.getLogger(__name__)

DESCRIPTION_MAX_LENGTH = 1000
FILE_NAME_MAX_LENGTH = 255

CLIENT_PROFILE = "client_profile"
GOAL = "goal"
CASE_NOTE = "case_note"
ADDED_FROM_LABELS = {
    CLIENT_PROFILE: "Client Profile",
    GOAL: "Case Plan goal",
    CASE_NOTE: "Case Note",
}


@dataclass(frozen=True)
class AttachmentOwner:
    """The record that files are attached to: a client, one of their goals or a case note.

    Build one with `of_client`, `of_goal` or `of_case_note`.
    """

    client_id: int
    goal_id: int | None = None
    case_note_id: int | None = None

    @classmethod
    def of_client(cls, client_id: int) -> AttachmentOwner:
        return cls(client_id)

    @classmethod
    def of_goal(cls, goal_id: int) -> AttachmentOwner:
        """Raises NotFound: no such goal."""
        goal = Goal.get_or_none(Goal.id == goal_id)
        if goal is None:
            raise NotFound(f"Goal {goal_id} was not found. It may have been deleted.")
        return cls(goal.client_id, goal_id=goal.id)

    @classmethod
    def of_case_note(cls, case_note_id: int) -> AttachmentOwner:
        """Raises NotFound: no such case note."""
        row = (
            CaseNote.select(CaseNote.id, CaseNote.goal, Goal.client)
            .join(Goal)
            .where(CaseNote.id == case_note_id)
            .tuples()
            .first()
        )
        if row is None:
            raise NotFound(f"Case note {case_note_id} was not found. It may have been deleted.")
        return cls(row[2], goal_id=row[1], case_note_id=row[0])

    @property
    def added_from(self) -> str:
        if self.case_note_id is not None:
            return CASE_NOTE
        if self.goal_id is not None:
            return GOAL
        return CLIENT_PROFILE


def max_size_bytes() -> int:
    """Return the agency's size limit for one attachment, in bytes."""
    settings = AgencySettings.select(AgencySettings.attachment_max_mb).first()
    megabytes = settings.attachment_max_mb if settings else 50
    return megabytes * 1024 * 1024


def format_size(size_bytes: int) -> str:
    """Return a size for people: "812 bytes", "14.2 KB", "3.5 MB" (units of 1,024)."""
    if size_bytes < 1024:
        return f"{size_bytes} byte" if size_bytes == 1 else f"{size_bytes:,} bytes"
    value = float(size_bytes)
    for unit in ("KB", "MB", "GB"):
        value /= 1024
        if value < 1024 or unit == "GB":
            break
    return f"{value:,.1f} {unit}"


def clean_file_name(name: str) -> str:
    """Return the file name as shown in the list: control characters removed, trimmed.

    The result is text for display and is never used as a path.
    """
    name = "".join(" " if unicodedata.category(ch).startswith("C") else ch for ch in name)
    name = " ".join(name.split())
    if len(name) > FILE_NAME_MAX_LENGTH:
        stem, dot, extension = name.rpartition(".")
        if dot and 0 < len(extension) <= 10:
            name = stem[: FILE_NAME_MAX_LENGTH - len(extension) - 2] + "…." + extension
        else:
            name = name[: FILE_NAME_MAX_LENGTH - 1] + "…"
    return name or "unnamed file"


def added_from_label(attachment: Attachment) -> str:
    return ADDED_FROM_LABELS.get(attachment.added_from, attachment.added_from)


def is_image(attachment: Attachment) -> bool:
    return attachment.media_type in attachment_files.IMAGE_TYPES


def is_pdf(attachment: Attachment) -> bool:
    return attachment.media_type == attachment_files.PDF_TYPE


def add_attachment(
    session: Session,
    owner: AttachmentOwner,
    source: Path,
    description: str = "",
    locked: bool = False,
    progress: ProgressCallback | None = None,
) -> Attachment:
    """Store a copy of the file at `source` and attach it to `owner`; return the new row.

    The file is read in parts and stored in one transaction with its row and audit entry,
    so a failure or a cancel leaves nothing behind.

    Raises:
        ValidationError: keys "file" (missing, unreadable, empty, over the agency's limit)
            and "description".
        AttachmentCancelled: `progress` returned False.
        PermissionDenied: a read-only user, or a goal or case note of a provider the user
            may not enter data for.
        NotFound: the owner no longer exists.
    """
    session.require_write()
    _check_owner(session, owner)
    description = _clean_description(description)
    size = _check_source(source)

    file_name = clean_file_name(source.name)
    with db.atomic():
        attachment = Attachment.create(
            client=owner.client_id,
            goal=owner.goal_id,
            case_note=owner.case_note_id,
            added_from=owner.added_from,
            file_name=file_name,
            description=description,
            size_bytes=0,
            sha256="",
            storage_key=uuid.uuid4().hex,
            locked=locked,
            provider=session.provider,
            added_by=session.user,
        )
        try:
            digest, stored_size, head = attachment_files.store_parts(
                attachment.id, source, size, partial(_check_size, file_name), progress
            )
        except OSError as error:
            raise ValidationError(
                {"file": f"The file could not be read: {error.strerror or error}."}
            ) from error
        if stored_size == 0:
            raise ValidationError({"file": f"“{file_name}” is empty (0 bytes)."})
        _check_size(file_name, stored_size)
        attachment.size_bytes = stored_size
        attachment.sha256 = digest
        attachment.media_type = attachment_files.media_type_of(head)
        attachment.save()
        audit.record(
            session,
            "create",
            "attachment",
            attachment.id,
            owner.client_id,
            {
                "file_name": (None, file_name),
                "size_bytes": (None, stored_size),
                "added_from": (None, owner.added_from),
                "locked": (None, locked),
            },
        )
    log.info(
        "Attached file %s (%d bytes) as attachment %d", attachment.storage_key, size, attachment.id
    )
    return attachment


def list_attachments(session: Session, owner: AttachmentOwner) -> list[Attachment]:
    """Return the attachments the user may see, newest first, in one query.

    For a client: every file on the client, their goals and case notes. For a goal: the
    goal's files and its case notes' files. For a case note: the note's files. Each comes
    with `added_by` and `provider` loaded.
    """
    query = (
        Attachment.select(Attachment, User, Provider)
        .join(User, on=(Attachment.added_by == User.id))
        .switch(Attachment)
        .join(Provider, on=(Attachment.provider == Provider.id))
        .where(_visible(session))
        .order_by(Attachment.added_at.desc(), Attachment.id.desc())
    )
    if owner.case_note_id is not None:
        query = query.where(Attachment.case_note == owner.case_note_id)
    elif owner.goal_id is not None:
        notes = CaseNote.select(CaseNote.id).where(CaseNote.goal == owner.goal_id)
        query = query.where((Attachment.goal == owner.goal_id) | Attachment.case_note.in_(notes))
    else:
        query = query.where(Attachment.client == owner.client_id)
    return list(query)


def case_note_count(session: Session) -> peewee.Select:
    """Return a subquery counting the visible attachments of the outer query's case note."""
    return Attachment.select(peewee.fn.COUNT(Attachment.id)).where(
        (Attachment.case_note == CaseNote.id) & _visible(session)
    )


def get_attachment(session: Session, attachment_id: int) -> Attachment:
    """Return the attachment if the user may see it.

    Raises:
        NotFound: no such attachment, or a locked one of a provider the user is not with.
    """
    attachment = (
        Attachment.select(Attachment, User, Provider)
        .join(User, on=(Attachment.added_by == User.id))
        .switch(Attachment)
        .join(Provider, on=(Attachment.provider == Provider.id))
        .where((Attachment.id == attachment_id) & _visible(session))
        .first()
    )
    if attachment is None:
        raise NotFound(f"Attachment {attachment_id} was not found. It may have been deleted.")
    return attachment


def can_change(session: Session, attachment: Attachment) -> bool:
    """Return whether the user may edit or delete the attachment: a writer of its provider."""
    if session.role is Role.READ_ONLY:
        return False
    return attachment.provider_id in {provider.id for provider in allowed_providers(session.user)}


def update_attachment(
    session: Session, attachment_id: int, description: str, locked: bool
) -> Attachment:
    """Change an attachment's description and padlock. The file itself never changes.

    Raises:
        ValidationError: key "description".
        PermissionDenied: a read-only user, or a user not with the attachment's provider.
        NotFound.
    """
    session.require_write()
    description = _clean_description(description)
    with db.atomic():
        attachment = get_attachment(session, attachment_id)
        session.require_provider(attachment.provider)
        changes = audit.diff(
            {"description": attachment.description, "locked": attachment.locked},
            {"description": description, "locked": locked},
        )
        if changes:
            attachment.description = description
            attachment.locked = locked
            attachment.save()
            audit.record(
                session, "update", "attachment", attachment.id, attachment.client_id, changes
            )
    return attachment


def delete_attachment(session: Session, attachment_id: int) -> None:
    """Delete an attachment and its stored copy; the audit entry keeps its name and hash.

    Raises:
        PermissionDenied: a read-only user, or a user not with the attachment's provider.
        NotFound.
    """
    session.require_write()
    with db.atomic():
        attachment = get_attachment(session, attachment_id)
        session.require_provider(attachment.provider)
        audit.record(
            session,
            "delete",
            "attachment",
            attachment.id,
            attachment.client_id,
            {
                "file_name": (attachment.file_name, None),
                "size_bytes": (attachment.size_bytes, None),
                "sha256": (attachment.sha256, None),
                "added_from": (attachment.added_from, None),
            },
        )
        attachment.delete_instance()
    log.info("Deleted attachment %d", attachment_id)


def read_content(session: Session, attachment_id: int) -> bytes:
    """Return the file's bytes after checking them against the stored hash.

    Records a view in the audit log.

    Raises:
        AttachmentDamaged: the stored copy does not match its hash; nothing is returned.
        NotFound.
    """
    attachment = get_attachment(session, attachment_id)
    content = b"".join(attachment_files.read_parts(attachment.id))
    attachment_files.verify(attachment, hashlib.sha256(content).hexdigest(), len(content))
    audit.record(session, "view", "attachment", attachment.id, attachment.client_id)
    return content


def save_copy(session: Session, attachment_id: int, destination: Path) -> None:
    """Write a checked copy of the file to `destination`, replacing a file there.

    The copy is written beside the destination under a temporary name and renamed only
    after its hash matches, so a damaged copy never lands and an existing file is replaced
    whole or not at all. Records an export in the audit log.

    Raises:
        AttachmentDamaged, NotFound.
        ServiceError: the destination cannot be written.
    """
    attachment = get_attachment(session, attachment_id)
    try:
        temporary = attachment_files.write_checked(attachment, destination.parent)
        os.replace(temporary, destination)
    except OSError as error:
        raise ServiceError(
            f"The copy could not be saved in {destination.parent}: {error.strerror or error}."
        ) from error
    audit.record(
        session,
        "export",
        "attachment",
        attachment.id,
        attachment.client_id,
        {"destination": (None, str(destination))},
    )


def temporary_copy(session: Session, attachment_id: int) -> Path:
    """Write a checked, read-only copy into the program's private temporary folder.

    Its name is the attachment's number and an extension; the user's file name is not
    used. `remove_temporary_copies` deletes the folder, and it runs when the program ends.
    Records a view in the audit log.

    Raises:
        AttachmentDamaged, NotFound.
        ServiceError: the temporary folder cannot be written.
    """
    attachment = get_attachment(session, attachment_id)
    folder = attachment_files.private_folder()
    target = folder / f"attachment-{attachment.id}{attachment_files.extension_for(attachment)}"
    try:
        temporary = attachment_files.write_checked(attachment, folder)
        if target.exists():
            target.chmod(0o600)
        os.replace(temporary, target)
        target.chmod(0o400)
    except OSError as error:
        raise ServiceError(f"A temporary copy could not be written: {error}.") from error
    audit.record(session, "view", "attachment", attachment.id, attachment.client_id)
    return target


def _visible(session: Session) -> peewee.Expression:
    """Return the condition for attachments the user may see, as part of the same query."""
    eda_providers = (
        UserProvider.select(UserProvider.provider)
        .join(Provider)
        .where((UserProvider.user == session.user.id) & (Provider.active == True))  # noqa: E712
    )
    return (
        (Attachment.locked == False)  # noqa: E712
        | (Attachment.provider == session.user.home_provider_id)
        | Attachment.provider.in_(eda_providers)
    )


def _check_owner(session: Session, owner: AttachmentOwner) -> None:
    if not Client.select().where(Client.id == owner.client_id).exists():
        raise NotFound(f"Client {owner.client_id} was not found. It may have been deleted.")
    if owner.case_note_id is not None:
        note = CaseNote.get_or_none(CaseNote.id == owner.case_note_id)
        if note is None:
            raise NotFound(
                f"Case note {owner.case_note_id} was not found. It may have been deleted."
            )
        session.require_provider(note.provider)
    elif owner.goal_id is not None:
        goal = Goal.get_or_none(Goal.id == owner.goal_id)
        if goal is None:
            raise NotFound(f"Goal {owner.goal_id} was not found. It may have been deleted.")
        session.require_provider(goal.provider)


def _clean_description(description: str) -> str:
    description = "".join(
        ch for ch in description if ch in "\n\t" or not unicodedata.category(ch).startswith("C")
    ).strip()
    if len(description) > DESCRIPTION_MAX_LENGTH:
        raise ValidationError(
            {
                "description": f"The description is {len(description):,} characters long; "
                f"keep it to {DESCRIPTION_MAX_LENGTH:,}."
            }
        )
    return description


def _check_source(source: Path) -> int:
    """Return the size of the file at `source`, or raise ValidationError for key "file"."""
    try:
        if not source.exists():
            raise ValidationError(
                {"file": f"“{clean_file_name(source.name)}” was not found. Choose the file again."}
            )
        if not source.is_file():
            raise ValidationError({"file": "Choose a file; folders cannot be attached."})
        size = source.stat().st_size
    except OSError as error:
        raise ValidationError(
            {"file": f"The file cannot be read: {error.strerror or error}."}
        ) from error
    file_name = clean_file_name(source.name)
    if size == 0:
        raise ValidationError({"file": f"“{file_name}” is empty (0 bytes)."})
    _check_size(file_name, size)
    return size


def _check_size(file_name: str, size: int) -> None:
    limit = max_size_bytes()
    if size > limit:
        size_text, limit_text = format_size(size), format_size(limit)
        if size_text == limit_text:
            # Just over the limit, the rounded sizes read the same, so bytes are shown.
            size_text, limit_text = f"{size:,} bytes", f"{limit:,} bytes"
        raise ValidationError(
            {
                "file": f"“{file_name}” is {size_text}; your agency's limit for one file is "
                f"{limit_text}."
            }
        )
