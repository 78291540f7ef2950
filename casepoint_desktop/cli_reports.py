"""`casepoint-desktop report goal-outcomes` and `casepoint-desktop export`.

The command line does not log in: like `user`, it acts as the first active administrator,
whom the audit log names for each report and export.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from casepoint_desktop.services.errors import ValidationError

ACTING_NOTE = (
    "The command line does not log in: it acts as the first active administrator, who is "
    "named in the audit log."
)

# Validation errors of the services, by the flag that sets the field.
_FLAGS = {"start_date": "--from", "end_date": "--to"}


class ReportCommandError(Exception):
    """A report or export command failed; the message is printed as it is."""


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"invalid date {text!r}: use the form YYYY-MM-DD, e.g. 2026-01-31"
        ) from None


def add_report_parsers(commands: Any) -> None:
    """Add the `report` and `export` subcommands to the `commands` subparsers."""
    report_parser = commands.add_parser(
        "report",
        help="write a report to a CSV or PDF file",
        description=f"Write a report to a file. {ACTING_NOTE}",
    )
    report_kinds = report_parser.add_subparsers(dest="report", metavar="REPORT", required=True)
    outcomes = report_kinds.add_parser(
        "goal-outcomes",
        help="goals set, closed and achieved per classification and goal type",
        description=(
            "Count the goals set from --from to --to (both included) per classification and "
            f"goal type, and write the counts as CSV or as a PDF printout. {ACTING_NOTE}"
        ),
    )
    outcomes.add_argument(
        "--from", dest="start", required=True, type=_iso_date, metavar="DATE", help="first date"
    )
    outcomes.add_argument(
        "--to", dest="end", required=True, type=_iso_date, metavar="DATE", help="last date"
    )
    outcomes.add_argument(
        "--provider",
        dest="provider_ids",
        type=int,
        action="append",
        metavar="ID",
        help="count only goals of this provider ID; repeat for several (default: all)",
    )
    outcomes.add_argument(
        "--classification",
        dest="classification_ids",
        type=int,
        action="append",
        metavar="ID",
        help="count only goals of this classification ID; repeat for several (default: all)",
    )
    output = outcomes.add_mutually_exclusive_group(required=True)
    output.add_argument("--csv", type=Path, metavar="FILE", help="CSV file to write")
    output.add_argument("--pdf", type=Path, metavar="FILE", help="PDF file to write")

    export_parser = commands.add_parser(
        "export",
        help="export case-plan data as CSV files into a folder",
        description=(
            "Write goals.csv, action_steps.csv, case_notes.csv, service_transactions.csv and "
            "case_manager_assignments.csv into FOLDER, replacing files of those names. "
            f"Dates are YYYY-MM-DD; without --from or --to there is no limit. {ACTING_NOTE}"
        ),
    )
    export_parser.add_argument("folder", type=Path, metavar="FOLDER")
    export_parser.add_argument(
        "--from", dest="start", type=_iso_date, metavar="DATE", help="first date"
    )
    export_parser.add_argument("--to", dest="end", type=_iso_date, metavar="DATE", help="last date")
    export_parser.add_argument(
        "--provider",
        dest="provider_ids",
        type=int,
        action="append",
        metavar="ID",
        help="export only records of this provider ID; repeat for several (default: all)",
    )
    export_parser.add_argument(
        "--include-note-text",
        action="store_true",
        help="include the text of case notes, which is private (default: left out)",
    )


def run_report(args: argparse.Namespace) -> str:
    """Build the report `args` ask for and write it; return a line to show the user.

    Raises:
        ReportCommandError: invalid dates or the file cannot be written.
        CommandError (of casepoint_desktop.cli): the database has no active administrator.
        ServiceError: the CSV file cannot be written.
    """
    from casepoint_desktop.cli_users import administrator_session
    from casepoint_desktop.data.models import AgencySettings
    from casepoint_desktop.services import exports, reports

    session = administrator_session()
    report_filter = reports.ReportFilter(
        start=args.start,
        end=args.end,
        provider_ids=tuple(args.provider_ids or ()),
        classification_ids=tuple(args.classification_ids or ()),
    )
    try:
        report = reports.goal_outcomes(session, report_filter)
    except ValidationError as error:
        raise ReportCommandError(_flag_messages(error)) from error

    if args.csv is not None:
        reports.write_csv(session, report, args.csv)
        return f"Wrote {args.csv} ({exports.row_count_text(len(report.rows))} and the totals)."

    from casepoint_desktop.printing.outcomes_report import render_outcomes_report

    names = reports.filter_names(report_filter)
    pdf = render_outcomes_report(report, AgencySettings.get().name, names)
    reports.record_printed(session, report)
    output: Path = args.pdf
    try:
        output.write_bytes(pdf)
    except OSError as error:
        raise ReportCommandError(
            f"Cannot write {output}: {error.strerror}. Choose a folder you can write to."
        ) from error
    return f"Wrote {output} ({len(pdf) // 1024 + 1} KiB)."


def run_export(args: argparse.Namespace) -> str:
    """Export the case-plan data `args` ask for; return the rows written per file.

    Raises:
        ReportCommandError: the end date is before the start date.
        CommandError (of casepoint_desktop.cli): the database has no active administrator.
        ServiceError: FOLDER is not a folder or a file cannot be written.
    """
    from casepoint_desktop.cli_users import administrator_session
    from casepoint_desktop.services import exports

    session = administrator_session()
    export_filter = exports.ExportFilter(
        start=args.start,
        end=args.end,
        provider_ids=tuple(args.provider_ids or ()),
        include_note_text=args.include_note_text,
    )
    try:
        counts = exports.export_folder(session, args.folder, export_filter)
    except ValidationError as error:
        raise ReportCommandError(_flag_messages(error)) from error
    lines = [f"Exported to {args.folder}:"]
    lines.extend(
        f"  {file_name}: {exports.row_count_text(count)}" for file_name, count in counts.items()
    )
    return "\n".join(lines)


def _flag_messages(error: ValidationError) -> str:
    return " ".join(
        f"{_FLAGS.get(name, name)}: {message}" for name, message in error.field_errors.items()
    )
