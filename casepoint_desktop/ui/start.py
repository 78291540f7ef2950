"""Start-up of the graphical program: database, first-start setup, log-in and main window.

`run_gui` runs the steps in order. Each step is also a function of its own, so that tests
build every piece without entering the event loop.
"""

from __future__ import annotations

import importlib
import logging
import os
import signal
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QDialog

from casepoint_desktop import __version__
from casepoint_desktop.config import APP_AUTHOR, APP_NAME
from casepoint_desktop.data import server_password
from casepoint_desktop.package_data import package_folder
from casepoint_desktop.ui import messages
from casepoint_desktop.ui.login_dialog import LoginDialog
from casepoint_desktop.ui.plain_text_style import PlainTextLabelStyle

# The data layer, the services and the dialogs after log-in are imported in the functions
# that use them: the log-in dialog is shown before they load (show_log_in_dialog_early).
if TYPE_CHECKING:
    from casepoint_desktop.data.database import DatabaseDamagedError, IntegrityCheck
    from casepoint_desktop.services.session import Session

log = logging.getLogger(__name__)

# The main window's modules (client record, tabs, dialogs, printing) are imported while the
# log-in dialog waits for the password, not before it appears. Importing them first delayed
# the dialog by 0.3 to 1.1 s on a 2-core machine (benchmarks/run.py). Keys typed during the
# import are queued and handled after it.
MAIN_WINDOW_MODULE = "casepoint_desktop.ui.main_window"
PRELOAD_DELAY_MS = 100

APP_ICON = "casepoint.svg"


def create_application() -> QApplication:
    """Return the running QApplication, creating it when there is none, with the names set.

    QSettings and QStandardPaths derive their paths from these names, which are the ones
    that config.py passes to platformdirs.
    """
    application = QApplication.instance()
    if application is None:
        application = QApplication(sys.argv)
    application.setApplicationName(APP_NAME)
    application.setOrganizationName(APP_AUTHOR)
    application.setApplicationVersion(__version__)
    application.setWindowIcon(QIcon(str(package_folder("resources") / "icons" / APP_ICON)))
    if not isinstance(application.style(), PlainTextLabelStyle):
        application.setStyle(PlainTextLabelStyle())
    # Deletes the private copies of attachments as soon as the event loop ends. The atexit
    # hook in attachment_files runs it again at interpreter exit, for exits without the loop.
    application.aboutToQuit.connect(_remove_temporary_copies)
    return application


def _remove_temporary_copies() -> None:
    # Imported here, like the dialogs below, to keep it out of the time before the log-in
    # dialog appears.
    from casepoint_desktop.services import attachment_files

    attachment_files.remove_temporary_copies()


# Set only by benchmarks/run.py, which times the start-up. "1" exits as soon as the log-in
# dialog is painted, "ready" once its event loop runs, after the database has opened.
EXIT_WHEN_SHOWN_VARIABLE = "CASEPOINT_EXIT_WHEN_SHOWN"


def set_up_agency_name(database_target: Path | str) -> str | None:
    """Return the agency name of a set-up SQLite database, read with sqlite3 alone.

    None means that the full opening must come before any dialog: the target is a server
    URL, the file is missing, it has no agency or no user yet, or it cannot be read.
    """
    if not isinstance(database_target, Path) or not database_target.is_file():
        return None
    try:
        connection = sqlite3.connect(f"{database_target.absolute().as_uri()}?mode=ro", uri=True)
        try:
            agency = connection.execute(
                "SELECT name FROM agency_settings ORDER BY id LIMIT 1"
            ).fetchone()
            user = connection.execute('SELECT 1 FROM "user" LIMIT 1').fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        return None
    if agency is None or user is None:
        return None
    return str(agency[0])


def show_log_in_dialog_early(
    database_target: Path | str, demo_credentials: tuple[str, str] | None
) -> LoginDialog | None:
    """Show the log-in dialog before the database modules load, or return None.

    The peewee models, the services and the opening of the database take 0.1 to 0.2 s on a
    2-core machine, more than PySide6 itself. When a quick look finds a set-up SQLite file,
    the dialog is painted first and the database opens while it waits. Keys typed meanwhile
    are queued. Otherwise (a new file, a server) the database opens first.
    """
    agency_name = set_up_agency_name(database_target)
    if agency_name is None:
        return None
    dialog = LoginDialog(agency_name=agency_name, demo_credentials=demo_credentials)
    dialog.show()
    QApplication.processEvents()
    return dialog


