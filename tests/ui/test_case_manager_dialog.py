"""CaseManagerDialog: the three ways to name a case manager, validation, overlap question."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from casepoint_desktop.data.case_plan_models import CaseManagerAssignment, CaseManagerMember
from casepoint_desktop.data.models import Provider, UserProvider
from casepoint_desktop.services import case_managers, households
from casepoint_desktop.services.case_managers import AssignmentInput
from casepoint_desktop.ui import messages
from casepoint_desktop.ui.dialogs.case_manager_dialog import (
    CHOOSE_PROVIDER_FIRST_TEXT,
    CHOOSE_USER_TEXT,
    CaseManagerDialog,
    PersonKind,
)
from tests.conftest import make_user
from tests.ui.record_helpers import RecordedAnswers, RecordedMessages, make_client, type_text


@pytest.fixture
def client(admin_session):
    return make_client(admin_session, "Nguyễn Thị", "Hương", date(1990, 7, 24))


@pytest.fixture(autouse=True)
def answers_no(monkeypatch) -> RecordedAnswers:
    """Answer No to every question, so that no test runs a real message box."""
    answers = RecordedAnswers(False)
    monkeypatch.setattr(messages, "ask_yes_no", answers)
    return answers


@pytest.fixture
def answers_yes(monkeypatch) -> RecordedAnswers:
    answers = RecordedAnswers(True)
    monkeypatch.setattr(messages, "ask_yes_no", answers)
    return answers


@pytest.fixture
def shown_errors(monkeypatch) -> RecordedMessages:
    shown = RecordedMessages()
    monkeypatch.setattr(messages, "show_service_error", shown)
    monkeypatch.setattr(messages, "show_error", shown)
    return shown


@pytest.fixture
def northside(admin_session) -> Provider:
    """A second provider that the administrator may enter data for (an EDA provider)."""
    provider = Provider.create(name="Northside Housing")
    UserProvider.create(user=admin_session.user, provider=provider)
    return provider


def open_dialog(qtbot, session, client_id, assignment_id=None) -> CaseManagerDialog:
    dialog = CaseManagerDialog(session, client_id, assignment_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def combo_items(combo) -> list[str]:
    return [combo.itemText(index) for index in range(combo.count())]


def choose_user(dialog: CaseManagerDialog, user) -> None:
    dialog.ui.user_combo.setCurrentIndex(dialog.ui.user_combo.findData(user.id))


def only_assignment() -> CaseManagerAssignment:
    assert CaseManagerAssignment.select().count() == 1
    return CaseManagerAssignment.get()


def add_member(session, client, first_name: str):
    member = make_client(session, first_name, "Trần", date(2015, 3, 2))
    households.add_member(session, client.id, member.id, None)
    return member


def test_add_defaults(qtbot, admin_session, client):
    dialog = open_dialog(qtbot, admin_session, client.id)
    ui = dialog.ui

    assert dialog.person_kind() is PersonKind.PROVIDER_USER
    assert ui.provider_combo.currentData() == admin_session.provider.id
    assert ui.user_combo.currentIndex() == -1
    assert ui.start_date_edit.date() == date.today()
    assert ui.end_date_edit.date() is None
    assert ui.end_date_edit.text() == ""
    assert ui.button_box.button(QDialogButtonBox.StandardButton.Save).isDefault()
    assert ui.me_value_label.text() == "Ada Admin"
    assert dialog.windowTitle() == "Add Case Manager — Nguyễn Thị Hương"


def test_provider_lists_home_and_eda_only(qtbot, admin_session, client, northside):
    Provider.create(name="Eastside Clinic")
    dialog = open_dialog(qtbot, admin_session, client.id)

    assert combo_items(dialog.ui.provider_combo) == ["Downtown Shelter", "Northside Housing"]


def test_provider_choice_lists_its_users(qtbot, admin_session, client, northside):
    make_user("bella")
    make_user("chen", provider=northside)
    eda_user = make_user("dana")
    UserProvider.create(user=eda_user, provider=northside)
    inactive = make_user("eve", provider=northside)
    inactive.active = False
    inactive.save()
    dialog = open_dialog(qtbot, admin_session, client.id)

    assert combo_items(dialog.ui.user_combo) == [
        "Ada Admin",
        "Bella Tester",
        "Dana Tester",
    ]

    dialog.ui.provider_combo.setCurrentIndex(dialog.ui.provider_combo.findData(northside.id))

    # The administrator is listed too, because Northside is one of her EDA providers.
    assert combo_items(dialog.ui.user_combo) == ["Ada Admin", "Chen Tester", "Dana Tester"]
    assert dialog.ui.user_combo.currentIndex() == -1


def test_provider_change_keeps_shared_user(qtbot, admin_session, client, northside):
    eda_user = make_user("dana")
    UserProvider.create(user=eda_user, provider=northside)
    dialog = open_dialog(qtbot, admin_session, client.id)
    choose_user(dialog, eda_user)

    dialog.ui.provider_combo.setCurrentIndex(dialog.ui.provider_combo.findData(northside.id))

    assert dialog.ui.user_combo.currentData() == eda_user.id


def test_user_combo_placeholders(qtbot, admin_session, client):
    dialog = open_dialog(qtbot, admin_session, client.id)

    assert dialog.ui.user_combo.placeholderText() == CHOOSE_USER_TEXT

    dialog.ui.provider_combo.setCurrentIndex(-1)

    assert dialog.ui.user_combo.count() == 0
    assert dialog.ui.user_combo.placeholderText() == CHOOSE_PROVIDER_FIRST_TEXT


def test_person_rows_follow_choice(qtbot, admin_session, client):
    dialog = open_dialog(qtbot, admin_session, client.id)
    ui = dialog.ui

    assert ui.user_combo.isVisible()
    assert not ui.me_value_label.isVisible()
    assert not ui.other_name_edit.isVisible()

    ui.me_radio.setChecked(True)
    assert not ui.user_combo.isVisible()
    assert ui.me_value_label.isVisible()
    assert not ui.other_name_edit.isVisible()

    ui.other_radio.setChecked(True)
    assert not ui.user_combo.isVisible()
    assert not ui.me_value_label.isVisible()
    assert ui.other_name_edit.isVisible()
    assert ui.other_agency_check.isVisible()


def test_add_provider_user(qtbot, admin_session, client, answers_no):
    colleague = make_user("bella")
    dialog = open_dialog(qtbot, admin_session, client.id)
    choose_user(dialog, colleague)
    qtbot.keyClicks(dialog.ui.title_edit, "Housing navigator")
    qtbot.keyClicks(dialog.ui.phone_edit, "319-555-0142")
    qtbot.keyClicks(dialog.ui.email_edit, "bella@example.org")
    dialog.ui.end_date_edit.set_date(date.today() + timedelta(days=90))

    dialog.accept()

    assert dialog.result() == QDialog.DialogCode.Accepted
    assignment = only_assignment()
    assert dialog.saved_assignment_id == assignment.id
    assert assignment.client_id == client.id
    assert assignment.user_id == colleague.id
    assert assignment.other_name == ""
    assert assignment.provider_id == admin_session.provider.id
    assert assignment.title == "Housing navigator"
    assert assignment.phone == "+13195550142"
    assert assignment.email == "bella@example.org"
    assert assignment.start_date == date.today()
    assert assignment.end_date == date.today() + timedelta(days=90)
    assert answers_no.questions == []


def test_add_me(qtbot, admin_session, client, answers_no):
    dialog = open_dialog(qtbot, admin_session, client.id)
    dialog.ui.me_radio.setChecked(True)

    dialog.accept()

    assert dialog.result() == QDialog.DialogCode.Accepted
    assignment = only_assignment()
    assert assignment.user_id == admin_session.user.id
    assert assignment.end_date is None


def test_add_other_agency(qtbot, admin_session, client, answers_no):
    dialog = open_dialog(qtbot, admin_session, client.id)
    dialog.ui.other_radio.setChecked(True)
    type_text(dialog.ui.other_name_edit, "Jorge Ramírez")
    dialog.ui.other_agency_check.setChecked(True)

    dialog.accept()

    assert dialog.result() == QDialog.DialogCode.Accepted
    assignment = only_assignment()
    assert assignment.user_id is None
    assert assignment.other_name == "Jorge Ramírez"
    assert assignment.other_agency_uses_program


def test_other_fields_ignored_for_user(qtbot, admin_session, client, answers_no):
    dialog = open_dialog(qtbot, admin_session, client.id)
    dialog.ui.other_radio.setChecked(True)
    dialog.ui.other_name_edit.setText("Typed then changed")
    dialog.ui.other_agency_check.setChecked(True)
    dialog.ui.me_radio.setChecked(True)

    dialog.accept()

    assignment = only_assignment()
    assert assignment.user_id == admin_session.user.id
    assert assignment.other_name == ""
    assert not assignment.other_agency_uses_program


def test_members_saved(qtbot, admin_session, client, answers_no):
    minh = add_member(admin_session, client, "Minh")
    an = add_member(admin_session, client, "An")
    dialog = open_dialog(qtbot, admin_session, client.id)
    dialog.ui.me_radio.setChecked(True)

    assert set(dialog.member_checks) == {minh.id, an.id}
    assert not dialog.ui.no_members_label.isVisible()
    dialog.member_checks[minh.id].setChecked(True)
    dialog.accept()

    links = CaseManagerMember.select().where(CaseManagerMember.assignment == only_assignment())
    assert [link.client_id for link in links] == [minh.id]


def test_no_members_message(qtbot, admin_session, client):
    dialog = open_dialog(qtbot, admin_session, client.id)

    assert dialog.member_checks == {}
    assert dialog.ui.no_members_label.isVisible()


def set_up_missing_provider(dialog: CaseManagerDialog) -> None:
    dialog.ui.me_radio.setChecked(True)
    dialog.ui.provider_combo.setCurrentIndex(-1)


def set_up_missing_start(dialog: CaseManagerDialog) -> None:
    dialog.ui.me_radio.setChecked(True)
    dialog.ui.start_date_edit.clear()


def set_up_end_before_start(dialog: CaseManagerDialog) -> None:
    dialog.ui.me_radio.setChecked(True)
    dialog.ui.start_date_edit.set_date(date(2025, 5, 1))
    dialog.ui.end_date_edit.set_date(date(2025, 4, 30))


def set_up_bad_email(dialog: CaseManagerDialog) -> None:
    dialog.ui.me_radio.setChecked(True)
    dialog.ui.email_edit.setText("bella at example")


def set_up_bad_phone(dialog: CaseManagerDialog) -> None:
    dialog.ui.me_radio.setChecked(True)
    dialog.ui.phone_edit.setText("12")


def set_up_no_user(dialog: CaseManagerDialog) -> None:
    dialog.ui.provider_user_radio.setChecked(True)


def set_up_blank_other_name(dialog: CaseManagerDialog) -> None:
    dialog.ui.other_radio.setChecked(True)
    dialog.ui.other_name_edit.setText("   ")


def set_up_bad_end_text(dialog: CaseManagerDialog) -> None:
    dialog.ui.me_radio.setChecked(True)
    dialog.ui.end_date_edit.set_text("2025-02-30")


@pytest.mark.parametrize(
    ("set_up", "label_name", "message"),
    [
        (set_up_missing_provider, "provider_error_label", "The provider is required."),
        (set_up_missing_start, "start_date_error_label", "The start date is required."),
        (
            set_up_end_before_start,
            "end_date_error_label",
            "The end date 2025-04-30 is before the start date 2025-05-01.",
        ),
        (
            set_up_bad_email,
            "email_error_label",
            "Enter an e-mail address such as name@example.org.",
        ),
        (
            set_up_bad_phone,
            "phone_error_label",
            "Enter a phone number such as (319) 555-0142, or +44 20 7946 0958 for a number abroad.",
        ),
        (
            set_up_no_user,
            "person_error_label",
            "Choose a user, choose Me, or enter the name of the case manager.",
        ),
        (
            set_up_blank_other_name,
            "person_error_label",
            "Choose a user, choose Me, or enter the name of the case manager.",
        ),
        (
            set_up_bad_end_text,
            "end_date_error_label",
            "2025-02-30 is not a date in the calendar. Enter the end date as YYYY-MM-DD, "
            "or leave it blank.",
        ),
    ],
    ids=[
        "missing provider",
        "missing start date",
        "end before start",
        "bad e-mail",
        "bad phone",
        "no user chosen",
        "blank other name",
        "end date not in calendar",
    ],
)
def test_validation_message_beside_field(
    qtbot, admin_session, client, shown_errors, answers_no, set_up, label_name, message
):
    dialog = open_dialog(qtbot, admin_session, client.id)
    set_up(dialog)
    typed = dialog._typed_values()

    dialog.accept()

    label = getattr(dialog.ui, label_name)
    assert label.text() == message
    assert label.isVisible()
    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog._typed_values() == typed
    assert CaseManagerAssignment.select().count() == 0
    assert shown_errors.shown == []
    assert answers_no.questions == []


def test_several_messages_at_once(qtbot, admin_session, client, answers_no):
    dialog = open_dialog(qtbot, admin_session, client.id)
    dialog.ui.phone_edit.setText("12")
    dialog.ui.email_edit.setText("nope")

    dialog.accept()

    assert dialog.ui.person_error_label.isVisible()
    assert dialog.ui.phone_error_label.isVisible()
    assert dialog.ui.email_error_label.isVisible()
    assert not dialog.ui.provider_error_label.isVisible()
    assert dialog.ui.phone_edit.text() == "12"
    assert dialog.ui.email_edit.text() == "nope"


def test_no_user_focuses_user_combo(qtbot, admin_session, client, answers_no):
    dialog = open_dialog(qtbot, admin_session, client.id)

    dialog.accept()

    assert dialog.focusWidget() is dialog.ui.user_combo


def test_blank_other_name_focuses_name(qtbot, admin_session, client, answers_no):
    dialog = open_dialog(qtbot, admin_session, client.id)
    dialog.ui.other_radio.setChecked(True)

    dialog.accept()

    assert dialog.focusWidget() is dialog.ui.other_name_edit
    assert dialog.ui.other_name_edit.accessibleDescription() != ""


def test_messages_cleared_on_next_save(qtbot, admin_session, client, answers_no):
    dialog = open_dialog(qtbot, admin_session, client.id)
    dialog.ui.me_radio.setChecked(True)
    dialog.ui.phone_edit.setText("12")
    dialog.accept()
    assert dialog.ui.phone_error_label.isVisible()

    dialog.ui.phone_edit.setText("319 555 0142")
    dialog.accept()

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert only_assignment().phone == "+13195550142"


def add_me_assignment(session, client, start: date, end: date | None = None):
    data = AssignmentInput(
        user_id=session.user.id,
        provider_id=session.provider.id,
        start_date=start,
        end_date=end,
    )
    return case_managers.create_assignment(session, client.id, data)


def test_duplicate_me_yes_saves(qtbot, admin_session, client, answers_yes):
    add_me_assignment(admin_session, client, date.today() - timedelta(days=10))
    dialog = open_dialog(qtbot, admin_session, client.id)
    dialog.ui.me_radio.setChecked(True)

    dialog.accept()

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert CaseManagerAssignment.select().count() == 2
    assert len(answers_yes.questions) == 1
    title, text = answers_yes.questions[0]
    assert title == "Case Manager Already Assigned"
    assert "Ada Admin is already a case manager of Nguyễn Thị Hương" in text
    assert "no end date at Downtown Shelter" in text


def test_duplicate_me_no_saves_nothing(qtbot, admin_session, client, answers_no):
    add_me_assignment(admin_session, client, date.today() - timedelta(days=10))
    dialog = open_dialog(qtbot, admin_session, client.id)
    dialog.ui.me_radio.setChecked(True)
    qtbot.keyClicks(dialog.ui.title_edit, "Second")

    dialog.accept()

    assert len(answers_no.questions) == 1
    assert CaseManagerAssignment.select().count() == 1
    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.ui.title_edit.text() == "Second"


def test_same_user_from_provider_asks(qtbot, admin_session, client, answers_no):
    add_me_assignment(admin_session, client, date.today() - timedelta(days=10))
    dialog = open_dialog(qtbot, admin_session, client.id)
    choose_user(dialog, admin_session.user)

    dialog.accept()

    assert len(answers_no.questions) == 1
    assert CaseManagerAssignment.select().count() == 1


def test_ended_assignment_no_question(qtbot, admin_session, client, answers_no):
    add_me_assignment(
        admin_session,
        client,
        date.today() - timedelta(days=100),
        date.today() - timedelta(days=1),
    )
    dialog = open_dialog(qtbot, admin_session, client.id)
    dialog.ui.me_radio.setChecked(True)

    dialog.accept()

    assert answers_no.questions == []
    assert CaseManagerAssignment.select().count() == 2


def test_edit_own_assignment_no_question(qtbot, admin_session, client, answers_no):
    assignment = add_me_assignment(admin_session, client, date.today() - timedelta(days=10))
    dialog = open_dialog(qtbot, admin_session, client.id, assignment.id)
    qtbot.keyClicks(dialog.ui.title_edit, "Lead")

    dialog.accept()

    assert answers_no.questions == []
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert only_assignment().title == "Lead"


def test_edit_shows_me_assignment(qtbot, admin_session, client):
    data = AssignmentInput(
        user_id=admin_session.user.id,
        provider_id=admin_session.provider.id,
        start_date=date(2025, 1, 2),
        end_date=date(2025, 12, 31),
        title="Lead",
        phone="3195550142",
        email="ada@example.org",
    )
    assignment = case_managers.create_assignment(admin_session, client.id, data)

    dialog = open_dialog(qtbot, admin_session, client.id, assignment.id)
    ui = dialog.ui

    assert dialog.windowTitle() == "Edit Case Manager — Nguyễn Thị Hương"
    assert dialog.person_kind() is PersonKind.ME
    assert ui.title_edit.text() == "Lead"
    assert ui.phone_edit.text() == "(319) 555-0142"
    assert ui.email_edit.text() == "ada@example.org"
    assert ui.start_date_edit.date() == date(2025, 1, 2)
    assert ui.end_date_edit.date() == date(2025, 12, 31)
    assert not dialog.has_unsaved_changes()


def test_edit_provider_user_to_other(qtbot, admin_session, client, northside, answers_no):
    colleague = make_user("chen", provider=northside)
    data = AssignmentInput(
        user_id=colleague.id, provider_id=northside.id, start_date=date(2025, 1, 2)
    )
    assignment = case_managers.create_assignment(admin_session, client.id, data)
    dialog = open_dialog(qtbot, admin_session, client.id, assignment.id)

    assert dialog.person_kind() is PersonKind.PROVIDER_USER
    assert dialog.ui.provider_combo.currentData() == northside.id
    assert dialog.ui.user_combo.currentData() == colleague.id

    dialog.ui.other_radio.setChecked(True)
    dialog.ui.other_name_edit.setText("County worker")
    dialog.accept()

    saved = only_assignment()
    assert saved.user_id is None
    assert saved.other_name == "County worker"
    assert saved.version == 2


def test_edit_keeps_inactive_user(qtbot, admin_session, client, answers_no):
    colleague = make_user("bella")
    data = AssignmentInput(
        user_id=colleague.id,
        provider_id=admin_session.provider.id,
        start_date=date(2025, 1, 2),
    )
    assignment = case_managers.create_assignment(admin_session, client.id, data)
    colleague.active = False
    colleague.save()

    dialog = open_dialog(qtbot, admin_session, client.id, assignment.id)

    assert dialog.ui.user_combo.currentData() == colleague.id
    assert dialog.ui.user_combo.currentText() == "Bella Tester"


def test_edit_other_shows_name(qtbot, admin_session, client):
    data = AssignmentInput(
        user_id=None,
        other_name="Jorge Ramírez",
        other_agency_uses_program=True,
        provider_id=admin_session.provider.id,
        start_date=date(2025, 1, 2),
    )
    assignment = case_managers.create_assignment(admin_session, client.id, data)

    dialog = open_dialog(qtbot, admin_session, client.id, assignment.id)

    assert dialog.person_kind() is PersonKind.OTHER
    assert dialog.ui.other_name_edit.text() == "Jorge Ramírez"
    assert dialog.ui.other_agency_check.isChecked()


def test_edit_shows_linked_members(qtbot, admin_session, client, answers_no):
    minh = add_member(admin_session, client, "Minh")
    an = add_member(admin_session, client, "An")
    data = AssignmentInput(
        user_id=admin_session.user.id,
        provider_id=admin_session.provider.id,
        start_date=date(2025, 1, 2),
        member_ids=[an.id],
    )
    assignment = case_managers.create_assignment(admin_session, client.id, data)
    dialog = open_dialog(qtbot, admin_session, client.id, assignment.id)

    assert dialog.member_checks[an.id].isChecked()
    assert not dialog.member_checks[minh.id].isChecked()

    dialog.member_checks[an.id].setChecked(False)
    dialog.member_checks[minh.id].setChecked(True)
    dialog.accept()

    links = CaseManagerMember.select().where(CaseManagerMember.assignment == assignment.id)
    assert [link.client_id for link in links] == [minh.id]


def test_cancel_asks_after_changes(qtbot, admin_session, client, answers_no):
    dialog = open_dialog(qtbot, admin_session, client.id)
    qtbot.keyClicks(dialog.ui.title_edit, "Lead")

    dialog.reject()

    assert len(answers_no.questions) == 1
    assert dialog.isVisible()


def test_cancel_unchanged_closes(qtbot, admin_session, client, answers_no):
    dialog = open_dialog(qtbot, admin_session, client.id)

    dialog.reject()

    assert answers_no.questions == []
    assert not dialog.isVisible()


def test_labels_have_buddies(qtbot, admin_session, client):
    dialog = open_dialog(qtbot, admin_session, client.id)
    ui = dialog.ui
    pairs = [
        (ui.provider_label, ui.provider_combo),
        (ui.user_label, ui.user_combo),
        (ui.other_name_label, ui.other_name_edit),
        (ui.title_label, ui.title_edit),
        (ui.phone_label, ui.phone_edit),
        (ui.email_label, ui.email_edit),
        (ui.start_date_label, ui.start_date_edit),
        (ui.end_date_label, ui.end_date_edit),
    ]

    for label, field in pairs:
        assert label.buddy() is field, label.objectName()
