"""Tests of the exception hook: it logs without the message and shows the traceback."""

from __future__ import annotations

import logging
import sys

import pytest

from casepoint_desktop.services.errors import NotFound
from casepoint_desktop.ui import error_hook, messages


def raise_and_capture(exception: BaseException):
    try:
        raise exception
    except BaseException:
        return sys.exc_info()


@pytest.fixture
def shown(monkeypatch, qapp):
    calls = []
    monkeypatch.setattr(
        messages, "show_error", lambda *args, **kwargs: calls.append((args, kwargs))
    )
    return calls


def test_hook_logs_type_and_traceback(caplog, shown):
    exc_info = raise_and_capture(ValueError("client Nguyễn Thị Minh has no date"))

    with caplog.at_level(logging.ERROR, logger=error_hook.__name__):
        error_hook.handle_exception(*exc_info)

    assert len(caplog.records) == 1
    logged = caplog.records[0].getMessage()
    assert logged.startswith("Unexpected ValueError\nTraceback (most recent call last):")
    assert "raise_and_capture" in logged
    assert logged.endswith("builtins.ValueError")
    assert "Nguyễn" not in caplog.text
    assert caplog.records[0].exc_info is None


def test_hook_shows_error_with_traceback(shown):
    exc_info = raise_and_capture(ValueError("bad value"))

    error_hook.handle_exception(*exc_info)

    assert len(shown) == 1
    (_parent, title, text, details), _ = shown[0]
    assert title == error_hook.ERROR_TITLE
    assert text == error_hook.ERROR_TEXT
    assert "Traceback (most recent call last):" in details
    assert "ValueError: bad value" in details


def test_service_error_shows_its_message(shown):
    error_hook.handle_exception(*raise_and_capture(NotFound("Client 7 was not found.")))

    (_, _, text, _), _ = shown[0]
    assert text == "Client 7 was not found."


def test_error_during_error_is_only_logged(monkeypatch, qapp, caplog):
    calls = []

    def show_error_that_fails_again(*args, **kwargs):
        calls.append(args)
        error_hook.handle_exception(*raise_and_capture(RuntimeError("second")))

    monkeypatch.setattr(messages, "show_error", show_error_that_fails_again)
    with caplog.at_level(logging.ERROR, logger=error_hook.__name__):
        error_hook.handle_exception(*raise_and_capture(RuntimeError("first")))

    assert len(calls) == 1
    assert len(caplog.records) == 2


def test_install_replaces_and_returns_previous(monkeypatch):
    def previous_hook(*args):
        return None

    monkeypatch.setattr(sys, "excepthook", previous_hook)

    returned = error_hook.install_exception_hook()

    assert returned is previous_hook
    assert sys.excepthook is error_hook.handle_exception


def test_exception_in_slot_reaches_hook(qtbot, shown, monkeypatch):
    from PySide6.QtCore import QTimer

    monkeypatch.setattr(sys, "excepthook", error_hook.handle_exception)

    def failing_slot():
        raise KeyError("missing")

    QTimer.singleShot(0, failing_slot)
    qtbot.waitUntil(lambda: len(shown) == 1)

    (_, _, _, details), _ = shown[0]
    assert "KeyError" in details


def test_busy_database_keeps_typed_note(qtbot, shown, monkeypatch, admin_session, db_path):
    import sqlite3

    from PySide6.QtWidgets import QDialogButtonBox

    from casepoint_desktop.data.database import db
    from casepoint_desktop.data.models import ClientNote
    from casepoint_desktop.services import clients
    from casepoint_desktop.services.clients import ClientInput
    from casepoint_desktop.ui.dialogs.client_note_dialog import ClientNoteDialog

    monkeypatch.setattr(sys, "excepthook", error_hook.handle_exception)
    client = clients.create_client(admin_session, ClientInput("Ana", "Lopez"))
    dialog = ClientNoteDialog(admin_session, client.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.text_edit.setPlainText("Typed during a busy moment.")
    # Another program holds the write lock; this one gives up after 50 ms.
    other = sqlite3.connect(str(db_path), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    db.execute_sql("PRAGMA busy_timeout = 50")
    save = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save)

    save.click()

    assert shown[0][0][2] == error_hook.BUSY_TEXT
    assert dialog.isVisible()
    assert dialog.ui.text_edit.toPlainText() == "Typed during a busy moment."
    assert ClientNote.select().count() == 0

    other.execute("ROLLBACK")
    other.close()
    save.click()

    assert [note.text for note in ClientNote.select()] == ["Typed during a busy moment."]
