"""Printing from a client record: ask for the options, collect, audit, then show the preview.

The printout is collected on the UI thread, because it reads the database, and rendered
to PDF on a worker thread by the print preview. The "print" audit entry is written as
soon as the printout is collected, before the preview opens.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from casepoint_desktop.printing.documents import (
    CasePlanDocument,
    ClientNotesDocument,
    GoalDetailsDocument,
)
from casepoint_desktop.printing.options import (
    CasePlanOptions,
    ClientNotesOptions,
    GoalDetailsOptions,
)
from casepoint_desktop.services import printouts
from casepoint_desktop.services.errors import ServiceError
from casepoint_desktop.services.session import Session
from casepoint_desktop.ui import messages
from casepoint_desktop.ui.dialogs.print_options_dialog import (
    CasePlanPrintDialog,
    ClientNotesPrintDialog,
    GoalDetailsPrintDialog,
)
from casepoint_desktop.ui.print_preview import show_print_preview

log = logging.getLogger(__name__)

OptionsT = TypeVar("OptionsT", ClientNotesOptions, GoalDetailsOptions, CasePlanOptions)
Document = ClientNotesDocument | GoalDetailsDocument | CasePlanDocument


def print_client_notes(parent: QWidget | None, session: Session, client_id: int) -> None:
    """Ask for the client notes options, then preview the client notes printout."""
    options = _ask_options(
        parent, "Print Client Notes", lambda: ClientNotesPrintDialog(session, client_id, parent)
    )
    if options is not None:
        _preview(parent, session, options, printouts.collect_client_notes, "client-notes")


def print_goal_details(parent: QWidget | None, session: Session, goal_id: int) -> None:
    """Ask for the goal details options, then preview the goal details printout."""
    options = _ask_options(
        parent, "Print Goal Details", lambda: GoalDetailsPrintDialog(session, goal_id, parent)
    )
    if options is not None:
        _preview(parent, session, options, printouts.collect_goal_details, "goal-details")


def print_case_plan(parent: QWidget | None, session: Session, client_id: int) -> None:
    """Ask for the case plan options, then preview the case plan printout."""
    options = _ask_options(
        parent, "Print Case Plan", lambda: CasePlanPrintDialog(session, client_id, parent)
    )
    if options is not None:
        _preview(parent, session, options, printouts.collect_case_plan, "case-plan")


def printout_file_name(kind: str, client_id: int, goal_id: int | None, today: date) -> str:
    """Return a file name such as "case-plan-client-123-2026-12-04.pdf".

    The name carries the client ID and never the client's name, because file names end up
    in folder listings, recent-file lists and backups.
    """
    goal_part = f"-goal-{goal_id}" if goal_id is not None else ""
    return f"{kind}-client-{client_id}{goal_part}-{today.isoformat()}.pdf"


def _ask_options(
    parent: QWidget | None,
    title: str,
    make_dialog: Callable[
        [], ClientNotesPrintDialog | GoalDetailsPrintDialog | CasePlanPrintDialog
    ],
) -> ClientNotesOptions | GoalDetailsOptions | CasePlanOptions | None:
    """Run the options dialog and return its options, or None when it was cancelled or failed."""
    try:
        dialog = make_dialog()
    except ServiceError as error:
        log.warning("Opening the %s dialog failed: %s", title, type(error).__name__)
        messages.show_service_error(parent, title, error)
        return None
    accepted = messages.run_dialog(dialog) == QDialog.DialogCode.Accepted
    options = dialog.options
    dialog.deleteLater()
    return options if accepted else None


def _preview(
    parent: QWidget | None,
    session: Session,
    options: OptionsT,
    collect: Callable[[Session, OptionsT], Document],
    kind: str,
) -> None:
    """Collect the printout, record the "print" audit entry and show the print preview."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        document = collect(session, options)
        printouts.record_print(session, options)
    except ServiceError as error:
        log.warning("Collecting the %s printout failed: %s", kind, type(error).__name__)
        messages.show_service_error(parent, "Printout Not Prepared", error)
        return
    finally:
        QApplication.restoreOverrideCursor()

    heading = document.heading
    goal_id = options.goal_id if isinstance(options, GoalDetailsOptions) else None
    file_name = printout_file_name(kind, heading.client_id, goal_id, heading.printed_on)
    log.info("Showing the printout %s", file_name)
    show_print_preview(
        parent,
        f"{heading.title} — {heading.client_name}",
        lambda: printouts.render(document),
        file_name,
    )
