"""Tests of the Users tab and the user dialog of the administration window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel

from casepoint_desktop.data.models import Provider, User
from casepoint_desktop.services import auth, users
from casepoint_desktop.services.session import Role
from casepoint_desktop.ui import messages
from casepoint_desktop.ui.admin.password_dialogs import ResetPasswordDialog
from casepoint_desktop.ui.admin.user_dialog import PASSWORDS_DIFFER, UserDialog
from casepoint_desktop.ui.admin.users_tab import UsersTab
from tests.conftest import ADMIN_PASSWORD, make_user
from tests.ui.admin.admin_helpers import run_dialogs_with
from tests.ui.record_helpers import RecordedAnswers, RecordedMessages, type_text

NEW_PASSWORD = "a brand new passphrase"


@pytest.fixture
def tab(qtbot, admin_session):
    make_user("casey")
    widget = UsersTab(admin_session)
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def eastgate(admin_session):
    return users.create_provider(admin_session, "Eastgate Outreach")


def listed_usernames(tab: UsersTab) -> list[str]:
    return [tab.model.index(row, 0).data() for row in range(tab.model.rowCount())]


def select_user(tab: UsersTab, username: str) -> None:
    tab.view.selectRow(listed_usernames(tab).index(username))


def fill_new_user(dialog: UserDialog) -> None:
    dialog.username_edit.setText("Minh")
    type_text(dialog.first_name_edit, "Thị Minh")
    type_text(dialog.last_name_edit, "Nguyễn")
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(Role.SUPERVISOR.value))
    dialog.home_provider_combo.setCurrentIndex(1)
    dialog.password_edit.setText(NEW_PASSWORD)
    dialog.password_confirmation_edit.setText(NEW_PASSWORD)


def test_tab_lists_active_users(tab):
    assert listed_usernames(tab) == ["admin", "casey"]


def test_buttons_need_selection(tab):
    assert not tab.edit_button.isEnabled()
    assert not tab.reset_password_button.isEnabled()
    select_user(tab, "casey")
    assert tab.edit_button.isEnabled()
    assert tab.active_button.text() == "&Deactivate"


def test_add_user(tab, monkeypatch, eastgate):
    def fill(dialog):
        fill_new_user(dialog)
        dialog.set_eda_provider_ids([eastgate.id])
        dialog.button_box.accepted.emit()

    run_dialogs_with(monkeypatch, fill)

    tab.add_button.click()

    user = User.get(User.username == "minh")
    assert user.full_name == "Thị Minh Nguyễn"
    assert user.role == Role.SUPERVISOR.value
    assert user.must_change_password
    assert users.UserInput.from_user(user).eda_provider_ids == [eastgate.id]
    assert "minh" in listed_usernames(tab)
    assert tab.selected_user().id == user.id


def test_user_dialog_shows_errors_next_to_fields(qtbot, admin_session):
    dialog = UserDialog(admin_session)
    qtbot.addWidget(dialog)
    dialog.home_provider_combo.setCurrentIndex(0)
    dialog.password_edit.setText("short")
    dialog.password_confirmation_edit.setText("short")

    dialog.button_box.accepted.emit()

    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "required" in dialog.field_errors.message("first_name")
    assert dialog.field_errors.message("home_provider_id") == "Choose the home provider."
    assert "at least 10" in dialog.field_errors.message("password")
    assert not User.select().where(User.username == "").exists()


def test_user_dialog_passwords_differ(qtbot, admin_session):
    dialog = UserDialog(admin_session)
    qtbot.addWidget(dialog)
    fill_new_user(dialog)
    dialog.password_confirmation_edit.setText("something else entirely")

    dialog.button_box.accepted.emit()

    assert dialog.field_errors.message("password_confirmation") == PASSWORDS_DIFFER
    assert dialog.field_errors.message("first_name") == ""
    assert not User.select().where(User.username == "minh").exists()


def test_user_dialog_taken_name(qtbot, admin_session):
    dialog = UserDialog(admin_session)
    qtbot.addWidget(dialog)
    fill_new_user(dialog)
    dialog.username_edit.setText("ADMIN")

    dialog.button_box.accepted.emit()

    assert "already taken" in dialog.field_errors.message("username")


def test_edit_user_has_no_password_fields(qtbot, admin_session):
    casey = make_user("casey")
    dialog = UserDialog(admin_session, casey)
    qtbot.addWidget(dialog)
    dialog.show()

    assert dialog.username_edit.text() == "casey"
    assert dialog.role_combo.currentData() == Role.CASE_MANAGER.value
    assert not dialog.password_edit.isVisible()


def test_edit_user_changes_role(tab, monkeypatch):
    def fill(dialog):
        dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(Role.READ_ONLY.value))
        dialog.button_box.accepted.emit()

    run_dialogs_with(monkeypatch, fill)
    select_user(tab, "casey")

    tab.edit_button.click()

    assert User.get(User.username == "casey").role == Role.READ_ONLY.value


def test_deactivate_asks_then_hides_user(tab, monkeypatch):
    answers = RecordedAnswers(True)
    monkeypatch.setattr(messages, "ask_yes_no", answers)
    select_user(tab, "casey")

    tab.active_button.click()

    assert not User.get(User.username == "casey").active
    assert answers.questions[0][0] == "Deactivate User"
    assert listed_usernames(tab) == ["admin"]


def test_deactivate_declined(tab, monkeypatch):
    monkeypatch.setattr(messages, "ask_yes_no", RecordedAnswers(False))
    select_user(tab, "casey")
    tab.active_button.click()
    assert User.get(User.username == "casey").active


def test_show_inactive_and_activate(tab):
    User.update(active=False).where(User.username == "casey").execute()
    tab.reload()
    assert listed_usernames(tab) == ["admin"]

    tab.show_inactive_check.setChecked(True)
    select_user(tab, "casey")
    assert tab.active_button.text() == "Ac&tivate"
    tab.active_button.click()

    assert User.get(User.username == "casey").active


def test_deactivating_yourself_shows_message(tab, monkeypatch):
    monkeypatch.setattr(messages, "ask_yes_no", RecordedAnswers(True))
    shown = RecordedMessages()
    monkeypatch.setattr(messages, "show_service_error", shown)
    select_user(tab, "admin")

    tab.active_button.click()

    assert shown.shown == [("Deactivate User", "active: You cannot deactivate your own account.")]
    assert User.get(User.username == "admin").active


def test_reset_password(tab, monkeypatch):
    infos = []
    monkeypatch.setattr(messages, "show_info", lambda *args: infos.append(args[2]))

    def fill(dialog):
        assert isinstance(dialog, ResetPasswordDialog)
        dialog.password_edit.setText(NEW_PASSWORD)
        dialog.password_confirmation_edit.setText(NEW_PASSWORD)
        dialog.button_box.accepted.emit()

    run_dialogs_with(monkeypatch, fill)
    select_user(tab, "casey")

    tab.reset_password_button.click()

    session = auth.log_in("casey", NEW_PASSWORD)
    assert session.user.must_change_password
    assert "must choose a new password" in infos[0]
    row = listed_usernames(tab).index("casey")
    assert tab.model.index(row, 5).data() == "Yes"


def test_reset_password_mismatch_keeps_old(qtbot, admin_session):
    casey = make_user("casey")
    dialog = ResetPasswordDialog(admin_session, casey)
    qtbot.addWidget(dialog)
    dialog.password_edit.setText(NEW_PASSWORD)
    dialog.password_confirmation_edit.setText(NEW_PASSWORD + "!")

    dialog.button_box.accepted.emit()

    assert "not the same" in dialog.field_errors.message("password_confirmation")
    assert auth.log_in("casey", ADMIN_PASSWORD)


def test_user_dialog_labels_have_buddies(qtbot, admin_session):
    dialog = UserDialog(admin_session)
    qtbot.addWidget(dialog)
    labelled = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy()}
    for field in (
        dialog.username_edit,
        dialog.first_name_edit,
        dialog.last_name_edit,
        dialog.role_combo,
        dialog.home_provider_combo,
        dialog.eda_list,
        dialog.email_edit,
        dialog.phone_edit,
        dialog.password_edit,
        dialog.password_confirmation_edit,
    ):
        assert field in labelled, field.objectName()


def test_eda_list_items_checkable(qtbot, admin_session, eastgate):
    dialog = UserDialog(admin_session)
    qtbot.addWidget(dialog)
    names = [dialog.eda_list.item(row).text() for row in range(dialog.eda_list.count())]
    assert names == ["Downtown Shelter", "Eastgate Outreach"]
    item = dialog.eda_list.item(1)
    assert item.flags() & Qt.ItemFlag.ItemIsUserCheckable
    item.setCheckState(Qt.CheckState.Checked)
    assert dialog.eda_provider_ids() == [eastgate.id]
    assert Provider.select().count() == 2


def test_home_provider_disabled_in_eda_list(qtbot, admin_session, eastgate):
    dialog = UserDialog(admin_session)
    qtbot.addWidget(dialog)
    dialog.home_provider_combo.setCurrentIndex(dialog.home_provider_combo.findData(eastgate.id))
    eastgate_item = dialog.eda_list.item(1)
    downtown_item = dialog.eda_list.item(0)

    assert not eastgate_item.flags() & Qt.ItemFlag.ItemIsEnabled
    assert downtown_item.flags() & Qt.ItemFlag.ItemIsEnabled

    downtown_item.setCheckState(Qt.CheckState.Checked)
    dialog.home_provider_combo.setCurrentIndex(dialog.home_provider_combo.findData(1))
    assert not downtown_item.flags() & Qt.ItemFlag.ItemIsEnabled
    assert downtown_item.checkState() == Qt.CheckState.Unchecked
    assert eastgate_item.flags() & Qt.ItemFlag.ItemIsEnabled
