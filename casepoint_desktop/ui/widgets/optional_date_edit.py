"""A calendar date field that can be left blank, typed and shown as YYYY-MM-DD in every locale."""

from __future__ import annotations

import re
from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QObject, QPoint, QRegularExpression, Qt, Signal, Slot
from PySide6.QtGui import QColor, QKeyEvent, QPalette, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

DISPLAY_FORMAT = "YYYY-MM-DD"

# The year comes first, then month and day of one or two digits, separated by "-", "/" or ".".
# Eight digits in a row are read the same way. Day-first and month-first orders are rejected,
# because "03/04/2024" means different dates in different locales.
_SEPARATED_DATE = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")
_COMPACT_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")

# Keystrokes other than digits and these separators are rejected while typing. Arabic-Indic
# digits (U+0660 to U+0669, typed in Arabic locales) are accepted too, and the field shows
# them as ASCII digits once it loses focus. Persian digits are not, because a year typed in
# them is likely a Solar Hijri year, which would be read as a Gregorian one.
_TYPED_CHARACTERS = QRegularExpression("[0-9\u0660-\u0669./-]{0,10}")

INVALID_TEXT_COLOR = QColor("#c62828")


def parse_date_text(text: str) -> date | None:
    """Return the date typed in `text`, or None when `text` is blank.

    Accepts YYYY-MM-DD (also with "/" or "." and one-digit month or day) and YYYYMMDD, in
    the digits of any script. A two-digit year ("26-03-09", "3/9/26") is rejected, never
    read as 1926 or 2026.

    Raises:
        ValueError: the text is not blank and not a valid date in one of those forms.
    """
    text = text.strip()
    if not text:
        return None
    match = _SEPARATED_DATE.match(text) or _COMPACT_DATE.match(text)
    if match is None:
        raise ValueError(f"{text!r} is not a date in the form {DISPLAY_FORMAT}")
    year, month, day = (int(part) for part in match.groups())
    if year < 1000:
        raise ValueError(f"{text!r} does not have a four-digit year")
    return date(year, month, day)


def invalid_date_message(text: str, field_name: str, blank_allowed: bool) -> str | None:
    """Return the message for a user who typed `text` in a date field, or None for a valid date.

    `field_name` is the field in the message ("date of birth"). A well-formed date that does
    not exist, such as 1990-02-30, gets its own message, because "Enter it as YYYY-MM-DD"
    would not tell the user what is wrong with it.
    """
    try:
        parse_date_text(text)
    except ValueError:
        pass
    else:
        return None

    or_blank = ", or leave it blank" if blank_allowed else ""
    instruction = f"Enter the {field_name} as {DISPLAY_FORMAT}{or_blank}."
    typed = text.strip()
    match = _SEPARATED_DATE.match(typed) or _COMPACT_DATE.match(typed)
    if match is None:
        return instruction
    if int(match.group(1)) < 1000:
        return f"{typed} has a year before 1000. {instruction}"
    return f"{typed} is not a date in the calendar. {instruction}"


def format_date(value: date | None) -> str:
    """Return `value` as YYYY-MM-DD, or "" for None."""
    return value.isoformat() if value is not None else ""


class CalendarPopup(QFrame):
    """The calendar that drops down below an OptionalDateEdit, with a Today button.

    Signals:
        date_chosen(object): the datetime.date the user clicked or confirmed with Enter.
    """

    date_chosen = Signal(object)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)

        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setAccessibleName("Calendar")

        self.today_button = QPushButton("&Today", self)
        self.today_button.setAutoDefault(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.calendar)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.today_button)
        layout.addLayout(buttons)

        self.calendar.clicked.connect(self.on_calendar_date_picked)
        self.calendar.activated.connect(self.on_calendar_date_picked)
        self.today_button.clicked.connect(self.on_today_clicked)

    def show_below(self, anchor: QWidget, selected: date | None) -> None:
        """Show the popup under `anchor` (kept on its screen), with `selected` or today marked."""
        marked = selected or date.today()
        self.calendar.setSelectedDate(QDate(marked.year, marked.month, marked.day))
        self.adjustSize()

        position = anchor.mapToGlobal(QPoint(0, anchor.height()))
        screen = anchor.screen().availableGeometry()
        if position.y() + self.height() > screen.bottom():
            position.setY(anchor.mapToGlobal(QPoint(0, 0)).y() - self.height())
        position.setX(max(screen.left(), min(position.x(), screen.right() - self.width())))
        self.move(position)
        self.show()
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    @Slot(QDate)
    def on_calendar_date_picked(self, picked: QDate) -> None:
        self.close()
        self.date_chosen.emit(picked.toPython())

    @Slot()
    def on_today_clicked(self) -> None:
        self.close()
        self.date_chosen.emit(date.today())


