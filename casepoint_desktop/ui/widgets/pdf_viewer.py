"""A PDF viewer with page navigation and zoom, for attachments and the print preview."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QObject, QPointF, Qt, Slot
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from casepoint_desktop.ui.widgets.viewer_controls import (
    ACTUAL_SIZE_KEYS,
    FIT_KEYS,
    ZOOM_IN_KEYS,
    ZOOM_OUT_KEYS,
    KeyList,
    add_viewer_action,
    next_zoom_in,
    next_zoom_out,
    tool_button,
    zoom_percent_text,
)

log = logging.getLogger(__name__)

_ERROR_MESSAGES = {
    QPdfDocument.Error.FileNotFound: "The PDF file was not found.",
    QPdfDocument.Error.InvalidFileFormat: (
        "The file is not a valid PDF document, or it is damaged, so it cannot be shown."
    ),
    QPdfDocument.Error.IncorrectPassword: (
        "The PDF document is protected by a password, so it cannot be shown here. "
        "Open it in another PDF reader."
    ),
    QPdfDocument.Error.UnsupportedSecurityScheme: (
        "The PDF document uses an encryption method that this viewer does not support. "
        "Open it in another PDF reader."
    ),
}
_UNKNOWN_ERROR_MESSAGE = "The PDF document could not be read, so it cannot be shown."


class PdfViewer(QWidget):
    """A QPdfView showing every page in one scrolled column, under a tool bar.

    The tool bar has Previous and Next page (PageUp, PageDown), a page number box, Zoom Out
    and Zoom In (Ctrl+-, Ctrl++), Actual Size (Ctrl+1), Fit Width (Ctrl+2), Fit Page
    (Ctrl+0) and the zoom in percent. The keys work while the focus is inside the viewer.
    A document that cannot be read shows a message in place of the pages, and the tool bar
    is hidden while no readable document is loaded. Page numbers in this class's methods
    start at 0, as in QPdfPageNavigator, and the tool bar shows them from 1.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = QPdfDocument(self)
        # QPdfDocument does not copy the data and reads from the device after load()
        # returns, so the buffer and the bytes behind it are kept until the next load.
        self._buffer: QBuffer | None = None
        self._data: QByteArray | None = None
        self._error_message = ""

        self.view = QPdfView(self)
        self.view.setAccessibleName("PDF pages")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self._document)

        self.message_label = QLabel(self)
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.setMargin(24)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.message_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.tool_bar = QWidget(self)
        self.tool_bar.setLayout(self._build_tool_bar())
        layout.addWidget(self.tool_bar)
        layout.addWidget(self.stack, 1)
        self.setFocusProxy(self.view)

        navigator = self.view.pageNavigator()
        navigator.currentPageChanged.connect(self.on_current_page_changed)
        self._document.statusChanged.connect(self.on_status_changed)
        self.view.zoomFactorChanged.connect(self._show_zoom)
        self.view.zoomModeChanged.connect(self._show_zoom)
        self._show_state()
        self.view.viewport().installEventFilter(self)

    def _build_tool_bar(self) -> QHBoxLayout:
        """Make the actions and return the tool bar's layout of buttons and labels."""

        def add(text: str, name: str, keys: KeyList, slot: Callable[[], None]) -> QAction:
            return add_viewer_action(self, text, name, keys, slot)

        self.previous_action = add("Previous", "Previous page", ("PgUp",), self.previous_page)
        self.next_action = add("Next", "Next page", ("PgDown",), self.next_page)
        self.zoom_out_action = add("Zoom Out", "Zoom out", ZOOM_OUT_KEYS, self.zoom_out)
        self.zoom_in_action = add("Zoom In", "Zoom in", ZOOM_IN_KEYS, self.zoom_in)
        self.actual_size_action = add(
            "Actual Size", "Actual size", ACTUAL_SIZE_KEYS, self.actual_size
        )
        self.fit_width_action = add("Fit Width", "Fit width", ("Ctrl+2",), self.fit_width)
        self.fit_page_action = add("Fit Page", "Fit page", FIT_KEYS, self.fit_page)

        self.page_spin_box = QSpinBox(self)
        self.page_spin_box.setAccessibleName("Page number")
        self.page_spin_box.setToolTip("Type a page number and press Enter to go to that page")
        self.page_spin_box.setKeyboardTracking(False)
        self.page_spin_box.valueChanged.connect(self.on_page_number_entered)
        page_label = QLabel("Pa&ge", self)
        page_label.setBuddy(self.page_spin_box)
        self.page_count_label = QLabel(self)

        self.zoom_label = QLabel(self)
        self.zoom_label.setAccessibleName("Zoom")
        self.zoom_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("0000%"))
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        bar = QHBoxLayout()
        bar.setContentsMargins(4, 4, 4, 0)
        bar.addWidget(tool_button(self, self.previous_action))
        bar.addWidget(tool_button(self, self.next_action))
        bar.addSpacing(8)
        bar.addWidget(page_label)
        bar.addWidget(self.page_spin_box)
        bar.addWidget(self.page_count_label)
        bar.addStretch(1)
        bar.addWidget(tool_button(self, self.zoom_out_action))
        bar.addWidget(self.zoom_label)
        bar.addWidget(tool_button(self, self.zoom_in_action))
        bar.addSpacing(8)
        bar.addWidget(tool_button(self, self.actual_size_action))
        bar.addWidget(tool_button(self, self.fit_width_action))
        bar.addWidget(tool_button(self, self.fit_page_action))
        return bar

    def load_bytes(self, data: bytes) -> bool:
        """Show the PDF document in `data`; return False and show a message if it is unreadable."""
        self._close_document()
        self._data = QByteArray(data)
        self._buffer = QBuffer(self._data, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._document.load(self._buffer)
        return self._finish_load()

    def load_file(self, path: Path) -> bool:
        """Show the PDF file at `path`; return False and show a message if it is unreadable."""
        self._close_document()
        self._document.load(str(path))
        return self._finish_load()

    def _finish_load(self) -> bool:
        self._show_state()
        if self._error_message:
            log.warning("A PDF document could not be shown: %s", self._document.error().name)
            return False
        self.go_to_page(0)
        return True

    def _close_document(self) -> None:
        self._document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
        self._buffer = None
        self._data = None

    def document(self) -> QPdfDocument:
        return self._document

    def error_message(self) -> str:
        """Return the message shown in place of the pages, or "" when the document is shown."""
        return self._error_message

    def page_count(self) -> int:
        """Return the number of pages, 0 when no readable document is loaded."""
        if self._document.status() != QPdfDocument.Status.Ready:
            return 0
        return self._document.pageCount()

    def current_page(self) -> int:
        """Return the index (from 0) of the current page.

        QPdfView counts as current the page that crosses a line 40% down the view.
        """
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, page: int) -> None:
        """Scroll to the top of page `page` (from 0); an index out of range is clamped.

        Nothing scrolls when `page` is already the current page.
        """
        if self.page_count() == 0:
            return
        page = max(0, min(page, self.page_count() - 1))
        navigator = self.view.pageNavigator()
        navigator.jump(page, QPointF(0, 0), navigator.currentZoom())

    @Slot()
    def previous_page(self) -> None:
        self.go_to_page(self.current_page() - 1)

    @Slot()
    def next_page(self) -> None:
        self.go_to_page(self.current_page() + 1)

    def zoom_factor(self) -> float:
        """Return the zoom shown, 1.0 for actual size, also when a fit mode sets it."""
        mode = self.view.zoomMode()
        if mode == QPdfView.ZoomMode.Custom or self.page_count() == 0:
            return self.view.zoomFactor()

        # QPdfView sizes fitted pages without changing zoomFactor(), so the factor is
        # worked out here with the formula of QPdfViewPrivate::calculateDocumentLayout
        # in Qt 6's qpdfview.cpp.
        screen = QGuiApplication.primaryScreen()
        dots_per_point = (screen.logicalDotsPerInch() if screen else 96.0) / 72.0
        page_size = self._document.pagePointSize(self.current_page()) * dots_per_point
        if page_size.width() <= 0 or page_size.height() <= 0:
            return self.view.zoomFactor()
        margins = self.view.documentMargins()
        viewport = self.view.viewport().size()
        width = viewport.width() - margins.left() - margins.right()
        width_factor = width / page_size.width()
        if mode == QPdfView.ZoomMode.FitToWidth:
            return width_factor
        height = viewport.height() - self.view.pageSpacing()
        return min(width_factor, height / page_size.height())

    def zoom_percent(self) -> int:
        return round(self.zoom_factor() * 100)

    @Slot()
    def zoom_in(self) -> None:
        self._set_zoom(next_zoom_in(self.zoom_factor()))

    @Slot()
    def zoom_out(self) -> None:
        self._set_zoom(next_zoom_out(self.zoom_factor()))

    @Slot()
    def actual_size(self) -> None:
        self._set_zoom(1.0)

    def _set_zoom(self, factor: float) -> None:
        self._keep_place(lambda: self._apply_zoom(factor))

    def _apply_zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(factor)

    @Slot()
    def fit_width(self) -> None:
        self._set_zoom_mode(QPdfView.ZoomMode.FitToWidth)

    @Slot()
    def fit_page(self) -> None:
        self._set_zoom_mode(QPdfView.ZoomMode.FitInView)

    def _set_zoom_mode(self, mode: QPdfView.ZoomMode) -> None:
        self._keep_place(lambda: self.view.setZoomMode(mode))

    def _keep_place(self, change_zoom: Callable[[], None]) -> None:
        """Run `change_zoom` and scroll so that the middle of the view shows the same place.

        QPdfView keeps the scroll position in pixels, which lands on another page after a
        zoom. It lays the pages out again before setZoomFactor and setZoomMode return.
        """
        bars = (self.view.horizontalScrollBar(), self.view.verticalScrollBar())
        fractions = [
            (bar.value() + bar.pageStep() / 2) / max(1, bar.maximum() + bar.pageStep())
            for bar in bars
        ]
        change_zoom()
        for bar, fraction in zip(bars, fractions, strict=True):
            bar.setValue(round(fraction * (bar.maximum() + bar.pageStep()) - bar.pageStep() / 2))
        self._show_zoom()

    @Slot(QPdfDocument.Status)
    def on_status_changed(self, _status: QPdfDocument.Status) -> None:
        self._show_state()

    @Slot(int)
    def on_current_page_changed(self, _page: int) -> None:
        self._show_page()
        self._show_zoom()

    @Slot(int)
    def on_page_number_entered(self, number: int) -> None:
        self.go_to_page(number - 1)

    def _show_state(self) -> None:
        status = self._document.status()
        if status == QPdfDocument.Status.Error:
            error = self._document.error()
            self._error_message = _ERROR_MESSAGES.get(error, _UNKNOWN_ERROR_MESSAGE)
        else:
            self._error_message = ""
        self.message_label.setText(self._error_message)
        self.stack.setCurrentWidget(self.message_label if self._error_message else self.view)

        count = self.page_count()
        self.page_spin_box.blockSignals(True)
        self.page_spin_box.setRange(1 if count else 0, max(count, 0))
        self.page_spin_box.blockSignals(False)
        self.page_spin_box.setEnabled(count > 1)
        self.page_count_label.setText(f"of {count}")
        for action in (
            self.zoom_in_action,
            self.zoom_out_action,
            self.actual_size_action,
            self.fit_width_action,
            self.fit_page_action,
        ):
            action.setEnabled(count > 0)
        self.tool_bar.setVisible(count > 0)
        self._show_page()
        self._show_zoom()

    def _show_page(self) -> None:
        count = self.page_count()
        page = self.current_page()
        self.page_spin_box.blockSignals(True)
        self.page_spin_box.setValue(page + 1 if count else 0)
        self.page_spin_box.blockSignals(False)
        self.previous_action.setEnabled(count > 0 and page > 0)
        self.next_action.setEnabled(page < count - 1)

    @Slot()
    def _show_zoom(self) -> None:
        self.zoom_label.setText(zoom_percent_text(self.zoom_factor()) if self.page_count() else "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._show_zoom()
        return super().eventFilter(watched, event)
