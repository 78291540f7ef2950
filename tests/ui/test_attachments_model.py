"""AttachmentsModel: columns, the padlock column, and the model checks of qtmodeltester."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from casepoint_desktop.services import attachments
from casepoint_desktop.services.attachments import AttachmentOwner
from casepoint_desktop.ui.models.attachments_model import (
    ADDED_BY_COLUMN,
    ADDED_FROM_COLUMN,
    ATTACHMENT_ROLE,
    DATE_ADDED_COLUMN,
    DESCRIPTION_COLUMN,
    FILE_NAME_COLUMN,
    PADLOCK_COLUMN,
    SIZE_COLUMN,
    AttachmentsModel,
    padlock_icon,
)
from tests.ui.attachment_helpers import add_case_note, write_file
from tests.ui.goal_helpers import make_goal
from tests.ui.record_helpers import make_client

DISPLAY = Qt.ItemDataRole.DisplayRole


@pytest.fixture
def client(admin_session):
    return make_client(admin_session, "Ana", "Lopez", date(1990, 7, 24))


@pytest.fixture
def model(qtbot, admin_session, client, tmp_path):
    goal = make_goal(admin_session, client)
    note = add_case_note(admin_session, goal)
    attachments.add_attachment(
        admin_session,
        AttachmentOwner.of_case_note(note.id),
        write_file(tmp_path, "visit.pdf", b"%PDF-" + b"x" * 3000),
        description="Signed\nreferral   form",
        locked=True,
    )
    attachments.add_attachment(
        admin_session, AttachmentOwner.of_client(client.id), write_file(tmp_path, "id.pdf")
    )
    model = AttachmentsModel(admin_session)
    model.set_owner(AttachmentOwner.of_client(client.id))
    return model


def cell(model, row, column, role=DISPLAY):
    return model.data(model.index(row, column), role)


def test_model_empty_passes_modeltester(qtmodeltester, admin_session, client):
    model = AttachmentsModel(admin_session)
    qtmodeltester.check(model)
    model.set_owner(AttachmentOwner.of_client(client.id))
    qtmodeltester.check(model)
    assert model.rowCount() == 0


def test_model_with_rows_passes_modeltester(qtmodeltester, model):
    qtmodeltester.check(model)
    assert model.rowCount() == 2


def test_model_columns_show_file_details(model, admin_session):
    # Newest first: id.pdf was added last.
    assert cell(model, 0, FILE_NAME_COLUMN) == "id.pdf"
    assert cell(model, 1, FILE_NAME_COLUMN) == "visit.pdf"
    assert cell(model, 1, DESCRIPTION_COLUMN) == "Signed referral form"
    assert cell(model, 1, DESCRIPTION_COLUMN, Qt.ItemDataRole.ToolTipRole) == (
        "Signed\nreferral   form"
    )
    assert cell(model, 1, SIZE_COLUMN) == "2.9 KB"
    alignment = cell(model, 1, SIZE_COLUMN, Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & Qt.AlignmentFlag.AlignRight
    assert cell(model, 1, DATE_ADDED_COLUMN) == date.today().isoformat()
    assert cell(model, 1, ADDED_BY_COLUMN) == "Ada Admin"
    assert cell(model, 1, ADDED_FROM_COLUMN) == "Case Note"
    assert cell(model, 0, ADDED_FROM_COLUMN) == "Client Profile"
    assert cell(model, 0, FILE_NAME_COLUMN, ATTACHMENT_ROLE).file_name == "id.pdf"


def test_padlock_column_has_icon_and_no_text(model):
    locked_row, open_row = 1, 0
    assert cell(model, locked_row, PADLOCK_COLUMN) is None
    assert cell(model, locked_row, PADLOCK_COLUMN, Qt.ItemDataRole.AccessibleTextRole) == "Locked"
    tooltip = cell(model, locked_row, PADLOCK_COLUMN, Qt.ItemDataRole.ToolTipRole)
    assert tooltip.startswith("Locked")
    assert "Downtown Shelter" in tooltip
    icon = cell(model, locked_row, PADLOCK_COLUMN, Qt.ItemDataRole.DecorationRole)
    assert not icon.isNull()
    assert cell(model, open_row, PADLOCK_COLUMN, Qt.ItemDataRole.DecorationRole) is None
    assert cell(model, open_row, PADLOCK_COLUMN, Qt.ItemDataRole.AccessibleTextRole) is None


def test_padlock_icon_renders(qapp):
    pixmap = padlock_icon().pixmap(16, 16)
    assert not pixmap.isNull()
    assert pixmap.toImage().pixelColor(8, 11).alpha() > 0


def test_model_without_owner_is_empty(model):
    model.set_owner(None)
    assert model.rowCount() == 0
