"""A child process for the crash and concurrency tests: saves and updates client notes in a
loop.

Run as `python -m tests.safety.note_writer DATABASE TAG SECONDS`, where DATABASE is an
SQLite file or a PostgreSQL server URL. After each note's update
has committed it prints the note's id on its own line, so the parent can check which
saves must survive. It writes through the service layer, as the program does. With SECONDS
above zero it stops after that time and prints "failed N" for saves that raised an error.
"""

from __future__ import annotations

import sys
import time
from datetime import date
from pathlib import Path

from casepoint_desktop.data.database import is_server_url
from casepoint_desktop.data.migrations import open_and_migrate
from casepoint_desktop.data.models import Client, Provider, User
from casepoint_desktop.services import notes
from casepoint_desktop.services.errors import ServiceError
from casepoint_desktop.services.session import Session


def main() -> int:
    target, tag, seconds = sys.argv[1], sys.argv[2], float(sys.argv[3])
    open_and_migrate(target if is_server_url(target) else Path(target))
    user = User.select().order_by(User.id).first()
    session = Session(user, Provider.get_by_id(user.home_provider_id))
    client = Client.select().order_by(Client.id).first()
    deadline = time.monotonic() + seconds if seconds > 0 else None
    failed = 0
    number = 0
    print("ready", flush=True)
    while deadline is None or time.monotonic() < deadline:
        number += 1
        try:
            note = notes.create_note(session, client, date.today(), f"{tag} draft {number}")
            # An update reads before it writes, the case where SQLite can refuse a write
            # transaction at once instead of waiting for the other writer.
            notes.update_note(
                session,
                note.id,
                date.today(),
                f"{tag} note {number}",
                expected_version=note.version,
            )
        except ServiceError:
            failed += 1
            continue
        print(note.id, flush=True)
        # A person saves a few times a second at most. Without a pause a writer in a tight
        # loop can take the lock again before the other one's busy handler wakes up.
        time.sleep(0.002)
    print(f"failed {failed}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
