"""Table model of the files attached to a client, a goal or a case note, newest first."""

from __future__ import annotations

from functools import cache
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon

from casepoint_desktop.data.case_plan_models import Attachment
from casepoint_desktop.package_data import package_folder
from casepoint_desktop.services import attachments
from casepoint_desktop.services.attachments import AttachmentOwner
from casepoint_desktop.services.session import Session
from casepoint_desktop.ui.models.row_table_model import RowTableModel

PADLOCK_COLUMN = 0
FILE_NAME_COLUMN = 1
DESCRIPTION_COLUMN = 2
SIZE_COLUMN = 3
DATE_ADDED_COLUMN = 4
ADDED_BY_COLUMN = 5
ADDED_FROM_COLUMN = 6

# The padlock column shows an icon and no text, in its header as well.
COLUMN_HEADERS = ("", "File name", "Description", "Size", "Date added", "Added by", "Added from")

# data() returns the Attachment of the row for ATTACHMENT_ROLE, in every column.
ATTACHMENT_ROLE = Qt.ItemDataRole.UserRole + 1

LOCKED_TEXT = "Locked"
LOCKED_TOOLTIP = "Locked: only users of {provider} can see this file"
PADLOCK_HEADER_TOOLTIP = "A padlock marks a file that only users of its provider can see"
PADLOCK_ICON = "padlock.svg"

# The tooltip of the description shows this many characters of it.
TOOLTIP_LENGTH = 600


@cache
def padlock_icon() -> QIcon:
    """Return the padlock icon, read once; it needs a running QGuiApplication."""
    return QIcon(str(package_folder("resources") / "icons" / PADLOCK_ICON))


def one_line(text: str) -> str:
    """Return `text` with each run of white space, line breaks included, as one space."""
    return " ".join(text.split())


def date_added(attachment: Attachment) -> str:
    """Return the local date on which the file was added, as YYYY-MM-DD."""
    return attachment.added_at.astimezone().date().isoformat()


class AttachmentsModel(RowTableModel[Attachment]):
    """The attachments of one owner that the user may see, from list_attachments.

    With no owner the model is empty.
    """

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(COLUMN_HEADERS, lambda attachment: attachment.id, parent)
        self.session = session
        self.owner: AttachmentOwner | None = None

    def set_owner(self, owner: AttachmentOwner | None) -> None:
        """Show the attachments of `owner`, or none for None."""
        self.owner = owner
        self.reload()

    def reload(self) -> None:
        """Read the owner's attachments again."""
        if self.owner is None:
            self.set_rows([])
        else:
            self.set_rows(attachments.list_attachments(self.session, self.owner))

    def attachment_at(self, row: int) -> Attachment:
        return self.row_at(row)

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if not self.checkIndex(index, QAbstractTableModel.CheckIndexOption.IndexIsValid):
            return None
        attachment = self.row_at(index.row())
        column = index.column()

        if role == ATTACHMENT_ROLE:
            return attachment
        if column == PADLOCK_COLUMN:
            return self._padlock_data(attachment, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display_text(attachment, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == DESCRIPTION_COLUMN and attachment.description:
                return attachment.description[:TOOLTIP_LENGTH]
            if column in (FILE_NAME_COLUMN, ADDED_BY_COLUMN):
                # The view elides a long file or user name.
                return self._display_text(attachment, column)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == SIZE_COLUMN:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and section == PADLOCK_COLUMN:
            if role == Qt.ItemDataRole.DecorationRole:
                return padlock_icon()
            if role == Qt.ItemDataRole.ToolTipRole:
                return PADLOCK_HEADER_TOOLTIP
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return LOCKED_TEXT
        if (
            orientation == Qt.Orientation.Horizontal
            and section == SIZE_COLUMN
            and role == Qt.ItemDataRole.TextAlignmentRole
        ):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return super().headerData(section, orientation, role)

    @staticmethod
    def _padlock_data(attachment: Attachment, role: int) -> Any:
        if not attachment.locked:
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            return padlock_icon()
        if role == Qt.ItemDataRole.ToolTipRole:
            return LOCKED_TOOLTIP.format(provider=attachment.provider.name)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return LOCKED_TEXT
        return None

    @staticmethod
    def _display_text(attachment: Attachment, column: int) -> str:
        if column == FILE_NAME_COLUMN:
            return attachment.file_name
        if column == DESCRIPTION_COLUMN:
            return one_line(attachment.description)
        if column == SIZE_COLUMN:
            return attachments.format_size(attachment.size_bytes)
        if column == DATE_ADDED_COLUMN:
            return date_added(attachment)
        if column == ADDED_BY_COLUMN:
            return attachment.added_by.full_name
        if column == ADDED_FROM_COLUMN:
            return attachments.added_from_label(attachment)
        return ""
