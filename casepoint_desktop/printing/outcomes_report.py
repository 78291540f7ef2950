"""The goal outcomes report as a landscape PDF: the filter, the table and a bar chart.

Rendering reads only the report and the names passed in, never the database, so it may run
on a worker thread.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from casepoint_desktop.printing import fonts
from casepoint_desktop.printing.documents import PageHeading
from casepoint_desktop.printing.page import (
    AGENCY,
    CELL_PADDING,
    LABEL,
    MARGIN,
    SECTION,
    SMALL,
    SMALL_GREY,
    TITLE,
    PrintoutPdf,
)
from casepoint_desktop.printing.text import TextStyle
from casepoint_desktop.services.reports import (
    MEASURES,
    OUTCOME_MEASURES,
    FilterNames,
    OutcomeRow,
    OutcomesReport,
    classification_sums,
    format_percent,
)

REPORT_TITLE = "Goal Outcomes"

# The colour of each bar segment, shared with the chart of the reports window.
CHART_COLORS = {
    "achieved": "#2e7d32",
    "partially_achieved": "#f9a825",
    "not_achieved": "#c62828",
    "other_outcome": "#78909c",
}
CHART_LABELS = dict(MEASURES)

SMALL_BOLD = TextStyle(style="B", size=8.5, line_height=4.0)
CHART_HEIGHT = 62.0  # mm, the plot area without the labels below it
LEGEND_WIDTH = 48.0  # mm to the right of the plot


@dataclass(frozen=True)
class _Column:
    title: str
    share: float
    align: str  # "L" or "R"


COLUMNS = (
    _Column("Classification", 2.0, "L"),
    _Column("Goal type", 2.3, "L"),
    # Wide enough for "Achieved" in bold on one line.
    *(_Column(label, 1.1, "R") for _, label in MEASURES),
    _Column("Mean % (partial)", 1.3, "R"),
    _Column("Achievement rate", 1.5, "R"),
)


def row_cells(row: OutcomeRow) -> list[str]:
    """Return the texts of a report row in the order of the report's columns."""
    return [
        row.classification,
        row.goal_type,
        *(str(row.counts.get(key, 0)) for key, _ in MEASURES),
        format_percent(row.mean_percent_partial),
        format_percent(row.achievement_rate),
    ]


def describe_filter(report: OutcomesReport, names: FilterNames) -> list[str]:
    """Return the lines that describe which goals the report counts."""
    report_filter = report.report_filter
    providers = ", ".join(names.providers) or "all"
    classifications = ", ".join(names.classifications) or "all"
    return [
        f"Goals set from {report_filter.start.isoformat()} to {report_filter.end.isoformat()}",
        f"Providers: {providers}",
        f"Classifications: {classifications}",
        f"Overdue goals are open goals with a target date before {report.today.isoformat()}. "
        "The achievement rate is achieved goals out of closed goals.",
    ]


class _ReportPdf(PrintoutPdf):
    """A printout page whose header has the agency and the title, without a client."""

    def header(self) -> None:
        writer = self.writer
        width = self.content_width
        heading = self.page_heading
        y = writer.draw_lines(
            writer.wrap(writer.printable(heading.agency_name), width, AGENCY),
            MARGIN,
            MARGIN,
            width,
            AGENCY,
        )
        y = writer.draw_lines(writer.wrap(heading.title, width, TITLE), MARGIN, y, width, TITLE)
        y += 1.5
        self.set_draw_color(120)
        self.set_line_width(0.3)
        self.line(MARGIN, y, MARGIN + width, y)
        self.set_y(y + 3)
        self.body_top = y + 3


def render_outcomes_report(
    report: OutcomesReport,
    agency_name: str,
    names: FilterNames | None = None,
    printed_on: date | None = None,
) -> bytes:
    """Return the report as a landscape PDF on Letter paper.

    `names` are the names of the providers and classifications of the report's filter,
    which the caller reads from the database. With None, both print as "all".
    """
    names = names or FilterNames((), ())
    heading = PageHeading(
        agency_name=agency_name,
        title=REPORT_TITLE,
        client_name="",
        client_id=0,
        date_of_birth=None,
        printed_on=printed_on or date.today(),
    )
    pdf = _ReportPdf(heading, _texts(report, agency_name, names), orientation="landscape")
    try:
        pdf.add_page()
        for line in describe_filter(report, names):
            pdf.paragraph(line, SMALL_GREY)
        pdf.space(3)
        if not report.rows:
            pdf.paragraph("No goals were set in this range for the chosen providers.")
            return pdf.finish()
        _table(pdf, report)
        _chart(pdf, report)
        return pdf.finish()
    finally:
        fonts.close_fonts(pdf)


def _texts(report: OutcomesReport, agency_name: str, names: FilterNames) -> Iterator[str]:
    yield agency_name
    yield from names.providers
    yield from names.classifications
    for row in report.rows:
        yield row.classification
        yield row.goal_type


