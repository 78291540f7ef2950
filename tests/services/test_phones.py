"""Tests of phone number normalising and formatting."""

from __future__ import annotations

import pytest

from casepoint_desktop.services.phones import format_phone, normalize_phone


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("(319) 555-0142", "+13195550142"),
        ("319.555.0142", "+13195550142"),
        ("+1 319 555 0142", "+13195550142"),
        ("319-555-0142 ext. 12", "+13195550142;ext=12"),
        ("+44 20 7946 0958", "+442079460958"),
        ("555-011-9975", "+15550119975"),
        ("  ", ""),
    ],
)
def test_normalize_phone(typed, stored):
    assert normalize_phone(typed) == stored


@pytest.mark.parametrize("typed", ["12", "phone", "+1 319 555 0142 999 9999"])
def test_impossible_phone_rejected(typed):
    with pytest.raises(ValueError, match="Enter a phone number such as"):
        normalize_phone(typed)


@pytest.mark.parametrize(
    ("stored", "shown"),
    [
        ("+13195550142", "(319) 555-0142"),
        ("+13195550142;ext=12", "(319) 555-0142 ext. 12"),
        ("+442079460958", "+44 20 7946 0958"),
        ("", ""),
        ("call the front desk", "call the front desk"),
    ],
)
def test_format_phone(stored, shown):
    assert format_phone(stored) == shown
