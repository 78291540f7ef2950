"""Tests of ImageViewer: EXIF orientation, zoom and unreadable images."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QToolButton

from casepoint_desktop.ui.widgets.image_viewer import ImageViewer
from tests.ui.viewer_files import ROTATE_90_CLOCKWISE, image_bytes, jpeg_with_orientation


@pytest.fixture
def viewer(qtbot) -> ImageViewer:
    widget = ImageViewer()
    qtbot.addWidget(widget)
    widget.resize(500, 400)
    widget.show()
    return widget


def is_red(color: QColor) -> bool:
    return color.red() > 200 and color.blue() < 60


def test_exif_orientation_6_shows_portrait(viewer):
    assert viewer.load_bytes(jpeg_with_orientation(60, 30, ROTATE_90_CLOCKWISE))

    image = viewer.image()
    assert (image.width(), image.height()) == (30, 60)
    pixmap = viewer.shown_pixmap()
    assert pixmap.height() > pixmap.width()
    # The red left third of the stored pixels is the top after a quarter turn clockwise.
    assert is_red(image.pixelColor(15, 5))
    assert not is_red(image.pixelColor(15, 55))


def test_jpeg_without_exif_stays_landscape(viewer):
    assert viewer.load_bytes(image_bytes(60, 30, "JPEG"))

    assert (viewer.image().width(), viewer.image().height()) == (60, 30)


def test_small_png_fits_at_actual_size(viewer):
    assert viewer.load_bytes(image_bytes(40, 20, "PNG"))

    assert viewer.is_fit_to_window()
    assert viewer.zoom_percent() == 100
    assert viewer.shown_pixmap().size() == viewer.image().size()
    assert viewer.error_message() == ""


def test_large_image_shrinks_to_window(viewer):
    assert viewer.load_bytes(image_bytes(2000, 1000, "PNG"))

    room = viewer.scroll_area.maximumViewportSize()
    pixmap = viewer.shown_pixmap()
    assert pixmap.width() <= room.width()
    assert pixmap.height() <= room.height()
    assert viewer.zoom_percent() < 100
    assert viewer.zoom_label.text() == f"{viewer.zoom_percent()}%"


def test_zoom_in_out_actual_and_fit(viewer):
    viewer.load_bytes(image_bytes(2000, 1000, "PNG"))
    fitted = viewer.zoom_factor()

    viewer.zoom_in()
    assert not viewer.is_fit_to_window()
    assert viewer.zoom_factor() > fitted
    assert viewer.shown_pixmap().width() == round(2000 * viewer.zoom_factor())

    viewer.actual_size()
    assert viewer.zoom_percent() == 100
    assert viewer.shown_pixmap().width() == 2000
    assert viewer.zoom_label.text() == "100%"

    viewer.zoom_out()
    assert viewer.zoom_factor() == pytest.approx(0.9)

    viewer.fit_to_window()
    assert viewer.is_fit_to_window()
    assert viewer.zoom_factor() == pytest.approx(fitted)


def test_fitted_image_follows_window_size(viewer, qtbot):
    viewer.load_bytes(image_bytes(2000, 1000, "PNG"))
    width_before = viewer.shown_pixmap().width()

    viewer.resize(900, 700)
    qtbot.waitUntil(lambda: viewer.shown_pixmap().width() > width_before)


def test_keys_zoom(viewer, qtbot):
    viewer.load_bytes(image_bytes(2000, 1000, "PNG"))
    viewer.activateWindow()
    viewer.setFocus()
    qtbot.waitUntil(viewer.scroll_area.hasFocus)

    qtbot.keyClick(viewer.scroll_area, "1", Qt.KeyboardModifier.ControlModifier)
    assert viewer.zoom_percent() == 100
    qtbot.keyClick(viewer.scroll_area, "-", Qt.KeyboardModifier.ControlModifier)
    assert viewer.zoom_percent() == 90
    qtbot.keyClick(viewer.scroll_area, "=", Qt.KeyboardModifier.ControlModifier)
    assert viewer.zoom_percent() == 100
    qtbot.keyClick(viewer.scroll_area, "0", Qt.KeyboardModifier.ControlModifier)
    assert viewer.is_fit_to_window()


def test_buttons_named_and_reachable_by_tab(viewer):
    names = {button.accessibleName() for button in viewer.findChildren(QToolButton)}

    assert names == {"Zoom out", "Zoom in", "Actual size", "Fit to window"}
    for button in viewer.findChildren(QToolButton):
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_unreadable_image_shows_message(viewer):
    assert not viewer.load_bytes(b"\xff\xd8\xff\xe0 not really a JPEG")

    assert "could not be read" in viewer.error_message()
    assert viewer.stack.currentWidget() is viewer.message_label
    assert viewer.message_label.text() == viewer.error_message()
    assert not viewer.zoom_in_action.isEnabled()
    assert viewer.tool_bar.isHidden()
    assert viewer.image().isNull()


def test_readable_image_after_unreadable_one(viewer):
    viewer.load_bytes(b"junk")

    assert viewer.load_bytes(image_bytes(40, 20, "PNG"))
    assert viewer.error_message() == ""
    assert viewer.stack.currentWidget() is viewer.scroll_area
    assert viewer.zoom_in_action.isEnabled()
    assert not viewer.tool_bar.isHidden()
