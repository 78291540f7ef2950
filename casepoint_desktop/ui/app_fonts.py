"""The printouts' bundled fonts, made available to the windows as well.

Without them a machine with no Devanagari font (or Arabic, Hebrew, Chinese, Japanese or
Korean font) drew those names as boxes in the search results and the Follow Up List, while
the printouts showed them. Qt falls back to the fonts registered here for any character
the window's own font lacks.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFontDatabase

from casepoint_desktop.printing.fonts import font_files

log = logging.getLogger(__name__)

_registered = False


def register_bundled_fonts() -> None:
    """Add the bundled font files to Qt's font database, once per process."""
    global _registered
    if _registered:
        return
    for path in font_files():
        if QFontDatabase.addApplicationFont(str(path)) == -1:
            log.warning("Qt could not load the bundled font %s", path.name)
    _registered = True
