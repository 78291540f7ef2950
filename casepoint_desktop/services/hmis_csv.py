"""Reading the CSV files of an HMIS export: tables by header name, and the value formats.

Header names are compared case-insensitively and column order does not matter. Values are
stripped of surrounding white space, and an empty value reads as None.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path


class CsvFileError(Exception):
    """A CSV file cannot be read at all.

    Attributes:
        reason: what is wrong, to follow the file name ("is empty; it needs ...").
    """

    def __init__(self, path: Path, reason: str) -> None:
        self.reason = reason
        super().__init__(f"{path.name} {reason}.")


@dataclass(frozen=True)
class CsvRow:
    """One data row of a CSV file, its line number and the column positions of its file."""

    line: int
    fields: list[str]
    column_index: dict[str, int]

    def get(self, column: str) -> str | None:
        """Return the stripped value of `column` (any case), or None when empty or missing."""
        index = self.column_index.get(column.lower())
        if index is None or index >= len(self.fields):
            return None
        return self.fields[index].strip() or None


@dataclass(frozen=True)
class CsvTable:
    """The rows of one CSV file, its header row, and the position of each lower-case column name.

    A row may have more or fewer fields than `header`, which the import checks before use.
    """

    file_name: str
    header: list[str]
    column_index: dict[str, int]
    rows: list[CsvRow]
    read_as_windows_1252: bool = False

    def missing_columns(self, *required: str) -> list[str]:
        """Return the names in `required` that are not columns of the table."""
        return [name for name in required if name.lower() not in self.column_index]


def find_file(folder: Path, file_name: str) -> Path | None:
    """Return the file in `folder` whose name equals `file_name` ignoring case, or None."""
    exact = folder / file_name
    if exact.is_file():
        return exact
    target_name = file_name.lower()
    try:
        entries = sorted(folder.iterdir())
    except OSError:
        return None
    for entry in entries:
        if entry.name.lower() == target_name and entry.is_file():
            return entry
    return None


def read_table(path: Path) -> CsvTable:
    """Read the CSV file at `path` with its header row.

    The file is decoded as UTF-8 (a byte-order mark is dropped). A file that is not valid
    UTF-8 is decoded as Windows-1252 instead, the encoding of Excel's CSV on US Windows,
    and `read_as_windows_1252` is set so that the caller can report it.

    Raises:
        CsvFileError: the file cannot be read, is empty, or is not valid CSV.
    """
    try:
        data = path.read_bytes()
    except OSError as error:
        raise CsvFileError(path, f"cannot be read ({error.strerror or error})") from error

    windows_1252 = False
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        windows_1252 = True

    try:
        rows = list(_parse(text))
    except csv.Error as error:
        raise CsvFileError(path, f"is not a valid CSV file ({error})") from error
    if not rows:
        raise CsvFileError(path, "is empty; it needs at least a header row")

    _, header = rows[0]
    column_index: dict[str, int] = {}
    for index, name in enumerate(header):
        # A repeated column name keeps the first column's position.
        column_index.setdefault(name.strip().lower(), index)
    table_rows = [CsvRow(line, fields, column_index) for line, fields in rows[1:]]
    return CsvTable(path.name, header, column_index, table_rows, windows_1252)


def _parse(text: str) -> Iterator[tuple[int, list[str]]]:
    """Yield (line number where the record starts, fields) for each non-blank record."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    next_start = 1
    for fields in reader:
        start = next_start
        next_start = reader.line_num + 1
        if not fields or all(not field.strip() for field in fields):
            continue
        yield start, fields


# Dates in HMIS exports: ISO (2023-02-07) or US order with slashes or dashes (02/07/2023,
# 2/7/2023, 02-07-2023), optionally followed by a time of day as in Export.csv's
# "02-07-2023 12:00:00".
_TIME = r"(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*([AaPp][Mm])?)?"
_YEAR_FIRST = re.compile(r"^(\d{4})[-/](\d{1,2})[-/](\d{1,2})" + _TIME + "$")
_MONTH_FIRST = re.compile(r"^(\d{1,2})[-/](\d{1,2})[-/](\d{4})" + _TIME + "$")


def parse_timestamp(text: str) -> datetime:
    """Return the naive local date and time in `text`; midnight when it has no time.

    Accepts YYYY-MM-DD, MM/DD/YYYY, M/D/YYYY and MM-DD-YYYY, each with an optional time
    of day (HH:MM, HH:MM:SS, with or without AM/PM).

    Raises:
        ValueError: `text` is not a date in one of those formats, or not a real date.
    """
    value = text.strip()
    match = _YEAR_FIRST.match(value)
    if match:
        year, month, day = match.group(1, 2, 3)
    else:
        match = _MONTH_FIRST.match(value)
        if not match:
            raise ValueError(
                f"“{value}” is not a date in the form YYYY-MM-DD, MM/DD/YYYY or MM-DD-YYYY"
            )
        month, day, year = match.group(1, 2, 3)

    hour, minute, second, half = match.group(4, 5, 6, 7)
    hours = int(hour or 0)
    if half:
        if not 1 <= hours <= 12:
            raise ValueError(f"“{value}” has an hour outside 1–12 before AM/PM")
        hours = hours % 12 + (12 if half.lower() == "pm" else 0)
    try:
        return datetime(int(year), int(month), int(day), hours, int(minute or 0), int(second or 0))
    except ValueError as error:
        raise ValueError(f"“{value}” is not a valid date ({error})") from error


def parse_date(text: str) -> date:
    """Return the calendar date in `text`; a time of day after the date is ignored.

    Raises:
        ValueError: `text` is not a date in a format that `parse_timestamp` accepts.
    """
    return parse_timestamp(text).date()


def parse_code(text: str) -> int:
    """Return the integer code in `text`, such as "1" or "200".

    Raises:
        ValueError: `text` is not a whole number.
    """
    value = text.strip()
    if not re.fullmatch(r"-?\d+", value):
        raise ValueError(f"“{value}” is not a whole number")
    return int(value)


CENT = Decimal("0.01")


def parse_amount(text: str) -> Decimal:
    """Return the dollar amount in `text` rounded to cents; "$" and thousands commas are allowed.

    Raises:
        ValueError: `text` is not a finite number.
    """
    cleaned = text.strip().replace("$", "").replace(",", "")
    try:
        amount = Decimal(cleaned)
    except InvalidOperation as error:
        raise ValueError(f"“{text.strip()}” is not an amount") from error
    if not amount.is_finite():
        raise ValueError(f"“{text.strip()}” is not an amount")
    return amount.quantize(CENT)
