"""Tests of the HMIS CSV import: small exports written by the tests, and the shared export."""

from __future__ import annotations

import csv
import io
import json
import logging
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import peewee
import pytest

from casepoint_desktop.data import database
from casepoint_desktop.data.case_plan_models import ServiceTransaction
from casepoint_desktop.data.lists import ServiceType
from casepoint_desktop.data.models import (
    AgencySettings,
    AuditEntry,
    Client,
    ClientSearchTerm,
    Household,
    HouseholdMember,
    Provider,
)
from casepoint_desktop.services import hmis_import
from casepoint_desktop.services.errors import PermissionDenied
from casepoint_desktop.services.hmis_clients import ssn_last4, ssn_problem
from casepoint_desktop.services.hmis_codes import service_type_name
from casepoint_desktop.services.hmis_csv import parse_amount, parse_date, parse_timestamp
from casepoint_desktop.services.hmis_import import HmisImportError, ImportCancelled
from casepoint_desktop.services.hmis_names import cut_to_length
from casepoint_desktop.services.search import search_clients
from casepoint_desktop.services.session import Role, Session
from tests.conftest import HMIS_FOLDER, make_user

ORGANIZATION_CSV = """\
OrganizationID,OrganizationName,DateDeleted
"10","Harbor Outreach",
"""

PROJECT_CSV = """\
ProjectID,OrganizationID,ProjectName,DateDeleted
100,10,Harbor Shelter,
200,10,Harbor Rapid Rehousing,
"""

CLIENT_CSV = """\
PersonalID,FirstName,MiddleName,LastName,NameSuffix,SSN,SSNDataQuality,DOB,DOBDataQuality,Sex,DateDeleted
P1,Ana,,Lopez,,123456789,1,1985-03-02,1,0,
P2,Luis,M,Lopez,Jr.,,99,2010-06-15,1,1,
P3,Zoë,,O'Brien,,987654321,8,1970-01-01,8,,
"""

ENROLLMENT_CSV = """\
EnrollmentID,PersonalID,ProjectID,EntryDate,HouseholdID,RelationshipToHoH,DateDeleted
E1,P1,100,2022-01-10,H1,1,
E2,P2,100,2022-01-10,H1,2,
E3,P3,200,2022-03-01,H2,1,
"""

EXIT_CSV = """\
ExitID,EnrollmentID,PersonalID,ExitDate,DateDeleted
X1,E2,P2,2022-02-01,
"""

SERVICES_CSV = """\
ServicesID,EnrollmentID,PersonalID,DateProvided,RecordType,TypeProvided,FAAmount,DateDeleted
S1,E1,P1,2022-01-11,200,200,,
S2,E3,P3,2022-03-05,152,1,"1,250.50",
"""

BASE_FILES = {
    "Organization.csv": ORGANIZATION_CSV,
    "Project.csv": PROJECT_CSV,
    "Client.csv": CLIENT_CSV,
    "Enrollment.csv": ENROLLMENT_CSV,
    "Exit.csv": EXIT_CSV,
    "Services.csv": SERVICES_CSV,
}


def write_export(folder: Path, files: dict[str, str | bytes | None] | None = None) -> Path:
    """Write the base export to `folder`; `files` replaces files, or leaves one out with None."""
    folder.mkdir(parents=True, exist_ok=True)
    contents: dict[str, str | bytes | None] = {**BASE_FILES, **(files or {})}
    for name, content in contents.items():
        path = folder / name
        if content is None:
            path.unlink(missing_ok=True)
        elif isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8", newline="")
    return folder


@pytest.fixture
def export(tmp_path: Path) -> Path:
    return write_export(tmp_path / "export")


def client(personal_id: str) -> Client:
    return Client.get(Client.hmis_personal_id == personal_id)


def problems(report: hmis_import.ImportReport) -> list[tuple[str, int | None]]:
    return [(error.file, error.line) for error in report.errors]


def reason_at(report: hmis_import.ImportReport, file: str, line: int | None) -> str:
    matches = [error.reason for error in report.errors if (error.file, error.line) == (file, line)]
    assert matches, f"no problem reported at {file} line {line}: {report.errors}"
    return matches[0]


# Values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023-02-07", date(2023, 2, 7)),
        ("02/07/2023", date(2023, 2, 7)),
        ("2/7/2023", date(2023, 2, 7)),
        ("02-07-2023", date(2023, 2, 7)),
        ("02-07-2023 12:00:00", date(2023, 2, 7)),
        ("1990-07-24 00:00:00", date(1990, 7, 24)),
    ],
)
def test_parse_date_formats(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("02-07-2023 12:00:00", datetime(2023, 2, 7, 12, 0, 0)),
        ("2022-05-09 13:38:05", datetime(2022, 5, 9, 13, 38, 5)),
        ("2/7/2023 1:05 PM", datetime(2023, 2, 7, 13, 5)),
        ("2/7/2023 12:30 AM", datetime(2023, 2, 7, 0, 30)),
        ("2023-02-07T08:15", datetime(2023, 2, 7, 8, 15)),
    ],
)
def test_parse_timestamp_formats(text, expected):
    assert parse_timestamp(text) == expected


@pytest.mark.parametrize("text", ["2023-02-30", "13/01/2023", "07.02.2023", "yesterday", ""])
def test_parse_date_rejects(text):
    with pytest.raises(ValueError):
        parse_date(text)


