"""Helpers for the attachment UI tests: owners, files on disk, dialog and viewer stand-ins."""

from __future__ import annotations

import sys
import types
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QDialog, QProgressDialog

from casepoint_desktop.data.case_plan_models import CaseNote, Goal
from casepoint_desktop.data.models import Client
from casepoint_desktop.services import case_notes
from casepoint_desktop.services.attachments import AttachmentOwner
from casepoint_desktop.services.case_notes import CaseNoteInput
from casepoint_desktop.services.session import Session

VIEWER_MODULE = "casepoint_desktop.ui.dialogs.attachment_viewer"

PDF_BYTES = b"%PDF-1.4\n% a small test file\n%%EOF\n"


def write_file(folder: Path, name: str, content: bytes = PDF_BYTES) -> Path:
    """Write `content` to `folder/name`, creating the folder, and return the path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(content)
    return path


def add_case_note(session: Session, goal: Goal, text: str = "Home visit.") -> CaseNote:
    data = CaseNoteInput(
        provider_id=session.provider.id,
        note_date=date(2026, 3, 2),
        text=text,
        member_ids=[goal.client_id],
    )
    return case_notes.create_case_note(session, goal.id, data)


def owner_of(kind: str, client: Client, goal: Goal, case_note: CaseNote) -> AttachmentOwner:
    """Return the owner of `kind`: "client", "goal" or "case_note"."""
    if kind == "client":
        return AttachmentOwner.of_client(client.id)
    if kind == "goal":
        return AttachmentOwner.of_goal(goal.id)
    return AttachmentOwner.of_case_note(case_note.id)


def install_fake_viewer(monkeypatch) -> list[int]:
    """Replace the attachment viewer module and return the ids of the attachments it opens."""
    from casepoint_desktop.ui import dialogs

    opened: list[int] = []
    module = types.ModuleType(VIEWER_MODULE)
    module.open_attachment = lambda parent, session, attachment_id: opened.append(attachment_id)
    monkeypatch.setitem(sys.modules, VIEWER_MODULE, module)
    monkeypatch.setattr(dialogs, "attachment_viewer", module, raising=False)
    return opened


class AttachmentDialogRunner:
    """A stand-in for messages.run_dialog that fills an AttachmentDialog and accepts it.

    `description` and `locked` are set when not None. The dialog stays in `dialogs`, so a
    test can read the messages it shows after a rejected file.
    """

    def __init__(self, description: str | None = None, locked: bool | None = None) -> None:
        self.description = description
        self.locked = locked
        self.dialogs: list = []

    def __call__(self, dialog: QDialog) -> int:
        self.dialogs.append(dialog)
        if self.description is not None:
            dialog.ui.description_edit.setText(self.description)
        if self.locked is not None:
            dialog.ui.locked_check.setChecked(self.locked)
        dialog.accept()
        return dialog.result()


class CancellingProgressDialog(QProgressDialog):
    """A QProgressDialog on which the user presses Cancel as soon as a part is stored."""

    def setValue(self, progress: int) -> None:
        super().setValue(progress)
        self.cancel()
