"""ClientDialog: adding and editing clients, messages next to fields, possible duplicates."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from casepoint_desktop.data.models import Client
from casepoint_desktop.services import search
from casepoint_desktop.services.session import Role
from casepoint_desktop.ui import messages
from casepoint_desktop.ui.dialogs.client_dialog import LAST4_REJECTED_MESSAGE, ClientDialog
from tests.conftest import make_user
from tests.ui.record_helpers import RecordedAnswers, RecordedMessages, make_client, type_text


@pytest.fixture
def no_questions(monkeypatch) -> RecordedAnswers:
    """Record every question and answer No, for tests that expect no question at all."""
    answers = RecordedAnswers(False)
    monkeypatch.setattr(messages, "ask_yes_no", answers)
    return answers


def open_dialog(qtbot, session, client_id=None) -> ClientDialog:
    dialog = ClientDialog(session, client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_add_saves_new_client(qtbot, admin_session, no_questions):
    dialog = open_dialog(qtbot, admin_session)
    ui = dialog.ui
    qtbot.keyClicks(ui.first_name_edit, "Maria")
    qtbot.keyClicks(ui.middle_name_edit, "Luz")
    qtbot.keyClicks(ui.last_name_edit, "Gonzalez")
    qtbot.keyClicks(ui.suffix_edit, "Jr.")
    qtbot.keyClicks(ui.alias_edit, "Lucy")
    qtbot.keyClicks(ui.date_of_birth_edit.line_edit, "1990-07-24")
    ui.gender_combo.setCurrentText("Woman")
    qtbot.keyClicks(ui.ssn_last4_edit, "6789")
    qtbot.keyClicks(ui.phone_edit, "555-123-4567")
    qtbot.keyClicks(ui.email_edit, "maria@example.org")
    ui.address_edit.setPlainText("12 Main St\nApt 3")

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    client = Client.get_by_id(dialog.saved_client_id)
    assert client.first_name == "Maria"
    assert client.middle_name == "Luz"
    assert client.last_name == "Gonzalez"
    assert client.suffix == "Jr."
    assert client.alias == "Lucy"
    assert client.date_of_birth == date(1990, 7, 24)
    assert client.gender == "Woman"
    assert client.ssn_last4 == "6789"
    assert client.phone == "+15551234567"
    assert client.email == "maria@example.org"
    assert client.address == "12 Main St\nApt 3"
    assert no_questions.questions == []


def test_add_keeps_non_latin_text_exactly(qtbot, admin_session, no_questions):
    dialog = open_dialog(qtbot, admin_session)
    type_text(dialog.ui.first_name_edit, "Ngọc Ánh")
    type_text(dialog.ui.last_name_edit, "Трофимова")
    type_text(dialog.ui.alias_edit, "أمينة")
    dialog.ui.address_edit.setPlainText("Straße 5\u00a0b\nΑθήνα")

    dialog.accept()

    client = Client.get_by_id(dialog.saved_client_id)
    assert client.first_name == "Ngọc Ánh"
    assert client.last_name == "Трофимова"
    assert client.alias == "أمينة"
    assert client.address == "Straße 5\u00a0b\nΑθήνα"


def test_blank_date_of_birth_saved_as_null(qtbot, admin_session, no_questions):
    dialog = open_dialog(qtbot, admin_session)
    qtbot.keyClicks(dialog.ui.first_name_edit, "Sam")
    qtbot.keyClicks(dialog.ui.last_name_edit, "Lee")

    dialog.accept()

    assert Client.get_by_id(dialog.saved_client_id).date_of_birth is None


def test_save_is_default_button(qtbot, admin_session):
    dialog = open_dialog(qtbot, admin_session)

    assert dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save).isDefault()


def test_missing_names_shown_next_to_fields(qtbot, admin_session, no_questions):
    dialog = open_dialog(qtbot, admin_session)
    qtbot.keyClicks(dialog.ui.middle_name_edit, "Ann")
    qtbot.keyClicks(dialog.ui.phone_edit, "555-123-4567")

    dialog.accept()

    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.isVisible()
    assert dialog.ui.first_name_error_label.text() == "The first name is required."
    assert dialog.ui.first_name_error_label.isVisible()
    assert dialog.ui.last_name_error_label.text() == "The last name is required."
    assert dialog.ui.last_name_error_label.isVisible()
    assert not dialog.ui.phone_error_label.isVisible()
    assert dialog.ui.middle_name_edit.text() == "Ann"
    assert dialog.ui.phone_edit.text() == "555-123-4567"
    assert dialog.focusWidget() is dialog.ui.first_name_edit
    assert Client.select().count() == 0


def test_messages_cleared_after_fix(qtbot, admin_session, no_questions):
    dialog = open_dialog(qtbot, admin_session)
    qtbot.keyClicks(dialog.ui.first_name_edit, "Sam")
    dialog.accept()
    assert dialog.ui.last_name_error_label.isVisible()

    qtbot.keyClicks(dialog.ui.last_name_edit, "Lee")
    dialog.accept()

    assert not dialog.ui.last_name_error_label.isVisible()
    assert dialog.saved_client_id is not None


def test_bad_email_rejected(qtbot, admin_session, no_questions):
    dialog = open_dialog(qtbot, admin_session)
    qtbot.keyClicks(dialog.ui.first_name_edit, "Sam")
    qtbot.keyClicks(dialog.ui.last_name_edit, "Lee")
    qtbot.keyClicks(dialog.ui.email_edit, "sam@example")

    dialog.accept()

    assert dialog.ui.email_error_label.text() == (
        "Enter an e-mail address such as name@example.org."
    )
    assert dialog.ui.email_edit.text() == "sam@example"
    assert dialog.saved_client_id is None
    assert Client.select().count() == 0


@pytest.mark.parametrize("typed", ["123456789", "123-45-6789"])
def test_last4_full_number_typed_then_rejected(qtbot, admin_session, no_questions, typed):
    dialog = open_dialog(qtbot, admin_session)
    qtbot.keyClicks(dialog.ui.first_name_edit, "Sam")
    qtbot.keyClicks(dialog.ui.last_name_edit, "Lee")

    qtbot.keyClicks(dialog.ui.ssn_last4_edit, typed)
    dialog.accept()

    assert dialog.ui.ssn_last4_edit.text() == typed
    assert dialog.ui.ssn_last4_error_label.text() == (
        "Enter only the last 4 digits of the identity number."
    )
    assert dialog.ui.ssn_last4_error_label.isVisible()
    assert dialog.saved_client_id is None
    assert Client.select().count() == 0


def test_last4_paste_of_nine_digits_kept(qtbot, admin_session, no_questions):
    dialog = open_dialog(qtbot, admin_session)
    qtbot.keyClicks(dialog.ui.first_name_edit, "Sam")
    qtbot.keyClicks(dialog.ui.last_name_edit, "Lee")

    dialog.ui.ssn_last4_edit.insert("123456789")
    dialog.accept()

    assert dialog.ui.ssn_last4_edit.text() == "123456789"
    assert dialog.ui.ssn_last4_error_label.text() == (
        "Enter only the last 4 digits of the identity number."
    )
    assert Client.select().count() == 0


def test_last4_rejected_paste_explained(qtbot, admin_session):
    dialog = open_dialog(qtbot, admin_session)

    dialog.ui.ssn_last4_edit.insert("SSN 123-45-6789")

    assert dialog.ui.ssn_last4_edit.text() == ""
    assert dialog.ui.ssn_last4_error_label.text() == LAST4_REJECTED_MESSAGE
    assert dialog.ui.ssn_last4_error_label.isVisible()
    assert dialog.ui.ssn_last4_edit.accessibleDescription() == LAST4_REJECTED_MESSAGE


def test_last4_with_dash_saved_as_digits(qtbot, admin_session, no_questions):
    dialog = open_dialog(qtbot, admin_session)
    qtbot.keyClicks(dialog.ui.first_name_edit, "Sam")
    qtbot.keyClicks(dialog.ui.last_name_edit, "Lee")

    qtbot.keyClicks(dialog.ui.ssn_last4_edit, "67-89")
    dialog.accept()

    assert dialog.saved_client_id is not None
    assert Client.get_by_id(dialog.saved_client_id).ssn_last4 == "6789"


def test_last4_nine_digits_not_saved(qtbot, admin_session, no_questions):
    dialog = open_dialog(qtbot, admin_session)
    qtbot.keyClicks(dialog.ui.first_name_edit, "Sam")
    qtbot.keyClicks(dialog.ui.last_name_edit, "Lee")
    # setText bypasses the validator, as a programmatic fill could.
    dialog.ui.ssn_last4_edit.setText("123456789")

    dialog.accept()

    assert dialog.ui.ssn_last4_error_label.text() == (
        "Enter only the last 4 digits of the identity number."
    )
    assert dialog.ui.ssn_last4_error_label.isVisible()
    assert Client.select().count() == 0


def test_last4_label_says_only_last4_kept(qtbot, admin_session):
    dialog = open_dialog(qtbot, admin_session)

    assert "Only the last 4 digits" in dialog.ui.ssn_last4_hint_label.text()
    assert dialog.ui.ssn_last4_label.buddy() is dialog.ui.ssn_last4_edit


def test_invalid_date_of_birth_text(qtbot, admin_session, no_questions):
    dialog = open_dialog(qtbot, admin_session)
    qtbot.keyClicks(dialog.ui.first_name_edit, "Sam")
    qtbot.keyClicks(dialog.ui.last_name_edit, "Lee")
    qtbot.keyClicks(dialog.ui.date_of_birth_edit.line_edit, "1990-02-30")

    dialog.accept()

    assert "YYYY-MM-DD" in dialog.ui.date_of_birth_error_label.text()
    assert dialog.ui.date_of_birth_edit.text() == "1990-02-30"
    assert Client.select().count() == 0


def test_impossible_date_shown_with_other_errors(qtbot, admin_session, no_questions):
    dialog = open_dialog(qtbot, admin_session)
    qtbot.keyClicks(dialog.ui.first_name_edit, "Sam")
    qtbot.keyClicks(dialog.ui.date_of_birth_edit.line_edit, "1990-02-30")
    qtbot.keyClicks(dialog.ui.phone_edit, "555-12")
    qtbot.keyClicks(dialog.ui.email_edit, "sam@example")

    dialog.accept()

    ui = dialog.ui
    assert ui.date_of_birth_error_label.text() == (
        "1990-02-30 is not a date in the calendar. "
        "Enter the date of birth as YYYY-MM-DD, or leave it blank."
    )
    assert ui.last_name_error_label.text() == "The last name is required."
    assert ui.phone_error_label.text().startswith("Enter a phone number such as")
    assert ui.email_error_label.text() == "Enter an e-mail address such as name@example.org."
    for label in (
        ui.date_of_birth_error_label,
        ui.last_name_error_label,
        ui.phone_error_label,
        ui.email_error_label,
    ):
        assert label.isVisible(), label.objectName()
    assert not ui.first_name_error_label.isVisible()
    assert dialog.focusWidget() is ui.last_name_edit
    assert Client.select().count() == 0


def test_malformed_date_of_birth_message(qtbot, admin_session, no_questions):
    dialog = open_dialog(qtbot, admin_session)
    qtbot.keyClicks(dialog.ui.first_name_edit, "Sam")
    qtbot.keyClicks(dialog.ui.last_name_edit, "Lee")
    qtbot.keyClicks(dialog.ui.date_of_birth_edit.line_edit, "1990-2")

    dialog.accept()

    assert dialog.ui.date_of_birth_error_label.text() == (
        "Enter the date of birth as YYYY-MM-DD, or leave it blank."
    )
    assert Client.select().count() == 0


def test_future_date_of_birth_rejected(qtbot, admin_session, no_questions):
    dialog = open_dialog(qtbot, admin_session)
    qtbot.keyClicks(dialog.ui.first_name_edit, "Sam")
    qtbot.keyClicks(dialog.ui.last_name_edit, "Lee")
    dialog.ui.date_of_birth_edit.set_date(date(date.today().year + 1, 1, 1))

    dialog.accept()

    assert dialog.ui.date_of_birth_error_label.text() == (
        "The date of birth cannot be in the future."
    )


def test_duplicate_warning_no_saves_nothing(qtbot, admin_session, monkeypatch):
    existing = make_client(admin_session, "Nguyễn", "Văn An", date(1985, 3, 1))
    answers = RecordedAnswers(False)
    monkeypatch.setattr(messages, "ask_yes_no", answers)
    dialog = open_dialog(qtbot, admin_session)
    type_text(dialog.ui.first_name_edit, "nguyen")
    type_text(dialog.ui.last_name_edit, "van an")
    dialog.ui.date_of_birth_edit.set_date(date(1985, 3, 1))

    dialog.accept()

    assert len(answers.questions) == 1
    title, text = answers.questions[0]
    assert title == "Possible Duplicate Client"
    assert f"Client ID {existing.id}" in text
    assert "Nguyễn Văn An" in text
    assert "1985-03-01" in text
    assert Client.select().count() == 1
    assert dialog.saved_client_id is None
    assert dialog.isVisible()


def test_duplicate_warning_yes_saves(qtbot, admin_session, monkeypatch):
    make_client(admin_session, "Ana", "Silva", date(1985, 3, 1))
    answers = RecordedAnswers(True)
    monkeypatch.setattr(messages, "ask_yes_no", answers)
    dialog = open_dialog(qtbot, admin_session)
    qtbot.keyClicks(dialog.ui.first_name_edit, "Ana")
    qtbot.keyClicks(dialog.ui.last_name_edit, "Silva")
    dialog.ui.date_of_birth_edit.set_date(date(1985, 3, 1))

    dialog.accept()

    assert len(answers.questions) == 1
    assert Client.select().count() == 2
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_other_birth_date_is_no_duplicate(qtbot, admin_session, no_questions):
    make_client(admin_session, "Ana", "Silva", date(1985, 3, 1))
    dialog = open_dialog(qtbot, admin_session)
    qtbot.keyClicks(dialog.ui.first_name_edit, "Ana")
    qtbot.keyClicks(dialog.ui.last_name_edit, "Silva")
    dialog.ui.date_of_birth_edit.set_date(date(1986, 3, 1))

    dialog.accept()

    assert no_questions.questions == []
    assert Client.select().count() == 2


def test_edit_changes_client_and_search_terms(qtbot, admin_session, no_questions):
    client = make_client(admin_session, "Ana", "Silva", date(1985, 3, 1), phone="555-000-1111")
    dialog = open_dialog(qtbot, admin_session, client.id)
    assert dialog.ui.first_name_edit.text() == "Ana"
    assert dialog.ui.date_of_birth_edit.date() == date(1985, 3, 1)
    assert dialog.ui.phone_edit.text() == "(555) 000-1111"

    dialog.ui.last_name_edit.clear()
    type_text(dialog.ui.last_name_edit, "Łukasiewicz")
    dialog.accept()

    assert dialog.saved_client_id == client.id
    assert Client.get_by_id(client.id).last_name == "Łukasiewicz"
    assert [found.id for found in search.search_clients("lukasiewicz")] == [client.id]
    assert search.search_clients("silva") == []


def test_edit_without_name_change_skips_duplicates(qtbot, admin_session, no_questions):
    make_client(admin_session, "Ana", "Silva", date(1985, 3, 1))
    client = make_client(admin_session, "Ana", "Silva", date(1985, 3, 1))
    dialog = open_dialog(qtbot, admin_session, client.id)

    dialog.ui.phone_edit.setText("555-222-3333")
    dialog.accept()

    assert no_questions.questions == []
    assert Client.get_by_id(client.id).phone == "+15552223333"


def test_edit_name_change_checks_duplicates(qtbot, admin_session, monkeypatch):
    make_client(admin_session, "Ana", "Silva", date(1985, 3, 1))
    client = make_client(admin_session, "Anna", "Silva", date(1985, 3, 1))
    answers = RecordedAnswers(False)
    monkeypatch.setattr(messages, "ask_yes_no", answers)
    dialog = open_dialog(qtbot, admin_session, client.id)

    dialog.ui.first_name_edit.setText("Ana")
    dialog.accept()

    assert len(answers.questions) == 1
    assert Client.get_by_id(client.id).first_name == "Anna"


def test_edit_keeps_unedited_address_exactly(qtbot, admin_session, no_questions):
    client = make_client(admin_session, "Ana", "Silva", address="1 Road\r\nTown")
    dialog = open_dialog(qtbot, admin_session, client.id)

    dialog.ui.phone_edit.setText("555-222-3333")
    dialog.accept()

    assert Client.get_by_id(client.id).address == "1 Road\r\nTown"


def test_cancel_without_changes_closes(qtbot, admin_session, no_questions):
    dialog = open_dialog(qtbot, admin_session)

    dialog.reject()

    assert no_questions.questions == []
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not dialog.isVisible()


def test_cancel_with_changes_asks_first(qtbot, admin_session, monkeypatch):
    answers = RecordedAnswers(False)
    monkeypatch.setattr(messages, "ask_yes_no", answers)
    dialog = open_dialog(qtbot, admin_session)
    qtbot.keyClicks(dialog.ui.first_name_edit, "Sam")

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    assert [title for title, _ in answers.questions] == ["Discard Changes"]
    assert dialog.isVisible()
    assert dialog.ui.first_name_edit.text() == "Sam"

    answers.answer = True
    dialog.reject()

    assert not dialog.isVisible()
    assert Client.select().count() == 0


def test_read_only_user_sees_error(qtbot, admin_session, monkeypatch):
    reader = make_user("reader", Role.READ_ONLY)
    admin_session.user = reader
    errors_shown = RecordedMessages()
    monkeypatch.setattr(messages, "show_service_error", errors_shown)
    monkeypatch.setattr(messages, "ask_yes_no", RecordedAnswers(False))
    dialog = open_dialog(qtbot, admin_session)
    qtbot.keyClicks(dialog.ui.first_name_edit, "Sam")
    qtbot.keyClicks(dialog.ui.last_name_edit, "Lee")

    dialog.accept()

    assert [title for title, _ in errors_shown.shown] == ["Client Not Saved"]
    assert "read-only" in errors_shown.shown[0][1]
    assert dialog.isVisible()
    assert Client.select().count() == 0


def test_every_field_has_buddy_label(qtbot, admin_session):
    dialog = open_dialog(qtbot, admin_session)
    ui = dialog.ui
    pairs = [
        (ui.first_name_label, ui.first_name_edit),
        (ui.middle_name_label, ui.middle_name_edit),
        (ui.last_name_label, ui.last_name_edit),
        (ui.suffix_label, ui.suffix_edit),
        (ui.alias_label, ui.alias_edit),
        (ui.date_of_birth_label, ui.date_of_birth_edit),
        (ui.gender_label, ui.gender_combo),
        (ui.ssn_last4_label, ui.ssn_last4_edit),
        (ui.phone_label, ui.phone_edit),
        (ui.email_label, ui.email_edit),
        (ui.address_label, ui.address_edit),
    ]
    for label, field in pairs:
        assert label.buddy() is field, label.objectName()
