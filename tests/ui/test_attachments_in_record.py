"""Attachments in the Client Profile tab, the Case Plans tab and the case note dialog."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from casepoint_desktop.data.case_plan_models import Attachment
from casepoint_desktop.services import attachments
from casepoint_desktop.services.attachments import AttachmentOwner
from casepoint_desktop.ui import messages
from casepoint_desktop.ui.client_record import ClientRecord
from casepoint_desktop.ui.dialogs.attachment_dialog import AttachmentDialog
from casepoint_desktop.ui.dialogs.case_note_dialog import CaseNoteDialog
from casepoint_desktop.ui.models.attachments_model import ADDED_FROM_COLUMN, FILE_NAME_COLUMN
from casepoint_desktop.ui.models.goal_case_notes_model import ATTACHMENTS_COLUMN
from casepoint_desktop.ui.tabs.case_plans_tab import NO_GOAL_HINT, CasePlansTab
from casepoint_desktop.ui.tabs.client_profile_tab import ClientProfileTab
from casepoint_desktop.ui.widgets.attachments_section import AttachmentsSection
from casepoint_desktop.ui.widgets.goal_case_notes_section import GoalCaseNotesSection
from tests.ui.attachment_helpers import (
    AttachmentDialogRunner,
    add_case_note,
    install_fake_viewer,
    write_file,
)
from tests.ui.goal_helpers import make_goal
from tests.ui.record_helpers import RecordedAnswers, RecordedMessages, make_client


@pytest.fixture
def client(admin_session):
    return make_client(admin_session, "Nguyễn Thị", "Hương", date(1990, 7, 24))


@pytest.fixture
def goal(admin_session, client):
    return make_goal(admin_session, client)


@pytest.fixture
def case_note(admin_session, goal):
    return add_case_note(admin_session, goal)


@pytest.fixture(autouse=True)
def quiet_messages(monkeypatch) -> RecordedMessages:
    shown = RecordedMessages()
    monkeypatch.setattr(messages, "show_service_error", shown)
    monkeypatch.setattr(messages, "show_error", shown)
    monkeypatch.setattr(messages, "ask_yes_no", RecordedAnswers(True))
    return shown


@pytest.fixture
def files_everywhere(admin_session, client, goal, case_note, tmp_path):
    """One file on the client, one on the goal and one on the case note."""
    for owner, name in (
        (AttachmentOwner.of_client(client.id), "id-card.pdf"),
        (AttachmentOwner.of_goal(goal.id), "lease.pdf"),
        (AttachmentOwner.of_case_note(case_note.id), "visit.pdf"),
    ):
        attachments.add_attachment(admin_session, owner, write_file(tmp_path, name))


def rows(section: AttachmentsSection) -> dict[str, str]:
    """Return {file name: Added from} of each row of the section."""
    model = section.model
    return {
        model.data(model.index(row, FILE_NAME_COLUMN)): model.data(
            model.index(row, ADDED_FROM_COLUMN)
        )
        for row in range(model.rowCount())
    }


def show(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


def test_profile_tab_lists_every_file_of_client(qtbot, admin_session, client, files_everywhere):
    tab = show(qtbot, ClientProfileTab(admin_session, client.id))

    assert rows(tab.attachments_section) == {
        "id-card.pdf": "Client Profile",
        "lease.pdf": "Case Plan goal",
        "visit.pdf": "Case Note",
    }
    assert tab.attachments_section.owner == AttachmentOwner.of_client(client.id)


def test_profile_tab_attaches_to_client(qtbot, admin_session, client, tmp_path, monkeypatch):
    monkeypatch.setattr(messages, "run_dialog", AttachmentDialogRunner())
    path = write_file(tmp_path, "id-card.pdf")
    monkeypatch.setattr(messages, "choose_open_files", lambda parent, title, name_filter="": [path])
    tab = show(qtbot, ClientProfileTab(admin_session, client.id))

    qtbot.mouseClick(tab.attachments_section.ui.add_button, Qt.MouseButton.LeftButton)

    stored = Attachment.get()
    assert stored.added_from == "client_profile"
    assert stored.goal_id is None
    assert rows(tab.attachments_section) == {"id-card.pdf": "Client Profile"}


def test_case_plans_tab_follows_selected_goal(
    qtbot, admin_session, client, goal, files_everywhere, tmp_path, monkeypatch
):
    tab = show(qtbot, CasePlansTab(admin_session, client.id))
    section = tab.attachments_section
    tab.ui.goals_view.clearSelection()

    assert rows(section) == {}
    assert not section.ui.add_button.isEnabled()
    assert section.ui.hint_label.text() == NO_GOAL_HINT
    assert section.ui.hint_label.isVisible()

    tab.ui.goals_view.selectRow(0)
    assert section.owner == AttachmentOwner.of_goal(goal.id)
    assert rows(section) == {"lease.pdf": "Case Plan goal", "visit.pdf": "Case Note"}
    assert not section.ui.hint_label.isVisible()

    monkeypatch.setattr(messages, "run_dialog", AttachmentDialogRunner())
    path = write_file(tmp_path / "new", "plan.pdf")
    monkeypatch.setattr(messages, "choose_open_files", lambda parent, title, name_filter="": [path])
    qtbot.mouseClick(section.ui.add_button, Qt.MouseButton.LeftButton)
    stored = Attachment.get(Attachment.file_name == "plan.pdf")
    assert stored.goal_id == goal.id
    assert stored.added_from == "goal"
    assert "plan.pdf" in rows(section)


def test_other_tab_shows_file_added_meanwhile(
    qtbot, admin_session, client, goal, tmp_path, monkeypatch
):
    record = show(qtbot, ClientRecord(admin_session, client.id))
    record.tabs.setCurrentWidget(record.case_plans_tab)
    record.case_plans_tab.ui.goals_view.selectRow(0)
    monkeypatch.setattr(messages, "run_dialog", AttachmentDialogRunner())
    path = write_file(tmp_path, "lease.pdf")
    monkeypatch.setattr(messages, "choose_open_files", lambda parent, title, name_filter="": [path])
    goal_section = record.case_plans_tab.attachments_section
    qtbot.mouseClick(goal_section.ui.add_button, Qt.MouseButton.LeftButton)

    record.tabs.setCurrentWidget(record.profile_tab)

    assert rows(record.profile_tab.attachments_section) == {"lease.pdf": "Case Plan goal"}


def test_new_case_note_says_save_first(qtbot, admin_session, goal):
    dialog = show(qtbot, CaseNoteDialog(admin_session, goal.id))

    assert dialog.attachments_section is None
    assert dialog.ui.attachments_hint_label.isVisible()
    assert "once the case note is saved" in dialog.ui.attachments_hint_label.text()


def test_saved_case_note_lists_its_files(
    qtbot, admin_session, goal, case_note, files_everywhere, monkeypatch
):
    opened = install_fake_viewer(monkeypatch)
    dialog = show(qtbot, CaseNoteDialog(admin_session, goal.id, case_note.id))
    section = dialog.attachments_section

    assert section.owner == AttachmentOwner.of_case_note(case_note.id)
    assert list(rows(section)) == ["visit.pdf"]
    assert section.ui.attachments_view.isColumnHidden(ADDED_FROM_COLUMN)
    assert not dialog.ui.attachments_hint_label.isVisible()
    section.ui.attachments_view.selectRow(0)
    qtbot.mouseClick(section.ui.view_button, Qt.MouseButton.LeftButton)
    assert opened == [Attachment.get(Attachment.file_name == "visit.pdf").id]


@pytest.mark.parametrize("read_only", [True, False])
def test_case_note_count_updates_after_attaching(
    qtbot, admin_session, goal, case_note, tmp_path, monkeypatch, read_only
):
    """Attach a file in the case note dialog, opened with View or Edit, then close it."""
    path = write_file(tmp_path, "visit.pdf")
    attach_runner = AttachmentDialogRunner()

    def run_dialog(dialog) -> int:
        if isinstance(dialog, AttachmentDialog):
            return attach_runner(dialog)
        assert isinstance(dialog, CaseNoteDialog)
        dialog.attachments_section.add_files([path])
        # View closes with Close, which accepts; Edit is left with Cancel.
        if read_only:
            dialog.accept()
        else:
            dialog.reject()
        return dialog.result()

    monkeypatch.setattr(messages, "run_dialog", run_dialog)
    section = show(qtbot, GoalCaseNotesSection(admin_session, goal.id))
    model = section.model
    assert model.data(model.index(0, ATTACHMENTS_COLUMN)) == ""
    section.ui.notes_view.selectRow(0)

    button = section.ui.view_note_button if read_only else section.ui.edit_note_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    assert Attachment.get().case_note_id == case_note.id
    assert model.data(model.index(0, ATTACHMENTS_COLUMN)) == "1"
    assert section.selected_note().id == case_note.id


def test_case_plans_tab_reloads_files_after_goal_dialog(
    qtbot, admin_session, client, goal, case_note, tmp_path, monkeypatch
):
    from tests.ui.case_plan_helpers import install_fake_goal_dialog

    def attach_to_note(dialog: QDialog) -> None:
        owner = AttachmentOwner.of_case_note(case_note.id)
        attachments.add_attachment(admin_session, owner, write_file(tmp_path, "visit.pdf"))

    tab = show(qtbot, CasePlansTab(admin_session, client.id))
    tab.ui.goals_view.selectRow(0)
    install_fake_goal_dialog(monkeypatch, attach_to_note)

    qtbot.mouseClick(tab.ui.edit_button, Qt.MouseButton.LeftButton)

    assert rows(tab.attachments_section) == {"visit.pdf": "Case Note"}


def test_case_note_tab_order_reaches_files_before_save(qtbot, admin_session, goal, case_note):
    dialog = show(qtbot, CaseNoteDialog(admin_session, goal.id, case_note.id))
    section = dialog.attachments_section
    save_button = dialog.ui.button_box.buttons()[0]

    def first_reached(start, targets):
        widget = start.nextInFocusChain()
        while widget not in targets and widget is not start:
            widget = widget.nextInFocusChain()
        return widget

    assert first_reached(section.ui.delete_button, [section.ui.attachments_view, save_button]) is (
        section.ui.attachments_view
    )
    assert first_reached(section.ui.attachments_view, [section.ui.add_button, save_button]) is (
        save_button
    )
