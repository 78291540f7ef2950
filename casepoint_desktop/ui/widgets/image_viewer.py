"""An image viewer with zoom that turns photos upright by their EXIF orientation."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QObject, QSize, Qt, Slot
from PySide6.QtGui import QAction, QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QScrollArea,
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


class ImageViewer(QWidget):
    """An image in a scroll area, under a tool bar with zoom buttons.

    The tool bar has Zoom Out and Zoom In (Ctrl+-, Ctrl++), Actual Size (Ctrl+1), Fit to
    Window (Ctrl+0) and the zoom in percent. The keys work while the focus is inside the
    viewer. Fit to Window is the default: it shrinks a large image to the window and shows
    a small one at its actual size. An image that cannot be read shows a message instead,
    and the tool bar is hidden while no readable image is loaded.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image = QImage()
        self._error_message = ""
        self._fit_to_window = True
        self._zoom_factor = 1.0

        self.image_label = QLabel(self)
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setAccessibleName("Image")
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll_area.setWidget(self.image_label)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.message_label = QLabel(self)
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.setMargin(24)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.scroll_area)
        self.stack.addWidget(self.message_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.tool_bar = QWidget(self)
        self.tool_bar.setLayout(self._build_tool_bar())
        layout.addWidget(self.tool_bar)
        layout.addWidget(self.stack, 1)
        self.setFocusProxy(self.scroll_area)
        self._show_state()
        self.scroll_area.viewport().installEventFilter(self)

    def _build_tool_bar(self) -> QHBoxLayout:
        """Make the actions and return the tool bar's layout of buttons and labels."""

        def add(text: str, name: str, keys: KeyList, slot: Callable[[], None]) -> QAction:
            return add_viewer_action(self, text, name, keys, slot)

        self.zoom_out_action = add("Zoom Out", "Zoom out", ZOOM_OUT_KEYS, self.zoom_out)
        self.zoom_in_action = add("Zoom In", "Zoom in", ZOOM_IN_KEYS, self.zoom_in)
        self.actual_size_action = add(
            "Actual Size", "Actual size", ACTUAL_SIZE_KEYS, self.actual_size
        )
        self.fit_action = add("Fit to Window", "Fit to window", FIT_KEYS, self.fit_to_window)

        self.zoom_label = QLabel(self)
        self.zoom_label.setAccessibleName("Zoom")
        self.zoom_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("0000%"))
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        bar = QHBoxLayout()
        bar.setContentsMargins(4, 4, 4, 0)
        bar.addStretch(1)
        bar.addWidget(tool_button(self, self.zoom_out_action))
        bar.addWidget(self.zoom_label)
        bar.addWidget(tool_button(self, self.zoom_in_action))
        bar.addSpacing(8)
        bar.addWidget(tool_button(self, self.actual_size_action))
        bar.addWidget(tool_button(self, self.fit_action))
        return bar

    def load_bytes(self, data: bytes) -> bool:
        """Show the image in `data`; return False and show a message if it is unreadable.

        The format is taken from the content, and the EXIF orientation of a photo is
        applied, so a phone picture taken upright shows upright.
        """
        # QBuffer does not copy the QByteArray, so it needs a variable that outlives the read.
        byte_array = QByteArray(data)
        buffer = QBuffer(byte_array)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        reader = QImageReader(buffer)
        reader.setDecideFormatFromContent(True)
        reader.setAutoTransform(True)
        self._image = reader.read()
        if self._image.isNull():
            log.warning("An image could not be shown: %s", reader.errorString())
            self._error_message = (
                "The image could not be read, so it cannot be shown. The file may be damaged "
                f"or in a format this program cannot show ({reader.errorString()})."
            )
        else:
            self._error_message = ""
        buffer.close()

        self._fit_to_window = True
        self._show_state()
        return not self._error_message

    def image(self) -> QImage:
        """Return the image as read, turned by its EXIF orientation; null when unreadable."""
        return self._image

    def shown_pixmap(self) -> QPixmap:
        """Return the pixmap on screen, scaled to the zoom."""
        return self.image_label.pixmap()

    def error_message(self) -> str:
        """Return the message shown in place of the image, or "" when the image is shown."""
        return self._error_message

    def is_fit_to_window(self) -> bool:
        return self._fit_to_window

    def zoom_factor(self) -> float:
        """Return the zoom shown, 1.0 for actual size, also when Fit to Window sets it."""
        if self._fit_to_window:
            return self._fitted_factor()
        return self._zoom_factor

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

    @Slot()
    def fit_to_window(self) -> None:
        self._fit_to_window = True
        self._show_image()

    def _set_zoom(self, factor: float) -> None:
        self._fit_to_window = False
        self._zoom_factor = factor
        self._show_image()

    def _fitted_factor(self) -> float:
        if self._image.isNull():
            return 1.0
        # The size without scroll bars, which a fitted image never needs.
        room = self.scroll_area.maximumViewportSize()
        factor = min(
            room.width() / self._image.width(),
            room.height() / self._image.height(),
        )
        return max(0.01, min(1.0, factor))

    def _show_state(self) -> None:
        self.message_label.setText(self._error_message)
        readable = not self._image.isNull()
        self.stack.setCurrentWidget(self.scroll_area if readable else self.message_label)
        for action in (
            self.zoom_in_action,
            self.zoom_out_action,
            self.actual_size_action,
            self.fit_action,
        ):
            action.setEnabled(readable)
        self.tool_bar.setVisible(readable)
        self._show_image()

    def _show_image(self) -> None:
        if self._image.isNull():
            self.image_label.clear()
            self.zoom_label.clear()
            return
        factor = self.zoom_factor()
        size = QSize(
            max(1, round(self._image.width() * factor)),
            max(1, round(self._image.height() * factor)),
        )
        if size == self._image.size():
            pixmap = QPixmap.fromImage(self._image)
        else:
            scaled = self._image.scaled(
                size,
                Qt.AspectRatioMode.IgnoreAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            pixmap = QPixmap.fromImage(scaled)
        self.image_label.setPixmap(pixmap)
        self.image_label.resize(pixmap.size())
        self.zoom_label.setText(zoom_percent_text(factor))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self._fit_to_window
            and event.type() == QEvent.Type.Resize
            and watched is self.scroll_area.viewport()
        ):
            self._show_image()
        return super().eventFilter(watched, event)
