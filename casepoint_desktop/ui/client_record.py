"""A client record: the header with name, client ID and date of birth, and the record's tabs."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from casepoint_desktop.data.models import Client
from casepoint_desktop.services import clients
from casepoint_desktop.services.session import Session
from casepoint_desktop.ui.tabs.case_managers_tab import CaseManagersTab
from casepoint_desktop.ui.tabs.case_plans_tab import CasePlansTab
from casepoint_desktop.ui.tabs.client_profile_tab import ClientProfileTab
from casepoint_desktop.ui.widgets.elided_label import ElidedLabel, fixed_leading_alignment

# The client's name in the header is this much larger than the window font.
NAME_FONT_SCALE = 1.6

# A longer name is cut with "…" after this many lines, and its tooltip shows all of it.
NAME_MAX_LINES = 2


def describe_header(client: Client) -> str:
    """Return "Client ID 123 · Date of birth 1990-07-24" for the line under the name."""
    if client.date_of_birth is None:
        born = "Date of birth not recorded"
    else:
        born = f"Date of birth {client.date_of_birth.isoformat()}"
    return f"Client ID {client.id} · {born}"


class ClientRecord(QWidget):
    """The record of one client, shown as a tab of the main window.

    Opening it records a view of the client in the audit log. It has the Client Profile,
    Case Managers and Case Plans tabs.

    Signals:
        client_changed(int): the client's demographics were saved. The argument is the
            client's id.
        goals_changed(int): a goal of the client was added, saved or deleted. The argument
            is the client's id.

    Raises:
        NotFound: (from the constructor) no client has `client_id`.
    """

    client_changed = Signal(int)
    goals_changed = Signal(int)

    def __init__(self, session: Session, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.client_id = client_id
        client = clients.open_client(session, client_id)

        self.name_label = ElidedLabel(self, max_lines=NAME_MAX_LINES)
        name_font = self.name_label.font()
        name_font.setPointSizeF(name_font.pointSizeF() * NAME_FONT_SCALE)
        name_font.setBold(True)
        self.name_label.setFont(name_font)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name_label.setAccessibleDescription("Client name")
        self.details_label = QLabel(self)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_label.setAccessibleName("Client ID and date of birth")
        # Both lines start at the same edge, even when the name is written right to left.
        for label in (self.name_label, self.details_label):
            label.setAlignment(fixed_leading_alignment(self) | Qt.AlignmentFlag.AlignTop)

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.profile_tab = ClientProfileTab(session, client_id, self.tabs)
        self.tabs.addTab(self.profile_tab, "Client &Profile")
        self.case_managers_tab = CaseManagersTab(session, client_id, self.tabs)
        self.tabs.addTab(self.case_managers_tab, "Case &Managers")
        self.case_plans_tab = CasePlansTab(session, client_id, self.tabs)
        self.tabs.addTab(self.case_plans_tab, "&Case Plans")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 4)
        layout.setSpacing(2)
        layout.addWidget(self.name_label)
        layout.addWidget(self.details_label)
        layout.addSpacing(4)
        layout.addWidget(self.tabs, 1)

        self.profile_tab.client_changed.connect(self.on_client_changed)
        self.case_plans_tab.goals_changed.connect(self.on_goals_changed)
        self.show_header(client)

    def show_header(self, client: Client) -> None:
        """Show the client's full name, client ID and date of birth in the header."""
        self.name_label.setText(client.display_name)
        # A screen reader reads the whole name, also when the label cuts it.
        self.name_label.setAccessibleName(client.display_name)
        self.details_label.setText(describe_header(client))

    def reload(self) -> None:
        """Read the client again, for example after another window changed it."""
        self.show_header(clients.get_client(self.client_id))
        self.profile_tab.reload()
        self.case_managers_tab.reload()
        self.case_plans_tab.reload()

    @Slot(int)
    def on_client_changed(self, client_id: int) -> None:
        self.show_header(clients.get_client(client_id))
        self.client_changed.emit(client_id)

    @Slot()
    def on_goals_changed(self) -> None:
        self.goals_changed.emit(self.client_id)