def open_database(database_path: Path | str) -> bool:
    """Open and migrate the database, or show the reason and return False when that fails.

    SQLite's integrity check is left to `database.start_integrity_check`, except before a
    migration. A damaged database gets the offer to restore a backup over it, and is opened
    again after a restore. A database on a network share opens with a warning. A server that
    needs a password gets it from `ask_server_password`.
    """
    from casepoint_desktop.data.database import DatabaseDamagedError, DatabaseOpenError
    from casepoint_desktop.data.migrations import open_and_migrate
    from casepoint_desktop.ui import backup_actions

    connection_target = ask_server_password(database_path)
    if connection_target is None:
        return False
    while True:
        try:
            open_and_migrate(connection_target, check_integrity=False)
        except DatabaseDamagedError as error:
            if not offer_restore(error, database_path):
                return False
            continue
        except DatabaseOpenError as error:
            log.error("Cannot open the database %s: %s", database_path, error)
            messages.show_error(None, "Cannot Open the Database", str(error))
            return False
        backup_actions.warn_about_network_share(None, database_path)
        return True


def ask_server_password(database_path: Path | str) -> Path | str | None:
    """Return the target to open: a server URL with the password typed in a dialog when
    neither PGPASSWORD nor the PostgreSQL password file gives one, else `database_path`.

    The password stays in memory and goes to libpq in the URL; it is never written anywhere.
    A password that the server rejects is asked for again. Returns None when the user
    cancels.
    """
    if not server_password.is_server_url(database_path):
        return database_path
    url = str(database_path)
    if not server_password.needs_password(url):
        return url
    from casepoint_desktop.data import database

    label = f"Password for {database.display_name(url)}:"
    while True:
        password = messages.ask_password(None, "PostgreSQL Server Password", label)
        if password is None:
            log.info("Server password dialog cancelled")
            return None
        target = server_password.with_password(url, password)
        if not server_password.password_rejected(target):
            return target
        log.warning("The server rejected the typed password for %s", database.display_name(url))
        label = f"The server rejected that password. Password for {database.display_name(url)}:"


def offer_restore(error: DatabaseDamagedError, database_path: Path) -> bool:
    """Show that the database is damaged and offer a backup; return True after a restore."""
    from casepoint_desktop.ui import backup_actions

    log.error("The database %s is damaged", database_path)
    question = f"{error}\n\nRestore a backup now?"
    if not messages.ask_yes_no(None, "Damaged Database", question, default_yes=True):
        return False
    backup = backup_actions.choose_and_check_backup(None)
    return backup is not None and backup_actions.restore(None, backup, database_path)


def run_first_setup() -> str | None:
    """Run the first-start dialog when the database has no agency or user yet.

    Returns:
        The new administrator's user name, "" when the database was already set up, or
        None when the user cancelled the setup.
    """
    from casepoint_desktop.services import setup

    if not setup.needs_setup():
        return ""
    from casepoint_desktop.ui.setup_dialog import SetupDialog

    dialog = SetupDialog()
    if messages.run_dialog(dialog) != QDialog.DialogCode.Accepted:
        return None
    return dialog.username


def run_login(
    demo_credentials: tuple[str, str] | None = None,
    username: str = "",
    before_log_in: Callable[[], bool] | None = None,
    dialog: LoginDialog | None = None,
) -> Session | None:
    """Run the log-in dialog and return the session, or None when the user cancelled.

    `before_log_in` is the dialog's hook of the same name. `dialog` is one already shown by
    `show_log_in_dialog_early`; a new one is made when it is None.
    """
    from casepoint_desktop.data.models import AgencySettings

    agency_name = AgencySettings.get().name
    if dialog is None:
        dialog = LoginDialog(
            agency_name=agency_name, demo_credentials=demo_credentials, username=username
        )
    else:
        dialog.set_agency_name(agency_name)
    dialog.before_log_in = before_log_in
    # The benchmark's run that waits for the database: the dialog closes as soon as its
    # event loop runs, and the program exits as after a cancelled log-in.
    if os.environ.get(EXIT_WHEN_SHOWN_VARIABLE) in ("1", "ready"):
        QTimer.singleShot(0, dialog.reject)
    if messages.run_dialog(dialog) != QDialog.DialogCode.Accepted:
        return None
    return dialog.session


