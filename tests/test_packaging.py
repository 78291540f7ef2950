"""Tests that the wheel's package list names every package of the source tree."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_python_folder_is_a_listed_package():
    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"][
            "packages"
        ]
    )
    found = {
        ".".join(folder.relative_to(ROOT).parts)
        for folder in (ROOT / "casepoint_desktop").rglob("*")
        if folder.is_dir() and "__pycache__" not in folder.parts and any(folder.glob("*.py"))
    }
    found.add("casepoint_desktop")

    assert sorted(found - listed) == []
