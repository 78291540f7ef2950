"""Logging set-up: a rotating file in the user log folder and warnings on standard error.

Log lines carry record IDs and counts, never a client's name, note text or identity number.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

from casepoint_desktop.config import log_folder

LOG_FILE_NAME = "casepoint.log"
MAX_LOG_BYTES = 2 * 1024 * 1024
LOG_FILES_KEPT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class _ConsoleFormatter(logging.Formatter):
    """One line per record on standard error; tracebacks go to the log file only, unless
    `verbose`, because the command line already prints the error's message.
    """

    def __init__(self, fmt: str, verbose: bool) -> None:
        super().__init__(fmt)
        self.verbose = verbose

    def format(self, record: logging.LogRecord) -> str:
        if self.verbose or not record.exc_info:
            return super().format(record)
        record.message = record.getMessage()
        return self.formatMessage(record)


def setup_logging(verbose: bool = False, folder: Path | None = None) -> Path:
    """Send log records to a rotating file and warnings (or everything, when `verbose`) to
    standard error.

    Returns:
        The path of the log file.
    """
    folder = folder or log_folder()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE_NAME

    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for handler in list(root.handlers):
        if getattr(handler, "casepoint", False):
            root.removeHandler(handler)
            handler.close()

    file_handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=MAX_LOG_BYTES, backupCount=LOG_FILES_KEPT, encoding="utf-8"
    )
    file_handler.setFormatter(logging.Formatter(FORMAT))
    file_handler.casepoint = True  # type: ignore[attr-defined]
    root.addHandler(file_handler)

    console = logging.StreamHandler(sys.stderr)
    console.setLevel(logging.DEBUG if verbose else logging.WARNING)
    console.setFormatter(_ConsoleFormatter("%(levelname)s: %(message)s", verbose))
    console.casepoint = True  # type: ignore[attr-defined]
    root.addHandler(console)

    # peewee logs every SQL statement with its parameters at DEBUG, which would put client
    # names into the log file.
    logging.getLogger("peewee").setLevel(logging.INFO)
    return path
