"""ClientNoteDialog: adding, editing and viewing client notes."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from casepoint_desktop.data.models import ClientNote
from casepoint_desktop.services import notes
from casepoint_desktop.ui import messages
from casepoint_desktop.ui.dialogs.client_note_dialog import ClientNoteDialog
from tests.ui.record_helpers import RecordedAnswers, make_client, type_text


@pytest.fixture
def client(admin_session):
    return make_client(admin_session, "Zoë", "Ødegård", date(1979, 5, 6))


@pytest.fixture
def no_questions(monkeypatch) -> RecordedAnswers:
    answers = RecordedAnswers(False)
    monkeypatch.setattr(messages, "ask_yes_no", answers)
    return answers


def open_dialog(qtbot, session, client_id, note_id=None, read_only=False) -> ClientNoteDialog:
    dialog = ClientNoteDialog(session, client_id, note_id, read_only=read_only)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_add_defaults_to_today_and_session(qtbot, admin_session, client):
    dialog = open_dialog(qtbot, admin_session, client.id)

    assert dialog.ui.note_date_edit.date() == date.today()
    assert dialog.ui.provider_value_label.text() == "Downtown Shelter"
    assert dialog.ui.author_value_label.text() == "Ada Admin"
    assert dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save).isDefault()
    assert not dialog.ui.history_value_label.isVisible()


def test_add_saves_text_exactly(qtbot, admin_session, client, no_questions):
    dialog = open_dialog(qtbot, admin_session, client.id)
    text = "  Met at the shelter.\nΣυνάντηση — встреча, 会面\u00a0ok\n\n  "
    dialog.ui.text_edit.setPlainText(text)
    dialog.ui.text_edit.document().setModified(True)

    dialog.accept()

    assert dialog.result() == QDialog.DialogCode.Accepted
    note = ClientNote.get_by_id(dialog.saved_note_id)
    assert note.text == text
    assert note.note_date == date.today()
    assert note.client_id == client.id
    assert note.author_id == admin_session.user.id
    assert note.provider_id == admin_session.provider.id


def test_add_typed_non_ascii_text(qtbot, admin_session, client, no_questions):
    dialog = open_dialog(qtbot, admin_session, client.id)
    type_text(dialog.ui.text_edit, "Gặp khách hàng")

    dialog.accept()

    assert ClientNote.get_by_id(dialog.saved_note_id).text == "Gặp khách hàng"


def test_missing_date_shown_next_to_field(qtbot, admin_session, client, no_questions):
    dialog = open_dialog(qtbot, admin_session, client.id)
    dialog.ui.note_date_edit.clear()
    type_text(dialog.ui.text_edit, "Called about rent")

    dialog.accept()

    assert dialog.ui.note_date_error_label.text() == "The note date is required."
    assert dialog.ui.note_date_error_label.isVisible()
    assert dialog.ui.text_edit.toPlainText() == "Called about rent"
    assert dialog.isVisible()
    assert ClientNote.select().count() == 0


def test_invalid_date_text_shown(qtbot, admin_session, client, no_questions):
    dialog = open_dialog(qtbot, admin_session, client.id)
    dialog.ui.note_date_edit.set_text("2024-02-30")
    type_text(dialog.ui.text_edit, "Called")

    dialog.accept()

    assert "YYYY-MM-DD" in dialog.ui.note_date_error_label.text()
    assert ClientNote.select().count() == 0


def test_impossible_date_and_missing_text(qtbot, admin_session, client, no_questions):
    dialog = open_dialog(qtbot, admin_session, client.id)
    dialog.ui.note_date_edit.set_text("2024-02-30")

    dialog.accept()

    assert dialog.ui.note_date_error_label.text() == (
        "2024-02-30 is not a date in the calendar. Enter the note date as YYYY-MM-DD."
    )
    assert dialog.ui.note_date_error_label.isVisible()
    assert dialog.ui.text_error_label.text() == "The note text is required."
    assert dialog.ui.text_error_label.isVisible()
    assert dialog.isVisible()
    assert ClientNote.select().count() == 0


def test_missing_text_shown_next_to_field(qtbot, admin_session, client, no_questions):
    dialog = open_dialog(qtbot, admin_session, client.id)
    dialog.ui.text_edit.setPlainText("   \n  ")

    dialog.accept()

    assert dialog.ui.text_error_label.text() == "The note text is required."
    assert not dialog.ui.note_date_error_label.isVisible()
    assert ClientNote.select().count() == 0


def test_ctrl_return_saves(qtbot, admin_session, client, no_questions):
    dialog = open_dialog(qtbot, admin_session, client.id)
    # Shortcuts fire only in the active window.
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    dialog.ui.text_edit.setFocus()
    qtbot.keyClicks(dialog.ui.text_edit, "First line")
    qtbot.keyClick(dialog.ui.text_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.ui.text_edit, "second line")

    qtbot.keyClick(dialog.ui.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert ClientNote.get_by_id(dialog.saved_note_id).text == "First line\nsecond line"


def test_edit_changes_date_and_text(qtbot, admin_session, client, no_questions):
    note = notes.create_note(admin_session, client, date(2024, 1, 2), "Old text")
    dialog = open_dialog(qtbot, admin_session, client.id, note.id)
    assert dialog.ui.note_date_edit.date() == date(2024, 1, 2)
    assert dialog.ui.text_edit.toPlainText() == "Old text"
    assert dialog.ui.history_value_label.text().startswith("Entered ")

    dialog.ui.note_date_edit.set_date(date(2024, 1, 3))
    dialog.ui.text_edit.selectAll()
    type_text(dialog.ui.text_edit, "New text")
    dialog.accept()

    changed = ClientNote.get_by_id(note.id)
    assert changed.note_date == date(2024, 1, 3)
    assert changed.text == "New text"
    assert changed.version == 2


def test_edit_keeps_unedited_text_exactly(qtbot, admin_session, client, no_questions):
    note = notes.create_note(admin_session, client, date(2024, 1, 2), "Line one\r\nLine two")
    dialog = open_dialog(qtbot, admin_session, client.id, note.id)

    dialog.ui.note_date_edit.set_date(date(2024, 1, 5))
    dialog.accept()

    changed = ClientNote.get_by_id(note.id)
    assert changed.text == "Line one\r\nLine two"
    assert changed.note_date == date(2024, 1, 5)


def test_view_is_read_only_with_close(qtbot, admin_session, client, no_questions):
    text = "Full note text.\n" + "Second paragraph. " * 40
    note = notes.create_note(admin_session, client, date(2024, 1, 2), text)
    dialog = open_dialog(qtbot, admin_session, client.id, note.id, read_only=True)
    buttons = dialog.ui.button_box

    assert dialog.ui.text_edit.isReadOnly()
    assert dialog.ui.text_edit.toPlainText() == text
    assert dialog.ui.note_date_edit.is_read_only()
    assert buttons.button(QDialogButtonBox.StandardButton.Save) is None
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel) is None
    assert buttons.button(QDialogButtonBox.StandardButton.Close).isDefault()

    qtbot.mouseClick(
        buttons.button(QDialogButtonBox.StandardButton.Close), Qt.MouseButton.LeftButton
    )

    assert not dialog.isVisible()
    assert no_questions.questions == []
    assert ClientNote.get_by_id(note.id).version == 1


def test_cancel_with_typed_text_asks(qtbot, admin_session, client, monkeypatch):
    answers = RecordedAnswers(False)
    monkeypatch.setattr(messages, "ask_yes_no", answers)
    dialog = open_dialog(qtbot, admin_session, client.id)
    type_text(dialog.ui.text_edit, "Unsaved")

    dialog.reject()

    assert [title for title, _ in answers.questions] == ["Discard Changes"]
    assert dialog.isVisible()


def test_cancel_untouched_closes_without_asking(qtbot, admin_session, client, no_questions):
    dialog = open_dialog(qtbot, admin_session, client.id)

    dialog.reject()

    assert no_questions.questions == []
    assert not dialog.isVisible()


def test_labels_tied_to_fields(qtbot, admin_session, client):
    dialog = open_dialog(qtbot, admin_session, client.id)

    assert dialog.ui.note_date_label.buddy() is dialog.ui.note_date_edit
    assert dialog.ui.text_label.buddy() is dialog.ui.text_edit
