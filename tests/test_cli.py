"""Tests of the command line: options, set-up and error exits."""

from __future__ import annotations

import logging
import subprocess
import sys

import pytest

from casepoint_desktop import __version__, app, cli
from casepoint_desktop.data import database
from casepoint_desktop.data.migrations import open_and_migrate
from casepoint_desktop.data.models import User
from casepoint_desktop.logs import setup_logging
from casepoint_desktop.services import auth


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


def test_help_lists_subcommands(capsys):
    with pytest.raises(SystemExit) as raised:
        app.main(["--help"])
    assert raised.value.code == 0
    output = capsys.readouterr().out
    assert "import-hmis" in output
    assert "--database" in output
    assert "--demo" in output


def test_version(capsys):
    with pytest.raises(SystemExit):
        app.main(["--version"])
    assert __version__ in capsys.readouterr().out


def test_setup_creates_administrator(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv(cli.PASSWORD_VARIABLE, "correct horse battery")
    path = tmp_path / "agency.db"
    status = app.main(
        [
            "--database",
            str(path),
            "setup",
            "--agency",
            "Riverside",
            "--provider",
            "Downtown",
            "--username",
            "boss",
            "--first-name",
            "Ada",
            "--last-name",
            "Admin",
        ]
    )
    assert status == 0
    assert "boss" in capsys.readouterr().out
    open_and_migrate(path)
    try:
        assert User.get().username == "boss"
        assert auth.log_in("boss", "correct horse battery")
    finally:
        database.close()


def test_setup_with_short_password_fails(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv(cli.PASSWORD_VARIABLE, "short")
    status = app.main(
        [
            "--database",
            str(tmp_path / "agency.db"),
            "setup",
            "--agency=A",
            "--provider=P",
            "--username=boss",
            "--first-name=A",
            "--last-name=B",
        ]
    )
    assert status == 1
    assert "at least 10 characters" in capsys.readouterr().err


def test_import_missing_folder_fails(tmp_path, capsys):
    status = app.main(["--database", str(tmp_path / "a.db"), "import-hmis", str(tmp_path / "no")])
    assert status == 1
    assert "is not a folder" in capsys.readouterr().err


def test_not_a_database_fails_with_message(tmp_path, capsys):
    path = tmp_path / "notes.txt"
    path.write_text("not a database " * 500)
    status = app.main(["--database", str(path), "import-hmis", str(tmp_path)])
    assert status == 1
    assert "not a CasePoint database" in capsys.readouterr().err


def test_demo_and_database_together_rejected(tmp_path, capsys):
    with pytest.raises(SystemExit) as raised:
        app.main(["--demo", "--database", str(tmp_path / "a.db")])
    assert raised.value.code == 2
    assert "cannot be used together" in capsys.readouterr().err


def test_module_runs_as_program():
    result = subprocess.run(
        [sys.executable, "-m", "casepoint_desktop", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0
    assert __version__ in result.stdout


def test_self_test_passes(capsys, monkeypatch, qapp):
    monkeypatch.setattr("casepoint_desktop.ui.messages.ask_yes_no", lambda *args, **kw: True)
    assert app.main(["self-test"]) == 0
    output = capsys.readouterr().out
    assert "self-test: 5 passed, 0 failed" in output
    assert "FAILED" not in output


def test_self_test_with_database_rejected(tmp_path, capsys):
    with pytest.raises(SystemExit) as raised:
        app.main(["--database", str(tmp_path / "a.db"), "self-test"])
    assert raised.value.code == 2
    assert "leave out --database" in capsys.readouterr().err


def test_setup_failure_names_fields(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv(cli.PASSWORD_VARIABLE, "correct horse battery")
    status = app.main(
        [
            "--database",
            str(tmp_path / "agency.db"),
            "setup",
            "--agency=",
            "--provider=P",
            "--username=boss",
            "--first-name=A",
            "--last-name=B",
        ]
    )
    assert status == 1
    error = capsys.readouterr().err
    assert "The agency name is required. Nothing was changed." in error


def test_error_traceback_kept_out_of_terminal(tmp_path, capsys):
    setup_logging(folder=tmp_path)
    try:
        raise OSError("disk full")
    except OSError:
        logging.getLogger("casepoint_desktop.test").exception("Saving failed")
    error = capsys.readouterr().err
    assert "ERROR: Saving failed" in error
    assert "Traceback" not in error
    assert "Traceback" in (tmp_path / "casepoint.log").read_text()