def test_parse_amount():
    assert parse_amount("1,250.5") == Decimal("1250.50")
    assert parse_amount("$20") == Decimal("20.00")
    with pytest.raises(ValueError):
        parse_amount("NaN")
    with pytest.raises(ValueError):
        parse_amount("twenty")


@pytest.mark.parametrize(
    ("ssn", "quality", "expected"),
    [
        ("123456789", "1", "6789"),
        ("123-45-6789", "1", "6789"),
        ("xxxxx1234", "2", "1234"),
        ("12345xxxx", "2", None),
        ("123456789", "8", None),
        ("123456789", "9", None),
        ("123456789", "99", None),
        ("123456789", None, None),
        (None, "1", None),
        ("789", "2", None),
    ],
)
def test_ssn_last4_rules(ssn, quality, expected):
    assert ssn_last4(ssn, quality) == expected


def test_service_type_names():
    assert service_type_name(200, 200) == "Bed night"
    assert service_type_name(144, 2) == "SSVF service: Case management services"
    assert service_type_name(141, 99) == "PATH service (TypeProvided 99)"
    assert service_type_name(999, 5) == "HMIS service RecordType 999 TypeProvided 5"


# Small exports


def test_import_small_export(db, export):
    report = hmis_import.import_folder(export)

    assert report.errors == []
    assert report.clients.created == 3
    assert report.providers.created == 2
    assert report.households.created == 2
    assert report.members.created == 3
    assert report.services.created == 2

    ana = client("P1")
    assert (ana.first_name, ana.last_name, ana.date_of_birth) == ("Ana", "Lopez", date(1985, 3, 2))
    assert ana.ssn_last4 == "6789"
    assert ana.gender == "Female"
    assert ana.provider.name == "Harbor Shelter"
    luis = client("P2")
    assert (luis.middle_name, luis.suffix, luis.gender) == ("M", "Jr.", "Male")
    assert luis.ssn_last4 is None
    zoe = client("P3")
    assert zoe.ssn_last4 is None  # SSNDataQuality 8: the number is not trusted
    assert zoe.date_of_birth == date(1970, 1, 1)  # DOBDataQuality 8 with a valid date


def test_import_sets_agency_on_empty_database(db, export):
    report = hmis_import.import_folder(export)
    settings = AgencySettings.get()
    assert settings.name == "Harbor Outreach"
    assert settings.hmis_organization_id == "10"
    assert report.agency_name == "Harbor Outreach"


def test_import_keeps_agency_name(admin_session, export):
    hmis_import.import_folder(export, session=admin_session)
    settings = AgencySettings.get()
    assert settings.name == "Riverside Family Services"
    assert settings.hmis_organization_id == "10"


def test_project_with_provider_name_links_provider(admin_session, tmp_path):
    projects = "ProjectID,ProjectName\n100,Downtown Shelter\n200,Harbor Rapid Rehousing\n"
    folder = write_export(tmp_path / "export", {"Project.csv": projects})
    report = hmis_import.import_folder(folder, session=admin_session)
    assert report.providers.updated == 1
    assert report.providers.created == 1
    assert Provider.select().where(Provider.name == "Downtown Shelter").count() == 1
    assert Provider.get(Provider.name == "Downtown Shelter").hmis_project_id == "100"


def test_households_members_and_heads(db, export):
    hmis_import.import_folder(export)
    household = Household.get(Household.hmis_household_id == "H1")
    members = {member.client.hmis_personal_id: member for member in household.members}
    assert set(members) == {"P1", "P2"}
    assert members["P1"].is_head
    assert members["P1"].relationship.hmis_code == 1
    assert not members["P2"].is_head
    assert members["P2"].relationship.hmis_code == 2
    assert members["P2"].date_joined == date(2022, 1, 10)
    assert members["P2"].date_left == date(2022, 2, 1)
    assert members["P1"].date_left is None


def test_person_in_two_households(db, tmp_path):
    enrollments = ENROLLMENT_CSV + "E4,P2,200,2022-02-02,H3,1,\n"
    folder = write_export(tmp_path / "export", {"Enrollment.csv": enrollments})
    hmis_import.import_folder(folder)
    memberships = HouseholdMember.select().where(HouseholdMember.client == client("P2"))
    assert sorted(member.household.hmis_household_id for member in memberships) == ["H1", "H3"]


def test_two_enrollments_in_one_household_merge(db, tmp_path):
    enrollments = ENROLLMENT_CSV + "E4,P2,100,2022-06-01,H1,2,\n"
    folder = write_export(tmp_path / "export", {"Enrollment.csv": enrollments})
    report = hmis_import.import_folder(folder)

    assert report.errors == []
    members = HouseholdMember.select().where(HouseholdMember.client == client("P2"))
    assert len(members) == 1
    assert members[0].date_joined == date(2022, 1, 10)
    assert members[0].date_left is None  # E4 has no exit, so P2 still lives there


def test_household_without_head_gets_one(db, tmp_path):
    enrollments = """\
EnrollmentID,PersonalID,ProjectID,EntryDate,HouseholdID,RelationshipToHoH
E1,P1,100,2022-01-12,H1,2
E2,P2,100,2022-01-10,H1,2
E3,P3,200,2022-03-01,H2,1
"""
    folder = write_export(tmp_path / "export", {"Enrollment.csv": enrollments, "Exit.csv": None})
    report = hmis_import.import_folder(folder)

    heads = (
        HouseholdMember.select()
        .join(Household)
        .where((Household.hmis_household_id == "H1") & HouseholdMember.is_head)
    )
    assert [member.client.hmis_personal_id for member in heads] == ["P2"]
    assert heads[0].relationship.hmis_code == 1
    assert "no head of household" in reason_at(report, "Enrollment.csv", 3)


