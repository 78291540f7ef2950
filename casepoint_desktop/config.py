"""Folders of the program's data and logs, from platformdirs."""

from __future__ import annotations

import configparser
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


# The settings file: one per user, read when no --database is given, so that an agency points
# each PC at its server once. Example:
#
#     [casepoint]
#     database = postgresql://caseworker@db.example.org:5432/casepoint?sslmode=verify-full
#
# The [casepoint] line may be left out.
SETTINGS_FILE_NAME = "settings.ini"
SETTINGS_SECTION = "casepoint"
DATABASE_KEY = "database"


class SettingsError(Exception):
    """The settings file cannot be read. The message names the file and the fix."""


def config_folder() -> Path:
    """Return the user config folder, e.g. ~/.config/CasePoint Desktop on Linux."""
    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def settings_file() -> Path:
    """Return the path of the settings file, which may not exist."""
    return config_folder() / SETTINGS_FILE_NAME


def read_database_setting() -> tuple[str | None, bool]:
    """Read the `database` line of the settings file.

    A password in a server URL is removed, because the program never reads one from a file
    of its own: libpq reads PGPASSWORD and its password file, and the program prompts otherwise.

    Returns:
        The SQLite path or server URL, and whether a password was removed. A relative path
        is read from the settings file's folder. The value is None when the file or the line
        is missing.

    Raises:
        SettingsError: the file cannot be read or parsed.
    """
    from casepoint_desktop.data.database import is_server_url
    from casepoint_desktop.data.server_password import strip_password

    path = settings_file()
    if not path.is_file():
        return None, False
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise SettingsError(f"Cannot read the settings file {path}: {error}") from error

    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        parser.read_string(f"[{SETTINGS_SECTION}]\n{text}", source=str(path))
    except configparser.Error as error:
        raise SettingsError(
            f"The settings file {path} is not valid: {' '.join(str(error).split())}. Write it "
            f"as lines of the form `{DATABASE_KEY} = PATH-OR-URL`."
        ) from error
    value = parser.get(SETTINGS_SECTION, DATABASE_KEY, fallback="").strip()
    if not value:
        return None, False
    if is_server_url(value):
        return strip_password(value)
    return str(path.parent / Path(value).expanduser()), False


def save_database_setting(target: str) -> tuple[Path, bool]:
    """Write `target` as the `database` line of a new settings file, without any password.

    Returns:
        The settings file's path, and whether a password was removed from `target`.

    Raises:
        SettingsError: the file cannot be written.
    """
    from casepoint_desktop.data.database import is_server_url
    from casepoint_desktop.data.server_password import database_target_problem, strip_password

    problem = database_target_problem(target)
    if problem is not None:
        raise SettingsError(f"{problem} The settings file was not changed.")
    removed = False
    if is_server_url(target):
        target, removed = strip_password(target)
    else:
        target = str(Path(target).expanduser().absolute())
    path = settings_file()
    parser = configparser.ConfigParser(interpolation=None)
    parser[SETTINGS_SECTION] = {DATABASE_KEY: target}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8") as file:
            parser.write(file)
    except OSError as error:
        raise SettingsError(f"Cannot write the settings file {path}: {error}") from error
    return path, removed
