"""Tests of `casepoint-desktop print`: options, log-in, output file and error exits."""

from __future__ import annotations

import logging
from datetime import date

import pytest

from casepoint_desktop import app, cli
from casepoint_desktop.data import database
from casepoint_desktop.data.migrations import open_and_migrate
from casepoint_desktop.data.models import AuditEntry, Provider
from casepoint_desktop.services import auth, setup
from casepoint_desktop.services.session import Role
from tests.conftest import ADMIN_PASSWORD, make_user
from tests.printing.helpers import (
    add_action_step,
    add_case_note,
    add_client_note,
    add_service_item,
    make_client,
    make_goal,
    pdf_text,
)


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
def agency(tmp_path, monkeypatch):
    """A database file with a client, two goals (one closed) and client notes; returns IDs."""
    path = tmp_path / "agency.db"
    open_and_migrate(path)
    try:
        setup.create_agency(
            setup.FirstSetup(
                "Riverside", "Downtown Shelter", "admin", "Ada", "Admin", ADMIN_PASSWORD
            )
        )
        session = auth.log_in("admin", ADMIN_PASSWORD)
        make_user("reader", Role.READ_ONLY)
        uptown = Provider.create(name="Uptown Clinic")
        client = make_client(session, "Ana", "Lopez")
        open_goal = make_goal(session, client, date(2026, 1, 10))
        closed_goal = make_goal(
            session,
            client,
            date(2025, 5, 1),
            closed=True,
            classification="Health",
            goal_type="Obtain health insurance",
        )
        add_action_step(session, open_goal, "Call the landlord", date(2026, 1, 11))
        add_service_item(session, open_goal, "Bus fare paid", date(2026, 1, 12))
        add_case_note(session, open_goal, date(2026, 1, 15), "January visit")
        add_case_note(session, open_goal, date(2026, 3, 15), "March visit")
        add_case_note(session, open_goal, date(2026, 1, 16), "Uptown visit", provider=uptown)
        add_client_note(session, client, date(2026, 1, 5), "Downtown note")
        add_client_note(session, client, date(2026, 1, 6), "Uptown note", provider=uptown)
        ids = {
            "path": str(path),
            "client": str(client.id),
            "goal": str(open_goal.id),
            "closed_goal": str(closed_goal.id),
            "uptown": str(uptown.id),
        }
    finally:
        database.close()
    monkeypatch.setenv(cli.PASSWORD_VARIABLE, ADMIN_PASSWORD)
    return ids


def run_print(agency, tmp_path, *arguments: str, user: str = "admin") -> tuple[int, str]:
    """Run the print subcommand; return the exit status and the PDF's text ("" if none)."""
    output = tmp_path / "out.pdf"
    output.unlink(missing_ok=True)
    status = app.main(
        ["--database", agency["path"], "print", *arguments, "--user", user, "--output", str(output)]
    )
    return status, pdf_text(output.read_bytes()) if output.exists() else ""


def test_print_case_plan(agency, tmp_path, capsys):
    status, text = run_print(agency, tmp_path, "case-plan", agency["client"])
    assert status == 0
    assert "Wrote" in capsys.readouterr().out
    assert "Case Plan" in text
    assert "Housing: Maintain housing" in text
    assert "Health: Obtain health insurance" in text
    assert "Call the landlord" in text
    assert "January visit" in text
    assert "Bus fare paid" not in text
    assert "Client signature" in text


def test_print_case_plan_options(agency, tmp_path):
    status, text = run_print(
        agency,
        tmp_path,
        "case-plan",
        agency["client"],
        "--from=2026-01-01",
        "--to=2026-12-31",
        "--no-action-steps",
        "--no-case-notes",
        "--service-items",
        "--no-signature-lines",
    )
    assert status == 0
    assert "Housing" in text
    assert "Health" not in text
    assert "Call the landlord" not in text
    assert "January visit" not in text
    assert "Bus fare paid" in text
    assert "signature" not in text


def test_print_case_plan_without_closed_goals(agency, tmp_path):
    status, text = run_print(agency, tmp_path, "case-plan", agency["client"], "--no-closed-goals")
    assert status == 0
    assert "Housing" in text
    assert "Health" not in text


def test_print_goal(agency, tmp_path):
    status, text = run_print(
        agency, tmp_path, "goal", agency["goal"], "--from", "2026-01-01", "--to", "2026-01-31"
    )
    assert status == 0
    assert "Goal Details" in text
    assert "January visit" in text
    assert "Uptown visit" in text
    assert "March visit" not in text
    assert "Bus fare paid" in text