def test_household_with_two_heads_keeps_one(db, tmp_path):
    enrollments = """\
EnrollmentID,PersonalID,ProjectID,EntryDate,HouseholdID,RelationshipToHoH
E1,P1,100,2022-01-12,H1,1
E2,P2,100,2022-01-10,H1,1
E3,P3,200,2022-03-01,H2,1
"""
    folder = write_export(tmp_path / "export", {"Enrollment.csv": enrollments, "Exit.csv": None})
    report = hmis_import.import_folder(folder)

    members = {
        member.client.hmis_personal_id: member
        for member in Household.get(Household.hmis_household_id == "H1").members
    }
    assert members["P2"].is_head
    assert not members["P1"].is_head
    assert members["P1"].relationship is None
    assert "2 heads of household" in reason_at(report, "Enrollment.csv", 3)


def test_services_types_providers_and_amounts(db, export):
    hmis_import.import_folder(export)
    bed_night = ServiceTransaction.get(ServiceTransaction.hmis_services_id == "S1")
    assert bed_night.service_type.name == "Bed night"
    assert (bed_night.service_type.hmis_record_type, bed_night.service_type.hmis_type_provided) == (
        200,
        200,
    )
    assert bed_night.provider.name == "Harbor Shelter"
    assert bed_night.client.hmis_personal_id == "P1"
    assert bed_night.start_date == date(2022, 1, 11)
    assert bed_night.amount is None

    rent = ServiceTransaction.get(ServiceTransaction.hmis_services_id == "S2")
    assert rent.service_type.name == "SSVF financial assistance: Rental assistance"
    assert rent.provider.name == "Harbor Rapid Rehousing"
    assert rent.amount == Decimal("1250.50")


def test_search_terms_written(db, export):
    hmis_import.import_folder(export)
    assert [found.hmis_personal_id for found in search_clients("zoe")] == ["P3"]
    assert [found.hmis_personal_id for found in search_clients("obrien")] == ["P3"]
    assert {found.hmis_personal_id for found in search_clients("lopez")} == {"P1", "P2"}


def test_byte_order_mark_and_quoted_fields(db, tmp_path):
    clients = (
        '"PersonalID","FirstName","MiddleName","LastName","SSN","SSNDataQuality","DOB"\r\n'
        '"P1","Ana María",,"López, de la Cruz","123456789",1,1985-03-02\r\n'
        'P2,Luis,"",Lopez,,99,"2010-06-15"\r\n'
        '"P3","Zoë",,"O""Brien",,,\r\n'
    )
    folder = write_export(tmp_path / "export", {"Client.csv": "\ufeff" + clients})
    report = hmis_import.import_folder(folder)

    assert report.errors == []
    assert (client("P1").first_name, client("P1").last_name) == ("Ana María", "López, de la Cruz")
    assert client("P2").middle_name == ""
    assert client("P2").date_of_birth == date(2010, 6, 15)
    assert client("P3").last_name == 'O"Brien'


def test_columns_in_any_order_and_case(db, tmp_path):
    clients = "dob,LASTNAME,personalid,firstname\n1985-03-02,Lopez,P1,Ana\n"
    folder = write_export(tmp_path / "export", {"Client.csv": clients})
    hmis_import.import_folder(folder)
    assert (client("P1").first_name, client("P1").last_name) == ("Ana", "Lopez")
    assert client("P1").date_of_birth == date(1985, 3, 2)


def test_non_iso_dates(db, tmp_path):
    clients = """\
PersonalID,FirstName,LastName,DOB
P1,Ana,Lopez,03/02/1985
P2,Luis,Lopez,6/5/2010
P3,Zoë,O'Brien,12-31-1970
"""
    enrollments = """\
EnrollmentID,PersonalID,ProjectID,EntryDate,HouseholdID,RelationshipToHoH
E1,P1,100,01-10-2022 09:30:00,H1,1
E2,P2,100,1/10/2022,H1,2
E3,P3,200,2022-03-01,H2,1
"""
    services = """\
ServicesID,EnrollmentID,PersonalID,DateProvided,RecordType,TypeProvided
S1,E1,P1,1/11/2022,200,200
"""
    files = {"Client.csv": clients, "Enrollment.csv": enrollments, "Services.csv": services}
    folder = write_export(tmp_path / "export", files)
    report = hmis_import.import_folder(folder)

    assert report.errors == []
    assert client("P1").date_of_birth == date(1985, 3, 2)
    assert client("P2").date_of_birth == date(2010, 6, 5)
    assert client("P3").date_of_birth == date(1970, 12, 31)
    member = HouseholdMember.get(HouseholdMember.client == client("P1"))
    assert member.date_joined == date(2022, 1, 10)
    service = ServiceTransaction.get(ServiceTransaction.hmis_services_id == "S1")
    assert service.start_date == date(2022, 1, 11)


