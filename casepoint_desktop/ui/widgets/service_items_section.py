"""The Service Items section of the goal dialog: the goal's services and their buttons."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from casepoint_desktop.data.case_plan_models import ServiceTransaction
from casepoint_desktop.services import service_items
from casepoint_desktop.services.session import Session
from casepoint_desktop.ui.dialogs.service_item_dialog import ServiceItemDialog
from casepoint_desktop.ui.generated.ui_service_items_section import Ui_ServiceItemsSection
from casepoint_desktop.ui.models.service_items_model import (
    SERVICE_TYPE_COLUMN,
    ServiceItemsModel,
    format_units,
)
from casepoint_desktop.ui.widgets.goal_item_section import GoalItemSection


class ServiceItemsSection(GoalItemSection):
    """A goal's service items, newest start date first, with Add, Edit and Delete.

    Enter or a double-click edits an item, and Delete deletes it after asking.

    Signals:
        changed: a service item was added, changed or deleted.
    """

    item_noun = "service item"
    count_noun = "service"
    dialog_error_title = "Service"
    delete_error_title = "Service Not Deleted"

    def __init__(self, session: Session, goal_id: int, parent: QWidget | None = None) -> None:
        super().__init__(session, goal_id, parent)

        self.ui = Ui_ServiceItemsSection()
        self.ui.setupUi(self)
        ui = self.ui

        self.model = ServiceItemsModel(goal_id, self)
        self._set_up_list(
            ui.items_view,
            ui.add_item_button,
            ui.edit_item_button,
            ui.delete_item_button,
            SERVICE_TYPE_COLUMN,
        )
        ui.edit_item_button.setToolTip("Edit the selected service (Enter)")
        ui.delete_item_button.setToolTip("Delete the selected service (Delete)")

        self.reload()

    def _item_at(self, row: int) -> ServiceTransaction:
        return self.model.item_at(row)

    def _create_dialog(self, item_id: int | None) -> ServiceItemDialog:
        return ServiceItemDialog(self.session, self.goal_id, item_id, self)

    def _saved_id(self, dialog: ServiceItemDialog) -> int | None:
        return dialog.saved_item_id

    def _delete_question(self, item: ServiceTransaction) -> tuple[str, str]:
        units = format_units(item)
        question = (
            f"Delete the service “{item.service_type.name}” that started on "
            f"{item.start_date.isoformat()}{f' ({units})' if units else ''}?\n\n"
            "This cannot be undone."
        )
        return "Delete Service", question

    def _delete_item(self, item: ServiceTransaction) -> None:
        service_items.delete_service_item(self.session, item.id, expected_version=item.version)
