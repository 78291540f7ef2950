"""Tests that the installed PySide6 has none of the binding bugs this program ran into."""

from __future__ import annotations

import sys
import warnings

from PySide6.QtCore import QObject, Signal


class _Sender(QObject):
    changed = Signal()


def _ignore() -> None:
    """Slot that does nothing."""


def test_emit_keeps_true_reference_count(qapp):
    # PySide6 6.12.0 returned True from emit() without a new reference, so each emit lowered
    # the count until the interpreter aborted ("bool_dealloc").
    sender = _Sender()
    before = sys.getrefcount(True)

    for _ in range(100):
        sender.changed.emit()

    assert sys.getrefcount(True) >= before - 5


def test_disconnect_keeps_bool_reference_counts(qapp):
    # PySide6 6.12.0 also returned True or False from disconnect() without a new reference.
    sender = _Sender()
    before = (sys.getrefcount(True), sys.getrefcount(False))

    for _ in range(50):
        sender.changed.connect(_ignore)
        sender.changed.disconnect(_ignore)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        for _ in range(50):
            sender.changed.disconnect(_ignore)

    after = (sys.getrefcount(True), sys.getrefcount(False))
    assert after[0] >= before[0] - 5
    assert after[1] >= before[1] - 5