def test_bad_rows_reported_good_rows_imported(db, tmp_path):
    clients = CLIENT_CSV + ",Nobody,,Missing,,,,,,,\nP5,Bad,,Birthday,,,,1985-02-30,1,,\n"
    enrollments = ENROLLMENT_CSV + "E9,P404,100,2022-01-10,H9,1,\n"
    services = (
        SERVICES_CSV
        + "S3,E1,P404,2022-01-12,200,200,,\n"
        + "S4,E404,P1,2022-01-12,200,200,,\n"
        + "S5,E1,P1,not a date,200,200,,\n"
        + "S6,E1,P1,2022-01-13,bed,200,,\n"
        + "S1,E1,P1,2022-01-11,200,200,,\n"
        + "S7,E1,P1,2022-01-14,152,1,lots,\n"
    )
    files = {"Client.csv": clients, "Enrollment.csv": enrollments, "Services.csv": services}
    folder = write_export(tmp_path / "export", files)
    report = hmis_import.import_folder(folder)

    assert "PersonalID is missing" in reason_at(report, "Client.csv", 5)
    assert "DOB" in reason_at(report, "Client.csv", 6)
    assert "without a date of birth" in reason_at(report, "Client.csv", 6)
    assert "P404" in reason_at(report, "Enrollment.csv", 5)
    assert "P404" in reason_at(report, "Services.csv", 4)
    assert "E404" in reason_at(report, "Services.csv", 5)
    assert "DateProvided" in reason_at(report, "Services.csv", 6)
    assert "RecordType" in reason_at(report, "Services.csv", 7)
    assert "appears again" in reason_at(report, "Services.csv", 8)
    assert "FAAmount" in reason_at(report, "Services.csv", 9)
    assert report.rows_skipped == 7
    assert report.warnings == 2

    assert client("P5").date_of_birth is None
    assert Client.select().count() == 4
    assert ServiceTransaction.select().count() == 3
    assert ServiceTransaction.get(ServiceTransaction.hmis_services_id == "S7").amount is None
    assert str(report.errors[0]).startswith("Client.csv, line 5: ")


def test_problem_reports_hold_no_ssn(db, tmp_path):
    clients = CLIENT_CSV + "P1,Ana,,Lopez,,123456789,1,1985-03-02,1,0,\n"
    folder = write_export(tmp_path / "export", {"Client.csv": clients})
    report = hmis_import.import_folder(folder)
    assert report.errors
    assert all("123456789" not in str(error) for error in report.errors)


def test_deleted_rows_skipped(db, tmp_path):
    clients = CLIENT_CSV + "P4,Gone,,Away,,,,,,,2022-05-01 10:00:00\n"
    services = SERVICES_CSV + "S3,E1,P1,2022-01-12,200,200,,2022-05-01\n"
    folder = write_export(tmp_path / "export", {"Client.csv": clients, "Services.csv": services})
    report = hmis_import.import_folder(folder)
    assert report.rows_deleted == 2
    assert report.errors == []
    assert Client.get_or_none(Client.hmis_personal_id == "P4") is None
    assert ServiceTransaction.get_or_none(ServiceTransaction.hmis_services_id == "S3") is None


def test_missing_client_csv_changes_nothing(db, tmp_path):
    folder = write_export(tmp_path / "export", {"Client.csv": None})
    with pytest.raises(HmisImportError, match=r"Client\.csv is missing"):
        hmis_import.import_folder(folder)
    assert AgencySettings.select().count() == 0
    assert Provider.select().count() == 0
    assert ServiceType.select().count() == 0
    assert AuditEntry.select().count() == 0


def test_client_csv_without_personal_id_rejected(db, tmp_path):
    folder = write_export(tmp_path / "export", {"Client.csv": "FirstName,LastName\nAna,Lopez\n"})
    with pytest.raises(HmisImportError, match="no column PersonalID"):
        hmis_import.import_folder(folder)
    assert Client.select().count() == 0


def test_missing_folder_rejected(db, tmp_path):
    with pytest.raises(HmisImportError, match="does not exist"):
        hmis_import.import_folder(tmp_path / "nowhere")


def test_missing_optional_files_reported(db, tmp_path):
    files = {"Exit.csv": None, "Services.csv": None}
    folder = write_export(tmp_path / "export", files)
    report = hmis_import.import_folder(folder)

    assert ("Exit.csv", None) in problems(report)
    assert ("Services.csv", None) in problems(report)
    assert "date left" in reason_at(report, "Exit.csv", None)
    assert report.clients.created == 3
    assert report.rows_skipped == 0


def test_lower_case_file_names_found(db, tmp_path):
    folder = write_export(tmp_path / "export", {"Client.csv": None, "client.csv": CLIENT_CSV})
    report = hmis_import.import_folder(folder)
    assert report.clients.created == 3


def test_windows_1252_file_read_with_warning(db, tmp_path):
    clients = "PersonalID,FirstName,LastName\nP1,José,Álvarez\n".encode("cp1252")
    folder = write_export(tmp_path / "export", {"Client.csv": clients})
    report = hmis_import.import_folder(folder)
    assert (client("P1").first_name, client("P1").last_name) == ("José", "Álvarez")
    assert "Windows-1252" in reason_at(report, "Client.csv", None)


def test_second_import_changes_nothing(db, export):
    hmis_import.import_folder(export)
    report = hmis_import.import_folder(export)

    for kind in ("providers", "clients", "households", "members", "services"):
        counts = getattr(report, kind)
        assert (counts.created, counts.updated) == (0, 0), kind
    assert report.clients.unchanged == 3
    assert report.services.unchanged == 2
    assert report.members.unchanged == 3
    assert report.service_types_created == 0
    assert client("P1").version == 1


