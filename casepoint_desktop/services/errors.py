"""Exceptions that the service layer raises for the UI and the command line to show."""

from __future__ import annotations


class ServiceError(Exception):
    """Base of the errors a user can act on; the message is meant to be shown as it is."""


class ValidationError(ServiceError):
    """Input that breaks a rule.

    Attributes:
        field_errors: message per field name, for the UI to show next to each field.
    """

    def __init__(self, field_errors: dict[str, str]) -> None:
        self.field_errors = dict(field_errors)
        super().__init__("; ".join(f"{name}: {text}" for name, text in self.field_errors.items()))


class PermissionDenied(ServiceError):
    """The user's role or providers do not allow the operation."""


class NotFound(ServiceError):
    """The record does not exist (any more)."""
