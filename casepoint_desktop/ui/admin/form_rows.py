"""Rows of a QFormLayout with a label, its buddy field and a red message below the field."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget


def add_field_row(form: QFormLayout, text: str, field: QWidget) -> QLabel:
    """Add a row with the label `text` (its buddy is `field`); return the row's error label.

    FieldErrors styles, fills and hides the error label.
    """
    label = QLabel(text, form.parentWidget())
    label.setBuddy(field)
    error_label = QLabel(form.parentWidget())
    column = QVBoxLayout()
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(field)
    column.addWidget(error_label)
    form.addRow(label, column)
    return error_label


def general_error_label(parent: QWidget) -> QLabel:
    """Return a label for messages that belong to no single field."""
    return QLabel(parent)
