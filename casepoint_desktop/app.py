"""Start-up: read the command line, set up logging, then run a subcommand or the program."""

from __future__ import annotations

import logging
import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from casepoint_desktop import cli
from casepoint_desktop.config import DATABASE_FILE_NAME, default_database_path
from casepoint_desktop.logs import setup_logging

log = logging.getLogger(__name__)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the program or a subcommand and return the exit status."""
    parser = cli.build_parser()
    args = parser.parse_args(argv)
    setup_logging(verbose=args.verbose)

    if args.demo and args.database is not None:
        parser.error("--demo and --database cannot be used together")
    if args.demo and args.command:
        parser.error("--demo starts the program; it cannot be used with a subcommand")
    if args.command == "self-test" and args.database is not None:
        parser.error("self-test uses a demo database of its own; leave out --database")

    if args.demo:
        return _run_demo()
    if args.command == "self-test":
        from casepoint_desktop.self_test import run_self_test

        return run_self_test()

    database_path = args.database or default_database_path()
    if args.command:
        return cli.run_command(args, database_path)
    return _run_gui(database_path)


def _run_gui(database_path: Path, demo_credentials: tuple[str, str] | None = None) -> int:
    from casepoint_desktop.ui.start import run_gui

    return run_gui(database_path, demo_credentials)


def _run_demo() -> int:
    from casepoint_desktop.data import database
    from casepoint_desktop.data.migrations import open_and_migrate
    from casepoint_desktop.services import demo

    folder = Path(tempfile.mkdtemp(prefix="casepoint-demo-"))
    path = folder / DATABASE_FILE_NAME
    log.info("Creating a demo database in %s", folder)
    try:
        open_and_migrate(path)
        credentials = demo.populate_demo()
        database.close()
        return _run_gui(path, (credentials.username, credentials.password))
    finally:
        database.close()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
