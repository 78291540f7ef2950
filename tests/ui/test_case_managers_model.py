"""CaseManagersModel: columns, order, roles and qtmodeltester."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from casepoint_desktop.services import case_managers
from casepoint_desktop.services.case_managers import AssignmentInput
from casepoint_desktop.ui.models.case_managers_model import (
    ACTIVE_COLUMN,
    ASSIGNMENT_ID_ROLE,
    ASSIGNMENT_ROLE,
    COLUMN_HEADERS,
    END_DATE_COLUMN,
    NAME_COLUMN,
    OTHER_AGENCY_TOOLTIP,
    OTHER_AGENCY_USES_PROGRAM_TOOLTIP,
    PHONE_COLUMN,
    PROVIDER_COLUMN,
    START_DATE_COLUMN,
    TITLE_COLUMN,
    CaseManagersModel,
)
from tests.ui.record_helpers import make_client

TODAY = date(2025, 6, 15)


@pytest.fixture
def client(admin_session):
    return make_client(admin_session, "Ana", "Silva", date(1985, 3, 1))


def assign(session, client, **fields):
    values = {
        "user_id": session.user.id,
        "provider_id": session.provider.id,
        "start_date": TODAY - timedelta(days=30),
    }
    values.update(fields)
    return case_managers.create_assignment(session, client.id, AssignmentInput(**values))


def text(model: CaseManagersModel, row: int, column: int) -> str:
    return model.data(model.index(row, column))


def test_model_passes_modeltester_empty(qtmodeltester, admin_session, client):
    model = CaseManagersModel(client.id)
    model.reload(TODAY)

    assert model.rowCount() == 0
    qtmodeltester.check(model)


def test_model_passes_modeltester_with_rows(qtmodeltester, admin_session, client):
    assign(admin_session, client, title="Lead")
    assign(admin_session, client, user_id=None, other_name="Jorge Ramírez")
    model = CaseManagersModel(client.id)
    model.reload(TODAY)

    assert model.rowCount() == 2
    qtmodeltester.check(model)


def test_model_headers(admin_session, client):
    model = CaseManagersModel(client.id)

    headers = [
        model.headerData(column, Qt.Orientation.Horizontal) for column in range(model.columnCount())
    ]

    assert headers == list(COLUMN_HEADERS)


def test_model_row_text(admin_session, client):
    assign(
        admin_session,
        client,
        title="Housing navigator",
        phone="319-555-0142",
        start_date=date(2025, 1, 2),
        end_date=date(2025, 12, 31),
    )
    model = CaseManagersModel(client.id)
    model.reload(TODAY)

    assert text(model, 0, NAME_COLUMN) == "Ada Admin"
    assert text(model, 0, TITLE_COLUMN) == "Housing navigator"
    assert text(model, 0, PROVIDER_COLUMN) == "Downtown Shelter"
    assert text(model, 0, PHONE_COLUMN) == "(319) 555-0142"
    assert text(model, 0, START_DATE_COLUMN) == "2025-01-02"
    assert text(model, 0, END_DATE_COLUMN) == "2025-12-31"
    assert text(model, 0, ACTIVE_COLUMN) == "Yes"


def test_model_blank_end_and_phone(admin_session, client):
    assign(admin_session, client)
    model = CaseManagersModel(client.id)
    model.reload(TODAY)

    assert text(model, 0, END_DATE_COLUMN) == ""
    assert text(model, 0, PHONE_COLUMN) == ""


def test_model_active_rows_first(admin_session, client):
    ended = assign(
        admin_session,
        client,
        title="Ended",
        start_date=date(2025, 3, 1),
        end_date=date(2025, 6, 14),
    )
    future = assign(admin_session, client, title="Future", start_date=date(2025, 7, 1))
    active = assign(admin_session, client, title="Active", start_date=date(2024, 1, 1))
    model = CaseManagersModel(client.id)
    model.reload(TODAY)

    order = [model.data(model.index(row, 0), ASSIGNMENT_ID_ROLE) for row in range(3)]

    assert order == [active.id, future.id, ended.id]
    assert text(model, 0, ACTIVE_COLUMN) == "Yes"
    assert text(model, 1, ACTIVE_COLUMN) == "No"
    assert text(model, 2, ACTIVE_COLUMN) == "No"


def test_model_active_on_end_date(admin_session, client):
    assign(admin_session, client, start_date=date(2025, 6, 1), end_date=TODAY)
    model = CaseManagersModel(client.id)
    model.reload(TODAY)

    assert text(model, 0, ACTIVE_COLUMN) == "Yes"


def test_model_roles_return_assignment(admin_session, client):
    assignment = assign(admin_session, client)
    model = CaseManagersModel(client.id)
    model.reload(TODAY)

    for column in range(model.columnCount()):
        index = model.index(0, column)
        assert model.data(index, ASSIGNMENT_ROLE).id == assignment.id
        assert model.data(index, ASSIGNMENT_ID_ROLE) == assignment.id
    assert model.row_of_assignment(assignment.id) == 0
    assert model.assignment_at(0).id == assignment.id


def test_model_other_agency_tooltips(admin_session, client):
    assign(admin_session, client, user_id=None, other_name="Jorge Ramírez")
    assign(
        admin_session,
        client,
        user_id=None,
        other_name="Rebecca Whitfield",
        other_agency_uses_program=True,
        start_date=TODAY - timedelta(days=60),
    )
    model = CaseManagersModel(client.id)
    model.reload(TODAY)
    tooltips = {
        text(model, row, NAME_COLUMN): model.data(
            model.index(row, NAME_COLUMN), Qt.ItemDataRole.ToolTipRole
        )
        for row in range(2)
    }

    assert tooltips["Jorge Ramírez"] == OTHER_AGENCY_TOOLTIP
    assert tooltips["Rebecca Whitfield"] == OTHER_AGENCY_USES_PROGRAM_TOOLTIP


def test_model_reload_sees_new_rows(admin_session, client):
    model = CaseManagersModel(client.id)
    model.reload(TODAY)
    assign(admin_session, client)

    model.reload(TODAY)

    assert model.rowCount() == 1
