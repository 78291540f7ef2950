"""Time the program's own code on one generated database and print the results as JSON.

Usage: python -m benchmarks.measure PATH [--repeat N] [--memory-only]

benchmarks/run.py starts this module once per database, so that the two databases never
share a process. Every figure is the median of N runs, in milliseconds unless the name
says otherwise. --memory-only logs in, opens the main window, runs the name searches and
prints the peak resident set size (VmHWM from /proc/self/status) and nothing else.

NOTE: each run adds audit entries (log-ins, record views, printouts) to the database, a
few dozen rows, and the HMIS import is rolled back.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from benchmarks import generate
from casepoint_desktop.data import database
from casepoint_desktop.data.migrations import open_and_migrate

HMIS_EXPORT = Path("/work/shared/data/hmis-csv-fy2026")

# Texts typed into the search field, one keystroke at a time. The client ID and date of
# birth are filled in from the database, because they depend on its size.
NAME_SEARCHES = {
    "name": "John Smith",
    "partial name": "Rodr",
    "accented name": "Nguyễn Thảo",
}


def median_ms(action: Callable[[], object], repeat: int) -> float:
    """Return the median wall time of `action` over `repeat` runs, in milliseconds."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


class QueryRecorder(logging.Handler):
    """Keeps the SQL and parameters of the queries that peewee logs at DEBUG level."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.queries: list[tuple[str, tuple]] = []

    def emit(self, record: logging.LogRecord) -> None:
        if isinstance(record.msg, tuple) and len(record.msg) == 2:
            sql, params = record.msg
            self.queries.append((sql, tuple(params or ())))


def log_in_window(application: QApplication):
    from casepoint_desktop.services import auth
    from casepoint_desktop.ui.main_window import MainWindow

    session = auth.log_in(generate.USERNAME, generate.PASSWORD)
    window = MainWindow(session)
    window.show()
    application.processEvents()
    return window


def close_window(application: QApplication, window) -> None:
    """Close and delete `window` as quitting does, so that nothing of it keeps running.

    Only closing runs the window's closeEvent(), which removes the idle lock's
    application-wide event filter. Each window that stayed hidden instead slowed every
    later event, and with the five windows of the log-in figure, opening the goal dialog
    took about 135 to 210 ms instead of 85 to 92 ms.
    """
    window.close()
    window.deleteLater()
    # Outside an event loop, processEvents() leaves deleteLater() requests queued.
    application.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    application.processEvents()


def search_texts(path: Path) -> dict[str, str]:
    """Return the typed texts: the name searches, a client ID and that client's birth date."""
    with sqlite3.connect(path) as connection:
        count = connection.execute("SELECT max(id) FROM client").fetchone()[0]
        client_id = min(54_321, count * 54 // 100)
        birth = connection.execute(
            "SELECT date_of_birth FROM client WHERE id = ?", (client_id,)
        ).fetchone()[0]
    return {**NAME_SEARCHES, "client ID": str(client_id), "date of birth": birth}


def measure_search(application, window, path: Path, repeat: int) -> dict[str, dict]:
    """Time each keystroke of each search text: the panel, and its SQL run with sqlite3."""
    panel = window.search_panel
    recorder = QueryRecorder()
    peewee_log = logging.getLogger("peewee")
    peewee_log.addHandler(recorder)
    peewee_log.setLevel(logging.DEBUG)
    raw = sqlite3.connect(path)
    results = {}
    for label, text in search_texts(path).items():
        keystrokes = []
        for length in range(1, len(text) + 1):
            prefix = text[:length]

            def type_prefix(prefix: str = prefix) -> None:
                panel.ui.search_edit.setText(prefix)
                panel.search_now()
                application.processEvents()

            recorder.queries.clear()
            type_prefix()
            queries = list(recorder.queries)
            program = median_ms(type_prefix, repeat)

            def run_sql(queries: list = queries) -> None:
                for sql, params in queries:
                    raw.execute(sql, params).fetchall()

            keystrokes.append(
                {
                    "text": prefix,
                    "program_ms": program,
                    "sql_ms": median_ms(run_sql, repeat),
                    "rows": panel.results_model.rowCount(),
                }
            )
        worst = max(keystrokes, key=lambda keystroke: keystroke["program_ms"])
        results[label] = {
            "text": text,
            "worst_ms": worst["program_ms"],
            "worst_text": worst["text"],
            "worst_sql_ms": worst["sql_ms"],
            "ratio": sum(k["program_ms"] for k in keystrokes)
            / max(sum(k["sql_ms"] for k in keystrokes), 1e-6),
            "keystrokes": keystrokes,
        }
    peewee_log.removeHandler(recorder)
    peewee_log.setLevel(logging.WARNING)
    raw.close()
    return results


def measure_record(application, window, repeat: int) -> float:
    """Time opening the record of the client with 200 notes and 30 goals as a tab."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        window.open_client(generate.RECORD_CLIENT_ID)
        application.processEvents()
        times.append((time.perf_counter() - started) * 1000)
        window.close_client_tab(window.tabs.currentIndex())
        application.processEvents()
    return statistics.median(times)


def measure_goal_dialog(application, window, repeat: int) -> float:
    from casepoint_desktop.ui.dialogs.goal_dialog import GoalDialog

    goal_id = generate.RECORD_CLIENT_GOALS + 1
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        dialog = GoalDialog(window.session, generate.GOAL_DIALOG_CLIENT_ID, goal_id, window)
        dialog.show()
        application.processEvents()
        times.append((time.perf_counter() - started) * 1000)
        dialog.hide()
        dialog.deleteLater()
        application.processEvents()
    return statistics.median(times)


def measure_case_plan(session, repeat: int) -> dict[str, float]:
    from fpdf import FPDF

    from casepoint_desktop.printing import fonts
    from casepoint_desktop.printing.options import CasePlanOptions
    from casepoint_desktop.printing.render import _texts
    from casepoint_desktop.services import printouts

    options = CasePlanOptions(client_id=generate.CASE_PLAN_CLIENT_ID)
    program = median_ms(lambda: printouts.print_case_plan(session, options), repeat)
    texts = list(_texts(printouts.collect_case_plan(session, options)))

    def plain_fpdf() -> bytes:
        pdf = FPDF()
        fonts.add_main_fonts(pdf)
        fonts.add_cjk_font(pdf)
        pdf.set_font(fonts.MAIN_FAMILY, size=10)
        pdf.add_page()
        for text in texts:
            pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        data = bytes(pdf.output())
        fonts.close_fonts(pdf)
        return data

    return {"program_ms": program, "fpdf_ms": median_ms(plain_fpdf, repeat)}


def measure_hmis_import(repeat: int) -> dict[str, float]:
    """Import the shared export into this database, roll it back and return clients per second."""
    from casepoint_desktop.data.database import db
    from casepoint_desktop.services import hmis_import

    rates = []
    seconds = []
    for _ in range(repeat):
        with db.atomic() as transaction:
            started = time.perf_counter()
            report = hmis_import.import_folder(HMIS_EXPORT)
            elapsed = time.perf_counter() - started
            transaction.rollback()
        clients = report.clients.created + report.clients.updated + report.clients.unchanged
        seconds.append(elapsed)
        rates.append(clients / elapsed)
    return {"clients_per_second": statistics.median(rates), "seconds": statistics.median(seconds)}


def peak_rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, help="generated database file")
    parser.add_argument("--repeat", type=int, default=5, help="runs per figure (median)")
    parser.add_argument("--memory-only", action="store_true", help="print peak memory only")
    args = parser.parse_args(argv)

    os.environ.setdefault("XDG_DATA_HOME", tempfile.mkdtemp(prefix="casepoint-bench-"))
    application = QApplication.instance() or QApplication(sys.argv)
    started = time.perf_counter()
    open_and_migrate(args.path)
    open_ms = (time.perf_counter() - started) * 1000

    if args.memory_only:
        window = log_in_window(application)
        measure_search(application, window, args.path, 1)
        print(json.dumps({"peak_rss_mb": peak_rss_mb()}))
        return 0

    connection = database.db.obj.connection()
    quick_check_ms = median_ms(
        lambda: connection.execute("PRAGMA quick_check").fetchall(), min(args.repeat, 3)
    )
    results: dict[str, object] = {"open_ms": open_ms, "quick_check_ms": quick_check_ms}

    log_in_times = []
    for _ in range(args.repeat):
        started = time.perf_counter()
        window = log_in_window(application)
        log_in_times.append((time.perf_counter() - started) * 1000)
        results["follow_ups"] = window.follow_up_dock.model.rowCount()
        close_window(application, window)
    results["log_in_ms"] = statistics.median(log_in_times)

    window = log_in_window(application)
    results["search"] = measure_search(application, window, args.path, args.repeat)
    results["record_ms"] = measure_record(application, window, args.repeat)
    results["goal_dialog_ms"] = measure_goal_dialog(application, window, args.repeat)
    results["case_plan"] = measure_case_plan(window.session, args.repeat)
    close_window(application, window)
    results["hmis_import"] = measure_hmis_import(max(1, args.repeat // 2))
    database.close()
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
