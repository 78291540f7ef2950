"""ServiceItemsSection and ServiceItemDialog: add, edit, delete, unit types and messages."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from casepoint_desktop.data.case_plan_models import ServiceTransaction
from casepoint_desktop.data.lists import ServiceType
from casepoint_desktop.services import service_items
from casepoint_desktop.services.service_items import ServiceItemInput
from casepoint_desktop.services.session import Role, Session
from casepoint_desktop.ui import messages
from casepoint_desktop.ui.dialogs.service_item_dialog import ServiceItemDialog, parse_decimal
from casepoint_desktop.ui.models.service_items_model import (
    AMOUNT_COLUMN,
    END_DATE_COLUMN,
    SERVICE_TYPE_COLUMN,
    UNITS_COLUMN,
    ServiceItemsModel,
)
from casepoint_desktop.ui.widgets.service_items_section import ServiceItemsSection
from tests.conftest import make_user
from tests.ui.goal_helpers import DialogRunner, make_goal
from tests.ui.record_helpers import RecordedAnswers, RecordedMessages, make_client, type_text


@pytest.fixture
def client(admin_session):
    return make_client(admin_session, "Nguyễn Thị", "Hương", date(1990, 7, 24))


@pytest.fixture
def goal(admin_session, client):
    return make_goal(admin_session, client)


@pytest.fixture(autouse=True)
def answers_yes(monkeypatch) -> RecordedAnswers:
    answers = RecordedAnswers(True)
    monkeypatch.setattr(messages, "ask_yes_no", answers)
    return answers


@pytest.fixture(autouse=True)
def shown_errors(monkeypatch) -> RecordedMessages:
    shown = RecordedMessages()
    monkeypatch.setattr(messages, "show_service_error", shown)
    monkeypatch.setattr(messages, "show_error", shown)
    return shown


def service_type(name: str) -> ServiceType:
    return ServiceType.get(ServiceType.name == name)


def add_item(session, goal, **changes) -> ServiceTransaction:
    values = {
        "service_type_id": service_type("Financial assistance").id,
        "provider_id": session.provider.id,
        "start_date": date(2026, 2, 15),
        "units": Decimal("1250"),
        "unit_type": "Dollars",
        "amount": Decimal("1250.5"),
    }
    values.update(changes)
    return service_items.create_service_item(session, goal.id, ServiceItemInput(**values))


def make_section(qtbot, session, goal) -> ServiceItemsSection:
    section = ServiceItemsSection(session, goal.id)
    qtbot.addWidget(section)
    section.show()
    return section


def make_dialog(qtbot, session, goal, item_id=None) -> ServiceItemDialog:
    dialog = ServiceItemDialog(session, goal.id, item_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def choose_type(dialog: ServiceItemDialog, name: str) -> None:
    combo = dialog.ui.service_type_combo
    combo.setCurrentIndex(combo.findData(service_type(name).id))


def test_model_passes_modeltester(qtmodeltester, admin_session, goal):
    add_item(admin_session, goal)
    add_item(
        admin_session,
        goal,
        service_type_id=service_type("Case management").id,
        start_date=date(2026, 3, 1),
        end_date=date(2026, 3, 2),
        units=Decimal("2.5"),
        unit_type="Hours",
        amount=None,
    )
    model = ServiceItemsModel(goal.id)
    model.reload()

    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.index(0, SERVICE_TYPE_COLUMN).data() == "Case management"
    assert model.index(0, UNITS_COLUMN).data() == "2.50 Hours"
    assert model.index(0, AMOUNT_COLUMN).data() == ""
    assert model.index(1, END_DATE_COLUMN).data() == ""
    assert model.index(1, AMOUNT_COLUMN).data() == "1,250.50"


def test_parse_decimal_cases():
    assert parse_decimal("") is None
    assert parse_decimal("  ") is None
    assert parse_decimal("12.5") == Decimal("12.5")
    assert parse_decimal("1,250.00") == Decimal("1250.00")
    for text in ("abc", "1.2.3", "NaN", "Infinity"):
        with pytest.raises(ValueError):
            parse_decimal(text)


def test_unit_type_follows_service_type(qtbot, admin_session, goal):
    dialog = make_dialog(qtbot, admin_session, goal)

    choose_type(dialog, "Case management")
    assert dialog.ui.unit_type_edit.text() == "Hours"

    choose_type(dialog, "Food")
    assert dialog.ui.unit_type_edit.text() == "Meals"

    dialog.ui.unit_type_edit.setText("Boxes")
    choose_type(dialog, "Transportation")
    assert dialog.ui.unit_type_edit.text() == "Boxes"


def test_add_item_blank_optionals_stay_null(qtbot, monkeypatch, admin_session, goal):
    section = make_section(qtbot, admin_session, goal)

    def fill(dialog: ServiceItemDialog) -> None:
        assert dialog.ui.start_date_edit.date() == date.today()
        choose_type(dialog, "Case management")
        dialog.ui.units_edit.setText("1.5")
        type_text(dialog.ui.notes_edit, "Gặp ở văn phòng — met at the office")

    monkeypatch.setattr(messages, "run_dialog", DialogRunner(fill))
    with qtbot.waitSignal(section.changed):
        section.ui.add_item_button.click()

    item = ServiceTransaction.get()
    assert item.client_id == goal.client_id
    assert item.goal_id == goal.id
    assert item.start_date == date.today()
    assert item.end_date is None
    assert item.amount is None
    assert item.units == Decimal("1.5")
    assert item.unit_type == "Hours"
    assert item.notes == "Gặp ở văn phòng — met at the office"
    assert section.model.rowCount() == 1


def test_dialog_shows_messages_beside_fields(qtbot, admin_session, goal):
    dialog = make_dialog(qtbot, admin_session, goal)
    dialog.ui.end_date_edit.set_date(date(2020, 1, 1))
    dialog.ui.amount_edit.setText("-5")

    dialog.accept()

    errors = dialog.field_errors
    assert errors.message("service_type") == "The service type is required."
    assert "is before the start date" in errors.message("end_date")
    assert "negative" in errors.message("amount")
    assert errors.message("units") == ""
    assert ServiceTransaction.select().count() == 0


def test_text_in_units_not_saved(qtbot, admin_session, goal):
    dialog = make_dialog(qtbot, admin_session, goal)
    choose_type(dialog, "Food")
    dialog.ui.units_edit.setText("three")

    dialog.accept()

    assert "is not a number" in dialog.field_errors.message("units")
    assert dialog.field_errors.message("service_type") == ""
    assert ServiceTransaction.select().count() == 0


def test_edit_item_keeps_decimals(qtbot, monkeypatch, admin_session, goal):
    item = add_item(admin_session, goal)
    section = make_section(qtbot, admin_session, goal)
    section.ui.items_view.selectRow(0)

    def fill(dialog: ServiceItemDialog) -> None:
        assert dialog.ui.amount_edit.text() == "1,250.50"
        dialog.ui.end_date_edit.set_date(date(2026, 2, 28))

    monkeypatch.setattr(messages, "run_dialog", DialogRunner(fill))
    with qtbot.waitSignal(section.changed):
        section.ui.edit_item_button.click()

    stored = ServiceTransaction.get_by_id(item.id)
    assert stored.end_date == date(2026, 2, 28)
    assert stored.amount == Decimal("1250.50")
    assert stored.units == Decimal("1250")
    assert stored.version == 2


def test_delete_item_asks_first(qtbot, admin_session, goal, answers_yes):
    add_item(admin_session, goal)
    section = make_section(qtbot, admin_session, goal)
    section.ui.items_view.selectRow(0)

    section.ui.delete_item_button.click()

    assert answers_yes.questions[0][0] == "Delete Service"
    assert ServiceTransaction.select().count() == 0


def test_delete_item_answer_no_keeps_it(qtbot, monkeypatch, admin_session, goal):
    add_item(admin_session, goal)
    monkeypatch.setattr(messages, "ask_yes_no", RecordedAnswers(False))
    section = make_section(qtbot, admin_session, goal)
    section.ui.items_view.selectRow(0)

    section.ui.delete_item_button.click()

    assert ServiceTransaction.select().count() == 1


def test_read_only_user_changes_nothing(qtbot, admin_session, goal):
    add_item(admin_session, goal)
    viewer = make_user("viewer", role=Role.READ_ONLY)
    section = make_section(qtbot, Session(user=viewer, provider=viewer.home_provider), goal)
    section.ui.items_view.selectRow(0)

    assert not section.ui.add_item_button.isEnabled()
    assert not section.ui.edit_item_button.isEnabled()
    assert not section.ui.delete_item_button.isEnabled()
