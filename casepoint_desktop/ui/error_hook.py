"""The exception hook: an unexpected error is logged and shown, and the program keeps running.

PySide6 passes an exception that escapes a slot or a Qt virtual method to `sys.excepthook`
and then returns to the event loop, so this hook receives those errors and the program goes on.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtWidgets import QApplication

from casepoint_desktop.data import backend
from casepoint_desktop.services.errors import ServiceError
from casepoint_desktop.ui import messages

log = logging.getLogger(__name__)

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]

ERROR_TITLE = "Unexpected Error"
ERROR_TEXT = (
    "Something went wrong inside CasePoint Desktop, and the last action may not have "
    "finished. Check that your last change was saved. If the error comes back, send the "
    "details below and the log file to your administrator."
)

BUSY_TEXT = (
    "The database stayed busy for too long, because another PC or program kept saving, "
    "so this change was not saved. Your input is still there: save again in a moment."
)

# True while an error message is on screen. Errors raised meanwhile, for example by a timer
# that fails every time it fires, are logged but not shown, so they cannot stack dialogs.
_showing_error = False


def format_traceback_without_message(
    exc_type: type[BaseException], exc_traceback: TracebackType | None
) -> str:
    """Return the stack frames and the exception's type name, without its message.

    The message of an exception can quote a value from the database, for example a client's
    name in a ValueError, so the log gets only the type. The frames contain file names, line
    numbers and source lines, but no variable values.
    """
    frames = "".join(traceback.format_tb(exc_traceback))
    type_name = f"{exc_type.__module__}.{exc_type.__qualname__}"
    return f"Traceback (most recent call last):\n{frames}{type_name}"


def is_database_busy(error: BaseException) -> bool:
    """Return whether `error` is the database giving up on another connection's lock."""
    return backend.is_busy_error(error)


def handle_exception(
    exc_type: type[BaseException],
    exc_value: BaseException,
    exc_traceback: TracebackType | None,
) -> None:
    """Log an uncaught exception and show it in an error message with the traceback."""
    global _showing_error

    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc_value, exc_traceback)
        return

    log.error(
        "Unexpected %s\n%s",
        exc_type.__name__,
        format_traceback_without_message(exc_type, exc_traceback),
    )

    if QApplication.instance() is None or _showing_error:
        return

    # A service error that a slot forgot to catch still has a message meant for users.
    if isinstance(exc_value, ServiceError):
        text = str(exc_value)
    elif is_database_busy(exc_value):
        text = BUSY_TEXT
    else:
        text = ERROR_TEXT
    details = "".join(traceback.format_exception(exc_type, exc_value, exc_traceback))

    _showing_error = True
    try:
        messages.show_error(QApplication.activeWindow(), ERROR_TITLE, text, details)
    finally:
        _showing_error = False


def install_exception_hook() -> ExceptHook:
    """Make `handle_exception` the exception hook and return the hook it replaced."""
    previous = sys.excepthook
    sys.excepthook = handle_exception
    return previous
