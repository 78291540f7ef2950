"""Tests of the CSV exports of case-plan data."""

from __future__ import annotations

import csv
from datetime import date
from decimal import Decimal

import pytest

from casepoint_desktop.data.case_plan_models import (
    ActionStep,
    CaseManagerAssignment,
    CaseNote,
    ServiceTransaction,
)
from casepoint_desktop.data.lists import GoalStatus, ServiceType
from casepoint_desktop.data.models import AuditEntry, Provider
from casepoint_desktop.services import clients, exports
from casepoint_desktop.services.clients import ClientInput
from casepoint_desktop.services.errors import ServiceError, ValidationError
from casepoint_desktop.services.exports import ExportFilter
from tests.services.test_reports import add_goal

NOTE_TEXT = 'Met Nguyễn at the shelter, "quoted", and a comma, here.\nSecond line.'


@pytest.fixture
def records(admin_session):
    client = clients.create_client(admin_session, ClientInput("Ana", "Lopez"))
    other = Provider.create(name="Outside Provider")
    made = {}
    for name, day, provider in (
        ("early", date(2026, 1, 5), admin_session.provider),
        ("late", date(2026, 9, 5), admin_session.provider),
        ("other", date(2026, 2, 5), other),
    ):
        goal = add_goal(admin_session, client, "Housing", 0, day, provider=provider)
        user = admin_session.user
        made[name] = {
            "goal": goal,
            "step": ActionStep.create(
                goal=goal,
                description="Call the landlord",
                provider=provider,
                date_set=day,
                status=GoalStatus.get(GoalStatus.name == "In Progress"),
            ),
            "note": CaseNote.create(
                goal=goal, provider=provider, author=user, note_date=day, text=NOTE_TEXT
            ),
            "service": ServiceTransaction.create(
                client=client,
                goal=goal,
                provider=provider,
                service_type=ServiceType.select().first(),
                start_date=day,
                amount=Decimal("12.50"),
            ),
            "assignment": CaseManagerAssignment.create(
                client=client, user=user, provider=provider, start_date=day
            ),
        }
    return made


def read(folder, name) -> list[dict[str, str]]:
    with (folder / name).open(encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


def test_every_table_exported_with_stable_columns(admin_session, records, tmp_path):
    counts = exports.export_folder(admin_session, tmp_path, ExportFilter())

    assert counts == {table.file_name: 3 for table in exports.TABLES}
    for table in exports.TABLES:
        with (tmp_path / table.file_name).open(encoding="utf-8", newline="") as file:
            assert next(csv.reader(file)) == list(table.columns)
    goal = read(tmp_path, "goals.csv")[0]
    assert goal["date_set"] == "2026-01-05"
    assert goal["classification"] == "Housing"
    assert goal["outcome"] == ""
    assert read(tmp_path, "service_transactions.csv")[0]["amount"] == "12.50"


def test_filters_by_range_and_provider(admin_session, records, tmp_path):
    export_filter = ExportFilter(
        start=date(2026, 1, 1), end=date(2026, 6, 30), provider_ids=(admin_session.provider.id,)
    )

    counts = exports.export_folder(admin_session, tmp_path, export_filter)

    assert set(counts.values()) == {1}
    assert read(tmp_path, "case_notes.csv")[0]["case_note_id"] == str(records["early"]["note"].id)
    assert read(tmp_path, "action_steps.csv")[0]["goal_id"] == str(records["early"]["goal"].id)


def test_note_text_only_when_asked(admin_session, records, tmp_path):
    without = tmp_path / "without"
    with_text = tmp_path / "with"
    without.mkdir()
    with_text.mkdir()

    exports.export_folder(admin_session, without, ExportFilter())
    exports.export_folder(admin_session, with_text, ExportFilter(include_note_text=True))

    assert read(without, "case_notes.csv")[0]["text"] == ""
    assert read(without, "case_notes.csv")[0]["text_length"] == str(len(NOTE_TEXT))
    assert read(with_text, "case_notes.csv")[0]["text"] == NOTE_TEXT
    entries = AuditEntry.select().where(AuditEntry.record_type == "case_plan_data")
    assert [entry.action for entry in entries] == ["export", "export"]
    assert '"include_note_text": [null, true]' in list(entries)[1].changes


def test_bad_range_and_missing_folder_rejected(admin_session, tmp_path):
    with pytest.raises(ValidationError):
        exports.export_folder(
            admin_session, tmp_path, ExportFilter(start=date(2026, 2, 1), end=date(2026, 1, 1))
        )
    with pytest.raises(ServiceError, match="not a folder"):
        exports.export_folder(admin_session, tmp_path / "missing", ExportFilter())
