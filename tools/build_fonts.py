"""Build resources/fonts/CasePointSans-{Regular,Bold}.ttf from the Noto fonts of Debian.

fpdf2 2.8.9 writes broken text (and "No font in show" errors in the PDF) when text shaping
meets a line that mixes Latin with Arabic or Hebrew taken from a fallback font. One font
that contains Latin, Greek, Cyrillic, Arabic, Hebrew and Devanagari avoids the fallback for
those scripts, so this script merges Noto Sans, Noto Sans Arabic, Noto Sans Hebrew and Noto
Sans Devanagari with fontTools and names the result "CasePoint Sans".

Run it with the project's Python on the folder where fonts-noto-core was unpacked:

    apt-get download fonts-noto-core && dpkg -x fonts-noto-core_*.deb /tmp/noto
    python tools/build_fonts.py /tmp/noto/usr/share/fonts/truetype/noto
"""

from __future__ import annotations

import argparse
from pathlib import Path

from fontTools.merge import Merger, Options
from fontTools.ttLib import TTFont

REPOSITORY = Path(__file__).resolve().parents[1]
FONTS_FOLDER = REPOSITORY / "resources" / "fonts"
FAMILY = "CasePoint Sans"
SOURCES = ("NotoSans", "NotoSansArabic", "NotoSansHebrew", "NotoSansDevanagari")


def merge_style(noto_folder: Path, style: str, output: Path) -> None:
    """Merge the four Noto fonts of `style` ("Regular" or "Bold") into `output`."""
    paths = [str(noto_folder / f"{source}-{style}.ttf") for source in SOURCES]
    # The vertical metrics tables are not in every source, and fontTools cannot merge them.
    font: TTFont = Merger(options=Options(drop_tables=["vhea", "vmtx"])).merge(paths)
    names = font["name"]
    postscript_name = f"{FAMILY.replace(' ', '')}-{style}"
    for record in list(names.names):
        if record.nameID == 1:
            names.setName(FAMILY, 1, record.platformID, record.platEncID, record.langID)
        elif record.nameID == 4:
            full_name = f"{FAMILY} {style}" if style != "Regular" else FAMILY
            names.setName(full_name, 4, record.platformID, record.platEncID, record.langID)
        elif record.nameID == 6:
            names.setName(postscript_name, 6, record.platformID, record.platEncID, record.langID)
        elif record.nameID in (3, 16, 17, 21, 22):
            names.removeNames(nameID=record.nameID)
    font.save(str(output))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("noto_folder", type=Path, help="folder with NotoSans-Regular.ttf etc.")
    parser.add_argument("--output", type=Path, default=FONTS_FOLDER, help="output folder")
    args = parser.parse_args()
    for style in ("Regular", "Bold"):
        output = args.output / f"CasePointSans-{style}.ttf"
        merge_style(args.noto_folder, style, output)
        print(f"Wrote {output} ({output.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
