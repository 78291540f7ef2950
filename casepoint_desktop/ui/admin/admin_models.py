"""Table models of the administration window: users, providers and list entries."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from casepoint_desktop.data.models import Provider, User
from casepoint_desktop.services.session import Role
from casepoint_desktop.ui.models.row_table_model import RowTableModel

# data() returns the row object (User, Provider or ListRow) for ROW_ROLE in every column.
ROW_ROLE = Qt.ItemDataRole.UserRole + 1

USER_COLUMN_HEADERS = (
    "User Name",
    "Name",
    "Role",
    "Home Provider",
    "Active",
    "Must Change Password",
)
USERNAME_COLUMN = 0
NAME_COLUMN = 1
ROLE_COLUMN = 2
HOME_PROVIDER_COLUMN = 3
USER_ACTIVE_COLUMN = 4
MUST_CHANGE_COLUMN = 5

PROVIDER_COLUMN_HEADERS = ("Name", "HMIS Project ID", "Active")
PROVIDER_NAME_COLUMN = 0
PROJECT_ID_COLUMN = 1
PROVIDER_ACTIVE_COLUMN = 2

ENTRY_COLUMN_HEADERS = ("Name", "Status", "Used By")
ENTRY_NAME_COLUMN = 0
ENTRY_STATUS_COLUMN = 1
ENTRY_USAGE_COLUMN = 2

RETIRED_TEXT = "Retired"


def yes_no(value: bool) -> str:
    return "Yes" if value else "No"


class UsersModel(RowTableModel[User]):
    """The users of the agency, one row per User, in the order list_users returns them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(USER_COLUMN_HEADERS, lambda user: user.id, parent)

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if not self.has_row(index):
            return None
        user = self.row_at(index.row())
        if role == ROW_ROLE:
            return user
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display_text(user, index.column())
        if role == Qt.ItemDataRole.FontRole and not user.active:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    @staticmethod
    def _display_text(user: User, column: int) -> str:
        if column == USERNAME_COLUMN:
            return user.username
        if column == NAME_COLUMN:
            return user.full_name
        if column == ROLE_COLUMN:
            return Role(user.role).label
        if column == HOME_PROVIDER_COLUMN:
            return user.home_provider.name
        if column == USER_ACTIVE_COLUMN:
            return yes_no(user.active)
        return yes_no(user.must_change_password)


class ProvidersModel(RowTableModel[Provider]):
    """The agency's providers by name, active or not."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(PROVIDER_COLUMN_HEADERS, lambda provider: provider.id, parent)

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if not self.has_row(index):
            return None
        provider = self.row_at(index.row())
        if role == ROW_ROLE:
            return provider
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == PROVIDER_NAME_COLUMN:
            return provider.name
        if column == PROJECT_ID_COLUMN:
            return provider.hmis_project_id or ""
        return yes_no(provider.active)


@dataclass(frozen=True)
class ListRow:
    """One entry of an editable list with the number of records that use it."""

    entry_id: int
    name: str
    retired: bool
    usage: int


class ListEntriesModel(RowTableModel[ListRow]):
    """The entries of one editable list in their order, with a Retired marker and usage."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(ENTRY_COLUMN_HEADERS, lambda row: row.entry_id, parent)

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if not self.has_row(index):
            return None
        row = self.row_at(index.row())
        column = index.column()
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            if column == ENTRY_NAME_COLUMN:
                return row.name
            if column == ENTRY_STATUS_COLUMN:
                return RETIRED_TEXT if row.retired else ""
            return f"{row.usage:,} record" if row.usage == 1 else f"{row.usage:,} records"
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ENTRY_USAGE_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and row.retired:
            font = QFont()
            font.setItalic(True)
            return font
        return None
