"""AttachmentsSection and AttachmentDialog on a client, a goal and a case note."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QDialog

from casepoint_desktop.data.case_plan_models import Attachment, AttachmentPart
from casepoint_desktop.data.models import AgencySettings, Provider
from casepoint_desktop.services import attachments
from casepoint_desktop.services.attachments import AttachmentOwner
from casepoint_desktop.services.session import Role, Session
from casepoint_desktop.ui import messages
from casepoint_desktop.ui.dialogs import attachment_dialog
from casepoint_desktop.ui.models.attachments_model import FILE_NAME_COLUMN
from casepoint_desktop.ui.widgets.attachments_section import (
    AttachmentsSection,
    suggested_file_name,
)
from tests.conftest import make_user
from tests.ui.attachment_helpers import (
    PDF_BYTES,
    AttachmentDialogRunner,
    CancellingProgressDialog,
    add_case_note,
    install_fake_viewer,
    owner_of,
    write_file,
)
from tests.ui.goal_helpers import make_goal
from tests.ui.record_helpers import RecordedAnswers, RecordedMessages, make_client

OWNER_KINDS = ("client", "goal", "case_note")
HOSTILE_NAME = "..\\..\\evil:name?.pdf"


@pytest.fixture
def client(admin_session):
    return make_client(admin_session, "Nguyễn Thị", "Hương", date(1990, 7, 24))


@pytest.fixture
def goal(admin_session, client):
    return make_goal(admin_session, client)


@pytest.fixture
def case_note(admin_session, goal):
    return add_case_note(admin_session, goal)


@pytest.fixture(autouse=True)
def answers_yes(monkeypatch) -> RecordedAnswers:
    answers = RecordedAnswers(True)
    monkeypatch.setattr(messages, "ask_yes_no", answers)
    return answers


@pytest.fixture(autouse=True)
def shown_errors(monkeypatch) -> RecordedMessages:
    shown = RecordedMessages()
    monkeypatch.setattr(messages, "show_service_error", shown)
    monkeypatch.setattr(messages, "show_error", shown)
    return shown


@pytest.fixture
def runner(monkeypatch) -> AttachmentDialogRunner:
    runner = AttachmentDialogRunner(description="Lease, signed")
    monkeypatch.setattr(messages, "run_dialog", runner)
    return runner


def choose_files(monkeypatch, paths: list[Path]) -> None:
    monkeypatch.setattr(messages, "choose_open_files", lambda parent, title, name_filter="": paths)


def make_section(qtbot, session, owner, hint="") -> AttachmentsSection:
    section = AttachmentsSection(session, owner, hint)
    qtbot.addWidget(section)
    section.show()
    return section


def listed_names(section: AttachmentsSection) -> list[str]:
    model = section.model
    return [model.data(model.index(row, FILE_NAME_COLUMN)) for row in range(model.rowCount())]


def select_file(section: AttachmentsSection, file_name: str) -> None:
    row = listed_names(section).index(file_name)
    section.ui.attachments_view.selectRow(row)


def attach(session, owner, path: Path, locked: bool = False) -> Attachment:
    return attachments.add_attachment(session, owner, path, locked=locked)


def press_key(qtbot, section: AttachmentsSection, key: Qt.Key) -> None:
    """Press `key` in the file list, after activating its window, where shortcuts fire."""
    with qtbot.waitActive(section):
        section.activateWindow()
    view = section.ui.attachments_view
    view.setFocus()
    qtbot.keyClick(view, key)


def drop(section: AttachmentsSection, urls: list[QUrl]) -> bool:
    """Drag `urls` over the file list, drop them and return whether the view took the drop.

    The events go straight to the view's handlers: QApplication routes a Drop only to the
    target of an accepted DragEnter of a real drag, which a test cannot start.
    """
    mime_data = QMimeData()
    mime_data.setUrls(urls)
    view = section.ui.attachments_view
    arguments = (
        Qt.DropAction.CopyAction,
        mime_data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(QPoint(10, 10), *arguments)
    view.dragEnterEvent(enter)
    if not enter.isAccepted():
        return False
    event = QDropEvent(QPointF(10, 10), *arguments)
    view.dropEvent(event)
    return event.isAccepted()


@pytest.mark.parametrize("kind", OWNER_KINDS)
def test_add_file_lists_it(
    qtbot, admin_session, client, goal, case_note, tmp_path, monkeypatch, runner, kind
):
    owner = owner_of(kind, client, goal, case_note)
    section = make_section(qtbot, admin_session, owner)
    choose_files(monkeypatch, [write_file(tmp_path, "lease.pdf")])

    with qtbot.waitSignal(section.changed, timeout=0):
        qtbot.mouseClick(section.ui.add_button, Qt.MouseButton.LeftButton)

    assert listed_names(section) == ["lease.pdf"]
    assert section.ui.count_label.text() == "1 file"
    stored = Attachment.get()
    assert stored.description == "Lease, signed"
    assert stored.added_from == owner.added_from
    assert section.selected_attachment().id == stored.id


@pytest.mark.parametrize("kind", OWNER_KINDS)
def test_view_opens_viewer(
    qtbot, admin_session, client, goal, case_note, tmp_path, monkeypatch, kind
):
    owner = owner_of(kind, client, goal, case_note)
    added = attach(admin_session, owner, write_file(tmp_path, "lease.pdf"))
    opened = install_fake_viewer(monkeypatch)
    section = make_section(qtbot, admin_session, owner)
    select_file(section, "lease.pdf")

    qtbot.mouseClick(section.ui.view_button, Qt.MouseButton.LeftButton)
    press_key(qtbot, section, Qt.Key.Key_Return)

    assert opened == [added.id, added.id]


@pytest.mark.parametrize("kind", OWNER_KINDS)
def test_save_copy_writes_file(
    qtbot, admin_session, client, goal, case_note, tmp_path, monkeypatch, kind
):
    owner = owner_of(kind, client, goal, case_note)
    attach(admin_session, owner, write_file(tmp_path / "in", "lease.pdf"))
    destination = tmp_path / "out" / "copy.pdf"
    destination.parent.mkdir()
    suggestions = []

    def choose_save_path(parent, title, suggested_name, name_filter=""):
        suggestions.append(suggested_name)
        return destination

    monkeypatch.setattr(messages, "choose_save_path", choose_save_path)
    section = make_section(qtbot, admin_session, owner)
    select_file(section, "lease.pdf")

    qtbot.mouseClick(section.ui.save_copy_button, Qt.MouseButton.LeftButton)

    assert suggestions == ["lease.pdf"]
    assert destination.read_bytes() == PDF_BYTES


@pytest.mark.parametrize("kind", OWNER_KINDS)
def test_delete_asks_and_deletes(
    qtbot, admin_session, client, goal, case_note, tmp_path, answers_yes, kind
):
    owner = owner_of(kind, client, goal, case_note)
    attach(admin_session, owner, write_file(tmp_path, "old.pdf"))
    attach(admin_session, owner, write_file(tmp_path, "lease.pdf"))
    section = make_section(qtbot, admin_session, owner)
    select_file(section, "lease.pdf")

    with qtbot.waitSignal(section.changed, timeout=0):
        qtbot.mouseClick(section.ui.delete_button, Qt.MouseButton.LeftButton)

    assert len(answers_yes.questions) == 1
    assert "“lease.pdf”" in answers_yes.questions[0][1]
    assert listed_names(section) == ["old.pdf"]
    assert [row.file_name for row in Attachment.select()] == ["old.pdf"]
    # The next file takes the deleted row, so the Delete key deletes it too.
    press_key(qtbot, section, Qt.Key.Key_Delete)
    assert listed_names(section) == []
    assert AttachmentPart.select().count() == 0


def test_delete_answered_no_keeps_file(qtbot, admin_session, client, tmp_path, answers_yes):
    answers_yes.answer = False
    owner = AttachmentOwner.of_client(client.id)
    attach(admin_session, owner, write_file(tmp_path, "lease.pdf"))
    section = make_section(qtbot, admin_session, owner)
    select_file(section, "lease.pdf")

    qtbot.mouseClick(section.ui.delete_button, Qt.MouseButton.LeftButton)

    assert listed_names(section) == ["lease.pdf"]


def test_edit_changes_description_and_padlock(qtbot, admin_session, client, tmp_path, monkeypatch):
    owner = AttachmentOwner.of_client(client.id)
    added = attach(admin_session, owner, write_file(tmp_path, "lease.pdf"))
    monkeypatch.setattr(messages, "run_dialog", AttachmentDialogRunner("Renewed", locked=True))
    section = make_section(qtbot, admin_session, owner)
    select_file(section, "lease.pdf")

    with qtbot.waitSignal(section.changed, timeout=0):
        qtbot.mouseClick(section.ui.edit_button, Qt.MouseButton.LeftButton)

    stored = Attachment.get_by_id(added.id)
    assert stored.description == "Renewed"
    assert stored.locked
    assert section.selected_attachment().id == added.id


def test_edit_dialog_shows_file_read_only(qtbot, admin_session, client, tmp_path):
    added = attach(
        admin_session, AttachmentOwner.of_client(client.id), write_file(tmp_path, "lease.pdf")
    )
    dialog = attachment_dialog.AttachmentDialog.for_attachment(admin_session, added.id)
    qtbot.addWidget(dialog)

    assert dialog.ui.files_edit.isReadOnly()
    assert dialog.ui.files_edit.toPlainText().startswith("lease.pdf")
    assert dialog.windowTitle() == "Edit Attachment"
    assert "Ada Admin" in dialog.ui.details_value_label.text()
    assert dialog.ui.description_label.buddy() is dialog.ui.description_edit


def test_two_files_with_same_name(qtbot, admin_session, client, tmp_path, monkeypatch, runner):
    first = write_file(tmp_path / "a", "scan.pdf", b"%PDF-first")
    second = write_file(tmp_path / "b", "scan.pdf", b"%PDF-second")
    choose_files(monkeypatch, [first, second])
    section = make_section(qtbot, admin_session, AttachmentOwner.of_client(client.id))

    qtbot.mouseClick(section.ui.add_button, Qt.MouseButton.LeftButton)

    assert listed_names(section) == ["scan.pdf", "scan.pdf"]
    contents = {attachments.read_content(admin_session, row.id) for row in Attachment.select()}
    assert contents == {b"%PDF-first", b"%PDF-second"}


def test_hostile_name_shown_and_copy_suggested_safely(
    qtbot, admin_session, client, tmp_path, monkeypatch, runner
):
    source = write_file(tmp_path / "in", "x.pdf")
    hostile = source.with_name(HOSTILE_NAME)
    source.rename(hostile)
    choose_files(monkeypatch, [hostile])
    section = make_section(qtbot, admin_session, AttachmentOwner.of_client(client.id))
    qtbot.mouseClick(section.ui.add_button, Qt.MouseButton.LeftButton)
    assert listed_names(section) == [HOSTILE_NAME]

    out_folder = tmp_path / "out"
    out_folder.mkdir()
    suggestions = []

    def choose_save_path(parent, title, suggested_name, name_filter=""):
        suggestions.append(suggested_name)
        return out_folder / suggested_name

    monkeypatch.setattr(messages, "choose_save_path", choose_save_path)
    qtbot.mouseClick(section.ui.save_copy_button, Qt.MouseButton.LeftButton)

    assert suggestions == ["_.._evil_name_.pdf"]
    assert [path.name for path in out_folder.iterdir()] == ["_.._evil_name_.pdf"]
    assert not (tmp_path / "evil:name?.pdf").exists()


@pytest.mark.parametrize(
    ("name", "suggestion"),
    [
        ("lease.pdf", "lease.pdf"),
        ("../../etc/passwd", "_.._etc_passwd"),
        ("C:\\Windows\\x.exe", "C__Windows_x.exe"),
        ("a\tb\x00.pdf", "a_b_.pdf"),
        ("CON.txt", "_CON.txt"),
        ("...", "attachment"),
        ("Hồ sơ 住所.pdf", "Hồ sơ 住所.pdf"),
    ],
)
def test_suggested_file_name(name, suggestion):
    assert suggested_file_name(name) == suggestion


def test_empty_file_shows_message_next_to_field(
    qtbot, admin_session, client, tmp_path, monkeypatch, runner
):
    choose_files(monkeypatch, [write_file(tmp_path, "empty.pdf", b"")])
    section = make_section(qtbot, admin_session, AttachmentOwner.of_client(client.id))

    qtbot.mouseClick(section.ui.add_button, Qt.MouseButton.LeftButton)

    dialog = runner.dialogs[0]
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.field_errors.message("file") == "“empty.pdf” is empty (0 bytes)."
    assert dialog.ui.description_edit.text() == "Lease, signed"
    assert Attachment.select().count() == 0
    assert listed_names(section) == []


def test_file_over_limit_shows_message_next_to_field(
    qtbot, admin_session, client, tmp_path, monkeypatch, runner
):
    AgencySettings.update(attachment_max_mb=1).execute()
    big = write_file(tmp_path, "scan.pdf", b"%PDF-" + b"x" * (1536 * 1024))
    choose_files(monkeypatch, [big])
    section = make_section(qtbot, admin_session, AttachmentOwner.of_client(client.id))

    qtbot.mouseClick(section.ui.add_button, Qt.MouseButton.LeftButton)

    message = runner.dialogs[0].field_errors.message("file")
    assert "“scan.pdf” is 1.5 MB" in message
    assert "limit for one file is 1.0 MB" in message
    assert Attachment.select().count() == 0
    assert AttachmentPart.select().count() == 0


def test_several_files_one_rejected(
    qtbot, admin_session, client, tmp_path, monkeypatch, runner, shown_errors
):
    paths = [
        write_file(tmp_path, "a.pdf"),
        write_file(tmp_path, "empty.pdf", b""),
        write_file(tmp_path, "c.pdf"),
    ]
    choose_files(monkeypatch, paths)
    section = make_section(qtbot, admin_session, AttachmentOwner.of_client(client.id))

    qtbot.mouseClick(section.ui.add_button, Qt.MouseButton.LeftButton)

    assert sorted(listed_names(section)) == ["a.pdf", "c.pdf"]
    assert len(shown_errors.shown) == 1
    title, text = shown_errors.shown[0]
    assert title == "Files Not Attached"
    assert text.startswith("2 files were attached.")
    assert "empty.pdf: “empty.pdf” is empty (0 bytes)." in text
    assert "a.pdf" not in text


def test_cancel_in_progress_leaves_nothing(
    qtbot, admin_session, client, tmp_path, monkeypatch, runner
):
    monkeypatch.setattr(attachment_dialog, "QProgressDialog", CancellingProgressDialog)
    big = write_file(tmp_path, "scan.pdf", b"%PDF-" + b"x" * (3 * 1024 * 1024))
    choose_files(monkeypatch, [big])
    section = make_section(qtbot, admin_session, AttachmentOwner.of_client(client.id))

    with qtbot.assertNotEmitted(section.changed):
        qtbot.mouseClick(section.ui.add_button, Qt.MouseButton.LeftButton)

    dialog = runner.dialogs[0]
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert "cancelled" in dialog.field_errors.general_message()
    assert Attachment.select().count() == 0
    assert AttachmentPart.select().count() == 0
    assert listed_names(section) == []


def test_drop_of_two_files_attaches_both(qtbot, admin_session, client, tmp_path, runner):
    paths = [write_file(tmp_path, "one.pdf"), write_file(tmp_path, "two.pdf")]
    section = make_section(qtbot, admin_session, AttachmentOwner.of_client(client.id))

    accepted = drop(section, [QUrl.fromLocalFile(str(path)) for path in paths])

    assert accepted
    assert sorted(listed_names(section)) == ["one.pdf", "two.pdf"]
    assert runner.dialogs[0].windowTitle() == "Attach 2 Files"


def test_drop_of_web_address_ignored(qtbot, admin_session, client, tmp_path, runner):
    local = write_file(tmp_path, "one.pdf")
    section = make_section(qtbot, admin_session, AttachmentOwner.of_client(client.id))

    accepted = drop(section, [QUrl.fromLocalFile(str(local)), QUrl("https://example.org/x.pdf")])

    assert not accepted
    assert runner.dialogs == []
    assert listed_names(section) == []


def test_locked_file_hidden_from_other_provider(
    qtbot, admin_session, client, tmp_path, monkeypatch
):
    monkeypatch.setattr(messages, "run_dialog", AttachmentDialogRunner(locked=True))
    choose_files(monkeypatch, [write_file(tmp_path, "private.pdf")])
    owner = AttachmentOwner.of_client(client.id)
    section_a = make_section(qtbot, admin_session, owner)
    qtbot.mouseClick(section_a.ui.add_button, Qt.MouseButton.LeftButton)
    attach(admin_session, owner, write_file(tmp_path, "open.pdf"))

    provider_b = Provider.create(name="Northside Outreach")
    session_b = Session(make_user("olga", Role.CASE_MANAGER, provider_b), provider_b)
    section_b = make_section(qtbot, session_b, owner)
    colleague_a = make_user("carl", Role.CASE_MANAGER)
    section_colleague = make_section(qtbot, Session(colleague_a, colleague_a.home_provider), owner)

    assert Attachment.get(Attachment.file_name == "private.pdf").locked
    assert listed_names(section_b) == ["open.pdf"]
    assert sorted(listed_names(section_colleague)) == ["open.pdf", "private.pdf"]
    section_a.reload()
    assert sorted(listed_names(section_a)) == ["open.pdf", "private.pdf"]


def test_other_provider_cannot_change_file(qtbot, admin_session, client, tmp_path):
    owner = AttachmentOwner.of_client(client.id)
    attach(admin_session, owner, write_file(tmp_path, "open.pdf"))
    provider_b = Provider.create(name="Northside Outreach")
    session_b = Session(make_user("olga", Role.CASE_MANAGER, provider_b), provider_b)
    section = make_section(qtbot, session_b, owner)
    select_file(section, "open.pdf")

    ui = section.ui
    assert ui.add_button.isEnabled()
    assert ui.view_button.isEnabled()
    assert ui.save_copy_button.isEnabled()
    assert not ui.edit_button.isEnabled()
    assert not ui.delete_button.isEnabled()


def test_read_only_user_buttons_disabled(qtbot, admin_session, client, tmp_path, runner):
    owner = AttachmentOwner.of_client(client.id)
    attach(admin_session, owner, write_file(tmp_path, "open.pdf"))
    reader = make_user("rita", Role.READ_ONLY)
    section = make_section(qtbot, Session(reader, reader.home_provider), owner)
    select_file(section, "open.pdf")

    ui = section.ui
    assert not ui.add_button.isEnabled()
    assert not ui.edit_button.isEnabled()
    assert not ui.delete_button.isEnabled()
    assert ui.view_button.isEnabled()
    assert ui.save_copy_button.isEnabled()
    accepted = drop(section, [QUrl.fromLocalFile(str(write_file(tmp_path, "new.pdf")))])
    assert not accepted
    press_key(qtbot, section, Qt.Key.Key_Delete)
    assert listed_names(section) == ["open.pdf"]


def test_no_owner_shows_hint_and_disables_add(qtbot, admin_session, client, tmp_path):
    owner = AttachmentOwner.of_client(client.id)
    attach(admin_session, owner, write_file(tmp_path, "open.pdf"))
    section = make_section(qtbot, admin_session, None, "Select a goal to see its attachments.")

    assert listed_names(section) == []
    assert not section.ui.add_button.isEnabled()
    assert section.ui.hint_label.isVisible()
    assert section.ui.hint_label.text() == "Select a goal to see its attachments."

    section.set_owner(owner)
    assert listed_names(section) == ["open.pdf"]
    assert section.ui.add_button.isEnabled()
    assert not section.ui.hint_label.isVisible()


def test_buttons_have_mnemonics_and_tooltips(qtbot, admin_session, client):
    section = make_section(qtbot, admin_session, AttachmentOwner.of_client(client.id))
    ui = section.ui
    buttons = [
        ui.add_button,
        ui.view_button,
        ui.save_copy_button,
        ui.edit_button,
        ui.delete_button,
    ]
    for button in buttons:
        assert "&" in button.text()
        assert button.toolTip()
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
