"""The Add Household Member dialog: find a client and choose their relationship to the head."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidgetItem,
    QWidget,
)

from casepoint_desktop.data.models import Client, HouseholdMember, Relationship
from casepoint_desktop.services import clients, households, search
from casepoint_desktop.services.errors import ServiceError
from casepoint_desktop.services.session import Session
from casepoint_desktop.ui.generated.ui_household_member_dialog import Ui_HouseholdMemberDialog
from casepoint_desktop.ui.widgets.field_errors import FieldErrors

log = logging.getLogger(__name__)

MAX_RESULTS = 50

ID_COLUMN = 0
NAME_COLUMN = 1
DATE_OF_BIRTH_COLUMN = 2
RESULT_HEADERS = ("Client ID", "Name", "Date of birth")


def member_relationships() -> list[Relationship]:
    """Return the relationships a member other than the head can have, in list order.

    "Self (head of household)" is left out because only Make Head of Household sets it.
    """
    return [
        relationship
        for relationship in households.relationships()
        if relationship.hmis_code != households.SELF_CODE
    ]


class HouseholdMemberDialog(QDialog):
    """Add an existing client to the household of `client_id`.

    A client without a household gets a new one with them as head. The search matches like
    ClientPoint (name, client ID, date of birth or last 4 digits) and leaves out the client
    and the current members. After the dialog is accepted, `saved_member_id` is the new
    membership's id.

    Raises:
        NotFound: (from the constructor) no client has `client_id`.
    """

    def __init__(self, session: Session, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.client = clients.get_client(client_id)
        self.saved_member_id: int | None = None

        self.ui = Ui_HouseholdMemberDialog()
        self.ui.setupUi(self)
        ui = self.ui

        self.ok_button = ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("&Add Member")
        self.ok_button.setDefault(True)

        ui.results_view.setColumnCount(len(RESULT_HEADERS))
        ui.results_view.setHorizontalHeaderLabels(list(RESULT_HEADERS))
        header = ui.results_view.horizontalHeader()
        header.setSectionResizeMode(ID_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DATE_OF_BIRTH_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)

        for relationship in member_relationships():
            ui.relationship_combo.addItem(relationship.name, relationship.id)
        ui.relationship_combo.setCurrentIndex(-1)

        self.field_errors = FieldErrors(
            {
                "client": (ui.results_view, ui.client_error_label),
                "relationship": (ui.relationship_combo, ui.relationship_error_label),
            },
            ui.general_error_label,
        )

        members = households.household_members(client_id)
        self._member_client_ids = {member.client_id for member in members} | {client_id}
        ui.intro_label.setText(self._intro_text(members))
        self.setWindowTitle(f"Add Household Member — {self.client.display_name}")

        ui.search_edit.installEventFilter(self)
        ui.search_edit.textChanged.connect(self.on_search_text_changed)
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        ui.search_edit.setFocus()

    def _intro_text(self, members: list[HouseholdMember]) -> str:
        name = self.client.display_name
        if not members:
            return (
                f"{name} has no household yet. Adding a member starts one with {name} as "
                "head of household."
            )
        head = next((member for member in members if member.is_head), None)
        intro = f"The new member joins the household of {name}."
        if head is None:
            return f"{intro} The household has no head recorded."
        if head.client_id == self.client.id:
            return f"{intro} {name} is head of household."
        return f"{intro} The head of household is {head.client.display_name}."

    def selected_client_id(self) -> int | None:
        """Return the id of the client chosen in the results, or None."""
        rows = self.ui.results_view.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.ui.results_view.item(rows[0].row(), ID_COLUMN)
        return int(item.data(Qt.ItemDataRole.UserRole))

    def selected_relationship(self) -> Relationship | None:
        """Return the relationship chosen in the list, or None."""
        relationship_id = self.ui.relationship_combo.currentData()
        if relationship_id is None:
            return None
        return Relationship.get_by_id(relationship_id)

    def show_results(self, found: list[Client]) -> None:
        """Fill the results table with the clients that can join, and count the others."""
        view = self.ui.results_view
        joinable = [client for client in found if client.id not in self._member_client_ids]
        view.setRowCount(len(joinable))
        for row, client in enumerate(joinable):
            id_item = QTableWidgetItem(str(client.id))
            id_item.setData(Qt.ItemDataRole.UserRole, client.id)
            id_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            born = client.date_of_birth.isoformat() if client.date_of_birth else ""
            view.setItem(row, ID_COLUMN, id_item)
            view.setItem(row, NAME_COLUMN, QTableWidgetItem(client.display_name))
            view.setItem(row, DATE_OF_BIRTH_COLUMN, QTableWidgetItem(born))
        if len(joinable) == 1:
            view.selectRow(0)
        self.ui.results_status_label.setText(self._status_text(found, joinable))

    def _status_text(self, found: list[Client], joinable: list[Client]) -> str:
        if not self.ui.search_edit.text().strip():
            return ""
        if not found:
            return "No client found. Check the spelling, or add the client first."
        parts = [f"{len(joinable)} client{'s' if len(joinable) != 1 else ''} found."]
        left_out = len(found) - len(joinable)
        if left_out:
            parts.append(f"Not listed: {left_out} (this client or current members).")
        if len(found) >= MAX_RESULTS:
            parts.append(
                f"Only the first {MAX_RESULTS} are listed. Type more to narrow the search."
            )
        return " ".join(parts)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down, Return or Enter in the search field moves to the results instead of pressing
        # Add Member, so the keyboard reaches the list without the mouse.
        if (
            watched is self.ui.search_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.ui.results_view.rowCount() > 0
        ):
            view = self.ui.results_view
            view.setFocus(Qt.FocusReason.TabFocusReason)
            if not view.selectionModel().hasSelection():
                view.selectRow(0)
            return True
        return super().eventFilter(watched, event)

    @Slot(str)
    def on_search_text_changed(self, text: str) -> None:
        self.show_results(search.search_clients(text, limit=MAX_RESULTS))

    @Slot()
    def accept(self) -> None:
        """Add the chosen client with the chosen relationship, or show what is missing."""
        errors = {}
        new_member_id = self.selected_client_id()
        relationship = self.selected_relationship()
        if new_member_id is None:
            errors["client"] = "Find the client and select them in the list."
        if relationship is None:
            errors["relationship"] = "Choose the relationship to the head of household."
        if errors:
            self.field_errors.show(errors)
            return
        self.field_errors.clear()

        try:
            member = households.add_member(
                self.session, self.client.id, new_member_id, relationship
            )
        except ServiceError as error:
            log.warning(
                "Adding client %s to the household of client %d failed: %s",
                new_member_id,
                self.client.id,
                type(error).__name__,
            )
            self.field_errors.show({"household": str(error)})
            return

        self.saved_member_id = member.id
        log.info("Added client %d to the household of client %d", new_member_id, self.client.id)
        super().accept()
