"""File > Import HMIS Export…: choose a folder, import it with a progress dialog, show a report.

The import runs on the UI thread. Its progress callback updates the progress dialog and
processes pending events, so the window repaints and the Cancel button works meanwhile.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextBlockFormat, QTextCursor, QTextOption
from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog, QWidget

from casepoint_desktop.services import hmis_import
from casepoint_desktop.services.errors import ServiceError
from casepoint_desktop.services.session import Session
from casepoint_desktop.ui import messages
from casepoint_desktop.ui.generated.ui_import_report_dialog import Ui_ImportReportDialog

log = logging.getLogger(__name__)


DIALOG_TITLE = "HMIS Import"
FOLDER_DIALOG_TITLE = "Choose the folder of the HMIS CSV export (with Client.csv)"

# The report dialog lists this many problems and counts the rest.
MAX_ERRORS_SHOWN = 100

# The second and later lines of a wrapped problem are indented by this many average
# characters, so that each problem starts at the left edge.
WRAPPED_LINE_INDENT_CHARACTERS = 2


def format_errors(errors: list[Any]) -> str:
    """Return the first MAX_ERRORS_SHOWN problems, one a line, and a count of the others."""
    lines = [str(error) for error in errors[:MAX_ERRORS_SHOWN]]
    hidden = len(errors) - MAX_ERRORS_SHOWN
    if hidden > 0:
        lines.append(f"… and {hidden} more problems.")
    return "\n".join(lines)


class ImportReportDialog(QDialog):
    """Dialog with the summary of an HMIS import and the first of its problems."""

    def __init__(self, summary: str, errors: list[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportReportDialog()
        self.ui.setupUi(self)
        self.ui.summary_label.setText(summary)

        self.ui.errors_label.setText(f"&Problems ({len(errors)}):")
        self.ui.errors_view.setPlainText(format_errors(errors))
        self._wrap_problem_lines()
        self.ui.errors_label.setVisible(bool(errors))
        self.ui.errors_view.setVisible(bool(errors))
        if not errors:
            self.resize(self.width(), self.minimumSizeHint().height())

        self.ui.button_box.rejected.connect(self.reject)

    def _wrap_problem_lines(self) -> None:
        """Wrap each problem to the view's width with a hanging indent and a gap below it.

        Words wider than the view, such as long IDs, break anywhere.
        """
        view = self.ui.errors_view
        view.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        indent = view.fontMetrics().averageCharWidth() * WRAPPED_LINE_INDENT_CHARACTERS
        block_format = QTextBlockFormat()
        block_format.setLeftMargin(indent)
        block_format.setTextIndent(-indent)
        block_format.setBottomMargin(view.fontMetrics().height() / 4)
        cursor = QTextCursor(view.document())
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.mergeBlockFormat(block_format)


def run_hmis_import(parent: QWidget, session: Session) -> bool:
    """Run the whole import from the File menu and return True when the import finished.

    Only administrators may import. The service rolls back a cancelled import. An import that
    fails with a ServiceError or OSError is shown in an error message.
    """
    try:
        session.require_admin()
    except ServiceError as error:
        messages.show_service_error(parent, DIALOG_TITLE, error)
        return False

    folder = messages.choose_folder(parent, FOLDER_DIALOG_TITLE)
    if folder is None:
        return False

    progress_dialog = QProgressDialog(
        "Importing clients from the HMIS export…", "Cancel", 0, 0, parent
    )
    progress_dialog.setWindowTitle(DIALOG_TITLE)
    progress_dialog.setWindowModality(Qt.WindowModality.WindowModal)
    progress_dialog.setMinimumDuration(0)
    progress_dialog.setAutoClose(False)
    progress_dialog.setAutoReset(False)
    progress_dialog.show()

    def report_progress(done: int, total: int) -> bool:
        if progress_dialog.maximum() != total:
            progress_dialog.setMaximum(total)
        progress_dialog.setValue(done)
        QApplication.processEvents()
        return not progress_dialog.wasCanceled()

    try:
        report = hmis_import.import_folder(folder, progress=report_progress, session=session)
    except hmis_import.ImportCancelled:
        messages.show_info(
            parent, DIALOG_TITLE, "The import was cancelled. Nothing in the database was changed."
        )
        return False
    except (ServiceError, OSError) as error:
        log.warning("The HMIS import of %s failed with %s", folder, type(error).__name__)
        messages.show_error(parent, DIALOG_TITLE, f"The import of {folder} failed: {error}")
        return False
    finally:
        progress_dialog.close()
        progress_dialog.deleteLater()

    report_dialog = ImportReportDialog(report.summary(), report.errors, parent)
    messages.run_dialog(report_dialog)
    report_dialog.deleteLater()
    return True
