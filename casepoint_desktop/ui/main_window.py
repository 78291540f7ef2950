"""The main window: ClientPoint search as the first tab and one closable tab per open client."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QTabBar, QTabWidget, QWidget

from casepoint_desktop import __version__
from casepoint_desktop.config import APP_NAME
from casepoint_desktop.data import database
from casepoint_desktop.data.database import db
from casepoint_desktop.data.migrations import open_and_migrate
from casepoint_desktop.data.models import AgencySettings, Client, Provider
from casepoint_desktop.services import clients
from casepoint_desktop.services.errors import NotFound, ServiceError
from casepoint_desktop.services.session import Role, Session, allowed_providers
from casepoint_desktop.ui import backup_actions, import_dialog, messages
from casepoint_desktop.ui.client_record import ClientRecord
from casepoint_desktop.ui.client_search import ClientSearchPanel
from casepoint_desktop.ui.dialogs.client_dialog import ClientDialog
from casepoint_desktop.ui.follow_up_dock import FollowUpDock
from casepoint_desktop.ui.reports.report_actions import ReportActions
from casepoint_desktop.ui.session_actions import SessionActions
from casepoint_desktop.ui.widgets.elided_label import shorten_text

log = logging.getLogger(__name__)

# Imported when first used, because the window opens without them and tests replace them
# in sys.modules.

SEARCH_TAB_TITLE = "ClientPoint"

# A client tab's title is cut to this many characters, and its tooltip shows the full name.
MAX_TAB_TITLE_LENGTH = 40


def client_tab_title(client: Client) -> str:
    """Return "Last, First", cut with "…" to MAX_TAB_TITLE_LENGTH characters."""
    return shorten_text(f"{client.last_name}, {client.first_name}", MAX_TAB_TITLE_LENGTH)


def client_tab_tool_tip(client: Client) -> str:
    return f"{client.display_name}\nClient ID {client.id}"


class MainWindow(QMainWindow):
    """The window a user works in after logging in.

    The first tab is the ClientPoint search panel and cannot be closed. Each opened client
    gets a closable tab with a ClientRecord, which is found by its `client_id` attribute.
    The Follow Up List is a dock at the bottom, shown on start-up and toggled from the View
    menu.
    """

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        # Set after a restore, so that quitting writes no automatic backup of the old data.
        self.restored = False
        self.agency_name = AgencySettings.get().name
        self.setWindowTitle(f"{APP_NAME} — {self.agency_name}")

        self.search_panel = ClientSearchPanel(self)
        self.search_panel.set_add_client_allowed(self._can_write)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        # Titles that do not fit are elided and the tab bar scrolls, so that open clients
        # never make the window wider than the screen.
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        self.tabs.setUsesScrollButtons(True)
        self.tabs.addTab(self.search_panel, SEARCH_TAB_TITLE)
        for side in (QTabBar.ButtonPosition.LeftSide, QTabBar.ButtonPosition.RightSide):
            self.tabs.tabBar().setTabButton(0, side, None)
        self.setCentralWidget(self.tabs)

        self.follow_up_dock = FollowUpDock(session, self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.follow_up_dock)

        self._create_actions()
        self._create_menus()
        self._create_status_bar()

        self.search_panel.client_activated.connect(self.on_client_activated)
        self.search_panel.add_client_requested.connect(self.on_new_client_triggered)
        self.tabs.tabCloseRequested.connect(self.on_tab_close_requested)
        self.follow_up_dock.client_requested.connect(self.on_client_activated)
        self.follow_up_dock.goal_requested.connect(self.on_goal_requested)

        self.resize(1200, 720)
        self.search_panel.focus_search_field()

    @property
    def _can_write(self) -> bool:
        return self.session.role is not Role.READ_ONLY

    def _create_actions(self) -> None:
        self.new_client_action = QAction("&New Client…", self)
        self.new_client_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_client_action.setEnabled(self._can_write)
        self.new_client_action.triggered.connect(self.on_new_client_triggered)

        self.find_client_action = QAction("&Find Client", self)
        self.find_client_action.setShortcut(QKeySequence("Ctrl+F"))
        self.find_client_action.triggered.connect(self.on_find_client_triggered)

        self.close_client_action = QAction("&Close Client Tab", self)
        self.close_client_action.setShortcut(QKeySequence("Ctrl+W"))
        self.close_client_action.triggered.connect(self.on_close_client_triggered)

        self.import_hmis_action = QAction("&Import HMIS Export…", self)
        self.import_hmis_action.setEnabled(self.session.role is Role.ADMINISTRATOR)
        self.import_hmis_action.setStatusTip("Only administrators can import an HMIS export.")
        self.import_hmis_action.triggered.connect(self.on_import_hmis_triggered)

        is_admin = self.session.role is Role.ADMINISTRATOR
        self.back_up_action = QAction("&Back Up Database…", self)
        self.back_up_action.setEnabled(is_admin)
        self.back_up_action.setStatusTip("Save a copy of all data; only administrators can.")
        self.back_up_action.triggered.connect(self.on_back_up_triggered)

        self.restore_action = QAction("&Restore from Backup…", self)
        self.restore_action.setEnabled(is_admin)
        self.restore_action.setStatusTip("Replace all data with a backup; only administrators can.")
        self.restore_action.triggered.connect(self.on_restore_triggered)

        self.session_actions = SessionActions(self.session, self)

        self.quit_action = QAction("&Quit", self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)

        self.follow_up_action = self.follow_up_dock.toggleViewAction()
        self.follow_up_action.setText("&Follow Up List")
        self.follow_up_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.follow_up_action.setStatusTip("Show or hide your open follow-ups")

        self.about_action = QAction(f"&About {APP_NAME}", self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.on_about_triggered)

        # "Enter data as": one checkable action per provider the user may work for.
        self.provider_actions = QActionGroup(self)
        self.provider_actions.setExclusive(True)
        for provider in allowed_providers(self.session.user):
            action = QAction(provider.name, self.provider_actions)
            action.setCheckable(True)
            action.setData(provider.id)
            action.setChecked(provider.id == self.session.provider.id)
        self.provider_actions.triggered.connect(self.on_provider_triggered)

    def _create_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        file_menu.addAction(self.new_client_action)
        file_menu.addAction(self.find_client_action)
        file_menu.addAction(self.close_client_action)
        file_menu.addSeparator()
        provider_menu = file_menu.addMenu("Enter Data &As")
        provider_menu.addActions(self.provider_actions.actions())
        provider_menu.setEnabled(len(self.provider_actions.actions()) > 1)
        file_menu.addSeparator()
        file_menu.addAction(self.import_hmis_action)
        file_menu.addAction(self.back_up_action)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(self.session_actions.change_password_action)
        file_menu.addAction(self.session_actions.lock_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        view_menu = self.menuBar().addMenu("&View")
        view_menu.addAction(self.follow_up_action)

        self.report_actions = ReportActions(self.session, self.agency_name, self)
        self.report_actions.add_menu()

        admin_menu = self.menuBar().addMenu("&Admin")
        admin_menu.addAction(self.session_actions.administration_action)
        admin_menu.addAction(self.session_actions.audit_log_action)

        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addAction(self.about_action)

    def _create_status_bar(self) -> None:
        user = self.session.user
        self.user_label = QLabel(f"User: {user.full_name} ({self.session.role.label})", self)
        self.provider_label = QLabel(self)
        for label in (self.user_label, self.provider_label):
            label.setContentsMargins(8, 0, 8, 0)
            self.statusBar().addPermanentWidget(label)
        self._show_provider()

    def _show_provider(self) -> None:
        self.provider_label.setText(f"Provider: {self.session.provider.name}")

    def client_tab_index(self, client_id: int) -> int | None:
        """Return the index of the tab that shows `client_id`, or None when it is not open."""
        for index in range(self.tabs.count()):
            widget = self.tabs.widget(index)
            if widget is not self.search_panel and getattr(widget, "client_id", None) == client_id:
                return index
        return None

    def open_client(self, client_id: int) -> None:
        """Switch to the tab of `client_id`, opening a ClientRecord tab when none is open."""
        index = self.client_tab_index(client_id)
        if index is not None:
            self.tabs.setCurrentIndex(index)
            return

        try:
            client = clients.get_client(client_id)
        except NotFound as error:
            messages.show_service_error(self, "Open Client", error)
            self.search_panel.refresh()
            return

        record = ClientRecord(self.session, client_id)
        record.client_changed.connect(self.on_client_changed)
        record.goals_changed.connect(self.on_goals_changed)
        index = self.tabs.addTab(record, client_tab_title(client))
        self.tabs.setTabToolTip(index, client_tab_tool_tip(client))
        self.tabs.setCurrentIndex(index)
        log.info("Opened the record of client %d", client_id)

    def close_client_tab(self, index: int) -> bool:
        """Close the client tab at `index`; return False when its record refused to close.

        The record gets a close event first, so it can keep unsaved input by ignoring it.
        """
        widget = self.tabs.widget(index)
        if widget is None or widget is self.search_panel:
            return False
        if not widget.close():
            return False
        self.tabs.removeTab(index)
        widget.deleteLater()
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        for index in reversed(range(self.tabs.count())):
            if self.tabs.widget(index) is self.search_panel:
                continue
            if not self.close_client_tab(index):
                event.ignore()
                return
        self.session_actions.close()
        self.report_actions.close()
        event.accept()

    @Slot(int)
    def on_client_activated(self, client_id: int) -> None:
        self.open_client(client_id)

    @Slot(int)
    def on_client_changed(self, client_id: int) -> None:
        self.search_panel.refresh()
        index = self.client_tab_index(client_id)
        if index is None:
            return
        try:
            client = clients.get_client(client_id)
        except NotFound:
            # The record deleted its client, so the tab has nothing left to show.
            self.close_client_tab(index)
            return
        self.tabs.setTabText(index, client_tab_title(client))
        self.tabs.setTabToolTip(index, client_tab_tool_tip(client))

    @Slot(int)
    def on_goals_changed(self, client_id: int) -> None:
        self.follow_up_dock.refresh()

    @Slot(int, int)
    def on_goal_requested(self, client_id: int, goal_id: int) -> None:
        """Open the client's record on its Case Plans tab, then the goal dialog of `goal_id`."""
        # Imported here because the window opens without the goal dialog stack.
        from casepoint_desktop.ui.dialogs.goal_dialog import GoalDialog

        self.open_client(client_id)
        index = self.client_tab_index(client_id)
        if index is None:
            return
        record = self.tabs.widget(index)
        record.tabs.setCurrentWidget(record.case_plans_tab)
        try:
            dialog = GoalDialog(self.session, client_id, goal_id, self)
        except ServiceError as error:
            log.warning("Opening goal %d failed: %s", goal_id, type(error).__name__)
            messages.show_service_error(self, "Goal", error)
            self.follow_up_dock.refresh()
            record.reload()
            return
        messages.run_dialog(dialog)
        dialog.deleteLater()
        self.follow_up_dock.refresh()
        record.reload()

    @Slot()
    def on_new_client_triggered(self) -> None:
        dialog = ClientDialog(self.session, parent=self)
        accepted = messages.run_dialog(dialog) == QDialog.DialogCode.Accepted
        client_id = dialog.saved_client_id
        dialog.deleteLater()
        if accepted and client_id is not None:
            self.search_panel.refresh()
            self.open_client(client_id)

    @Slot()
    def on_find_client_triggered(self) -> None:
        self.tabs.setCurrentWidget(self.search_panel)
        self.search_panel.focus_search_field()

    @Slot()
    def on_close_client_triggered(self) -> None:
        self.close_client_tab(self.tabs.currentIndex())

    @Slot(int)
    def on_tab_close_requested(self, index: int) -> None:
        self.close_client_tab(index)

    @Slot()
    def on_import_hmis_triggered(self) -> None:
        if import_dialog.run_hmis_import(self, self.session):
            self.search_panel.refresh()

    @Slot()
    def on_back_up_triggered(self) -> None:
        backup_actions.back_up(self, self.session)

    @Slot()
    def on_restore_triggered(self) -> None:
        """Restore a checked backup, then close the program so it starts on the restored data."""
        backup = backup_actions.choose_and_check_backup(self)
        if backup is None:
            return
        for index in reversed(range(self.tabs.count())):
            if self.tabs.widget(index) is not self.search_panel and not self.close_client_tab(
                index
            ):
                return
        database_path = backup_actions.current_database_path()
        database.close()
        restored = backup_actions.restore(self, backup, database_path)
        if not restored:
            # The database is as it was: open it again and carry on.
            open_and_migrate(database_path)
            return
        messages.show_info(
            self,
            "Restore from Backup",
            f"{APP_NAME} closes now. Start it again and log in to work with the restored data.",
        )
        self.restored = True
        self.close()

    @Slot(QAction)
    def on_provider_triggered(self, action: QAction) -> None:
        provider = Provider.get_or_none(Provider.id == action.data())
        try:
            if provider is None:
                raise NotFound("This provider no longer exists. Choose another provider.")
            self.session.switch_provider(provider)
        except ServiceError as error:
            messages.show_service_error(self, "Enter Data As", error)
        else:
            log.info("User %d now enters data as provider %d", self.session.user.id, provider.id)

        for provider_action in self.provider_actions.actions():
            provider_action.setChecked(provider_action.data() == self.session.provider.id)
        self._show_provider()

    @Slot()
    def on_about_triggered(self) -> None:
        messages.show_info(
            self,
            f"About {APP_NAME}",
            f"{APP_NAME} {__version__}\n"
            "Case plans, case notes and follow-ups for a social-services agency.\n\n"
            f"Agency: {self.agency_name}\n"
            f"Database: {database.display_name(db.obj.database) if db.obj is not None else 'none'}",
        )
