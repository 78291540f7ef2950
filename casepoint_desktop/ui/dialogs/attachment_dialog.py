"""The dialog that attaches files with a description and a padlock, or edits those two."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QProgressDialog, QWidget

from casepoint_desktop.data.case_plan_models import Attachment
from casepoint_desktop.services import attachments
from casepoint_desktop.services.attachments import AttachmentCancelled, AttachmentOwner
from casepoint_desktop.services.errors import ServiceError, ValidationError
from casepoint_desktop.services.session import Session
from casepoint_desktop.ui import messages
from casepoint_desktop.ui.generated.ui_attachment_dialog import Ui_AttachmentDialog
from casepoint_desktop.ui.models.attachments_model import date_added
from casepoint_desktop.ui.widgets.field_errors import FieldErrors

log = logging.getLogger(__name__)

# The progress dialog counts in thousandths of the file, because its int range would
# overflow for a file of more than 2 GiB counted in bytes.
PROGRESS_STEPS = 1000

# A file that takes longer than this to store gets a progress dialog, in milliseconds.
# QProgressDialog estimates the time from the first parts and shows itself early when the
# estimate exceeds it.
PROGRESS_MINIMUM_DURATION_MS = 500

# The list of several files shows this many lines before it scrolls.
FILE_LIST_VISIBLE_LINES = 4


def describe_file(path: Path) -> str:
    """Return the name the list will show for the file at `path`, with its size if readable."""
    name = attachments.clean_file_name(path.name)
    try:
        size = path.stat().st_size
    except OSError:
        return name
    return f"{name}  ({attachments.format_size(size)})"


class AttachProgress:
    """A modal, cancellable progress dialog for storing one file, used as its progress callback.

    QProgressDialog appears only when storing takes longer than its minimumDuration, so small
    files never flash a dialog. Its setValue processes events while the dialog is modal, which
    keeps the Cancel button working without a nested exec().
    """

    def __init__(self, parent: QWidget, file_name: str) -> None:
        dialog = QProgressDialog(f"Attaching “{file_name}”…", "Cancel", 0, PROGRESS_STEPS, parent)
        dialog.setWindowTitle("Attaching File")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(PROGRESS_MINIMUM_DURATION_MS)
        dialog.setAutoReset(False)
        dialog.setAutoClose(False)
        self.dialog = dialog

    def __call__(self, done: int, total: int) -> bool:
        """Show `done` of `total` bytes stored; return False once the user pressed Cancel."""
        if total > 0:
            self.dialog.setValue(min(PROGRESS_STEPS, done * PROGRESS_STEPS // total))
        return not self.dialog.wasCanceled()

    def close(self) -> None:
        self.dialog.hide()
        self.dialog.deleteLater()


class AttachmentDialog(QDialog):
    """Attach files to an owner with one description and padlock, or edit an attachment's.

    Build one with `for_new_files` or `for_attachment`. Accepting stores the files (or the
    changes) through services.attachments and closes the dialog. When one file is rejected,
    its message appears next to the file field and the dialog stays open. When several files
    were given, the others are attached, the dialog closes and `rejected_files` lists each
    rejected file with its message. `added_ids` lists the files attached so far, also after a
    cancel, because each file is stored in its own transaction.
    """

    def __init__(
        self,
        session: Session,
        owner: AttachmentOwner | None,
        paths: Sequence[Path],
        attachment: Attachment | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.owner = owner
        self.attachment = attachment
        self.paths = list(paths)
        self.pending = list(paths)
        self.added_ids: list[int] = []
        self.rejected_files: list[tuple[str, str]] = []

        self.ui = Ui_AttachmentDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.field_errors = FieldErrors(
            {
                "file": (ui.files_edit, ui.file_error_label),
                "description": (ui.description_edit, ui.description_error_label),
            },
            ui.general_error_label,
        )
        ui.description_edit.setMaxLength(attachments.DESCRIPTION_MAX_LENGTH)
        # A long name wraps, so one file gets two lines and several get FILE_LIST_VISIBLE_LINES.
        line_height = ui.files_edit.fontMetrics().lineSpacing()
        visible_lines = 2 if len(self.paths) <= 1 else FILE_LIST_VISIBLE_LINES
        frame = 2 * ui.files_edit.frameWidth() + int(2 * ui.files_edit.document().documentMargin())
        ui.files_edit.setFixedHeight(visible_lines * line_height + frame + 2)

        save_button = ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        save_button.setDefault(True)
        if attachment is None:
            self._set_up_add_mode(save_button)
        else:
            self._set_up_edit_mode(attachment)

        ui.description_edit.setFocus()
        self.resize(self.width(), self.sizeHint().height())
        self._typed_at_start = self._typed_values()
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)

    @classmethod
    def for_new_files(
        cls,
        session: Session,
        owner: AttachmentOwner,
        paths: Sequence[Path],
        parent: QWidget | None = None,
    ) -> AttachmentDialog:
        """Return a dialog that attaches the files at `paths` to `owner`."""
        return cls(session, owner, paths, None, parent)

    @classmethod
    def for_attachment(
        cls, session: Session, attachment_id: int, parent: QWidget | None = None
    ) -> AttachmentDialog:
        """Return a dialog that edits the description and padlock of an attachment.

        Raises:
            NotFound: no attachment the user may see has `attachment_id`.
        """
        return cls(session, None, (), attachments.get_attachment(session, attachment_id), parent)

    def _set_up_add_mode(self, save_button) -> None:
        ui = self.ui
        count = len(self.paths)
        self.setWindowTitle("Attach File" if count == 1 else f"Attach {count} Files")
        if count > 1:
            ui.files_label.setText("&Files:")
            ui.description_label.setToolTip("The description applies to every file")
        save_button.setText("&Attach")
        save_button.setToolTip("Store a copy of the file in the program and attach it")
        ui.locked_check.setText(
            f"&Locked (only users of {self.session.provider.name} can see "
            f"{'it' if count == 1 else 'them'})"
        )
        ui.details_label.hide()
        ui.details_value_label.hide()
        self._show_files()

    def _set_up_edit_mode(self, attachment: Attachment) -> None:
        ui = self.ui
        self.setWindowTitle("Edit Attachment")
        ui.files_edit.setPlainText(
            f"{attachment.file_name}  ({attachments.format_size(attachment.size_bytes)})"
        )
        ui.description_edit.setText(attachment.description)
        ui.locked_check.setChecked(attachment.locked)
        ui.locked_check.setText(f"&Locked (only users of {attachment.provider.name} can see it)")
        ui.details_value_label.setText(
            f"{date_added(attachment)} by {attachment.added_by.full_name} from "
            f"{attachments.added_from_label(attachment)}"
        )

    def _show_files(self) -> None:
        self.ui.files_edit.setPlainText("\n".join(describe_file(path) for path in self.pending))

    def _typed_values(self) -> tuple[str, bool]:
        return (self.ui.description_edit.text(), self.ui.locked_check.isChecked())

    def has_unsaved_changes(self) -> bool:
        return self._typed_values() != self._typed_at_start

    @Slot()
    def accept(self) -> None:
        """Attach the files or save the changes; on an error show it and stay open."""
        self.field_errors.clear()
        if self.attachment is None:
            self._attach_pending_files()
        else:
            self._save_changes(self.attachment)

    def _save_changes(self, attachment: Attachment) -> None:
        description, locked = self._typed_values()
        try:
            attachments.update_attachment(self.session, attachment.id, description, locked)
        except ValidationError as error:
            self.field_errors.show(error.field_errors)
            return
        except ServiceError as error:
            log.warning("Saving attachment %d failed: %s", attachment.id, type(error).__name__)
            messages.show_service_error(self, "Attachment Not Saved", error)
            return
        log.info("Saved the description and padlock of attachment %d", attachment.id)
        super().accept()

    def _attach_pending_files(self) -> None:
        """Attach each pending file in its own transaction, stopping at a cancel or an error."""
        assert self.owner is not None
        description, locked = self._typed_values()
        rejected: list[tuple[str, str]] = []
        for path in list(self.pending):
            file_name = attachments.clean_file_name(path.name)
            progress = AttachProgress(self, file_name)
            try:
                added = attachments.add_attachment(
                    self.session, self.owner, path, description, locked, progress
                )
            except ValidationError as error:
                if "file" not in error.field_errors:
                    # The description is the same for every file, so no file can be attached.
                    self.field_errors.show(error.field_errors)
                    return
                rejected.append((file_name, error.field_errors["file"]))
                continue
            except AttachmentCancelled:
                self.field_errors.show_message(
                    "general", f"Attaching “{file_name}” was cancelled, so it was not attached."
                )
                self._show_files()
                return
            except ServiceError as error:
                log.warning("Attaching a file to %s failed: %s", self.owner, type(error).__name__)
                messages.show_service_error(self, "File Not Attached", error)
                self._show_files()
                return
            finally:
                progress.close()
            self.added_ids.append(added.id)
            self.pending.remove(path)

        if rejected and len(self.paths) == 1:
            self.field_errors.show({"file": rejected[0][1]})
            return
        self.rejected_files = rejected
        super().accept()

    @Slot()
    def reject(self) -> None:
        """Close without saving, after asking when the user typed a description."""
        if self.has_unsaved_changes() and not messages.ask_yes_no(
            self, "Discard Changes", "Discard the description and padlock you set?"
        ):
            return
        super().reject()
