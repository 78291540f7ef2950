"""Table model of audit log entries, read page by page with services.audit_log.search."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt

from casepoint_desktop.data.models import AuditEntry
from casepoint_desktop.services import audit_log
from casepoint_desktop.services.audit_log import AuditFilter
from casepoint_desktop.services.session import Session
from casepoint_desktop.ui.models.row_table_model import RowTableModel

COLUMN_HEADERS = (
    "Time",
    "User",
    "Provider",
    "Action",
    "Record Type",
    "Record ID",
    "Client ID",
    "Changes",
)
TIME_COLUMN = 0
USER_COLUMN = 1
PROVIDER_COLUMN = 2
ACTION_COLUMN = 3
RECORD_TYPE_COLUMN = 4
RECORD_ID_COLUMN = 5
CLIENT_ID_COLUMN = 6
CHANGES_COLUMN = 7

# data() returns the AuditEntry of the row for ENTRY_ROLE in every column.
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1

PAGE_SIZE = 200

# The Changes column shows the first lines of describe_changes joined on one line, cut here.
SUMMARY_LENGTH = 120

_NO_PARENT = QModelIndex()


def local_time_text(entry: AuditEntry) -> str:
    """Return the entry's UTC timestamp as local "YYYY-MM-DD HH:MM:SS"."""
    return entry.timestamp.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def changes_summary(entry: AuditEntry) -> str:
    summary = "; ".join(audit_log.describe_changes(entry).splitlines())
    if len(summary) > SUMMARY_LENGTH:
        return summary[: SUMMARY_LENGTH - 1] + "…"
    return summary


class AuditLogModel(RowTableModel[AuditEntry]):
    """The entries that match a filter, newest first, PAGE_SIZE at a time.

    Views call canFetchMore() and fetchMore() as they scroll near the end, so a log of any
    size opens with one page read.
    """

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(COLUMN_HEADERS, lambda entry: entry.id, parent)
        self.session = session
        self.audit_filter = AuditFilter()
        self._all_fetched = True

    def search(self, audit_filter: AuditFilter) -> None:
        """Show the first page of entries matching `audit_filter`.

        Raises:
            ValidationError: the end date is before the start date; the rows stay as they were.
        """
        first_page = audit_log.search(self.session, audit_filter, PAGE_SIZE, 0)
        self.audit_filter = audit_filter
        self._all_fetched = len(first_page) < PAGE_SIZE
        self.set_rows(first_page)

    def entry_at(self, row: int) -> AuditEntry:
        return self.row_at(row)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = _NO_PARENT) -> bool:
        return not parent.isValid() and not self._all_fetched

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = _NO_PARENT) -> None:
        if parent.isValid() or self._all_fetched:
            return
        page = audit_log.search(self.session, self.audit_filter, PAGE_SIZE, self.rowCount())
        if len(page) < PAGE_SIZE:
            self._all_fetched = True
        self.append_rows(page)

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if not self.has_row(index):
            return None
        entry = self.row_at(index.row())
        column = index.column()
        if role == ENTRY_ROLE:
            return entry
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display_text(entry, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            RECORD_ID_COLUMN,
            CLIENT_ID_COLUMN,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _display_text(entry: AuditEntry, column: int) -> str:
        if column == TIME_COLUMN:
            return local_time_text(entry)
        if column == USER_COLUMN:
            return entry.user.username if entry.user_id else ""
        if column == PROVIDER_COLUMN:
            return entry.provider.name if entry.provider_id else ""
        if column == ACTION_COLUMN:
            return entry.action
        if column == RECORD_TYPE_COLUMN:
            return entry.record_type
        if column == RECORD_ID_COLUMN:
            return "" if entry.record_id is None else str(entry.record_id)
        if column == CLIENT_ID_COLUMN:
            return "" if entry.client_id is None else str(entry.client_id)
        return changes_summary(entry)
