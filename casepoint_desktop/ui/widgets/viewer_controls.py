"""Zoom steps, actions and tool buttons shared by the PDF and image viewers."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolButton, QWidget

# Zoom factors that Zoom In and Zoom Out step through.
ZOOM_LEVELS = (0.1, 0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 2.0, 3.0, 4.0, 6.0, 8.0)
MIN_ZOOM = ZOOM_LEVELS[0]
MAX_ZOOM = ZOOM_LEVELS[-1]

# A factor within this fraction of a level counts as that level, so that a fitted zoom of
# 0.999 steps to 1.1 and not to 1.0.
_TOLERANCE = 0.01

# Keys are kept as StandardKey values and strings, because building a QKeySequence from a
# StandardKey before the QApplication exists crashes the interpreter (PySide6 6.11).
KeyList = tuple[QKeySequence.StandardKey | str, ...]

ZOOM_IN_KEYS: KeyList = (QKeySequence.StandardKey.ZoomIn, "Ctrl+=")
"""Ctrl++, and Ctrl+= for keyboards where + is Shift+=."""
ZOOM_OUT_KEYS: KeyList = (QKeySequence.StandardKey.ZoomOut,)
ACTUAL_SIZE_KEYS: KeyList = ("Ctrl+1",)
FIT_KEYS: KeyList = ("Ctrl+0",)
"""Fit page for a PDF and fit to window for an image."""


def next_zoom_in(factor: float) -> float:
    """Return the first zoom level above `factor`, or the largest level."""
    for level in ZOOM_LEVELS:
        if level > factor * (1 + _TOLERANCE):
            return level
    return MAX_ZOOM


def next_zoom_out(factor: float) -> float:
    """Return the last zoom level below `factor`, or the smallest level."""
    for level in reversed(ZOOM_LEVELS):
        if level < factor * (1 - _TOLERANCE):
            return level
    return MIN_ZOOM


def zoom_percent_text(factor: float) -> str:
    """Return a zoom factor as people read it, e.g. "125%"."""
    return f"{round(factor * 100)}%"


def add_viewer_action(
    viewer: QWidget,
    text: str,
    accessible_name: str,
    keys: KeyList,
    slot: Callable[[], None],
) -> QAction:
    """Add an action to `viewer` whose keys work while the focus is inside `viewer`.

    `accessible_name` also becomes the tool tip, with the first shortcut after it.
    """
    action = QAction(text, viewer)
    shortcuts = [QKeySequence(key) for key in keys]
    action.setShortcuts(shortcuts)
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shown_key = shortcuts[0].toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{accessible_name} ({shown_key})")
    action.setData(accessible_name)
    action.triggered.connect(slot)
    viewer.addAction(action)
    return action


def tool_button(parent: QWidget, action: QAction) -> QToolButton:
    """Return a text button for `action` that Tab reaches, named for screen readers."""
    button = QToolButton(parent)
    button.setDefaultAction(action)
    button.setAccessibleName(action.data())
    # Tool buttons take no focus by default, but these do, so Tab reaches every control.
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    return button
