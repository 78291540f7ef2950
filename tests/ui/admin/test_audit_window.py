"""Tests of the Audit Log window: filters, paging, details and the CSV export."""

from __future__ import annotations

import csv
from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QPlainTextEdit

from casepoint_desktop.data.models import AuditEntry
from casepoint_desktop.services import users
from casepoint_desktop.services.errors import PermissionDenied
from casepoint_desktop.services.session import Role, Session
from casepoint_desktop.ui import messages
from casepoint_desktop.ui.admin import audit_model
from casepoint_desktop.ui.admin.audit_model import ACTION_COLUMN, RECORD_TYPE_COLUMN
from casepoint_desktop.ui.admin.audit_window import AuditLogWindow
from tests.conftest import make_user


@pytest.fixture
def window(qtbot, admin_session):
    users.create_provider(admin_session, "Eastgate Outreach", "P-7")
    widget = AuditLogWindow(admin_session)
    qtbot.addWidget(widget)
    return widget


def column_texts(window: AuditLogWindow, column: int) -> list[str]:
    model = window.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_opens_with_all_entries(window, admin_session):
    assert window.model.rowCount() == AuditEntry.select().count()
    assert window.status_label.text() == f"{AuditEntry.select().count():,} entries match."


def test_non_administrator_cannot_open(qtbot, admin_session):
    casey = make_user("casey", Role.CASE_MANAGER)
    with pytest.raises(PermissionDenied):
        AuditLogWindow(Session(casey, casey.home_provider))


def test_filter_by_record_type_and_action(window):
    window.record_type_combo.setCurrentIndex(window.record_type_combo.findData("provider"))
    window.action_combo.setCurrentIndex(window.action_combo.findData("create"))

    window.search_button.click()

    assert column_texts(window, RECORD_TYPE_COLUMN) == ["provider"]
    assert column_texts(window, ACTION_COLUMN) == ["create"]


def test_filter_by_user(window, admin_session):
    window.user_combo.setCurrentIndex(window.user_combo.findData(admin_session.user.id))
    window.search_button.click()
    assert window.model.rowCount() >= 2

    casey = make_user("casey")
    window.user_combo.addItem("casey", casey.id)
    window.user_combo.setCurrentIndex(window.user_combo.findData(casey.id))
    window.search_button.click()
    assert window.model.rowCount() == 0


def test_filter_by_client_and_dates(window):
    window.client_id_edit.setText("999")
    window.search_button.click()
    assert window.model.rowCount() == 0

    window.client_id_edit.clear()
    tomorrow = date.today() + timedelta(days=1)
    window.start_edit.set_date(tomorrow)
    window.search_button.click()
    assert window.model.rowCount() == 0

    window.start_edit.set_date(date.today())
    window.search_button.click()
    assert window.model.rowCount() == AuditEntry.select().count()


def test_end_before_start_shows_message(window):
    rows_before = window.model.rowCount()
    window.start_edit.set_date(date(2026, 5, 2))
    window.end_edit.set_date(date(2026, 5, 1))

    window.search_button.click()

    assert window.error_label.text() == "The end date is before the start date."
    assert not window.error_label.isHidden()
    assert window.model.rowCount() == rows_before


def test_selected_entry_shows_changes(window):
    window.record_type_combo.setCurrentIndex(window.record_type_combo.findData("provider"))
    window.search_button.click()

    window.view.selectRow(0)

    text = window.details_edit.toPlainText()
    assert "name: Eastgate Outreach" in text
    assert "hmis_project_id: P-7" in text
    assert window.details_edit.isReadOnly()


def test_loads_in_pages(qtbot, admin_session, monkeypatch):
    monkeypatch.setattr(audit_model, "PAGE_SIZE", 5)
    for number in range(12):
        users.create_provider(admin_session, f"Provider {number}")
    window = AuditLogWindow(admin_session)
    qtbot.addWidget(window)

    assert window.model.rowCount() == 5
    assert window.model.canFetchMore()
    window.show()
    window.view.scrollToBottom()
    qtbot.waitUntil(lambda: window.model.rowCount() > 5, timeout=2000)


def test_export_csv(window, admin_session, monkeypatch, tmp_path):
    destination = tmp_path / "audit.csv"
    monkeypatch.setattr(messages, "choose_save_path", lambda *args: destination)
    infos = []
    monkeypatch.setattr(messages, "show_info", lambda *args: infos.append(args[2]))
    window.record_type_combo.setCurrentIndex(window.record_type_combo.findData("provider"))

    window.export_button.click()

    with destination.open(encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    assert [row["record_type"] for row in rows] == ["provider"]
    assert infos == [f"Saved 1 entries to {destination}."]
    assert AuditEntry.select().where(AuditEntry.action == "export").exists()


def test_export_cancelled(window, monkeypatch):
    monkeypatch.setattr(messages, "choose_save_path", lambda *args: None)
    exports_before = AuditEntry.select().where(AuditEntry.action == "export").count()
    window.export_button.click()
    assert AuditEntry.select().where(AuditEntry.action == "export").count() == exports_before


def test_no_control_edits_entries(window):
    buttons = [
        button for button in window.findChildren(QAbstractButton) if button.window() is window
    ]
    assert {button.text() for button in buttons} <= {"&Search", "&Export CSV…", "Close", ""}
    editable = [
        edit
        for edit in window.findChildren(QLineEdit)
        if not edit.isReadOnly() and edit.window() is window
    ]
    filter_fields = (window.client_id_edit, window.start_edit, window.end_edit)
    for edit in editable:
        assert any(edit is field or field.isAncestorOf(edit) for field in filter_fields)
    assert window.findChildren(QPlainTextEdit) == [window.details_edit]
    assert window.view.editTriggers() == window.view.EditTrigger.NoEditTriggers


def test_tab_order_follows_layout(window):
    order = []
    widget = window.search_button
    for _ in range(4):
        widget = widget.nextInFocusChain()
        while not widget.focusPolicy() & widget.focusPolicy().TabFocus:
            widget = widget.nextInFocusChain()
        order.append(widget)
    assert order[:3] == [window.view, window.details_edit, window.export_button]