def test_changed_client_row_updates_client(db, tmp_path):
    folder = write_export(tmp_path / "export")
    hmis_import.import_folder(folder)
    changed = CLIENT_CSV.replace("P1,Ana,,Lopez,,123456789,1", "P1,Ana,,Nguyễn,,123454321,1")
    write_export(folder, {"Client.csv": changed})
    report = hmis_import.import_folder(folder)

    assert (report.clients.updated, report.clients.unchanged) == (1, 2)
    ana = client("P1")
    assert ana.last_name == "Nguyễn"
    assert ana.ssn_last4 == "4321"
    assert ana.version == 2
    assert [found.id for found in search_clients("nguyen")] == [ana.id]
    assert ana.id not in [found.id for found in search_clients("lopez")]


def test_changed_exit_and_service_rows_update(db, tmp_path):
    folder = write_export(tmp_path / "export")
    hmis_import.import_folder(folder)
    exits = EXIT_CSV + "X2,E3,P3,2022-04-01,\n"
    services = SERVICES_CSV.replace('"1,250.50"', "900")
    write_export(folder, {"Exit.csv": exits, "Services.csv": services})
    report = hmis_import.import_folder(folder)

    assert (report.members.updated, report.members.unchanged) == (1, 2)
    assert (report.households.updated, report.households.unchanged) == (1, 1)
    assert (report.services.updated, report.services.unchanged) == (1, 1)
    assert HouseholdMember.get(HouseholdMember.client == client("P3")).date_left == date(2022, 4, 1)
    rent = ServiceTransaction.get(ServiceTransaction.hmis_services_id == "S2")
    assert rent.amount == Decimal("900")
    assert rent.version == 2


def test_database_error_rolls_back(db, export, monkeypatch):
    def fail_on_services(run):
        raise peewee.OperationalError("database is locked")

    monkeypatch.setattr(hmis_import, "import_services", fail_on_services)
    with pytest.raises(HmisImportError, match="database is locked"):
        hmis_import.import_folder(export)
    assert Client.select().count() == 0
    assert AuditEntry.select().count() == 0


def test_cancel_rolls_back(db, tmp_path):
    rows = "".join(f"Q{number},First{number},,Last{number},,,,,,,\n" for number in range(1000))
    folder = write_export(tmp_path / "export", {"Client.csv": CLIENT_CSV + rows})
    calls = []

    def cancel_half_way(done: int, total: int) -> bool:
        calls.append((done, total))
        return done < total // 2

    with pytest.raises(ImportCancelled):
        hmis_import.import_folder(folder, progress=cancel_half_way)

    assert len(calls) > 1
    assert Client.select().count() == 0
    assert ClientSearchTerm.select().count() == 0
    assert Provider.select().count() == 0
    assert AgencySettings.select().count() == 0
    assert AuditEntry.select().count() == 0


def test_cancel_keeps_earlier_import(db, export):
    hmis_import.import_folder(export)
    with pytest.raises(ImportCancelled):
        hmis_import.import_folder(export, progress=lambda done, total: False)
    assert Client.select().count() == 3
    assert AuditEntry.select().where(AuditEntry.action == "import").count() == 1


def test_progress_ends_at_total(db, export):
    calls: list[tuple[int, int]] = []
    report = hmis_import.import_folder(export, progress=lambda *call: calls.append(call) is None)
    assert calls[0] == (0, report.rows_read)
    assert calls[-1] == (report.rows_read, report.rows_read)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)


def test_non_admin_session_rejected(admin_session, export):
    case_manager = make_user("casey", Role.CASE_MANAGER)
    session = Session(user=case_manager, provider=case_manager.home_provider)
    with pytest.raises(PermissionDenied):
        hmis_import.import_folder(export, session=session)
    assert Client.select().count() == 0


def test_audit_entry_counts_without_client_data(admin_session, export):
    hmis_import.import_folder(export, session=admin_session)
    entries = list(AuditEntry.select().where(AuditEntry.action == "import"))
    assert len(entries) == 1
    assert entries[0].user_id == admin_session.user.id
    changes = json.loads(entries[0].changes)
    assert changes["clients_created"] == [None, 3]
    assert changes["services_created"] == [None, 2]
    for secret in ("Ana", "Lopez", "6789", "123456789", "1985"):
        assert secret not in entries[0].changes
    assert client("P1").created_by_id == admin_session.user.id


def test_log_lines_hold_counts_only(db, export, caplog):
    caplog.set_level(logging.DEBUG, logger="casepoint_desktop")
    hmis_import.import_folder(export)
    assert "clients_created=3" in caplog.text
    for secret in ("Ana", "Lopez", "O'Brien", "6789", "123456789", "1985-03-02"):
        assert secret not in caplog.text


def test_summary_sentences(db, export):
    report = hmis_import.import_folder(export)
    summary = report.summary()
    assert "Clients: 3 created, 0 updated, 0 unchanged." in summary
    assert "Service transactions: 2 created, 0 updated, 0 unchanged." in summary
    assert "No problems were found." in summary


def test_summary_says_line_only_for_rows(db, tmp_path):
    clients = CLIENT_CSV + "P4,Bad,,Birthday,,,,1985-02-30,1,,\n"
    folder = write_export(tmp_path / "export", {"Client.csv": clients, "Exit.csv": None})
    report = hmis_import.import_folder(folder)

    assert ("Exit.csv", None) in problems(report)
    assert ("Client.csv", 5) in problems(report)
    summary = report.summary()
    assert "2 problems were found." in summary
    assert "Each is listed with its file, and with its line when it concerns one row." in summary
    assert "each is listed with its file and line" not in summary


# Malformed rows and values


