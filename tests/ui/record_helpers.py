"""Helpers for the client record tests: typing any script, making clients, message stand-ins."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from casepoint_desktop.data.models import Client
from casepoint_desktop.services import clients
from casepoint_desktop.services.clients import ClientInput
from casepoint_desktop.services.session import Session


def type_text(widget: QWidget, text: str) -> None:
    """Type `text` into `widget` one key event per character, in any script.

    qtbot.keyClicks aborts the process on a non-ASCII character, so each character goes as a
    Key_unknown press and release that carries the character as its text.
    """
    for character in text:
        for event_type in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(
                event_type, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, character
            )
            QApplication.sendEvent(widget, event)


def make_client(
    session: Session,
    first_name: str,
    last_name: str,
    date_of_birth: date | None = None,
    **other_fields,
) -> Client:
    """Insert a client through the service, as the Add Client dialog would."""
    data = ClientInput(
        first_name=first_name,
        last_name=last_name,
        date_of_birth=date_of_birth,
        **other_fields,
    )
    return clients.create_client(session, data)


class RecordedAnswers:
    """A stand-in for messages.ask_yes_no that returns `answer` and records each question."""

    def __init__(self, answer: bool) -> None:
        self.answer = answer
        self.questions: list[tuple[str, str]] = []

    def __call__(self, parent, title: str, text: str, default_yes: bool = False) -> bool:
        self.questions.append((title, text))
        return self.answer


class RecordedMessages:
    """A stand-in for messages.show_error and show_service_error that records each message."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []

    def __call__(self, parent, title: str, error_or_text, details: str = "") -> None:
        self.shown.append((title, str(error_or_text)))
