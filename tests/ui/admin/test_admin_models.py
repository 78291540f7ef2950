"""Tests of the administration table models with qtmodeltester and their cell texts."""

from __future__ import annotations

import pytest

from casepoint_desktop.services import audit_log, users
from casepoint_desktop.services.audit_log import AuditFilter
from casepoint_desktop.services.session import Role
from casepoint_desktop.ui.admin import audit_model
from casepoint_desktop.ui.admin.admin_models import (
    ENTRY_STATUS_COLUMN,
    ENTRY_USAGE_COLUMN,
    MUST_CHANGE_COLUMN,
    ROLE_COLUMN,
    ROW_ROLE,
    ListEntriesModel,
    ListRow,
    ProvidersModel,
    UsersModel,
)
from casepoint_desktop.ui.admin.audit_model import AuditLogModel
from tests.conftest import make_user


@pytest.fixture
def users_model(admin_session):
    make_user("casey", Role.CASE_MANAGER)
    make_user("reader", Role.READ_ONLY)
    model = UsersModel()
    model.set_rows(users.list_users(admin_session))
    return model


def test_users_model_passes_qtmodeltester(qtmodeltester, users_model):
    qtmodeltester.check(users_model)


def test_users_model_cells(users_model):
    texts = {
        users_model.index(row, 0).data(): users_model.index(row, ROLE_COLUMN).data()
        for row in range(users_model.rowCount())
    }
    assert texts == {"admin": "Administrator", "casey": "Case Manager", "reader": "Read-only"}
    assert users_model.index(0, MUST_CHANGE_COLUMN).data() == "No"
    assert users_model.index(0, 0).data(ROW_ROLE).username == users_model.index(0, 0).data()


def test_providers_model_passes_qtmodeltester(qtmodeltester, admin_session):
    users.create_provider(admin_session, "Eastgate Outreach", "P-7")
    model = ProvidersModel()
    model.set_rows(users.list_providers())
    qtmodeltester.check(model)
    assert [model.index(row, 1).data() for row in range(2)] == ["", "P-7"]


def test_list_entries_model(qtmodeltester):
    model = ListEntriesModel()
    model.set_rows([ListRow(1, "Housing", False, 1), ListRow(2, "Legal", True, 1200)])
    qtmodeltester.check(model)
    assert model.index(0, ENTRY_USAGE_COLUMN).data() == "1 record"
    assert model.index(1, ENTRY_USAGE_COLUMN).data() == "1,200 records"
    assert model.index(0, ENTRY_STATUS_COLUMN).data() == ""
    assert model.index(1, ENTRY_STATUS_COLUMN).data() == "Retired"


def test_audit_model_passes_qtmodeltester(qtmodeltester, admin_session):
    model = AuditLogModel(admin_session)
    model.search(AuditFilter())
    qtmodeltester.check(model)
    assert model.rowCount() >= 1
    # Newest first: the log-in of the fixture came after the set-up.
    assert model.index(0, audit_model.ACTION_COLUMN).data() == "login"


def test_audit_model_loads_pages(qtmodeltester, admin_session, monkeypatch):
    monkeypatch.setattr(audit_model, "PAGE_SIZE", 3)
    for number in range(7):
        users.create_provider(admin_session, f"Provider {number}")
    audit_filter = AuditFilter(action="create", record_type="provider")
    assert audit_log.count(admin_session, audit_filter) == 7
    model = AuditLogModel(admin_session)
    model.search(audit_filter)

    assert model.rowCount() == 3
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 6
    model.fetchMore()
    assert model.rowCount() == 7
    assert not model.canFetchMore()
    qtmodeltester.check(model)


def test_audit_model_time_is_local(admin_session):
    model = AuditLogModel(admin_session)
    model.search(AuditFilter())
    entry = model.entry_at(0)
    expected = entry.timestamp.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    assert model.index(0, audit_model.TIME_COLUMN).data() == expected


def test_audit_model_changes_summary(admin_session):
    users.create_provider(admin_session, "Eastgate Outreach", "P-7")
    model = AuditLogModel(admin_session)
    model.search(AuditFilter(record_type="provider"))
    summary = model.index(0, audit_model.CHANGES_COLUMN).data()
    assert summary == "name: Eastgate Outreach; hmis_project_id: P-7"
    assert audit_log.describe_changes(model.entry_at(0)).count("\n") == 1
