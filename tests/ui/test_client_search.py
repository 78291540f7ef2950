"""Tests of the ClientPoint search panel: search-as-you-type, Enter, keyboard and status."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from casepoint_desktop.services import clients
from casepoint_desktop.services.clients import ClientInput
from casepoint_desktop.ui import client_search
from casepoint_desktop.ui.client_search import ClientSearchPanel, result_status_text
from casepoint_desktop.ui.models.client_search_model import (
    CLIENT_ID_COLUMN,
    CLIENT_ID_ROLE,
    DATE_OF_BIRTH_COLUMN,
)


def type_text(widget: QWidget, text: str) -> None:
    """Type `text` into `widget` one key event per character, accents included.

    QTest.keyClicks aborts the process on a non-ASCII character, so each character goes in
    a key event of its own with Qt.Key.Key_unknown.
    """
    for character in text:
        for event_type in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(
                event_type, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, character
            )
            QApplication.sendEvent(widget, event)


@pytest.fixture
def people(admin_session):
    rows = {
        "minh": ClientInput(
            "Thị Minh", "Nguyễn", date_of_birth=date(1990, 7, 24), ssn_last4="1234"
        ),
        "nguyen": ClientInput("Van", "Nguyen"),
        "percent": ClientInput("100%", "Sure"),
        "percentless": ClientInput("1000", "Sure"),
        "smith": ClientInput("John", "Smith", alias="Johnny"),
    }
    return {key: clients.create_client(admin_session, data) for key, data in rows.items()}


@pytest.fixture
def panel(qtbot, people):
    widget = ClientSearchPanel()
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def shown_client_ids(panel: ClientSearchPanel) -> list[int]:
    view = panel.ui.results_view
    model = view.model()
    return [model.index(row, 0).data(CLIENT_ID_ROLE) for row in range(model.rowCount())]


def test_typing_finds_client_after_delay(qtbot, panel, people):
    qtbot.keyClicks(panel.ui.search_edit, "smi")

    qtbot.waitUntil(lambda: shown_client_ids(panel) == [people["smith"].id])
    assert panel.ui.status_label.text() == "1 client found"


def test_typing_waits_for_pause(qtbot, panel):
    qtbot.keyClicks(panel.ui.search_edit, "smi")

    # Nothing runs until the debounce timer fires.
    assert shown_client_ids(panel) == []
    assert panel.ui.status_label.text() == ""


def test_enter_searches_at_once(qtbot, panel, people):
    qtbot.keyClicks(panel.ui.search_edit, "johnny")
    qtbot.keyClick(panel.ui.search_edit, Qt.Key.Key_Return)

    assert shown_client_ids(panel) == [people["smith"].id]


def test_accents_and_case_ignored(qtbot, panel, people):
    qtbot.keyClicks(panel.ui.search_edit, "NGUYEN")
    panel.search_now()

    assert sorted(shown_client_ids(panel)) == sorted([people["minh"].id, people["nguyen"].id])
    assert panel.ui.status_label.text() == "2 clients found"


def test_typed_accents_find_plain_name(qtbot, panel, people):
    type_text(panel.ui.search_edit, "nguyễn thị")
    panel.search_now()

    assert panel.ui.search_edit.text() == "nguyễn thị"
    assert shown_client_ids(panel) == [people["minh"].id]


def test_percent_is_literal(qtbot, panel, people):
    qtbot.keyClicks(panel.ui.search_edit, "100%")
    panel.search_now()

    assert shown_client_ids(panel) == [people["percent"].id]


def test_no_match_quotes_text(qtbot, panel):
    qtbot.keyClicks(panel.ui.search_edit, "zzz_%")
    panel.search_now()

    assert shown_client_ids(panel) == []
    assert panel.ui.status_label.text() == "No client matches “zzz_%”"


def test_date_of_birth_and_last4(qtbot, panel, people):
    for text in ("1990-07-24", "07/24/1990", "1234"):
        panel.ui.search_edit.setText(text)
        panel.search_now()

        assert shown_client_ids(panel) == [people["minh"].id], text


def test_clearing_field_clears_results(qtbot, panel):
    qtbot.keyClicks(panel.ui.search_edit, "smith")
    panel.search_now()
    panel.ui.search_edit.clear()
    panel.search_now()

    assert shown_client_ids(panel) == []
    assert panel.ui.status_label.text() == ""


def test_enter_on_result_emits_client(qtbot, panel, people):
    qtbot.keyClicks(panel.ui.search_edit, "smith")
    panel.search_now()
    view = panel.ui.results_view
    view.setCurrentIndex(view.model().index(0, 0))

    with qtbot.waitSignal(panel.client_activated) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)

    assert blocker.args == [people["smith"].id]


def test_double_click_emits_client(qtbot, panel, people):
    qtbot.keyClicks(panel.ui.search_edit, "smith")
    panel.search_now()
    view = panel.ui.results_view
    center = view.visualRect(view.model().index(0, 1)).center()

    # A real double-click starts with a single click: QAbstractItemView ignores a double-click
    # event on an index that was not pressed first.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=center)
    with qtbot.waitSignal(panel.client_activated) as blocker:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=center)

    assert blocker.args == [people["smith"].id]


def test_down_arrow_moves_into_results(qtbot, panel, people):
    panel.focus_search_field()
    qtbot.keyClicks(panel.ui.search_edit, "nguyen")
    qtbot.keyClick(panel.ui.search_edit, Qt.Key.Key_Down)

    view = panel.ui.results_view
    assert panel.focusWidget() is view
    assert view.currentIndex().row() == 0
    assert len(shown_client_ids(panel)) == 2


def test_refresh_keeps_current_client(qtbot, panel, people, admin_session):
    qtbot.keyClicks(panel.ui.search_edit, "nguyen")
    panel.search_now()
    view = panel.ui.results_view
    view.setCurrentIndex(view.model().index(1, 0))
    current = panel.current_client_id()

    clients.create_client(admin_session, ClientInput("Anh", "Nguyen"))
    panel.refresh()

    assert len(shown_client_ids(panel)) == 3
    assert panel.current_client_id() == current


def test_sorting_by_client_id(qtbot, panel):
    qtbot.keyClicks(panel.ui.search_edit, "sure")
    panel.search_now()
    view = panel.ui.results_view

    view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    first_descending = shown_client_ids(panel)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)

    assert shown_client_ids(panel) == sorted(first_descending)
    assert first_descending == sorted(first_descending, reverse=True)


def test_add_client_button_emits_request(qtbot, panel):
    with qtbot.waitSignal(panel.add_client_requested):
        qtbot.mouseClick(panel.ui.add_client_button, Qt.MouseButton.LeftButton)


def test_search_label_tied_to_field(panel):
    assert panel.ui.search_label.buddy() is panel.ui.search_edit
    assert panel.ui.results_view.accessibleName() == "Client search results"
    assert "YYYY-MM-DD" in panel.ui.search_edit.placeholderText()


def test_limit_reached_message(qtbot, panel, admin_session, monkeypatch):
    monkeypatch.setattr(client_search, "RESULT_LIMIT", 3)
    for number in range(4):
        clients.create_client(admin_session, ClientInput(f"Kid{number}", "Manyrows"))

    qtbot.keyClicks(panel.ui.search_edit, "manyrows")
    panel.search_now()

    assert len(shown_client_ids(panel)) == 3
    assert panel.ui.status_label.text() == "Showing 3 of the matching clients; type more to narrow"


def test_status_text_cases():
    assert result_status_text("x", 0, False) == "No client matches “x”"
    assert result_status_text("x", 1, False) == "1 client found"
    assert result_status_text("x", 5, False) == "5 clients found"
    long_text = "a" * 100
    assert result_status_text(long_text, 0, False) == f"No client matches “{'a' * 59}…”"


def test_fixed_shape_columns_fit_their_values(qtbot, panel, admin_session):
    clients.create_client(
        admin_session, ClientInput("Wide", "Columns", date_of_birth=date(1999, 12, 31))
    )
    qtbot.keyClicks(panel.ui.search_edit, "columns")
    panel.search_now()
    view = panel.ui.results_view

    for column, text in [
        (CLIENT_ID_COLUMN, "99999999"),
        (DATE_OF_BIRTH_COLUMN, "1999-12-31"),
    ]:
        assert view.columnWidth(column) >= view.fontMetrics().horizontalAdvance(text)
