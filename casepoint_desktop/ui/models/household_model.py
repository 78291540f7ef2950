"""Table model of the current members of a client's household."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from casepoint_desktop.data.models import HouseholdMember
from casepoint_desktop.services import households
from casepoint_desktop.ui.models.row_table_model import RowTableModel

NAME_COLUMN = 0
CLIENT_ID_COLUMN = 1
RELATIONSHIP_COLUMN = 2

COLUMN_HEADERS = ("Name", "Client ID", "Relationship to head")

# data() returns the HouseholdMember of the row for MEMBER_ROLE and the membership's id for
# MEMBER_ID_ROLE, in every column.
MEMBER_ROLE = Qt.ItemDataRole.UserRole + 1
MEMBER_ID_ROLE = Qt.ItemDataRole.UserRole + 2

NO_RELATIONSHIP_TEXT = "Not recorded"
# The head's relationship is "Self (head of household)" unless that list entry is missing.
HEAD_WITHOUT_RELATIONSHIP_TEXT = "Head of household"


class HouseholdModel(RowTableModel[HouseholdMember]):
    """The members of the household `client_id` lives in now, head first.

    The head's row is bold, and its Relationship cell names it as the head. The row of
    `client_id` itself has "(this client)" after the name.
    """

    def __init__(self, client_id: int, parent: QObject | None = None) -> None:
        super().__init__(COLUMN_HEADERS, lambda member: member.id, parent)
        self.client_id = client_id

    def reload(self) -> None:
        """Read the members again from the database."""
        self.set_rows(households.household_members(self.client_id))

    def member_at(self, row: int) -> HouseholdMember:
        return self.row_at(row)

    def row_of_member(self, member_id: int) -> int | None:
        """Return the row of a membership, or None when it is not shown."""
        return self.row_of(member_id)

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if not self.checkIndex(index, QAbstractTableModel.CheckIndexOption.IndexIsValid):
            return None
        member = self.row_at(index.row())

        if role == Qt.ItemDataRole.DisplayRole:
            return self._display_text(member, index.column())
        if role == Qt.ItemDataRole.FontRole and member.is_head:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == CLIENT_ID_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == MEMBER_ROLE:
            return member
        if role == MEMBER_ID_ROLE:
            return member.id
        return None

    def _display_text(self, member: HouseholdMember, column: int) -> str:
        if column == NAME_COLUMN:
            name = member.client.display_name
            return f"{name} (this client)" if member.client_id == self.client_id else name
        if column == CLIENT_ID_COLUMN:
            return str(member.client_id)
        if member.relationship is not None:
            return member.relationship.name
        return HEAD_WITHOUT_RELATIONSHIP_TEXT if member.is_head else NO_RELATIONSHIP_TEXT
