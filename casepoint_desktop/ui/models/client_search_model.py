"""Table model of ClientPoint search results."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from casepoint_desktop.data.models import Client
from casepoint_desktop.data.search_terms import fold
from casepoint_desktop.services.search import ClientSummary
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

_ANSWERED_ROLES = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.AccessibleTextRole,
        CLIENT_ID_ROLE,
        SORT_ROLE,
    )
)


def format_date_of_birth(value: date | None) -> str:
    """Return the date as YYYY-MM-DD with a four-digit year, or "" for a missing date."""
    return value.isoformat() if value is not None else ""


def format_ssn_last4(value: str | None) -> str:
    """Return the last four identity digits as "•••• 1234", or "" when none are stored."""
    return f"{MASKED_DIGITS} {value}" if value else ""


def summary_of(client: Client) -> ClientSummary:
    """Return the fields of `client` that the results table shows."""
    return ClientSummary(
        client_id=client.id,
        last_name=client.last_name,
        first_name=client.first_name,
        middle_name=client.middle_name or "",
        alias=client.alias or "",
        date_of_birth=client.date_of_birth,
        ssn_last4=client.ssn_last4,
    )


class ClientSearchModel(RowTableModel[ClientSummary]):
    """Read-only rows of clients found by a search, in the order the search returned them."""

    def __init__(self, parent=None) -> None:
        super().__init__(COLUMN_HEADERS, lambda row: row.client_id, parent)

    def set_clients(self, clients: Iterable[Client]) -> None:
        """Replace every row with the given clients."""
        self.set_rows([summary_of(client) for client in clients])

    def set_summaries(self, summaries: Iterable[ClientSummary]) -> None:
        """Replace every row with the given search results."""
        self.set_rows(summaries)

    def clear(self) -> None:
        self.set_rows([])

    def client_row(self, row: int) -> ClientSummary:
        return self.row_at(row)

    def row_of_client(self, client_id: int) -> int | None:
        """Return the row number that shows `client_id`, or None when it is not in the results."""
        return self.row_of(client_id)

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        # The view requests seven roles of every painted cell at every keystroke, so the roles
        # this model leaves empty return first.
        if role not in _ANSWERED_ROLES or not self.has_row(index):
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
    def _display_text(row: ClientSummary, column: int) -> str:
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
    def _sort_value(row: ClientSummary, column: int) -> int | str:
        if column == CLIENT_ID_COLUMN:
            return row.client_id
        if column in (LAST_NAME_COLUMN, FIRST_NAME_COLUMN, MIDDLE_NAME_COLUMN, ALIAS_COLUMN):
            return fold(ClientSearchModel._display_text(row, column))
        return ClientSearchModel._display_text(row, column)
