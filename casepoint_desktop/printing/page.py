"""The page of every printout: header, footer, and the blocks the printouts are built of.

Page breaks are made here, not by fpdf2, so that a table row or a note can continue on the
next page below a repeated table header, and the signature block is never split.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from fpdf import FPDF

from casepoint_desktop.printing import fonts
from casepoint_desktop.printing.documents import PAPER_A4, NoteEntry, PageHeading
from casepoint_desktop.printing.text import CJK_CHARACTER, TextStyle, TextWriter

MARGIN = 15.0  # mm, on every side
FOOTER_HEIGHT = 10.0  # mm above the bottom margin kept free for the footer
CELL_PADDING = 1.2  # mm inside table cells

BODY = TextStyle()
BOLD = TextStyle(style="B")
SMALL = TextStyle(size=8.5, line_height=4.0)
SMALL_GREY = TextStyle(size=8.5, line_height=4.0, grey=90)
LABEL = TextStyle(style="B", size=8.5, line_height=4.6, grey=90)
TITLE = TextStyle(style="B", size=15, line_height=7.0)
AGENCY = TextStyle(style="B", size=10, line_height=4.8, grey=60)
SECTION = TextStyle(style="B", size=12.5, line_height=6.2)
SUBSECTION = TextStyle(style="B", size=10.5, line_height=5.4)


def format_date(day: date | None) -> str:
    """Return the date as YYYY-MM-DD, or "" for a blank date."""
    return day.isoformat() if day is not None else ""


@dataclass(frozen=True)
class Column:
    """A table column: its title and its share of the table width."""

    title: str
    share: float


class PrintoutPdf(FPDF):
    """An FPDF document with the printout header on every page and manual page breaks.

    `texts` are all the texts the document will print: the font for Chinese, Japanese and
    Korean is loaded only when one of them has a character of those scripts. Call
    `finish` once the body is drawn: it adds "Page N of M" to every page. `orientation`
    is "portrait" or "landscape".
    """

    def __init__(
        self, heading: PageHeading, texts: Iterable[str] = (), orientation: str = "portrait"
    ) -> None:
        super().__init__(
            orientation=orientation,
            unit="mm",
            format="A4" if heading.paper_size == PAPER_A4 else "Letter",
        )
        self.page_heading = heading
        self.set_margins(MARGIN, MARGIN, MARGIN)
        self.set_auto_page_break(False)
        self.c_margin = 0
        self.set_creator("CasePoint Desktop")
        self.set_title(heading.title)
        fonts.add_main_fonts(self)
        with_cjk = any(CJK_CHARACTER.search(text) for text in texts if not text.isascii())
        if with_cjk:
            fonts.add_cjk_font(self)
        self.writer = TextWriter(self, with_cjk)
        self.content_width = self.w - 2 * MARGIN
        self.bottom = self.h - MARGIN - FOOTER_HEIGHT
        self._printable_heading = _printable_heading(self.writer, heading)
        self.body_top = MARGIN  # set by `header` to the y below the header of each page

    def header(self) -> None:
        heading = self._printable_heading
        width = self.content_width
        writer = self.writer
        y = MARGIN
        y = writer.draw_lines(
            writer.wrap(heading.agency_name, width, AGENCY), MARGIN, y, width, AGENCY
        )
        y = writer.draw_lines(writer.wrap(heading.title, width, TITLE), MARGIN, y, width, TITLE)

        # The client's name on the left; the ID and date of birth on the right.
        right_width = 70.0
        name_width = width - right_width - 4
        name_lines = writer.wrap(heading.client_name, name_width, BOLD)
        facts = [f"Client ID {heading.client_id}"]
        facts.append(f"Date of birth {format_date(heading.date_of_birth) or '(blank)'}")
        for index, line in enumerate(name_lines):
            writer.draw_line(line, MARGIN, y + index * BOLD.line_height, name_width, BOLD, "L")
        for index, fact in enumerate(facts):
            writer.draw_line(
                fact,
                MARGIN + width - right_width,
                y + index * BODY.line_height,
                right_width,
                BODY,
                align="R",
            )
        y += max(len(name_lines), len(facts)) * BODY.line_height + 1.5
        self.set_draw_color(120)
        self.set_line_width(0.3)
        self.line(MARGIN, y, MARGIN + width, y)
        self.set_y(y + 3)
        self.body_top = y + 3

    def footer(self) -> None:
        """Draw nothing: `finish` writes the footers once the page count is known."""

    def finish(self) -> bytes:
        """Write the footer on every page and return the PDF document."""
        total = self.pages_count
        last_page = self.page
        for page in range(1, total + 1):
            self.page = page
            # The font must be selected again in each page's content.
            self.current_font_is_set_on_page = False
            y = self.h - MARGIN - SMALL.line_height
            self.set_draw_color(120)
            self.set_line_width(0.2)
            self.line(MARGIN, y - 1.5, MARGIN + self.content_width, y - 1.5)
            printed = f"Printed {format_date(self.page_heading.printed_on)}"
            self.writer.draw_line(printed, MARGIN, y, self.content_width / 2, SMALL_GREY)
            self.writer.draw_line(
                f"Page {page} of {total}",
                MARGIN + self.content_width / 2,
                y,
                self.content_width / 2,
                SMALL_GREY,
                align="R",
            )
        self.page = last_page
        return bytes(self.output())

    def ensure_space(self, height: float) -> None:
        """Start a new page unless `height` mm fit below the current position."""
        if self.get_y() + height > self.bottom:
            self.add_page()

    def space(self, height: float) -> None:
        self.set_y(self.get_y() + height)

    def paragraph(self, text: str, style: TextStyle = BODY, indent: float = 0.0) -> None:
        """Draw `text` wrapped to the content width, continuing on new pages as needed."""
        width = self.content_width - indent
        lines = self.writer.wrap(self.writer.printable(text), width, style)
        self.draw_wrapped(lines, MARGIN + indent, width, style)

    def draw_wrapped(self, lines: Sequence[str], x: float, width: float, style: TextStyle) -> None:
        """Draw lines already wrapped to `width`, breaking pages between lines."""
        y = self.get_y()
        for line in lines:
            if y + style.line_height > self.bottom:
                self.add_page()
                y = self.get_y()
            self.writer.draw_line(line, x, y, width, style)
            y += style.line_height
        self.set_y(y)

    def heading(self, text: str, style: TextStyle = SECTION, keep_with: float = 15.0) -> None:
        """Draw a heading, on a new page unless `keep_with` mm fit below it."""
        lines = self.writer.wrap(self.writer.printable(text), self.content_width, style)
        self.ensure_space(len(lines) * style.line_height + keep_with)
        self.draw_wrapped(lines, MARGIN, self.content_width, style)
        self.space(1)

    def fields(self, pairs: Sequence[tuple[str, str]], columns: int = 2) -> None:
        """Draw label and value pairs in `columns` columns; blank values print as blank.

        Values are aligned left in every script, so that the column reads as one.
        """
        column_width = (self.content_width - 4 * (columns - 1)) / columns
        label_width = 31.0
        value_width = column_width - label_width
        writer = self.writer
        for start in range(0, len(pairs), columns):
            row = pairs[start : start + columns]
            wrapped = [
                (
                    writer.wrap(label, label_width - 1, LABEL),
                    writer.wrap(writer.printable(value), value_width, BODY),
                )
                for label, value in row
            ]
            height = max(max(len(label), len(value)) for label, value in wrapped)
            height_mm = height * BODY.line_height
            self.ensure_space(min(height_mm, 3 * BODY.line_height))
            y = self.get_y()
            for index, (label_lines, _) in enumerate(wrapped):
                x = MARGIN + index * (column_width + 4)
                writer.draw_lines(label_lines, x, y, label_width, LABEL)
            # Values of a very long field may continue on the next page; the column
            # layout is kept by drawing every value line by line together.
            for line_index in range(height):
                if y + BODY.line_height > self.bottom:
                    self.add_page()
                    y = self.get_y()
                for index, (_, value_lines) in enumerate(wrapped):
                    if line_index < len(value_lines):
                        x = MARGIN + index * (column_width + 4) + label_width
                        writer.draw_line(value_lines[line_index], x, y, value_width, BODY, "L")
                y += BODY.line_height
            self.set_y(y + 0.6)

    def draw_table(self, columns: Sequence[Column], rows: Sequence[Sequence[str]]) -> None:
        """Draw a table with a header row that repeats on every page it continues on.

        A row that does not fit the rest of the page starts on the next one. A row taller
        than a whole page is split between its lines.
        """
        total_share = sum(column.share for column in columns)
        widths = [self.content_width * column.share / total_share for column in columns]
        text_widths = [width - 2 * CELL_PADDING for width in widths]
        writer = self.writer
        header = [
            writer.wrap(column.title, width, LABEL)
            for column, width in zip(columns, text_widths, strict=True)
        ]
        header_lines = max(len(lines) for lines in header)
        line_height = SMALL.line_height
        full_page_lines = (
            int(
                (self.bottom - self.body_top - header_lines * LABEL.line_height - 2 * CELL_PADDING)
                // line_height
            )
            - 1
        )

        def draw_header() -> None:
            y = self.get_y()
            height = header_lines * LABEL.line_height + 2 * CELL_PADDING
            self.set_fill_color(232)
            self.rect(MARGIN, y, self.content_width, height, style="F")
            x = MARGIN
            for lines, width in zip(header, widths, strict=True):
                writer.draw_lines(lines, x + CELL_PADDING, y + CELL_PADDING, width, LABEL)
                x += width
            self.set_y(y + height)

        self.ensure_space(
            header_lines * LABEL.line_height + 2 * CELL_PADDING + 2 * line_height + 2 * CELL_PADDING
        )
        draw_header()
        self.set_draw_color(170)
        self.set_line_width(0.2)
        for row in rows:
            cells = [
                writer.wrap(writer.printable(value), width, SMALL)
                for value, width in zip(row, text_widths, strict=True)
            ]
            row_lines = max(1, max(len(lines) for lines in cells))
            done = 0
            while done < row_lines:
                room = math.floor((self.bottom - self.get_y() - 2 * CELL_PADDING) / line_height)
                remaining = row_lines - done
                # Move a row that fits on one page to the next page as a whole.
                if room < 1 or (done == 0 and remaining > room and remaining <= full_page_lines):
                    self.add_page()
                    draw_header()
                    continue
                count = min(remaining, room)
                y = self.get_y() + CELL_PADDING
                x = MARGIN
                for lines, width in zip(cells, widths, strict=True):
                    writer.draw_lines(
                        lines[done : done + count],
                        x + CELL_PADDING,
                        y,
                        width - 2 * CELL_PADDING,
                        SMALL,
                    )
                    x += width
                y += count * line_height + CELL_PADDING
                self.line(MARGIN, y, MARGIN + self.content_width, y)
                self.set_y(y)
                done += count
        self.space(3)

    def note(self, entry: NoteEntry, indent: float = 0.0) -> None:
        """Draw a note: a line with its date, provider, case manager and author, then its text."""
        facts = [format_date(entry.note_date), entry.provider]
        if entry.case_manager:
            facts.append(f"Case manager: {entry.case_manager}")
        facts.append(f"Written by {entry.author}")
        width = self.content_width - indent
        writer = self.writer
        fact_lines = writer.wrap(writer.printable("  ·  ".join(facts)), width, LABEL)
        text_lines = writer.wrap(writer.printable(entry.text), width, BODY)
        # Keep the line of facts with the first two lines of the text.
        self.ensure_space((len(fact_lines) * LABEL.line_height) + 2 * BODY.line_height)
        self.draw_wrapped(fact_lines, MARGIN + indent, width, LABEL)
        self.draw_wrapped(text_lines, MARGIN + indent, width, BODY)
        self.space(2.5)

    def signature_block(self, client_name: str, case_manager_name: str) -> None:
        """Draw signature and date lines for the client and the case manager on one page."""
        writer = self.writer
        signature_width = self.content_width * 0.62
        date_width = self.content_width * 0.28
        date_x = MARGIN + self.content_width - date_width
        people = [("Client", client_name), ("Case manager", case_manager_name)]
        name_lines = [
            writer.wrap(writer.printable(name), signature_width, SMALL) for _, name in people
        ]
        block_height = 8 + sum(14 + SMALL.line_height * (1 + len(lines)) for lines in name_lines)
        self.space(4)
        self.ensure_space(block_height)
        self.heading("Signatures", SUBSECTION, keep_with=block_height)
        self.set_draw_color(0)
        self.set_line_width(0.3)
        for (role, _), lines in zip(people, name_lines, strict=True):
            y = self.get_y() + 12
            self.line(MARGIN, y, MARGIN + signature_width, y)
            self.line(date_x, y, date_x + date_width, y)
            y += 0.8
            writer.draw_line(f"{role} signature", MARGIN, y, signature_width, SMALL_GREY)
            writer.draw_line("Date", date_x, y, date_width, SMALL_GREY)
            for line in lines:
                y += SMALL.line_height
                writer.draw_line(line, MARGIN, y, signature_width, SMALL, "L")
            y += SMALL.line_height
            self.set_y(y + 2)


def _printable_heading(writer: TextWriter, heading: PageHeading) -> PageHeading:
    return PageHeading(
        agency_name=writer.printable(heading.agency_name),
        title=writer.printable(heading.title),
        client_name=writer.printable(heading.client_name),
        client_id=heading.client_id,
        date_of_birth=heading.date_of_birth,
        printed_on=heading.printed_on,
        paper_size=heading.paper_size,
        selection=writer.printable(heading.selection),
    )
