"""The print preview window: renders a printout off the UI thread, shows it, prints or saves it."""

from __future__ import annotations

import gc
import logging
import threading
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, QRect, QRunnable, QSize, Qt, QThreadPool, Signal, Slot
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from casepoint_desktop.ui import messages
from casepoint_desktop.ui.widgets.pdf_viewer import PdfViewer

log = logging.getLogger(__name__)

PREPARING_TEXT = "Preparing the printout…"
PDF_NAME_FILTER = "PDF documents (*.pdf)"

# Pages are rendered to images at the printer's resolution up to this many dots per inch.
# A 1200 dpi Letter page would be an image of about 540 MB (10200 × 13200 × 4 bytes),
# and text at 300 dpi prints sharp on paper.
MAX_PRINT_DPI = 300

POINTS_PER_INCH = 72


class _RenderTask(QObject):
    """Runs a render callable on a QThreadPool thread and sends its result back.

    The task object lives in the UI thread, so its signals reach the UI thread's slots as
    queued calls. It stays in `_running_tasks` until the render ends, so the window may be
    closed and deleted while the render is still running.

    Signals:
        finished(object): the PDF bytes.
        failed(object): the exception the render raised.
    """

    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, render: Callable[[], bytes]) -> None:
        super().__init__()
        self._render = render
        self.finished.connect(self.on_done)
        self.failed.connect(self.on_done)

    def start(self) -> None:
        _running_tasks.add(self)
        QThreadPool.globalInstance().start(_Runnable(self))

    def run(self) -> None:
        """Call the render function and emit its result. Runs on the worker thread."""
        try:
            with _garbage_collection_paused():
                data = self._render()
        # Any failure is sent to the UI thread, which logs it and shows a message.
        except Exception as error:
            self.failed.emit(error)
            return
        self.finished.emit(data)

    @Slot(object)
    def on_done(self, _result: object) -> None:
        _running_tasks.discard(self)


class _Runnable(QRunnable):
    def __init__(self, task: _RenderTask) -> None:
        super().__init__()
        self._task = task

    def run(self) -> None:
        self._task.run()


_running_tasks: set[_RenderTask] = set()

_paused_lock = threading.Lock()
_paused_count = 0


@contextmanager
def _garbage_collection_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while at least one render runs.

    The collector runs on whichever thread allocates when its threshold is reached. On the
    render thread it could delete a widget that belongs to the UI thread, which crashes Qt
    (seen as a segmentation fault "Garbage-collecting" on a worker thread in the tests).
    """
    global _paused_count
    with _paused_lock:
        _paused_count += 1
        gc.disable()
    try:
        yield
    finally:
        with _paused_lock:
            _paused_count -= 1
            if _paused_count == 0:
                gc.enable()


class PrintPreviewDialog(QDialog):
    """A printout's pages with page navigation and zoom, and Print…, Save as PDF… and Close.

    The window shows "Preparing the printout…" until `start_render` has produced the PDF.
    Print and Save as PDF are enabled once the pages are shown.
    """

    def __init__(self, title: str, suggested_file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Print Preview — {title}")
        self.suggested_file_name = suggested_file_name
        self._pdf: bytes | None = None

        self.busy_label = QLabel(PREPARING_TEXT, self)
        self.busy_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setAccessibleName(PREPARING_TEXT)
        self.busy_bar.setMaximumWidth(320)
        busy_page = QWidget(self)
        busy_layout = QVBoxLayout(busy_page)
        busy_layout.addStretch(1)
        busy_layout.addWidget(self.busy_label)
        busy_layout.addWidget(self.busy_bar, 0, Qt.AlignmentFlag.AlignHCenter)
        busy_layout.addStretch(1)

        self.viewer = PdfViewer(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(busy_page)
        self.stack.addWidget(self.viewer)

        self.button_box = QDialogButtonBox(self)
        self.print_button = QPushButton("&Print…", self)
        self.print_button.setToolTip("Print the printout on a printer")
        self.save_button = QPushButton("&Save as PDF…", self)
        self.save_button.setToolTip("Save the printout as a PDF file")
        self.button_box.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.button_box.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.button_box.addButton(QDialogButtonBox.StandardButton.Close)
        self.print_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.button_box)
        self._show_ready(False)
        self._size_to_screen()

        self.print_button.clicked.connect(self.on_print_clicked)
        self.save_button.clicked.connect(self.on_save_clicked)
        self.button_box.rejected.connect(self.reject)

    def _size_to_screen(self) -> None:
        """Size the window for a whole page width, within the screen's free area."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        width, height = 900, 1000
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, round(available.width() * 0.9))
            height = min(height, round(available.height() * 0.9))
        self.resize(width, height)

    def _show_ready(self, ready: bool) -> None:
        self.stack.setCurrentIndex(1 if ready else 0)
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    def start_render(self, render: Callable[[], bytes]) -> None:
        """Run `render` on a worker thread and show its PDF when it returns.

        `render` must not touch the database or any widget, because it runs on another thread.
        """
        self._pdf = None
        self._show_ready(False)
        task = _RenderTask(render)
        task.finished.connect(self.on_render_finished)
        task.failed.connect(self.on_render_failed)
        task.start()

    def pdf(self) -> bytes | None:
        """Return the PDF shown, or None while it is being prepared."""
        return self._pdf

    def is_ready(self) -> bool:
        return self._pdf is not None

    @Slot(object)
    def on_render_finished(self, data: bytes) -> None:
        if not self.viewer.load_bytes(data):
            messages.show_error(
                self,
                "Printout Not Shown",
                "The printout could not be shown: " + (self.viewer.error_message()),
            )
            self.reject()
            return
        self._pdf = data
        self._show_ready(True)
        self.viewer.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(object)
    def on_render_failed(self, error: BaseException) -> None:
        # The message of the error may quote names or note text, so only its type and the
        # code lines of its traceback are logged.
        log.error(
            "Preparing the printout %s failed with %s:\n%s",
            self.suggested_file_name,
            type(error).__name__,
            "".join(traceback.format_tb(error.__traceback__)).rstrip(),
        )
        messages.show_error(
            self,
            "Printout Not Prepared",
            "The printout could not be prepared because of an error in the program. "
            "Try again. If it fails again, tell your administrator, who can find the error "
            "in the program's log.",
        )
        self.reject()

    @Slot()
    def on_save_clicked(self) -> None:
        if self._pdf is None:
            return
        path = messages.choose_save_path(
            self, "Save as PDF", self.suggested_file_name, PDF_NAME_FILTER
        )
        if path is None:
            return
        try:
            path.write_bytes(self._pdf)
        except OSError as error:
            log.warning("Saving a printout as PDF failed: %s", type(error).__name__)
            messages.show_error(
                self,
                "PDF Not Saved",
                f"The printout could not be saved to {path}: {error.strerror or error}. "
                "Choose another folder or file name.",
            )
            return
        log.info("Saved the printout %s as PDF", self.suggested_file_name)

    @Slot()
    def on_print_clicked(self) -> None:
        document = self.viewer.document()
        if self._pdf is None or document.status() != QPdfDocument.Status.Ready:
            return
        printer = messages.choose_printer(self, document.pageCount())
        if printer is None:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            printed = print_pdf(document, printer)
        finally:
            QApplication.restoreOverrideCursor()
        if printed < 0:
            log.warning("The printer for %s could not be started", self.suggested_file_name)
            messages.show_error(
                self,
                "Not Printed",
                "The printer could not be started. Check that it is switched on and "
                "connected, then try again.",
            )
            return
        log.info("Sent %d pages of %s to the printer", printed, self.suggested_file_name)


