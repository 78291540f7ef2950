"""Tests that the windows can draw every script that the printouts can."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QLabel

from casepoint_desktop.ui.app_fonts import register_bundled_fonts


def test_bundled_fonts_registered_and_cover_devanagari(qtbot):
    register_bundled_fonts()
    label = QLabel("प्रिया शर्मा")
    qtbot.addWidget(label)
    label.show()

    assert "CasePoint Sans" in QFontDatabase.families()
    # The label's own font falls back to the bundled one for the letters it lacks.
    assert all(QFontMetrics(label.font()).inFontUcs4(ord(letter)) for letter in "परयशम")
