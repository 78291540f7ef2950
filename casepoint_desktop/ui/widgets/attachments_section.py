"""The Attachments section of a client, a goal or a case note: the file list and its buttons."""

from __future__ import annotations

import importlib
import logging
import re
from pathlib import Path

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from casepoint_desktop.data.case_plan_models import Attachment
from casepoint_desktop.services import attachments
from casepoint_desktop.services.attachments import AttachmentOwner
from casepoint_desktop.services.errors import NotFound, ServiceError
from casepoint_desktop.services.session import Role, Session
from casepoint_desktop.ui import messages
from casepoint_desktop.ui.dialogs.attachment_dialog import AttachmentDialog
from casepoint_desktop.ui.generated.ui_attachments_section import Ui_AttachmentsSection
from casepoint_desktop.ui.models.attachments_model import (
    ADDED_BY_COLUMN,
    ADDED_FROM_COLUMN,
    DESCRIPTION_COLUMN,
    FILE_NAME_COLUMN,
    AttachmentsModel,
)

log = logging.getLogger(__name__)

# The viewer module is imported only when View is pressed, in on_view_clicked.
VIEWER_MODULE = "casepoint_desktop.ui.dialogs.attachment_viewer"

# The File name and Added by columns fit their contents up to these widths, in average
# characters of the font, and the Description column takes the rest of the width.
FILE_NAME_COLUMN_MAX_CHARACTERS = 40
ADDED_BY_COLUMN_MAX_CHARACTERS = 24

# Characters that Windows, macOS or Linux reject in a file name, or read as a folder.
_UNSAFE_NAME_CHARACTERS = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]')
_WINDOWS_RESERVED_NAMES = re.compile(r"^(CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])(\..*)?$", re.IGNORECASE)


def suggested_file_name(file_name: str) -> str:
    """Return `file_name` made safe to offer in a save dialog on any system.

    Separators, drive colons and other characters that a file system would reject or read as
    a folder become "_", so "..\\evil:name?.pdf" never points outside the chosen folder.
    """
    name = _UNSAFE_NAME_CHARACTERS.sub("_", file_name).strip(" .")
    if _WINDOWS_RESERVED_NAMES.match(name):
        name = f"_{name}"
    return name or "attachment"


def _plural(number: int, singular: str, plural: str) -> str:
    return f"{number} {singular if number == 1 else plural}"


