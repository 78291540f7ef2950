"""Household section and Add Household Member dialog: add, make head, relationship, remove."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog

from casepoint_desktop.data.models import HouseholdMember, Relationship
from casepoint_desktop.services import households
from casepoint_desktop.services.session import Role
from casepoint_desktop.ui import messages
from casepoint_desktop.ui.dialogs.household_member_dialog import HouseholdMemberDialog
from casepoint_desktop.ui.models.household_model import (
    NAME_COLUMN,
    RELATIONSHIP_COLUMN,
)
from casepoint_desktop.ui.widgets.household_section import NO_HOUSEHOLD_TEXT, HouseholdSection
from tests.conftest import make_user
from tests.ui.record_helpers import RecordedAnswers, RecordedMessages, make_client, type_text


@pytest.fixture
def client(admin_session):
    return make_client(admin_session, "Nguyễn Thị", "Hương", date(1984, 2, 29))


@pytest.fixture
def child(admin_session):
    return make_client(admin_session, "Αλέξανδρος", "Παπαδόπουλος", date(2011, 9, 3))


@pytest.fixture
def partner(admin_session):
    return make_client(admin_session, "Дмитрий", "Соколов", date(1980, 1, 15))


def relationship(hmis_code: int) -> Relationship:
    return Relationship.get(Relationship.hmis_code == hmis_code)


def open_section(qtbot, session, client_id) -> HouseholdSection:
    section = HouseholdSection(session, client_id)
    qtbot.addWidget(section)
    section.show()
    qtbot.waitExposed(section)
    return section


def open_dialog(qtbot, session, client_id) -> HouseholdMemberDialog:
    dialog = HouseholdMemberDialog(session, client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def choose_relationship(dialog: HouseholdMemberDialog, name: str) -> None:
    combo = dialog.ui.relationship_combo
    combo.setCurrentIndex(combo.findText(name))


def shown_names(section: HouseholdSection) -> list[str]:
    model = section.model
    return [model.index(row, NAME_COLUMN).data() for row in range(model.rowCount())]


def select_member(section: HouseholdSection, client_id: int) -> None:
    for row in range(section.model.rowCount()):
        if section.model.member_at(row).client_id == client_id:
            section.ui.household_view.selectRow(row)
            return
    raise AssertionError(f"client {client_id} is not in the household list")


def test_dialog_finds_client_by_typed_name(qtbot, admin_session, client, child):
    dialog = open_dialog(qtbot, admin_session, client.id)

    type_text(dialog.ui.search_edit, "αλεξ")

    assert dialog.ui.results_view.rowCount() == 1
    assert dialog.ui.results_view.item(0, 1).text() == "Αλέξανδρος Παπαδόπουλος"
    assert dialog.selected_client_id() == child.id
    assert dialog.ui.results_status_label.text() == "1 client found."


def test_dialog_leaves_out_client_and_members(qtbot, admin_session, client, child):
    households.add_member(admin_session, client.id, child.id, relationship(2))
    other = make_client(admin_session, "Ana", "Hương")
    dialog = open_dialog(qtbot, admin_session, client.id)

    dialog.ui.search_edit.setText("hương")

    assert dialog.ui.results_view.rowCount() == 1
    assert dialog.selected_client_id() == other.id
    assert "Not listed: 1 " in dialog.ui.results_status_label.text()


def test_dialog_no_match_message(qtbot, admin_session, client):
    dialog = open_dialog(qtbot, admin_session, client.id)

    dialog.ui.search_edit.setText("zzzz")

    assert dialog.ui.results_view.rowCount() == 0
    assert dialog.ui.results_status_label.text().startswith("No client found.")


def test_dialog_offers_no_self_relationship(qtbot, admin_session, client):
    dialog = open_dialog(qtbot, admin_session, client.id)
    combo = dialog.ui.relationship_combo
    names = [combo.itemText(index) for index in range(combo.count())]

    assert "Self (head of household)" not in names
    assert "Child" in names
    assert combo.currentIndex() == -1


def test_dialog_requires_client_and_relationship(qtbot, admin_session, client):
    dialog = open_dialog(qtbot, admin_session, client.id)

    dialog.accept()

    assert dialog.ui.client_error_label.text() == "Find the client and select them in the list."
    assert dialog.ui.relationship_error_label.text() == (
        "Choose the relationship to the head of household."
    )
    assert dialog.isVisible()
    assert HouseholdMember.select().count() == 0


def test_dialog_down_key_moves_to_results(qtbot, admin_session, client, child, partner):
    dialog = open_dialog(qtbot, admin_session, client.id)
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    dialog.ui.search_edit.setFocus()
    type_text(dialog.ui.search_edit, "с")  # Cyrillic, matches "Соколов"

    qtbot.keyClick(dialog.ui.search_edit, Qt.Key.Key_Down)

    assert dialog.ui.results_view.hasFocus()
    assert dialog.selected_client_id() == partner.id
    assert dialog.isVisible()


def test_dialog_starts_household_with_client_head(qtbot, admin_session, client, child):
    dialog = open_dialog(qtbot, admin_session, client.id)
    assert "no household yet" in dialog.ui.intro_label.text()
    dialog.ui.search_edit.setText(str(child.id))
    choose_relationship(dialog, "Child")

    dialog.accept()

    assert dialog.result() == QDialog.DialogCode.Accepted
    head = households.current_membership(client.id)
    member = HouseholdMember.get_by_id(dialog.saved_member_id)
    assert head.is_head
    assert member.client_id == child.id
    assert member.household_id == head.household_id
    assert member.relationship.name == "Child"


def test_section_empty_household_hint(qtbot, admin_session, client):
    section = open_section(qtbot, admin_session, client.id)

    assert section.model.rowCount() == 0
    assert section.ui.empty_label.isVisible()
    assert section.ui.empty_label.text() == NO_HOUSEHOLD_TEXT
    assert section.ui.add_member_button.isEnabled()
    assert not section.ui.make_head_button.isEnabled()
    assert not section.ui.remove_member_button.isEnabled()


def test_section_add_member(qtbot, admin_session, client, child, monkeypatch):
    def fill_and_accept(dialog):
        dialog.ui.search_edit.setText("Παπαδόπουλος")
        choose_relationship(dialog, "Child")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(messages, "run_dialog", fill_and_accept)
    section = open_section(qtbot, admin_session, client.id)

    with qtbot.waitSignal(section.household_changed):
        qtbot.mouseClick(section.ui.add_member_button, Qt.MouseButton.LeftButton)

    assert shown_names(section) == [
        "Nguyễn Thị Hương (this client)",
        "Αλέξανδρος Παπαδόπουλος",
    ]
    assert section.model.index(1, RELATIONSHIP_COLUMN).data() == "Child"
    assert section.selected_member().client_id == child.id
    assert not section.ui.empty_label.isVisible()


def test_section_add_cancelled_changes_nothing(qtbot, admin_session, client, monkeypatch):
    monkeypatch.setattr(messages, "run_dialog", lambda dialog: QDialog.DialogCode.Rejected)
    section = open_section(qtbot, admin_session, client.id)

    qtbot.mouseClick(section.ui.add_member_button, Qt.MouseButton.LeftButton)

    assert section.model.rowCount() == 0
    assert HouseholdMember.select().count() == 0


def test_section_make_head(qtbot, admin_session, client, child, partner):
    households.add_member(admin_session, client.id, child.id, relationship(2))
    households.add_member(admin_session, client.id, partner.id, relationship(3))
    section = open_section(qtbot, admin_session, client.id)
    select_member(section, partner.id)
    assert section.ui.make_head_button.isEnabled()

    with qtbot.waitSignal(section.household_changed):
        qtbot.mouseClick(section.ui.make_head_button, Qt.MouseButton.LeftButton)

    new_head = households.current_membership(partner.id)
    former_head = households.current_membership(client.id)
    assert new_head.is_head
    assert not former_head.is_head
    assert shown_names(section)[0] == "Дмитрий Соколов"
    assert section.selected_member().client_id == partner.id
    assert not section.ui.make_head_button.isEnabled()


def test_section_change_relationship(qtbot, admin_session, client, child, monkeypatch):
    households.add_member(admin_session, client.id, child.id, relationship(2))
    offered = []

    def choose_other_relative(dialog):
        assert isinstance(dialog, QInputDialog)
        offered.extend(dialog.comboBoxItems())
        assert dialog.textValue() == "Child"
        dialog.setTextValue("Other relative")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(messages, "run_dialog", choose_other_relative)
    section = open_section(qtbot, admin_session, client.id)
    select_member(section, child.id)

    qtbot.mouseClick(section.ui.change_relationship_button, Qt.MouseButton.LeftButton)

    assert "Self (head of household)" not in offered
    assert households.current_membership(child.id).relationship.name == "Other relative"
    assert section.model.index(1, RELATIONSHIP_COLUMN).data() == "Other relative"


def test_section_change_relationship_cancelled(qtbot, admin_session, client, child, monkeypatch):
    households.add_member(admin_session, client.id, child.id, relationship(2))
    monkeypatch.setattr(messages, "run_dialog", lambda dialog: QDialog.DialogCode.Rejected)
    section = open_section(qtbot, admin_session, client.id)
    select_member(section, child.id)

    qtbot.mouseClick(section.ui.change_relationship_button, Qt.MouseButton.LeftButton)

    assert households.current_membership(child.id).relationship.name == "Child"


def test_section_head_relationship_not_changeable(qtbot, admin_session, client, child):
    households.add_member(admin_session, client.id, child.id, relationship(2))
    section = open_section(qtbot, admin_session, client.id)

    select_member(section, client.id)

    assert not section.ui.change_relationship_button.isEnabled()
    assert not section.ui.make_head_button.isEnabled()
    assert section.ui.remove_member_button.isEnabled()


def test_section_remove_asks_first(qtbot, admin_session, client, child, monkeypatch):
    households.add_member(admin_session, client.id, child.id, relationship(2))
    answers = RecordedAnswers(False)
    monkeypatch.setattr(messages, "ask_yes_no", answers)
    section = open_section(qtbot, admin_session, client.id)
    select_member(section, child.id)

    qtbot.mouseClick(section.ui.remove_member_button, Qt.MouseButton.LeftButton)

    assert len(answers.questions) == 1
    assert "Αλέξανδρος Παπαδόπουλος" in answers.questions[0][1]
    assert households.current_membership(child.id) is not None
    assert section.model.rowCount() == 2

    answers.answer = True
    with qtbot.waitSignal(section.household_changed):
        qtbot.mouseClick(section.ui.remove_member_button, Qt.MouseButton.LeftButton)

    assert households.current_membership(child.id) is None
    assert HouseholdMember.get(HouseholdMember.client == child.id).date_left == date.today()
    assert shown_names(section) == ["Nguyễn Thị Hương (this client)"]


def test_section_remove_head_shows_error(qtbot, admin_session, client, child, monkeypatch):
    households.add_member(admin_session, client.id, child.id, relationship(2))
    monkeypatch.setattr(messages, "ask_yes_no", RecordedAnswers(True))
    errors_shown = RecordedMessages()
    monkeypatch.setattr(messages, "show_service_error", errors_shown)
    section = open_section(qtbot, admin_session, client.id)
    select_member(section, client.id)

    qtbot.mouseClick(section.ui.remove_member_button, Qt.MouseButton.LeftButton)

    assert [title for title, _ in errors_shown.shown] == ["Member Not Removed"]
    assert "Choose another head" in errors_shown.shown[0][1]
    assert households.current_membership(client.id).is_head


def test_section_read_only_user_buttons_disabled(qtbot, admin_session, client, child):
    households.add_member(admin_session, client.id, child.id, relationship(2))
    admin_session.user = make_user("reader", Role.READ_ONLY)
    section = open_section(qtbot, admin_session, client.id)
    select_member(section, child.id)

    assert not section.ui.add_member_button.isEnabled()
    assert not section.ui.make_head_button.isEnabled()
    assert not section.ui.change_relationship_button.isEnabled()
    assert not section.ui.remove_member_button.isEnabled()


def test_section_view_has_accessible_name(qtbot, admin_session, client):
    section = open_section(qtbot, admin_session, client.id)

    assert section.ui.household_view.accessibleName() == "Household members"