def client_rows(*rows: list[str]) -> str:
    """Return CLIENT_CSV with `rows` added from line 5 on, quoted as CSV where needed."""
    text = io.StringIO()
    csv.writer(text, lineterminator="\n").writerows(rows)
    return CLIENT_CSV + text.getvalue()


def client_row(personal_id: str, first: str, last: str, **columns: str) -> list[str]:
    """Return a row of CLIENT_CSV's 11 columns; `columns` sets the others by header name."""
    header = CLIENT_CSV.splitlines()[0].split(",")
    values = {"PersonalID": personal_id, "FirstName": first, "LastName": last, **columns}
    return [values.get(name, "") for name in header]


def test_rows_with_wrong_field_count_skipped(db, tmp_path):
    header = CLIENT_CSV.splitlines()[0].split(",") + [f"Extra{n}" for n in range(27)]
    good = ["P1", "Ana", "", "Lopez", "", "", "99", "1985-03-02", "1", "0", ""] + [""] * 27
    short = ["P2", "Luis", "Lopez", "2010-06-15"]
    too_long = ["P3", "Zoë", "", "O'Brien"] + [""] * 36
    clients = "\n".join(",".join(row) for row in (header, good, short, too_long)) + "\n"
    services = SERVICES_CSV + "S3,E1,P1,2022-01-12\n"
    files = {"Client.csv": clients, "Services.csv": services}
    folder = write_export(tmp_path / "export", files)
    calls: list[tuple[int, int]] = []
    report = hmis_import.import_folder(folder, progress=lambda *call: calls.append(call) is None)

    assert len(header) == 38
    short_reason = reason_at(report, "Client.csv", 3)
    assert short_reason.startswith("The row has 4 fields; the header has 38.")
    assert "The row was skipped" in short_reason
    long_reason = reason_at(report, "Client.csv", 4)
    assert long_reason.startswith("The row has 40 fields; the header has 38.")
    assert "has 4 fields; the header has 8" in reason_at(report, "Services.csv", 4)
    assert [client.hmis_personal_id for client in Client.select()] == ["P1"]
    assert ServiceTransaction.get_or_none(ServiceTransaction.hmis_services_id == "S3") is None
    # Enrollments E2 and E3 name the skipped clients, so they are skipped too, and with
    # them exit X1 of E2 and service S2 of E3.
    assert report.rows_skipped == 7
    # The data rows of Client, Organization, Project, Enrollment, Exit and Services.csv.
    assert report.rows_read == 3 + 1 + 2 + 3 + 1 + 3
    assert calls[-1] == (report.rows_read, report.rows_read)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)


def test_export_row_wrong_field_count(db, tmp_path):
    export_csv = "ExportID,SourceName,ExportDate\n1,Harbor HMIS\n"
    files = {"Organization.csv": None, "Export.csv": export_csv}
    folder = write_export(tmp_path / "export", files)
    report = hmis_import.import_folder(folder)

    assert AgencySettings.get().name == "HMIS import"
    reason = reason_at(report, "Export.csv", 2)
    assert reason.startswith("The row has 2 fields; the header has 3")
    assert "SourceName was not used" in reason
    assert report.rows_skipped == 0


def test_export_csv_names_new_agency(db, tmp_path):
    export_csv = "ExportID,SourceName,ExportDate\n1,Harbor HMIS,2023-02-07\n"
    files = {"Organization.csv": None, "Export.csv": export_csv}
    folder = write_export(tmp_path / "export", files)
    hmis_import.import_folder(folder)
    assert AgencySettings.get().name == "Harbor HMIS"


def test_client_csv_without_last_name_rejected(db, tmp_path):
    folder = write_export(tmp_path / "export", {"Client.csv": "PersonalID,FirstName\nP1,Ana\n"})
    with pytest.raises(HmisImportError) as raised:
        hmis_import.import_folder(folder)

    message = str(raised.value)
    assert "Client.csv has no column LastName." in message
    assert "optional columns MiddleName, NameSuffix, SSN, SSNDataQuality, DOB and Sex" in message
    assert "Nothing was imported." in message
    assert Client.select().count() == 0
    assert AuditEntry.select().count() == 0


def test_client_csv_without_names_rejected(db, tmp_path):
    clients = "PersonalID,MiddleName,SSN,SSNDataQuality,DOB,Sex\nP1,,,99,,\n"
    folder = write_export(tmp_path / "export", {"Client.csv": clients})
    with pytest.raises(HmisImportError) as raised:
        hmis_import.import_folder(folder)

    message = str(raised.value)
    assert "Client.csv has no columns FirstName and LastName." in message
    assert "optional column NameSuffix." in message
    assert Client.select().count() == 0


def test_client_rows_without_names_skipped(db, tmp_path):
    clients = client_rows(
        client_row("P4", "", "Nolast"),
        client_row("P5", "Nofirst", "  "),
        client_row("P6", "", ""),
    )
    enrollments = ENROLLMENT_CSV + "E4,P4,100,2022-01-10,H4,1,\n"
    files = {"Client.csv": clients, "Enrollment.csv": enrollments}
    folder = write_export(tmp_path / "export", files)
    report = hmis_import.import_folder(folder)

    assert reason_at(report, "Client.csv", 5).startswith("FirstName of PersonalID P4 is empty.")
    assert reason_at(report, "Client.csv", 6).startswith("LastName of PersonalID P5 is empty.")
    assert reason_at(report, "Client.csv", 7).startswith(
        "FirstName and LastName of PersonalID P6 are empty."
    )
    assert "the row was skipped" in reason_at(report, "Client.csv", 7)
    assert "P4" in reason_at(report, "Enrollment.csv", 5)
    assert report.rows_skipped == 4
    assert report.warnings == 0
    assert Client.select().count() == 3
    assert Client.select().where((Client.first_name == "") | (Client.last_name == "")).count() == 0


