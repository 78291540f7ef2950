"""`casepoint-desktop print`: the case plan, goal details and client notes printouts as PDF
files, printed by a user who logs in with a password from the environment or a prompt.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from datetime import date
from pathlib import Path
from typing import Any

from casepoint_desktop.services.errors import ValidationError

# Fields of the printout validation errors, by the flag that sets them.
_FLAGS = {
    "start_date": "--from",
    "end_date": "--to",
    "case_notes_start_date": "--from",
    "case_notes_end_date": "--to",
    "providers": "--provider",
}


class PrintCommandError(Exception):
    """The print subcommand failed; the message is printed as it is."""


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"invalid date {text!r}: use the form YYYY-MM-DD, e.g. 2026-01-31"
        ) from None


def add_print_parser(commands: Any, password_variable: str) -> None:
    """Add the `print` subcommand and its three printouts to the `commands` subparsers."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--user", required=True, metavar="NAME", help="user name to log in as")
    common.add_argument(
        "--output", required=True, type=Path, metavar="FILE.pdf", help="PDF file to write"
    )
    dates = argparse.ArgumentParser(add_help=False)
    dates.add_argument("--from", dest="start", type=_iso_date, metavar="DATE", help="first date")
    dates.add_argument("--to", dest="end", type=_iso_date, metavar="DATE", help="last date")
    signatures = argparse.ArgumentParser(add_help=False)
    signatures.add_argument(
        "--no-signature-lines",
        dest="signature_lines",
        action="store_false",
        help="leave out the signature and date lines",
    )

    print_parser = commands.add_parser(
        "print",
        help="write a case plan, goal details or client notes printout to a PDF file",
        description=(
            "Write a printout to a PDF file, as the user --user. The password is read from "
            f"the {password_variable} environment variable, or asked for when it is not set. "
            "Dates are YYYY-MM-DD; --from and --to go together, and without them all dates "
            "are printed."
        ),
    )
    printouts = print_parser.add_subparsers(dest="printout", metavar="PRINTOUT", required=True)

    plan = printouts.add_parser(
        "case-plan",
        parents=[common, dates, signatures],
        help="a client's goals with their action steps and case notes",
        description="Print a client's case plan; --from and --to choose goals by date set.",
    )
    plan.add_argument("client_id", type=int, metavar="CLIENT_ID")
    plan.add_argument(
        "--no-closed-goals",
        dest="closed_goals",
        action="store_false",
        help="leave out closed goals",
    )
    plan.add_argument(
        "--no-action-steps",
        dest="action_steps",
        action="store_false",
        help="leave out action steps",
    )
    plan.add_argument(
        "--no-case-notes", dest="case_notes", action="store_false", help="leave out case notes"
    )
    plan.add_argument(
        "--service-items",
        dest="service_items",
        action=argparse.BooleanOptionalAction,
        default=False,
        help="include service items (default: left out)",
    )

    goal = printouts.add_parser(
        "goal",
        parents=[common, dates, signatures],
        help="one goal with its case notes, action steps and service items",
        description="Print the details of one goal; --from and --to choose case notes by date.",
    )
    goal.add_argument("goal_id", type=int, metavar="GOAL_ID")
    goal.add_argument(
        "--no-case-notes", dest="case_notes", action="store_false", help="leave out case notes"
    )
    goal.add_argument(
        "--my-provider-only",
        action="store_true",
        help="print only case notes of the user's home provider",
    )
    goal.add_argument(
        "--no-action-steps",
        dest="action_steps",
        action="store_false",
        help="leave out action steps",
    )
    goal.add_argument(
        "--service-items",
        dest="service_items",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="include service items (default: included)",
    )

    notes = printouts.add_parser(
        "client-notes",
        parents=[common, dates],
        help="a client's notes, oldest first",
        description="Print a client's notes; --from and --to choose notes by date.",
    )
    notes.add_argument("client_id", type=int, metavar="CLIENT_ID")
    notes.add_argument(
        "--provider",
        dest="provider_ids",
        type=int,
        action="append",
        metavar="ID",
        help="print only notes of this provider ID; repeat for several (default: all)",
    )


def run_print(args: argparse.Namespace, password_variable: str) -> str:
    """Log in, build the printout `args` ask for, write it; return a line to show the user.

    Raises:
        PrintCommandError: no password, invalid options, or the file cannot be written.
        ServiceError: the log-in failed, or the client or goal does not exist.
    """
    from casepoint_desktop.printing.options import (
        CasePlanOptions,
        ClientNotesOptions,
        GoalDetailsOptions,
    )
    from casepoint_desktop.services import auth, printouts

    password = os.environ.get(password_variable)
    if password is None:
        if not sys.stdin.isatty():
            raise PrintCommandError(
                f"No password: set {password_variable} or run the command in a terminal."
            )
        password = getpass.getpass(f"Password of {args.user}: ")
    session = auth.log_in(args.user, password)
    if session.user.must_change_password:
        # A password an administrator set is for the first log-in only, not for acting as
        # the user.
        raise PrintCommandError(
            f"{args.user} must change the password an administrator set: log in to the "
            "program once and choose a new one, then print again."
        )

    try:
        date_range = printouts.validate_range(args.start, args.end)
        if args.printout == "case-plan":
            pdf = printouts.print_case_plan(
                session,
                CasePlanOptions(
                    client_id=args.client_id,
                    goals_set_range=date_range,
                    include_closed_goals=args.closed_goals,
                    include_action_steps=args.action_steps,
                    include_case_notes=args.case_notes,
                    include_service_items=args.service_items,
                    include_signature_lines=args.signature_lines,
                ),
            )
        elif args.printout == "goal":
            pdf = printouts.print_goal_details(
                session,
                GoalDetailsOptions(
                    goal_id=args.goal_id,
                    include_case_notes=args.case_notes,
                    case_notes_range=date_range,
                    case_notes_my_provider_only=args.my_provider_only,
                    include_action_steps=args.action_steps,
                    include_service_items=args.service_items,
                    include_signature_lines=args.signature_lines,
                ),
            )
        else:
            provider_ids = tuple(args.provider_ids) if args.provider_ids else None
            pdf = printouts.print_client_notes(
                session, ClientNotesOptions(args.client_id, date_range, provider_ids)
            )
    except ValidationError as error:
        messages = [
            f"{_FLAGS.get(name, name)}: {message}" for name, message in error.field_errors.items()
        ]
        raise PrintCommandError(" ".join(messages)) from error

    output: Path = args.output
    try:
        output.write_bytes(pdf)
    except OSError as error:
        raise PrintCommandError(
            f"Cannot write {output}: {error.strerror}. Choose a folder you can write to."
        ) from error
    return f"Wrote {output} ({len(pdf) // 1024 + 1} KiB)."
