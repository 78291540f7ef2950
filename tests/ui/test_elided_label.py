"""ElidedLabel, wrap_text and shorten_text: names of any length in a label of any width."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from casepoint_desktop.ui.widgets.elided_label import (
    ELLIPSIS,
    ElidedLabel,
    fixed_leading_alignment,
    shorten_text,
    wrap_text,
)

LONG_WORD = "Featherstonehaugh" * 300


@pytest.fixture
def font(qapp):
    return QApplication.font()


def test_wrap_breaks_at_spaces(font):
    width = QFontMetricsF(font).horizontalAdvance("Humbuggery") + 2

    lines, elided = wrap_text("Humbuggery Lodge", font, width, 3)

    assert lines == ["Humbuggery", "Lodge"]
    assert not elided


def test_wrap_breaks_long_word_anywhere(font):
    metrics = QFontMetricsF(font)

    lines, elided = wrap_text(LONG_WORD, font, 200, 3)

    assert len(lines) == 3
    assert elided
    assert lines[-1].endswith(ELLIPSIS)
    assert all(metrics.horizontalAdvance(line) <= 200 for line in lines)
    assert "".join(lines[:2]) == LONG_WORD[: len("".join(lines[:2]))]


def test_wrap_keeps_line_breaks(font):
    lines, elided = wrap_text("1420 Riverside Ave\nSpringfield", font, 400, 6)

    assert lines == ["1420 Riverside Ave", "Springfield"]
    assert not elided


def test_wrap_joins_paragraphs_on_last_line(font):
    lines, elided = wrap_text("Apt 4\nSpringfield", font, 400, 1)

    assert lines == ["Apt 4 Springfield"]
    assert not elided


def test_wrap_empty_text_one_line(font):
    assert wrap_text("", font, 100, 3) == ([""], False)


def test_shorten_text_cases():
    assert shorten_text("Lodge, Humbuggery", 40) == "Lodge, Humbuggery"
    assert shorten_text("A" * 41, 40) == "A" * 39 + ELLIPSIS
    assert shorten_text("Lodge, " + "A" * 50, 10) == "Lodge, AA" + ELLIPSIS
    assert shorten_text("Lodge, " + "A" * 50, 8) == "Lodge," + ELLIPSIS


def test_shorten_text_keeps_accents_on_letter():
    decomposed = "Nguye\u0302\u0303n Thi\u0323 Minh"  # "Nguyễn Thị Minh" with combining marks

    shortened = shorten_text(decomposed, 7)

    assert shortened == "Nguy" + ELLIPSIS


def test_label_minimum_width_small(qtbot):
    label = ElidedLabel(max_lines=2)
    qtbot.addWidget(label)

    label.setText(LONG_WORD)

    average = label.fontMetrics().averageCharWidth()
    assert label.minimumSizeHint().width() <= average * 10
    assert label.sizeHint().width() <= average * 80
    assert label.text() == LONG_WORD


def test_label_elides_with_tooltip(qtbot):
    label = ElidedLabel(max_lines=2)
    qtbot.addWidget(label)
    label.resize(300, 100)

    label.setText(LONG_WORD)

    assert label.is_elided()
    assert label.toolTip() == LONG_WORD
    assert label.shown_text().count("\n") == 1
    assert label.shown_text().endswith(ELLIPSIS)


def test_label_short_text_no_tooltip(qtbot):
    label = ElidedLabel()
    qtbot.addWidget(label)
    label.resize(300, 100)
    label.setText(LONG_WORD)

    label.setText("Humbuggery Lodge")

    assert not label.is_elided()
    assert label.toolTip() == ""
    assert label.shown_text() == "Humbuggery Lodge"


def test_label_in_layout_gets_wrapped_height(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    label = ElidedLabel(window, max_lines=3)
    layout.addWidget(label)
    layout.addStretch(1)
    label.setText("Humbuggery Lodge Featherstonehaugh")
    window.resize(label.fontMetrics().horizontalAdvance("Featherstonehaugh") + 40, 300)
    window.show()
    qtbot.waitExposed(window)

    assert label.shown_text().split() == ["Humbuggery", "Lodge", "Featherstonehaugh"]
    assert "\n" in label.shown_text()
    assert label.height() >= label.heightForWidth(label.width())
    assert not label.is_elided()


def test_leading_alignment_follows_layout_direction(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)

    left_to_right = fixed_leading_alignment(widget)
    widget.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    right_to_left = fixed_leading_alignment(widget)

    assert left_to_right == Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute
    assert right_to_left == Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
