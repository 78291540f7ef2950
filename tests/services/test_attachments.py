"""Tests of attachments: storage by hash, hostile names, limits, the padlock and deletion."""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
from datetime import date
from pathlib import Path

import pytest

from casepoint_desktop.data.case_plan_models import Attachment, AttachmentPart, CaseNote, Goal
from casepoint_desktop.data.lists import GoalClassification, GoalStatus, GoalType
from casepoint_desktop.data.models import AgencySettings, AuditEntry, Client, Provider, UserProvider
from casepoint_desktop.services import attachment_files, attachments, case_notes, clients, goals
from casepoint_desktop.services.attachments import (
    AttachmentCancelled,
    AttachmentDamaged,
    AttachmentOwner,
)
from casepoint_desktop.services.case_notes import CaseNoteInput
from casepoint_desktop.services.clients import ClientInput
from casepoint_desktop.services.errors import NotFound, PermissionDenied, ValidationError
from casepoint_desktop.services.session import Role, Session
from tests.conftest import make_user

TODAY = date.today()
PDF_BYTES = b"%PDF-1.4\n% a small test file\n%%EOF\n"
JPEG_BYTES = b"\xff\xd8\xff\xe0" + b"\x00" * 60 + b"\xff\xd9"


@pytest.fixture
def client(admin_session) -> Client:
    return clients.create_client(admin_session, ClientInput("Ana", "Lopez"))


@pytest.fixture
def goal(admin_session, client) -> Goal:
    return make_goal(admin_session, client)


@pytest.fixture
def case_note(admin_session, goal) -> CaseNote:
    return case_notes.create_case_note(
        admin_session,
        goal.id,
        CaseNoteInput(provider_id=admin_session.provider.id, note_date=TODAY, text="Visit."),
    )


@pytest.fixture
def owners(client, goal, case_note) -> dict[str, AttachmentOwner]:
    return {
        "client": AttachmentOwner.of_client(client.id),
        "goal": AttachmentOwner.of_goal(goal.id),
        "case_note": AttachmentOwner.of_case_note(case_note.id),
    }


@pytest.fixture
def other_provider_session(admin_session) -> Session:
    """A case manager whose only provider is not the administrator's."""
    provider = Provider.create(name="Northside Outreach")
    user = make_user("olga", Role.CASE_MANAGER, provider)
    return Session(user, provider)


def make_goal(session: Session, client) -> Goal:
    classification = GoalClassification.get(GoalClassification.name == "Housing")
    return Goal.create(
        client=client,
        provider=session.provider,
        date_set=TODAY,
        classification=classification,
        goal_type=GoalType.get(GoalType.classification == classification),
        status=GoalStatus.get(GoalStatus.name == "In Progress"),
    )


