"""Checks of every data row of an HMIS export, made before the import steps read the rows.

A row with more or fewer fields than its header is skipped, because its values cannot be
matched to columns. A NUL character (U+0000) is never imported. A row with one in an id
column is skipped, because the id would not match the same id elsewhere in the export.
In any other column the character is removed and the rest of the row is imported.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from casepoint_desktop.services.hmis_csv import CsvRow, CsvTable
from casepoint_desktop.services.hmis_report import ImportReport

NUL = "\x00"


def field_count_problem(table: CsvTable, row: CsvRow) -> str | None:
    """Return "The row has N fields; the header has M" when the counts differ, else None."""
    if len(row.fields) == len(table.header):
        return None
    return f"The row has {len(row.fields)} fields; the header has {len(table.header)}"


def screen_rows(
    table: CsvTable, file_name: str, id_columns: Sequence[str], report: ImportReport
) -> tuple[CsvTable, int]:
    """Return `table` without the rows that cannot be imported, and the number left out.

    Each row left out, and each row that had a NUL character removed, is added to `report`
    under `file_name`. `id_columns` names the columns that the import matches records by.
    """
    id_indexes = {
        table.column_index[column.lower()]
        for column in id_columns
        if column.lower() in table.column_index
    }
    kept: list[CsvRow] = []
    for row in table.rows:
        count_problem = field_count_problem(table, row)
        if count_problem is not None:
            report.add_error(
                file_name,
                row.line,
                f"{count_problem}. The row was skipped because its values cannot be matched "
                "to the columns.",
            )
            continue
        if not any(NUL in value for value in row.fields):
            kept.append(row)
            continue

        with_nul = [index for index, value in enumerate(row.fields) if NUL in value]
        id_with_nul = [index for index in with_nul if index in id_indexes]
        if id_with_nul:
            column = table.header[id_with_nul[0]].strip()
            report.add_error(
                file_name,
                row.line,
                f"{column} contains a NUL character (U+0000), so it cannot be matched to "
                "the same id in other files. The row was skipped.",
            )
            continue
        columns = ", ".join(table.header[index].strip() for index in with_nul)
        report.add_error(
            file_name,
            row.line,
            f"The NUL character (U+0000) was removed from {columns}.",
            row_skipped=False,
        )
        kept.append(replace(row, fields=[value.replace(NUL, "") for value in row.fields]))
    return replace(table, rows=kept), len(table.rows) - len(kept)
