"""Tests of cleaning pasted text and breaking it into lines for the printouts."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fpdf import FPDF

from casepoint_desktop.printing import fonts
from casepoint_desktop.printing.text import (
    REPLACEMENT,
    TextStyle,
    TextWriter,
    clean_text,
    is_right_to_left,
    needs_shaping,
)

STYLE = TextStyle()


@pytest.fixture(scope="module")
def writer() -> Iterator[TextWriter]:
    pdf = FPDF()
    fonts.add_main_fonts(pdf)
    fonts.add_cjk_font(pdf)
    yield TextWriter(pdf, with_cjk=True)
    fonts.close_fonts(pdf)


@pytest.mark.parametrize(
    ("pasted", "cleaned"),
    [
        ("a\r\nb\rc\u2028d", "a\nb\nc\nd"),
        ("a\tb", "a    b"),
        ("soft\u00adhyphen", "softhyphen"),
        ("bell\x07 escape\x1b", "bell escape"),
        ("no\u00a0break", "no\u00a0break"),
        ("zero\u200bwidth", "zero\u200bwidth"),
        ("lone \ud800 surrogate", "lone  surrogate"),
        ("private \ue000 use", "private  use"),
        ("Nguyễn", "Nguyễn"),
    ],
)
def test_clean_text(pasted, cleaned):
    assert clean_text(pasted) == cleaned


def test_shaping_for_rtl_and_marks():
    assert not needs_shaping("Plain ASCII")
    assert not needs_shaping("Nguyễn Thị Ánh")
    assert not needs_shaping("王小明 김민준")
    assert needs_shaping("محمد")
    assert needs_shaping("שרה")
    assert needs_shaping("Nguye\u0302\u0303n")  # decomposed diacritics


def test_direction_from_first_letter():
    assert is_right_to_left("שרה Cohen")
    assert not is_right_to_left("Sarah שרה")
    assert not is_right_to_left("123")


def test_unprintable_characters_replaced(writer):
    assert writer.printable("smile 😀") == f"smile {REPLACEMENT}"
    assert writer.printable("王小明") == "王小明"


def test_wrap_keeps_every_word(writer):
    text = " ".join(f"word{index}" for index in range(300))
    lines = writer.wrap(text, 80, STYLE)
    assert len(lines) > 5
    assert " ".join(lines).split() == text.split()


def test_wrap_splits_long_word(writer):
    word = "x" * 3000
    lines = writer.wrap(word, 50, STYLE)
    assert "".join(lines) == word
    assert all(writer._plain_width(line, STYLE) <= 50 for line in lines)


def test_wrap_breaks_between_cjk_characters(writer):
    text = "王小明" * 100
    lines = writer.wrap(text, 40, STYLE)
    assert len(lines) > 1
    assert "".join(lines) == text


def test_wrap_keeps_paragraphs_and_indentation(writer):
    assert writer.wrap("one\n\n  two", 100, STYLE) == ["one", "", "  two"]


def test_wrap_right_to_left_by_shaped_width(writer):
    text = " ".join(["محمد عبد الله"] * 30)
    lines = writer.wrap(text, 60, STYLE)
    assert len(lines) > 1
    assert " ".join(lines) == text