def _table(pdf: PrintoutPdf, report: OutcomesReport) -> None:
    """Draw the table with a header that repeats on each page and a bold totals row."""
    writer = pdf.writer
    total_share = sum(column.share for column in COLUMNS)
    widths = [pdf.content_width * column.share / total_share for column in COLUMNS]
    text_widths = [width - 2 * CELL_PADDING for width in widths]
    header = [
        writer.wrap(column.title, width, LABEL)
        for column, width in zip(COLUMNS, text_widths, strict=True)
    ]
    header_height = max(len(lines) for lines in header) * LABEL.line_height + 2 * CELL_PADDING

    def draw_header() -> None:
        y = pdf.get_y()
        pdf.set_fill_color(232)
        pdf.rect(MARGIN, y, pdf.content_width, header_height, style="F")
        x = MARGIN
        for lines, column, width in zip(header, COLUMNS, widths, strict=True):
            for number, line in enumerate(lines):
                writer.draw_line(
                    line,
                    x + CELL_PADDING,
                    y + CELL_PADDING + number * LABEL.line_height,
                    width - 2 * CELL_PADDING,
                    LABEL,
                    column.align,
                )
            x += width
        pdf.set_y(y + header_height)

    pdf.ensure_space(header_height + 2 * (SMALL.line_height + 2 * CELL_PADDING))
    draw_header()
    pdf.set_line_width(0.2)
    rows = [(row, SMALL) for row in report.rows] + [(report.totals, SMALL_BOLD)]
    for row, style in rows:
        cells = [
            writer.wrap(writer.printable(text), width, style)
            for text, width in zip(row_cells(row), text_widths, strict=True)
        ]
        height = max(1, *(len(lines) for lines in cells)) * style.line_height
        if pdf.get_y() + height + 2 * CELL_PADDING > pdf.bottom:
            pdf.add_page()
            draw_header()
        y = pdf.get_y()
        if row is report.totals:
            pdf.set_draw_color(60)
            pdf.line(MARGIN, y, MARGIN + pdf.content_width, y)
        x = MARGIN
        for lines, column, width in zip(cells, COLUMNS, widths, strict=True):
            for number, line in enumerate(lines):
                writer.draw_line(
                    line,
                    x + CELL_PADDING,
                    y + CELL_PADDING + number * style.line_height,
                    width - 2 * CELL_PADDING,
                    style,
                    column.align,
                )
            x += width
        y += height + 2 * CELL_PADDING
        pdf.set_draw_color(170)
        pdf.line(MARGIN, y, MARGIN + pdf.content_width, y)
        pdf.set_y(y)
    pdf.space(5)


def _chart(pdf: PrintoutPdf, report: OutcomesReport) -> None:
    """Draw the closed goals of each classification as bars stacked by outcome."""
    sums = classification_sums(report)
    writer = pdf.writer
    label_lines = 2
    needed = SECTION.line_height + 8 + CHART_HEIGHT + label_lines * SMALL.line_height + 4
    pdf.heading("Closed Goals by Outcome", SECTION, keep_with=needed - SECTION.line_height)

    top = pdf.get_y() + 6
    axis_width = 12.0
    left = MARGIN + axis_width
    plot_width = pdf.content_width - axis_width - LEGEND_WIDTH - 6
    bottom = top + CHART_HEIGHT
    writer.draw_line("Closed goals", MARGIN, top - 6, 40, SMALL_GREY, "L")

    largest = max((sum(counts[key] for key in OUTCOME_MEASURES) for _, counts in sums), default=0)
    step = tick_step(largest)
    top_value = max(step, math.ceil(largest / step) * step)
    scale = CHART_HEIGHT / top_value

    # Grid lines and value labels of the vertical axis.
    pdf.set_line_width(0.15)
    for tick in range(0, top_value + 1, step):
        y = bottom - tick * scale
        pdf.set_draw_color(215 if tick else 90)
        pdf.line(left, y, left + plot_width, y)
        writer.draw_line(
            str(tick), MARGIN, y - SMALL.line_height / 2, axis_width - 2, SMALL_GREY, "R"
        )

    slot = plot_width / len(sums)
    bar_width = min(slot * 0.6, 28.0)
    for index, (classification, counts) in enumerate(sums):
        x = left + index * slot + (slot - bar_width) / 2
        y = bottom
        for key in OUTCOME_MEASURES:
            height = counts[key] * scale
            if height <= 0:
                continue
            pdf.set_fill_color(*_rgb(CHART_COLORS[key]))
            pdf.rect(x, y - height, bar_width, height, style="F")
            y -= height
        total = sum(counts[key] for key in OUTCOME_MEASURES)
        writer.draw_line(str(total), x, y - SMALL.line_height - 0.5, bar_width, SMALL_BOLD, "C")
        lines = writer.wrap(writer.printable(classification), slot - 2, SMALL)[:label_lines]
        for number, line in enumerate(lines):
            writer.draw_line(
                line,
                left + index * slot + 1,
                bottom + 1 + number * SMALL.line_height,
                slot - 2,
                SMALL,
                "C",
            )

    # The legend, top to bottom in the order the segments stack from the bottom.
    legend_x = left + plot_width + 6
    for number, key in enumerate(OUTCOME_MEASURES):
        y = top + number * 6
        pdf.set_fill_color(*_rgb(CHART_COLORS[key]))
        pdf.rect(legend_x, y + 0.5, 4, 3, style="F")
        writer.draw_line(CHART_LABELS[key], legend_x + 6, y, LEGEND_WIDTH - 6, SMALL, "L")
    pdf.set_y(bottom + label_lines * SMALL.line_height + 4)


def tick_step(largest: int) -> int:
    """Return a step of 1, 2 or 5 times a power of ten that gives at most six grid lines."""
    step = 1
    while True:
        for factor in (1, 2, 5):
            if largest / (step * factor) <= 5:
                return step * factor
        step *= 10


def _rgb(color: str) -> tuple[int, int, int]:
    value = int(color.lstrip("#"), 16)
    return value >> 16, (value >> 8) & 0xFF, value & 0xFF
