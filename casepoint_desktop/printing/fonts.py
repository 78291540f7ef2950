"""The fonts that the printouts embed, shipped in resources/fonts with their licences.

CasePoint Sans (Noto Sans merged with Noto Sans Arabic, Hebrew and Devanagari) prints Latin,
Greek, Cyrillic, Arabic, Hebrew and Devanagari; Droid Sans Fallback prints Chinese, Japanese
and Korean.
resources/fonts/README.md lists where each file comes from.
"""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import TTFFont

from casepoint_desktop.package_data import package_folder

MAIN_FAMILY = "CasePointSans"
CJK_FAMILY = "DroidSansFallback"

MAIN_FILES = {"": "CasePointSans-Regular.ttf", "B": "CasePointSans-Bold.ttf"}
CJK_FILE = "DroidSansFallback.ttf"


def font_folder() -> Path:
    """Return the folder of the font files, installed or in a source checkout."""
    return Path(str(package_folder("resources") / "fonts"))


def font_files() -> list[Path]:
    """Return the paths of every font file the printouts use."""
    folder = font_folder()
    return [folder / name for name in (*MAIN_FILES.values(), CJK_FILE)]


def add_main_fonts(pdf: FPDF) -> None:
    """Register CasePoint Sans, regular and bold, with `pdf`."""
    folder = font_folder()
    for style, file_name in MAIN_FILES.items():
        pdf.add_font(MAIN_FAMILY, style, folder / file_name)


def add_cjk_font(pdf: FPDF) -> None:
    """Register Droid Sans Fallback with `pdf` as the fallback of regular and bold text.

    Loading its 3.3 MiB file took 0.3 to 0.6 s on a 2-core build machine, so callers add
    it only for documents that contain Chinese, Japanese or Korean characters.
    """
    pdf.add_font(CJK_FAMILY, "", font_folder() / CJK_FILE)
    # exact_match=False lets bold text use the regular CJK font, which has no bold style.
    pdf.set_fallback_fonts([CJK_FAMILY], exact_match=False)


def close_fonts(pdf: FPDF) -> None:
    """Close the font files that `pdf` opened; fpdf2 2.8.9 leaves them open."""
    for font in pdf.fonts.values():
        if isinstance(font, TTFFont):
            font.close()
