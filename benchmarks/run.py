"""Measure CasePoint Desktop on a large and a small generated database and print the figures.

Usage: python -m benchmarks.run [--large PATH] [--small PATH] [--repeat N] [--json FILE]

A database given by neither option is generated into .benchmark-cache/ (100,000 and 1,000
clients, seed 1) when it is missing there. Each figure is the median of N runs and is
printed beside its target. The in-process figures come from benchmarks.measure, run in a
subprocess per database.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import generate

CACHE_FOLDER = Path(__file__).resolve().parent.parent / ".benchmark-cache"
LARGE_CLIENTS = 100_000
SMALL_CLIENTS = 1_000
SEED = 1

BARE_WINDOW = (
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication, QWidget\n"
    "application = QApplication([])\n"
    "window = QWidget()\n"
    "window.show()\n"
    "QTimer.singleShot(0, application.quit)\n"
    "application.exec()\n"
)


def ensure_database(path: Path | None, name: str, clients: int) -> Path:
    """Return `path`, or the cached database `name`, generating it when missing."""
    if path is not None:
        return path
    CACHE_FOLDER.mkdir(exist_ok=True)
    cached = CACHE_FOLDER / name
    if not cached.exists():
        print(f"Generating {cached} with {clients:,} clients …", flush=True)
        started = time.perf_counter()
        generate.generate(cached, clients, SEED)
        print(f"Generated in {time.perf_counter() - started:.1f} s", flush=True)
    return cached


def quiet_environment(home: Path) -> dict[str, str]:
    """Return an environment for offscreen Qt whose log and settings folders are in `home`."""
    environment = dict(os.environ)
    environment["QT_QPA_PLATFORM"] = "offscreen"
    for variable in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        environment[variable] = str(home / variable.lower())
    return environment


def median_run_ms(command: list[str], environment: dict[str, str], repeat: int) -> float:
    """Return the median wall time of running `command` to its end, in milliseconds.

    Raises:
        RuntimeError: the command exited with a status other than 0.
    """
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        completed = subprocess.run(command, env=environment, capture_output=True, check=False)
        times.append((time.perf_counter() - started) * 1000)
        if completed.returncode != 0:
            raise RuntimeError(
                f"{' '.join(command)} exited with status {completed.returncode}: "
                f"{completed.stderr.decode(errors='replace')[-2000:]}"
            )
    return statistics.median(times)


def measure_start_up(path: Path, repeat: int, home: Path) -> dict[str, float]:
    """Time the program from process start to the log-in dialog, and a bare PySide6 window.

    "program_ms" ends when the dialog is painted; "ready_ms" ends when its event loop runs,
    after the database has opened behind it.
    """
    shown = quiet_environment(home)
    shown["CASEPOINT_EXIT_WHEN_SHOWN"] = "1"
    ready = dict(shown, CASEPOINT_EXIT_WHEN_SHOWN="ready")
    program = [sys.executable, "-m", "casepoint_desktop", "--database", str(path)]
    bare = [sys.executable, "-c", BARE_WINDOW]
    # One run first, so that the commands start with the files in the page cache.
    median_run_ms(program, ready, 1)
    median_run_ms(bare, shown, 1)
    return {
        "program_ms": median_run_ms(program, shown, repeat),
        "ready_ms": median_run_ms(program, ready, repeat),
        "bare_ms": median_run_ms(bare, shown, repeat),
    }


def measure_in_process(path: Path, repeat: int, home: Path, memory_only: bool = False) -> dict:
    command = [sys.executable, "-m", "benchmarks.measure", str(path), "--repeat", str(repeat)]
    if memory_only:
        command.append("--memory-only")
    completed = subprocess.run(
        command, env=quiet_environment(home), capture_output=True, text=True, check=False
    )
    if completed.returncode != 0:
        raise RuntimeError(f"benchmarks.measure failed on {path}: {completed.stderr[-3000:]}")
    return json.loads(completed.stdout.strip().splitlines()[-1])


def measure_database(path: Path, repeat: int) -> dict:
    """Return every figure of one database."""
    with tempfile.TemporaryDirectory(prefix="casepoint-bench-") as folder:
        home = Path(folder)
        figures = measure_in_process(path, repeat, home)
        figures["start_up"] = measure_start_up(path, repeat, home)
        figures["peak_rss_mb"] = measure_in_process(path, 1, home, memory_only=True)["peak_rss_mb"]
    figures["size_mb"] = path.stat().st_size / 1e6
    return figures


def verdict(met: bool) -> str:
    return "met" if met else "MISSED"


def table_rows(figures: dict) -> list[tuple[str, str, str, str]]:
    """Return (measurement, figure, target, verdict) rows for one database."""
    start_up = figures["start_up"]
    ratio = start_up["program_ms"] / start_up["bare_ms"]
    rows = [
        (
            "1. start to log-in dialog",
            f"{start_up['program_ms']:.0f} ms vs bare window {start_up['bare_ms']:.0f} ms "
            f"= {ratio:.2f}× (database open behind it: {start_up['ready_ms']:.0f} ms)",
            "≤ 1.5×",
            verdict(ratio <= 1.5),
        ),
        (
            f"2. log-in to main window ({figures['follow_ups']} follow-ups)",
            f"{figures['log_in_ms']:.0f} ms",
            "≤ 500 ms",
            verdict(figures["log_in_ms"] <= 500),
        ),
    ]
    for label, search in figures["search"].items():
        rows.append(
            (
                f"3. search {label} “{search['text']}”",
                f"worst key {search['worst_ms']:.1f} ms (“{search['worst_text']}”, SQL "
                f"{search['worst_sql_ms']:.1f} ms); all keys {search['ratio']:.1f}× SQL",
                "≤ 50 ms; ≤ 3×",
                f"{verdict(search['worst_ms'] <= 50)}; {verdict(search['ratio'] <= 3)}",
            )
        )
    plan = figures["case_plan"]
    rows += [
        (
            "4. open client record (200 notes, 30 goals)",
            f"{figures['record_ms']:.0f} ms",
            "≤ 300 ms",
            verdict(figures["record_ms"] <= 300),
        ),
        (
            "5. open goal dialog (500 case notes)",
            f"{figures['goal_dialog_ms']:.0f} ms",
            "≤ 300 ms",
            verdict(figures["goal_dialog_ms"] <= 300),
        ),
        (
            "6. case plan PDF (100 goals, 1,000 notes)",
            f"{plan['program_ms'] / 1000:.2f} s vs plain fpdf2 {plan['fpdf_ms'] / 1000:.2f} s "
            f"= {plan['program_ms'] / plan['fpdf_ms']:.2f}×",
            "≤ 3 s",
            verdict(plan["program_ms"] <= 3000),
        ),
        (
            "7. HMIS import (514 clients)",
            f"{figures['hmis_import']['clients_per_second']:.0f} clients/s "
            f"({figures['hmis_import']['seconds']:.2f} s)",
            "none",
            "—",
        ),
        (
            "8. peak RSS after a search",
            f"{figures['peak_rss_mb']:.0f} MB",
            "≤ 300 MB",
            verdict(figures["peak_rss_mb"] <= 300),
        ),
        (
            "   open + PRAGMA quick_check",
            f"open {figures['open_ms']:.0f} ms, quick_check {figures['quick_check_ms']:.0f} ms",
            "none",
            "—",
        ),
    ]
    return rows


def scaling_rows(large: dict, small: dict) -> list[tuple[str, str, str, str]]:
    """Return rows comparing large to small for search, record and goal dialog."""
    pairs = [
        (f"search {label}", large["search"][label]["worst_ms"], small["search"][label]["worst_ms"])
        for label in large["search"]
    ]
    pairs.append(("client record", large["record_ms"], small["record_ms"]))
    pairs.append(("goal dialog", large["goal_dialog_ms"], small["goal_dialog_ms"]))
    return [
        (
            f"large/small: {name}",
            f"{large_ms:.1f} / {small_ms:.1f} ms = {large_ms / small_ms:.2f}×",
            "≤ 2×",
            verdict(large_ms <= 2 * small_ms),
        )
        for name, large_ms, small_ms in pairs
    ]


def markdown_table(title: str, rows: list[tuple[str, str, str, str]]) -> str:
    lines = [f"### {title}", "", "| measurement | figure | target | |", "| --- | --- | --- | --- |"]
    lines += [f"| {' | '.join(row)} |" for row in rows]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--large", type=Path, help="large database (default: generated)")
    parser.add_argument("--small", type=Path, help="small database (default: generated)")
    parser.add_argument("--repeat", type=int, default=5, help="runs per figure (median)")
    parser.add_argument("--json", type=Path, help="also write every figure to this file")
    args = parser.parse_args(argv)

    large_path = ensure_database(args.large, "large.db", LARGE_CLIENTS)
    small_path = ensure_database(args.small, "small.db", SMALL_CLIENTS)
    results = {}
    for name, path in (("small", small_path), ("large", large_path)):
        print(f"Measuring {path} …", file=sys.stderr, flush=True)
        results[name] = measure_database(path, args.repeat)

    for name in ("large", "small"):
        figures = results[name]
        title = f"{name} database ({figures['size_mb']:.0f} MB)"
        print(markdown_table(title, table_rows(figures)))
    print(markdown_table("large against small", scaling_rows(results["large"], results["small"])))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
