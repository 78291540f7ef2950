"""Tests of the Lists tab of the administration window."""

from __future__ import annotations

import pytest

from casepoint_desktop.data.lists import GoalClassification, GoalOutcome, GoalType, ServiceType
from casepoint_desktop.services import agency
from casepoint_desktop.ui import messages
from casepoint_desktop.ui.admin.admin_models import ENTRY_STATUS_COLUMN, ENTRY_USAGE_COLUMN
from casepoint_desktop.ui.admin.lists_tab import ListsTab
from tests.ui.admin.admin_helpers import run_dialogs_with
from tests.ui.goal_helpers import make_goal
from tests.ui.record_helpers import RecordedAnswers, RecordedMessages, make_client, type_text


@pytest.fixture
def tab(qtbot, admin_session):
    widget = ListsTab(admin_session)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def entry_names(tab: ListsTab) -> list[str]:
    return [tab.model.index(row, 0).data() for row in range(tab.model.rowCount())]


def select_entry(tab: ListsTab, name: str) -> None:
    tab.view.selectRow(entry_names(tab).index(name))


def test_list_chooser_has_every_list(tab):
    titles = [tab.list_combo.itemText(index) for index in range(tab.list_combo.count())]
    assert titles == [kind.title for kind in agency.LIST_KINDS.values()]


def test_goal_types_follow_classification(tab):
    assert not tab.classification_combo.isVisible()
    tab.choose_list("goal_type")
    assert tab.classification_combo.isVisible()

    housing = GoalClassification.get(GoalClassification.name == "Housing")
    tab.classification_combo.setCurrentIndex(tab.classification_combo.findData(housing.id))

    expected = [entry.name for entry in agency.list_entries("goal_type", housing.id)]
    assert entry_names(tab) == expected
    assert "Maintain housing" in expected


def test_usage_count_shown(tab, admin_session):
    make_goal(admin_session, make_client(admin_session, "Ana", "Reyes"))
    tab.choose_list("goal_type")
    housing = GoalClassification.get(GoalClassification.name == "Housing")
    tab.classification_combo.setCurrentIndex(tab.classification_combo.findData(housing.id))

    row = entry_names(tab).index("Maintain housing")
    assert tab.model.index(row, ENTRY_USAGE_COLUMN).data() == "1 record"
    row = entry_names(tab).index("Resolve eviction")
    assert tab.model.index(row, ENTRY_USAGE_COLUMN).data() == "0 records"


def test_add_entry(tab, monkeypatch):
    tab.choose_list("service_type")

    def fill(dialog):
        type_text(dialog.name_edit, "Ayuda económica")
        dialog.button_box.accepted.emit()

    run_dialogs_with(monkeypatch, fill)
    tab.add_button.click()

    assert entry_names(tab)[-1] == "Ayuda económica"
    assert tab.selected_entry().name == "Ayuda económica"
    assert ServiceType.get(ServiceType.name == "Ayuda económica")


def test_add_outcome_with_flags(tab, monkeypatch):
    tab.choose_list("goal_outcome")

    def fill(dialog):
        dialog.name_edit.setText("Mostly Achieved")
        dialog.flag_checks["is_partial"].setChecked(True)
        dialog.button_box.accepted.emit()

    run_dialogs_with(monkeypatch, fill)
    tab.add_button.click()

    outcome = GoalOutcome.get(GoalOutcome.name == "Mostly Achieved")
    assert outcome.is_partial
    assert not outcome.is_achieved


def test_add_goal_type_to_chosen_classification(tab, monkeypatch):
    tab.choose_list("goal_type")
    legal = GoalClassification.get(GoalClassification.name == "Legal")
    tab.classification_combo.setCurrentIndex(tab.classification_combo.findData(legal.id))

    def fill(dialog):
        dialog.name_edit.setText("Expunge record")
        dialog.button_box.accepted.emit()

    run_dialogs_with(monkeypatch, fill)
    tab.add_button.click()

    assert GoalType.get(GoalType.name == "Expunge record").classification_id == legal.id


def test_duplicate_name_shows_message_in_dialog(tab, monkeypatch):
    tab.choose_list("goal_classification")
    messages_seen = []

    def fill(dialog):
        dialog.name_edit.setText("housing")
        dialog.button_box.accepted.emit()
        messages_seen.append(dialog.field_errors.message("name"))

    run_dialogs_with(monkeypatch, fill)
    tab.add_button.click()

    assert messages_seen == ["“housing” is already in the list."]


def test_rename_entry(tab, monkeypatch):
    tab.choose_list("goal_classification")
    select_entry(tab, "Legal")

    def fill(dialog):
        assert dialog.name_edit.text() == "Legal"
        dialog.name_edit.setText("Legal Matters")
        dialog.button_box.accepted.emit()

    run_dialogs_with(monkeypatch, fill)
    tab.rename_button.click()

    assert "Legal Matters" in entry_names(tab)
    assert tab.selected_entry().name == "Legal Matters"


def test_retire_and_restore(tab):
    tab.choose_list("service_type")
    name = entry_names(tab)[0]
    select_entry(tab, name)

    tab.retire_button.click()

    assert ServiceType.get(ServiceType.name == name).retired
    assert tab.model.index(0, ENTRY_STATUS_COLUMN).data() == "Retired"
    assert tab.retire_button.text() == "Rest&ore"
    tab.retire_button.click()
    assert not ServiceType.get(ServiceType.name == name).retired


def test_delete_unused_entry(tab, monkeypatch):
    monkeypatch.setattr(messages, "ask_yes_no", RecordedAnswers(True))
    tab.choose_list("service_type")
    name = entry_names(tab)[0]
    select_entry(tab, name)

    tab.delete_button.click()

    assert name not in entry_names(tab)


def test_delete_entry_in_use_suggests_retire(tab, monkeypatch, admin_session):
    make_goal(admin_session, make_client(admin_session, "Ana", "Reyes"))
    monkeypatch.setattr(messages, "ask_yes_no", RecordedAnswers(True))
    shown = RecordedMessages()
    monkeypatch.setattr(messages, "show_service_error", shown)
    tab.choose_list("goal_classification")
    select_entry(tab, "Housing")

    tab.delete_button.click()

    assert "Housing" in entry_names(tab)
    title, text = shown.shown[0]
    assert title == "Delete List Entry"
    assert "Retire it instead" in text


def test_move_up_and_down(tab):
    tab.choose_list("goal_classification")
    before = entry_names(tab)
    select_entry(tab, before[1])
    assert tab.up_button.isEnabled()

    tab.up_button.click()

    assert entry_names(tab)[:2] == [before[1], before[0]]
    assert tab.selected_entry().name == before[1]
    assert not tab.up_button.isEnabled()
    tab.down_button.click()
    assert entry_names(tab) == before
