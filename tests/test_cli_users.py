"""Tests of `casepoint-desktop user`: list, add, reset-password and deactivate."""

from __future__ import annotations

import logging
import sys

import pytest

from casepoint_desktop import app, cli_users
from casepoint_desktop.data import database
from casepoint_desktop.data.migrations import open_and_migrate
from casepoint_desktop.data.models import AuditEntry, Provider, User
from casepoint_desktop.services import auth, users
from casepoint_desktop.services.session import Role
from tests.conftest import ADMIN_PASSWORD, make_user

NEW_PASSWORD = "a command line passphrase"


@pytest.fixture(autouse=True)
def log_folder(tmp_path, monkeypatch):
    """Send the log file to `tmp_path`, and remove the program's handlers afterwards."""
    monkeypatch.setattr("casepoint_desktop.logs.log_folder", lambda: tmp_path / "logs")
    yield
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "casepoint", False):
            root.removeHandler(handler)
            handler.close()


@pytest.fixture
def agency(admin_session, db_path):
    """A set-up agency with a second provider; the database is closed for the command."""
    users.create_provider(admin_session, "Eastgate Outreach")
    make_user("casey")
    database.close()
    return db_path


def run_user(db_path, *arguments: str) -> int:
    """Run `casepoint-desktop user ARGUMENTS` and open the database again for the checks."""
    status = app.main(["--database", str(db_path), "user", *arguments])
    open_and_migrate(db_path)
    return status


def add_arguments(username: str = "minh", *extra: str) -> list[str]:
    return [
        "add",
        username,
        "--first-name",
        "Thị Minh",
        "--last-name",
        "Nguyễn",
        "--role",
        "supervisor",
        "--home-provider",
        "downtown shelter",
        *extra,
    ]


def test_help_explains_acting_administrator(capsys):
    with pytest.raises(SystemExit) as raised:
        app.main(["user", "add", "--help"])
    assert raised.value.code == 0
    output = " ".join(capsys.readouterr().out.split())
    assert "first active administrator" in output
    assert "--password-file" in output
    assert cli_users.PASSWORD_VARIABLE in output


def test_no_password_argument():
    with pytest.raises(SystemExit):
        app.main(["user", "add", "minh", "--password", "secret"])


def test_add_user_with_environment_password(agency, monkeypatch, capsys):
    monkeypatch.setenv(cli_users.PASSWORD_VARIABLE, NEW_PASSWORD)

    status = run_user(agency, *add_arguments("minh", "--eda-provider", "Eastgate Outreach"))

    assert status == 0
    assert "Added the user “minh”" in capsys.readouterr().out
    user = User.get(User.username == "minh")
    assert user.full_name == "Thị Minh Nguyễn"
    assert user.role == Role.SUPERVISOR.value
    assert user.must_change_password
    eastgate = Provider.get(Provider.name == "Eastgate Outreach")
    assert users.UserInput.from_user(user).eda_provider_ids == [eastgate.id]
    assert auth.log_in("minh", NEW_PASSWORD)


def test_audit_names_first_administrator(agency, monkeypatch):
    monkeypatch.setenv(cli_users.PASSWORD_VARIABLE, NEW_PASSWORD)

    run_user(agency, *add_arguments())

    minh = User.get(User.username == "minh")
    entry = AuditEntry.get(
        (AuditEntry.record_type == "user")
        & (AuditEntry.action == "create")
        & (AuditEntry.record_id == minh.id)
    )
    assert entry.user.username == "admin"


def test_password_file_first_line(agency, tmp_path, monkeypatch):
    monkeypatch.setenv(cli_users.PASSWORD_VARIABLE, "not this one at all")
    password_file = tmp_path / "password.txt"
    password_file.write_text(f"{NEW_PASSWORD}\nsecond line\n", encoding="utf-8")

    status = run_user(agency, *add_arguments("minh", "--password-file", str(password_file)))

    assert status == 0
    assert auth.log_in("minh", NEW_PASSWORD)


def test_missing_password_file(agency, tmp_path, capsys):
    status = run_user(agency, *add_arguments("minh", "--password-file", str(tmp_path / "no")))

    assert status == 1
    assert "Cannot read the password file" in capsys.readouterr().err
    assert not User.select().where(User.username == "minh").exists()


def test_no_password_without_terminal(agency, monkeypatch, capsys):
    monkeypatch.delenv(cli_users.PASSWORD_VARIABLE, raising=False)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False)

    status = run_user(agency, *add_arguments())

    assert status == 1
    assert "No password" in capsys.readouterr().err


