"""`casepoint-desktop user`: list, add, reset the password of and deactivate users.

The command line does not log in, because anyone who can run it can also read the database
file directly. It acts as the first active administrator, whom the audit log names for each change.
Deactivating that administrator acts as the next one.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from casepoint_desktop.services.errors import NotFound, ValidationError

# The data layer and the services are imported in the functions that use them: the
# graphical start-up builds this parser and shows its log-in dialog before they load.
if TYPE_CHECKING:
    from casepoint_desktop.data.models import Provider, User
    from casepoint_desktop.services.session import Session

# The same variable as cli.PASSWORD_VARIABLE, which this module cannot import at load time
# because cli imports it.
PASSWORD_VARIABLE = "CASEPOINT_PASSWORD"

ACTING_ADMINISTRATOR_NOTE = (
    "The command line does not log in: it acts as the first active administrator, who is "
    "named in the audit log, because anyone who can run it can also read the database file."
)
PASSWORD_SOURCES = (
    f"The password is read from --password-file, else from the {PASSWORD_VARIABLE} "
    "environment variable, else asked for twice when standard input is a terminal."
)

# The values of services.session.Role (a test compares them).
ROLE_CHOICES = ["administrator", "supervisor", "case_manager", "read_only"]


def add_user_commands(commands: Any) -> None:
    """Add the `user` subcommand and its list, add, reset-password and deactivate commands."""
    user_parser = commands.add_parser(
        "user",
        help="list, add, deactivate users or reset their passwords",
        description=f"Manage the users of the agency. {ACTING_ADMINISTRATOR_NOTE}",
    )
    user_commands = user_parser.add_subparsers(
        dest="user_command", metavar="COMMAND", required=True
    )

    list_parser = user_commands.add_parser("list", help="list the users")
    list_parser.add_argument("--inactive", action="store_true", help="include deactivated users")

    password_file = argparse.ArgumentParser(add_help=False)
    password_file.add_argument(
        "--password-file",
        type=Path,
        metavar="FILE",
        help="read the password from the first line of FILE",
    )

    add_parser = user_commands.add_parser(
        "add",
        parents=[password_file],
        help="add a user, who must change the password at the first log-in",
        description=f"Add an active user. {PASSWORD_SOURCES} {ACTING_ADMINISTRATOR_NOTE}",
    )
    add_parser.add_argument("username", metavar="USERNAME", help="the new user name")
    add_parser.add_argument("--first-name", required=True, help="the user's first name")
    add_parser.add_argument("--last-name", required=True, help="the user's last name")
    add_parser.add_argument(
        "--role", required=True, choices=ROLE_CHOICES, help="what the user may do"
    )
    add_parser.add_argument(
        "--home-provider", required=True, metavar="NAME", help="name of the home provider"
    )
    add_parser.add_argument(
        "--eda-provider",
        action="append",
        default=[],
        metavar="NAME",
        help="name of an Enter Data As provider; repeat for several",
    )
    add_parser.add_argument("--email", default="", help="e-mail address")
    add_parser.add_argument("--phone", default="", help="phone number")

    reset_parser = user_commands.add_parser(
        "reset-password",
        parents=[password_file],
        help="set a new password that the user must change at the next log-in",
        description=(
            "Set a new password and end a lock-out after failed log-ins. "
            f"{PASSWORD_SOURCES} {ACTING_ADMINISTRATOR_NOTE}"
        ),
    )
    reset_parser.add_argument("username", metavar="USERNAME")

    deactivate_parser = user_commands.add_parser(
        "deactivate",
        help="stop a user from logging in; their records stay",
        description=f"Deactivate a user. {ACTING_ADMINISTRATOR_NOTE}",
    )
    deactivate_parser.add_argument("username", metavar="USERNAME")


def run_user_command(args: argparse.Namespace) -> None:
    """Run the `user` command in `args` on the open database, printing its result.

    Raises:
        CommandError (of casepoint_desktop.cli): no administrator, no password, an unknown
            user or provider, or invalid input; nothing was changed.
    """
    handlers = {
        "list": _list_users,
        "add": _add_user,
        "reset-password": _reset_password,
        "deactivate": _deactivate_user,
    }
    handlers[args.user_command](args)


def _command_error(message: str) -> Exception:
    # Imported here because cli imports this module.
    from casepoint_desktop.cli import CommandError

    return CommandError(message)


def administrator_session(other_than: User | None = None) -> Session:
    """Return a session of the first active administrator, on their home provider.

    `other_than` is skipped, because the services reject administrators who deactivate
    their own account.

    Raises:
        CommandError: the database has no active administrator besides `other_than`.
    """
    from casepoint_desktop.data.models import User
    from casepoint_desktop.services.session import Role, Session

    query = (
        User.select()
        .where((User.role == Role.ADMINISTRATOR.value) & (User.active == True))  # noqa: E712
        .order_by(User.id)
    )
    if other_than is not None:
        query = query.where(User.id != other_than.id)
    administrator = query.first()
    if administrator is None and other_than is not None:
        raise _command_error(
            f"“{other_than.username}” is the only active administrator. Make another user "
            "an administrator first. Nothing was changed."
        )
    if administrator is None:
        raise _command_error(
            "The database has no active administrator. Run `casepoint-desktop setup` first."
        )
    return Session(user=administrator, provider=administrator.home_provider)


def read_password(password_file: Path | None) -> str:
    """Return the new password from the file, the environment or a prompt, in that order.

    Raises:
        CommandError: the file cannot be read, or no source gives a password.
    """
    if password_file is not None:
        try:
            lines = password_file.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as error:
            message = f"Cannot read the password file {password_file}: {error}"
            raise _command_error(message) from error
        if not lines or not lines[0]:
            raise _command_error(f"The password file {password_file} has an empty first line.")
        return lines[0]

    password = os.environ.get(PASSWORD_VARIABLE)
    if password is not None:
        return password
    if not sys.stdin.isatty():
        raise _command_error(
            f"No password: give --password-file, set {PASSWORD_VARIABLE}, or run the "
            "command in a terminal."
        )
    password = getpass.getpass("New password: ")
    if getpass.getpass("Repeat the password: ") != password:
        raise _command_error("The two passwords differ. Nothing was changed.")
    return password


def _provider_by_name(name: str) -> Provider:
    import peewee

    from casepoint_desktop.data.models import Provider
    from casepoint_desktop.services import users

    provider = Provider.get_or_none(peewee.fn.LOWER(Provider.name) == name.strip().lower())
    if provider is None:
        known = ", ".join(provider.name for provider in users.list_providers())
        raise _command_error(f"No provider is named “{name}”. The providers are: {known}.")
    return provider


def _user_by_name(username: str) -> User:
    from casepoint_desktop.services import users

    try:
        return users.get_user_by_name(username)
    except NotFound as error:
        raise _command_error(f"{error} Run `casepoint-desktop user list` to see them.") from None


def _validation_message(error: ValidationError) -> str:
    return " ".join(error.field_errors.values()) + " Nothing was changed."


def _list_users(args: argparse.Namespace) -> None:
    from casepoint_desktop.services import users
    from casepoint_desktop.services.session import Role

    session = administrator_session()
    rows = [("USERNAME", "NAME", "ROLE", "HOME PROVIDER", "ACTIVE", "MUST CHANGE PASSWORD")]
    for user in users.list_users(session, include_inactive=args.inactive):
        rows.append(
            (
                user.username,
                user.full_name,
                Role(user.role).label,
                user.home_provider.name,
                "yes" if user.active else "no",
                "yes" if user.must_change_password else "no",
            )
        )
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
    for row in rows:
        print(
            "  ".join(text.ljust(width) for text, width in zip(row, widths, strict=True)).rstrip()
        )


def _add_user(args: argparse.Namespace) -> None:
    from casepoint_desktop.services import users
    from casepoint_desktop.services.session import Role
    from casepoint_desktop.services.users import UserInput

    session = administrator_session()
    home = _provider_by_name(args.home_provider)
    eda_ids = [_provider_by_name(name).id for name in args.eda_provider]
    data = UserInput(
        username=args.username,
        first_name=args.first_name,
        last_name=args.last_name,
        role=Role(args.role),
        home_provider_id=home.id,
        eda_provider_ids=eda_ids,
        email=args.email,
        phone=args.phone,
    )
    try:
        # Checked before the password prompt, so a typo does not cost typing it twice.
        users.validate_user(data)
        user = users.create_user(session, data, read_password(args.password_file))
    except ValidationError as error:
        raise _command_error(_validation_message(error)) from error
    print(f"Added the user “{user.username}”, who must change the password at the first log-in.")


def _reset_password(args: argparse.Namespace) -> None:
    from casepoint_desktop.services import users

    session = administrator_session()
    user = _user_by_name(args.username)
    try:
        users.reset_password(session, user.id, read_password(args.password_file))
    except ValidationError as error:
        raise _command_error(_validation_message(error)) from error
    print(f"Reset the password of “{user.username}”, who must change it at the next log-in.")


def _deactivate_user(args: argparse.Namespace) -> None:
    from casepoint_desktop.services import users

    user = _user_by_name(args.username)
    session = administrator_session(other_than=user)
    if not user.active:
        print(f"The user “{user.username}” is already inactive.")
        return
    try:
        users.set_user_active(session, user.id, False)
    except ValidationError as error:
        raise _command_error(_validation_message(error)) from error
    print(f"Deactivated the user “{user.username}”. Their records stay.")
