"""messages: the seam through which every blocking dialog of the UI runs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from casepoint_desktop.ui import messages


class RecordedFolderDialog:
    """A stand-in for QFileDialog.getExistingDirectory that returns `folder`."""

    def __init__(self, folder: str) -> None:
        self.folder = folder
        self.calls: list[tuple[QWidget | None, str]] = []

    def __call__(self, parent: QWidget | None, title: str) -> str:
        self.calls.append((parent, title))
        return self.folder


def test_choose_folder_returns_path(qtbot, monkeypatch, tmp_path):
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = RecordedFolderDialog(str(tmp_path))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", dialog)

    folder = messages.choose_folder(parent, "Choose the export folder")

    assert folder == tmp_path
    assert isinstance(folder, Path)
    assert dialog.calls == [(parent, "Choose the export folder")]


def test_choose_folder_cancel_returns_none(monkeypatch):
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", RecordedFolderDialog(""))

    assert messages.choose_folder(None, "Choose the export folder") is None
