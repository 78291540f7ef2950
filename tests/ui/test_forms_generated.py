"""Check that the committed casepoint_desktop/ui/generated/ modules match forms/."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[2]
FORMS_FOLDER = REPOSITORY / "forms"
GENERATED_FOLDER = REPOSITORY / "casepoint_desktop" / "ui" / "generated"

# uic writes its version into this header line, so a newer uic alone does not fail the check.
VERSION_LINE_START = "## Created by: Qt User Interface Compiler version"


def comparable_lines(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if not line.startswith(VERSION_LINE_START)]


def test_every_form_has_generated_module():
    forms = {form.stem for form in FORMS_FOLDER.glob("*.ui")}
    modules = {module.stem.removeprefix("ui_") for module in GENERATED_FOLDER.glob("ui_*.py")}

    assert forms, "forms/ contains no .ui file"
    assert forms - modules == set(), "run: python tools/build_forms.py"
    assert modules - forms == set(), "generated modules without a form; delete them"


def test_generated_modules_up_to_date(tmp_path: Path):
    completed = subprocess.run(
        [sys.executable, str(REPOSITORY / "tools" / "build_forms.py"), "--output", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr

    stale = []
    for fresh in sorted(tmp_path.glob("ui_*.py")):
        committed = GENERATED_FOLDER / fresh.name
        if not committed.exists() or comparable_lines(committed) != comparable_lines(fresh):
            stale.append(fresh.name)
    assert stale == [], "out of date; run: python tools/build_forms.py"
