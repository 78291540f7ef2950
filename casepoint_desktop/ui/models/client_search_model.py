"""Table model of ClientPoint search results."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from casepoint_desktop.data.models import Client
from casepoint_desktop.data.search_terms import fold
from casepoint_desktop.ui.models.row_table_model import RowTableModel

CLIENT_ID_COLUMN = 0
LAST_NAME_COLUMN = 1
FIRST_NAME_COLUMN = 2
MIDDLE_NAME_COLUMN = 3
ALIAS_COLUMN = 4
DATE_OF_BIRTH_COLUMN = 5
SSN_LAST4_COLUMN = 6

COLUMN_HEADERS = (
    "Client ID",
    "Last name",
    "First name",
    "Middle",
    "Alias",
    "Date of birth",
    "Last 4 of ID",
)

# data() returns the client's id (int) for this role in every column.
CLIENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1

# The value a sorting proxy compares: the id as a number (so 9 sorts before 10) and names
# folded like the search folds them (so "Ñúñez" sorts with "Nunez").
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

MASKED_DIGITS = "••••"


@dataclass(frozen=True)
class ClientRow:
    """The fields of one client that the results table shows, copied from the database row."""

    client_id: int
    last_name: str
    first_name: str
    middle_name: str
    alias: str
    date_of_birth: date | None
    ssn_last4: str | None

    @classmethod
    def from_client(cls, client: Client) -> ClientRow:
        return cls(
            client_id=client.id,
            last_name=client.last_name,
            first_name=client.first_name,
            middle_name=client.middle_name or "",
            alias=client.alias or "",
            date_of_birth=client.date_of_birth,
            ssn_last4=client.ssn_last4,
        )


def format_date_of_birth(value: date | None) -> str:
    """Return the date as YYYY-MM-DD with a four-digit year, or "" for a missing date."""
    return value.isoformat() if value is not None else ""


def format_ssn_last4(value: str | None) -> str:
    """Return the last four identity digits as "•••• 1234", or "" when none are stored."""
    return f"{MASKED_DIGITS} {value}" if value else ""


class ClientSearchModel(RowTableModel[ClientRow]):
    """Read-only rows of clients found by a search, in the order the search returned them."""

    def __init__(self, parent=None) -> None:
        super().__init__(COLUMN_HEADERS, lambda row: row.client_id, parent)

    def set_clients(self, clients: Iterable[Client]) -> None:
        """Replace every row with the given clients."""
        self.set_rows([ClientRow.from_client(client) for client in clients])

    def clear(self) -> None:
        self.set_clients([])

    def client_row(self, row: int) -> ClientRow:
        return self.row_at(row)

    def row_of_client(self, client_id: int) -> int | None:
        """Return the row number that shows `client_id`, or None when it is not in the results."""
        return self.row_of(client_id)

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if not self.has_row(index):
            return None
        row = self.row_at(index.row())
        column = index.column()

        if role == Qt.ItemDataRole.DisplayRole:
            return self._display_text(row, column)
        if role == CLIENT_ID_ROLE:
            return row.client_id
        if role == SORT_ROLE:
            return self._sort_value(row, column)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == SSN_LAST4_COLUMN:
            return f"last four digits {row.ssn_last4}" if row.ssn_last4 else "none"
        return None

    @staticmethod
    def _display_text(row: ClientRow, column: int) -> str:
        if column == CLIENT_ID_COLUMN:
            return str(row.client_id)
        if column == LAST_NAME_COLUMN:
            return row.last_name
        if column == FIRST_NAME_COLUMN:
            return row.first_name
        if column == MIDDLE_NAME_COLUMN:
            return row.middle_name
        if column == ALIAS_COLUMN:
            return row.alias
        if column == DATE_OF_BIRTH_COLUMN:
            return format_date_of_birth(row.date_of_birth)
        return format_ssn_last4(row.ssn_last4)

    @staticmethod
    def _sort_value(row: ClientRow, column: int) -> int | str:
        if column == CLIENT_ID_COLUMN:
            return row.client_id
        if column in (LAST_NAME_COLUMN, FIRST_NAME_COLUMN, MIDDLE_NAME_COLUMN, ALIAS_COLUMN):
            return fold(ClientSearchModel._display_text(row, column))
        return ClientSearchModel._display_text(row, column)
