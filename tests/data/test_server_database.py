"""Tests of server URLs and of what differs on a PostgreSQL server: connection messages, the
schema's triggers and collation, bytea attachments, search, migrations and lock errors.

The tests marked postgresql_only need CASEPOINT_TEST_POSTGRESQL (see tests/conftest.py).
"""

from __future__ import annotations

import os
import socket
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import peewee
import psycopg2
import pytest

from casepoint_desktop.data import backend, database, migrations
from casepoint_desktop.data.database import DatabaseOpenError, display_name, is_server_url
from casepoint_desktop.data.migrations import (
    Migration,
    MigrationError,
    current_version,
    latest_version,
)
from casepoint_desktop.data.models import AuditEntry, Provider
from casepoint_desktop.services import attachments, audit, backups, clients, search
from casepoint_desktop.services.attachments import AttachmentOwner
from casepoint_desktop.services.backups import BackupError
from casepoint_desktop.services.clients import ClientInput
from tests.conftest import server_database_url

server_only = pytest.mark.postgresql_only


def with_password(url: str, password: str) -> str:
    """Return `url` with `password` after its user name."""
    parts = urlsplit(url)
    user_info, _, hosts = parts.netloc.rpartition("@")
    user = user_info.partition(":")[0]
    netloc = f"{user}:{password}@{hosts}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def free_local_port() -> int:
    """Return a TCP port on 127.0.0.1 that nothing listens on at the moment."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.mark.parametrize(
    "text",
    [
        "postgresql://caseworker@db.example.org:5432/casepoint",
        "postgres://caseworker@db.example.org/casepoint",
        "PostgreSQL://caseworker@db.example.org/casepoint",
        "postgresql:///casepoint",
    ],
)
def test_server_url_recognised(text):
    assert is_server_url(text)


@pytest.mark.parametrize(
    "target",
    [
        "casepoint.db",
        "/srv/share/postgresql/casepoint.db",
        "mysql://caseworker@db.example.org/casepoint",
        Path("postgresql://caseworker@db.example.org/casepoint"),
        None,
    ],
)
def test_other_targets_not_server_urls(target):
    assert not is_server_url(target)


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        (
            "postgresql://caseworker:s3cret@db.example.org:5432/casepoint?sslmode=verify-full",
            "postgresql://caseworker@db.example.org:5432/casepoint?sslmode=verify-full",
        ),
        (
            "postgresql://caseworker@db.example.org/casepoint?password=s3cret&sslmode=require",
            "postgresql://caseworker@db.example.org/casepoint?sslmode=require",
        ),
        (
            "postgres://caseworker:p%40ss@[::1]:5432/casepoint?Password=s3cret",
            "postgres://caseworker@[::1]:5432/casepoint",
        ),
        (
            "postgresql://caseworker@db.example.org/casepoint",
            "postgresql://caseworker@db.example.org/casepoint",
        ),
    ],
)
def test_display_name_drops_password(url, shown):
    assert display_name(url) == shown


def test_display_name_of_file_is_absolute_path(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert display_name(Path("casepoint.db")) == str(tmp_path / "casepoint.db")


def test_integrity_check_finished_for_server_url():
    check = database.start_integrity_check("postgresql://caseworker@db.example.org/casepoint")
    assert check.is_finished()
    assert check.wait() is None
    check.cancel()
    assert check.error is None


def test_migration_chains_have_same_versions():
    sqlite_chain = migrations.available_migrations(backend.Backend.SQLITE)
    server_chain = migrations.available_migrations(backend.Backend.POSTGRESQL)
    assert [m.version for m in server_chain] == [m.version for m in sqlite_chain]
    assert [m.name for m in server_chain] == [m.name for m in sqlite_chain]


@server_only
def test_unreachable_server_message():
    port = free_local_port()
    url = f"postgresql://casepoint:s3cret@127.0.0.1:{port}/casepoint?connect_timeout=5"

    with pytest.raises(DatabaseOpenError) as raised:
        database.connect(url)

    message = str(raised.value)
    assert message.startswith("Cannot reach the PostgreSQL server of ")
    assert f"postgresql://casepoint@127.0.0.1:{port}/casepoint" in message
    assert "Check the host name and port" in message
    assert "s3cret" not in message


@server_only
def test_wrong_password_message(monkeypatch):
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", os.devnull)
    url = with_password(server_database_url("postgres"), "wrong-Pa55word")
    try:
        psycopg2.connect(dsn=url).close()
    except psycopg2.OperationalError:
        pass
    else:
        pytest.skip("the test server accepts any password for this role")

    with pytest.raises(DatabaseOpenError) as raised:
        database.connect(url)

    message = str(raised.value)
    assert "rejected the log-in" in message
    assert "PGPASSWORD" in message
    assert "password file" in message
    assert "wrong-Pa55word" not in message


@server_only
def test_missing_database_message():
    url = server_database_url("casepoint_no_such_database")

    with pytest.raises(DatabaseOpenError) as raised:
        database.connect(url)

    message = str(raised.value)
    assert "does not exist on the server" in message
    assert "createdb" in message


@server_only
def test_audit_entries_read_only_on_server(admin_session):
    audit.record(admin_session, "view", "client", 1, 1)
    entry = AuditEntry.select().order_by(AuditEntry.id.desc()).get()

    with pytest.raises(peewee.IntegrityError, match="cannot be changed"):
        AuditEntry.update(action="print").where(AuditEntry.id == entry.id).execute()
    with pytest.raises(peewee.IntegrityError, match="cannot be deleted"):
        AuditEntry.delete().where(AuditEntry.id == entry.id).execute()
    with pytest.raises(peewee.IntegrityError, match="cannot be deleted"):
        AuditEntry._meta.database.execute_sql('TRUNCATE "audit_entry"')

    assert AuditEntry.get_by_id(entry.id).action == "view"


@server_only
def test_search_ignores_case_and_accents_on_server(admin_session):
    nguyen = clients.create_client(admin_session, ClientInput("Minh", "Nguyễn"))
    lodz = clients.create_client(admin_session, ClientInput("Łucja", "ÁLVAREZ-Ruíz"))
    literal = clients.create_client(admin_session, ClientInput("Ann_e", "100%"))
    clients.create_client(admin_session, ClientInput("Anne", "1000"))

    assert [c.id for c in search.search_clients("nguyen")] == [nguyen.id]
    assert [c.id for c in search.search_clients("NGUYỄN minh")] == [nguyen.id]
    assert [c.id for c in search.search_clients("alvarez ruiz")] == [lodz.id]
    assert [c.id for c in search.search_clients("lucja")] == [lodz.id]
    assert [c.id for c in search.search_clients("100%")] == [literal.id]
    assert [c.id for c in search.search_clients("ann_")] == [literal.id]
    assert search.search_clients("%") == []
    assert search.search_clients("'; DROP TABLE client; --") == []


@server_only
def test_names_sort_by_code_point_on_server(db):
    for name in ["alpha", "Zeta", "Élan", "Beta", "beta"]:
        Provider.create(name=name)

    names = [provider.name for provider in Provider.select().order_by(Provider.name)]

    assert names == ["Beta", "Zeta", "alpha", "beta", "Élan"]


@server_only
def test_attachment_round_trip_through_bytea(admin_session, tmp_path):
    client = clients.create_client(admin_session, ClientInput("Ana", "Lopez"))
    # Every byte value, and more than one stored part of a mebibyte.
    content = bytes(range(256)) * (3 * 4096 + 17)
    source = tmp_path / "scan.bin"
    source.write_bytes(content)

    attachment = attachments.add_attachment(
        admin_session, AttachmentOwner.of_client(client.id), source
    )
    read_back = attachments.read_content(admin_session, attachment.id)

    assert type(read_back) is bytes
    assert len(read_back) == len(content)
    assert read_back == content


@server_only
def test_failed_migration_rolled_back_on_server(db, monkeypatch):
    Provider.create(name="Downtown Shelter")
    shipped = migrations.available_migrations(backend.Backend.POSTGRESQL)
    broken = Migration(
        version=latest_version() + 1,
        name="9999_broken.sql",
        sql='ALTER TABLE "provider" ADD COLUMN "note" text; SELECT * FROM no_such_table;',
    )
    monkeypatch.setattr(migrations, "available_migrations", lambda *_: [*shipped, broken])

    with pytest.raises(MigrationError, match="was not changed"):
        migrations.migrate(db)

    assert current_version(db) == shipped[-1].version
    assert "note" not in {column.name for column in db.get_columns("provider")}
    assert Provider.select().count() == 1


@server_only
def test_backup_rejected_for_server_database(admin_session, db_target, tmp_path):
    with pytest.raises(BackupError, match="pg_dump") as raised:
        backups.back_up(tmp_path / "copy.db", admin_session)
    assert "pg_restore" in str(raised.value)

    with pytest.raises(BackupError, match="pg_dump"):
        backups.restore(tmp_path / "copy.db", db_target)
    with pytest.raises(BackupError, match="pg_dump"):
        backups.automatic_backup(db_target, keep=3)
    assert list(tmp_path.glob("*.db")) == []


@server_only
def test_id_sequence_follows_explicit_ids(db):
    Provider.insert(id=50, name="Imported Provider").execute()

    backend.reset_id_sequences(db, ["provider"])
    created = Provider.create(name="New Provider")

    assert created.id == 51


@server_only
def test_lock_timeout_counts_as_busy(db, db_target):
    (lock_timeout,) = db.execute_sql("SHOW lock_timeout").fetchone()
    assert lock_timeout == f"{database.BUSY_TIMEOUT_SECONDS}s"
    provider = Provider.create(name="Downtown Shelter")
    holder = psycopg2.connect(dsn=db_target)
    try:
        # psycopg2 opens a transaction at the first statement, so the row lock stays held.
        with holder.cursor() as cursor:
            cursor.execute('SELECT 1 FROM "provider" WHERE id = %s FOR UPDATE', (provider.id,))
        db.execute_sql("SET lock_timeout = '100ms'")
        with pytest.raises(peewee.OperationalError) as raised:
            Provider.update(name="Changed").where(Provider.id == provider.id).execute()
    finally:
        holder.close()

    assert backend.is_busy_error(raised.value)
    assert Provider.get_by_id(provider.id).name == "Downtown Shelter"


@server_only
def test_reopened_server_database_keeps_data(db_target, db):
    Provider.create(name="Downtown Shelter")
    database.close()

    reopened = migrations.open_and_migrate(db_target)

    assert backend.is_postgresql(reopened)
    assert current_version(reopened) == latest_version()
    assert [provider.name for provider in Provider.select()] == ["Downtown Shelter"]


def schema_description(database_object: peewee.Database) -> dict[str, object]:
    """Return each table's column names and its indexes (name, columns, unique), leaving out
    the primary keys' own indexes, which SQLite and PostgreSQL name differently.
    """
    description: dict[str, object] = {}
    for table in database_object.get_tables():
        columns = sorted(column.name for column in database_object.get_columns(table))
        indexes = sorted(
            (index.name, tuple(index.columns), index.unique)
            for index in database_object.get_indexes(table)
            if not index.name.endswith("_pkey") and not index.name.startswith("sqlite_")
        )
        description[table] = (columns, indexes)
    return description


@server_only
def test_server_schema_matches_sqlite_schema(db, tmp_path):
    server_schema = schema_description(db)
    database.close()

    sqlite_database = migrations.open_and_migrate(tmp_path / "compare.db")
    try:
        sqlite_schema = schema_description(sqlite_database)
    finally:
        database.close()

    assert sorted(server_schema) == sorted(sqlite_schema)
    for table, expected in sqlite_schema.items():
        assert server_schema[table] == expected, table


@server_only
def test_connects_again_after_the_server_closes_the_connection(admin_session):
    clients.create_client(admin_session, ClientInput("Ana", "Reconnected"))
    (pid,) = database.db.execute_sql("SELECT pg_backend_pid()").fetchone()
    with psycopg2.connect(server_database_url("postgres")) as other, other.cursor() as cursor:
        cursor.execute("SELECT pg_terminate_backend(%s)", (pid,))
    other.close()

    found = search.search_clients("reconnected")
    clients.create_client(admin_session, ClientInput("Bea", "Reconnected"))

    assert [client.first_name for client in found] == ["Ana"]
    assert len(search.search_clients("reconnected")) == 2
    (new_pid,) = database.db.execute_sql("SELECT pg_backend_pid()").fetchone()
    assert new_pid != pid