class AttachmentsSection(QWidget):
    """The files of one owner, newest first, with Add File, View, Save Copy, Edit and Delete.

    Enter or a double-click views the selected file, Delete deletes it after asking, and
    files dropped on the list are attached like chosen ones. With no owner the list is empty,
    Add is disabled and `no_owner_hint` is shown. The list is read again whenever the section
    is shown, because another tab may have changed the same files.

    Signals:
        changed: files were attached, or an attachment was edited or deleted.
    """

    changed = Signal()

    def __init__(
        self,
        session: Session,
        owner: AttachmentOwner | None = None,
        no_owner_hint: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.owner: AttachmentOwner | None = None
        self.no_owner_hint = no_owner_hint
        self.can_write = session.role is not Role.READ_ONLY

        self.ui = Ui_AttachmentsSection()
        self.ui.setupUi(self)
        ui = self.ui

        self.model = AttachmentsModel(session, self)
        view = ui.attachments_view
        view.setModel(self.model)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FILE_NAME_COLUMN, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ADDED_BY_COLUMN, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(DESCRIPTION_COLUMN, QHeaderView.ResizeMode.Stretch)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.model.modelReset.connect(self.fit_columns)

        ui.add_button.setToolTip("Attach one or more files; you can also drop files on the list")
        ui.view_button.setToolTip("Open the selected file (Enter or double-click)")
        ui.save_copy_button.setToolTip("Save a copy of the selected file in a folder you choose")
        ui.edit_button.setToolTip("Change the description or padlock of the selected file")
        ui.delete_button.setToolTip("Delete the selected file (Delete)")
        delete_shortcut = QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete),
            view,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        delete_shortcut.activated.connect(self.on_delete_clicked)

        ui.add_button.clicked.connect(self.on_add_clicked)
        ui.view_button.clicked.connect(self.on_view_clicked)
        ui.save_copy_button.clicked.connect(self.on_save_copy_clicked)
        ui.edit_button.clicked.connect(self.on_edit_clicked)
        ui.delete_button.clicked.connect(self.on_delete_clicked)
        view.activated.connect(self.on_activated)
        view.files_dropped.connect(self.on_files_dropped)
        view.selectionModel().selectionChanged.connect(self.on_selection_changed)

        self.set_owner(owner)

    def set_owner(self, owner: AttachmentOwner | None) -> None:
        """Show the files of `owner`, or an empty list and the hint for None."""
        self.owner = owner
        self.ui.hint_label.setText(self.no_owner_hint)
        self.ui.hint_label.setVisible(owner is None and bool(self.no_owner_hint))
        # Every file of a case note comes from that case note.
        self.ui.attachments_view.setColumnHidden(
            ADDED_FROM_COLUMN, owner is not None and owner.case_note_id is not None
        )
        # A hidden section reads the files in showEvent(), so reading them here too would
        # read them twice whenever a record or a dialog opens. No owner means no query.
        if owner is None or self.isVisible():
            self.reload()

    def reload(self, select_attachment_id: int | None = None) -> None:
        """Read the files again and select `select_attachment_id`, or keep the selection."""
        if select_attachment_id is None:
            selected = self.selected_attachment()
            select_attachment_id = selected.id if selected is not None else None
        self.model.set_owner(self.owner)
        count = self.model.rowCount()
        self.ui.count_label.setText(
            _plural(count, "file", "files") if self.owner is not None else ""
        )
        if select_attachment_id is not None:
            row = self.model.row_of(select_attachment_id)
            if row is not None:
                self.ui.attachments_view.selectRow(row)
        self.update_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.owner is not None and not event.spontaneous():
            self.reload()

    @Slot()
    def fit_columns(self) -> None:
        """Size the File name and Added by columns to their text, up to a maximum width each."""
        view = self.ui.attachments_view
        header = view.horizontalHeader()
        character_width = view.fontMetrics().averageCharWidth()
        limits = {
            FILE_NAME_COLUMN: character_width * FILE_NAME_COLUMN_MAX_CHARACTERS,
            ADDED_BY_COLUMN: character_width * ADDED_BY_COLUMN_MAX_CHARACTERS,
        }
        for column, max_width in limits.items():
            needed = max(view.sizeHintForColumn(column), header.sectionSizeHint(column))
            header.resizeSection(column, min(needed, max_width))

    def selected_attachment(self) -> Attachment | None:
        rows = self.ui.attachments_view.selectionModel().selectedRows()
        return self.model.attachment_at(rows[0].row()) if rows else None

    def update_buttons(self) -> None:
        """Enable the buttons that apply to the owner, the selected file and the user."""
        attachment = self.selected_attachment()
        can_add = self.can_write and self.owner is not None
        can_change = attachment is not None and attachments.can_change(self.session, attachment)
        ui = self.ui
        ui.add_button.setEnabled(can_add)
        ui.attachments_view.drops_enabled = can_add
        ui.view_button.setEnabled(attachment is not None)
        ui.save_copy_button.setEnabled(attachment is not None)
        ui.edit_button.setEnabled(can_change)
        ui.delete_button.setEnabled(can_change)

    def add_files(self, paths: list[Path]) -> None:
        """Ask for a description and padlock, then attach the files at `paths`."""
        if not paths or self.owner is None or not self.can_write:
            return
        dialog = AttachmentDialog.for_new_files(self.session, self.owner, paths, self)
        accepted = messages.run_dialog(dialog) == QDialog.DialogCode.Accepted
        added_ids = list(dialog.added_ids)
        rejected_files = list(dialog.rejected_files)
        dialog.deleteLater()

        if added_ids:
            log.info("Attached %d file(s) to %s", len(added_ids), self.owner)
            self.reload(added_ids[-1])
            self.changed.emit()
        if accepted and rejected_files:
            lines = [f"{file_name}: {message}" for file_name, message in rejected_files]
            attached = _plural(len(added_ids), "file was", "files were")
            messages.show_error(
                self,
                "Files Not Attached",
                f"{attached} attached. These files were not:\n\n" + "\n".join(lines),
            )

    def _reload_after_error(self, error: ServiceError) -> None:
        """Read the list again when the selected file is gone or hidden from the user."""
        if isinstance(error, NotFound):
            self.reload()

    @Slot(QItemSelection, QItemSelection)
    def on_selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        self.update_buttons()

    @Slot()
    def on_add_clicked(self) -> None:
        if self.owner is None or not self.can_write:
            return
        paths = messages.choose_open_files(self, "Attach Files")
        self.add_files(paths)

    @Slot(list)
    def on_files_dropped(self, paths: list[Path]) -> None:
        self.add_files(paths)

    @Slot(QModelIndex)
    def on_activated(self, index: QModelIndex) -> None:
        self.ui.attachments_view.selectRow(index.row())
        self.on_view_clicked()

    @Slot()
    def on_view_clicked(self) -> None:
        attachment = self.selected_attachment()
        if attachment is None:
            return
        # Imported here, so this section works while the viewer module is being written.
        viewer = importlib.import_module(VIEWER_MODULE)
        try:
            viewer.open_attachment(self, self.session, attachment.id)
        except ServiceError as error:
            log.warning("Opening attachment %d failed: %s", attachment.id, type(error).__name__)
            messages.show_service_error(self, "File Not Opened", error)
            self._reload_after_error(error)

    @Slot()
    def on_save_copy_clicked(self) -> None:
        attachment = self.selected_attachment()
        if attachment is None:
            return
        destination = messages.choose_save_path(
            self, "Save Copy of Attachment", suggested_file_name(attachment.file_name)
        )
        if destination is None:
            return
        try:
            attachments.save_copy(self.session, attachment.id, destination)
        except ServiceError as error:
            log.warning(
                "Saving a copy of attachment %d failed: %s", attachment.id, type(error).__name__
            )
            messages.show_service_error(self, "Copy Not Saved", error)
            self._reload_after_error(error)
            return
        log.info("Saved a copy of attachment %d", attachment.id)

    @Slot()
    def on_edit_clicked(self) -> None:
        attachment = self.selected_attachment()
        if attachment is None or not attachments.can_change(self.session, attachment):
            return
        try:
            dialog = AttachmentDialog.for_attachment(self.session, attachment.id, self)
        except ServiceError as error:
            log.warning("Opening attachment %d failed: %s", attachment.id, type(error).__name__)
            messages.show_service_error(self, "Edit Attachment", error)
            self._reload_after_error(error)
            return
        accepted = messages.run_dialog(dialog) == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if accepted:
            self.reload(attachment.id)
            self.changed.emit()

    @Slot()
    def on_delete_clicked(self) -> None:
        attachment = self.selected_attachment()
        if attachment is None or not attachments.can_change(self.session, attachment):
            return
        question = f"Delete the attached file “{attachment.file_name}”?\n\nThis cannot be undone."
        if not messages.ask_yes_no(self, "Delete Attachment", question):
            return
        try:
            attachments.delete_attachment(self.session, attachment.id)
        except ServiceError as error:
            log.warning("Deleting attachment %d failed: %s", attachment.id, type(error).__name__)
            messages.show_service_error(self, "Attachment Not Deleted", error)
            self._reload_after_error(error)
            return
        deleted_row = self.model.row_of(attachment.id)
        self.reload()
        self.changed.emit()
        # The next file moves up into the deleted row, so Delete can be pressed again.
        if deleted_row is not None and self.model.rowCount() > 0:
            self.ui.attachments_view.selectRow(min(deleted_row, self.model.rowCount() - 1))
