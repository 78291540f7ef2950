"""Tests that committed saves survive SIGKILL, and that two processes can save at once.

Each test runs tests/safety/note_writer.py as child processes on a real database: an SQLite
file, or in a PostgreSQL run a server database (the two-process test only).
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import psycopg2
import pytest

from casepoint_desktop.data import database
from casepoint_desktop.services import clients
from casepoint_desktop.services.clients import ClientInput

ROOT = Path(__file__).resolve().parents[2]
KILLS = int(os.environ.get("CASEPOINT_TEST_KILLS", "25"))
CONCURRENT_SECONDS = float(os.environ.get("CASEPOINT_TEST_CONCURRENT_SECONDS", "60"))

pytestmark = pytest.mark.skipif(
    not hasattr(signal, "SIGKILL"), reason="SIGKILL exists only on Unix-like systems"
)


@pytest.fixture
def prepared_database(admin_session, db_target) -> Path | str:
    """A database with an agency, its administrator and one client, closed for the children."""
    clients.create_client(admin_session, ClientInput("Crash", "Test"))
    database.close()
    return db_target


def start_writer(target: Path | str, tag: str, seconds: float) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.safety.note_writer", str(target), tag, str(seconds)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def committed_ids(lines: list[str]) -> set[int]:
    # A line cut off by the kill has no newline yet; only whole lines count.
    return {int(line) for line in lines if line.isdigit()}


def stored_notes(target: Path | str) -> dict[int, str]:
    if isinstance(target, str):
        server = psycopg2.connect(dsn=target)
        try:
            with server.cursor() as cursor:
                cursor.execute("SELECT id, text FROM client_note")
                return dict(cursor.fetchall())
        finally:
            server.close()
    connection = sqlite3.connect(str(target))
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return dict(connection.execute("SELECT id, text FROM client_note"))
    finally:
        connection.close()


# A killed client cannot damage a server's database, so the kills test the SQLite file.
@pytest.mark.sqlite_only
def test_committed_saves_survive_sigkill(prepared_database):
    rng = random.Random(20261204)
    reported: set[int] = set()
    kills = 0

    for round_number in range(KILLS):
        child = start_writer(prepared_database, f"round{round_number}", 0)
        first_line = child.stdout.readline()
        assert first_line == "ready\n", child.communicate()[1]
        time.sleep(rng.uniform(0.0, 0.3))
        child.send_signal(signal.SIGKILL)
        # The pipe keeps what the child printed before it died.
        stdout, _ = child.communicate()
        lines = stdout.splitlines()
        kills += 1

        round_ids = committed_ids(lines)
        reported |= round_ids
        stored = stored_notes(prepared_database)
        missing = reported - stored.keys()
        assert not missing, f"round {round_number}: committed notes {sorted(missing)} were lost"
        for note_id in round_ids:
            assert stored[note_id].startswith(f"round{round_number} note ")

    assert kills == KILLS
    # Each round must have saved something, or the kills proved nothing.
    assert len(reported) >= KILLS
    print(f"\n{kills} kills survived, {len(reported)} committed notes all present")


def test_two_processes_save_at_once_without_lock_errors(prepared_database):
    writers = [start_writer(prepared_database, tag, CONCURRENT_SECONDS) for tag in ("pc1", "pc2")]
    outputs = [writer.communicate(timeout=CONCURRENT_SECONDS + 120) for writer in writers]

    stored = stored_notes(prepared_database)
    for writer, (stdout, stderr), tag in zip(writers, outputs, ("pc1", "pc2"), strict=True):
        assert writer.returncode == 0, stderr
        lines = stdout.splitlines()
        assert lines[-1] == "failed 0", stderr
        ids = committed_ids(lines)
        assert len(ids) > 10
        assert all(stored[note_id].startswith(f"{tag} note ") for note_id in ids)
    saved = [len(committed_ids(stdout.splitlines())) for stdout, _ in outputs]
    print(f"\nsaves in {CONCURRENT_SECONDS:.0f} s: pc1 {saved[0]}, pc2 {saved[1]}, none lost")
