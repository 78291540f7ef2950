"""Viewing an attachment: images and PDFs in the program, other files in the system's viewer."""

from __future__ import annotations

import logging
import re

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from casepoint_desktop.data.case_plan_models import Attachment
from casepoint_desktop.services import attachments
from casepoint_desktop.services.errors import ServiceError
from casepoint_desktop.services.session import Session
from casepoint_desktop.ui import messages
from casepoint_desktop.ui.generated.ui_attachment_viewer_dialog import Ui_AttachmentViewerDialog
from casepoint_desktop.ui.widgets.image_viewer import ImageViewer
from casepoint_desktop.ui.widgets.pdf_viewer import PdfViewer

log = logging.getLogger(__name__)

OPEN_ERROR_TITLE = "Cannot Open the Attachment"
SAVE_ERROR_TITLE = "Cannot Save the Copy"

# Characters that Windows does not allow in file names, and path separators everywhere.
_UNSAFE_NAME_CHARACTERS = re.compile(r'[\\/:*?"<>|]')


def open_attachment(parent: QWidget | None, session: Session, attachment_id: int) -> None:
    """Show an attachment: an image or a PDF in AttachmentViewerDialog, run modally.

    Other types open from a private temporary copy in the program that the system uses for
    them. A damaged stored copy, or any other service error, is shown in a message box and
    nothing of the file is shown.
    """
    try:
        attachment = attachments.get_attachment(session, attachment_id)
        if attachments.is_image(attachment) or attachments.is_pdf(attachment):
            content = attachments.read_content(session, attachment_id)
        else:
            _open_in_system_viewer(parent, session, attachment)
            return
    except ServiceError as error:
        log.warning("Attachment %d could not be opened: %s", attachment_id, type(error).__name__)
        messages.show_service_error(parent, OPEN_ERROR_TITLE, error)
        return

    dialog = AttachmentViewerDialog(session, attachment, content, parent)
    messages.run_dialog(dialog)
    # The dialog contains the whole file, so it is deleted when it closes, not with `parent`.
    dialog.deleteLater()


def _open_in_system_viewer(
    parent: QWidget | None, session: Session, attachment: Attachment
) -> None:
    """Open a temporary copy in the system's viewer, or show why nothing opened it.

    Raises:
        ServiceError: from attachments.temporary_copy.
    """
    path = attachments.temporary_copy(session, attachment.id)
    if messages.open_with_system_viewer(path):
        return
    log.warning("No program opened attachment %d (type %s)", attachment.id, path.suffix)
    messages.show_error(
        parent,
        OPEN_ERROR_TITLE,
        f"No program on this computer opened “{attachment.file_name}”. Install a program "
        "that opens this type of file, then choose View again.",
    )


def suggested_file_name(file_name: str) -> str:
    """Return `file_name` as a name to suggest when saving: no separators or reserved characters."""
    name = _UNSAFE_NAME_CHARACTERS.sub("_", file_name).strip(" .")
    return name or "attachment"


class AttachmentViewerDialog(QDialog):
    """An image or PDF attachment, with its description and a Save Copy… button.

    The window title is the file name. `content` is the file as attachments.read_content
    returned it, already checked against its hash. `viewer` is the ImageViewer or
    PdfViewer that shows it.
    """

    def __init__(
        self,
        session: Session,
        attachment: Attachment,
        content: bytes,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.attachment = attachment

        self.ui = Ui_AttachmentViewerDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.setWindowTitle(attachment.file_name)
        ui.description_label.setText(attachment.description)
        ui.description_label.setVisible(bool(attachment.description))

        self.viewer: ImageViewer | PdfViewer
        if attachments.is_pdf(attachment):
            self.viewer = PdfViewer(ui.viewer_area)
        else:
            self.viewer = ImageViewer(ui.viewer_area)
        self.viewer.load_bytes(content)
        ui.viewer_layout.addWidget(self.viewer)

        self.save_copy_button = ui.button_box.addButton(
            "&Save Copy…", QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_copy_button.setToolTip("Save a copy of the file on this computer")
        self.save_copy_button.setAutoDefault(False)
        self.save_copy_button.clicked.connect(self.on_save_copy_clicked)
        ui.button_box.rejected.connect(self.reject)
        self.viewer.setFocus()

    @Slot()
    def on_save_copy_clicked(self) -> None:
        destination = messages.choose_save_path(
            self, "Save a Copy", suggested_file_name(self.attachment.file_name)
        )
        if destination is None:
            return
        try:
            attachments.save_copy(self.session, self.attachment.id, destination)
        except ServiceError as error:
            log.warning(
                "A copy of attachment %d could not be saved: %s",
                self.attachment.id,
                type(error).__name__,
            )
            messages.show_service_error(self, SAVE_ERROR_TITLE, error)
