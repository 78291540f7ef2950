"""OptionalDateEdit: blank stays blank, four-digit years, typing, clearing and the calendar."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QDate, QEvent, QLocale, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from casepoint_desktop.ui.widgets.optional_date_edit import (
    OptionalDateEdit,
    format_date,
    invalid_date_message,
    parse_date_text,
)


@pytest.fixture
def date_edit(qtbot) -> OptionalDateEdit:
    widget = OptionalDateEdit()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", None),
        ("   ", None),
        ("2024-03-05", date(2024, 3, 5)),
        ("2024-3-5", date(2024, 3, 5)),
        ("2024/03/05", date(2024, 3, 5)),
        ("2024.03.05", date(2024, 3, 5)),
        ("20240305", date(2024, 3, 5)),
        ("1900-01-01", date(1900, 1, 1)),
    ],
)
def test_parse_date_text_accepts(text, expected):
    assert parse_date_text(text) == expected


@pytest.mark.parametrize(
    ("text", "blank_allowed", "expected"),
    [
        ("2024-03-05", True, None),
        ("", True, None),
        (
            "1990-02-30",
            False,
            "1990-02-30 is not a date in the calendar. Enter the note date as YYYY-MM-DD.",
        ),
        (
            " 19901301 ",
            False,
            "19901301 is not a date in the calendar. Enter the note date as YYYY-MM-DD.",
        ),
        (
            "0990-01-01",
            False,
            "0990-01-01 has a year before 1000. Enter the note date as YYYY-MM-DD.",
        ),
        ("2024-3", False, "Enter the note date as YYYY-MM-DD."),
        ("2024-3", True, "Enter the note date as YYYY-MM-DD, or leave it blank."),
    ],
)
def test_invalid_date_message_cases(text, blank_allowed, expected):
    assert invalid_date_message(text, "note date", blank_allowed) == expected


@pytest.mark.parametrize(
    "text",
    ["24-03-05", "03/05/2024", "2024-02-30", "2024-13-01", "0999-01-01", "2024-03", "abc"],
)
def test_parse_date_text_rejects(text):
    with pytest.raises(ValueError):
        parse_date_text(text)


def test_format_date_four_digit_year():
    assert format_date(date(1987, 1, 2)) == "1987-01-02"
    assert format_date(None) == ""


def test_new_field_is_blank(date_edit):
    assert date_edit.date() is None
    assert date_edit.text() == ""
    assert date_edit.has_acceptable_input()


def test_blank_stays_blank_after_focus_change(qtbot, date_edit):
    date_edit.setFocus()
    date_edit.line_edit.editingFinished.emit()
    date_edit.set_date(None)

    assert date_edit.date() is None
    assert date_edit.text() == ""


def test_set_date_shows_iso_text(date_edit):
    date_edit.set_date(date(1990, 7, 24))

    assert date_edit.text() == "1990-07-24"
    assert date_edit.date() == date(1990, 7, 24)


@pytest.mark.parametrize("locale_name", ["en_US", "de_DE", "ar_EG", "ja_JP"])
def test_four_digit_year_in_every_locale(qtbot, locale_name):
    widget = OptionalDateEdit()
    qtbot.addWidget(widget)
    widget.setLocale(QLocale(locale_name))
    widget.set_date(date(2005, 1, 2))

    assert widget.text() == "2005-01-02"


def test_typing_sets_date_and_emits(qtbot, date_edit):
    emitted = []
    date_edit.date_changed.connect(emitted.append)

    qtbot.keyClicks(date_edit.line_edit, "2024-02-29")

    # "2024-02-2" is already a date, so the value changes twice.
    assert emitted == [date(2024, 2, 2), date(2024, 2, 29)]
    assert date_edit.date() == date(2024, 2, 29)


def test_letters_cannot_be_typed(qtbot, date_edit):
    qtbot.keyClicks(date_edit.line_edit, "2024-ab-01")

    assert date_edit.text() == "2024--01"


def test_compact_date_tidied_on_editing_finished(qtbot, date_edit):
    qtbot.keyClicks(date_edit.line_edit, "20240305")
    date_edit.line_edit.editingFinished.emit()

    assert date_edit.text() == "2024-03-05"
    assert date_edit.date() == date(2024, 3, 5)


def test_invalid_text_not_acceptable(qtbot, date_edit):
    date_edit.set_text("2024-02-30")

    assert date_edit.date() is None
    assert not date_edit.has_acceptable_input()


def test_delete_on_selected_text_blanks(qtbot, date_edit):
    date_edit.set_date(date(2024, 3, 5))
    date_edit.line_edit.setFocus()
    date_edit.line_edit.selectAll()

    with qtbot.waitSignal(date_edit.date_changed) as blocker:
        qtbot.keyClick(date_edit.line_edit, Qt.Key.Key_Delete)

    assert blocker.args == [None]
    assert date_edit.date() is None


def test_backspace_on_selected_text_blanks(qtbot, date_edit):
    date_edit.set_date(date(2024, 3, 5))
    date_edit.line_edit.selectAll()

    qtbot.keyClick(date_edit.line_edit, Qt.Key.Key_Backspace)

    assert date_edit.date() is None


def test_clear_blanks(date_edit):
    date_edit.set_date(date(2024, 3, 5))
    date_edit.clear()

    assert date_edit.date() is None


def test_up_and_down_step_one_day(qtbot, date_edit):
    date_edit.set_date(date(2024, 2, 28))

    qtbot.keyClick(date_edit.line_edit, Qt.Key.Key_Up)
    assert date_edit.date() == date(2024, 2, 29)

    qtbot.keyClick(date_edit.line_edit, Qt.Key.Key_Down)
    assert date_edit.date() == date(2024, 2, 28)


def test_up_on_blank_stays_blank(qtbot, date_edit):
    qtbot.keyClick(date_edit.line_edit, Qt.Key.Key_Up)

    assert date_edit.date() is None


def test_alt_down_opens_calendar_on_today(qtbot, date_edit):
    qtbot.keyClick(date_edit.line_edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)

    assert date_edit.calendar_popup.isVisible()
    assert date_edit.calendar_popup.calendar.selectedDate().toPython() == date.today()
    assert date_edit.date() is None


def test_calendar_click_sets_date(qtbot, date_edit):
    date_edit.open_calendar()
    chosen = QDate(2023, 11, 15)
    date_edit.calendar_popup.calendar.setSelectedDate(chosen)

    date_edit.calendar_popup.calendar.clicked.emit(chosen)

    assert not date_edit.calendar_popup.isVisible()
    assert date_edit.date() == date(2023, 11, 15)
    assert date_edit.text() == "2023-11-15"


def test_calendar_today_button(qtbot, date_edit):
    date_edit.open_calendar()

    qtbot.mouseClick(date_edit.calendar_popup.today_button, Qt.MouseButton.LeftButton)

    assert date_edit.date() == date.today()


def test_read_only_hides_calendar_and_keeps_date(qtbot, date_edit):
    date_edit.set_date(date(2024, 3, 5))
    date_edit.set_read_only(True)

    date_edit.open_calendar()
    qtbot.keyClicks(date_edit.line_edit, "1")

    assert not date_edit.calendar_button.isVisible()
    assert not date_edit.calendar_popup.isVisible()
    assert date_edit.date() == date(2024, 3, 5)


@pytest.fixture(params=["en_US", "de_DE", "ja_JP", "ar_EG"])
def default_locale(request):
    """Make each locale the application default, as the system locale would, then restore it."""
    previous = QLocale()
    QLocale.setDefault(QLocale(request.param))
    yield request.param
    QLocale.setDefault(previous)


def test_iso_text_in_default_locale(qtbot, default_locale):
    widget = OptionalDateEdit()
    qtbot.addWidget(widget)
    widget.set_date(date(2005, 1, 2))

    assert QLocale().name() == default_locale
    assert widget.text() == "2005-01-02"
    assert widget.line_edit.placeholderText() == "YYYY-MM-DD"


def test_typed_iso_date_in_default_locale(qtbot, default_locale):
    widget = OptionalDateEdit()
    qtbot.addWidget(widget)

    qtbot.keyClicks(widget.line_edit, "2005-01-02")
    widget.line_edit.editingFinished.emit()

    assert widget.date() == date(2005, 1, 2)
    assert widget.text() == "2005-01-02"


def type_text(widget, text: str) -> None:
    """Type `text` key by key, also characters that qtbot.keyClicks cannot send."""
    for character in text:
        for event_type in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(
                event_type, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, character
            )
            QApplication.sendEvent(widget, event)


def test_arabic_indic_digits_shown_as_ascii(qtbot, date_edit):
    date_edit.line_edit.setFocus()
    type_text(date_edit.line_edit, "٢٠٠٥-٠١-٠٢")

    assert date_edit.date() == date(2005, 1, 2)

    date_edit.line_edit.editingFinished.emit()
    assert date_edit.text() == "2005-01-02"


def test_persian_digits_cannot_be_typed(qtbot, date_edit):
    date_edit.line_edit.setFocus()
    type_text(date_edit.line_edit, "۱۴۰۳")

    assert date_edit.text() == ""


@pytest.mark.parametrize("text", ["26-03-09", "3/9/26", "03/09/26", "260309", "26/3/9"])
def test_two_digit_year_rejected(text):
    with pytest.raises(ValueError):
        parse_date_text(text)
    assert invalid_date_message(text, "date of birth", True) == (
        "Enter the date of birth as YYYY-MM-DD, or leave it blank."
    )


@pytest.mark.parametrize("text", ["26-03-09", "3/9/26", "260309"])
def test_two_digit_year_kept_as_typed(qtbot, date_edit, text):
    date_edit.line_edit.setFocus()
    qtbot.keyClicks(date_edit.line_edit, text)
    date_edit.line_edit.editingFinished.emit()

    assert date_edit.text() == text
    assert date_edit.date() is None
    assert not date_edit.has_acceptable_input()


@pytest.fixture
def far_time_zone(monkeypatch):
    """Switch the process to a time zone whose date differs from the UTC date right now.

    At any moment either UTC+14 or UTC-12 is on another calendar day than UTC, so a date
    taken from UTC instead of local time shows up as a wrong day.
    """
    if not hasattr(time, "tzset"):
        pytest.skip("time.tzset exists only on Unix-like systems")
    utc_today = datetime.now(UTC).date()
    for zone in ("Etc/GMT-14", "Etc/GMT+12"):
        monkeypatch.setenv("TZ", zone)
        time.tzset()
        if date.today() != utc_today:
            break
    yield date.today()
    monkeypatch.undo()
    time.tzset()


def test_today_button_uses_local_date(qtbot, date_edit, far_time_zone):
    local_today = far_time_zone
    assert local_today != datetime.now(UTC).date()

    date_edit.open_calendar()
    qtbot.mouseClick(date_edit.calendar_popup.today_button, Qt.MouseButton.LeftButton)

    assert date_edit.date() == local_today


def test_calendar_opens_on_local_today(qtbot, date_edit, far_time_zone):
    date_edit.open_calendar()

    assert date_edit.calendar_popup.calendar.selectedDate().toPython() == far_time_zone
