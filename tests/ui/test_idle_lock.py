"""Tests of the idle lock: timer, covering open dialogs, unlocking with the password."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from casepoint_desktop.data.models import AgencySettings
from casepoint_desktop.ui import session_actions
from casepoint_desktop.ui.dialogs.client_note_dialog import ClientNoteDialog
from casepoint_desktop.ui.idle_lock import LOCKED_TITLE, LockOverlay
from casepoint_desktop.ui.main_window import MainWindow
from tests.conftest import ADMIN_PASSWORD
from tests.ui.record_helpers import make_client, type_text

TYPED_NOTE = "Called Nguyễn about the lease; she will bring the papers Monday."


@pytest.fixture
def window(qtbot, admin_session):
    widget = MainWindow(admin_session)
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def note_dialog(qtbot, window, admin_session):
    client = make_client(admin_session, "Thị Minh", "Nguyễn")
    dialog = ClientNoteDialog(admin_session, client.id, parent=window)
    # open() shows the dialog window-modal without a nested event loop.
    dialog.open()
    type_text(dialog.ui.text_edit, TYPED_NOTE)
    return dialog


def press_key(widget) -> None:
    for event_type in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(
            widget, QKeyEvent(event_type, Qt.Key.Key_Shift, Qt.KeyboardModifier.NoModifier)
        )


def overlay_of(widget) -> LockOverlay | None:
    overlays = [child for child in widget.findChildren(LockOverlay) if child.isVisible()]
    return overlays[0] if overlays else None


def covers(overlay: LockOverlay, widget) -> bool:
    """Return whether the point under the middle of `widget` belongs to the overlay."""
    window = overlay.parentWidget()
    middle = widget.mapTo(window, QPoint(widget.width() // 2, widget.height() // 2))
    top = window.childAt(middle)
    return top is overlay or overlay.isAncestorOf(top)


def test_timeout_from_agency_settings(window):
    assert window.session_actions.idle_lock.timer.interval() == 15 * 60_000
    assert window.session_actions.idle_lock.timer.isActive()


def test_saved_settings_change_timeout(window, admin_session):
    AgencySettings.update(idle_lock_minutes=3).execute()
    window.session_actions.on_settings_saved()
    assert window.session_actions.idle_lock.timer.interval() == 3 * 60_000
    assert session_actions.idle_lock_milliseconds() == 3 * 60_000


def test_input_restarts_timer(window):
    window.session_actions.idle_lock.timer.stop()
    press_key(window.search_panel)
    assert window.session_actions.idle_lock.timer.isActive()


def test_lock_covers_dialog_and_keeps_typed_text(qtbot, window, note_dialog):
    window.session_actions.idle_lock.set_timeout(50)
    qtbot.waitUntil(lambda: window.session_actions.idle_lock.is_locked, timeout=3000)

    dialog_overlay = overlay_of(note_dialog)
    assert dialog_overlay is not None
    assert dialog_overlay.geometry() == note_dialog.rect()
    assert covers(dialog_overlay, note_dialog.ui.text_edit)
    assert overlay_of(window) is not None
    assert note_dialog.windowTitle() == LOCKED_TITLE
    assert window.windowTitle() == LOCKED_TITLE
    unlock_dialog = window.session_actions.idle_lock.unlock_dialog
    assert unlock_dialog.isVisible()
    assert unlock_dialog.windowModality() == Qt.WindowModality.ApplicationModal

    unlock_dialog.password_edit.setText(ADMIN_PASSWORD)
    unlock_dialog.button_box.accepted.emit()

    assert not window.session_actions.idle_lock.is_locked
    assert overlay_of(note_dialog) is None
    assert overlay_of(window) is None
    assert note_dialog.isVisible()
    assert note_dialog.ui.text_edit.toPlainText() == TYPED_NOTE
    assert note_dialog.windowTitle() != LOCKED_TITLE
    assert window.windowTitle().endswith("Riverside Family Services")


def test_wrong_password_keeps_lock(qtbot, window, note_dialog):
    window.session_actions.idle_lock.lock()
    unlock_dialog = window.session_actions.idle_lock.unlock_dialog

    unlock_dialog.password_edit.setText("not my password")
    unlock_dialog.button_box.accepted.emit()

    assert window.session_actions.idle_lock.is_locked
    assert unlock_dialog.error_label.text() == "The password is incorrect."
    assert unlock_dialog.password_edit.text() == ""
    assert overlay_of(note_dialog) is not None


def test_repeated_failures_show_lock_out(window):
    AgencySettings.update(lockout_attempts=2, lockout_minutes=10).execute()
    window.session_actions.idle_lock.lock()
    unlock_dialog = window.session_actions.idle_lock.unlock_dialog
    for _ in range(2):
        unlock_dialog.password_edit.setText("wrong")
        unlock_dialog.button_box.accepted.emit()

    unlock_dialog.password_edit.setText(ADMIN_PASSWORD)
    unlock_dialog.button_box.accepted.emit()

    assert window.session_actions.idle_lock.is_locked
    assert "Try again in 10 minutes" in unlock_dialog.error_label.text()


def test_unlock_dialog_cannot_be_dismissed(window):
    window.session_actions.idle_lock.lock()
    unlock_dialog = window.session_actions.idle_lock.unlock_dialog

    unlock_dialog.reject()
    press_key_escape = QKeyEvent(
        QEvent.Type.KeyPress, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(unlock_dialog, press_key_escape)

    assert unlock_dialog.isVisible()
    assert window.session_actions.idle_lock.is_locked
    assert not unlock_dialog.windowFlags() & Qt.WindowType.WindowCloseButtonHint


def test_input_while_locked_does_not_restart(window):
    window.session_actions.idle_lock.lock()
    assert not window.session_actions.idle_lock.timer.isActive()
    press_key(window.session_actions.idle_lock.unlock_dialog.password_edit)
    assert not window.session_actions.idle_lock.timer.isActive()


def test_overlay_follows_window_size(window):
    window.session_actions.idle_lock.lock()
    window.resize(900, 600)
    assert overlay_of(window).geometry() == window.rect()


def test_lock_action_locks_now(window):
    assert window.session_actions.lock_action.shortcut().toString() == "Ctrl+L"
    window.session_actions.lock_action.trigger()
    assert window.session_actions.idle_lock.is_locked


def test_closing_window_ends_lock(window):
    window.session_actions.idle_lock.lock()
    unlock_dialog = window.session_actions.idle_lock.unlock_dialog

    QApplication.closeAllWindows()

    assert not window.isVisible()
    assert not unlock_dialog.isVisible()
    assert not window.session_actions.idle_lock.timer.isActive()
