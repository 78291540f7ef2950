"""The Household section of the Client Profile tab: members, head and relationships."""

from __future__ import annotations

import logging

from PySide6.QtCore import QItemSelection, Signal, Slot
from PySide6.QtWidgets import QAbstractScrollArea, QDialog, QHeaderView, QInputDialog, QWidget

from casepoint_desktop.data.models import HouseholdMember, Relationship
from casepoint_desktop.services import households
from casepoint_desktop.services.errors import ServiceError
from casepoint_desktop.services.session import Role, Session
from casepoint_desktop.ui import messages
from casepoint_desktop.ui.dialogs.household_member_dialog import (
    HouseholdMemberDialog,
    member_relationships,
)
from casepoint_desktop.ui.generated.ui_household_section import Ui_HouseholdSection
from casepoint_desktop.ui.models.household_model import (
    CLIENT_ID_COLUMN,
    NAME_COLUMN,
    RELATIONSHIP_COLUMN,
    HouseholdModel,
)

log = logging.getLogger(__name__)

MAX_VISIBLE_MEMBERS = 6

NO_HOUSEHOLD_TEXT = "Not in a household. Add Member starts one with this client as head."


class HouseholdSection(QWidget):
    """The members of a client's current household with buttons to change it.

    Signals:
        household_changed(): a member was added, removed, made head or got a new relationship.
    """

    household_changed = Signal()

    def __init__(self, session: Session, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.client_id = client_id
        self.can_write = session.role is not Role.READ_ONLY

        self.ui = Ui_HouseholdSection()
        self.ui.setupUi(self)
        ui = self.ui

        self.model = HouseholdModel(client_id, self)
        ui.household_view.setModel(self.model)
        header = ui.household_view.horizontalHeader()
        header.setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Stretch)
        for column in (CLIENT_ID_COLUMN, RELATIONSHIP_COLUMN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        # The table grows with the household up to this many rows and scrolls beyond, so the
        # notes below keep most of the tab's height.
        view = ui.household_view
        view.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        view.setMaximumHeight(
            header.sizeHint().height()
            + view.verticalHeader().defaultSectionSize() * MAX_VISIBLE_MEMBERS
            + 2 * view.frameWidth()
        )

        ui.add_member_button.clicked.connect(self.on_add_member_clicked)
        ui.make_head_button.clicked.connect(self.on_make_head_clicked)
        ui.change_relationship_button.clicked.connect(self.on_change_relationship_clicked)
        ui.remove_member_button.clicked.connect(self.on_remove_member_clicked)
        ui.household_view.selectionModel().selectionChanged.connect(self.on_selection_changed)

        self.reload()

    def reload(self, select_member_id: int | None = None) -> None:
        """Read the household again and select `select_member_id` when it is shown."""
        self.model.reload()
        empty = self.model.rowCount() == 0
        self.ui.empty_label.setText(NO_HOUSEHOLD_TEXT if empty else "")
        self.ui.empty_label.setVisible(empty)
        if select_member_id is not None:
            row = self.model.row_of_member(select_member_id)
            if row is not None:
                self.ui.household_view.selectRow(row)
        self.update_buttons()

    def selected_member(self) -> HouseholdMember | None:
        rows = self.ui.household_view.selectionModel().selectedRows()
        return self.model.member_at(rows[0].row()) if rows else None

    def update_buttons(self) -> None:
        """Enable the buttons that apply to the selected member and the user's role."""
        member = self.selected_member()
        ui = self.ui
        ui.add_member_button.setEnabled(self.can_write)
        ui.make_head_button.setEnabled(self.can_write and member is not None and not member.is_head)
        ui.change_relationship_button.setEnabled(
            self.can_write and member is not None and not member.is_head
        )
        ui.remove_member_button.setEnabled(self.can_write and member is not None)

    def _changed(self, select_member_id: int | None) -> None:
        self.reload(select_member_id)
        self.household_changed.emit()

    @Slot(QItemSelection, QItemSelection)
    def on_selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        self.update_buttons()

    @Slot()
    def on_add_member_clicked(self) -> None:
        dialog = HouseholdMemberDialog(self.session, self.client_id, self)
        accepted = messages.run_dialog(dialog) == QDialog.DialogCode.Accepted
        member_id = dialog.saved_member_id
        dialog.deleteLater()
        if accepted and member_id is not None:
            self._changed(member_id)

    @Slot()
    def on_make_head_clicked(self) -> None:
        member = self.selected_member()
        if member is None:
            return
        try:
            households.set_head(self.session, member.id)
        except ServiceError as error:
            log.warning(
                "Making member %d head of household failed: %s", member.id, type(error).__name__
            )
            messages.show_service_error(self, "Head of Household Not Changed", error)
            return
        self._changed(member.id)

    def choose_relationship(self, member: HouseholdMember) -> Relationship | None:
        """Ask for the member's new relationship to the head, or return None on Cancel."""
        choices = member_relationships()
        names = [relationship.name for relationship in choices]
        dialog = QInputDialog(self)
        dialog.setWindowTitle("Change Relationship")
        dialog.setLabelText(
            f"&Relationship of {member.client.display_name} to the head of household:"
        )
        dialog.setComboBoxItems(names)
        dialog.setComboBoxEditable(False)
        if member.relationship is not None and member.relationship.name in names:
            dialog.setTextValue(member.relationship.name)
        accepted = messages.run_dialog(dialog) == QDialog.DialogCode.Accepted
        chosen_name = dialog.textValue()
        dialog.deleteLater()
        if not accepted:
            return None
        return next((choice for choice in choices if choice.name == chosen_name), None)

    @Slot()
    def on_change_relationship_clicked(self) -> None:
        member = self.selected_member()
        if member is None:
            return
        relationship = self.choose_relationship(member)
        if relationship is None:
            return
        try:
            households.set_relationship(self.session, member.id, relationship)
        except ServiceError as error:
            log.warning(
                "Changing the relationship of member %d failed: %s",
                member.id,
                type(error).__name__,
            )
            messages.show_service_error(self, "Relationship Not Changed", error)
            return
        self._changed(member.id)

    @Slot()
    def on_remove_member_clicked(self) -> None:
        member = self.selected_member()
        if member is None:
            return
        question = (
            f"Remove {member.client.display_name} (client ID {member.client_id}) from the "
            "household? The membership is kept as history, with today as the date they left."
        )
        if not messages.ask_yes_no(self, "Remove from Household", question):
            return
        try:
            households.remove_member(self.session, member.id)
        except ServiceError as error:
            log.warning(
                "Removing member %d from the household failed: %s",
                member.id,
                type(error).__name__,
            )
            messages.show_service_error(self, "Member Not Removed", error)
            return
        self._changed(None)
