"""Tests of the first-start dialog: creating the agency and showing errors next to fields."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from casepoint_desktop.data.models import AgencySettings, Provider, User
from casepoint_desktop.services import setup
from casepoint_desktop.ui.setup_dialog import FIELD_NAMES, PASSWORDS_DIFFER, SetupDialog

GOOD_VALUES = {
    "agency_name": "Riverside Family Services",
    "provider_name": "Downtown Shelter",
    "username": "Ada.Admin",
    "first_name": "Ada",
    "last_name": "Ñúñez",
    "password": "correct horse battery",
    "password_confirmation": "correct horse battery",
}


@pytest.fixture
def dialog(qtbot, db):
    widget = SetupDialog()
    qtbot.addWidget(widget)
    return widget


def fill(dialog: SetupDialog, values: dict[str, str]) -> None:
    for name, text in values.items():
        dialog.field_edit(name).setText(text)


def press_create(qtbot, dialog: SetupDialog) -> None:
    qtbot.mouseClick(
        dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def shown_errors(dialog: SetupDialog) -> dict[str, str]:
    return {
        name: dialog.field_error_label(name).text()
        for name in FIELD_NAMES
        if not dialog.field_error_label(name).isHidden()
    }


def test_creates_agency_and_administrator(qtbot, dialog):
    fill(dialog, GOOD_VALUES)
    press_create(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.username == "ada.admin"
    assert AgencySettings.get().name == "Riverside Family Services"
    assert [provider.name for provider in Provider.select()] == ["Downtown Shelter"]
    administrator = User.get(User.username == "ada.admin")
    assert administrator.last_name == "Ñúñez"
    assert administrator.role == "administrator"
    assert not setup.needs_setup()


def test_empty_form_shows_each_field_error(qtbot, dialog):
    press_create(qtbot, dialog)

    errors = shown_errors(dialog)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert errors["agency_name"] == "The agency name is required."
    assert errors["provider_name"] == "The first provider's name is required."
    assert errors["first_name"] == "The administrator's first name is required."
    assert errors["last_name"] == "The administrator's last name is required."
    assert errors["username"] == "A user name is required."
    assert errors["password"].startswith("The password must have at least")
    assert "password_confirmation" not in errors
    assert setup.needs_setup()


def test_errors_keep_typed_values(qtbot, dialog):
    values = dict(GOOD_VALUES, password="short", password_confirmation="short")
    fill(dialog, values)
    press_create(qtbot, dialog)

    assert set(shown_errors(dialog)) == {"password"}
    for name, text in values.items():
        assert dialog.field_edit(name).text() == text, name
    assert dialog.focusWidget() is dialog.ui.password_edit


def test_confirmation_mismatch_with_other_errors(qtbot, dialog):
    fill(dialog, dict(GOOD_VALUES, agency_name="  ", password_confirmation="something else"))
    press_create(qtbot, dialog)

    errors = shown_errors(dialog)
    assert errors == {
        "agency_name": "The agency name is required.",
        "password_confirmation": PASSWORDS_DIFFER,
    }
    assert setup.needs_setup()


def test_corrected_errors_disappear(qtbot, dialog):
    fill(dialog, dict(GOOD_VALUES, first_name=""))
    press_create(qtbot, dialog)
    assert set(shown_errors(dialog)) == {"first_name"}
    assert (
        dialog.ui.first_name_edit.accessibleDescription()
        == "The administrator's first name is required."
    )

    fill(dialog, {"first_name": "Ada"})
    press_create(qtbot, dialog)

    assert shown_errors(dialog) == {}
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_invalid_username_message(qtbot, dialog):
    fill(dialog, dict(GOOD_VALUES, username="ada admin"))
    press_create(qtbot, dialog)

    assert shown_errors(dialog) == {
        "username": "Use only letters a–z, digits and . _ - @ in a user name."
    }


def test_already_set_up_shows_general_error(qtbot, dialog, admin_session):
    fill(dialog, GOOD_VALUES)
    press_create(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.ui.error_label.text() == "This database is already set up."
    assert not dialog.ui.error_label.isHidden()


def test_every_field_has_label(dialog):
    for name in FIELD_NAMES:
        label = getattr(dialog.ui, f"{name}_label")
        assert label.buddy() is dialog.field_edit(name), name
    create_button = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
    assert create_button.isDefault()
