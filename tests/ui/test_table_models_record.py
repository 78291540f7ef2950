"""ClientNotesModel and HouseholdModel: contents, roles, lazy loading and qtmodeltester."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTableView

from casepoint_desktop.data.models import Relationship
from casepoint_desktop.services import households, notes
from casepoint_desktop.ui.models import client_notes_model, household_model
from casepoint_desktop.ui.models.client_notes_model import (
    NOTE_ID_ROLE,
    NOTE_ROLE,
    PAGE_SIZE,
    ClientNotesModel,
)
from casepoint_desktop.ui.models.household_model import (
    MEMBER_ID_ROLE,
    MEMBER_ROLE,
    HouseholdModel,
)
from tests.ui.record_helpers import make_client

NO_PARENT = QModelIndex()


@pytest.fixture
def client(admin_session):
    return make_client(admin_session, "Ana", "Silva", date(1985, 3, 1))


def add_notes(session, client, count: int) -> list:
    first_day = date(2020, 1, 1)
    return [
        notes.create_note(session, client, first_day + timedelta(days=number), f"Note {number}")
        for number in range(count)
    ]


def relationship(hmis_code: int) -> Relationship:
    return Relationship.get(Relationship.hmis_code == hmis_code)


def test_notes_model_first_page_only(admin_session, client):
    add_notes(admin_session, client, PAGE_SIZE + 30)
    model = ClientNotesModel(client.id)

    assert model.rowCount() == 0
    assert model.canFetchMore(NO_PARENT)

    model.fetchMore(NO_PARENT)

    assert model.rowCount() == PAGE_SIZE
    assert model.canFetchMore(NO_PARENT)
    assert model.total_count() == PAGE_SIZE + 30


def test_notes_model_fetches_rest_lazily(admin_session, client):
    add_notes(admin_session, client, PAGE_SIZE + 30)
    model = ClientNotesModel(client.id)
    model.fetchMore(NO_PARENT)

    model.fetchMore(NO_PARENT)

    assert model.rowCount() == PAGE_SIZE + 30
    assert not model.canFetchMore(NO_PARENT)


def test_notes_model_exact_page_ends(admin_session, client):
    add_notes(admin_session, client, PAGE_SIZE)
    model = ClientNotesModel(client.id)
    model.fetchMore(NO_PARENT)
    assert model.canFetchMore(NO_PARENT)

    model.fetchMore(NO_PARENT)

    assert model.rowCount() == PAGE_SIZE
    assert not model.canFetchMore(NO_PARENT)


def test_notes_model_view_loads_on_scroll(qtbot, admin_session, client):
    add_notes(admin_session, client, 2 * PAGE_SIZE + 5)
    model = ClientNotesModel(client.id)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(600, 300)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: model.rowCount() == PAGE_SIZE)

    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > PAGE_SIZE)

    assert model.rowCount() == 2 * PAGE_SIZE


def test_notes_model_newest_first_with_columns(admin_session, client):
    created = add_notes(admin_session, client, 3)
    model = ClientNotesModel(client.id)
    model.fetchMore(NO_PARENT)

    newest = created[-1]
    assert model.rowCount() == 3
    assert model.index(0, client_notes_model.DATE_COLUMN).data() == "2020-01-03"
    assert model.index(0, client_notes_model.PROVIDER_COLUMN).data() == "Downtown Shelter"
    assert model.index(0, client_notes_model.AUTHOR_COLUMN).data() == "Ada Admin"
    assert model.index(0, client_notes_model.PREVIEW_COLUMN).data() == "Note 2"
    assert model.index(0, 0).data(NOTE_ID_ROLE) == newest.id
    assert model.index(0, 3).data(NOTE_ROLE).id == newest.id
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Date"


def test_notes_model_preview_one_line(admin_session, client):
    notes.create_note(admin_session, client, date(2024, 1, 1), "Line one\nline two\n" + "x" * 300)
    model = ClientNotesModel(client.id)
    model.fetchMore(NO_PARENT)

    preview = model.index(0, client_notes_model.PREVIEW_COLUMN).data()
    tooltip = model.index(0, client_notes_model.PREVIEW_COLUMN).data(Qt.ItemDataRole.ToolTipRole)

    assert "\n" not in preview
    assert preview.endswith("…")
    assert len(preview) == notes.PREVIEW_LENGTH
    assert len(tooltip) > len(preview)


def test_notes_model_reload_keeps_loaded_rows(admin_session, client):
    add_notes(admin_session, client, PAGE_SIZE + 30)
    model = ClientNotesModel(client.id)
    model.fetchMore(NO_PARENT)
    model.fetchMore(NO_PARENT)
    notes.create_note(admin_session, client, date.today(), "Newest")

    model.reload(minimum_rows=model.rowCount())

    assert model.rowCount() == PAGE_SIZE + 31
    assert model.index(0, client_notes_model.PREVIEW_COLUMN).data() == "Newest"


def test_notes_model_other_client_excluded(admin_session, client):
    other = make_client(admin_session, "Ben", "Okafor")
    add_notes(admin_session, other, 2)
    model = ClientNotesModel(client.id)
    model.fetchMore(NO_PARENT)

    assert model.rowCount() == 0
    assert not model.canFetchMore(NO_PARENT)


def test_notes_model_passes_modeltester(qtmodeltester, admin_session, client):
    add_notes(admin_session, client, PAGE_SIZE + 5)
    model = ClientNotesModel(client.id)
    model.fetchMore(NO_PARENT)

    qtmodeltester.check(model)


def test_household_model_empty_without_household(admin_session, client):
    model = HouseholdModel(client.id)
    model.reload()

    assert model.rowCount() == 0


def test_household_model_head_first_and_marked(admin_session, client):
    child = make_client(admin_session, "Zoë", "Silva")
    member = households.add_member(admin_session, client.id, child.id, relationship(2))
    model = HouseholdModel(client.id)
    model.reload()

    assert model.rowCount() == 2
    assert model.index(0, household_model.NAME_COLUMN).data() == "Ana Silva (this client)"
    assert model.index(0, household_model.RELATIONSHIP_COLUMN).data() == (
        "Self (head of household)"
    )
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(1, household_model.NAME_COLUMN).data() == "Zoë Silva"
    assert model.index(1, household_model.CLIENT_ID_COLUMN).data() == str(child.id)
    assert model.index(1, household_model.RELATIONSHIP_COLUMN).data() == "Child"
    assert model.index(1, 0).data(Qt.ItemDataRole.FontRole) is None
    assert model.index(1, 0).data(MEMBER_ID_ROLE) == member.id
    assert model.index(1, 2).data(MEMBER_ROLE).client_id == child.id


def test_household_model_missing_relationship(admin_session, client):
    child = make_client(admin_session, "Zoë", "Silva")
    households.add_member(admin_session, client.id, child.id, None)
    model = HouseholdModel(client.id)
    model.reload()

    assert model.index(1, household_model.RELATIONSHIP_COLUMN).data() == "Not recorded"


def test_household_model_no_head_column(admin_session, client):
    model = HouseholdModel(client.id)

    headers = [
        model.headerData(column, Qt.Orientation.Horizontal) for column in range(model.columnCount())
    ]

    assert headers == ["Name", "Client ID", "Relationship to head"]


def test_household_model_head_without_relationship(admin_session, client):
    child = make_client(admin_session, "Zoë", "Silva")
    households.add_member(admin_session, client.id, child.id, relationship(2))
    head = households.current_membership(client.id)
    head.relationship = None
    head.save()
    model = HouseholdModel(client.id)
    model.reload()

    assert model.index(0, household_model.RELATIONSHIP_COLUMN).data() == "Head of household"
    assert model.index(1, household_model.RELATIONSHIP_COLUMN).data() == "Child"


def test_household_model_reload_signals_reset(qtbot, admin_session, client):
    model = HouseholdModel(client.id)

    with qtbot.waitSignals([model.modelAboutToBeReset, model.modelReset]):
        model.reload()


def test_household_model_passes_modeltester(qtmodeltester, admin_session, client):
    for first_name in ("Zoë", "Дмитрий", "Αλέξανδρος"):
        member = make_client(admin_session, first_name, "Silva")
        households.add_member(admin_session, client.id, member.id, relationship(4))
    model = HouseholdModel(client.id)
    model.reload()

    qtmodeltester.check(model)
