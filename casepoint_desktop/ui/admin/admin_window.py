"""The administration window: users, providers, agency settings and the editable lists."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from casepoint_desktop.services.session import Session
from casepoint_desktop.ui.admin.lists_tab import ListsTab
from casepoint_desktop.ui.admin.providers_tab import ProvidersTab
from casepoint_desktop.ui.admin.settings_tab import SettingsTab
from casepoint_desktop.ui.admin.users_tab import UsersTab


class AdministrationWindow(QDialog):
    """A non-modal window with the Users, Providers, Agency Settings and Lists tabs.

    The services check that the session is an administrator's, and raise PermissionDenied
    from the constructor otherwise, so the window never opens for other roles.

    Signals:
        settings_saved: the agency settings were saved.
    """

    settings_saved = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        session.require_admin()
        self.session = session
        self.setWindowTitle("Administration")
        self.setModal(False)

        self.tabs = QTabWidget(self)
        self.users_tab = UsersTab(session, self)
        self.providers_tab = ProvidersTab(session, self)
        self.settings_tab = SettingsTab(session, self)
        self.lists_tab = ListsTab(session, self)
        self.tabs.addTab(self.users_tab, "&Users")
        self.tabs.addTab(self.providers_tab, "&Providers")
        self.tabs.addTab(self.settings_tab, "Agency &Settings")
        self.tabs.addTab(self.lists_tab, "&Lists")

        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.button_box)

        # Enter in a field clicks no button of another tab; on Agency Settings it saves.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self.settings_tab.save_button.setDefault(True)

        self.button_box.rejected.connect(self.reject)
        self.settings_tab.settings_saved.connect(self.settings_saved)
        # Users list providers by name, so new or renamed providers show there too.
        self.tabs.currentChanged.connect(self.on_tab_changed)
        self.resize(860, 560)

    @Slot(int)
    def on_tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.users_tab:
            self.users_tab.reload()
