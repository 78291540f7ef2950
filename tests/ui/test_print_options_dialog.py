"""The print options dialogs: defaults, every option in `options`, messages next to fields."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from casepoint_desktop.data.models import Provider
from casepoint_desktop.printing.options import (
    CasePlanOptions,
    ClientNotesOptions,
    DateRange,
    GoalDetailsOptions,
)
from casepoint_desktop.services import notes
from casepoint_desktop.services.session import Session
from casepoint_desktop.ui.dialogs.print_options_dialog import (
    END_REQUIRED_MESSAGE,
    NO_PROVIDER_MESSAGE,
    PREVIEW_BUTTON_TEXT,
    START_REQUIRED_MESSAGE,
    CasePlanPrintDialog,
    ClientNotesPrintDialog,
    GoalDetailsPrintDialog,
    note_provider_entries,
)
from tests.ui.goal_helpers import make_goal
from tests.ui.record_helpers import make_client

MARCH_1 = date(2026, 3, 1)
MARCH_31 = date(2026, 3, 31)


@pytest.fixture
def client(admin_session):
    return make_client(admin_session, "Nguyễn Thị", "Hương", date(1990, 7, 24))


@pytest.fixture
def uptown(admin_session) -> Provider:
    return Provider.create(name="Uptown Outreach")


def show(qtbot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def notes_dialog(qtbot, session: Session, client_id: int) -> ClientNotesPrintDialog:
    return show(qtbot, ClientNotesPrintDialog(session, client_id))


def set_range(dialog, start_text: str, end_text: str) -> None:
    dialog.ui.date_range_radio.setChecked(True)
    dialog.ui.start_date_edit.set_text(start_text)
    dialog.ui.end_date_edit.set_text(end_text)


# Client notes


def test_notes_defaults_print_everything(qtbot, admin_session, client):
    dialog = notes_dialog(qtbot, admin_session, client.id)

    dialog.accept()

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.options == ClientNotesOptions(client.id, None, None)


def test_notes_dialog_layout(qtbot, admin_session, client):
    dialog = notes_dialog(qtbot, admin_session, client.id)
    ui = dialog.ui
    preview_button = ui.button_box.button(QDialogButtonBox.StandardButton.Ok)

    assert dialog.windowTitle() == "Print Client Notes — Nguyễn Thị Hương"
    assert preview_button.text() == PREVIEW_BUTTON_TEXT
    assert preview_button.isDefault()
    assert ui.start_date_label.buddy() is ui.start_date_edit
    assert ui.end_date_label.buddy() is ui.end_date_edit
    assert ui.all_dates_radio.nextInFocusChain() is ui.date_range_radio
    assert not ui.start_date_edit.isEnabled()
    assert not ui.end_date_edit.isEnabled()
    assert not ui.providers_list.isEnabled()


def test_notes_range_enables_dates(qtbot, admin_session, client):
    dialog = notes_dialog(qtbot, admin_session, client.id)

    dialog.ui.date_range_radio.setChecked(True)
    assert dialog.ui.start_date_edit.isEnabled()
    assert dialog.ui.end_date_edit.isEnabled()

    dialog.ui.all_dates_radio.setChecked(True)
    assert not dialog.ui.start_date_edit.isEnabled()


def test_notes_range_reaches_options(qtbot, admin_session, client):
    dialog = notes_dialog(qtbot, admin_session, client.id)
    set_range(dialog, "2026-03-01", "2026-03-31")

    dialog.accept()

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.options.date_range == DateRange(MARCH_1, MARCH_31)


@pytest.mark.parametrize(
    ("start_text", "end_text", "start_message", "end_message"),
    [
        ("", "", START_REQUIRED_MESSAGE, END_REQUIRED_MESSAGE),
        ("2026-03-01", "", "", END_REQUIRED_MESSAGE),
        ("", "2026-03-31", START_REQUIRED_MESSAGE, ""),
        (
            "2026-02-30",
            "2026-03-31",
            "2026-02-30 is not a date in the calendar. Enter the start date as YYYY-MM-DD.",
            "",
        ),
        (
            "2026-03-31",
            "2026-03-01",
            "",
            "The end date 2026-03-01 is before the start date 2026-03-31. "
            "Enter an end date on or after the start date.",
        ),
    ],
)
def test_notes_range_messages(
    qtbot, admin_session, client, start_text, end_text, start_message, end_message
):
    dialog = notes_dialog(qtbot, admin_session, client.id)
    set_range(dialog, start_text, end_text)

    dialog.accept()

    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.isVisible()
    assert dialog.options is None
    assert dialog.field_errors.message("start_date") == start_message
    assert dialog.field_errors.message("end_date") == end_message
    assert dialog.ui.start_date_error_label.isVisible() == bool(start_message)
    assert dialog.ui.end_date_error_label.isVisible() == bool(end_message)


def test_notes_provider_list_counts(qtbot, admin_session, client, uptown):
    notes.create_note(admin_session, client, MARCH_1, "Met at the shelter.")
    notes.create_note(admin_session, client, MARCH_31, "Called the landlord.")

    entries = note_provider_entries(client.id)

    assert entries == [
        ("Downtown Shelter", admin_session.provider.id, 2),
        ("Uptown Outreach", uptown.id, 0),
    ]
    dialog = notes_dialog(qtbot, admin_session, client.id)
    texts = [dialog.ui.providers_list.item(row).text() for row in range(2)]
    assert texts == ["Downtown Shelter (2 notes)", "Uptown Outreach (0 notes)"]


def test_notes_inactive_provider_listed_only_with_notes(qtbot, admin_session, client, uptown):
    uptown.active = False
    uptown.save()

    assert [entry[0] for entry in note_provider_entries(client.id)] == ["Downtown Shelter"]


def test_notes_chosen_providers_reach_options(qtbot, admin_session, client, uptown):
    dialog = notes_dialog(qtbot, admin_session, client.id)
    dialog.ui.chosen_providers_radio.setChecked(True)
    assert dialog.ui.providers_list.isEnabled()
    # The session's provider is checked at first.
    assert dialog.checked_provider_ids() == (admin_session.provider.id,)

    dialog.set_provider_checked(uptown.id, True)
    dialog.accept()

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.options.provider_ids == (admin_session.provider.id, uptown.id)


def test_notes_no_provider_chosen_message(qtbot, admin_session, client):
    dialog = notes_dialog(qtbot, admin_session, client.id)
    dialog.ui.chosen_providers_radio.setChecked(True)
    dialog.set_provider_checked(admin_session.provider.id, False)

    dialog.accept()

    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.field_errors.message("providers") == NO_PROVIDER_MESSAGE
    assert dialog.ui.providers_error_label.isVisible()


def test_notes_list_item_checked_by_click_state(qtbot, admin_session, client, uptown):
    dialog = notes_dialog(qtbot, admin_session, client.id)
    dialog.ui.chosen_providers_radio.setChecked(True)
    item = dialog.ui.providers_list.item(1)

    assert item.flags() & Qt.ItemFlag.ItemIsUserCheckable
    item.setCheckState(Qt.CheckState.Checked)
    assert uptown.id in dialog.checked_provider_ids()


# Goal details


@pytest.fixture
def goal(admin_session, client):
    return make_goal(admin_session, client)


def goal_dialog(qtbot, session: Session, goal_id: int) -> GoalDetailsPrintDialog:
    return show(qtbot, GoalDetailsPrintDialog(session, goal_id))


def test_goal_defaults(qtbot, admin_session, goal):
    dialog = goal_dialog(qtbot, admin_session, goal.id)

    assert dialog.windowTitle() == "Print Goal Details — Nguyễn Thị Hương"
    assert dialog.ui.my_provider_radio.text() == "&My provider only (Downtown Shelter)"
    dialog.accept()

    assert dialog.options == GoalDetailsOptions(goal.id)


def test_goal_case_notes_options_follow_check_box(qtbot, admin_session, goal):
    dialog = goal_dialog(qtbot, admin_session, goal.id)
    ui = dialog.ui

    ui.include_case_notes_check.setChecked(False)
    assert not ui.case_notes_options.isEnabled()
    assert not ui.all_dates_radio.isEnabled()
    assert not ui.my_provider_radio.isEnabled()

    ui.include_case_notes_check.setChecked(True)
    assert ui.my_provider_radio.isEnabled()
    assert not ui.start_date_edit.isEnabled()


def test_goal_every_option_reaches_options(qtbot, admin_session, goal):
    dialog = goal_dialog(qtbot, admin_session, goal.id)
    ui = dialog.ui
    set_range(dialog, "2026-03-01", "2026-03-31")
    ui.my_provider_radio.setChecked(True)
    ui.include_action_steps_check.setChecked(False)
    ui.include_service_items_check.setChecked(False)
    ui.include_signatures_check.setChecked(False)

    dialog.accept()

    assert dialog.options == GoalDetailsOptions(
        goal_id=goal.id,
        include_case_notes=True,
        case_notes_range=DateRange(MARCH_1, MARCH_31),
        case_notes_my_provider_only=True,
        include_action_steps=False,
        include_service_items=False,
        include_signature_lines=False,
    )


def test_goal_without_case_notes_ignores_their_range(qtbot, admin_session, goal):
    dialog = goal_dialog(qtbot, admin_session, goal.id)
    set_range(dialog, "2026-03-31", "")
    dialog.ui.my_provider_radio.setChecked(True)
    dialog.ui.include_case_notes_check.setChecked(False)

    dialog.accept()

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.options.include_case_notes is False
    assert dialog.options.case_notes_range is None
    assert dialog.options.case_notes_my_provider_only is False


def test_goal_range_messages_use_case_notes_fields(qtbot, admin_session, goal):
    dialog = goal_dialog(qtbot, admin_session, goal.id)
    set_range(dialog, "2026-03-31", "2026-03-01")

    dialog.accept()

    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.field_errors.message("case_notes_end_date").startswith(
        "The end date 2026-03-01 is before"
    )
    assert dialog.ui.end_date_error_label.isVisible()
    assert dialog.field_errors.general_message() == ""


# Case plan


def plan_dialog(qtbot, session: Session, client_id: int) -> CasePlanPrintDialog:
    return show(qtbot, CasePlanPrintDialog(session, client_id))


def test_plan_defaults(qtbot, admin_session, client):
    dialog = plan_dialog(qtbot, admin_session, client.id)

    assert dialog.windowTitle() == "Print Case Plan — Nguyễn Thị Hương"
    assert not dialog.ui.include_service_items_check.isChecked()
    dialog.accept()

    assert dialog.options == CasePlanOptions(client.id)


def test_plan_every_option_reaches_options(qtbot, admin_session, client):
    dialog = plan_dialog(qtbot, admin_session, client.id)
    ui = dialog.ui
    set_range(dialog, "2026/3/1", "20260331")
    ui.include_closed_check.setChecked(False)
    ui.include_action_steps_check.setChecked(False)
    ui.include_case_notes_check.setChecked(False)
    ui.include_service_items_check.setChecked(True)
    ui.include_signatures_check.setChecked(False)

    dialog.accept()

    assert dialog.options == CasePlanOptions(
        client_id=client.id,
        goals_set_range=DateRange(MARCH_1, MARCH_31),
        include_closed_goals=False,
        include_action_steps=False,
        include_case_notes=False,
        include_service_items=True,
        include_signature_lines=False,
    )


def test_plan_missing_dates_messages(qtbot, admin_session, client):
    dialog = plan_dialog(qtbot, admin_session, client.id)
    set_range(dialog, "", "")

    dialog.accept()

    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.field_errors.message("start_date") == START_REQUIRED_MESSAGE
    assert dialog.field_errors.message("end_date") == END_REQUIRED_MESSAGE
    assert dialog.focusWidget() is dialog.ui.start_date_edit.line_edit


def test_plan_messages_cleared_after_fix(qtbot, admin_session, client):
    dialog = plan_dialog(qtbot, admin_session, client.id)
    set_range(dialog, "2026-03-01", "")
    dialog.accept()
    assert dialog.ui.end_date_error_label.isVisible()

    dialog.ui.end_date_edit.set_text("2026-03-31")
    dialog.accept()

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not dialog.ui.end_date_error_label.isVisible()


def test_goal_messages_hidden_when_case_notes_off(qtbot, admin_session, goal):
    dialog = goal_dialog(qtbot, admin_session, goal.id)
    set_range(dialog, "2026-13-01", "")
    dialog.accept()
    assert dialog.ui.start_date_error_label.isVisible()

    dialog.ui.include_case_notes_check.setChecked(False)

    assert not dialog.ui.start_date_error_label.isVisible()
    assert not dialog.ui.end_date_error_label.isVisible()
