"""PrintPreviewDialog and show_print_preview: rendering off the UI thread, Save, Print."""

from __future__ import annotations

import io
import threading
from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QRect, QSize, QThreadPool
from PySide6.QtGui import QPageRanges
from PySide6.QtPrintSupport import QPrinter

from casepoint_desktop.printing.options import CasePlanOptions
from casepoint_desktop.services import printouts
from casepoint_desktop.ui import messages, print_preview
from casepoint_desktop.ui.print_preview import (
    PREPARING_TEXT,
    PrintPreviewDialog,
    chosen_pages,
    fit_rect,
    show_print_preview,
)
from tests.ui.case_plan_helpers import add_goal, add_note
from tests.ui.record_helpers import RecordedMessages, make_client
from tests.ui.viewer_files import pdf_bytes

LONG_NOTE = " ".join(
    f"Sentence {number} of a long case note about the housing search." for number in range(400)
)


@pytest.fixture(autouse=True)
def wait_for_renders():
    """Let every render thread end before the next test opens another database."""
    yield
    QThreadPool.globalInstance().waitForDone(10_000)


@pytest.fixture
def errors(monkeypatch) -> RecordedMessages:
    recorded = RecordedMessages()
    monkeypatch.setattr(messages, "show_error", recorded)
    return recorded


@pytest.fixture
def case_plan_pdf(admin_session) -> bytes:
    """A case plan of one goal whose long case note continues over several pages."""
    client = make_client(admin_session, "Nguyễn Thị", "Hương", date(1990, 7, 24))
    goal = add_goal(admin_session, client.id)
    add_note(admin_session, goal, LONG_NOTE)
    document = printouts.collect_case_plan(admin_session, CasePlanOptions(client.id))
    return printouts.render(document)