def test_prompt_asks_twice(agency, monkeypatch):
    monkeypatch.delenv(cli_users.PASSWORD_VARIABLE, raising=False)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    prompts = []

    def type_password(prompt: str) -> str:
        prompts.append(prompt)
        return NEW_PASSWORD

    monkeypatch.setattr(cli_users.getpass, "getpass", type_password)

    assert run_user(agency, *add_arguments()) == 0
    assert prompts == ["New password: ", "Repeat the password: "]


def test_prompt_mismatch_changes_nothing(agency, monkeypatch, capsys):
    monkeypatch.delenv(cli_users.PASSWORD_VARIABLE, raising=False)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    answers = iter([NEW_PASSWORD, NEW_PASSWORD + "x"])
    monkeypatch.setattr(cli_users.getpass, "getpass", lambda prompt: next(answers))

    assert run_user(agency, *add_arguments()) == 1
    assert "The two passwords differ" in capsys.readouterr().err
    assert not User.select().where(User.username == "minh").exists()


def test_add_invalid_input(agency, monkeypatch, capsys):
    monkeypatch.setenv(cli_users.PASSWORD_VARIABLE, "short")

    status = run_user(agency, *add_arguments("casey"))

    assert status == 1
    error = capsys.readouterr().err
    assert "already taken" in error
    assert "Nothing was changed." in error


def test_add_unknown_provider(agency, monkeypatch, capsys):
    monkeypatch.setenv(cli_users.PASSWORD_VARIABLE, NEW_PASSWORD)

    status = run_user(agency, *add_arguments("minh", "--eda-provider", "Nowhere"))

    assert status == 1
    error = capsys.readouterr().err
    assert "No provider is named “Nowhere”" in error
    assert "Downtown Shelter, Eastgate Outreach" in error


def test_list_users(agency, capsys):
    assert run_user(agency, "list") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[0] == "USERNAME"
    assert [line.split()[0] for line in lines[1:]] == ["admin", "casey"]
    assert "Administrator" in lines[1]


def test_list_inactive_users(agency, capsys):
    open_and_migrate(agency)
    User.update(active=False).where(User.username == "casey").execute()
    database.close()

    run_user(agency, "list")
    assert "casey" not in capsys.readouterr().out
    run_user(agency, "list", "--inactive")
    assert "casey" in capsys.readouterr().out


def test_reset_password(agency, monkeypatch, capsys):
    monkeypatch.setenv(cli_users.PASSWORD_VARIABLE, NEW_PASSWORD)

    status = run_user(agency, "reset-password", "CASEY")

    assert status == 0
    assert "Reset the password of “casey”" in capsys.readouterr().out
    session = auth.log_in("casey", NEW_PASSWORD)
    assert session.user.must_change_password
    with pytest.raises(auth.LoginFailed):
        auth.log_in("casey", ADMIN_PASSWORD)


def test_reset_password_unknown_user(agency, monkeypatch, capsys):
    monkeypatch.setenv(cli_users.PASSWORD_VARIABLE, NEW_PASSWORD)
    assert run_user(agency, "reset-password", "nobody") == 1
    assert "No user is named “nobody”" in capsys.readouterr().err


def test_deactivate(agency, capsys):
    assert run_user(agency, "deactivate", "casey") == 0
    assert "Deactivated the user “casey”" in capsys.readouterr().out
    assert not User.get(User.username == "casey").active

    database.close()
    assert run_user(agency, "deactivate", "casey") == 0
    assert "already inactive" in capsys.readouterr().out


def test_deactivate_only_administrator_rejected(agency, capsys):
    assert run_user(agency, "deactivate", "admin") == 1
    assert "“admin” is the only active administrator" in capsys.readouterr().err
    assert User.get(User.username == "admin").active


def test_deactivate_first_administrator(agency, capsys):
    open_and_migrate(agency)
    User.update(role=Role.ADMINISTRATOR.value).where(User.username == "casey").execute()
    database.close()

    assert run_user(agency, "deactivate", "admin") == 0

    assert not User.get(User.username == "admin").active
    admin = User.get(User.username == "admin")
    entry = (
        AuditEntry.select()
        .where((AuditEntry.record_type == "user") & (AuditEntry.record_id == admin.id))
        .order_by(AuditEntry.id.desc())
        .get()
    )
    assert entry.user.username == "casey"


def test_no_administrator(db_path, db, capsys):
    database.close()
    assert run_user(db_path, "list") == 1
    assert "no active administrator" in capsys.readouterr().err


def test_role_choices_are_the_roles():
    assert [role.value for role in Role] == cli_users.ROLE_CHOICES
