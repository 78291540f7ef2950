"""Generate casepoint_desktop/ui/generated/ui_<name>.py from each forms/<name>.ui.

Run it with the project's Python after adding or changing a Designer form:

    python tools/build_forms.py                 # every forms/*.ui
    python tools/build_forms.py forms/x.ui      # only the forms named
    python tools/build_forms.py --output DIR    # into another folder

It runs the `pyside6-uic` installed next to that Python, so the generated code matches the
PySide6 version that imports it. `--no-autoconnection` leaves out `connectSlotsByName`,
because the dialogs connect their signals explicitly.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]
FORMS_FOLDER = REPOSITORY / "forms"
GENERATED_FOLDER = REPOSITORY / "casepoint_desktop" / "ui" / "generated"


def uic_executable() -> Path:
    """Return the path of the pyside6-uic script in the running Python's scripts folder.

    Raises:
        FileNotFoundError: PySide6 is not installed in this Python environment.
    """
    name = "pyside6-uic.exe" if sys.platform == "win32" else "pyside6-uic"
    path = Path(sys.executable).parent / name
    if not path.is_file():
        raise FileNotFoundError(
            f"{path} was not found. Install PySide6-Essentials into the environment of "
            f"{sys.executable}, or run this script with the Python of that environment."
        )
    return path


def generated_module_path(form: Path, output_folder: Path) -> Path:
    """Return where the module generated from `form` goes: `ui_<form stem>.py`."""
    return output_folder / f"ui_{form.stem}.py"


def build_form(form: Path, output_folder: Path) -> Path:
    """Run pyside6-uic on one form and return the path of the generated module.

    Raises:
        subprocess.CalledProcessError: uic rejected the form and printed the reason to stderr.
    """
    target = generated_module_path(form, output_folder)
    command = [str(uic_executable()), "--no-autoconnection", "--output", str(target), str(form)]
    subprocess.run(command, check=True)
    return target


def build_forms(forms: list[Path], output_folder: Path) -> list[Path]:
    """Generate a module for each form in `forms` and return their paths."""
    output_folder.mkdir(parents=True, exist_ok=True)
    return [build_form(form, output_folder) for form in forms]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Generate ui_<name>.py modules from .ui forms.")
    parser.add_argument(
        "forms",
        nargs="*",
        type=Path,
        help="the .ui files to build (default: every .ui file in forms/)",
    )
    parser.add_argument(
        "--output",
        type=Path,
        default=GENERATED_FOLDER,
        help="the folder for the generated modules (default: casepoint_desktop/ui/generated/)",
    )
    arguments = parser.parse_args(argv)

    forms = arguments.forms or sorted(FORMS_FOLDER.glob("*.ui"))
    try:
        for path in build_forms(forms, arguments.output):
            print(f"Wrote {path}")
    except FileNotFoundError as error:
        print(error, file=sys.stderr)
        return 1
    except subprocess.CalledProcessError as error:
        form = error.cmd[-1]
        print(f"pyside6-uic failed on {form} with exit code {error.returncode}.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
