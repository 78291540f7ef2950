"""Folders of the Designer forms and the resources (icons, fonts) that ship with the program.

An installed wheel contains them as the packages `casepoint_desktop.forms` and
`casepoint_desktop.resources`. A source checkout run without installing has them as the
top-level folders `forms/` and `resources/`.
"""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

_SOURCE_ROOT = Path(__file__).resolve().parent.parent


def package_folder(name: str) -> Traversable:
    """Return the installed folder `name` ("forms" or "resources")."""
    try:
        return resources.files(f"casepoint_desktop.{name}")
    except ModuleNotFoundError:
        return _SOURCE_ROOT / name
