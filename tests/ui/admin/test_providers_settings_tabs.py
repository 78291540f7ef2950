"""Tests of the Providers and Agency Settings tabs of the administration window."""

from __future__ import annotations

import pytest

from casepoint_desktop.data.models import AgencySettings, AuditEntry, Provider
from casepoint_desktop.services import users
from casepoint_desktop.ui.admin.providers_tab import ProviderDialog, ProvidersTab
from casepoint_desktop.ui.admin.settings_tab import SettingsTab
from tests.conftest import make_user
from tests.ui.admin.admin_helpers import run_dialogs_with
from tests.ui.record_helpers import type_text


@pytest.fixture
def providers_tab(qtbot, admin_session):
    widget = ProvidersTab(admin_session)
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def settings_tab(qtbot, admin_session):
    widget = SettingsTab(admin_session)
    qtbot.addWidget(widget)
    return widget


def test_add_provider(providers_tab, monkeypatch):
    def fill(dialog):
        type_text(dialog.name_edit, "Café Étoile Outreach")
        dialog.project_id_edit.setText("P-42")
        dialog.button_box.accepted.emit()

    run_dialogs_with(monkeypatch, fill)

    providers_tab.add_button.click()

    provider = Provider.get(Provider.name == "Café Étoile Outreach")
    assert provider.hmis_project_id == "P-42"
    assert providers_tab.selected_provider().id == provider.id


def test_rename_and_deactivate_provider(providers_tab, monkeypatch, admin_session):
    eastgate = users.create_provider(admin_session, "Eastgate")
    providers_tab.reload(eastgate.id)

    def fill(dialog):
        assert dialog.name_edit.text() == "Eastgate"
        dialog.name_edit.setText("Eastgate Outreach")
        dialog.active_check.setChecked(False)
        dialog.button_box.accepted.emit()

    run_dialogs_with(monkeypatch, fill)
    providers_tab.edit_button.click()

    eastgate = Provider.get_by_id(eastgate.id)
    assert eastgate.name == "Eastgate Outreach"
    assert not eastgate.active
    assert providers_tab.model.index(providers_tab.model.row_of(eastgate.id), 2).data() == "No"


def test_provider_dialog_errors(qtbot, admin_session):
    dialog = ProviderDialog(admin_session)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("downtown shelter")

    dialog.button_box.accepted.emit()

    assert "already exists" in dialog.field_errors.message("name")
    assert Provider.select().count() == 1


def test_home_provider_cannot_be_deactivated(qtbot, admin_session):
    make_user("casey")
    provider = Provider.get()
    dialog = ProviderDialog(admin_session, provider)
    qtbot.addWidget(dialog)
    dialog.active_check.setChecked(False)

    dialog.button_box.accepted.emit()

    assert "home provider" in dialog.field_errors.message("active")
    assert Provider.get().active


def test_settings_form_shows_saved_values(settings_tab):
    assert settings_tab.name_edit.text() == "Riverside Family Services"
    assert settings_tab.paper_size_combo.currentData() == "letter"
    assert settings_tab.spin_boxes["idle_lock_minutes"].value() == 15
    assert settings_tab.check_boxes["case_notes_editable"].isChecked()


def test_spin_boxes_within_limits(settings_tab):
    box = settings_tab.spin_boxes["password_min_length"]
    assert (box.minimum(), box.maximum()) == (8, 128)
    box = settings_tab.spin_boxes["idle_lock_minutes"]
    assert (box.minimum(), box.maximum()) == (1, 480)


def test_save_settings(settings_tab, qtbot):
    settings_tab.paper_size_combo.setCurrentIndex(settings_tab.paper_size_combo.findData("a4"))
    settings_tab.spin_boxes["idle_lock_minutes"].setValue(5)
    settings_tab.check_boxes["case_notes_deletable"].setChecked(False)

    with qtbot.waitSignal(settings_tab.settings_saved, timeout=1000):
        settings_tab.save_button.click()

    settings = AgencySettings.get()
    assert settings.paper_size == "a4"
    assert settings.idle_lock_minutes == 5
    assert not settings.case_notes_deletable
    assert settings_tab.saved_label.text() == "Settings saved."
    entry = AuditEntry.select().where(AuditEntry.record_type == "agency_settings").get()
    assert "idle_lock_minutes" in entry.changes


def test_blank_agency_name_shows_message(settings_tab):
    settings_tab.name_edit.setText("   ")

    settings_tab.save_button.click()

    assert settings_tab.field_errors.message("name") == "The agency name is required."
    assert AgencySettings.get().name == "Riverside Family Services"
    assert settings_tab.saved_label.text() == ""


def test_discard_changes(settings_tab):
    settings_tab.spin_boxes["lockout_minutes"].setValue(99)
    settings_tab.revert_button.click()
    assert settings_tab.spin_boxes["lockout_minutes"].value() == 15