def show_print_preview(
    parent: QWidget | None,
    title: str,
    render: Callable[[], bytes],
    suggested_file_name: str,
) -> None:
    """Show a printout in the modal print preview window, with Print… and Save as PDF….

    `render` returns the PDF bytes and runs on a worker thread while the window shows
    "Preparing the printout…", so it must not touch the database or any widget. An
    exception in `render` is logged without its message and shown as an error message,
    and the window closes. `title` follows "Print Preview — " in the window title, and
    `suggested_file_name` is offered by Save as PDF… and names the printout in log lines,
    so it should carry no client's name.
    """
    dialog = PrintPreviewDialog(title, suggested_file_name, parent)
    dialog.start_render(render)
    messages.run_dialog(dialog)
    dialog.deleteLater()


def print_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Paint the pages of `document` chosen in `printer` onto it, one page per sheet.

    Each page is rendered as an image at the printer's resolution (at most MAX_PRINT_DPI)
    and scaled to fit the paper, centred, because the PDF's page size may not be the
    paper's. The page ranges and the copy count of `printer` are honoured; copies are
    painted here only when the printer cannot make them itself.

    Returns:
        The number of pages painted, or -1 when the printer could not be started.
    """
    pages = chosen_pages(printer, document.pageCount())
    if not pages:
        return 0
    document_copies, page_copies = _copy_counts(printer)
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        return -1

    dots_per_inch = min(printer.resolution(), MAX_PRINT_DPI)
    paper = printer.pageLayout().fullRectPixels(printer.resolution())
    painted = 0
    try:
        for _ in range(document_copies):
            for page in pages:
                image = _render_page(document, page, dots_per_inch)
                for _ in range(page_copies):
                    if painted > 0:
                        printer.newPage()
                    painter.drawImage(fit_rect(image.size(), paper), image)
                    painted += 1
    finally:
        painter.end()
    return painted


def chosen_pages(printer: QPrinter, page_count: int) -> list[int]:
    """Return the indexes (from 0) of the pages chosen in the print dialog, in order."""
    ranges = printer.pageRanges()
    if ranges.isEmpty():
        return list(range(page_count))
    return [page for page in range(page_count) if ranges.contains(page + 1)]


def _copy_counts(printer: QPrinter) -> tuple[int, int]:
    """Return how often to paint the whole document and how often each page in turn."""
    if printer.supportsMultipleCopies():
        return 1, 1
    copies = max(1, printer.copyCount())
    return (copies, 1) if printer.collateCopies() else (1, copies)


def _render_page(document: QPdfDocument, page: int, dots_per_inch: int) -> QImage:
    points = document.pagePointSize(page)
    scale = dots_per_inch / POINTS_PER_INCH
    size = QSize(round(points.width() * scale), round(points.height() * scale))
    return document.render(page, size)


def fit_rect(size: QSize, area: QRect) -> QRect:
    """Return the largest rectangle of the proportions of `size` centred in `area`."""
    scaled = size.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
    left = area.left() + (area.width() - scaled.width()) // 2
    top = area.top() + (area.height() - scaled.height()) // 2
    return QRect(left, top, scaled.width(), scaled.height())
