"""A table view that accepts files dropped from the system's file manager."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QTableView, QWidget


def dropped_files(mime_data: QMimeData) -> list[Path]:
    """Return the local files of a drop, or [] when any of its URLs is not a local file.

    A drop of web addresses or of text carries no file the program could read.
    """
    if not mime_data.hasUrls():
        return []
    urls = mime_data.urls()
    if not urls or not all(url.isLocalFile() for url in urls):
        return []
    return [Path(url.toLocalFile()) for url in urls]


class FileDropTableView(QTableView):
    """A QTableView that emits `files_dropped` for a drop of one or more local files.

    Drops are accepted only while `drops_enabled` is True.

    Signals:
        files_dropped(list): the paths (pathlib.Path) of the dropped files, in drop order.
    """

    files_dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.drops_enabled = False
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)

    def _accepts(self, mime_data: QMimeData) -> bool:
        return self.drops_enabled and bool(dropped_files(mime_data))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._accepts(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._accepts(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        if not self._accepts(event.mimeData()):
            event.ignore()
            return
        event.acceptProposedAction()
        self.files_dropped.emit(dropped_files(event.mimeData()))
