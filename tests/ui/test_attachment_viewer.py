"""Tests of viewing attachments: the viewer dialog, the system viewer and damaged files."""

from __future__ import annotations

import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from casepoint_desktop.data.case_plan_models import AttachmentPart
from casepoint_desktop.data.models import AuditEntry
from casepoint_desktop.services import attachment_files, attachments, clients
from casepoint_desktop.services.attachments import AttachmentOwner
from casepoint_desktop.services.clients import ClientInput
from casepoint_desktop.ui import messages, start
from casepoint_desktop.ui.dialogs.attachment_viewer import (
    AttachmentViewerDialog,
    open_attachment,
    suggested_file_name,
)
from casepoint_desktop.ui.widgets.image_viewer import ImageViewer
from casepoint_desktop.ui.widgets.pdf_viewer import PdfViewer
from tests.ui.viewer_files import (
    ROTATE_90_CLOCKWISE,
    image_bytes,
    jpeg_with_orientation,
    pdf_bytes,
)

DOCX_BYTES = b"PK\x03\x04 a word-processor document, as far as this test is concerned"


class DialogRuns:
    """A stand-in for messages.run_dialog that runs `check` on each dialog while it is open.

    open_attachment deletes the dialog after run_dialog returns, so a test checks it here.
    """

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.dialogs: list[QDialog] = []
        self.check: Callable[[QDialog], None] = lambda dialog: None

    def __call__(self, dialog: QDialog) -> int:
        self.dialogs.append(dialog)
        dialog.show()
        self.check(dialog)
        dialog.reject()
        return QDialog.DialogCode.Rejected


@pytest.fixture
def dialog_runs(monkeypatch, qtbot) -> DialogRuns:
    runs = DialogRuns(qtbot)
    monkeypatch.setattr(messages, "run_dialog", runs)
    return runs


