"""Text for the printouts: cleaning pasted text, line breaking, and drawing lines.

fpdf2 2.8.9's `multi_cell` measures the whole line again for every character it adds: 1,000
notes of 500 characters took about 10 s on a 2-core build machine. Its `table` also rejects
a row taller than a page.
So the printouts break lines here, with cached character widths, and draw them with
`FPDF.text`. Paragraphs with right-to-left text or combining marks go through fpdf2's text
shaping (HarfBuzz) instead, one `cell` per line, which orders and joins their glyphs.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import cast

from fpdf import FPDF
from fpdf.fonts import TTFFont

from casepoint_desktop.printing import fonts

REPLACEMENT = "\ufffd"
TAB_SPACES = "    "

# Line separators that pasted text carries besides "\n".
_LINE_BREAKS = re.compile("\r\n|[\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")

# A token is a run of spaces, a zero-width space, one CJK character (a line may break
# between any two of them), or a run of other characters.
_CJK = "\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef"
_TOKENS = re.compile(f"[ \u3000]+|\u200b|[{_CJK}]|[^ \u3000\u200b{_CJK}]+")

# Unicode blocks of Chinese, Japanese and Korean (Hangul Jamo, CJK radicals to ideographs,
# Hangul syllables, compatibility ideographs and forms, half- and full-width forms).
CJK_CHARACTER = re.compile(
    "[\u1100-\u11ff\u2e80-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]"
)

_RTL_CLASSES = frozenset({"R", "AL", "RLE", "RLO", "RLI"})
_LTR_CLASSES = frozenset({"L", "LRE", "LRO", "LRI"})

# The baseline sits this far below the top of a line, as a fraction of the line height and
# of the font size. fpdf2's `cell` uses the same numbers.
_BASELINE_LINE = 0.5
_BASELINE_FONT = 0.3


def clean_text(text: str) -> str:
    """Return `text` with its line breaks as "\\n", tabs as four spaces, and soft hyphens,
    control characters, lone surrogates, private-use and unassigned code points removed.
    """
    text = _LINE_BREAKS.sub("\n", text).replace("\t", TAB_SPACES)
    if text.isascii() and text.isprintable():
        return text
    kept = []
    for char in text:
        if char == "\n" or char.isprintable():
            kept.append(char)
            continue
        category = unicodedata.category(char)
        if category == "Zs":
            kept.append(char)  # no-break and other fixed spaces
        elif category == "Cf" and char != "\u00ad":
            kept.append(char)  # bidi marks, joiners: invisible, but they steer shaping
    return "".join(kept)


def needs_shaping(text: str) -> bool:
    """Return True when `text` contains right-to-left letters or combining marks."""
    if text.isascii():
        return False
    for char in text:
        if ord(char) < 0x300:
            continue
        if unicodedata.bidirectional(char) in _RTL_CLASSES or unicodedata.combining(char):
            return True
        if unicodedata.category(char) in ("Mn", "Mc", "Me"):
            return True
    return False


def is_right_to_left(text: str) -> bool:
    """Return True when the first letter with a direction in `text` is right-to-left."""
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in _RTL_CLASSES:
            return True
        if direction in _LTR_CLASSES:
            return False
    return False


class Line(str):
    """A line of wrapped text with the direction of its paragraph.

    A line of a right-to-left paragraph is laid out right to left and aligned right even
    when it starts with a left-to-right word, and the other way round.
    """

    right_to_left: bool = False


@dataclass(frozen=True)
class TextStyle:
    """Font style ("" or "B"), size in points, line height in mm and grey level 0-255."""

    style: str = ""
    size: float = 10
    line_height: float = 4.6
    grey: int = 0


class TextWriter:
    """Breaks text into lines that fit a width, and draws them on an FPDF page."""

    def __init__(self, pdf: FPDF, with_cjk: bool) -> None:
        self.pdf = pdf
        self.with_cjk = with_cjk
        self._main_cmap = self._font(fonts.MAIN_FAMILY.lower()).cmap
        self._cjk_cmap = self._font(fonts.CJK_FAMILY.lower()).cmap if with_cjk else {}
        self._widths: dict[tuple[str, float], dict[str, float]] = {}
        self._word_widths: dict[tuple[str, float], dict[str, float]] = {}

    def _font(self, font_key: str) -> TTFFont:
        return cast(TTFFont, self.pdf.fonts[font_key])

    def printable(self, text: str) -> str:
        """Return `text` cleaned, with characters that no font has shown as U+FFFD.

        Invisible format characters (bidi marks, joiners) that the fonts lack are dropped.
        """
        text = clean_text(text)
        if text.isascii():
            return text
        main, cjk = self._main_cmap, self._cjk_cmap
        shaped = needs_shaping(text)
        out = []
        for char in text:
            code = ord(char)
            if code in main or code in cjk or char == "\n":
                out.append(char)
            elif unicodedata.category(char) != "Cf":
                out.append(REPLACEMENT)
            elif shaped:
                out.append(char)  # the shaping engine uses these and draws nothing
        return "".join(out)

    def wrap(self, text: str, width: float, style: TextStyle) -> list[Line]:
        """Return the lines of printable `text` that fit `width` mm, paragraph by paragraph.

        Lines break at spaces and zero-width spaces, and between CJK characters. A word
        longer than `width` is split between characters, so nothing runs past the edge.
        """
        lines: list[Line] = []
        for paragraph in text.split("\n"):
            right_to_left = needs_shaping(paragraph) and is_right_to_left(paragraph)
            for text_line in self._wrap_paragraph(paragraph, width, style):
                line = Line(text_line)
                if right_to_left:
                    line.right_to_left = True
                lines.append(line)
        return lines

    def _wrap_paragraph(self, paragraph: str, width: float, style: TextStyle) -> list[str]:
        lines: list[str] = []
        line: list[str] = []
        line_width = 0.0
        pending_space = ""
        for token in _TOKENS.findall(paragraph):
            if token[0] in " \u3000\u200b":
                # Spaces at the start of a paragraph are kept as indentation; spaces
                # before a line break are dropped.
                if line or not lines:
                    pending_space += token
                continue
            token_width = self._width(token, style)
            space_width = self._plain_width(pending_space, style) if pending_space else 0.0
            if line_width + space_width + token_width <= width:
                line.extend((pending_space, token))
                line_width += space_width + token_width
                pending_space = ""
                continue
            if line:
                lines.append("".join(line))
                line, line_width = [], 0.0
            pending_space = ""
            if token_width <= width:
                line, line_width = [token], token_width
                continue
            pieces = self._split_word(token, width, style)
            lines.extend(pieces[:-1])
            line, line_width = [pieces[-1]], self._plain_width(pieces[-1], style)
        if line or not lines:
            lines.append("".join(line))
        return lines

    def _split_word(self, word: str, width: float, style: TextStyle) -> list[str]:
        widths = self._width_table(style)
        pieces = []
        start = 0
        piece_width = 0.0
        for index, char in enumerate(word):
            char_width = widths.get(char)
            if char_width is None:
                char_width = self._char_width(char, style)
            if piece_width + char_width > width and index > start:
                pieces.append(word[start:index])
                start, piece_width = index, 0.0
            piece_width += char_width
        pieces.append(word[start:])
        return pieces

    def _width_table(self, style: TextStyle) -> dict[str, float]:
        key = (style.style, style.size)
        table = self._widths.get(key)
        if table is None:
            table = self._widths[key] = {}
        return table

    def _char_width(self, char: str, style: TextStyle) -> float:
        code = ord(char)
        if code in self._main_cmap or not self.with_cjk or code not in self._cjk_cmap:
            font = self._font(f"{fonts.MAIN_FAMILY.lower()}{style.style}")
        else:
            font = self._font(fonts.CJK_FAMILY.lower())
        width = font.cw[code] * style.size * 0.001 / self.pdf.k
        self._width_table(style)[char] = width
        return width

    def _plain_width(self, text: str, style: TextStyle) -> float:
        widths = self._width_table(style)
        total = 0.0
        for char in text:
            char_width = widths.get(char)
            if char_width is None:
                char_width = self._char_width(char, style)
            total += char_width
        return total

    def _width(self, text: str, style: TextStyle) -> float:
        """Return the width of `text` in mm, shaped by HarfBuzz where its script needs it.

        Widths of words are cached, because notes repeat the same words many times.
        """
        key = (style.style, style.size)
        cache = self._word_widths.get(key)
        if cache is None:
            cache = self._word_widths[key] = {}
        width = cache.get(text)
        if width is None:
            if needs_shaping(text):
                width = self._shaped_width(text, style)
            else:
                width = self._plain_width(text, style)
            cache[text] = width
        return width

    def _use_font(self, family: str, style: str, size: float) -> None:
        """Select a font unless it is the current one; `FPDF.set_font` costs more to call."""
        pdf = self.pdf
        if pdf.font_family != family.lower() or pdf.font_style != style or pdf.font_size_pt != size:
            pdf.set_font(family, style, size)

    def _shaped_width(self, text: str, style: TextStyle) -> float:
        pdf = self.pdf
        pdf.set_font(fonts.MAIN_FAMILY, style.style, style.size)
        pdf.set_text_shaping(True)
        try:
            return pdf.get_string_width(text)
        finally:
            pdf.set_text_shaping(False)

    def draw_lines(
        self, lines: Sequence[str], x: float, y: float, width: float, style: TextStyle
    ) -> float:
        """Draw `lines` from the top `y`, one per line height; return the y below them.

        Lines of a right-to-left paragraph are aligned right. No page break happens here.
        """
        for line in lines:
            self.draw_line(line, x, y, width, style)
            y += style.line_height
        return y

    def draw_line(
        self, line: str, x: float, y: float, width: float, style: TextStyle, align: str = ""
    ) -> None:
        """Draw one line at the top `y`.

        `align` "L", "C" or "R" aligns it left, centred or right. With "", a line of a right-to-left
        paragraph is aligned right: a `Line` from `wrap` has its paragraph's direction, and
        a plain string is right-to-left when its first letter is.
        """
        if not line:
            return
        pdf = self.pdf
        pdf.set_text_color(style.grey)
        if isinstance(line, Line):
            right_to_left = line.right_to_left
        else:
            right_to_left = needs_shaping(line) and is_right_to_left(line)
        align = align or ("R" if right_to_left else "L")
        if needs_shaping(line):
            # NOTE: fpdf2 2.8.9 orders digits inside right-to-left text differently from the
            # Unicode bidi algorithm and can drop the spaces around them ("אבג 123 דהו").
            pdf.set_font(fonts.MAIN_FAMILY, style.style, style.size)
            pdf.set_text_shaping(True, direction="rtl" if right_to_left else "ltr")
            try:
                pdf.set_xy(x, y)
                pdf.cell(width, style.line_height, line, align=align)
            finally:
                pdf.set_text_shaping(False)
            return

        if align == "R":
            x += width - self._plain_width(line, style)
        elif align == "C":
            x += (width - self._plain_width(line, style)) / 2
        baseline = y + _BASELINE_LINE * style.line_height + _BASELINE_FONT * style.size / pdf.k
        if line.isascii() or not self.with_cjk:
            self._use_font(fonts.MAIN_FAMILY, style.style, style.size)
            pdf.text(x, baseline, line)
            return
        for run, is_cjk in self._font_runs(line):
            if is_cjk:
                self._use_font(fonts.CJK_FAMILY, "", style.size)
            else:
                self._use_font(fonts.MAIN_FAMILY, style.style, style.size)
            pdf.text(x, baseline, run)
            x += self._plain_width(run, style)

    def _font_runs(self, line: str) -> list[tuple[str, bool]]:
        """Split `line` into runs of characters drawn with the same font."""
        main = self._main_cmap
        runs: list[tuple[str, bool]] = []
        start = 0
        current = ord(line[0]) not in main
        for index, char in enumerate(line):
            is_cjk = ord(char) not in main
            if is_cjk != current:
                runs.append((line[start:index], current))
                start, current = index, is_cjk
        runs.append((line[start:], current))
        return runs
