"""Table model of a client's case-manager assignments, active ones first."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from casepoint_desktop.data.case_plan_models import CaseManagerAssignment
from casepoint_desktop.services import case_managers
from casepoint_desktop.services.phones import format_phone
from casepoint_desktop.ui.models.row_table_model import RowTableModel

NAME_COLUMN = 0
TITLE_COLUMN = 1
PROVIDER_COLUMN = 2
PHONE_COLUMN = 3
START_DATE_COLUMN = 4
END_DATE_COLUMN = 5
ACTIVE_COLUMN = 6

COLUMN_HEADERS = ("Name", "Title", "Provider", "Phone", "Start date", "End date", "Active")

# data() returns the CaseManagerAssignment of the row for ASSIGNMENT_ROLE and its id for
# ASSIGNMENT_ID_ROLE, in every column.
ASSIGNMENT_ROLE = Qt.ItemDataRole.UserRole + 1
ASSIGNMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 2

OTHER_AGENCY_TOOLTIP = "Case manager of another agency"
OTHER_AGENCY_USES_PROGRAM_TOOLTIP = "Case manager of another agency that also uses this program"


class CaseManagersModel(RowTableModel[CaseManagerAssignment]):
    """The assignments of one client, from services.case_managers.assignments_for_client.

    Whether an assignment is active is decided on the date passed to reload(), today by
    default, so a test can fix the date.
    """

    def __init__(self, client_id: int, parent: QObject | None = None) -> None:
        super().__init__(COLUMN_HEADERS, lambda assignment: assignment.id, parent)
        self.client_id = client_id
        self._today = date.today()

    def reload(self, today: date | None = None) -> None:
        """Read the assignments again, judging which are active on `today`."""
        self._today = today or date.today()
        self.set_rows(case_managers.assignments_for_client(self.client_id, self._today))

    def assignment_at(self, row: int) -> CaseManagerAssignment:
        return self.row_at(row)

    def row_of_assignment(self, assignment_id: int) -> int | None:
        return self.row_of(assignment_id)

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if not self.checkIndex(index, QAbstractTableModel.CheckIndexOption.IndexIsValid):
            return None
        assignment = self.row_at(index.row())
        column = index.column()

        if role == Qt.ItemDataRole.DisplayRole:
            return self._display_text(assignment, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(assignment, column)
        if role == ASSIGNMENT_ROLE:
            return assignment
        if role == ASSIGNMENT_ID_ROLE:
            return assignment.id
        return None

    def _display_text(self, assignment: CaseManagerAssignment, column: int) -> str:
        if column == NAME_COLUMN:
            return case_managers.display_name(assignment)
        if column == TITLE_COLUMN:
            return assignment.title
        if column == PROVIDER_COLUMN:
            return assignment.provider.name
        if column == PHONE_COLUMN:
            return format_phone(assignment.phone)
        if column == START_DATE_COLUMN:
            return assignment.start_date.isoformat()
        if column == END_DATE_COLUMN:
            return assignment.end_date.isoformat() if assignment.end_date else ""
        return "Yes" if case_managers.is_active(assignment, self._today) else "No"

    def _tooltip(self, assignment: CaseManagerAssignment, column: int) -> str | None:
        if column == NAME_COLUMN and assignment.user_id is None:
            if assignment.other_agency_uses_program:
                return OTHER_AGENCY_USES_PROGRAM_TOOLTIP
            return OTHER_AGENCY_TOOLTIP
        if column in (NAME_COLUMN, TITLE_COLUMN, PROVIDER_COLUMN):
            # The view elides text longer than its column.
            return self._display_text(assignment, column) or None
        return None
