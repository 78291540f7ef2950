"""`casepoint-desktop self-test`: checks that an installation can open a database and build
its windows, without showing them.

It runs on a demo database in a temporary folder, so it touches no real data.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from casepoint_desktop.config import DATABASE_FILE_NAME
from casepoint_desktop.data import database
from casepoint_desktop.package_data import package_folder


def run_self_test(output: Callable[[str], None] = print) -> int:
    """Run the checks, writing one line per check to `output`; return 0 when all pass."""
    # The windows are built but never shown, so no display is needed.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    folder = Path(tempfile.mkdtemp(prefix="casepoint-self-test-"))
    checks = _checks(folder)
    failures = 0
    try:
        for name, check in checks:
            try:
                detail = check()
            except Exception as error:  # every failure is reported, then the next check runs
                failures += 1
                output(f"FAILED {name}: {type(error).__name__}: {error}")
            else:
                output(f"ok     {name}: {detail}")
    finally:
        database.close()
        shutil.rmtree(folder, ignore_errors=True)

    output(f"self-test: {len(checks) - failures} passed, {failures} failed")
    return 0 if failures == 0 else 1


def _checks(folder: Path) -> list[tuple[str, Callable[[], str]]]:
    state: dict[str, object] = {}

    def forms_installed() -> str:
        forms = [
            entry.name for entry in package_folder("forms").iterdir() if entry.name.endswith(".ui")
        ]
        if not forms:
            raise RuntimeError("no Designer forms installed in casepoint_desktop.forms")
        return f"{len(forms)} Designer forms"

    def database_opens() -> str:
        from casepoint_desktop.data.migrations import current_version, open_and_migrate

        database = open_and_migrate(folder / DATABASE_FILE_NAME)
        return f"schema version {current_version(database)}"

    def demo_logs_in() -> str:
        from casepoint_desktop.services import auth, demo

        credentials = demo.populate_demo()
        state["session"] = auth.log_in(credentials.username, credentials.password)
        return "demo data created and log-in succeeded"

    def windows_build() -> str:
        from casepoint_desktop.services.search import search_clients
        from casepoint_desktop.ui.main_window import MainWindow
        from casepoint_desktop.ui.start import create_application

        create_application()
        window = MainWindow(state["session"])  # type: ignore[arg-type]
        window.resize(1366, 768)
        found = search_clients("nguyen")
        if not found:
            raise RuntimeError("the demo client Nguyễn was not found by search")
        window.open_client(found[0].id)
        if window.grab().isNull():
            raise RuntimeError("the main window could not be drawn")
        window.close()
        return "main window, search and client record built"

    return [
        ("forms", forms_installed),
        ("database", database_opens),
        ("log-in", demo_logs_in),
        ("windows", windows_build),
    ]
