"""Tests of the table model behind the ClientPoint results."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt

from casepoint_desktop.services import clients
from casepoint_desktop.services.clients import ClientInput
from casepoint_desktop.ui.models.client_search_model import (
    ALIAS_COLUMN,
    CLIENT_ID_COLUMN,
    CLIENT_ID_ROLE,
    COLUMN_HEADERS,
    DATE_OF_BIRTH_COLUMN,
    FIRST_NAME_COLUMN,
    LAST_NAME_COLUMN,
    MIDDLE_NAME_COLUMN,
    SORT_ROLE,
    SSN_LAST4_COLUMN,
    ClientSearchModel,
)


@pytest.fixture
def two_clients(admin_session):
    full = clients.create_client(
        admin_session,
        ClientInput(
            "Thị Minh",
            "Nguyễn",
            middle_name="Anh",
            alias="Minnie",
            date_of_birth=date(1990, 7, 4),
            ssn_last4="1234",
        ),
    )
    sparse = clients.create_client(admin_session, ClientInput("Łukasz", "Wójcik"))
    return full, sparse


def test_model_passes_qtmodeltester(qtmodeltester, two_clients):
    model = ClientSearchModel()
    model.set_clients(two_clients)

    qtmodeltester.check(model, force_py=True)


def test_empty_model_passes_qtmodeltester(qtmodeltester, db):
    qtmodeltester.check(ClientSearchModel(), force_py=True)


def test_display_text_of_full_row(two_clients):
    full, _ = two_clients
    model = ClientSearchModel()
    model.set_clients([full])

    def text(column: int) -> str:
        return model.index(0, column).data(Qt.ItemDataRole.DisplayRole)

    assert text(CLIENT_ID_COLUMN) == str(full.id)
    assert text(LAST_NAME_COLUMN) == "Nguyễn"
    assert text(FIRST_NAME_COLUMN) == "Thị Minh"
    assert text(MIDDLE_NAME_COLUMN) == "Anh"
    assert text(ALIAS_COLUMN) == "Minnie"
    assert text(DATE_OF_BIRTH_COLUMN) == "1990-07-04"
    assert text(SSN_LAST4_COLUMN) == "•••• 1234"


def test_missing_values_are_blank(two_clients):
    _, sparse = two_clients
    model = ClientSearchModel()
    model.set_clients([sparse])

    assert model.index(0, DATE_OF_BIRTH_COLUMN).data() == ""
    assert model.index(0, SSN_LAST4_COLUMN).data() == ""
    assert model.index(0, MIDDLE_NAME_COLUMN).data() == ""
    assert model.index(0, ALIAS_COLUMN).data() == ""


def test_client_id_role_in_every_column(two_clients):
    model = ClientSearchModel()
    model.set_clients(two_clients)

    for row, client in enumerate(two_clients):
        for column in range(model.columnCount()):
            assert model.index(row, column).data(CLIENT_ID_ROLE) == client.id


def test_headers():
    model = ClientSearchModel()

    headers = [
        model.headerData(column, Qt.Orientation.Horizontal) for column in range(len(COLUMN_HEADERS))
    ]

    assert headers == [
        "Client ID",
        "Last name",
        "First name",
        "Middle",
        "Alias",
        "Date of birth",
        "Last 4 of ID",
    ]
    assert model.headerData(0, Qt.Orientation.Vertical) is None


def test_sort_values_fold_names_and_keep_numbers(two_clients):
    full, _ = two_clients
    model = ClientSearchModel()
    model.set_clients([full])

    assert model.index(0, LAST_NAME_COLUMN).data(SORT_ROLE) == "nguyen"
    assert model.index(0, CLIENT_ID_COLUMN).data(SORT_ROLE) == full.id


def test_rows_are_read_only(two_clients):
    model = ClientSearchModel()
    model.set_clients(two_clients)

    flags = model.flags(model.index(0, 0))

    assert flags & Qt.ItemFlag.ItemIsSelectable
    assert not flags & Qt.ItemFlag.ItemIsEditable
    assert model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags


def test_row_of_client(two_clients):
    full, sparse = two_clients
    model = ClientSearchModel()
    model.set_clients(two_clients)

    assert model.row_of_client(full.id) == 0
    assert model.row_of_client(sparse.id) == 1
    assert model.row_of_client(sparse.id + 100) is None
