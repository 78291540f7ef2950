"""The one place where the UI runs modal dialogs, message boxes and file dialogs.

Every blocking `exec()` of the program, including the static QFileDialog functions, goes
through these functions, so that tests replace them (monkeypatch) instead of running a
real modal event loop.
"""

from __future__ import annotations

import logging
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

from casepoint_desktop.services.errors import ServiceError, ValidationError

log = logging.getLogger(__name__)


def run_dialog(dialog: QDialog) -> int:
    """Run `dialog` modally and return its result (QDialog.DialogCode value)."""
    return dialog.exec()


def ask_yes_no(parent: QWidget | None, title: str, text: str, default_yes: bool = False) -> bool:
    """Ask a question with Yes and No buttons; return True for Yes."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(
        QMessageBox.StandardButton.Yes if default_yes else QMessageBox.StandardButton.No
    )
    return box.exec() == QMessageBox.StandardButton.Yes


def show_error(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    """Show an error message with an OK button."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    if details:
        box.setDetailedText(details)
    box.exec()


def ask_password(parent: QWidget | None, title: str, label: str) -> str | None:
    """Ask for a password in a small dialog that hides what is typed; None when cancelled."""
    password, accepted = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
    return password if accepted else None


class ChangedRecordChoice(Enum):
    """The buttons of the message shown when a save finds the record changed by someone else."""

    RELOAD = "reload"
    COMPARE = "compare"
    CANCEL = "cancel"


CHANGED_RECORD_HELP = (
    "Reload discards your changes and shows the stored values. Compare lists the fields "
    "that differ. Cancel keeps your changes here, unsaved."
)


def changed_record_box(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """Return the message box of `ask_changed_record`, not yet shown."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    box.setInformativeText(CHANGED_RECORD_HELP)
    reload_button = box.addButton("&Reload", QMessageBox.ButtonRole.DestructiveRole)
    reload_button.setObjectName("reload_button")
    compare_button = box.addButton("&Compare…", QMessageBox.ButtonRole.ActionRole)
    compare_button.setObjectName("compare_button")
    cancel_button = box.addButton(QMessageBox.StandardButton.Cancel)
    # Compare is the default because it loses nothing; Reload discards the typed input.
    box.setDefaultButton(compare_button)
    box.setEscapeButton(cancel_button)
    return box


def ask_changed_record(parent: QWidget | None, title: str, text: str) -> ChangedRecordChoice:
    """Show that another save changed the record, and return Reload, Compare or Cancel."""
    box = changed_record_box(parent, title, text)
    box.exec()
    clicked = box.clickedButton()
    if clicked is not None and clicked.objectName() == "reload_button":
        return ChangedRecordChoice.RELOAD
    if clicked is not None and clicked.objectName() == "compare_button":
        return ChangedRecordChoice.COMPARE
    return ChangedRecordChoice.CANCEL


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    """Show an information message with an OK button."""
    QMessageBox(QMessageBox.Icon.Information, title, text, parent=parent).exec()


def choose_folder(parent: QWidget | None, title: str) -> Path | None:
    """Ask for an existing folder and return its path, or None when the user cancels."""
    folder = QFileDialog.getExistingDirectory(parent, title)
    return Path(folder) if folder else None


def choose_open_files(parent: QWidget | None, title: str, name_filter: str = "") -> list[Path]:
    """Ask for one or more existing files; return their paths, empty when the user cancels."""
    names, _ = QFileDialog.getOpenFileNames(parent, title, "", name_filter)
    return [Path(name) for name in names]


def choose_save_path(
    parent: QWidget | None, title: str, suggested_name: str, name_filter: str = ""
) -> Path | None:
    """Ask where to save a file, suggesting `suggested_name`; None when the user cancels.

    The file dialog requests confirmation before it replaces an existing file.
    """
    name, _ = QFileDialog.getSaveFileName(parent, title, suggested_name, name_filter)
    return Path(name) if name else None


def choose_printer(parent: QWidget | None, page_count: int) -> QPrinter | None:
    """Ask for a printer, pages and copies in the system print dialog, or None when cancelled.

    The dialog offers pages 1 to `page_count`. The returned printer carries the choices, so
    the caller reads its page ranges and copy count.
    """
    # Imported here: QtPrintSupport is not needed before the first print.
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setMinMax(1, max(page_count, 1))
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, True)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    return printer if accepted else None


def open_with_system_viewer(path: Path) -> bool:
    """Open `path` in the program the system uses for its type; False when none opened it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def show_service_error(parent: QWidget | None, title: str, error: ServiceError) -> None:
    """Show a service-layer error; a ValidationError lists its field messages."""
    if isinstance(error, ValidationError):
        text = "\n".join(error.field_errors.values())
    else:
        text = str(error)
    show_error(parent, title, text)
