"""The main window's actions of the logged-in session: password, lock and administration."""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QWidget

from casepoint_desktop.data.models import AgencySettings
from casepoint_desktop.services.session import Role, Session
from casepoint_desktop.ui import messages
from casepoint_desktop.ui.admin.single_window import SingleWindow
from casepoint_desktop.ui.idle_lock import IdleLock


def idle_lock_milliseconds() -> int:
    """Return the agency's idle time before the windows lock, in milliseconds."""
    return AgencySettings.get().idle_lock_minutes * 60_000


class SessionActions(QObject):
    """Change Password, Lock Window, Administration and Audit Log, and the idle lock.

    Administration and Audit Log are enabled for administrators only, and the windows behind
    them raise PermissionDenied for other roles anyway. Both windows are not modal and
    open once each.
    """

    def __init__(self, session: Session, window: QWidget) -> None:
        super().__init__(window)
        self.session = session
        self.window = window
        is_admin = session.role is Role.ADMINISTRATOR

        self.idle_lock = IdleLock(session, idle_lock_milliseconds(), window)
        self.administration = SingleWindow(
            "Administration", self._create_administration_window, window
        )
        self.audit_log = SingleWindow("Audit Log", self._create_audit_log_window, window)

        self.change_password_action = QAction("Change &Password…", window)
        self.change_password_action.setStatusTip("Choose a new password for your account")
        self.change_password_action.triggered.connect(self.on_change_password_triggered)

        self.lock_action = QAction("&Lock Window", window)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setStatusTip("Cover the windows until you enter your password")
        self.lock_action.triggered.connect(self.idle_lock.lock)

        self.administration_action = QAction("&Administration…", window)
        self.administration_action.setEnabled(is_admin)
        self.administration_action.setStatusTip(
            "Users, providers, agency settings and lists; only administrators can open it."
        )
        self.administration_action.triggered.connect(self.administration.open)

        self.audit_log_action = QAction("Audit &Log…", window)
        self.audit_log_action.setEnabled(is_admin)
        self.audit_log_action.setStatusTip("Search the audit log; only administrators can.")
        self.audit_log_action.triggered.connect(self.audit_log.open)

    def close(self) -> None:
        """Close the administration windows and stop the idle lock, as the window closes."""
        self.idle_lock.stop()
        self.administration.close()
        self.audit_log.close()

    def _create_administration_window(self) -> QDialog:
        # Imported here because the main window opens without the administration stack.
        from casepoint_desktop.ui.admin.admin_window import AdministrationWindow

        window = AdministrationWindow(self.session, self.window)
        window.settings_saved.connect(self.on_settings_saved)
        return window

    def _create_audit_log_window(self) -> QDialog:
        from casepoint_desktop.ui.admin.audit_window import AuditLogWindow

        return AuditLogWindow(self.session, self.window)

    @Slot()
    def on_change_password_triggered(self) -> None:
        from casepoint_desktop.ui.admin.password_dialogs import ChangePasswordDialog

        dialog = ChangePasswordDialog(self.session, parent=self.window)
        if messages.run_dialog(dialog) == QDialog.DialogCode.Accepted:
            messages.show_info(self.window, "Change Password", "Your password has been changed.")
        dialog.deleteLater()

    @Slot()
    def on_settings_saved(self) -> None:
        self.idle_lock.set_timeout(idle_lock_milliseconds())