class OptionalDateEdit(QWidget):
    """A calendar date (no time, no time zone) that may be blank.

    The date is typed and shown as YYYY-MM-DD whatever the locale, so the year always has
    four digits. YYYYMMDD and "/" or "." separators are accepted too, and are tidied to
    YYYY-MM-DD when the field loses focus. The calendar button or Alt+Down opens a calendar
    popup, and Up and Down step one day. Delete or Backspace on the selected text, or the
    clear button in the field, blank it. Nothing fills a blank field except the user or
    `set_date`.

    Text that is not a date turns red once the field loses focus. `date()` returns None for
    such text, so forms check `has_acceptable_input()` before saving.

    Signals:
        date_changed(object): the new value of `date()`, a datetime.date or None.
    """

    date_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._date: date | None = None

        self.line_edit = QLineEdit(self)
        self.line_edit.setPlaceholderText(DISPLAY_FORMAT)
        self.line_edit.setClearButtonEnabled(True)
        self.line_edit.setValidator(QRegularExpressionValidator(_TYPED_CHARACTERS, self))
        self.line_edit.setToolTip(
            f"Type the date as {DISPLAY_FORMAT}, or press Alt+Down to choose it from a calendar."
        )
        # Wide enough for "2024-12-31" and the clear button, in the current font.
        text_width = self.line_edit.fontMetrics().horizontalAdvance("8888-88-88")
        self.line_edit.setMinimumWidth(text_width + 40)

        self.calendar_button = QToolButton(self)
        self.calendar_button.setArrowType(Qt.ArrowType.DownArrow)
        self.calendar_button.setToolTip("Choose from a calendar (Alt+Down)")
        self.calendar_button.setAccessibleName("Choose from a calendar")
        # The line edit is the one tab stop; the keyboard opens the calendar with Alt+Down.
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self._calendar_popup: CalendarPopup | None = None

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line_edit, 1)
        layout.addWidget(self.calendar_button)

        # A date needs no more room than its ten characters, whatever the width of the form.
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.setFocusProxy(self.line_edit)
        self.line_edit.installEventFilter(self)

        self.line_edit.textChanged.connect(self.on_text_changed)
        self.line_edit.editingFinished.connect(self.on_editing_finished)
        self.calendar_button.clicked.connect(self.on_calendar_requested)

    @property
    def calendar_popup(self) -> CalendarPopup:
        """The calendar popup, created on first use.

        A QCalendarWidget is costly to build, and a form such as the goal dialog has five
        date fields whose calendars are rarely opened.
        """
        if self._calendar_popup is None:
            self._calendar_popup = CalendarPopup(self)
            self._calendar_popup.date_chosen.connect(self.on_calendar_date_chosen)
        return self._calendar_popup

    def date(self) -> date | None:
        """Return the date in the field, or None when it is blank or contains no valid date."""
        return self._date

    def set_date(self, value: date | None) -> None:
        """Show `value` as YYYY-MM-DD, or blank the field for None."""
        self.line_edit.setText(format_date(value))
        self._show_validity()

    def clear(self) -> None:
        """Blank the field."""
        self.set_date(None)

    def text(self) -> str:
        """Return the text as typed, which may not be a valid date."""
        return self.line_edit.text()

    def set_text(self, text: str) -> None:
        """Replace the text as if typed; `date()` follows when the text is a valid date."""
        self.line_edit.setText(text)

    def has_acceptable_input(self) -> bool:
        """Return True when the field is blank or contains a valid date."""
        try:
            parse_date_text(self.line_edit.text())
        except ValueError:
            return False
        return True

    def is_read_only(self) -> bool:
        return self.line_edit.isReadOnly()

    def set_read_only(self, read_only: bool) -> None:
        """Show the date without letting the user change it."""
        self.line_edit.setReadOnly(read_only)
        self.line_edit.setFrame(not read_only)
        self.line_edit.setClearButtonEnabled(not read_only)
        self.calendar_button.setVisible(not read_only)

    def open_calendar(self) -> None:
        """Open the calendar popup below the field, unless the field is read-only."""
        if not self.is_read_only():
            self.calendar_popup.show_below(self.line_edit, self._date)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # isinstance() comes first because it is cheap, and the line edit's paint, resize
        # and focus events pass through here too.
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and watched is self.line_edit
        ):
            return self._handle_key(event)
        return super().eventFilter(watched, event)

    def _handle_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        modifiers = event.modifiers()
        opens_calendar = key == Qt.Key.Key_F4 or (
            key == Qt.Key.Key_Down and modifiers & Qt.KeyboardModifier.AltModifier
        )
        if opens_calendar:
            self.open_calendar()
            return True

        steps = {Qt.Key.Key_Up: 1, Qt.Key.Key_Down: -1}
        if key in steps and self._date is not None and not self.is_read_only():
            try:
                stepped = self._date + timedelta(days=steps[key])
            except OverflowError:
                return True
            if stepped.year >= 1000:
                self.set_date(stepped)
            self.line_edit.selectAll()
            return True
        return False

    def _show_validity(self) -> None:
        """Colour the text red while it is not a date; otherwise use the inherited palette."""
        if self.has_acceptable_input():
            self.line_edit.setPalette(QPalette())
            return
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Text, INVALID_TEXT_COLOR)
        self.line_edit.setPalette(palette)

    @Slot(str)
    def on_text_changed(self, text: str) -> None:
        try:
            value = parse_date_text(text)
        except ValueError:
            value = None
        if not self.line_edit.hasFocus() or self.has_acceptable_input():
            self._show_validity()
        if value != self._date:
            self._date = value
            self.date_changed.emit(value)

    @Slot()
    def on_editing_finished(self) -> None:
        if self.has_acceptable_input() and self.line_edit.text() != format_date(self._date):
            self.line_edit.setText(format_date(self._date))
        self._show_validity()

    @Slot()
    def on_calendar_requested(self) -> None:
        self.open_calendar()

    @Slot(object)
    def on_calendar_date_chosen(self, chosen: date) -> None:
        self.set_date(chosen)
        self.line_edit.setFocus(Qt.FocusReason.PopupFocusReason)
        self.line_edit.selectAll()
