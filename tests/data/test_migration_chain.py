"""Test of the whole chain: a database made by schema version 1, with data, migrated to now."""

from __future__ import annotations

import sqlite3

import pytest

from casepoint_desktop.data import database, migrations
from casepoint_desktop.data.case_plan_models import (
    ActionStep,
    ActionStepMember,
    Attachment,
    CaseManagerAssignment,
    CaseManagerMember,
    CaseNote,
    CaseNoteMember,
    Goal,
)
from casepoint_desktop.data.lists import GoalOutcome
from casepoint_desktop.data.migrations import current_version, latest_version
from casepoint_desktop.data.models import LoginThrottle, Provider, User
from casepoint_desktop.services import demo
from casepoint_desktop.services.attachments import AttachmentOwner, add_attachment, read_content
from casepoint_desktop.services.session import Session

# Each test builds SQLite files of older schema versions with sqlite3.
pytestmark = pytest.mark.sqlite_only


def row_counts(path) -> dict[str, int]:
    connection = sqlite3.connect(str(path))
    try:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {
            table: connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            for table in tables
        }
    finally:
        connection.close()


def fill_latest_database(path) -> User:
    """Make a database of the latest schema with the demo and a row in every table."""
    migrations.open_and_migrate(path)
    demo.populate_demo()
    LoginThrottle.create(username="someone", failed_attempts=2)
    goal = Goal.select().first()
    note = CaseNote.select().first()
    # The demo names no household members on these, so one row each is added here.
    ActionStepMember.create(action_step=ActionStep.select().first(), client=goal.client_id)
    CaseManagerMember.create(
        assignment=CaseManagerAssignment.select().first(), client=goal.client_id
    )
    CaseNoteMember.create(case_note=note, client=goal.client_id)
    user = User.select().first()
    Attachment.create(
        client=goal.client_id,
        goal=goal,
        case_note=note,
        added_from="case_note",
        file_name="scan.pdf",
        size_bytes=0,
        sha256="",
        storage_key="version-1",
        provider=Provider.get_by_id(user.home_provider_id),
        added_by=user,
    )
    database.close()
    return user


def copy_into_first_schema(source, target) -> None:
    """Copy every row of `source` that schema version 1 can hold into `target`."""
    connection = sqlite3.connect(str(target))
    connection.execute("PRAGMA foreign_keys = OFF")
    connection.execute("ATTACH DATABASE ? AS latest", (str(source),))
    tables = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM main.sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' AND name != 'schema_version'"
        )
    ]
    for table in tables:
        columns = ", ".join(
            f'"{row[1]}"' for row in connection.execute(f'PRAGMA main.table_info("{table}")')
        )
        connection.execute(
            f'INSERT INTO main."{table}" ({columns}) SELECT {columns} FROM latest."{table}"'
        )
    connection.commit()
    connection.execute("DETACH DATABASE latest")
    connection.close()


def test_first_schema_with_data_migrates_to_latest(db_path, monkeypatch, tmp_path):
    shipped = migrations.available_migrations()
    if len(shipped) < 2:
        pytest.skip("only one schema version exists")
    latest_path = tmp_path / "latest.db"
    user = fill_latest_database(latest_path)
    monkeypatch.setattr(migrations, "available_migrations", lambda *_: shipped[:1])
    migrations.open_and_migrate(db_path)
    database.close()
    copy_into_first_schema(latest_path, db_path)
    before = row_counts(db_path)
    empty = sorted(
        table for table, count in before.items() if not count and table != "attachment_part"
    )
    assert empty == [], f"version-1 tables without rows: {empty}"

    monkeypatch.setattr(migrations, "available_migrations", lambda *_: shipped)
    migrated = migrations.open_and_migrate(db_path)

    assert current_version(migrated) == latest_version()
    after = row_counts(db_path)
    for table, count in before.items():
        if table != "schema_version":
            assert after[table] == count, table
    copies = list(db_path.parent.glob("casepoint-schema1-*.db"))
    assert len(copies) == 1
    assert row_counts(copies[0]) == before
    not_achieved = GoalOutcome.get(GoalOutcome.name == "Not Achieved")
    assert not_achieved.is_not_achieved

    goal = Goal.select().first()
    session = Session(user, Provider.get_by_id(user.home_provider_id))
    source = tmp_path / "after.pdf"
    source.write_bytes(b"%PDF-1.4 migrated")
    added = add_attachment(session, AttachmentOwner.of_goal(goal.id), source)
    assert read_content(session, added.id) == b"%PDF-1.4 migrated"
    database.close()
