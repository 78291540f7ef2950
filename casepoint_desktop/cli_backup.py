"""The backup, restore and check subcommands of the command line."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

SERVER_BACKUP_NOTE = (
    "--database names a PostgreSQL server, and this command works on a SQLite file only. "
    "Back up a server database with pg_dump, e.g. `pg_dump --format=custom "
    "--file=casepoint.dump casepoint`, and restore it with pg_restore."
)

# The services are imported in the functions that use them: the graphical start-up builds
# this parser, and needs none of them.


def add_backup_parsers(commands: Any) -> None:
    """Add `backup FILE`, `restore FILE` and `check` to the subcommands."""
    backup_parser = commands.add_parser(
        "backup",
        help="copy the database, attachments included, to FILE while the program may run",
        description=(
            "Write a checked copy of the database to FILE with SQLite's online backup. "
            "Other users may keep working meanwhile."
        ),
    )
    backup_parser.add_argument("file", type=Path, metavar="FILE")

    restore_parser = commands.add_parser(
        "restore",
        help="replace the database with the backup FILE, keeping the current one as a copy",
        description=(
            "Check FILE (a sound CasePoint database of this or an older version), copy the "
            "current database beside it as NAME-before-restore-STAMP.db, then restore FILE. "
            "Close the program on every PC first."
        ),
    )
    restore_parser.add_argument("file", type=Path, metavar="FILE")

    commands.add_parser(
        "check",
        help="run SQLite's full integrity check and check every attachment against its hash",
        description=(
            "Read the whole database: SQLite's integrity_check, then every attachment's stored "
            "copy against the SHA-256 hash taken when it was added. Exits with status 1 when "
            "anything is damaged."
        ),
    )


def back_up(args: argparse.Namespace) -> str:
    """Write the backup and return the line to print."""
    from casepoint_desktop.services import backups

    info = backups.back_up(args.file)
    return (
        f"Backed up {info.clients:,} clients to {info.path} "
        f"({info.size_bytes / 1024 / 1024:,.1f} MB)."
    )


def restore(args: argparse.Namespace, database_path: Path) -> str:
    """Restore the backup over the closed database and return the line to print."""
    from casepoint_desktop.services import backups

    kept = backups.restore(args.file, database_path)
    return f"Restored {database_path} from {args.file}. The previous database is kept as {kept}."


def check(on_server: bool = False) -> tuple[bool, list[str]]:
    """Run the full checks; return whether everything is sound and the lines to print.

    On a PostgreSQL server only the attachments are checked, because SQLite's integrity check
    does not apply there.
    """
    from casepoint_desktop.services import attachment_files, backups

    lines = []
    problems = [] if on_server else backups.integrity_problems(quick=False)
    if on_server:
        lines.append(
            "Database: on a PostgreSQL server, so SQLite's integrity check was skipped. Check "
            "the server with PostgreSQL's pg_amcheck, and back it up with pg_dump."
        )
    elif problems:
        lines.append("The database is damaged. SQLite's integrity check reports:")
        lines.extend(f"  {problem}" for problem in problems[:20])
    else:
        lines.append("Database: integrity check passed.")
    damaged = attachment_files.damaged_attachments()
    if damaged:
        numbers = ", ".join(str(attachment_id) for attachment_id in damaged)
        lines.append(f"Attachments whose stored copy no longer matches its hash: {numbers}.")
    else:
        lines.append("Attachments: every stored copy matches its hash.")
    return not problems and not damaged, lines
