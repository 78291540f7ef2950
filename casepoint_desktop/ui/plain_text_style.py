"""The application style's rule that labels show their text as plain text.

QLabel's default text format guesses: text that looks like HTML is drawn as HTML. Labels
show names, aliases and agency names that users type or an HMIS export brings, so a client
named "<font size=7>Red</font>" was drawn huge and red, and an alias with <a href> became a
link. Every label, message boxes' included, is set to plain text as Qt polishes it before it
is first shown. A label that formats its own escaped HTML sets the RICH_TEXT_PROPERTY.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QProxyStyle

# Set to True on a label whose text is HTML that the program built and escaped itself.
RICH_TEXT_PROPERTY = "casepointRichText"


class PlainTextLabelStyle(QProxyStyle):
    """The platform's style, unchanged but for labels drawn as plain text."""

    def polish(self, target: Any) -> Any:
        if isinstance(target, QLabel) and not target.property(RICH_TEXT_PROPERTY):
            target.setTextFormat(Qt.TextFormat.PlainText)
        return super().polish(target)