def run_required_password_change(session: Session) -> bool:
    """Make a user whose password an administrator set choose their own password.

    Returns:
        True when the user need not or did change the password, False when they cancelled,
        which logs them out.
    """
    if not session.user.must_change_password:
        return True
    from casepoint_desktop.ui.admin.password_dialogs import ChangePasswordDialog

    dialog = ChangePasswordDialog(session, required=True)
    changed = messages.run_dialog(dialog) == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    return changed


def run_gui(database_path: Path | str, demo_credentials: tuple[str, str] | None = None) -> int:
    """Run the graphical program on the database at `database_path` until the user quits.

    Args:
        database_path: the SQLite file or the server URL without a password; the database
            is created and migrated when needed.
        demo_credentials: a user name and password that the log-in dialog shows and fills in.

    Returns:
        The exit code: 0 after quitting or cancelling, 1 when the database cannot be opened.
    """
    application = create_application()
    early_dialog = show_log_in_dialog_early(database_path, demo_credentials)
    if early_dialog is not None and os.environ.get(EXIT_WHEN_SHOWN_VARIABLE) == "1":
        early_dialog.close()
        return 0

    from casepoint_desktop.data import database
    from casepoint_desktop.ui.error_hook import install_exception_hook

    previous_hook = install_exception_hook()
    signal_timer = install_signal_handlers()
    try:
        while True:
            if not open_database(database_path):
                if early_dialog is not None:
                    early_dialog.close()
                return 1
            # quick_check reads the whole file (2 to 3 s for 700 MB), so it runs while the
            # log-in dialog waits. Nothing is written before it has passed.
            check = database.start_integrity_check(database_path)
            try:
                exit_code = _log_in_and_run(application, demo_credentials, check, early_dialog)
            finally:
                check.cancel()
                database.close()
            if check.error is None:
                return exit_code
            early_dialog = None
            if not offer_restore(check.error, database_path):
                return 1
    finally:
        signal_timer.stop()
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        sys.excepthook = previous_hook


def install_signal_handlers() -> QTimer:
    """Close every window on SIGINT (Ctrl+C in the terminal) and SIGTERM.

    Windows get their close events, so a record with unsaved input can still ask first.
    Python runs signal handlers only between bytecodes, and Qt's event loop runs none while
    it waits. The returned timer therefore wakes the interpreter four times a second.
    """

    def close_windows() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        QApplication.closeAllWindows()

    def on_signal(signal_number: int, _frame: object) -> None:
        log.info("Received signal %d; closing the windows", signal_number)
        # Posted, not called: a signal between two dialogs reaches the next one when its
        # event loop starts.
        QTimer.singleShot(0, close_windows)

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    timer = QTimer()
    timer.timeout.connect(lambda: None)
    timer.start(250)
    return timer


def _log_in_and_run(
    application: QApplication,
    demo_credentials: tuple[str, str] | None,
    check: IntegrityCheck,
    early_dialog: LoginDialog | None = None,
) -> int:
    """Run setup or log-in and the main window; return early when `check` finds damage.

    `early_dialog` is the log-in dialog that `show_log_in_dialog_early` showed, if any.
    """
    from casepoint_desktop.services import setup
    from casepoint_desktop.ui import backup_actions

    def check_passed() -> bool:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return check.wait() is None
        finally:
            QGuiApplication.restoreOverrideCursor()

    if setup.needs_setup():
        if early_dialog is not None:
            early_dialog.close()
            early_dialog = None
        if not check_passed():
            return 1
    username = run_first_setup()
    if username is None:
        log.info("First-start setup cancelled")
        return 0

    QTimer.singleShot(PRELOAD_DELAY_MS, lambda: importlib.import_module(MAIN_WINDOW_MODULE))
    session = run_login(demo_credentials, username, check_passed, early_dialog)
    if session is None:
        log.info("Log-in cancelled" if check.error is None else "Log-in stopped: damaged database")
        return 0 if check.error is None else 1
    if not run_required_password_change(session):
        log.info("User %d logged out instead of changing the password", session.user.id)
        return 0

    from casepoint_desktop.ui.app_fonts import register_bundled_fonts
    from casepoint_desktop.ui.main_window import MainWindow

    register_bundled_fonts()
    window = MainWindow(session)
    window.show()
    exit_code = application.exec()
    if not window.restored:
        backup_actions.back_up_on_exit(backup_actions.current_database_path())
    return exit_code
