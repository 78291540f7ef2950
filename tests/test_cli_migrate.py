"""Tests of `migrate-to-server`: its refusals, the password handling and real copies.

The copies need a PostgreSQL server (see tests/empty_server_database.py), and each one
creates and drops a database of its own.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import psycopg2
import pytest

from casepoint_desktop import app, cli_migrate
from casepoint_desktop.cli import CommandError
from casepoint_desktop.data import database
from casepoint_desktop.data.case_plan_models import Attachment, AttachmentPart, Goal
from casepoint_desktop.data.lists import GoalClassification, GoalStatus, GoalType
from casepoint_desktop.data.migrations import ALL_MODELS, open_and_migrate
from casepoint_desktop.data.models import AuditEntry, Client
from casepoint_desktop.services import attachments, auth, clients, hmis_import, notes, setup
from casepoint_desktop.services.attachments import AttachmentOwner
from casepoint_desktop.services.clients import ClientInput
from casepoint_desktop.services.session import Session
from tests.conftest import ADMIN_PASSWORD, HMIS_FOLDER
from tests.empty_server_database import SERVER_VARIABLE
from tests.empty_server_database import empty_server_database as new_empty_database

SECRET = "Tr0ub4dor-and-3"


@pytest.fixture
def empty_server_database(monkeypatch) -> Iterator[str]:
    with new_empty_database(monkeypatch) as url:
        yield url


@pytest.fixture
def source_path(tmp_path) -> Path:
    """A set-up SQLite file, independent of the `db` fixture, which may be on a server."""
    path = tmp_path / "source.db"
    open_and_migrate(path)
    setup.create_agency(
        setup.FirstSetup(
            agency_name="Riverside Family Services",
            provider_name="Downtown Shelter",
            username="admin",
            first_name="Ada",
            last_name="Admin",
            password=ADMIN_PASSWORD,
        )
    )
    database.close()
    return path


def log_in(path: Path) -> Session:
    open_and_migrate(path)
    return auth.log_in("admin", ADMIN_PASSWORD)


def fill(path: Path, tmp_path: Path) -> dict[str, object]:
    """Add clients, a note, a goal and a three-part attachment; return values to compare."""
    session = log_in(path)

    ana = clients.create_client(session, ClientInput("Ana", "Lopez"))
    clients.create_client(session, ClientInput("Łukasz", "Nguyễn"))
    notes.create_note(session, ana, date(2026, 3, 2), "Moved to the family shelter.")
    classification = GoalClassification.get(GoalClassification.name == "Housing")
    Goal.create(
        client=ana,
        provider=session.provider,
        date_set=date(2026, 3, 2),
        classification=classification,
        goal_type=GoalType.get(GoalType.classification == classification),
        status=GoalStatus.get(GoalStatus.name == "In Progress"),
    )

    content = os.urandom(2 * 1024 * 1024 + 512)
    scan = tmp_path / "lease.pdf"
    scan.write_bytes(b"%PDF-1.4\n" + content)
    added = attachments.add_attachment(session, AttachmentOwner.of_client(ana.id), scan)

    first_audit = AuditEntry.select().order_by(AuditEntry.id).first()
    expected = {
        "attachment_id": added.id,
        "attachment_sha256": hashlib.sha256(scan.read_bytes()).hexdigest(),
        "attachment_parts": AttachmentPart.select().count(),
        "audit_id": first_audit.id,
        "audit_action": first_audit.action,
        "audit_record_type": first_audit.record_type,
        "audit_timestamp": first_audit.timestamp,
        "client_name": Client.get_by_id(ana.id).first_name,
    }
    database.close()
    return expected


def table_counts(target: Path | str) -> dict[str, int]:
    open_and_migrate(target)
    try:
        return {model._meta.table_name: model.select().count() for model in ALL_MODELS}
    finally:
        database.close()


def migrate(source: Path, url: str) -> int:
    return app.main(["--database", str(source), "migrate-to-server", url])


# Refusals that need no server


def test_server_as_source_rejected(capsys):
    url = "postgresql://casepoint@127.0.0.1:1/casepoint"

    assert app.main(["--database", url, "migrate-to-server", url]) == 1

    assert f"The database to copy, {url}, is a server." in capsys.readouterr().err


def test_missing_source_file_rejected_and_not_created(tmp_path, capsys):
    missing = tmp_path / "mistyped.db"

    assert migrate(missing, "postgresql://casepoint@127.0.0.1:1/casepoint") == 1

    assert f"The database file {missing} does not exist." in capsys.readouterr().err
    assert not missing.exists()


def test_file_as_target_rejected(source_path, tmp_path, capsys):
    assert migrate(source_path, str(tmp_path / "other.db")) == 1

    assert "is not a PostgreSQL URL" in capsys.readouterr().err


def test_password_in_url_rejected_unprinted(source_path, tmp_path, capsys):
    url = f"postgresql://casepoint:{SECRET}@127.0.0.1:1/casepoint"

    assert migrate(source_path, url) == 1

    output = capsys.readouterr()
    assert "The URL contains a password" in output.err
    assert SECRET not in output.err
    assert SECRET not in output.out
    logs = "".join(path.read_text("utf-8") for path in (tmp_path / "logs").glob("*"))
    assert SECRET not in logs


def test_password_parameter_rejected(source_path, capsys):
    url = f"postgresql://casepoint@127.0.0.1:1/casepoint?password={SECRET}"

    assert migrate(source_path, url) == 1

    output = capsys.readouterr()
    assert "The URL contains a password" in output.err
    assert SECRET not in output.err


@pytest.mark.parametrize("command", [["backup", "copy.db"], ["restore", "copy.db"]])
def test_file_commands_reject_server(command, capsys):
    url = "postgresql://casepoint@127.0.0.1:1/casepoint"

    assert app.main(["--database", url, *command]) == 1

    error = capsys.readouterr().err
    assert error.startswith(f"casepoint-desktop {command[0]}: --database names a PostgreSQL")
    assert "pg_dump" in error


def test_password_prompted_in_terminal(monkeypatch):
    monkeypatch.setattr(cli_migrate, "needs_password", lambda url: True)
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr(cli_migrate.getpass, "getpass", lambda prompt: SECRET)

    url = cli_migrate.connection_url("postgresql://casepoint@db.example.org/casepoint")

    assert url == f"postgresql://casepoint:{SECRET}@db.example.org/casepoint"


def test_password_missing_without_terminal(monkeypatch):
    monkeypatch.setattr(cli_migrate, "needs_password", lambda url: True)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)

    with pytest.raises(CommandError, match="Set PGPASSWORD"):
        cli_migrate.connection_url("postgresql://casepoint@db.example.org/casepoint")


def test_no_prompt_when_libpq_has_password(monkeypatch):
    monkeypatch.setattr(cli_migrate, "needs_password", lambda url: False)

    def fail(prompt: str) -> str:
        raise AssertionError("asked for a password")

    monkeypatch.setattr(cli_migrate.getpass, "getpass", fail)
    url = "postgresql://casepoint@db.example.org/casepoint"

    assert cli_migrate.connection_url(url) == url


# Copies to a real server


def test_copy_keeps_rows_ids_and_bytes(source_path, empty_server_database, tmp_path, capsys):
    expected = fill(source_path, tmp_path)
    source_counts = table_counts(source_path)

    assert migrate(source_path, empty_server_database) == 0

    output = capsys.readouterr().out
    assert "Every table has the same number of rows" in output
    printed = dict(line.split() for line in output.splitlines()[2:-1])
    assert printed["client"] == str(source_counts["client"])
    assert printed["attachment_part"] == "3"
    assert len(printed) == len(ALL_MODELS)
    server_counts = table_counts(empty_server_database)
    source_counts["audit_entry"] += 1
    assert server_counts == source_counts

    open_and_migrate(empty_server_database)
    try:
        attachment = Attachment.get_by_id(expected["attachment_id"])
        parts = (
            AttachmentPart.select()
            .where(AttachmentPart.attachment == attachment)
            .order_by(AttachmentPart.part)
        )
        stored = b"".join(bytes(part.data) for part in parts)
        assert parts.count() == expected["attachment_parts"]
        assert parts.count() == 3
        assert hashlib.sha256(stored).hexdigest() == expected["attachment_sha256"]
        assert attachment.sha256 == expected["attachment_sha256"]

        entry = AuditEntry.get_by_id(expected["audit_id"])
        assert entry.action == expected["audit_action"]
        assert entry.record_type == expected["audit_record_type"]
        assert entry.timestamp == expected["audit_timestamp"]
        migration = AuditEntry.select().order_by(AuditEntry.id.desc()).first()
        assert migration.action == "import"
        assert migration.record_type == "database"
        assert str(source_path) in migration.changes
        assert migration.user.username == "admin"

        # The id sequences continue after the copied ids.
        session = auth.log_in("admin", ADMIN_PASSWORD)
        added = clients.create_client(session, ClientInput("Ben", "Okafor"))
        assert added.id == source_counts["client"] + 1
        assert Client.get_by_id(1).first_name == expected["client_name"]
    finally:
        database.close()


def test_password_never_printed(source_path, empty_server_database, tmp_path, capsys):
    password = os.environ.get("PGPASSWORD")
    if not password:
        pytest.skip(f"the URL in {SERVER_VARIABLE} has no password to look for")

    assert migrate(source_path, empty_server_database) == 0

    output = capsys.readouterr()
    assert password not in output.out
    assert password not in output.err
    logs = "".join(path.read_text("utf-8") for path in (tmp_path / "logs").glob("*"))
    assert "Copied" in logs
    assert password not in logs


def test_target_with_data_rejected(source_path, empty_server_database, tmp_path, capsys):
    fill(source_path, tmp_path)
    assert migrate(source_path, empty_server_database) == 0
    before = table_counts(empty_server_database)
    capsys.readouterr()

    assert migrate(source_path, empty_server_database) == 1

    error = capsys.readouterr().err
    assert "already contains CasePoint data" in error
    assert "Nothing was copied." in error
    assert table_counts(empty_server_database) == before


def test_target_with_other_tables_rejected(source_path, empty_server_database, capsys):
    connection = psycopg2.connect(empty_server_database)
    with connection, connection.cursor() as cursor:
        cursor.execute("CREATE TABLE invoices (id integer)")
    connection.close()

    assert migrate(source_path, empty_server_database) == 1

    assert "tables that are not CasePoint's: invoices" in capsys.readouterr().err


def test_failed_copy_rolls_back(source_path, empty_server_database, tmp_path, capsys):
    fill(source_path, tmp_path)
    session = log_in(source_path)
    client = clients.create_client(session, ClientInput("Cara", "Diaz"))
    database.db.execute_sql("UPDATE client SET alias = ? WHERE id = ?", ("Cara\x00Diaz", client.id))
    database.close()

    assert migrate(source_path, empty_server_database) == 1

    error = capsys.readouterr().err
    assert f"The alias of row {client.id} of client contains the character U+0000" in error
    assert "nothing was copied" in error
    assert set(table_counts(empty_server_database).values()) == {0}


def test_copy_after_failed_copy(source_path, empty_server_database, tmp_path, capsys):
    fill(source_path, tmp_path)
    session = log_in(source_path)
    client = clients.create_client(session, ClientInput("Cara", "Diaz"))
    database.db.execute_sql("UPDATE client SET alias = ? WHERE id = ?", ("\x00", client.id))
    database.close()
    assert migrate(source_path, empty_server_database) == 1

    log_in(source_path)
    database.db.execute_sql("UPDATE client SET alias = '' WHERE id = ?", (client.id,))
    database.close()

    assert migrate(source_path, empty_server_database) == 0
    assert table_counts(empty_server_database)["client"] == 3


@pytest.mark.shared_data
def test_shared_hmis_import_keeps_counts(source_path, empty_server_database, capsys):
    if not (HMIS_FOLDER / "Client.csv").is_file():
        pytest.skip(f"the shared HMIS export is not at {HMIS_FOLDER}")
    open_and_migrate(source_path)
    hmis_import.import_folder(HMIS_FOLDER)
    database.close()
    source_counts = table_counts(source_path)

    assert migrate(source_path, empty_server_database) == 0

    server_counts = table_counts(empty_server_database)
    assert server_counts["client"] == 514
    assert server_counts["service_transaction"] == 6385
    for table, count in source_counts.items():
        extra = 1 if table == "audit_entry" else 0
        assert server_counts[table] == count + extra, table


def test_server_password_asked_in_terminal(
    source_path, empty_server_database, monkeypatch, tmp_path, capsys
):
    password = os.environ.get("PGPASSWORD")
    if not password:
        pytest.skip(f"the URL in {SERVER_VARIABLE} has no password to type")
    monkeypatch.delenv("PGPASSWORD")
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-such-pgpass"))
    prompts = []

    def type_password(prompt: str) -> str:
        prompts.append(prompt)
        return password

    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr(cli_migrate.getpass, "getpass", type_password)

    assert migrate(source_path, empty_server_database) == 0

    assert prompts == ["Password of the PostgreSQL server: "]
    output = capsys.readouterr()
    assert password not in output.out
    assert password not in output.err


def test_check_on_server_skips_sqlite_check(source_path, empty_server_database, tmp_path, capsys):
    fill(source_path, tmp_path)
    assert migrate(source_path, empty_server_database) == 0
    capsys.readouterr()

    assert app.main(["--database", empty_server_database, "check"]) == 0

    output = capsys.readouterr().out
    assert "SQLite's integrity check was skipped" in output
    assert "pg_dump" in output
    assert "every stored copy matches its hash" in output
