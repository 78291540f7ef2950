"""Tests of the schema version, migrations and database opening."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import peewee
import pytest

from casepoint_desktop.data import database, migrations
from casepoint_desktop.data.migrations import (
    ALL_MODELS,
    Migration,
    MigrationError,
    NewerSchemaError,
    current_version,
    latest_version,
    open_and_migrate,
)
from casepoint_desktop.data.models import Provider


def test_fresh_database_reaches_latest_version(db):
    assert current_version(db) == latest_version()


def test_every_model_matches_migrated_table(db):
    for model in ALL_MODELS:
        table = model._meta.table_name
        columns = {column.name for column in db.get_columns(table)}
        fields = {field.column_name for field in model._meta.sorted_fields}
        assert columns == fields, table


def test_every_model_index_exists(db):
    for model in ALL_MODELS:
        table = model._meta.table_name
        found = {tuple(index.columns) for index in db.get_indexes(table)}
        for index in model._schema._create_indexes(safe=True):
            sql, _ = index.query()
            columns = tuple(part.strip(' "') for part in sql.split("(")[-1].rstrip(")").split(","))
            assert columns in found, (table, columns)


@pytest.mark.sqlite_only
def test_pragmas_set_on_connection(db):
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute_sql("PRAGMA busy_timeout").fetchone()[0] == 10_000


@pytest.mark.sqlite_only
def test_pragmas_set_on_reconnect(db):
    db.close()
    db.connect()
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1


def test_reopening_migrates_nothing(db_path, db_target, db):
    database.close()
    reopened = open_and_migrate(db_target)
    assert current_version(reopened) == latest_version()
    assert not list(db_path.parent.glob("*-schema*.db"))


def test_newer_schema_rejected_with_both_versions(db_target, db):
    db.execute_sql(f"UPDATE schema_version SET version = {db.param}", (latest_version() + 5,))
    database.close()
    with pytest.raises(NewerSchemaError) as raised:
        open_and_migrate(db_target)
    assert str(latest_version() + 5) in str(raised.value)
    assert f"up to {latest_version()}" in str(raised.value)


def test_not_a_database_gets_message(tmp_path):
    path = tmp_path / "letter.db"
    path.write_bytes(b"Dear caseworker, this is a letter, not a database." * 100)
    with pytest.raises(database.DatabaseOpenError, match="not a CasePoint database"):
        open_and_migrate(path)


def test_missing_folder_gets_message(tmp_path):
    with pytest.raises(database.DatabaseOpenError, match="does not exist"):
        open_and_migrate(tmp_path / "nowhere" / "casepoint.db")


@pytest.mark.sqlite_only
def test_failed_migration_keeps_data_and_copy(db_path, db, monkeypatch):
    Provider.create(name="Downtown Shelter")
    broken = Migration(
        version=latest_version() + 1,
        name="9999_broken.sql",
        sql="ALTER TABLE provider ADD COLUMN note TEXT; SELECT * FROM no_such_table",
    )
    shipped = migrations.available_migrations()
    monkeypatch.setattr(migrations, "available_migrations", lambda *_: [*shipped, broken])

    with pytest.raises(MigrationError, match="was not changed"):
        migrations.migrate(db)

    assert current_version(db) == shipped[-1].version
    columns = {column.name for column in db.get_columns("provider")}
    assert "note" not in columns
    assert Provider.select().count() == 1

    copies = list(db_path.parent.glob("casepoint-schema*.db"))
    assert len(copies) == 1
    with sqlite3.connect(copies[0]) as copy:
        assert copy.execute("SELECT name FROM provider").fetchall() == [("Downtown Shelter",)]


@pytest.mark.sqlite_only
def test_successful_migration_applies_and_copies(db_path, db, monkeypatch):
    Provider.create(name="Family Services")
    added = Migration(
        version=latest_version() + 1,
        name="9999_add_column.sql",
        sql="ALTER TABLE provider ADD COLUMN note TEXT",
    )
    shipped = migrations.available_migrations()
    monkeypatch.setattr(migrations, "available_migrations", lambda *_: [*shipped, added])

    before = migrations.migrate(db)

    assert before == shipped[-1].version
    assert current_version(db) == added.version
    assert "note" in {column.name for column in db.get_columns("provider")}
    assert len(list(db_path.parent.glob("casepoint-schema*.db"))) == 1


def test_migration_versions_are_consecutive():
    versions = [migration.version for migration in migrations.available_migrations()]
    assert versions == list(range(1, len(versions) + 1))


def test_foreign_keys_enforced(db):
    with pytest.raises(peewee.IntegrityError):
        db.execute_sql(
            "INSERT INTO client_note (client_id, provider_id, author_id, note_date, text, "
            "created_at, updated_at, version) VALUES (999, 999, 999, '2026-01-01', 'x', "
            "'2026-01-01 00:00:00', '2026-01-01 00:00:00', 1)"
        )


def test_database_file_created_in_given_path(tmp_path: Path):
    path = tmp_path / "agency.db"
    open_and_migrate(path)
    database.close()
    assert path.exists()


def test_folder_as_database_gets_message(tmp_path):
    with pytest.raises(database.DatabaseOpenError, match="is a folder"):
        open_and_migrate(tmp_path)


def test_read_only_file_gets_message(tmp_path, monkeypatch):
    path = tmp_path / "casepoint.db"
    path.touch()
    # chmod does not make a file read-only for root, and CI runs the tests as root.
    monkeypatch.setattr(database.os, "access", lambda target, mode: Path(target) != path)
    with pytest.raises(database.DatabaseOpenError, match="is read-only"):
        open_and_migrate(path)


def test_read_only_folder_gets_message(tmp_path, monkeypatch):
    path = tmp_path / "casepoint.db"
    monkeypatch.setattr(database.os, "access", lambda target, mode: Path(target) != tmp_path)
    with pytest.raises(database.DatabaseOpenError, match="cannot be written"):
        open_and_migrate(path)
