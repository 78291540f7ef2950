"""Tests of the goal outcomes report PDF on the data set with known counts."""

from __future__ import annotations

from datetime import date

from pypdf import PdfReader

from casepoint_desktop.printing.outcomes_report import render_outcomes_report
from casepoint_desktop.services import reports
from casepoint_desktop.services.reports import FilterNames, ReportFilter
from tests.printing.helpers import pdf_pages
from tests.services import test_reports

data = test_reports.data

# Every figure of the data set, row by row, as the table prints them.
EXPECTED_ROWS = [
    ["7", "2", "1", "5", "2", "2", "1", "0", "60.0 %", "40.0 %"],
    ["2", "0", "0", "2", "0", "1", "0", "1", "30.0 %", "0.0 %"],
    ["1", "0", "0", "1", "1", "0", "0", "0", "100.0 %"],
    ["Total", "10", "2", "1", "8", "3", "3", "1", "1", "45.0 %", "37.5 %"],
]


def render(admin_session, **changes) -> bytes:
    report = test_reports.run(admin_session, **changes)
    names = reports.filter_names(report.report_filter)
    return render_outcomes_report(
        report, "Riverside Family Services", names, printed_on=date(2026, 7, 15)
    )


def table_lines(pdf: bytes) -> list[str]:
    return [line for page in pdf_pages(pdf) for line in page.split("\n")]


def test_pdf_contains_every_figure(admin_session, data):
    lines = table_lines(render(admin_session))

    for expected in EXPECTED_ROWS:
        matches = [line for line in lines if line_figures(line)[-len(expected) :] == expected]
        assert matches, f"no line ends with {expected}"


def line_figures(line: str) -> list[str]:
    """Return the words of a line with "60.0 %" kept together."""
    words = line.split()
    figures: list[str] = []
    for word in words:
        if word == "%" and figures:
            figures[-1] += " %"
        else:
            figures.append(word)
    return figures


def test_pdf_heading_filter_and_footer(admin_session, data):
    pdf = render(admin_session)

    text = "\n".join(pdf_pages(pdf))
    assert "Riverside Family Services" in text
    assert "Goal Outcomes" in text
    assert "Goals set from 2026-01-01 to 2026-06-30" in text
    assert "Providers: Downtown Shelter" in text
    assert "Classifications: all" in text
    assert "Page 1 of 1" in text
    assert "Printed 2026-07-15" in text


def test_pdf_page_is_landscape(admin_session, data):
    page = PdfReader(__import__("io").BytesIO(render(admin_session))).pages[0]

    assert page.mediabox.width > page.mediabox.height


def test_pdf_chart_legend_and_bar_totals(admin_session, data):
    text = "\n".join(pdf_pages(render(admin_session)))

    assert "Closed Goals by Outcome" in text
    for label in ("Achieved", "Partially achieved", "Not achieved", "Other outcome"):
        assert label in text
    # The bars' totals: 7 closed Housing goals, 1 closed Employment goal.
    chart = text.split("Closed Goals by Outcome", 1)[1]
    assert "7" in chart.split()
    assert "Housing" in chart
    assert "Employment" in chart


def test_pdf_without_goals_says_so(admin_session, data):
    pdf = render(admin_session, start=date(2030, 1, 1), end=date(2030, 12, 31))

    text = "\n".join(pdf_pages(pdf))
    assert "No goals were set in this range" in text
    assert "Closed Goals by Outcome" not in text


def test_filter_names_lists_chosen_names(admin_session, data):
    report_filter = ReportFilter(date(2026, 1, 1), date(2026, 6, 30))

    assert reports.filter_names(report_filter) == FilterNames((), ())