def open_preview(qtbot, render) -> PrintPreviewDialog:
    dialog = PrintPreviewDialog("Case Plan", "case-plan-client-1-2026-12-04.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start_render(render)
    return dialog


def wait_ready(qtbot, dialog: PrintPreviewDialog) -> None:
    qtbot.waitUntil(dialog.is_ready, timeout=20_000)


def test_preview_shows_built_case_plan(qtbot, case_plan_pdf):
    expected_pages = len(PdfReader(io.BytesIO(case_plan_pdf)).pages)
    dialog = open_preview(qtbot, lambda: case_plan_pdf)

    assert dialog.busy_label.text() == PREPARING_TEXT
    wait_ready(qtbot, dialog)

    assert expected_pages >= 2
    assert dialog.viewer.page_count() == expected_pages
    assert dialog.stack.currentWidget() is dialog.viewer
    assert dialog.print_button.isEnabled()
    assert dialog.save_button.isEnabled()
    assert dialog.windowTitle() == "Print Preview — Case Plan"


def test_buttons_disabled_while_preparing(qtbot):
    release = threading.Event()

    def slow_render() -> bytes:
        release.wait(10)
        return pdf_bytes(1)

    dialog = open_preview(qtbot, slow_render)

    assert not dialog.print_button.isEnabled()
    assert not dialog.save_button.isEnabled()
    assert dialog.stack.currentIndex() == 0
    release.set()
    wait_ready(qtbot, dialog)
    assert dialog.print_button.isEnabled()


def test_page_navigation(qtbot):
    dialog = open_preview(qtbot, lambda: pdf_bytes(3))
    wait_ready(qtbot, dialog)

    dialog.viewer.next_page()
    assert dialog.viewer.current_page() == 1
    dialog.viewer.next_page()
    assert dialog.viewer.current_page() == 2
    dialog.viewer.previous_page()
    assert dialog.viewer.current_page() == 1


def test_render_runs_off_ui_thread(qtbot):
    threads: list[threading.Thread] = []

    def render() -> bytes:
        threads.append(threading.current_thread())
        return pdf_bytes(1)

    dialog = open_preview(qtbot, render)
    wait_ready(qtbot, dialog)

    assert len(threads) == 1
    assert threads[0] is not threading.main_thread()


def test_render_error_shows_message(qtbot, errors, caplog):
    private_text = "Nguyễn Thị Hương's note"

    def failing_render() -> bytes:
        raise ValueError(private_text)

    dialog = open_preview(qtbot, failing_render)
    qtbot.waitUntil(lambda: bool(errors.shown), timeout=10_000)

    assert errors.shown[0][0] == "Printout Not Prepared"
    assert not dialog.is_ready()
    assert not dialog.isVisible()
    assert "ValueError" in caplog.text
    assert "Hương" not in caplog.text


def test_save_as_pdf_writes_same_bytes(qtbot, monkeypatch, tmp_path, case_plan_pdf):
    target = tmp_path / "saved.pdf"
    suggested: list[str] = []

    def choose(parent, title, suggested_name, name_filter=""):
        suggested.append(suggested_name)
        return target

    monkeypatch.setattr(messages, "choose_save_path", choose)
    dialog = open_preview(qtbot, lambda: case_plan_pdf)
    wait_ready(qtbot, dialog)

    dialog.save_button.click()

    assert suggested == ["case-plan-client-1-2026-12-04.pdf"]
    assert target.read_bytes() == case_plan_pdf


def test_save_cancelled_writes_nothing(qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr(messages, "choose_save_path", lambda *args: None)
    dialog = open_preview(qtbot, lambda: pdf_bytes(1))
    wait_ready(qtbot, dialog)

    dialog.save_button.click()

    assert list(tmp_path.iterdir()) == []


def test_save_error_shows_message(qtbot, monkeypatch, tmp_path, errors):
    folder = tmp_path / "missing folder"
    monkeypatch.setattr(messages, "choose_save_path", lambda *args: folder / "x.pdf")
    dialog = open_preview(qtbot, lambda: pdf_bytes(1))
    wait_ready(qtbot, dialog)

    dialog.save_button.click()

    assert len(errors.shown) == 1
    assert errors.shown[0][0] == "PDF Not Saved"
    assert str(folder / "x.pdf") in errors.shown[0][1]


def pdf_printer(path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def printed_page_count(path) -> int:
    return len(PdfReader(str(path)).pages)


def test_print_goes_through_printer_seam(qtbot, monkeypatch, tmp_path, case_plan_pdf):
    output = tmp_path / "printed.pdf"
    page_counts: list[int] = []

    def choose_printer(parent, page_count):
        page_counts.append(page_count)
        return pdf_printer(output)

    monkeypatch.setattr(messages, "choose_printer", choose_printer)
    dialog = open_preview(qtbot, lambda: case_plan_pdf)
    wait_ready(qtbot, dialog)

    dialog.print_button.click()

    assert page_counts == [dialog.viewer.page_count()]
    assert printed_page_count(output) == dialog.viewer.page_count()


def test_print_honours_page_range_and_copies(qtbot, monkeypatch, tmp_path):
    output = tmp_path / "printed.pdf"

    def choose_printer(parent, page_count):
        printer = pdf_printer(output)
        ranges = QPageRanges()
        ranges.addRange(2, 3)
        printer.setPageRanges(ranges)
        printer.setCopyCount(2)
        return printer

    monkeypatch.setattr(messages, "choose_printer", choose_printer)
    dialog = open_preview(qtbot, lambda: pdf_bytes(4))
    wait_ready(qtbot, dialog)

    dialog.print_button.click()

    assert printed_page_count(output) == 4


def test_print_cancelled_prints_nothing(qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr(messages, "choose_printer", lambda parent, page_count: None)
    painted: list[object] = []
    monkeypatch.setattr(print_preview, "print_pdf", lambda *args: painted.append(args))
    dialog = open_preview(qtbot, lambda: pdf_bytes(1))
    wait_ready(qtbot, dialog)

    dialog.print_button.click()

    assert painted == []


def test_chosen_pages_from_ranges():
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    assert chosen_pages(printer, 3) == [0, 1, 2]

    ranges = QPageRanges()
    ranges.addPage(1)
    ranges.addRange(3, 9)
    printer.setPageRanges(ranges)
    assert chosen_pages(printer, 4) == [0, 2, 3]


def test_fit_rect_keeps_proportions():
    rect = fit_rect(QSize(100, 200), QRect(0, 0, 400, 400))

    assert rect == QRect(100, 0, 200, 400)


def test_show_print_preview_runs_dialog(qtbot, monkeypatch):
    shown: list[PrintPreviewDialog] = []

    def run(dialog) -> int:
        shown.append(dialog)
        qtbot.waitUntil(dialog.is_ready, timeout=20_000)
        return 0

    monkeypatch.setattr(messages, "run_dialog", run)

    show_print_preview(None, "Client Notes", lambda: pdf_bytes(2), "notes.pdf")

    assert len(shown) == 1
    assert shown[0].windowTitle() == "Print Preview — Client Notes"
    assert shown[0].suggested_file_name == "notes.pdf"
    assert shown[0].viewer.page_count() == 2