def test_print_goal_options(agency, tmp_path):
    status, text = run_print(
        agency,
        tmp_path,
        "goal",
        agency["goal"],
        "--my-provider-only",
        "--no-action-steps",
        "--no-service-items",
        "--no-signature-lines",
    )
    assert status == 0
    assert "January visit" in text
    assert "Uptown visit" not in text
    assert "Call the landlord" not in text
    assert "Bus fare paid" not in text
    assert "signature" not in text


def test_print_goal_without_case_notes(agency, tmp_path):
    status, text = run_print(agency, tmp_path, "goal", agency["goal"], "--no-case-notes")
    assert status == 0
    assert "January visit" not in text
    assert "Case Notes" not in text


def test_print_client_notes(agency, tmp_path):
    status, text = run_print(
        agency, tmp_path, "client-notes", agency["client"], "--provider", agency["uptown"]
    )
    assert status == 0
    assert "Uptown note" in text
    assert "Downtown note" not in text


def test_read_only_user_prints(agency, tmp_path):
    status, text = run_print(agency, tmp_path, "client-notes", agency["client"], user="reader")
    assert status == 0
    assert "Downtown note" in text
    open_and_migrate(agency["path"])
    try:
        assert AuditEntry.select().where(AuditEntry.action == "print").count() == 1
    finally:
        database.close()


def test_missing_end_date_fails(agency, tmp_path, capsys):
    status, text = run_print(agency, tmp_path, "case-plan", agency["client"], "--from=2026-01-01")
    assert status == 1
    assert text == ""
    assert "--to: The end date is required" in capsys.readouterr().err


def test_start_after_end_fails(agency, tmp_path, capsys):
    status, _ = run_print(
        agency, tmp_path, "goal", agency["goal"], "--from=2026-02-01", "--to=2026-01-01"
    )
    assert status == 1
    assert "--to: The end date 2026-01-01 is before the start date" in capsys.readouterr().err


def test_invalid_date_is_usage_error(agency, tmp_path, capsys):
    with pytest.raises(SystemExit) as raised:
        run_print(agency, tmp_path, "case-plan", agency["client"], "--from=01/02/2026")
    assert raised.value.code == 2
    assert "use the form YYYY-MM-DD" in capsys.readouterr().err


def test_wrong_password_fails(agency, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv(cli.PASSWORD_VARIABLE, "wrong password")
    status, text = run_print(agency, tmp_path, "case-plan", agency["client"])
    assert status == 1
    assert text == ""
    assert auth.WRONG_CREDENTIALS in capsys.readouterr().err


def test_no_password_without_terminal_fails(agency, tmp_path, monkeypatch, capsys):
    monkeypatch.delenv(cli.PASSWORD_VARIABLE)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    status, _ = run_print(agency, tmp_path, "case-plan", agency["client"])
    assert status == 1
    assert f"set {cli.PASSWORD_VARIABLE}" in capsys.readouterr().err


def test_unknown_client_fails(agency, tmp_path, capsys):
    status, _ = run_print(agency, tmp_path, "case-plan", "9999")
    assert status == 1
    assert "Client 9999 was not found" in capsys.readouterr().err


def test_unwritable_output_fails(agency, tmp_path, capsys):
    output = tmp_path / "missing-folder" / "out.pdf"
    status = app.main(
        [
            "--database",
            agency["path"],
            "print",
            "case-plan",
            agency["client"],
            "--user=admin",
            f"--output={output}",
        ]
    )
    assert status == 1
    assert "Cannot write" in capsys.readouterr().err


def test_output_and_user_required(agency, capsys):
    with pytest.raises(SystemExit) as raised:
        app.main(["--database", agency["path"], "print", "case-plan", agency["client"]])
    assert raised.value.code == 2
    error = capsys.readouterr().err
    assert "--user" in error
    assert "--output" in error


def test_password_set_by_administrator_cannot_print(admin_session, db_path, monkeypatch, capsys):
    from casepoint_desktop import app
    from casepoint_desktop.data import database
    from casepoint_desktop.data.models import User
    from casepoint_desktop.services import clients
    from casepoint_desktop.services.clients import ClientInput
    from tests.conftest import ADMIN_PASSWORD, make_user

    client = clients.create_client(admin_session, ClientInput("Ana", "Lopez"))
    user = make_user("casey")
    User.update(must_change_password=True).where(User.id == user.id).execute()
    database.close()
    monkeypatch.setenv("CASEPOINT_PASSWORD", ADMIN_PASSWORD)
    output = db_path.parent / "plan.pdf"

    status = app.main(
        [
            "--database",
            str(db_path),
            "print",
            "case-plan",
            str(client.id),
            "--user",
            "casey",
            "--output",
            str(output),
        ]
    )

    assert status == 1
    assert "must change the password" in capsys.readouterr().err
    assert not output.exists()
