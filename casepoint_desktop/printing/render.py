"""Render a collected printout document to PDF bytes.

Rendering reads only the document, never the database, so it may run on a worker thread.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterator

from casepoint_desktop.printing import fonts
from casepoint_desktop.printing.documents import (
    CasePlanDocument,
    ClientNotesDocument,
    Document,
    GoalDetailsDocument,
    GoalSection,
    SignatureBlock,
)
from casepoint_desktop.printing.page import (
    BODY,
    SMALL_GREY,
    SUBSECTION,
    Column,
    PrintoutPdf,
    format_date,
)

# fontTools logs every glyph it keeps at INFO level while fpdf2 subsets the fonts, which
# would fill the program's log file on each printout.
logging.getLogger("fontTools").setLevel(logging.WARNING)

# Shares of the table width. A date column at 8.5 pt needs about 17 mm on A4, whose text
# width is 180 mm, so dates get 1.3 of 12 (19.5 mm) and 1.3 of 11.
ACTION_STEP_COLUMNS = (
    Column("Action step", 3.0),
    Column("For", 1.4),
    Column("Provider", 1.3),
    Column("Date set", 1.3),
    Column("Target date", 1.3),
    Column("Status", 1.1),
    Column("Outcome", 1.3),
    Column("Date closed", 1.3),
)
SERVICE_ITEM_COLUMNS = (
    Column("Service", 1.7),
    Column("Provider", 1.4),
    Column("Start date", 1.3),
    Column("End date", 1.3),
    Column("Units", 1.2),
    Column("Amount", 1.0),
    Column("Notes", 3.1),
)

# Millimetres that must fit below a table's heading: its header row and a first row.
TABLE_KEEP_WITH = 35.0


def render(document: Document) -> bytes:
    """Return the PDF of a client notes, goal details or case plan document.

    Raises:
        TypeError: `document` is not one of the three document types.
    """
    if not isinstance(document, ClientNotesDocument | GoalDetailsDocument | CasePlanDocument):
        raise TypeError(f"Cannot render a {type(document).__name__}; expected a printout document.")
    pdf = PrintoutPdf(document.heading, _texts(document))
    try:
        pdf.add_page()
        if isinstance(document, ClientNotesDocument):
            _client_notes(pdf, document)
        elif isinstance(document, GoalDetailsDocument):
            goal = document.goal
            _selection(pdf, document.heading.selection)
            _goal(pdf, goal, heading=f"{goal.classification}: {goal.goal_type}")
            _signatures(pdf, document.signatures)
        else:
            _case_plan(pdf, document)
        return pdf.finish()
    finally:
        fonts.close_fonts(pdf)


def _texts(value: object) -> Iterator[str]:
    """Yield every text in a document, for the choice of fonts."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, tuple):
        for item in value:
            yield from _texts(item)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from _texts(getattr(value, field.name))


def _selection(pdf: PrintoutPdf, selection: str) -> None:
    if selection:
        pdf.paragraph(selection, SMALL_GREY)
        pdf.space(3)


def _client_notes(pdf: PrintoutPdf, document: ClientNotesDocument) -> None:
    _selection(pdf, document.heading.selection)
    if not document.notes:
        pdf.paragraph("No client notes match the chosen dates and providers.")
        return
    for entry in document.notes:
        pdf.note(entry)


def _case_plan(pdf: PrintoutPdf, document: CasePlanDocument) -> None:
    _selection(pdf, document.heading.selection)
    if not document.goals:
        pdf.paragraph("No goals match the chosen options.")
    for number, goal in enumerate(document.goals, start=1):
        if number > 1:
            pdf.space(4)
            pdf.set_draw_color(200)
            pdf.set_line_width(0.4)
            pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + pdf.content_width, pdf.get_y())
            pdf.space(3)
        _goal(pdf, goal, heading=f"Goal {number}: {goal.classification}: {goal.goal_type}")
    _signatures(pdf, document.signatures)


def _goal(pdf: PrintoutPdf, goal: GoalSection, heading: str) -> None:
    pdf.heading(heading, keep_with=25)
    percent = f"{goal.percent_complete} %" if goal.percent_complete is not None else ""
    pdf.fields(
        [
            ("Classification", goal.classification),
            ("Goal type", goal.goal_type),
            ("Status", goal.status),
            ("Date set", format_date(goal.date_set)),
            ("Target date", format_date(goal.target_date)),
            ("Date closed", format_date(goal.date_closed)),
            ("Outcome", goal.outcome),
            ("Percent complete", percent),
            ("Case manager", goal.case_manager),
            ("Provider", goal.provider),
        ]
    )
    # One name a line: a comma list that mixes left-to-right and right-to-left names is
    # reordered by the bidi algorithm in ways that are hard to read.
    pdf.fields([("Household members", "\n".join(goal.members))], columns=1)
    if goal.description.strip():
        pdf.fields([("Description", "")], columns=1)
        pdf.space(-BODY.line_height - 0.6)
        pdf.paragraph(goal.description, indent=31.0)
    pdf.space(2)

    if goal.action_steps is not None:
        # Room for the table's header and a first row of several lines, so the heading is
        # never left alone at the bottom of a page.
        pdf.heading("Action Steps", SUBSECTION, keep_with=TABLE_KEEP_WITH)
        if goal.action_steps:
            rows: list[tuple[str, ...]] = [
                (
                    step.description,
                    "\n".join(step.members),
                    step.provider,
                    format_date(step.date_set),
                    format_date(step.target_date),
                    step.status,
                    step.outcome,
                    format_date(step.date_closed),
                )
                for step in goal.action_steps
            ]
            pdf.draw_table(ACTION_STEP_COLUMNS, rows)
        else:
            _none(pdf, "No action steps.")

    if goal.service_items is not None:
        pdf.heading("Service Items", SUBSECTION, keep_with=TABLE_KEEP_WITH)
        if goal.service_items:
            service_rows: list[tuple[str, ...]] = [
                (
                    item.service_type,
                    item.provider,
                    format_date(item.start_date),
                    format_date(item.end_date),
                    f"{item.units} {item.unit_type}".strip(),
                    item.amount,
                    item.notes,
                )
                for item in goal.service_items
            ]
            pdf.draw_table(SERVICE_ITEM_COLUMNS, service_rows)
        else:
            _none(pdf, "No service items.")

    if goal.case_notes is not None:
        title = "Case Notes"
        if goal.case_notes_selection:
            title = f"Case Notes ({goal.case_notes_selection})"
        pdf.heading(title, SUBSECTION)
        if goal.case_notes:
            for entry in goal.case_notes:
                pdf.note(entry)
        else:
            _none(pdf, "No case notes match the chosen options.")


def _none(pdf: PrintoutPdf, text: str) -> None:
    pdf.paragraph(text, SMALL_GREY)
    pdf.space(3)


def _signatures(pdf: PrintoutPdf, signatures: SignatureBlock | None) -> None:
    if signatures is not None:
        pdf.signature_block(signatures.client_name, signatures.case_manager_name)
