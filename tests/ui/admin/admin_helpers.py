"""Helpers for the administration tests: stand-ins for the modal dialog seam."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog

from casepoint_desktop.ui import messages


class DialogRunner:
    """A stand-in for messages.run_dialog that lets a test fill in each dialog.

    `fill` gets the dialog, types into it and presses its buttons. The runner returns the
    dialog's result, so a dialog that stayed open counts as cancelled.
    """

    def __init__(self, fill: Callable[[QDialog], None]) -> None:
        self.fill = fill
        self.dialogs: list[QDialog] = []

    def __call__(self, dialog: QDialog) -> int:
        self.dialogs.append(dialog)
        self.fill(dialog)
        return dialog.result()


def run_dialogs_with(monkeypatch, fill: Callable[[QDialog], None]) -> DialogRunner:
    runner = DialogRunner(fill)
    monkeypatch.setattr(messages, "run_dialog", runner)
    return runner
