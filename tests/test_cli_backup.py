"""Tests of the backup, restore and check subcommands."""

from __future__ import annotations

import sqlite3

from casepoint_desktop import app
from casepoint_desktop.data import database
from casepoint_desktop.data.case_plan_models import AttachmentPart
from casepoint_desktop.data.migrations import open_and_migrate
from casepoint_desktop.services import attachments, clients
from casepoint_desktop.services.attachments import AttachmentOwner
from casepoint_desktop.services.clients import ClientInput
from tests.data.test_database import break_client_table


def client_names(path) -> list[str]:
    connection = sqlite3.connect(str(path))
    try:
        return [row[0] for row in connection.execute("SELECT first_name FROM client ORDER BY id")]
    finally:
        connection.close()


def test_backup_then_restore(admin_session, db_path, tmp_path, capsys):
    clients.create_client(admin_session, ClientInput("Ana", "Lopez"))
    database.close()
    backup = tmp_path / "copy.db"

    assert app.main(["--database", str(db_path), "backup", str(backup)]) == 0
    assert "Backed up 1 clients" in capsys.readouterr().out

    open_and_migrate(db_path)
    clients.create_client(admin_session, ClientInput("Ben", "Okafor"))
    database.close()
    assert app.main(["--database", str(db_path), "restore", str(backup)]) == 0

    output = capsys.readouterr().out
    assert "The previous database is kept as" in output
    assert client_names(db_path) == ["Ana"]


def test_restore_of_bad_file_fails_and_keeps_database(admin_session, db_path, tmp_path, capsys):
    clients.create_client(admin_session, ClientInput("Ana", "Lopez"))
    database.close()
    junk = tmp_path / "junk.db"
    junk.write_text("not a database")

    assert app.main(["--database", str(db_path), "restore", str(junk)]) == 1

    assert "junk.db" in capsys.readouterr().err
    assert client_names(db_path) == ["Ana"]


def test_check_passes_on_sound_database(admin_session, db_path, capsys):
    database.close()

    assert app.main(["--database", str(db_path), "check"]) == 0

    output = capsys.readouterr().out
    assert "integrity check passed" in output
    assert "every stored copy matches" in output


def test_check_reports_damaged_attachment(admin_session, db_path, tmp_path, capsys):
    source = tmp_path / "scan.pdf"
    source.write_bytes(b"%PDF-1.4 scan")
    added = attachments.add_attachment(
        admin_session,
        AttachmentOwner.of_client(
            clients.create_client(admin_session, ClientInput("Ana", "Lopez")).id
        ),
        source,
    )
    AttachmentPart.update(data=b"%PDF-1.4 changed").execute()
    database.close()

    assert app.main(["--database", str(db_path), "check"]) == 1

    assert f"no longer matches its hash: {added.id}." in capsys.readouterr().out


def test_damaged_database_gets_message_not_traceback(admin_session, db_path, capsys):
    for number in range(200):
        clients.create_client(admin_session, ClientInput(f"Name{number}", "Damaged"))
    database.close()
    break_client_table(db_path)

    assert app.main(["--database", str(db_path), "check"]) == 1

    error = capsys.readouterr().err
    assert "is damaged" in error
    assert "Traceback" not in error