def test_empty_last_name_keeps_imported_client(db, tmp_path):
    folder = write_export(tmp_path / "export")
    hmis_import.import_folder(folder)
    write_export(folder, {"Client.csv": CLIENT_CSV.replace("P1,Ana,,Lopez", "P1,Ana,,")})
    report = hmis_import.import_folder(folder)

    assert "LastName of PersonalID P1 is empty" in reason_at(report, "Client.csv", 2)
    assert client("P1").last_name == "Lopez"
    assert report.members.unchanged == 3  # P1's enrollment still finds the client
    assert report.services.unchanged == 2


@pytest.mark.parametrize(
    ("ssn", "quality", "expected"),
    [
        ("12345", "1", None),
        ("1234567890", "1", None),
        ("xxx-xx-1234", "2", "1234"),
        ("XXXXX1234", "2", "1234"),
        ("123 45 6789", "1", "6789"),
        ("12345678a", "1", None),
        ("12345678٩", "1", None),  # ARABIC-INDIC DIGIT NINE is a digit, but not 0-9
        ("1234567890", "8", None),
    ],
)
def test_ssn_last4_needs_nine_characters(ssn, quality, expected):
    assert ssn_last4(ssn, quality) == expected


def test_ssn_problem_hides_the_number():
    assert ssn_problem("123456789") is None
    assert ssn_problem("xxxxx1234") is None
    short = ssn_problem("12345")
    assert short == "has a length of 5 once dashes and spaces are removed, not 9"
    assert "12345" not in short
    assert ssn_problem("12345678a") == (
        "contains characters other than digits, x, dashes and spaces"
    )


def test_invalid_ssn_reported_without_last_four(db, db_target, tmp_path, caplog):
    caplog.set_level(logging.DEBUG, logger="casepoint_desktop")
    clients = client_rows(
        client_row("P4", "Short", "Number", SSN="12345", SSNDataQuality="1"),
        client_row("P5", "Long", "Number", SSN="1234567890", SSNDataQuality="1"),
        client_row("P6", "Not", "Reported", SSN="1234567890", SSNDataQuality="9"),
        client_row("P7", "No", "Number", SSN="", SSNDataQuality="1"),
    )
    folder = write_export(tmp_path / "export", {"Client.csv": clients})
    report = hmis_import.import_folder(folder)

    assert client("P4").ssn_last4 is None
    assert client("P5").ssn_last4 is None
    assert "SSN of PersonalID P4 has a length of 5" in reason_at(report, "Client.csv", 5)
    assert "SSN of PersonalID P5 has a length of 10" in reason_at(report, "Client.csv", 6)
    assert "without the last four digits" in reason_at(report, "Client.csv", 6)
    assert problems(report) == [("Client.csv", 5), ("Client.csv", 6)]
    assert report.warnings == 2
    assert report.rows_skipped == 0
    for secret in ("12345", "2345", "7890"):
        assert all(secret not in str(error) for error in report.errors), secret
        assert secret not in caplog.text, secret

    database.close()
    # The files are SQLite's: the database file and its write-ahead log.
    if isinstance(db_target, Path):
        files = db_target.parent.glob(db_target.name + "*")
        content = b"".join(path.read_bytes() for path in files)
        assert b"1234567890" not in content


def test_nul_in_id_skips_row(db, tmp_path):
    clients = client_rows(client_row("P\x004", "Nul", "Id"))
    services = SERVICES_CSV + "S\x003,E1,P1,2022-01-12,200,200,,\n"
    files = {"Client.csv": clients, "Services.csv": services}
    folder = write_export(tmp_path / "export", files)
    report = hmis_import.import_folder(folder)

    client_reason = reason_at(report, "Client.csv", 5)
    assert client_reason.startswith("PersonalID contains a NUL character (U+0000)")
    assert client_reason.endswith("The row was skipped.")
    assert "ServicesID contains a NUL character" in reason_at(report, "Services.csv", 4)
    assert all("\x00" not in str(error) for error in report.errors)
    assert report.rows_skipped == 2
    assert Client.select().count() == 3
    assert ServiceTransaction.select().count() == 2


def test_nul_in_name_removed(db, tmp_path):
    clients = client_rows(
        client_row("P4", "An\x00a", "Ló\x00pez", MiddleName="\x00"),
        client_row("P5", "\x00", "Onlynul"),
    )
    folder = write_export(tmp_path / "export", {"Client.csv": clients})
    report = hmis_import.import_folder(folder)

    reason = reason_at(report, "Client.csv", 5)
    assert reason == "The NUL character (U+0000) was removed from FirstName, MiddleName, LastName."
    assert (client("P4").first_name, client("P4").last_name) == ("Ana", "López")
    assert client("P4").middle_name == ""
    # A first name of only a NUL character is empty once the character is removed.
    assert Client.get_or_none(Client.hmis_personal_id == "P5") is None
    reasons_line_6 = [error.reason for error in report.errors if error.line == 6]
    assert len(reasons_line_6) == 2
    assert "FirstName of PersonalID P5 is empty" in reasons_line_6[1]
    for stored in Client.select():
        assert "\x00" not in stored.display_name, stored.hmis_personal_id


