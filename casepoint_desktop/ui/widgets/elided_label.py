"""A label for names and other free text of any length, which never widens its window."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QResizeEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

ELLIPSIS = "…"

# The label's minimum width is this many average characters, or less for a shorter text, so
# that any text fits a window as narrow as its other widgets allow.
MIN_WIDTH_CHARACTERS = 8

# The width of the label's size hint is at most this many average characters.
PREFERRED_WIDTH_CHARACTERS = 60

DEFAULT_MAX_LINES = 3


def shorten_text(text: str, max_length: int) -> str:
    """Return `text`, or its first `max_length` - 1 characters and "…" when it is longer.

    The cut never separates a letter from the combining accents that follow it.
    """
    if len(text) <= max_length:
        return text
    cut = max(0, max_length - 1)
    while cut > 0 and unicodedata.combining(text[cut]):
        cut -= 1
    return text[:cut].rstrip() + ELLIPSIS


def wrap_text(text: str, font: QFont, width: float, max_lines: int) -> tuple[list[str], bool]:
    """Break `text` into lines no wider than `width` pixels in `font`.

    Lines break at word boundaries, and anywhere inside a word wider than `width`. Line
    breaks in `text` are kept. When more than `max_lines` lines are needed, the last line
    shown ends in "…".

    Returns:
        The lines and whether any text was left out.
    """
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    paragraphs = text.splitlines() or [""]
    lines: list[str] = []
    # The text from the start of each line to the end of the whole text, for eliding.
    rest_of_text: list[str] = []
    for number, paragraph in enumerate(paragraphs):
        later_paragraphs = paragraphs[number + 1 :]
        layout = QTextLayout(paragraph, font)
        layout.setTextOption(option)
        layout.beginLayout()
        while len(lines) <= max_lines:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            start = line.textStart()
            lines.append(paragraph[start : start + line.textLength()].rstrip())
            remaining_parts = [paragraph[start:], *later_paragraphs]
            rest_of_text.append(" ".join(part for part in remaining_parts if part.strip()))
        layout.endLayout()
        if len(lines) > max_lines:
            break

    if len(lines) <= max_lines:
        return lines, False
    last = max_lines - 1
    rest = rest_of_text[last]
    elided = QFontMetricsF(font).elidedText(rest, Qt.TextElideMode.ElideRight, width)
    # The rest can fit after all when it was only cut by line breaks, now joined by spaces.
    return [*lines[:last], elided], elided != rest


def fixed_leading_alignment(widget: QWidget) -> Qt.AlignmentFlag:
    """Return the alignment to the leading edge of `widget`'s layout direction.

    The flag is absolute, so a right-to-left text such as an Arabic name starts at the same
    edge as the left-to-right lines around it, while its letters keep their own direction.
    """
    if widget.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        edge = Qt.AlignmentFlag.AlignRight
    else:
        edge = Qt.AlignmentFlag.AlignLeft
    return edge | Qt.AlignmentFlag.AlignAbsolute


class ElidedLabel(QLabel):
    """A QLabel that wraps its text to its width and elides what does not fit `max_lines`.

    Words wider than the label break anywhere, and the label's minimum width is a few
    characters, so a name of thousands of characters cannot widen the window. When text is
    left out, the last line ends in "…" and the tooltip shows the whole text, otherwise the
    label clears its tooltip. `text()` returns the whole text, and `shown_text()` the lines
    on screen.
    """

    def __init__(self, parent: QWidget | None = None, max_lines: int = DEFAULT_MAX_LINES) -> None:
        super().__init__(parent)
        self._full_text = ""
        self._max_lines = max_lines
        self._elided = False
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def text(self) -> str:
        """Return the whole text, including any part that is elided on screen."""
        return self._full_text

    def setText(self, text: str) -> None:
        self._full_text = text
        self._show_lines()
        self.updateGeometry()

    def shown_text(self) -> str:
        """Return the text on screen, with a line break after each line."""
        return super().text()

    def is_elided(self) -> bool:
        """Return True when part of the text does not fit and "…" ends the last line."""
        return self._elided

    def max_lines(self) -> int:
        return self._max_lines

    def set_max_lines(self, max_lines: int) -> None:
        """Show at most `max_lines` lines (at least 1) before eliding the rest."""
        self._max_lines = max(1, max_lines)
        self._show_lines()
        self.updateGeometry()

    def _text_width(self, label_width: int) -> int:
        margins = self.contentsMargins()
        return max(1, label_width - margins.left() - margins.right() - 2 * self.margin())

    def _lines(self, label_width: int) -> tuple[list[str], bool]:
        return wrap_text(
            self._full_text, self.font(), self._text_width(label_width), self._max_lines
        )

    def _show_lines(self) -> None:
        lines, self._elided = self._lines(self.width())
        display_text = "\n".join(lines)
        if display_text != super().text():
            super().setText(display_text)
        self.setToolTip(self._full_text if self._elided else "")

    def _height_of_lines(self, count: int) -> int:
        margins = self.contentsMargins()
        text_height = QFontMetricsF(self.font()).lineSpacing() * max(1, count)
        return int(text_height + 0.999) + margins.top() + margins.bottom() + 2 * self.margin()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        lines, _ = self._lines(width)
        return self._height_of_lines(len(lines))

    def _natural_width(self) -> int:
        """Return the width of the text's widest line when nothing wraps."""
        metrics = QFontMetricsF(self.font())
        widest = max(
            (metrics.horizontalAdvance(line) for line in self._full_text.splitlines()),
            default=0.0,
        )
        margins = self.contentsMargins()
        extra = margins.left() + margins.right() + 2 * self.margin()
        return int(widest + 0.999) + extra

    def sizeHint(self) -> QSize:
        preferred = self.fontMetrics().averageCharWidth() * PREFERRED_WIDTH_CHARACTERS
        width = max(1, min(self._natural_width(), preferred))
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        smallest = self.fontMetrics().averageCharWidth() * MIN_WIDTH_CHARACTERS
        width = max(1, min(self._natural_width(), smallest))
        return QSize(width, self._height_of_lines(1))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._show_lines()
            self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._show_lines()