@pytest.fixture
def errors_shown(monkeypatch) -> list[tuple[str, str]]:
    """Record (title, text) of each error message instead of showing it."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        messages, "show_error", lambda parent, title, text, details="": shown.append((title, text))
    )
    return shown


@pytest.fixture
def system_viewer(monkeypatch) -> list[tuple[Path, bytes]]:
    """Record the path and content of each file sent to the system viewer, which opens it."""
    opened: list[tuple[Path, bytes]] = []

    def open_with_system_viewer(path: Path) -> bool:
        opened.append((path, path.read_bytes()))
        return True

    monkeypatch.setattr(messages, "open_with_system_viewer", open_with_system_viewer)
    return opened


@pytest.fixture(autouse=True)
def no_temporary_copies_left():
    yield
    attachment_files.remove_temporary_copies()


@pytest.fixture
def attach(admin_session, tmp_path) -> Callable[..., int]:
    """Attach a file with `name` and `content` to a new client; return the attachment id."""
    client = clients.create_client(admin_session, ClientInput("Ana", "Lopez"))
    owner = AttachmentOwner.of_client(client.id)

    def attach_file(name: str, content: bytes, description: str = "") -> int:
        source = tmp_path / "source" / name
        source.parent.mkdir(exist_ok=True)
        source.write_bytes(content)
        return attachments.add_attachment(admin_session, owner, source, description).id

    return attach_file


def audit_count(action: str, attachment_id: int) -> int:
    return (
        AuditEntry.select()
        .where(
            (AuditEntry.action == action)
            & (AuditEntry.record_type == "attachment")
            & (AuditEntry.record_id == attachment_id)
        )
        .count()
    )


def test_rotated_jpeg_shows_portrait(admin_session, attach, dialog_runs, errors_shown):
    attachment_id = attach(
        "phone photo.jpg", jpeg_with_orientation(60, 30, ROTATE_90_CLOCKWISE), "Lease, page 1"
    )
    seen = {}

    def check(dialog: AttachmentViewerDialog) -> None:
        seen["title"] = dialog.windowTitle()
        seen["description"] = dialog.ui.description_label.text()
        seen["description shown"] = dialog.ui.description_label.isVisible()
        seen["viewer"] = type(dialog.viewer)
        seen["image size"] = dialog.viewer.image().size().toTuple()
        pixmap = dialog.viewer.shown_pixmap()
        seen["pixmap portrait"] = pixmap.height() > pixmap.width()

    dialog_runs.check = check
    open_attachment(None, admin_session, attachment_id)

    assert len(dialog_runs.dialogs) == 1
    assert seen["title"] == "phone photo.jpg"
    assert seen["description"] == "Lease, page 1"
    assert seen["description shown"]
    assert seen["viewer"] is ImageViewer
    assert seen["image size"] == (30, 60)
    assert seen["pixmap portrait"]
    assert errors_shown == []
    assert audit_count("view", attachment_id) == 1


def test_png_opens_in_image_viewer(admin_session, attach, dialog_runs, errors_shown):
    attachment_id = attach("chart.png", image_bytes(80, 40, "PNG"))
    seen = {}

    def check(dialog: AttachmentViewerDialog) -> None:
        seen["viewer"] = type(dialog.viewer)
        seen["image size"] = dialog.viewer.image().size().toTuple()
        seen["error"] = dialog.viewer.error_message()
        seen["description shown"] = dialog.ui.description_label.isVisible()

    dialog_runs.check = check
    open_attachment(None, admin_session, attachment_id)

    assert seen["viewer"] is ImageViewer
    assert seen["image size"] == (80, 40)
    assert seen["error"] == ""
    assert not seen["description shown"]
    assert errors_shown == []


def test_pdf_opens_with_page_navigation(admin_session, attach, dialog_runs, errors_shown):
    attachment_id = attach("care plan.pdf", pdf_bytes(3))
    seen = {}

    def check(dialog: AttachmentViewerDialog) -> None:
        viewer = dialog.viewer
        seen["viewer"] = type(viewer)
        seen["page count"] = viewer.page_count()
        seen["pages"] = [viewer.current_page()]
        viewer.next_page()
        seen["pages"].append(viewer.current_page())
        viewer.next_page()
        seen["pages"].append(viewer.current_page())
        viewer.previous_page()
        seen["pages"].append(viewer.current_page())

    dialog_runs.check = check
    open_attachment(None, admin_session, attachment_id)

    assert seen["viewer"] is PdfViewer
    assert seen["page count"] == 3
    assert seen["pages"] == [0, 1, 2, 1]
    assert errors_shown == []


def test_damaged_attachment_shows_message_only(
    admin_session, attach, dialog_runs, errors_shown, system_viewer
):
    for name, content in (("id card.jpg", image_bytes(60, 30, "JPEG")), ("form.docx", DOCX_BYTES)):
        attachment_id = attach(name, content)
        AttachmentPart.update(data=b"\xff\xd8\xff tampered").where(
            AttachmentPart.attachment == attachment_id
        ).execute()

        open_attachment(None, admin_session, attachment_id)

        title, text = errors_shown[-1]
        assert title == "Cannot Open the Attachment"
        assert f"“{name}” is damaged" in text
    assert len(errors_shown) == 2
    assert dialog_runs.dialogs == []
    assert system_viewer == []


def test_missing_attachment_shows_not_found(admin_session, dialog_runs, errors_shown):
    open_attachment(None, admin_session, 999)

    assert errors_shown == [
        ("Cannot Open the Attachment", "Attachment 999 was not found. It may have been deleted.")
    ]
    assert dialog_runs.dialogs == []


def test_other_type_opens_private_copy(admin_session, attach, dialog_runs, system_viewer):
    attachment_id = attach("intake form.docx", DOCX_BYTES)

    open_attachment(None, admin_session, attachment_id)

    assert dialog_runs.dialogs == []
    [(path, content)] = system_viewer
    assert path.name == f"attachment-{attachment_id}.docx"
    assert path.parent == attachment_files.private_folder()
    assert content == DOCX_BYTES
    assert not path.stat().st_mode & stat.S_IWUSR
    assert audit_count("view", attachment_id) == 1


def test_no_program_opened_shows_message(admin_session, attach, monkeypatch, errors_shown):
    attachment_id = attach("intake form.docx", DOCX_BYTES)
    monkeypatch.setattr(messages, "open_with_system_viewer", lambda path: False)

    open_attachment(None, admin_session, attachment_id)

    [(title, text)] = errors_shown
    assert title == "Cannot Open the Attachment"
    assert "No program on this computer opened “intake form.docx”" in text


class SavePathChoices:
    """A stand-in for messages.choose_save_path that returns `destination`."""

    def __init__(self, destination: Path | None) -> None:
        self.destination = destination
        self.requests: list[tuple[str, str]] = []

    def __call__(self, parent, title: str, suggested_name: str, name_filter: str = ""):
        self.requests.append((title, suggested_name))
        return self.destination


def test_save_copy_writes_file(
    admin_session, attach, dialog_runs, errors_shown, monkeypatch, tmp_path
):
    content = pdf_bytes(2)
    attachment_id = attach("care plan.pdf", content)
    destination = tmp_path / "saved" / "copy.pdf"
    destination.parent.mkdir()
    choices = SavePathChoices(destination)
    monkeypatch.setattr(messages, "choose_save_path", choices)

    dialog_runs.check = lambda dialog: dialog.save_copy_button.click()
    open_attachment(None, admin_session, attachment_id)

    assert choices.requests == [("Save a Copy", "care plan.pdf")]
    assert destination.read_bytes() == content
    assert audit_count("export", attachment_id) == 1
    assert errors_shown == []


def test_save_copy_cancelled_writes_nothing(
    admin_session, attach, dialog_runs, errors_shown, monkeypatch, tmp_path
):
    attachment_id = attach("photo.png", image_bytes(20, 20, "PNG"))
    monkeypatch.setattr(messages, "choose_save_path", SavePathChoices(None))

    dialog_runs.check = lambda dialog: dialog.save_copy_button.click()
    open_attachment(None, admin_session, attachment_id)

    assert errors_shown == []
    assert audit_count("export", attachment_id) == 0


def test_save_copy_failure_shows_message(
    admin_session, attach, dialog_runs, errors_shown, monkeypatch, tmp_path
):
    attachment_id = attach("photo.png", image_bytes(20, 20, "PNG"))
    missing_folder = tmp_path / "no such folder"
    monkeypatch.setattr(messages, "choose_save_path", SavePathChoices(missing_folder / "a.png"))

    dialog_runs.check = lambda dialog: dialog.save_copy_button.click()
    open_attachment(None, admin_session, attachment_id)

    [(title, text)] = errors_shown
    assert title == "Cannot Save the Copy"
    assert str(missing_folder) in text


def test_dialog_buttons(admin_session, attach, dialog_runs):
    attachment_id = attach("photo.png", image_bytes(20, 20, "PNG"))
    seen = {}

    def check(dialog: AttachmentViewerDialog) -> None:
        box = dialog.ui.button_box
        seen["buttons"] = {button.text().replace("&", "") for button in box.buttons()}
        seen["close role"] = box.buttonRole(box.button(QDialogButtonBox.StandardButton.Close))
        seen["viewer has focus"] = dialog.focusWidget() is dialog.viewer.scroll_area

    dialog_runs.check = check
    open_attachment(None, admin_session, attachment_id)

    assert seen["buttons"] == {"Close", "Save Copy…"}
    assert seen["close role"] == QDialogButtonBox.ButtonRole.RejectRole
    assert seen["viewer has focus"]


@pytest.mark.parametrize(
    ("file_name", "expected"),
    [
        ("care plan.pdf", "care plan.pdf"),
        ("../../etc/passwd", "_.._etc_passwd"),
        ('a:b*c?"d<e>f|g.png', "a_b_c__d_e_f_g.png"),
        ("...", "attachment"),
    ],
)
def test_suggested_file_name(file_name, expected):
    assert suggested_file_name(file_name) == expected


def test_temporary_copies_removed_on_quit(admin_session, attach, system_viewer, qapp):
    attachment_id = attach("intake form.docx", DOCX_BYTES)
    application = start.create_application()
    open_attachment(None, admin_session, attachment_id)
    [(path, _)] = system_viewer
    assert path.exists()

    application.aboutToQuit.emit()

    assert not path.exists()
    assert not path.parent.exists()


def test_remove_temporary_copies_deletes_folder(admin_session, attach, system_viewer):
    for name in ("intake form.docx", "budget.xlsx"):
        open_attachment(None, admin_session, attach(name, DOCX_BYTES))
    folder = system_viewer[0][0].parent
    assert len(list(folder.iterdir())) == 2

    attachments.remove_temporary_copies()

    assert not folder.exists()
