"""The idle lock: after a time without keyboard or mouse input, cover every window.

While locked, an opaque overlay covers the content of each open window and the window
titles are replaced, and an application-modal dialog requests the logged-in user's
password. The windows and their widgets are only covered, never closed, so unlocking
returns to exactly the same state, unsaved dialog input included.
"""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QGuiApplication, QInputEvent, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from casepoint_desktop.config import APP_NAME
from casepoint_desktop.services import auth
from casepoint_desktop.services.session import Session

log = logging.getLogger(__name__)

# The events that count as input and restart the idle timer.
INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)

LOCKED_TITLE = f"{APP_NAME} (locked)"

UNLOCK_DIALOG_WIDTH = 460


class LockOverlay(QWidget):
    """An opaque widget over the whole content of `window`, following its size."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setAutoFillBackground(True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setObjectName("lock_overlay")
        self.setStyleSheet("#lock_overlay { background-color: palette(window); }")
        label = QLabel("Locked. Enter your password to continue.", self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        self.setGeometry(window.rect())
        window.installEventFilter(self)
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False


class UnlockDialog(QDialog):
    """The application-modal dialog that requests the password while the program is locked.

    It cannot be closed or cancelled, only unlocked. A wrong password or a lock-out shows
    the service's message.

    Signals:
        unlocked: the right password was entered.
    """

    unlocked = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(LOCKED_TITLE)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)

        user = session.user
        intro = QLabel(
            f"{APP_NAME} locked itself after a time without input. Enter the password of "
            f"{user.full_name} ({user.username}) to continue where you left off.",
            self,
        )
        intro.setWordWrap(True)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        password_label = QLabel("&Password:", self)
        password_label.setBuddy(self.password_edit)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #c62828;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        unlock_button = self.button_box.button(QDialogButtonBox.StandardButton.Ok)
        unlock_button.setText("Unlock")
        unlock_button.setDefault(True)

        form = QFormLayout()
        form.addRow(password_label, self.password_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.button_box)
        self.button_box.accepted.connect(self.on_unlock_requested)
        self.resize(UNLOCK_DIALOG_WIDTH, 0)
        self._fit_height()
        self.password_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fit_height(self) -> None:
        """Grow to the height that the word-wrapped text needs at the current width.

        The layout's minimum size leaves that height out, so the text would be clipped.
        """
        layout = self.layout()
        layout.activate()
        self.resize(self.width(), max(self.height(), layout.totalHeightForWidth(self.width())))

    @Slot()
    def on_unlock_requested(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            auth.unlock(self.session, self.password_edit.text())
        except auth.LoginFailed as error:
            self.error_label.setText(str(error))
            self.error_label.show()
            self._fit_height()
            self.password_edit.clear()
            self.password_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.unlocked.emit()

    def reject(self) -> None:
        """Ignore Escape: only the password ends the lock."""

    def closeEvent(self, event: QCloseEvent) -> None:
        # The user's close button is ignored. A close from the program, such as
        # QApplication.closeAllWindows() on SIGTERM, goes through.
        if event.spontaneous():
            event.ignore()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            return
        super().keyPressEvent(event)


class IdleLock(QObject):
    """Locks the program after `timeout_ms` milliseconds without input, until unlocked.

    An event filter on the application restarts a single-shot timer on every key press,
    mouse click or move, wheel turn and touch. The timer's timeout calls lock().

    Signals:
        locked: the windows were covered and the unlock dialog shown.
        unlocked: the user entered the password and the windows are uncovered.
    """

    locked = Signal()
    unlocked = Signal()

    def __init__(self, session: Session, timeout_ms: int, window: QWidget) -> None:
        super().__init__(window)
        self.session = session
        self.window = window
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(timeout_ms)
        self.timer.timeout.connect(self.lock)
        self.overlays: list[LockOverlay] = []
        self.titles: dict[QWidget, str] = {}
        self.unlock_dialog: UnlockDialog | None = None
        QApplication.instance().installEventFilter(self)
        self.timer.start()

    @property
    def is_locked(self) -> bool:
        return self.unlock_dialog is not None

    def set_timeout(self, timeout_ms: int) -> None:
        """Use a new idle time from now on, counted from now."""
        self.timer.setInterval(timeout_ms)
        if not self.is_locked:
            self.timer.start()

    def stop(self) -> None:
        """Stop watching the input and remove a lock, for example when the main window closes.

        The program can only close while locked on a signal such as SIGTERM, and then the
        unlock dialog must not keep it running.
        """
        self.timer.stop()
        QApplication.instance().removeEventFilter(self)
        if self.is_locked:
            self.unlock()
            self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Every event of the program passes through here, thousands when a record opens.
        # PySide6 wraps each event in its own class (QKeyEvent, QPaintEvent …), so
        # isinstance() rejects non-input events cheaply. event.type() creates a Python
        # enum member on every call, which cost more than the rest of the filter.
        if not isinstance(event, QInputEvent):
            return False
        if event.type() in INPUT_EVENTS and not self.is_locked:
            self.timer.start()
        return False

    @Slot()
    def lock(self) -> None:
        """Cover every visible window and show the unlock dialog; nothing closes."""
        if self.is_locked:
            return
        self.timer.stop()
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()
        for widget in QApplication.topLevelWidgets():
            if not widget.isVisible() or widget.windowType() in (
                Qt.WindowType.Popup,
                Qt.WindowType.ToolTip,
            ):
                continue
            self.overlays.append(LockOverlay(widget))
            self.titles[widget] = widget.windowTitle()
            widget.setWindowTitle(LOCKED_TITLE)
        self.unlock_dialog = UnlockDialog(self.session, self.window)
        self.unlock_dialog.unlocked.connect(self.unlock)
        self.unlock_dialog.show()
        self.unlock_dialog.activateWindow()
        log.info("Locked the windows of user %d after idle time", self.session.user.id)
        self.locked.emit()

    @Slot()
    def unlock(self) -> None:
        """Remove the overlays, restore the titles and start counting idle time again."""
        if self.unlock_dialog is not None:
            self.unlock_dialog.hide()
            self.unlock_dialog.deleteLater()
            self.unlock_dialog = None
        # A window that closed while locked took its overlay with it.
        for overlay in self.overlays:
            if shiboken6.isValid(overlay):
                overlay.hide()
                overlay.deleteLater()
        self.overlays.clear()
        for widget, title in self.titles.items():
            if shiboken6.isValid(widget):
                widget.setWindowTitle(title)
        self.titles.clear()
        self.timer.start()
        self.unlocked.emit()
