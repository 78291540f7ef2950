"""Validation messages shown in red labels next to the fields of a form."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

ERROR_STYLE_SHEET = "color: #c62828;"


class FieldErrors:
    """The error label of each field of a form, filled from ValidationError.field_errors.

    A message for a field name without a label of its own goes to `general_label`, so no
    message is dropped.
    """

    def __init__(
        self,
        fields: dict[str, tuple[QWidget, QLabel]],
        general_label: QLabel,
    ) -> None:
        """Keep the (input widget, error label) pair of each field name and hide the labels."""
        self._fields = fields
        self._general_label = general_label
        for _, label in self._labels():
            label.setStyleSheet(ERROR_STYLE_SHEET)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.clear()

    def _labels(self) -> list[tuple[QWidget | None, QLabel]]:
        pairs: list[tuple[QWidget | None, QLabel]] = list(self._fields.values())
        pairs.append((None, self._general_label))
        return pairs

    def clear(self) -> None:
        """Hide every message."""
        for widget, label in self._labels():
            label.clear()
            label.hide()
            if widget is not None:
                widget.setAccessibleDescription("")

    def show(self, field_errors: dict[str, str]) -> None:
        """Show each message next to its field and move the focus to the first field in error.

        Previous messages are cleared first. The typed input is not touched.
        """
        self.clear()
        general_messages = []
        first_widget: QWidget | None = None
        for name, widget_and_label in self._fields.items():
            if name not in field_errors:
                continue
            widget, label = widget_and_label
            label.setText(field_errors[name])
            label.show()
            widget.setAccessibleDescription(field_errors[name])
            if first_widget is None:
                first_widget = widget
        for name, message in field_errors.items():
            if name not in self._fields:
                general_messages.append(message)

        if general_messages:
            self._general_label.setText("\n".join(general_messages))
            self._general_label.show()
        if first_widget is not None:
            first_widget.setFocus(Qt.FocusReason.OtherFocusReason)
        _grow_window_to_fit(self._general_label.window())

    def show_message(self, name: str, message: str) -> None:
        """Show `message` next to field `name`, keeping the other messages and the focus."""
        if name not in self._fields:
            general_texts = [text for text in (self._general_label.text(), message) if text]
            self._general_label.setText("\n".join(general_texts))
            self._general_label.show()
        else:
            widget, label = self._fields[name]
            label.setText(message)
            label.show()
            widget.setAccessibleDescription(message)
        _grow_window_to_fit(self._general_label.window())

    def message(self, name: str) -> str:
        """Return the message shown for field `name`, or "" when it has none."""
        if name in self._fields:
            return self._fields[name][1].text()
        return ""

    def general_message(self) -> str:
        """Return the messages shown for fields without a label of their own."""
        return self._general_label.text()


def _grow_window_to_fit(window: QWidget) -> None:
    """Make `window` tall enough for its word-wrapped messages, never shorter than it is.

    A layout's minimum size ignores the height that wrapped labels need at the current width,
    so without this a long message would be clipped.
    """
    layout = window.layout()
    if layout is None or not layout.hasHeightForWidth():
        return
    layout.activate()
    needed = layout.totalHeightForWidth(window.width())
    if needed > window.height():
        window.resize(window.width(), needed)
