"""One non-modal window per kind, opened from a menu action and raised when already open."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QDialog, QWidget

from casepoint_desktop.services.errors import ServiceError
from casepoint_desktop.ui import messages


class SingleWindow(QObject):
    """Creates a window with `factory` on the first open(), and shows that one until closed.

    A ServiceError from `factory`, such as PermissionDenied, is shown with `title`.
    """

    def __init__(self, title: str, factory: Callable[[], QDialog], parent: QWidget) -> None:
        super().__init__(parent)
        self.title = title
        self.factory = factory
        self.window: QDialog | None = None

    @Slot()
    def open(self) -> None:
        if self.window is None:
            try:
                self.window = self.factory()
            except ServiceError as error:
                messages.show_service_error(self.parent(), self.title, error)
                return
            self.window.finished.connect(self.on_finished)
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()

    def close(self) -> None:
        if self.window is not None:
            self.window.close()

    @Slot()
    def on_finished(self) -> None:
        if self.window is not None:
            self.window.deleteLater()
            self.window = None
