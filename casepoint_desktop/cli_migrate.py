"""`casepoint-desktop migrate-to-server URL`, and the password of a server URL on the command
line.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from casepoint_desktop.data.server_password import needs_password, strip_password, with_password

# The data layer and the services are imported in the functions that use them: the
# graphical start-up builds this parser, and needs none of them.

log = logging.getLogger(__name__)

PASSWORD_SOURCES = (
    "The server password is read by libpq from the PGPASSWORD environment variable or the "
    "PostgreSQL password file (~/.pgpass, on Windows %APPDATA%\\postgresql\\pgpass.conf), "
    "else asked for when standard input is a terminal. It is never read from an argument."
)


def add_migrate_parser(commands: Any) -> None:
    """Add `migrate-to-server URL` to the subcommands."""
    parser = commands.add_parser(
        "migrate-to-server",
        help="copy the SQLite database, attachments and audit log included, to a PostgreSQL server",
        description=(
            "Copy every table of the SQLite database given by --database (else by the settings "
            "file, else the default one) "
            "into the empty PostgreSQL database at URL, e.g. "
            "postgresql://casepoint@db.example.org:5432/casepoint?sslmode=verify-full. The "
            "schema is created first, then the rows are copied in one transaction, keeping "
            "their ids, and the row counts of every table are compared. A failure rolls the "
            f"copy back, so nothing is copied. {PASSWORD_SOURCES} Close the program on every "
            "PC first: changes saved in the file after the copy starts are not copied."
        ),
    )
    parser.add_argument(
        "url", metavar="URL", help="postgresql://USER@HOST:PORT/DATABASE, without a password"
    )


def connection_url(url: str) -> str:
    """Return `url` ready for libpq, with a password typed at a prompt when the server needs one.

    The returned URL may contain that password: pass it to the data layer only, and never
    print, log or store it.

    Raises:
        CommandError: the server needs a password that neither libpq nor a terminal gives.
    """
    if not needs_password(url):
        return url
    if not sys.stdin.isatty():
        raise _command_error(
            f"The server at {strip_password(url)[0]} requires a password. Set PGPASSWORD, add "
            "the password to the PostgreSQL password file, or run the command in a terminal."
        )
    return with_password(url, getpass.getpass("Password of the PostgreSQL server: "))


def check_arguments(args: argparse.Namespace, source_target: Path | str) -> None:
    """Check that the source is a SQLite file and the URL a server URL without a password.

    Raises:
        CommandError: the message names which of the two is wrong.
    """
    from casepoint_desktop.data import database

    if database.is_server_url(str(source_target)):
        raise _command_error(
            f"The database to copy, {strip_password(str(source_target))[0]}, is a server. "
            "migrate-to-server copies a SQLite file: give the file with --database."
        )
    if not Path(source_target).is_file():
        raise _command_error(
            f"The database file {Path(source_target).absolute()} does not exist. Give the file "
            "to copy with --database. Nothing was copied."
        )
    url: str = args.url
    if not database.is_server_url(url):
        raise _command_error(
            f"“{url}” is not a PostgreSQL URL. Give one like "
            "postgresql://casepoint@db.example.org:5432/casepoint."
        )
    if strip_password(url)[1]:
        raise _command_error(
            "The URL contains a password, which other users of this computer can read in the "
            "process list. Remove it from the URL and set PGPASSWORD, use the PostgreSQL "
            "password file, or type it at the prompt. Nothing was copied."
        )


def migrate_to_server(args: argparse.Namespace, source_target: Path | str) -> list[str]:
    """Copy the open SQLite database into the empty server database at `args.url`.

    `cli.run_command` has already called `check_arguments`, and has opened and migrated the
    SQLite file, which the models are bound to.

    Returns:
        The lines to print: the row counts of every table.

    Raises:
        CommandError: the target is not empty, or the copy failed; nothing was copied.
    """
    from casepoint_desktop.data import backend, database, migrations
    from casepoint_desktop.services import server_migration

    url: str = args.url
    shown_url = strip_password(url)[0]
    source = database.db.obj
    source_file = str(Path(source_target).absolute())
    target_url = connection_url(url)

    target = database.connect(target_url)
    try:
        server_migration.require_empty_target(target)
    except server_migration.TargetNotEmptyError as error:
        raise _command_error(f"{error} Nothing was copied.") from error
    finally:
        target.close()

    target = migrations.open_and_migrate(target_url)
    try:
        counts = server_migration.copy_all(source, target, source_file, _progress_printer())
    except (server_migration.CountMismatchError, server_migration.UnstorableValueError) as error:
        raise _command_error(f"{error} The copy was rolled back: nothing was copied.") from error
    except backend.DATABASE_ERRORS as error:
        # The server's message may quote row values, so only its class goes to the log.
        log.error("Copying to the server failed with %s", type(error).__name__)
        raise _command_error(
            f"Copying failed: {' '.join(str(error).split())} The copy was rolled back: "
            "nothing was copied. The server database keeps its empty tables, so the command "
            "can be run again once the cause is fixed."
        ) from error
    except KeyboardInterrupt as error:
        raise _command_error(
            "Interrupted. The copy was rolled back: nothing was copied."
        ) from error
    finally:
        target.close()
        source.close()

    return _count_lines(source_file, shown_url, counts)


def _progress_printer() -> Callable[[str, int], None] | None:
    # A 481 MB file took 26 s to copy on a 2-core machine, so a terminal shows the progress.
    if not sys.stderr.isatty():
        return None

    def show(table: str, rows: int) -> None:
        print(f"Copied {rows:,} rows of {table}.", file=sys.stderr, flush=True)

    return show


def _count_lines(source_file: str, shown_url: str, counts: list[Any]) -> list[str]:
    width = max(len(count.table) for count in counts)
    lines = [f"Copied {source_file} to {shown_url}.", f"{'table':<{width}}  {'rows':>10}"]
    lines.extend(f"{count.table:<{width}}  {count.target_rows:>10,}" for count in counts)
    lines.append(
        "Every table has the same number of rows in the file and on the server. The server's "
        "audit log has one more entry, which records this migration."
    )
    return lines


def _command_error(message: str) -> Exception:
    # Imported here because cli imports this module.
    from casepoint_desktop.cli import CommandError

    return CommandError(message)
