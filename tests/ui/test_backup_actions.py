"""Tests of backing up and restoring from the menu, and the database checks at start-up."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from casepoint_desktop.data import database
from casepoint_desktop.data.migrations import open_and_migrate
from casepoint_desktop.data.models import AgencySettings, AuditEntry, Client
from casepoint_desktop.services import backups, clients
from casepoint_desktop.services.clients import ClientInput
from casepoint_desktop.services.errors import PermissionDenied
from casepoint_desktop.services.session import Role, Session
from casepoint_desktop.ui import backup_actions, messages, start
from casepoint_desktop.ui.main_window import MainWindow
from tests.conftest import make_user
from tests.data.test_database import break_client_table


@pytest.fixture
def shown(monkeypatch):
    """Record every message and answer every question with Yes."""
    seen: dict[str, list] = {"info": [], "error": [], "asked": []}
    monkeypatch.setattr(
        messages, "show_info", lambda parent, title, text: seen["info"].append(text)
    )
    monkeypatch.setattr(
        messages, "show_error", lambda parent, title, text, details="": seen["error"].append(text)
    )

    def yes(parent, title, text, default_yes=False):
        seen["asked"].append(text)
        return True

    monkeypatch.setattr(messages, "ask_yes_no", yes)
    return seen


@pytest.fixture
def window(qtbot, admin_session) -> MainWindow:
    main_window = MainWindow(admin_session)
    qtbot.addWidget(main_window)
    return main_window


def add_client(session, first_name: str) -> None:
    clients.create_client(session, ClientInput(first_name, "Backup"))


def test_back_up_from_menu_writes_checked_copy(window, admin_session, shown, monkeypatch, tmp_path):
    add_client(admin_session, "Ana")
    destination = tmp_path / "friday.db"
    suggested = []

    def choose(parent, title, name, name_filter=""):
        suggested.append(name)
        return destination

    monkeypatch.setattr(messages, "choose_save_path", choose)

    window.back_up_action.trigger()

    assert suggested[0].startswith("casepoint-backup-")
    assert suggested[0].endswith(".db")
    assert backups.check_backup(destination).clients == 1
    assert "It contains 1 clients" in shown["info"][0]
    assert AuditEntry.get(AuditEntry.record_type == "database").action == "export"


def test_back_up_cancelled_writes_nothing(window, shown, monkeypatch, tmp_path):
    monkeypatch.setattr(messages, "choose_save_path", lambda *args: None)

    window.back_up_action.trigger()

    assert list(tmp_path.glob("*.db")) == [tmp_path / "casepoint.db"]
    assert shown["info"] == []


def test_backup_and_restore_only_for_administrators(qtbot, admin_session):
    reader = make_user("casey", Role.CASE_MANAGER)
    main_window = MainWindow(Session(reader, reader.home_provider))
    qtbot.addWidget(main_window)

    assert not main_window.back_up_action.isEnabled()
    assert not main_window.restore_action.isEnabled()
    with pytest.raises(PermissionDenied):
        backups.back_up(Path("never.db"), Session(reader, reader.home_provider))


def test_restore_from_menu_replaces_data_and_closes(
    window, admin_session, db_path, shown, monkeypatch, tmp_path
):
    add_client(admin_session, "Ana")
    backup = tmp_path / "monday.db"
    backups.back_up(backup)
    add_client(admin_session, "Ben")
    monkeypatch.setattr(messages, "choose_open_files", lambda *args: [backup])
    window.show()

    window.restore_action.trigger()

    assert window.restored and not window.isVisible()
    assert "contains 1 clients" in shown["asked"][0]
    assert "kept as" in shown["info"][0]
    connection = sqlite3.connect(str(db_path))
    assert connection.execute("SELECT first_name FROM client").fetchall() == [("Ana",)]
    connection.close()
    assert list(db_path.parent.glob("casepoint-before-restore-*.db"))


def test_restore_of_bad_file_changes_nothing(window, admin_session, shown, monkeypatch, tmp_path):
    add_client(admin_session, "Ana")
    junk = tmp_path / "junk.db"
    junk.write_text("not a database")
    monkeypatch.setattr(messages, "choose_open_files", lambda *args: [junk])

    window.restore_action.trigger()

    assert not window.restored
    assert "junk.db" in shown["error"][0]
    assert [client.first_name for client in Client.select()] == ["Ana"]


def log_in_as_admin(dialogs: list[QDialog]):
    """Return a run_dialog stub that presses Log In with the admin password and records."""

    def log_in(dialog: QDialog) -> int:
        dialogs.append(dialog)
        dialog.ui.password_edit.setText("correct horse battery")
        dialog.ui.button_box.accepted.emit()
        return dialog.result()

    return log_in


def test_damaged_database_found_at_log_in_offers_restore(
    admin_session, db_path, shown, monkeypatch, tmp_path, qapp
):
    for number in range(200):
        add_client(admin_session, f"Name{number}")
    backup = tmp_path / "good.db"
    backups.back_up(backup)
    database.close()
    break_client_table(db_path)
    dialogs: list[QDialog] = []
    monkeypatch.setattr(messages, "choose_open_files", lambda *args: [backup])
    monkeypatch.setattr(messages, "run_dialog", log_in_as_admin(dialogs))
    monkeypatch.setattr(start.QApplication, "exec", lambda *args: 0)

    assert start.run_gui(db_path, demo_credentials=("admin", "correct horse battery")) == 0

    # Asked: restore a backup, then confirm replacing the database.
    assert len(shown["asked"]) == 2
    assert "is damaged" in shown["asked"][0]
    # The first log-in was stopped by the check; the second, after the restore, went on.
    assert [dialog.result() for dialog in dialogs] == [
        QDialog.DialogCode.Rejected,
        QDialog.DialogCode.Accepted,
    ]
    open_and_migrate(db_path)
    assert Client.select().count() == 200
    database.close()


def test_damaged_database_declined_at_log_in_writes_nothing(
    admin_session, db_path, monkeypatch, qapp
):
    for number in range(200):
        add_client(admin_session, f"Name{number}")
    database.close()
    break_client_table(db_path)
    before = db_path.read_bytes()
    monkeypatch.setattr(messages, "ask_yes_no", lambda *args, **kwargs: False)
    monkeypatch.setattr(messages, "run_dialog", log_in_as_admin([]))

    assert start.run_gui(db_path, demo_credentials=("admin", "correct horse battery")) == 1

    # Opening may switch the journal mode in the file header; no page beyond it changes.
    assert db_path.read_bytes()[100:] == before[100:]


def test_network_share_warned_at_start(admin_session, db_path, shown, monkeypatch, qapp):
    database.close()
    monkeypatch.setattr(database, "network_file_system", lambda path: "cifs")

    assert start.open_database(db_path)

    assert "network share (cifs)" in shown["error"][0]
    assert "one PC at a time" in shown["error"][0]
    database.close()


def test_backup_on_exit_follows_agency_setting(admin_session, db_path):
    assert backup_actions.back_up_on_exit(db_path) is None

    AgencySettings.update(backup_on_exit=True, backups_kept=2).execute()
    made = [backup_actions.back_up_on_exit(db_path) for _ in range(3)]

    assert all(made)
    assert backups.automatic_backups(db_path) == [made[2], made[1]]


def test_run_gui_backs_up_on_exit(admin_session, db_path, monkeypatch, qapp):
    AgencySettings.update(backup_on_exit=True).execute()
    database.close()

    def log_in(dialog: QDialog) -> int:
        dialog.ui.password_edit.setText("correct horse battery")
        dialog.ui.button_box.accepted.emit()
        return dialog.result()

    monkeypatch.setattr(messages, "run_dialog", log_in)
    monkeypatch.setattr(start.QApplication, "exec", lambda *args: 0)

    assert start.run_gui(db_path, demo_credentials=("admin", "correct horse battery")) == 0

    assert len(backups.automatic_backups(db_path)) == 1