def test_cut_to_length_keeps_marks_with_letters():
    assert cut_to_length("Ana", 100) == "Ana"
    assert cut_to_length("a" * 150, 100) == "a" * 100
    accented = "a" * 99 + "e\u0301" + "b"
    assert cut_to_length(accented, 100) == "a" * 99
    joined = "a" * 98 + "👩\u200d👧"
    assert cut_to_length(joined, 100) == "a" * 98 + "👩"
    assert cut_to_length("\u0301" * 120, 100) == "\u0301" * 100


def test_long_names_cut_and_reported(db, tmp_path):
    long_last = "b" * 99 + "e\u0301" + "z"
    clients = client_rows(
        client_row("P4", "A" * 5000, long_last, MiddleName="m" * 101, NameSuffix="S" * 30)
    )
    folder = write_export(tmp_path / "export", {"Client.csv": clients})
    report = hmis_import.import_folder(folder)

    stored = client("P4")
    assert stored.first_name == "A" * 100
    assert stored.middle_name == "m" * 100
    assert stored.last_name == "b" * 99
    assert stored.suffix == "S" * 20
    reasons = [error.reason for error in report.errors if error.line == 5]
    assert len(reasons) == 4
    assert reasons[0] == (
        "FirstName of PersonalID P4 has 5,000 characters, more than the 100 that the field "
        "holds. It was cut to its first 100 characters, at a character boundary."
    )
    assert "LastName of PersonalID P4 has 102 characters" in reasons[2]
    assert "cut to its first 99 characters" in reasons[2]
    assert "NameSuffix of PersonalID P4 has 30 characters, more than the 20" in reasons[3]
    assert all(not error.row_skipped for error in report.errors)
    assert all("AAAA" not in error.reason for error in report.errors)

    second = hmis_import.import_folder(folder)
    assert (second.clients.updated, second.clients.unchanged) == (0, 4)


def test_bidi_formatting_in_names_warned(db, tmp_path):
    override = "Ana\u202eztol"
    isolate = "\u2067Lopez\u2069"
    clients = client_rows(
        client_row("P4", override, isolate),
        client_row("P5", "Zero\u200bwidth", "Jo\u200dined\u200c", MiddleName="\u200e\u200f"),
    )
    folder = write_export(tmp_path / "export", {"Client.csv": clients})
    report = hmis_import.import_folder(folder)

    assert (client("P4").first_name, client("P4").last_name) == (override, isolate)
    reasons = [error.reason for error in report.errors if error.line == 5]
    assert len(reasons) == 2
    assert reasons[0].startswith(
        "FirstName of PersonalID P4 contains the bidirectional formatting character U+202E,"
    )
    assert "misleading" in reasons[0]
    assert "characters U+2067, U+2069," in reasons[1]
    assert all(not error.row_skipped for error in report.errors)

    assert client("P5").first_name == "Zero\u200bwidth"
    assert client("P5").last_name == "Jo\u200dined\u200c"
    assert client("P5").middle_name == "\u200e\u200f"
    assert ("Client.csv", 6) not in problems(report)


# The shared HMIS export


@pytest.fixture
def shared_export() -> Path:
    if not (HMIS_FOLDER / "Client.csv").is_file():
        pytest.skip(f"the shared HMIS export is not at {HMIS_FOLDER}")
    return HMIS_FOLDER


@pytest.mark.shared_data
def test_shared_export_counts(db, shared_export):
    report = hmis_import.import_folder(shared_export)

    assert report.clients.created == 514
    assert report.services.created == 6385
    assert Client.select().count() == 514
    assert ServiceTransaction.select().count() == 6385
    imported = Household.select().where(Household.hmis_household_id.is_null(False))
    assert imported.count() == 473

    sizes = {household.id: household.members.count() for household in imported}
    assert sum(1 for size in sizes.values() if size > 1) == 55
    heads = {
        household.id: household.members.where(HouseholdMember.is_head).count()
        for household in imported
    }
    assert set(heads.values()) == {1}
    clients_in_households = [member.client_id for member in HouseholdMember.select()]
    assert len(clients_in_households) > len(set(clients_in_households))

    with_terms = ClientSearchTerm.select(ClientSearchTerm.client).distinct().count()
    assert with_terms == 514


@pytest.mark.shared_data
def test_shared_export_second_import_unchanged(db, shared_export):
    first = hmis_import.import_folder(shared_export)
    second = hmis_import.import_folder(shared_export)

    for kind in ("providers", "clients", "households", "members", "services"):
        counts = getattr(second, kind)
        assert (counts.created, counts.updated) == (0, 0), kind
        assert counts.unchanged == getattr(first, kind).total, kind
    assert second.service_types_created == 0
    assert Client.select().count() == 514


@pytest.mark.shared_data
@pytest.mark.sqlite_only
def test_shared_export_stores_no_full_ssn(db, db_path, shared_export):
    with (shared_export / "Client.csv").open(encoding="utf-8-sig", newline="") as file:
        ssns = [row["SSN"] for row in csv.DictReader(file)]
    full_ssns = [ssn for ssn in ssns if len(ssn) == 9 and ssn.isdigit()]
    assert len(full_ssns) > 400

    hmis_import.import_folder(shared_export)
    database.close()

    files = sorted(db_path.parent.glob(db_path.name + "*"))
    assert db_path in files
    content = b"".join(path.read_bytes() for path in files)
    found = [ssn for ssn in full_ssns if ssn.encode("ascii") in content]
    assert found == []
