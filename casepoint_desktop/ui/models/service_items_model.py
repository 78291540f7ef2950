"""Table model of the service items of one goal, newest start date first."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from casepoint_desktop.data.case_plan_models import ServiceTransaction
from casepoint_desktop.services import service_items
from casepoint_desktop.ui.models.row_table_model import RowTableModel

SERVICE_TYPE_COLUMN = 0
PROVIDER_COLUMN = 1
START_DATE_COLUMN = 2
END_DATE_COLUMN = 3
UNITS_COLUMN = 4
AMOUNT_COLUMN = 5

COLUMN_HEADERS = ("Service type", "Provider", "Start date", "End date", "Units", "Amount")

# data() returns the ServiceTransaction of the row for ITEM_ROLE, in every column.
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1

RIGHT_ALIGNED = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def format_decimal(value: Decimal | None) -> str:
    """Return `value` with two decimal places, or "" for None."""
    rounded = service_items.to_two_places(value)
    return "" if rounded is None else f"{rounded:,}"


def format_units(item: ServiceTransaction) -> str:
    """Return "2.50 hours": the units and the unit type, whichever of them is set."""
    units = format_decimal(item.units)
    return " ".join(part for part in (units, item.unit_type) if part)


class ServiceItemsModel(RowTableModel[ServiceTransaction]):
    """The service items of one goal, from services.service_items.service_items_for_goal."""

    def __init__(self, goal_id: int, parent: QObject | None = None) -> None:
        super().__init__(COLUMN_HEADERS, lambda item: item.id, parent)
        self.goal_id = goal_id

    def reload(self) -> None:
        self.set_rows(service_items.service_items_for_goal(self.goal_id))

    def item_at(self, row: int) -> ServiceTransaction:
        return self.row_at(row)

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if not self.checkIndex(index, QAbstractTableModel.CheckIndexOption.IndexIsValid):
            return None
        item = self.row_at(index.row())
        column = index.column()

        if role == Qt.ItemDataRole.DisplayRole:
            return self._display_text(item, column)
        if role == Qt.ItemDataRole.ToolTipRole and item.notes:
            return item.notes
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (UNITS_COLUMN, AMOUNT_COLUMN):
            return RIGHT_ALIGNED
        if role == ITEM_ROLE:
            return item
        return None

    def _display_text(self, item: ServiceTransaction, column: int) -> str:
        if column == SERVICE_TYPE_COLUMN:
            return item.service_type.name
        if column == PROVIDER_COLUMN:
            return item.provider.name
        if column == START_DATE_COLUMN:
            return item.start_date.isoformat()
        if column == END_DATE_COLUMN:
            return item.end_date.isoformat() if item.end_date is not None else ""
        if column == UNITS_COLUMN:
            return format_units(item)
        if column == AMOUNT_COLUMN:
            return format_decimal(item.amount)
        return ""
