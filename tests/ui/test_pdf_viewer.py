"""Tests of PdfViewer: loading, page navigation, zoom, keys and unreadable documents."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QToolButton

from casepoint_desktop.ui.widgets.pdf_viewer import PdfViewer
from tests.ui.viewer_files import pdf_bytes


@pytest.fixture
def viewer(qtbot) -> PdfViewer:
    widget = PdfViewer()
    qtbot.addWidget(widget)
    widget.resize(700, 500)
    widget.show()
    return widget


def test_three_pages_loaded_from_bytes(viewer):
    assert viewer.load_bytes(pdf_bytes(3))

    assert viewer.page_count() == 3
    assert viewer.current_page() == 0
    assert viewer.error_message() == ""
    assert viewer.stack.currentWidget() is viewer.view
    assert viewer.view.pageMode() == QPdfView.PageMode.MultiPage
    assert viewer.page_spin_box.value() == 1
    assert viewer.page_spin_box.maximum() == 3
    assert viewer.page_count_label.text() == "of 3"
    assert not viewer.previous_action.isEnabled()
    assert viewer.next_action.isEnabled()


def test_load_file(viewer, tmp_path):
    path = tmp_path / "two pages.pdf"
    path.write_bytes(pdf_bytes(2))

    assert viewer.load_file(path)
    assert viewer.page_count() == 2


def test_missing_file_shows_message(viewer, tmp_path):
    assert not viewer.load_file(tmp_path / "missing.pdf")

    assert viewer.error_message() == "The PDF file was not found."
    assert viewer.page_count() == 0


def test_next_and_previous_page(viewer):
    viewer.load_bytes(pdf_bytes(3))

    viewer.next_page()
    assert viewer.current_page() == 1
    assert viewer.page_spin_box.value() == 2
    assert viewer.previous_action.isEnabled()

    viewer.next_page()
    assert viewer.current_page() == 2
    assert not viewer.next_action.isEnabled()

    viewer.next_page()
    assert viewer.current_page() == 2

    viewer.previous_page()
    assert viewer.current_page() == 1


def test_page_number_box_jumps(viewer):
    viewer.load_bytes(pdf_bytes(3))

    viewer.page_spin_box.setValue(3)
    assert viewer.current_page() == 2

    viewer.page_spin_box.setValue(1)
    assert viewer.current_page() == 0


def test_scrolling_updates_page_number(viewer):
    viewer.load_bytes(pdf_bytes(3))
    scroll_bar = viewer.view.verticalScrollBar()

    scroll_bar.setValue(scroll_bar.maximum())

    assert viewer.current_page() == 2
    assert viewer.page_spin_box.value() == 3


def test_page_keys_and_zoom_keys(viewer, qtbot):
    viewer.load_bytes(pdf_bytes(3))
    viewer.activateWindow()
    viewer.setFocus()
    qtbot.waitUntil(viewer.view.hasFocus)

    qtbot.keyClick(viewer.view, Qt.Key.Key_PageDown)
    assert viewer.current_page() == 1
    qtbot.keyClick(viewer.view, Qt.Key.Key_PageUp)
    assert viewer.current_page() == 0

    control = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(viewer.view, "1", control)
    assert viewer.zoom_percent() == 100
    qtbot.keyClick(viewer.view, "=", control)
    assert viewer.zoom_percent() == 110
    qtbot.keyClick(viewer.view, "-", control)
    assert viewer.zoom_percent() == 100
    qtbot.keyClick(viewer.view, "0", control)
    assert viewer.view.zoomMode() == QPdfView.ZoomMode.FitInView
    qtbot.keyClick(viewer.view, "2", control)
    assert viewer.view.zoomMode() == QPdfView.ZoomMode.FitToWidth


def test_fit_width_fills_view_width(viewer):
    viewer.load_bytes(pdf_bytes(1))

    # fpdf2's A4 page is 595 points wide.
    page_width = viewer.zoom_factor() * 595 * viewer.view.logicalDpiX() / 72
    margins = viewer.view.documentMargins()
    room = viewer.view.viewport().width() - margins.left() - margins.right()
    assert page_width == pytest.approx(room, abs=2)
    assert viewer.zoom_label.text() == f"{viewer.zoom_percent()}%"


def test_zoom_keeps_current_page(viewer):
    viewer.load_bytes(pdf_bytes(3))
    viewer.go_to_page(1)

    viewer.zoom_in()
    assert viewer.view.zoomMode() == QPdfView.ZoomMode.Custom
    assert viewer.current_page() == 1

    viewer.fit_page()
    assert viewer.current_page() == 1
    fitted = viewer.zoom_factor()

    viewer.zoom_out()
    assert viewer.zoom_factor() < fitted
    assert viewer.current_page() == 1

    viewer.actual_size()
    assert viewer.zoom_percent() == 100
    assert viewer.zoom_label.text() == "100%"
    assert viewer.current_page() == 1


def test_buttons_named_and_reachable_by_tab(viewer):
    buttons = viewer.findChildren(QToolButton)

    assert {button.accessibleName() for button in buttons} == {
        "Previous page",
        "Next page",
        "Zoom out",
        "Zoom in",
        "Actual size",
        "Fit width",
        "Fit page",
    }
    for button in buttons:
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert viewer.page_spin_box.accessibleName() == "Page number"


def test_unreadable_pdf_shows_message(viewer):
    assert not viewer.load_bytes(b"%PDF-1.4\nthis is not a PDF body")

    assert "not a valid PDF document" in viewer.error_message()
    assert viewer.stack.currentWidget() is viewer.message_label
    assert viewer.message_label.text() == viewer.error_message()
    assert viewer.page_count() == 0
    assert viewer.tool_bar.isHidden()
    assert not viewer.next_action.isEnabled()
    assert not viewer.zoom_in_action.isEnabled()


def test_second_document_replaces_first(viewer):
    viewer.load_bytes(pdf_bytes(3))
    viewer.go_to_page(2)

    assert viewer.load_bytes(pdf_bytes(2))
    assert viewer.page_count() == 2
    assert viewer.current_page() == 0
    assert viewer.page_spin_box.maximum() == 2


def test_readable_pdf_after_unreadable_one(viewer):
    viewer.load_bytes(b"junk")

    assert viewer.load_bytes(pdf_bytes(1))
    assert viewer.stack.currentWidget() is viewer.view
    assert viewer.error_message() == ""
    assert not viewer.tool_bar.isHidden()
