"""Command line: global options and the subcommands an administrator can script."""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path

from casepoint_desktop import __version__, cli_backup, cli_migrate
from casepoint_desktop.cli_print import PrintCommandError, add_print_parser, run_print
from casepoint_desktop.cli_reports import (
    ReportCommandError,
    add_report_parsers,
    run_export,
    run_report,
)
from casepoint_desktop.cli_users import add_user_commands, run_user_command
from casepoint_desktop.data.server_password import database_target_problem, is_server_url
from casepoint_desktop.services.errors import ServiceError, ValidationError

log = logging.getLogger(__name__)

PASSWORD_VARIABLE = "CASEPOINT_PASSWORD"

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


class CommandError(Exception):
    """A subcommand failed; the message is printed as it is."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="casepoint-desktop",
        description=(
            "CasePoint Desktop: client records, case plans and follow-ups for a "
            "social-services agency. Without a subcommand, starts the program."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--database",
        type=database_target,
        metavar="PATH|URL",
        help=(
            "SQLite database file, or PostgreSQL server URL "
            "postgresql://USER@HOST:PORT/DATABASE?sslmode=verify-full, to use "
            "(default: the settings file's database line, else casepoint.db in the user data "
            "folder)"
        ),
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="start on a fresh demo database in a temporary folder, with a demo log-in",
    )
    parser.add_argument(
        "--verbose", action="store_true", help="log debug messages, also on standard error"
    )

    commands = parser.add_subparsers(dest="command", metavar="SUBCOMMAND")

    import_parser = commands.add_parser(
        "import-hmis",
        help="import providers, clients, households and services from an HMIS CSV export",
        description=(
            "Import Organization.csv, Project.csv, Client.csv, Enrollment.csv, Exit.csv and "
            "Services.csv from FOLDER. Importing the same folder again changes nothing. Only "
            "the last four digits of an SSN are kept."
        ),
    )
    import_parser.add_argument("folder", type=Path, metavar="FOLDER")

    setup_parser = commands.add_parser(
        "setup",
        help="create the agency, its first provider and the first administrator",
        description=(
            "Set up an empty database. The administrator's password is read from the "
            f"{PASSWORD_VARIABLE} environment variable, or asked for when it is not set."
        ),
    )
    setup_parser.add_argument("--agency", required=True, help="agency name")
    setup_parser.add_argument("--provider", required=True, help="first provider's name")
    setup_parser.add_argument("--username", required=True, help="administrator's user name")
    setup_parser.add_argument("--first-name", required=True, help="administrator's first name")
    setup_parser.add_argument("--last-name", required=True, help="administrator's last name")
    add_print_parser(commands, PASSWORD_VARIABLE)
    add_report_parsers(commands)
    cli_backup.add_backup_parsers(commands)
    cli_migrate.add_migrate_parser(commands)
    set_database_parser = commands.add_parser(
        "set-database",
        help="store the database that later starts use when --database is not given",
        description=(
            "Write PATH or URL as the database line of the settings file, so that the program "
            "and its subcommands use it without --database. A password in URL is removed "
            "and not stored."
        ),
    )
    set_database_parser.add_argument(
        "target", metavar="PATH|URL", help="SQLite database file or PostgreSQL server URL"
    )
    add_user_commands(commands)
    commands.add_parser(
        "self-test",
        help="check that this installation can open a database and build its windows",
        description=(
            "Create a demo database in a temporary folder, log in, and build the main window "
            "and a client record without showing them. Touches no real data."
        ),
    )
    return parser


def database_target(text: str) -> Path | str:
    """Return a server URL as it is, and anything else as a file path.

    Raises:
        argparse.ArgumentTypeError: `text` names no database (see database_target_problem).
    """
    problem = database_target_problem(text)
    if problem is not None:
        raise argparse.ArgumentTypeError(problem)
    return text if is_server_url(text) else Path(text)


def run_command(args: argparse.Namespace, database_path: Path | str) -> int:
    """Run the subcommand in `args` on the database at `database_path`; return the exit status.

    `database_path` is a SQLite file or a PostgreSQL server URL without a password.
    """
    # Imported here, not at the top: the graphical start-up builds this module's parser and
    # shows its log-in dialog before the data layer loads.
    from casepoint_desktop.data import database
    from casepoint_desktop.data.migrations import open_and_migrate

    handlers: dict[str, Callable[[argparse.Namespace], None]] = {
        "import-hmis": _import_hmis,
        "setup": _setup,
        "print": _print,
        "report": lambda arguments: print(run_report(arguments)),
        "export": lambda arguments: print(run_export(arguments)),
        "backup": lambda arguments: print(cli_backup.back_up(arguments)),
        "user": run_user_command,
    }
    try:
        on_server = is_server_url(str(database_path))
        if on_server and args.command in ("backup", "restore"):
            raise CommandError(cli_backup.SERVER_BACKUP_NOTE)
        if args.command == "migrate-to-server":
            cli_migrate.check_arguments(args, database_path)
        if args.command == "restore":
            # The database is replaced, so it is not opened (or migrated) first.
            print(cli_backup.restore(args, Path(database_path)))
            return EXIT_OK
        if on_server:
            open_and_migrate(cli_migrate.connection_url(str(database_path)))
        else:
            open_and_migrate(database_path)
        if args.command == "migrate-to-server":
            print("\n".join(cli_migrate.migrate_to_server(args, database_path)))
            return EXIT_OK
        if args.command == "check":
            sound, lines = cli_backup.check(on_server)
            print("\n".join(lines))
            return EXIT_OK if sound else EXIT_FAILED
        handlers[args.command](args)
    except (
        CommandError,
        PrintCommandError,
        ReportCommandError,
        ServiceError,
        database.DatabaseOpenError,
    ) as error:
        print(f"casepoint-desktop {args.command}: {error}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        database.close()
    return EXIT_OK


def _import_hmis(args: argparse.Namespace) -> None:
    folder: Path = args.folder
    if not folder.is_dir():
        raise CommandError(f"{folder} is not a folder. Give the folder that contains Client.csv.")

    from casepoint_desktop.services import hmis_import

    report = hmis_import.import_folder(folder)
    print(report.summary())
    for row_error in report.errors:
        print(row_error, file=sys.stderr)


def _setup(args: argparse.Namespace) -> None:
    from casepoint_desktop.services import setup

    password = os.environ.get(PASSWORD_VARIABLE)
    if password is None:
        if not sys.stdin.isatty():
            raise CommandError(
                f"No password: set {PASSWORD_VARIABLE} or run the command in a terminal."
            )
        password = getpass.getpass("Administrator's password: ")
        if getpass.getpass("Repeat the password: ") != password:
            raise CommandError("The two passwords differ. Nothing was changed.")

    try:
        admin = setup.create_agency(
            setup.FirstSetup(
                agency_name=args.agency,
                provider_name=args.provider,
                username=args.username,
                first_name=args.first_name,
                last_name=args.last_name,
                password=password,
            )
        )
    except ValidationError as error:
        messages = " ".join(error.field_errors.values())
        raise CommandError(f"Set-up failed. {messages} Nothing was changed.") from error
    print(f"Created the agency and the administrator “{admin.username}”.")


def _print(args: argparse.Namespace) -> None:
    print(run_print(args, PASSWORD_VARIABLE))
