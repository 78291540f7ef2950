"""Tests of the program as a process: Ctrl+C and SIGTERM close it and remove the demo folder."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

STARTUP_TIMEOUT_SECONDS = 60

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals only")


def start_demo(tmp_path: Path) -> tuple[subprocess.Popen, Path]:
    environment = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        TMPDIR=str(tmp_path / "tmp"),
        XDG_STATE_HOME=str(tmp_path / "state"),
        XDG_DATA_HOME=str(tmp_path / "data"),
    )
    (tmp_path / "tmp").mkdir()
    process = subprocess.Popen(
        [sys.executable, "-m", "casepoint_desktop", "--demo"],
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    return process, tmp_path / "state" / "CasePoint Desktop" / "log" / "casepoint.log"


def wait_for_log_in_dialog(process: subprocess.Popen, log_file: Path) -> None:
    """Wait until the program has opened the demo database a second time, for the log-in."""
    deadline = time.monotonic() + STARTUP_TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        assert process.poll() is None, "the program ended before the log-in dialog"
        if log_file.exists() and log_file.read_text().count("Opened database") >= 2:
            return
        time.sleep(0.1)
    process.kill()
    process.communicate()
    pytest.fail("the program did not reach the log-in dialog")


@pytest.mark.parametrize("signal_number", [signal.SIGINT, signal.SIGTERM])
def test_signal_closes_demo_and_removes_folder(tmp_path, signal_number):
    process, log_file = start_demo(tmp_path)
    wait_for_log_in_dialog(process, log_file)
    assert len(list((tmp_path / "tmp").glob("casepoint-demo-*"))) == 1

    process.send_signal(signal_number)
    try:
        _, error_output = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()

    assert process.returncode == 0
    assert list((tmp_path / "tmp").glob("casepoint-demo-*")) == []
    assert "Traceback" not in error_output.decode()
