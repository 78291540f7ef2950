"""Start-up: read the command line, set up logging, then run a subcommand or the program."""

from __future__ import annotations

import logging
import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from casepoint_desktop import cli, config
from casepoint_desktop.config import DATABASE_FILE_NAME, default_database_path
from casepoint_desktop.data.server_password import strip_password
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
    if args.command == "set-database" and args.database is not None:
        parser.error("set-database takes the database as its argument; leave out --database")

    if args.demo:
        return _run_demo()
    if args.command == "self-test":
        from casepoint_desktop.self_test import run_self_test

        return run_self_test()

    if args.command == "set-database":
        return _set_database(args.target)

    try:
        database_target = _database_target(args.database)
    except config.SettingsError as error:
        log.error("%s", error)
        print(f"casepoint-desktop: {error}", file=sys.stderr)
        return cli.EXIT_FAILED
    if args.command:
        return cli.run_command(args, database_target)
    return _run_gui(database_target)


def _database_target(given: Path | str | None) -> Path | str:
    """Return --database, else the settings file's database, else the default file.

    A password in a server URL is removed with a warning: the program prompts for it, or libpq
    reads it from PGPASSWORD or the PostgreSQL password file.
    """
    target: Path | str
    if isinstance(given, str):
        target, removed = strip_password(given)
        where = "--database"
    elif given is not None:
        return given
    else:
        setting, removed = config.read_database_setting()
        if setting is None:
            return default_database_path()
        target = cli.database_target(setting)
        where = f"the settings file {config.settings_file()}"
    if removed:
        log.warning("Ignored the password in the database URL of %s", where)
        print(
            f"casepoint-desktop: the password in the database URL of {where} was ignored. "
            "Set PGPASSWORD or use the PostgreSQL password file, or type it when asked.",
            file=sys.stderr,
        )
    return target


def _set_database(target: str) -> int:
    try:
        path, removed = config.save_database_setting(target)
    except config.SettingsError as error:
        print(f"casepoint-desktop set-database: {error}", file=sys.stderr)
        return cli.EXIT_FAILED
    stored, _ = config.read_database_setting()
    print(f"Wrote “database = {stored}” to {path}.")
    if removed:
        print(
            "The password in the URL was removed and not stored. Set PGPASSWORD or use the "
            "PostgreSQL password file, or type it when the program asks."
        )
    return cli.EXIT_OK


def _run_gui(database_path: Path | str, demo_credentials: tuple[str, str] | None = None) -> int:
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
