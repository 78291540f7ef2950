"""ClientRecord, its Client Profile tab and the Client Notes section."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QHeaderView, QTabWidget, QWidget

from casepoint_desktop.data.models import AuditEntry, ClientNote, Provider
from casepoint_desktop.services import notes
from casepoint_desktop.services.errors import NotFound
from casepoint_desktop.services.session import Role
from casepoint_desktop.ui import messages
from casepoint_desktop.ui.client_record import ClientRecord, describe_header
from casepoint_desktop.ui.dialogs.client_dialog import ClientDialog
from casepoint_desktop.ui.dialogs.client_note_dialog import ClientNoteDialog
from casepoint_desktop.ui.models.client_notes_model import (
    AUTHOR_COLUMN,
    DATE_COLUMN,
    PAGE_SIZE,
    PREVIEW_COLUMN,
    PROVIDER_COLUMN,
)
from casepoint_desktop.ui.tabs.client_profile_tab import age_on, describe_date_of_birth
from casepoint_desktop.ui.widgets.client_notes_section import PROVIDER_COLUMN_MAX_CHARACTERS
from tests.conftest import make_user
from tests.ui.record_helpers import RecordedAnswers, make_client, type_text


@pytest.fixture
def client(admin_session):
    return make_client(
        admin_session,
        "Nguyễn Thị",
        "Hương",
        date(1990, 7, 24),
        alias="Hương Trần",
        gender="Woman",
        phone="555-201-3344",
        email="huong@example.org",
        address="1420 Riverside Ave\nSpringfield",
        ssn_last4="4821",
    )


def open_record(qtbot, session, client_id) -> ClientRecord:
    record = ClientRecord(session, client_id)
    qtbot.addWidget(record)
    record.resize(1366, 700)
    record.show()
    qtbot.waitExposed(record)
    return record


def first_ink_column(widget: QWidget) -> int:
    """Return the x of the leftmost dark pixel that `widget` draws, or -1 when it draws none."""
    image = widget.grab().toImage()
    for x in range(image.width()):
        for y in range(image.height()):
            if image.pixelColor(x, y).lightness() < 128:
                return x
    return -1


class DialogRecorder:
    """A stand-in for messages.run_dialog that records each dialog and runs `action` on it."""

    def __init__(self, action=None) -> None:
        self.action = action
        self.dialogs: list[QDialog] = []

    def __call__(self, dialog: QDialog) -> int:
        self.dialogs.append(dialog)
        if self.action is None:
            return QDialog.DialogCode.Rejected
        self.action(dialog)
        return dialog.result()


def test_header_shows_name_id_and_birth(qtbot, admin_session, client):
    record = open_record(qtbot, admin_session, client.id)

    assert record.name_label.text() == "Nguyễn Thị Hương"
    assert record.details_label.text() == f"Client ID {client.id} · Date of birth 1990-07-24"
    assert record.name_label.font().pointSizeF() > record.details_label.font().pointSizeF()
    assert record.client_id == client.id


def test_header_right_to_left_name_aligned(qtbot, admin_session):
    client = make_client(admin_session, "أحمد", "محمد عبد الله", date(1988, 5, 2))
    record = open_record(qtbot, admin_session, client.id)
    ui = record.profile_tab.ui

    name_start = first_ink_column(record.name_label)
    details_start = first_ink_column(record.details_label)
    value_start = first_ink_column(ui.name_value)
    date_value_start = first_ink_column(ui.date_of_birth_value)

    assert 0 <= name_start <= details_start + 4
    assert 0 <= value_start <= date_value_start + 4
    assert record.name_label.text() == "أحمد محمد عبد الله"


def test_header_without_birth_date(admin_session):
    client = make_client(admin_session, "Sam", "Lee")

    assert describe_header(client) == f"Client ID {client.id} · Date of birth not recorded"


def test_record_tabs_in_order(qtbot, admin_session, client):
    record = open_record(qtbot, admin_session, client.id)
    tabs = record.findChild(QTabWidget)

    assert tabs.count() == 3
    assert tabs.tabText(0).replace("&", "") == "Client Profile"
    assert tabs.tabText(1).replace("&", "") == "Case Managers"
    assert tabs.tabText(2).replace("&", "") == "Case Plans"


def test_opening_records_audit_view(qtbot, admin_session, client):
    open_record(qtbot, admin_session, client.id)

    views = AuditEntry.select().where(
        (AuditEntry.action == "view") & (AuditEntry.client_id == client.id)
    )
    assert views.count() == 1
    assert views.get().user_id == admin_session.user.id


def test_opening_missing_client_raises(qtbot, admin_session):
    with pytest.raises(NotFound):
        ClientRecord(admin_session, 999)


def test_profile_shows_demographics(qtbot, admin_session, client):
    record = open_record(qtbot, admin_session, client.id)
    ui = record.profile_tab.ui

    assert ui.name_value.text() == "Nguyễn Thị Hương"
    assert ui.alias_value.text() == "Hương Trần"
    assert ui.date_of_birth_value.text().startswith("1990-07-24 (age ")
    assert ui.gender_value.text() == "Woman"
    assert ui.phone_value.text() == "(555) 201-3344"
    assert ui.email_value.text() == "huong@example.org"
    assert ui.address_value.text() == "1420 Riverside Ave\nSpringfield"
    assert ui.ssn_last4_value.text() == "•••• 4821"


def test_profile_two_word_name_not_clipped(qtbot, admin_session):
    client = make_client(admin_session, "Humbuggery", "Lodge")
    record = open_record(qtbot, admin_session, client.id)
    label = record.profile_tab.ui.name_value

    for width in (1366, 1000, 800):
        record.resize(width, 700)
        QApplication.processEvents()

        assert label.height() >= label.heightForWidth(label.width()), width
        assert label.shown_text().split() == ["Humbuggery", "Lodge"], width
        assert not label.is_elided(), width


def test_profile_blank_fields_not_recorded(qtbot, admin_session):
    client = make_client(admin_session, "Sam", "Lee")
    record = open_record(qtbot, admin_session, client.id)
    ui = record.profile_tab.ui

    assert ui.date_of_birth_value.text() == "Not recorded"
    assert ui.email_value.text() == "Not recorded"
    assert ui.ssn_last4_value.text() == "Not recorded"


def test_age_counts_birthday(admin_session):
    assert age_on(date(1990, 7, 24), date(2025, 7, 23)) == 34
    assert age_on(date(1990, 7, 24), date(2025, 7, 24)) == 35
    assert age_on(date(2000, 2, 29), date(2025, 2, 28)) == 24
    assert age_on(date(2000, 2, 29), date(2025, 3, 1)) == 25
    assert describe_date_of_birth(date(1990, 7, 24), date(2025, 7, 24)) == "1990-07-24 (age 35)"


def test_edit_demographics_updates_header_and_signals(qtbot, admin_session, client, monkeypatch):
    def rename(dialog):
        assert isinstance(dialog, ClientDialog)
        dialog.ui.first_name_edit.clear()
        type_text(dialog.ui.first_name_edit, "Thị Mai")
        dialog.accept()

    recorder = DialogRecorder(rename)
    monkeypatch.setattr(messages, "run_dialog", recorder)
    record = open_record(qtbot, admin_session, client.id)

    with qtbot.waitSignal(record.client_changed) as blocker:
        qtbot.mouseClick(record.profile_tab.ui.edit_demographics_button, Qt.MouseButton.LeftButton)

    assert blocker.args == [client.id]
    assert len(recorder.dialogs) == 1
    assert record.name_label.text() == "Thị Mai Hương"
    assert record.profile_tab.ui.name_value.text() == "Thị Mai Hương"


def test_edit_demographics_cancelled_no_signal(qtbot, admin_session, client, monkeypatch):
    monkeypatch.setattr(messages, "run_dialog", DialogRecorder())
    record = open_record(qtbot, admin_session, client.id)
    changed = []
    record.client_changed.connect(changed.append)

    qtbot.mouseClick(record.profile_tab.ui.edit_demographics_button, Qt.MouseButton.LeftButton)

    assert changed == []
    assert record.name_label.text() == "Nguyễn Thị Hương"


def test_notes_section_lists_notes(qtbot, admin_session, client):
    notes.create_note(admin_session, client, date(2024, 1, 2), "Older note")
    notes.create_note(admin_session, client, date(2024, 3, 4), "Newer note")
    record = open_record(qtbot, admin_session, client.id)
    section = record.profile_tab.notes_section

    assert section.model.rowCount() == 2
    assert section.model.index(0, PREVIEW_COLUMN).data() == "Newer note"
    assert section.ui.count_label.text() == "2 notes"
    assert section.ui.notes_view.accessibleName() == "Client notes"
    assert not section.ui.view_note_button.isEnabled()


def rename_provider(session, name: str) -> None:
    Provider.update(name=name).where(Provider.id == session.provider.id).execute()


def test_notes_columns_fit_provider_name(qtbot, admin_session, client):
    rename_provider(admin_session, "Northside Housing Partnership Program")
    notes.create_note(admin_session, client, date(2024, 3, 1), "Called about rent. " * 20)
    record = open_record(qtbot, admin_session, client.id)
    view = record.profile_tab.notes_section.ui.notes_view
    header = view.horizontalHeader()

    for column in (DATE_COLUMN, PROVIDER_COLUMN, AUTHOR_COLUMN):
        assert header.sectionSize(column) >= view.sizeHintForColumn(column), column
    assert header.sectionResizeMode(PREVIEW_COLUMN) == QHeaderView.ResizeMode.Stretch
    assert header.sectionSize(PREVIEW_COLUMN) > header.sectionSize(PROVIDER_COLUMN)


def test_notes_provider_column_has_maximum(qtbot, admin_session, client):
    long_name = "Northside Housing Partnership Program " * 6
    rename_provider(admin_session, long_name)
    notes.create_note(admin_session, client, date(2024, 3, 1), "Called about rent.")
    record = open_record(qtbot, admin_session, client.id)
    section = record.profile_tab.notes_section
    view = section.ui.notes_view

    max_width = view.fontMetrics().averageCharWidth() * PROVIDER_COLUMN_MAX_CHARACTERS
    assert view.horizontalHeader().sectionSize(PROVIDER_COLUMN) == max_width
    tooltip = section.model.index(0, PROVIDER_COLUMN).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip == long_name


def test_notes_section_loads_first_page(qtbot, admin_session, client):
    for day in range(PAGE_SIZE + 20):
        notes.create_note(admin_session, client, date(2020, 1, 1), f"Note {day}")
    record = open_record(qtbot, admin_session, client.id)
    section = record.profile_tab.notes_section

    assert section.model.rowCount() == PAGE_SIZE
    assert section.ui.count_label.text() == f"{PAGE_SIZE + 20} notes"


def test_add_note_button(qtbot, admin_session, client, monkeypatch):
    def write_note(dialog):
        assert isinstance(dialog, ClientNoteDialog)
        type_text(dialog.ui.text_edit, "Called — no answer")
        dialog.accept()

    monkeypatch.setattr(messages, "run_dialog", DialogRecorder(write_note))
    record = open_record(qtbot, admin_session, client.id)
    section = record.profile_tab.notes_section

    qtbot.mouseClick(section.ui.add_note_button, Qt.MouseButton.LeftButton)

    note = ClientNote.get()
    assert note.text == "Called — no answer"
    assert note.note_date == date.today()
    assert section.model.rowCount() == 1
    assert section.selected_note().id == note.id
    assert section.ui.count_label.text() == "1 note"


def test_add_note_shortcut(qtbot, admin_session, client, monkeypatch):
    recorder = DialogRecorder()
    monkeypatch.setattr(messages, "run_dialog", recorder)
    record = open_record(qtbot, admin_session, client.id)
    with qtbot.waitActive(record):
        record.activateWindow()

    qtbot.keyClick(
        record,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )

    assert len(recorder.dialogs) == 1
    assert recorder.dialogs[0].note is None


def test_enter_views_note(qtbot, admin_session, client, monkeypatch):
    note = notes.create_note(admin_session, client, date(2024, 1, 2), "Full text")
    recorder = DialogRecorder()
    monkeypatch.setattr(messages, "run_dialog", recorder)
    record = open_record(qtbot, admin_session, client.id)
    section = record.profile_tab.notes_section
    view = section.ui.notes_view
    view.setFocus()
    view.setCurrentIndex(section.model.index(0, 0))

    qtbot.keyClick(view, Qt.Key.Key_Return)

    assert len(recorder.dialogs) == 1
    assert recorder.dialogs[0].note.id == note.id
    assert recorder.dialogs[0].read_only


def test_double_click_views_note(qtbot, admin_session, client, monkeypatch):
    notes.create_note(admin_session, client, date(2024, 1, 2), "Full text")
    recorder = DialogRecorder()
    monkeypatch.setattr(messages, "run_dialog", recorder)
    record = open_record(qtbot, admin_session, client.id)
    section = record.profile_tab.notes_section
    view = section.ui.notes_view
    position = view.visualRect(section.model.index(0, PREVIEW_COLUMN)).center()

    # A real double-click starts with a press and release; QTest.mouseDClick sends only the
    # second press, which an item view ignores on its own.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=position)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=position)

    assert len(recorder.dialogs) == 1
    assert recorder.dialogs[0].read_only


def test_edit_note_button(qtbot, admin_session, client, monkeypatch):
    note = notes.create_note(admin_session, client, date(2024, 1, 2), "Old")

    def change_text(dialog):
        assert not dialog.read_only
        dialog.ui.text_edit.selectAll()
        type_text(dialog.ui.text_edit, "New")
        dialog.accept()

    monkeypatch.setattr(messages, "run_dialog", DialogRecorder(change_text))
    record = open_record(qtbot, admin_session, client.id)
    section = record.profile_tab.notes_section
    section.ui.notes_view.selectRow(0)

    qtbot.mouseClick(section.ui.edit_note_button, Qt.MouseButton.LeftButton)

    assert ClientNote.get_by_id(note.id).text == "New"
    assert section.model.index(0, PREVIEW_COLUMN).data() == "New"


def test_delete_note_asks_first(qtbot, admin_session, client, monkeypatch):
    note = notes.create_note(admin_session, client, date(2024, 1, 2), "Delete me")
    answers = RecordedAnswers(False)
    monkeypatch.setattr(messages, "ask_yes_no", answers)
    record = open_record(qtbot, admin_session, client.id)
    section = record.profile_tab.notes_section
    section.ui.notes_view.selectRow(0)

    qtbot.mouseClick(section.ui.delete_note_button, Qt.MouseButton.LeftButton)

    assert len(answers.questions) == 1
    assert answers.questions[0][0] == "Delete Client Note"
    assert "2024-01-02" in answers.questions[0][1]
    assert ClientNote.get_or_none(ClientNote.id == note.id) is not None

    answers.answer = True
    qtbot.mouseClick(section.ui.delete_note_button, Qt.MouseButton.LeftButton)

    assert ClientNote.get_or_none(ClientNote.id == note.id) is None
    assert section.model.rowCount() == 0
    assert section.ui.count_label.text() == "0 notes"


def test_delete_key_deletes_and_selects_next(qtbot, admin_session, client, monkeypatch):
    notes.create_note(admin_session, client, date(2024, 1, 1), "Second")
    first = notes.create_note(admin_session, client, date(2024, 1, 2), "First")
    monkeypatch.setattr(messages, "ask_yes_no", RecordedAnswers(True))
    record = open_record(qtbot, admin_session, client.id)
    with qtbot.waitActive(record):
        record.activateWindow()
    section = record.profile_tab.notes_section
    view = section.ui.notes_view
    view.setFocus()
    view.selectRow(0)

    qtbot.keyClick(view, Qt.Key.Key_Delete)

    assert ClientNote.get_or_none(ClientNote.id == first.id) is None
    assert section.model.rowCount() == 1
    assert section.selected_note().text == "Second"


def test_read_only_user_can_only_view(qtbot, admin_session, client):
    notes.create_note(admin_session, client, date(2024, 1, 2), "Note")
    admin_session.user = make_user("reader", Role.READ_ONLY)
    record = open_record(qtbot, admin_session, client.id)
    tab = record.profile_tab
    tab.notes_section.ui.notes_view.selectRow(0)

    assert not tab.ui.edit_demographics_button.isEnabled()
    assert not tab.notes_section.ui.add_note_button.isEnabled()
    assert not tab.notes_section.ui.edit_note_button.isEnabled()
    assert not tab.notes_section.ui.delete_note_button.isEnabled()
    assert tab.notes_section.ui.view_note_button.isEnabled()


def test_other_providers_note_can_be_viewed_not_changed(qtbot, admin_session, client):
    south = Provider.create(name="South")
    writer = make_user("south.worker", Role.CASE_MANAGER, south)
    ClientNote.create(
        client=client, provider=south, author=writer, note_date=date(2024, 1, 2), text="Theirs"
    )
    record = open_record(qtbot, admin_session, client.id)
    section = record.profile_tab.notes_section

    section.ui.notes_view.selectRow(0)

    assert section.ui.view_note_button.isEnabled()
    assert not section.ui.edit_note_button.isEnabled()
    assert not section.ui.delete_note_button.isEnabled()
