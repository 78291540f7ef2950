"""GoalCaseNotesSection and CaseNoteDialog: add, view, edit, delete and the edit policy."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QDialog

from casepoint_desktop.data.case_plan_models import CaseNote, CaseNoteMember
from casepoint_desktop.data.models import AgencySettings, Relationship
from casepoint_desktop.services import case_managers, case_notes, households
from casepoint_desktop.services.case_managers import AssignmentInput
from casepoint_desktop.services.case_notes import CaseNoteInput
from casepoint_desktop.services.session import Role, Session
from casepoint_desktop.ui import messages
from casepoint_desktop.ui.dialogs.case_note_dialog import CaseNoteDialog
from casepoint_desktop.ui.models.goal_case_notes_model import (
    CASE_MANAGER_COLUMN,
    DATE_COLUMN,
    PAGE_SIZE,
    PREVIEW_COLUMN,
    GoalCaseNotesModel,
)
from casepoint_desktop.ui.widgets.goal_case_notes_section import GoalCaseNotesSection
from tests.conftest import make_user
from tests.ui.goal_helpers import DialogRunner, make_goal
from tests.ui.record_helpers import RecordedAnswers, RecordedMessages, make_client, type_text

NOTE_TEXT = "Called the landlord; rent plan agreed.\nNext visit on Friday."


@pytest.fixture
def client(admin_session):
    return make_client(admin_session, "Nguyễn Thị", "Hương", date(1990, 7, 24))


@pytest.fixture
def goal(admin_session, client):
    return make_goal(admin_session, client)


@pytest.fixture(autouse=True)
def answers_yes(monkeypatch) -> RecordedAnswers:
    answers = RecordedAnswers(True)
    monkeypatch.setattr(messages, "ask_yes_no", answers)
    return answers


@pytest.fixture(autouse=True)
def shown_errors(monkeypatch) -> RecordedMessages:
    shown = RecordedMessages()
    monkeypatch.setattr(messages, "show_service_error", shown)
    monkeypatch.setattr(messages, "show_error", shown)
    return shown


def add_note(session, goal, text=NOTE_TEXT, note_date=date(2026, 3, 2)) -> CaseNote:
    data = CaseNoteInput(
        provider_id=session.provider.id,
        note_date=note_date,
        text=text,
        member_ids=[goal.client_id],
    )
    return case_notes.create_case_note(session, goal.id, data)


def set_policy(editable: bool, deletable: bool) -> None:
    AgencySettings.update(case_notes_editable=editable, case_notes_deletable=deletable).execute()


def make_section(qtbot, session, goal) -> GoalCaseNotesSection:
    section = GoalCaseNotesSection(session, goal.id)
    qtbot.addWidget(section)
    section.show()
    return section


def test_model_passes_modeltester(qtmodeltester, admin_session, goal):
    add_note(admin_session, goal)
    add_note(admin_session, goal, "Second visit", date(2026, 3, 9))
    model = GoalCaseNotesModel(admin_session, goal.id)
    model.reload()

    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.index(0, DATE_COLUMN).data() == "2026-03-09"
    assert model.index(1, PREVIEW_COLUMN).data() == " ".join(NOTE_TEXT.split())


def test_add_note_through_dialog(qtbot, monkeypatch, admin_session, goal):
    assignment = case_managers.create_assignment(
        admin_session,
        goal.client_id,
        AssignmentInput(
            provider_id=admin_session.provider.id,
            start_date=date(2026, 1, 1),
            user_id=admin_session.user.id,
        ),
    )
    section = make_section(qtbot, admin_session, goal)

    def fill(dialog: CaseNoteDialog) -> None:
        assert dialog.ui.note_date_edit.date() == date.today()
        combo = dialog.ui.case_manager_combo
        combo.setCurrentIndex(combo.findData(assignment.id))
        type_text(dialog.ui.text_edit, "Visited — rent paid ✓")

    runner = DialogRunner(fill)
    monkeypatch.setattr(messages, "run_dialog", runner)
    with qtbot.waitSignal(section.changed):
        section.ui.add_note_button.click()

    note = CaseNote.get()
    assert note.text == "Visited — rent paid ✓"
    assert note.note_date == date.today()
    assert note.case_manager_id == assignment.id
    members = [link.client_id for link in CaseNoteMember.select()]
    assert members == [goal.client_id]
    assert section.model.rowCount() == 1
    assert section.model.index(0, CASE_MANAGER_COLUMN).data() == "Ada Admin"


def test_dialog_shows_messages_beside_fields(qtbot, admin_session, goal):
    dialog = CaseNoteDialog(admin_session, goal.id)
    qtbot.addWidget(dialog)
    dialog.ui.note_date_edit.set_date(date.today() + timedelta(days=3))

    dialog.accept()

    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.field_errors.message("text") == "The note text is required."
    assert "is in the future" in dialog.field_errors.message("note_date")
    assert dialog.field_errors.message("provider") == ""
    assert CaseNote.select().count() == 0


def test_dialog_rejects_blank_date(qtbot, admin_session, goal):
    dialog = CaseNoteDialog(admin_session, goal.id)
    qtbot.addWidget(dialog)
    dialog.ui.note_date_edit.clear()
    dialog.ui.text_edit.setPlainText("Some text")

    dialog.accept()

    assert dialog.field_errors.message("note_date") != ""
    assert CaseNote.select().count() == 0


def test_edit_note_keeps_other_fields(qtbot, monkeypatch, admin_session, goal):
    note = add_note(admin_session, goal)
    section = make_section(qtbot, admin_session, goal)
    section.ui.notes_view.selectRow(0)

    def fill(dialog: CaseNoteDialog) -> None:
        dialog.ui.text_edit.setPlainText("Rewritten")
        dialog.ui.text_edit.document().setModified(True)

    monkeypatch.setattr(messages, "run_dialog", DialogRunner(fill))
    with qtbot.waitSignal(section.changed):
        section.ui.edit_note_button.click()

    stored = CaseNote.get_by_id(note.id)
    assert stored.text == "Rewritten"
    assert stored.note_date == date(2026, 3, 2)
    assert stored.version == 2


def test_delete_note_asks_first(qtbot, admin_session, goal, answers_yes):
    add_note(admin_session, goal)
    section = make_section(qtbot, admin_session, goal)
    section.ui.notes_view.selectRow(0)

    section.ui.delete_note_button.click()

    assert answers_yes.questions[0][0] == "Delete Case Note"
    assert CaseNote.select().count() == 0
    assert section.model.rowCount() == 0


def test_delete_note_answer_no_keeps_it(qtbot, monkeypatch, admin_session, goal):
    add_note(admin_session, goal)
    monkeypatch.setattr(messages, "ask_yes_no", RecordedAnswers(False))
    section = make_section(qtbot, admin_session, goal)
    section.ui.notes_view.selectRow(0)

    section.ui.delete_note_button.click()

    assert CaseNote.select().count() == 1


def test_policy_off_offers_only_view(qtbot, monkeypatch, admin_session, goal):
    add_note(admin_session, goal)
    set_policy(editable=False, deletable=False)
    section = make_section(qtbot, admin_session, goal)
    section.ui.notes_view.selectRow(0)

    assert not section.ui.edit_note_button.isVisible()
    assert not section.ui.delete_note_button.isVisible()
    assert section.ui.view_note_button.isEnabled()

    runner = DialogRunner()
    monkeypatch.setattr(messages, "run_dialog", runner)
    section.on_note_activated(section.model.index(0, 0))
    section.on_delete_note_clicked()

    assert runner.dialogs[0].read_only
    assert runner.dialogs[0].ui.text_edit.isReadOnly()
    assert CaseNote.select().count() == 1


def test_policy_on_offers_edit_and_delete(qtbot, admin_session, goal):
    add_note(admin_session, goal)
    set_policy(editable=True, deletable=True)
    section = make_section(qtbot, admin_session, goal)
    section.ui.notes_view.selectRow(0)

    assert section.ui.edit_note_button.isVisible()
    assert section.ui.edit_note_button.isEnabled()
    assert section.ui.delete_note_button.isVisible()
    assert section.ui.delete_note_button.isEnabled()


def test_view_mode_saves_nothing(qtbot, admin_session, goal):
    note = add_note(admin_session, goal)
    dialog = CaseNoteDialog(admin_session, goal.id, note.id, read_only=True)
    qtbot.addWidget(dialog)

    dialog.accept()

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert CaseNote.get_by_id(note.id).version == 1
    assert not dialog.ui.provider_combo.isEnabled()


def test_read_only_user_only_views(qtbot, admin_session, goal):
    add_note(admin_session, goal)
    viewer = make_user("viewer", role=Role.READ_ONLY)
    section = make_section(qtbot, Session(user=viewer, provider=viewer.home_provider), goal)
    section.ui.notes_view.selectRow(0)

    assert not section.ui.add_note_button.isEnabled()
    assert not section.ui.edit_note_button.isVisible()
    assert not section.ui.delete_note_button.isVisible()
    assert section.ui.view_note_button.isEnabled()


def test_cancel_asks_before_discarding(qtbot, monkeypatch, admin_session, goal):
    answers = RecordedAnswers(False)
    monkeypatch.setattr(messages, "ask_yes_no", answers)
    dialog = CaseNoteDialog(admin_session, goal.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.text_edit.setPlainText("Half a note")

    dialog.reject()

    assert answers.questions[0][0] == "Discard Changes"
    assert dialog.isVisible()


def test_members_are_current_goal_members(qtbot, admin_session, client):
    child = Relationship.get(Relationship.hmis_code == 2)
    son = make_client(admin_session, "Minh", "Nguyễn", date(2012, 1, 5))
    daughter = make_client(admin_session, "Lan", "Nguyễn", date(2014, 3, 9))
    son_membership = households.add_member(admin_session, client.id, son.id, child)
    households.add_member(admin_session, client.id, daughter.id, child)
    goal = make_goal(admin_session, client, member_ids=[son.id, daughter.id])
    households.remove_member(admin_session, son_membership.id)

    dialog = CaseNoteDialog(admin_session, goal.id)
    qtbot.addWidget(dialog)

    assert set(dialog.member_checks) == {client.id, daughter.id}
    assert dialog.member_checks[client.id].isChecked()
    assert not dialog.member_checks[daughter.id].isChecked()


def test_section_loads_notes_by_page(qtbot, admin_session, goal):
    for number in range(PAGE_SIZE + 20):
        add_note(admin_session, goal, f"Visit {number}", date(2026, 1, 1) + timedelta(number))
    section = make_section(qtbot, admin_session, goal)

    assert section.model.rowCount() == PAGE_SIZE
    assert section.ui.count_label.text() == f"{PAGE_SIZE + 20} case notes"
    assert section.model.canFetchMore()

    section.model.fetchMore()
    assert section.model.rowCount() == PAGE_SIZE + 20
    assert not section.model.canFetchMore()

    section.reload()
    assert section.model.rowCount() == PAGE_SIZE + 20


def test_reload_selects_note_past_first_page(qtbot, admin_session, goal):
    oldest = add_note(admin_session, goal, "First visit", date(2025, 1, 1))
    for number in range(PAGE_SIZE):
        add_note(admin_session, goal, f"Visit {number}", date(2026, 1, 1))
    section = make_section(qtbot, admin_session, goal)
    assert section.model.row_of(oldest.id) is None

    section.reload(oldest.id)

    assert section.selected_note().id == oldest.id
    assert section.model.rowCount() == PAGE_SIZE + 1
