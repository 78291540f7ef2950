"""Tests of rendering printout documents to PDF: layout, pages, scripts and long text."""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
from pypdf import PdfReader

from casepoint_desktop.printing.documents import (
    PAPER_A4,
    ActionStepRow,
    CasePlanDocument,
    ClientNotesDocument,
    GoalDetailsDocument,
    GoalSection,
    NoteEntry,
    PageHeading,
    ServiceItemRow,
    SignatureBlock,
)
from casepoint_desktop.printing.render import render
from tests.printing.helpers import NAMES, body_text, flat, pdf_pages, pdf_text, text_heights

DAY = date(2026, 3, 2)
ALL_NAMES = [f"{first} {last}" for first, last in NAMES.values()]


def heading(client_name: str = "Ana Lopez", **changes) -> PageHeading:
    values = {
        "agency_name": "Riverside Family Services",
        "title": "Case Plan",
        "client_name": client_name,
        "client_id": 4711,
        "date_of_birth": date(1990, 4, 5),
        "printed_on": date(2026, 12, 4),
    }
    values.update(changes)
    return PageHeading(**values)


def note(text: str, author: str = "Ada Admin") -> NoteEntry:
    return NoteEntry(DAY, "Downtown Shelter", author, text, case_manager="Cara Casework")


def goal(**changes) -> GoalSection:
    values = {
        "goal_id": 1,
        "classification": "Housing",
        "goal_type": "Maintain housing",
        "description": "",
        "status": "In Progress",
        "date_set": DAY,
        "target_date": None,
        "date_closed": None,
        "outcome": "",
        "percent_complete": None,
        "case_manager": "Cara Casework",
        "provider": "Downtown Shelter",
        "members": ("Ana Lopez",),
    }
    values.update(changes)
    return GoalSection(**values)


def notes_document(*texts: str, **heading_changes) -> ClientNotesDocument:
    return ClientNotesDocument(heading(**heading_changes), tuple(note(text) for text in texts))


def test_every_page_has_header_and_page_count():
    pdf = render(notes_document(*["A short note about the visit. " * 20] * 40))
    pages = pdf_pages(pdf)
    assert len(pages) > 3
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text
        assert "Riverside Family Services" in text
        assert "Ana Lopez" in text
        assert "Client ID 4711" in text
        assert "Date of birth 1990-04-05" in text
        assert "Printed 2026-12-04" in text


def test_blank_date_of_birth_prints_blank_marker():
    text = pdf_text(render(notes_document("x", date_of_birth=None)))
    assert "Date of birth (blank)" in text


@pytest.mark.parametrize(("paper", "width_pt"), [("letter", 612), (PAPER_A4, 595)])
def test_paper_size(paper, width_pt):
    reader = PdfReader(io.BytesIO(render(notes_document("x", paper_size=paper))))
    assert round(float(reader.pages[0].mediabox.width)) == width_pt


def test_names_in_every_script_come_back():
    names = tuple(ALL_NAMES)
    document = CasePlanDocument(
        heading(" ".join(names[:3])),
        (
            goal(
                members=names,
                case_manager=names[4],
                action_steps=tuple(
                    ActionStepRow(f"Call {name}", "Downtown", DAY, None, "Open", "", None, (name,))
                    for name in names
                ),
                case_notes=tuple(
                    note(f"Talked with {name} about the lease.", name) for name in names
                ),
            ),
        ),
        SignatureBlock(names[5], names[6]),
    )
    text = pdf_text(render(document))
    for key, name in zip(NAMES, names, strict=True):
        assert text.count(name) >= 4, f"{key} name {name!r} printed fewer than 4 times"


def test_right_to_left_name_alone_on_a_line():
    for first, last in (NAMES["arabic"], NAMES["hebrew"]):
        lines = pdf_text(render(notes_document(f"{first} {last}"))).split("\n")
        assert f"{first} {last}" in lines


def test_word_longer_than_a_line_wraps():
    word = "".join(chr(ord("a") + index % 26) for index in range(3000))
    url = "https://example.org/" + "path/" * 300
    text = flat(body_text(render(notes_document(word, url))))
    assert word in text
    assert url in text


def test_fifty_page_note_is_printed_whole():
    words = [f"w{index}" for index in range(32_000)]
    pdf = render(notes_document(" ".join(words)))
    pages = pdf_pages(pdf)
    assert len(pages) >= 50
    found = re.findall(r"w\d+", "\n".join(pages))
    assert found == words
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1]


def test_pasted_control_characters():
    pasted = (
        "Tab\there, soft\u00adhyphen, zero\u200bwidth, no\u00a0break, CRLF\r\nline, "
        "bell\x07, escape\x1b, form\x0cfeed, emoji 😀👍🏽, lone \ud800 surrogate, "
        "RLM\u200f mark, private \ue000 use"
    )
    text = pdf_text(render(notes_document(pasted)))
    assert "Tab    here" in text
    assert "softhyphen" in text
    assert "line," in text
    assert "bell," in text
    assert "emoji" in text
    assert "\x07" not in text
    assert "surrogate" in text