def write(folder: Path, name: str, content: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(content)
    return path


def file_errors(call) -> dict[str, str]:
    with pytest.raises(ValidationError) as raised:
        call()
    return raised.value.field_errors


@pytest.mark.parametrize("kind", ["client", "goal", "case_note"])
def test_attach_list_read_and_delete_on_each_owner(admin_session, owners, tmp_path, kind):
    owner = owners[kind]
    source = write(tmp_path / "in", "consent form.pdf", PDF_BYTES)

    attachment = attachments.add_attachment(
        admin_session, owner, source, "  Signed consent  ", locked=False
    )

    assert attachment.file_name == "consent form.pdf"
    assert attachment.description == "Signed consent"
    assert attachment.size_bytes == len(PDF_BYTES)
    assert attachment.sha256 == hashlib.sha256(PDF_BYTES).hexdigest()
    assert attachment.media_type == "application/pdf"
    assert attachment.added_from == owner.added_from
    assert attachment.provider_id == admin_session.provider.id
    assert (
        attachments.added_from_label(attachment)
        == {
            "client": "Client Profile",
            "goal": "Case Plan goal",
            "case_note": "Case Note",
        }[kind]
    )
    listed = attachments.list_attachments(admin_session, owner)
    assert [row.id for row in listed] == [attachment.id]
    assert listed[0].added_by.username == "admin"
    assert attachments.read_content(admin_session, attachment.id) == PDF_BYTES

    destination = tmp_path / "out" / "copy.pdf"
    destination.parent.mkdir()
    attachments.save_copy(admin_session, attachment.id, destination)
    assert destination.read_bytes() == PDF_BYTES
    assert list(destination.parent.iterdir()) == [destination]

    attachments.delete_attachment(admin_session, attachment.id)
    assert attachments.list_attachments(admin_session, owner) == []
    assert AttachmentPart.select().count() == 0
    assert source.read_bytes() == PDF_BYTES


def test_list_per_owner_origins(admin_session, owners, tmp_path):
    added = {
        kind: attachments.add_attachment(
            admin_session, owner, write(tmp_path / kind, "scan.pdf", PDF_BYTES)
        )
        for kind, owner in owners.items()
    }

    def listed(kind: str) -> set[int]:
        return {row.id for row in attachments.list_attachments(admin_session, owners[kind])}

    assert listed("client") == {added["client"].id, added["goal"].id, added["case_note"].id}
    assert listed("goal") == {added["goal"].id, added["case_note"].id}
    assert listed("case_note") == {added["case_note"].id}


def test_two_files_with_same_name_are_kept_apart(admin_session, owners, tmp_path):
    first = write(tmp_path / "a", "scan.jpg", JPEG_BYTES)
    second = write(tmp_path / "b", "scan.jpg", PDF_BYTES)

    one = attachments.add_attachment(admin_session, owners["client"], first)
    two = attachments.add_attachment(admin_session, owners["client"], second)

    assert one.file_name == two.file_name == "scan.jpg"
    assert one.storage_key != two.storage_key
    assert attachments.read_content(admin_session, one.id) == JPEG_BYTES
    assert attachments.read_content(admin_session, two.id) == PDF_BYTES
    assert two.media_type == "application/pdf"


@pytest.mark.parametrize(
    "name",
    [
        "...",
        "..\\..\\windows\\system32\\evil.dll",
        "a:b*c?d|e<f>g.pdf",
        "CON",
        "NUL.txt",
        "line\nbreak\ttab.pdf",
        " .hidden ",
        "Nguyễn Văn Ánh — hợp đồng.pdf",
        "ملف عربي.pdf",
        "ễ" * 80 + ".pdf",
    ],
)
def test_hostile_names_are_shown_only(admin_session, owners, tmp_path, name):
    try:
        source = write(tmp_path / "in", name, PDF_BYTES)
    except OSError:
        pytest.skip("this file system does not allow the name")
    before = sorted(str(path) for path in tmp_path.rglob("*"))

    attachment = attachments.add_attachment(admin_session, owners["goal"], source)
    copy = attachments.temporary_copy(admin_session, attachment.id)
    destination = tmp_path / "out.pdf"
    attachments.save_copy(admin_session, attachment.id, destination)

    assert len(attachment.file_name) <= attachments.FILE_NAME_MAX_LENGTH
    assert "\n" not in attachment.file_name
    assert "\t" not in attachment.file_name
    assert copy.name == f"attachment-{attachment.id}.pdf"
    assert copy.read_bytes() == PDF_BYTES
    after = sorted(str(path) for path in tmp_path.rglob("*"))
    assert after == sorted([*before, str(destination)])


def test_clean_file_name_keeps_text_but_no_controls():
    assert attachments.clean_file_name("../etc/passwd") == "../etc/passwd"
    assert attachments.clean_file_name("a\x00b\x1bc.pdf") == "a b c.pdf"
    assert attachments.clean_file_name("\u202egnp.exe") == "gnp.exe"
    assert attachments.clean_file_name("   ") == "unnamed file"
    long_name = attachments.clean_file_name("y" * 400 + ".jpeg")
    assert len(long_name) == attachments.FILE_NAME_MAX_LENGTH
    assert long_name.endswith("….jpeg")


def test_temporary_copy_takes_no_path_from_name(admin_session, owners, tmp_path):
    source = write(tmp_path, "notes.tar.gz;rm -rf", b"plain text")
    attachment = attachments.add_attachment(admin_session, owners["client"], source)

    copy = attachments.temporary_copy(admin_session, attachment.id)

    assert copy.name == f"attachment-{attachment.id}.bin"
    assert copy.read_bytes() == b"plain text"
    assert not os.access(copy, os.W_OK) or os.geteuid() == 0
    assert stat.S_IMODE(copy.parent.stat().st_mode) == 0o700


def test_temporary_copies_removed(admin_session, owners, tmp_path):
    source = write(tmp_path, "letter.docx", b"PK\x03\x04 word file")
    attachment = attachments.add_attachment(admin_session, owners["client"], source)
    copy = attachments.temporary_copy(admin_session, attachment.id)
    assert copy.suffix == ".docx"

    attachments.remove_temporary_copies()

    assert not copy.exists()
    assert not copy.parent.exists()


def test_empty_file_rejected(admin_session, owners, tmp_path):
    source = write(tmp_path, "blank.pdf", b"")

    errors = file_errors(lambda: attachments.add_attachment(admin_session, owners["goal"], source))

    assert errors == {"file": "“blank.pdf” is empty (0 bytes)."}
    assert Attachment.select().count() == 0


def test_file_over_agency_limit_rejected(admin_session, owners, tmp_path):
    AgencySettings.update(attachment_max_mb=1).execute()
    source = write(tmp_path, "big scan.tif", b"II*\x00" + b"\x01" * (1024 * 1024))

    errors = file_errors(lambda: attachments.add_attachment(admin_session, owners["goal"], source))

    assert errors["file"] == (
        "“big scan.tif” is 1,048,580 bytes; your agency's limit for one file is 1,048,576 bytes."
    )
    assert Attachment.select().count() == 0
    assert AttachmentPart.select().count() == 0


def test_file_at_agency_limit_accepted_in_parts(admin_session, owners, tmp_path):
    AgencySettings.update(attachment_max_mb=3).execute()
    content = os.urandom(3 * 1024 * 1024)
    source = write(tmp_path, "photo.bin", content)
    seen: list[tuple[int, int]] = []

    attachment = attachments.add_attachment(
        admin_session,
        owners["client"],
        source,
        progress=lambda done, total: not seen.append((done, total)),
    )

    assert AttachmentPart.select().where(AttachmentPart.attachment == attachment.id).count() == 3
    assert seen[-1] == (len(content), len(content))
    assert attachments.read_content(admin_session, attachment.id) == content


def test_cancel_leaves_nothing(admin_session, owners, tmp_path):
    source = write(tmp_path, "photo.bin", os.urandom(2 * 1024 * 1024 + 5))

    with pytest.raises(AttachmentCancelled):
        attachments.add_attachment(
            admin_session, owners["client"], source, progress=lambda done, total: False
        )

    assert Attachment.select().count() == 0
    assert AttachmentPart.select().count() == 0
    assert AuditEntry.select().where(AuditEntry.record_type == "attachment").count() == 0


def test_missing_file_and_folder_rejected(admin_session, owners, tmp_path):
    missing = file_errors(
        lambda: attachments.add_attachment(admin_session, owners["client"], tmp_path / "gone.pdf")
    )
    folder = file_errors(
        lambda: attachments.add_attachment(admin_session, owners["client"], tmp_path)
    )

    assert missing == {"file": "“gone.pdf” was not found. Choose the file again."}
    assert folder == {"file": "Choose a file; folders cannot be attached."}


def test_long_description_rejected(admin_session, owners, tmp_path):
    source = write(tmp_path, "a.pdf", PDF_BYTES)

    errors = file_errors(
        lambda: attachments.add_attachment(admin_session, owners["client"], source, "d" * 1001)
    )

    assert errors == {"description": "The description is 1,001 characters long; keep it to 1,000."}


def test_media_type_comes_from_content_not_name(admin_session, owners, tmp_path):
    disguised = write(tmp_path, "photo.jpg", PDF_BYTES)
    unknown = write(tmp_path, "report.pdf", b"MZ\x90\x00 not a pdf")

    assert attachments.add_attachment(admin_session, owners["client"], disguised).media_type == (
        "application/pdf"
    )
    assert attachments.add_attachment(admin_session, owners["client"], unknown).media_type == (
        "application/octet-stream"
    )


def test_damaged_copy_reported_and_never_returned(admin_session, owners, tmp_path):
    source = write(tmp_path, "id card.jpg", JPEG_BYTES)
    attachment = attachments.add_attachment(admin_session, owners["client"], source)
    AttachmentPart.update(data=b"\xff\xd8\xff tampered").where(
        AttachmentPart.attachment == attachment.id
    ).execute()
    destination = tmp_path / "copy.jpg"

    with pytest.raises(AttachmentDamaged, match=re.escape("“id card.jpg” is damaged")):
        attachments.read_content(admin_session, attachment.id)
    with pytest.raises(AttachmentDamaged):
        attachments.save_copy(admin_session, attachment.id, destination)
    with pytest.raises(AttachmentDamaged):
        attachments.temporary_copy(admin_session, attachment.id)

    assert not destination.exists()
    assert list(tmp_path.glob(".casepoint-*")) == []
    assert attachment_files.damaged_attachments() == [attachment.id]


def test_missing_part_reported(admin_session, owners, tmp_path):
    source = write(tmp_path, "scan.pdf", PDF_BYTES)
    attachment = attachments.add_attachment(admin_session, owners["client"], source)
    AttachmentPart.delete().execute()

    with pytest.raises(AttachmentDamaged):
        attachments.read_content(admin_session, attachment.id)


def test_save_copy_into_missing_folder_gets_message(admin_session, owners, tmp_path):
    attachment = attachments.add_attachment(
        admin_session, owners["client"], write(tmp_path, "a.pdf", PDF_BYTES)
    )

    with pytest.raises(attachments.ServiceError, match="could not be saved"):
        attachments.save_copy(admin_session, attachment.id, tmp_path / "no such" / "a.pdf")


def test_locked_attachment_seen_only_by_its_provider(
    admin_session, other_provider_session, owners, tmp_path
):
    locked = attachments.add_attachment(
        admin_session, owners["client"], write(tmp_path, "locked.pdf", PDF_BYTES), locked=True
    )
    open_file = attachments.add_attachment(
        admin_session, owners["client"], write(tmp_path, "open.pdf", PDF_BYTES)
    )
    other = other_provider_session

    assert [row.id for row in attachments.list_attachments(other, owners["client"])] == [
        open_file.id
    ]
    for call in (
        attachments.get_attachment,
        attachments.read_content,
        attachments.temporary_copy,
        attachments.delete_attachment,
    ):
        with pytest.raises(NotFound):
            call(other, locked.id)
    with pytest.raises(NotFound):
        attachments.save_copy(other, locked.id, tmp_path / "copy.pdf")
    with pytest.raises(NotFound):
        attachments.update_attachment(other, locked.id, "", False)
    assert attachments.read_content(other, open_file.id) == PDF_BYTES
    assert {row.id for row in attachments.list_attachments(admin_session, owners["client"])} == {
        locked.id,
        open_file.id,
    }


def test_locked_attachment_eda_user_sees(admin_session, owners, tmp_path):
    northside = Provider.create(name="Northside Outreach")
    user = make_user("eda", Role.CASE_MANAGER, northside)
    UserProvider.get_or_create(user=user, provider=admin_session.provider)
    locked = attachments.add_attachment(
        admin_session, owners["client"], write(tmp_path, "locked.pdf", PDF_BYTES), locked=True
    )

    eda_session = Session(user, northside)

    assert attachments.read_content(eda_session, locked.id) == PDF_BYTES


def test_locked_counts_hidden_from_case_note_list(
    admin_session, other_provider_session, goal, owners, tmp_path
):
    attachments.add_attachment(
        admin_session, owners["case_note"], write(tmp_path, "a.pdf", PDF_BYTES), locked=True
    )
    attachments.add_attachment(
        admin_session, owners["case_note"], write(tmp_path, "b.pdf", PDF_BYTES)
    )

    mine = case_notes.case_notes_for_goal(admin_session, goal.id)
    theirs = case_notes.case_notes_for_goal(other_provider_session, goal.id)

    assert [note.attachment_count for note in mine] == [2]
    assert [note.attachment_count for note in theirs] == [1]


def test_other_provider_cannot_change_or_delete_open_attachment(
    admin_session, other_provider_session, owners, tmp_path
):
    attachment = attachments.add_attachment(
        admin_session, owners["client"], write(tmp_path, "a.pdf", PDF_BYTES)
    )

    assert attachments.can_change(admin_session, attachment)
    assert not attachments.can_change(other_provider_session, attachment)
    with pytest.raises(PermissionDenied):
        attachments.delete_attachment(other_provider_session, attachment.id)
    with pytest.raises(PermissionDenied):
        attachments.update_attachment(other_provider_session, attachment.id, "mine", True)
    assert Attachment.get_by_id(attachment.id).description == ""


def test_attach_other_providers_goal_rejected(
    admin_session, other_provider_session, owners, tmp_path
):
    source = write(tmp_path, "a.pdf", PDF_BYTES)

    with pytest.raises(PermissionDenied):
        attachments.add_attachment(other_provider_session, owners["goal"], source)
    with pytest.raises(PermissionDenied):
        attachments.add_attachment(other_provider_session, owners["case_note"], source)
    added = attachments.add_attachment(other_provider_session, owners["client"], source)
    assert added.provider.name == "Northside Outreach"


def test_read_only_user_can_view_but_not_change(admin_session, owners, tmp_path):
    attachment = attachments.add_attachment(
        admin_session, owners["client"], write(tmp_path, "a.pdf", PDF_BYTES)
    )
    reader = make_user("reader", Role.READ_ONLY)
    session = Session(reader, reader.home_provider)

    assert attachments.read_content(session, attachment.id) == PDF_BYTES
    assert not attachments.can_change(session, attachment)
    with pytest.raises(PermissionDenied):
        attachments.add_attachment(session, owners["client"], write(tmp_path, "b.pdf", PDF_BYTES))
    with pytest.raises(PermissionDenied):
        attachments.delete_attachment(session, attachment.id)


def test_update_changes_description_and_lock_with_audit(admin_session, owners, tmp_path):
    attachment = attachments.add_attachment(
        admin_session, owners["client"], write(tmp_path, "a.pdf", PDF_BYTES)
    )

    attachments.update_attachment(admin_session, attachment.id, "Birth certificate", True)

    stored = Attachment.get_by_id(attachment.id)
    assert (stored.description, stored.locked) == ("Birth certificate", True)
    entry = AuditEntry.get(
        (AuditEntry.record_type == "attachment") & (AuditEntry.action == "update")
    )
    assert json.loads(entry.changes) == {
        "description": ["", "Birth certificate"],
        "locked": [False, True],
    }


def test_add_view_export_and_delete_are_audited(admin_session, owners, client, tmp_path):
    attachment = attachments.add_attachment(
        admin_session, owners["client"], write(tmp_path, "a.pdf", PDF_BYTES)
    )
    attachments.read_content(admin_session, attachment.id)
    attachments.save_copy(admin_session, attachment.id, tmp_path / "copy.pdf")
    attachments.delete_attachment(admin_session, attachment.id)

    entries = list(
        AuditEntry.select().where(AuditEntry.record_type == "attachment").order_by(AuditEntry.id)
    )
    assert [entry.action for entry in entries] == ["create", "view", "export", "delete"]
    assert {entry.client_id for entry in entries} == {client.id}
    assert json.loads(entries[-1].changes)["sha256"] == [
        hashlib.sha256(PDF_BYTES).hexdigest(),
        None,
    ]


def test_deleting_goal_removes_its_attachments_and_nothing_else(
    admin_session, client, goal, owners, tmp_path
):
    other_goal = make_goal(admin_session, client)
    kept = [
        attachments.add_attachment(
            admin_session, owners["client"], write(tmp_path, "c.pdf", PDF_BYTES)
        ),
        attachments.add_attachment(
            admin_session,
            AttachmentOwner.of_goal(other_goal.id),
            write(tmp_path, "g2.pdf", PDF_BYTES),
        ),
    ]
    attachments.add_attachment(admin_session, owners["goal"], write(tmp_path, "g.pdf", PDF_BYTES))
    attachments.add_attachment(
        admin_session, owners["case_note"], write(tmp_path, "n.pdf", PDF_BYTES)
    )

    goals.delete_goal(admin_session, goal.id, expected_version=goal.version)

    assert [row.id for row in Attachment.select().order_by(Attachment.id)] == [a.id for a in kept]
    assert {part.attachment_id for part in AttachmentPart.select()} == {a.id for a in kept}
    for attachment in kept:
        assert attachments.read_content(admin_session, attachment.id) == PDF_BYTES


def test_deleting_case_note_removes_its_attachments_only(
    admin_session, goal, case_note, owners, tmp_path
):
    kept = attachments.add_attachment(
        admin_session, owners["goal"], write(tmp_path, "g.pdf", PDF_BYTES)
    )
    attachments.add_attachment(
        admin_session, owners["case_note"], write(tmp_path, "n.pdf", PDF_BYTES)
    )

    case_notes.delete_case_note(admin_session, case_note.id, expected_version=case_note.version)

    assert [row.id for row in Attachment.select()] == [kept.id]
    assert {part.attachment_id for part in AttachmentPart.select()} == {kept.id}


def test_deleting_client_removes_their_attachments_and_nothing_else(
    admin_session, client, owners, tmp_path
):
    other = clients.create_client(admin_session, ClientInput("Ben", "Okafor"))
    kept = attachments.add_attachment(
        admin_session, AttachmentOwner.of_client(other.id), write(tmp_path, "o.pdf", PDF_BYTES)
    )
    for kind, owner in owners.items():
        attachments.add_attachment(admin_session, owner, write(tmp_path, f"{kind}.pdf", PDF_BYTES))

    clients.delete_client(admin_session, client.id, expected_version=client.version)

    assert [row.id for row in Attachment.select()] == [kept.id]
    assert {part.attachment_id for part in AttachmentPart.select()} == {kept.id}
    assert attachments.read_content(admin_session, kept.id) == PDF_BYTES


def test_owner_lookups_give_client_and_origin(goal, case_note, client):
    assert AttachmentOwner.of_case_note(case_note.id) == AttachmentOwner(
        client.id, goal.id, case_note.id
    )
    assert AttachmentOwner.of_goal(goal.id).added_from == "goal"
    with pytest.raises(NotFound):
        AttachmentOwner.of_goal(999)
    with pytest.raises(NotFound):
        AttachmentOwner.of_case_note(999)


@pytest.mark.parametrize(
    ("size", "text"),
    [
        (0, "0 bytes"),
        (1, "1 byte"),
        (1023, "1,023 bytes"),
        (1024, "1.0 KB"),
        (1536, "1.5 KB"),
        (50 * 1024 * 1024, "50.0 MB"),
        (3 * 1024**3, "3.0 GB"),
    ],
)
def test_format_size(size, text):
    assert attachments.format_size(size) == text
