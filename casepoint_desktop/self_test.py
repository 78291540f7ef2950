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
        from casepoint_desktop.ui.app_fonts import register_bundled_fonts
        from casepoint_desktop.ui.main_window import MainWindow
        from casepoint_desktop.ui.start import create_application

        create_application()
        register_bundled_fonts()
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

    def printing_fonts() -> str:
        from datetime import date

        from casepoint_desktop.printing.documents import ClientNotesDocument, NoteEntry, PageHeading
        from casepoint_desktop.printing.fonts import font_files
        from casepoint_desktop.printing.render import render

        missing = [path.name for path in font_files() if not path.is_file()]
        if missing:
            raise RuntimeError(f"font files not installed: {', '.join(missing)}")
        # One name per font: Latin, Arabic and Hebrew use CasePoint Sans with text shaping,
        # Chinese and Korean use Droid Sans Fallback.
        names = "Nguyễn Ёлкина محمد שרה 王小明 김민준"
        heading = PageHeading("Self-test", "Client Notes", names, 1, None, date.today())
        pdf = render(ClientNotesDocument(heading, (NoteEntry(date.today(), "", "", names),)))
        if not pdf.startswith(b"%PDF"):
            raise RuntimeError("the rendered printout is not a PDF document")
        return f"printout with every font rendered ({len(pdf) // 1024} KiB)"

    return [
        ("forms", forms_installed),
        ("printing", printing_fonts),
        ("database", database_opens),
        ("log-in", demo_logs_in),
        ("windows", windows_build),
    ]