def test_empty_note_text_prints():
    assert "Page 1 of 1" in pdf_text(render(notes_document("", "   ", "\n\n")))


def test_table_row_across_page_break():
    long_step = " ".join(f"part{index}" for index in range(1500))
    steps = tuple(
        ActionStepRow(
            long_step if index == 3 else f"Step {index}", "Downtown", DAY, None, "Open", "", None
        )
        for index in range(8)
    )
    document = GoalDetailsDocument(heading(), goal(action_steps=steps))
    pages = pdf_pages(render(document))
    assert len(pages) >= 3
    found = re.findall(r"part\d+", "\n".join(pages))
    assert found == [f"part{index}" for index in range(1500)]
    pages_with_parts = [page for page in pages if "part" in page]
    assert len(pages_with_parts) >= 2
    for page in pages_with_parts:
        assert "Action step" in page, "the table header is not repeated"


def test_service_items_table():
    item = ServiceItemRow(
        "Bus pass", "Downtown", DAY, None, "2.00", "passes", "12.50", "Paid\tin cash"
    )
    document = GoalDetailsDocument(heading(), goal(service_items=(item,)))
    text = pdf_text(render(document))
    assert "Service Items" in text
    assert "Bus pass" in text
    assert "2.00 passes" in text
    assert "12.50" in text


def test_excluded_parts_have_no_heading():
    text = pdf_text(render(GoalDetailsDocument(heading(), goal())))
    assert "Action Steps" not in text
    assert "Service Items" not in text
    assert "Case Notes" not in text
    assert "Signatures" not in text


def test_included_empty_parts_say_none():
    document = GoalDetailsDocument(
        heading(), goal(action_steps=(), service_items=(), case_notes=())
    )
    text = pdf_text(render(document))
    assert "No action steps." in text
    assert "No service items." in text
    assert "No case notes match the chosen options." in text


def test_goal_fields_are_printed():
    section = goal(
        status="Closed",
        outcome="Partially Achieved",
        percent_complete=60,
        date_closed=date(2026, 5, 1),
        target_date=date(2026, 4, 1),
        description="Find an apartment near the school.",
        members=("Ana Lopez", "Luis Lopez"),
    )
    text = pdf_text(render(GoalDetailsDocument(heading(), section)))
    for expected in (
        "Housing",
        "Maintain housing",
        "Closed",
        "2026-03-02",
        "2026-04-01",
        "2026-05-01",
        "Partially Achieved",
        "60 %",
        "Cara Casework",
        "Downtown Shelter",
        "Luis Lopez",
        "Find an apartment near the school.",
    ):
        assert expected in text


@pytest.mark.parametrize("note_count", range(6, 12))
def test_signature_block_never_split(note_count):
    # Notes of 3 lines each move the block down the page in small steps, so one of these
    # counts puts it across the page end unless it is kept together.
    document = CasePlanDocument(
        heading(),
        (goal(case_notes=tuple(note("Visit. " * 40) for _ in range(note_count))),),
        SignatureBlock("Ana Lopez", "Cara Casework"),
    )
    pdf = render(document)
    pages = pdf_pages(pdf)
    on_pages = [
        index
        for index, page in enumerate(pages)
        if "Client signature" in page or "Case manager signature" in page
    ]
    assert len(on_pages) == 1
    page = pages[on_pages[0]]
    assert "Client signature" in page
    assert "Case manager signature" in page
    # Above the footer: 15 mm margin and 10 mm footer, in points.
    footer_top = 25 / 25.4 * 72
    lowest = min(
        height
        for _, text, height in text_heights(pdf)
        if "signature" in text or text.strip() == "Date"
    )
    assert lowest > footer_top


def test_unknown_document_type_rejected():
    with pytest.raises(TypeError, match="Cannot render"):
        render("not a document")  # type: ignore[arg-type]


def test_table_heading_stays_with_its_table():
    # A first row of several lines that does not fit under the table header.
    step = ActionStepRow("Call the landlord " * 12, "Downtown", DAY, None, "Open", "", None)
    goals = tuple(
        goal(goal_id=number, description="Word " * (number * 7), action_steps=(step, step))
        for number in range(1, 25)
    )
    pages = pdf_pages(render(CasePlanDocument(heading(), goals)))

    for number, page in enumerate(pages, start=1):
        last_heading = page.rfind("Action Steps")
        if last_heading >= 0:
            assert "Call the landlord" in page[last_heading:], f"lone heading on page {number}"


def test_devanagari_name_printed_with_glyphs():
    from fontTools.ttLib import TTFont

    from casepoint_desktop.printing.fonts import font_folder

    name = "प्रिया शर्मा"
    with TTFont(font_folder() / "CasePointSans-Regular.ttf") as font:
        covered = font.getBestCmap()
    document = notes_document(f"Met {name} at the clinic.", client_name=name)

    text = pdf_text(render(document))

    assert all(ord(char) in covered for char in name if not char.isspace())
    # Shaped conjuncts do not extract letter by letter, but nothing may print as U+FFFD.
    assert "\ufffd" not in text
    assert "Met" in text
