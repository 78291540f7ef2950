"""Reading the text of a QPlainTextEdit exactly as the user typed it."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit

# QTextDocument separates paragraphs with U+2029, and Shift+Enter inserts U+2028.
_LINE_BREAKS = str.maketrans({"\u2029": "\n", "\u2028": "\n"})


def typed_text(edit: QPlainTextEdit) -> str:
    """Return the text of `edit` with "\\n" line breaks and every other character as typed.

    QPlainTextEdit.toPlainText() would turn no-break spaces (U+00A0) into plain spaces.
    """
    return edit.document().toRawText().translate(_LINE_BREAKS)
