"""Tests of the main window: title, status bar, client tabs, menus and permissions.

Most tests replace the client record and the client dialog with small fakes that have the
same constructor and signals, so they check only the window's side of the contract. The
tests at the end of the file open the real ClientRecord.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QDialog, QTabBar, QWidget

from casepoint_desktop import __version__
from casepoint_desktop.data.models import Provider, UserProvider
from casepoint_desktop.services import auth, clients
from casepoint_desktop.services.clients import ClientInput
from casepoint_desktop.services.session import Role
from casepoint_desktop.ui import main_window, messages
from casepoint_desktop.ui.client_record import ClientRecord
from casepoint_desktop.ui.main_window import MainWindow
from tests.conftest import ADMIN_PASSWORD, make_user


class FakeClientRecord(QWidget):
    """Stand-in for ClientRecord with the same constructor, `client_id` and signals."""

    client_changed = Signal(int)
    goals_changed = Signal(int)
    refuse_close = False

    def __init__(self, session, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.client_id = client_id

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.refuse_close:
            event.ignore()
        else:
            event.accept()


class FakeClientDialog(QDialog):
    """Stand-in for ClientDialog that saves `next_input` as a client when a test calls save()."""

    next_input: ClientInput | None = None

    def __init__(self, session, client_id: int | None = None, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.saved_client_id: int | None = None

    def save(self) -> None:
        client = clients.create_client(self.session, FakeClientDialog.next_input)
        self.saved_client_id = client.id
        self.accept()


@pytest.fixture(autouse=True)
def fake_record_and_dialog(monkeypatch):
    monkeypatch.setattr(main_window, "ClientRecord", FakeClientRecord)
    monkeypatch.setattr(main_window, "ClientDialog", FakeClientDialog)


@pytest.fixture
def window(qtbot, admin_session):
    widget = MainWindow(admin_session)
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def minh(admin_session):
    return clients.create_client(admin_session, ClientInput("Thị Minh", "Nguyễn"))


@pytest.fixture
def john(admin_session):
    return clients.create_client(admin_session, ClientInput("John", "Smith"))


def session_for(role: Role):
    make_user("someone", role)
    return auth.log_in("someone", ADMIN_PASSWORD)


def test_title_names_agency(window):
    assert window.windowTitle() == "CasePoint Desktop — Riverside Family Services"


def test_status_bar_shows_user_and_provider(window):
    assert window.user_label.text() == "User: Ada Admin (Administrator)"
    assert window.provider_label.text() == "Provider: Downtown Shelter"
    assert window.user_label.parent() is window.statusBar()


def test_search_tab_first_and_not_closable(window):
    assert window.tabs.widget(0) is window.search_panel
    assert window.tabs.tabText(0) == "ClientPoint"
    tab_bar = window.tabs.tabBar()
    assert tab_bar.tabButton(0, QTabBar.ButtonPosition.RightSide) is None
    assert tab_bar.tabButton(0, QTabBar.ButtonPosition.LeftSide) is None

    window.close_client_action.trigger()

    assert window.tabs.count() == 1


def test_activated_client_opens_tab(qtbot, window, minh):
    window.search_panel.client_activated.emit(minh.id)

    assert window.tabs.count() == 2
    assert window.tabs.currentIndex() == 1
    assert window.tabs.tabText(1) == "Nguyễn, Thị Minh"
    assert window.tabs.currentWidget().client_id == minh.id


def test_opening_open_client_switches_tab(window, minh, john):
    window.open_client(minh.id)
    window.open_client(john.id)
    window.open_client(minh.id)

    assert window.tabs.count() == 3
    assert window.tabs.currentWidget().client_id == minh.id


def test_ctrl_w_closes_current_client_tab(window, minh, john):
    window.open_client(minh.id)
    window.open_client(john.id)

    window.close_client_action.trigger()

    assert window.tabs.count() == 2
    assert window.client_tab_index(john.id) is None
    assert window.client_tab_index(minh.id) == 1
    assert window.close_client_action.shortcut().toString() == "Ctrl+W"


def test_record_can_refuse_to_close(window, minh):
    window.open_client(minh.id)
    window.tabs.currentWidget().refuse_close = True

    window.tabs.tabCloseRequested.emit(1)

    assert window.tabs.count() == 2


def test_client_changed_updates_title_and_results(window, minh, admin_session):
    window.search_panel.ui.search_edit.setText("nguyen")
    window.search_panel.search_now()
    window.open_client(minh.id)
    record = window.tabs.currentWidget()

    data = ClientInput.from_client(minh)
    data.last_name = "Tran"
    clients.update_client(admin_session, minh.id, data, expected_version=minh.version)
    record.client_changed.emit(minh.id)

    assert window.tabs.tabText(1) == "Tran, Thị Minh"
    assert window.search_panel.results_model.rowCount() == 0


def test_deleted_client_tab_closes(window, minh, admin_session):
    window.open_client(minh.id)
    record = window.tabs.currentWidget()

    clients.delete_client(admin_session, minh.id, expected_version=minh.version)
    record.client_changed.emit(minh.id)

    assert window.tabs.count() == 1


def test_missing_client_shows_error(window, monkeypatch):
    shown = []
    monkeypatch.setattr(messages, "show_error", lambda *args, **kwargs: shown.append(args))

    window.open_client(999)

    assert window.tabs.count() == 1
    assert shown[0][2] == "Client 999 was not found. It may have been deleted."


def test_new_client_opens_its_tab(window, monkeypatch):
    FakeClientDialog.next_input = ClientInput("Ana", "Ortiz")

    def accept_dialog(dialog):
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(messages, "run_dialog", accept_dialog)
    window.new_client_action.trigger()

    assert window.tabs.count() == 2
    assert window.tabs.tabText(1) == "Ortiz, Ana"


def test_cancelled_new_client_opens_nothing(window, monkeypatch):
    monkeypatch.setattr(messages, "run_dialog", lambda dialog: QDialog.DialogCode.Rejected)

    window.search_panel.add_client_requested.emit()

    assert window.tabs.count() == 1


def test_ctrl_f_focuses_search_field(window, minh):
    window.open_client(minh.id)

    window.find_client_action.trigger()

    assert window.tabs.currentIndex() == 0
    assert window.focusWidget() is window.search_panel.ui.search_edit
    assert window.find_client_action.shortcut().toString() == "Ctrl+F"


def test_shortcuts(window):
    assert window.new_client_action.shortcut().toString() == "Ctrl+N"
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"


def test_case_manager_cannot_import(qtbot, admin_session):
    window = MainWindow(session_for(Role.CASE_MANAGER))
    qtbot.addWidget(window)

    assert not window.import_hmis_action.isEnabled()
    assert window.new_client_action.isEnabled()
    assert window.user_label.text() == "User: Someone Tester (Case Manager)"


def test_read_only_cannot_add_clients(qtbot, admin_session):
    window = MainWindow(session_for(Role.READ_ONLY))
    qtbot.addWidget(window)

    assert not window.new_client_action.isEnabled()
    assert not window.search_panel.ui.add_client_button.isEnabled()
    assert not window.import_hmis_action.isEnabled()


def test_administrator_can_import(window):
    assert window.import_hmis_action.isEnabled()


def test_switch_provider_updates_status_bar(qtbot, admin_session):
    family = Provider.create(name="Family Services")
    UserProvider.create(user=admin_session.user, provider=family)
    window = MainWindow(admin_session)
    qtbot.addWidget(window)
    family_action = next(
        action for action in window.provider_actions.actions() if action.data() == family.id
    )

    family_action.trigger()

    assert admin_session.provider.id == family.id
    assert window.provider_label.text() == "Provider: Family Services"
    assert family_action.isChecked()


def test_about_names_version(window, monkeypatch):
    shown = []
    monkeypatch.setattr(messages, "show_info", lambda *args: shown.append(args))

    window.about_action.trigger()

    assert shown[0][1] == "About CasePoint Desktop"
    assert f"CasePoint Desktop {__version__}" in shown[0][2]


def test_real_client_record_in_tab(qtbot, monkeypatch, window, minh, admin_session):
    monkeypatch.setattr(main_window, "ClientRecord", ClientRecord)

    window.open_client(minh.id)
    record = window.tabs.currentWidget()

    assert type(record).__name__ == "ClientRecord"
    assert record.client_id == minh.id
    assert window.client_tab_index(minh.id) == 1

    data = ClientInput.from_client(minh)
    data.first_name = "Minh"
    clients.update_client(admin_session, minh.id, data, expected_version=minh.version)
    record.client_changed.emit(minh.id)

    assert window.tabs.tabText(1) == "Nguyễn, Minh"


@pytest.mark.parametrize(
    ("first_name", "last_name"),
    [
        ("Ā" * 5000, "Lodge"),
        (" ".join(["Humbuggery"] * 7) + " Anne", "Featherstonehaugh" * 3 + "Lodge"),
    ],
    ids=["5000-character first name", "81 and 56 characters"],
)
def test_long_name_keeps_window_on_screen(qtbot, monkeypatch, admin_session, first_name, last_name):
    monkeypatch.setattr(main_window, "ClientRecord", ClientRecord)
    client = clients.create_client(admin_session, ClientInput(first_name, last_name))
    window = MainWindow(admin_session)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)

    window.open_client(client.id)
    QApplication.processEvents()

    assert window.width() <= 1366
    assert window.minimumSizeHint().width() <= 1366
    index = window.client_tab_index(client.id)
    assert len(window.tabs.tabText(index)) <= main_window.MAX_TAB_TITLE_LENGTH
    assert client.display_name in window.tabs.tabToolTip(index)
    assert window.tabs.elideMode() == Qt.TextElideMode.ElideRight
    record = window.tabs.widget(index)
    assert record.name_label.text() == client.display_name
    assert record.name_label.accessibleName() == client.display_name

    window.close_client_tab(index)
    QApplication.processEvents()

    assert window.width() <= 1366


def test_elided_header_name_in_tooltip(qtbot, admin_session):
    client = clients.create_client(admin_session, ClientInput("Ā" * 5000, "Lodge"))
    record = ClientRecord(admin_session, client.id)
    qtbot.addWidget(record)
    record.resize(1366, 700)
    record.show()
    qtbot.waitExposed(record)

    assert record.name_label.is_elided()
    assert record.name_label.toolTip() == client.display_name
    assert record.name_label.shown_text().endswith("…")


def test_tab_title_cut_to_max_length(window, admin_session):
    client = clients.create_client(admin_session, ClientInput("A" * 60, "Lodge"))

    window.open_client(client.id)

    title = window.tabs.tabText(window.client_tab_index(client.id))
    assert len(title) == main_window.MAX_TAB_TITLE_LENGTH
    assert title == "Lodge, " + "A" * (main_window.MAX_TAB_TITLE_LENGTH - 8) + "…"
