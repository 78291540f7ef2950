"""Folders of the program's data and logs, from platformdirs."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "CasePoint Desktop"
APP_AUTHOR = "CasePoint"
DATABASE_FILE_NAME = "casepoint.db"


def data_folder() -> Path:
    """Return the user data folder, e.g. ~/.local/share/CasePoint Desktop on Linux."""
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def log_folder() -> Path:
    """Return the user log folder, e.g. ~/.local/state/CasePoint Desktop/log on Linux."""
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def default_database_path() -> Path:
    """Return the database file used when no --database is given, creating its folder."""
    folder = data_folder()
    folder.mkdir(parents=True, exist_ok=True)
    return folder / DATABASE_FILE_NAME
