"""The HMIS import step that creates and updates service transactions from Services.csv.

Each row becomes a service transaction keyed by ServicesID, for the client of its
PersonalID and the provider of its enrollment's project, starting on DateProvided. The
service type comes from the (RecordType, TypeProvided) pair and is created when new.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from casepoint_desktop.data.case_plan_models import ServiceTransaction
from casepoint_desktop.data.fields import utc_now
from casepoint_desktop.data.lists import ServiceType
from casepoint_desktop.services.hmis_codes import service_type_name
from casepoint_desktop.services.hmis_csv import CsvRow, parse_amount, parse_code, parse_date
from casepoint_desktop.services.hmis_run import ImportRun, insert_in_chunks, query_tuples

FILE = "Services.csv"

# The fields that the import sets and compares.
IMPORTED_FIELDS = ("client", "provider", "service_type", "start_date", "amount")


class _ServiceTypeIds:
    """Service type ids by (RecordType, TypeProvided), creating the types that are missing."""

    def __init__(self, run: ImportRun) -> None:
        self.run = run
        self.by_codes: dict[tuple[int, int], int] = {}
        query = ServiceType.select(
            ServiceType.hmis_record_type, ServiceType.hmis_type_provided, ServiceType.id
        ).where(
            ServiceType.hmis_record_type.is_null(False)
            & ServiceType.hmis_type_provided.is_null(False)
        )
        for record_type, type_provided, service_type_id in query_tuples(query):
            self.by_codes[(record_type, type_provided)] = service_type_id

    def get(self, record_type: int, type_provided: int) -> int:
        """Return the id of the service type for the pair, creating or linking it if needed.

        An agency's own entry with the generated name and no HMIS codes gets the codes. When
        an entry of that name has other codes, the new type carries the codes in its name.
        """
        key = (record_type, type_provided)
        if key in self.by_codes:
            return self.by_codes[key]

        name = service_type_name(record_type, type_provided)
        namesake = ServiceType.get_or_none(ServiceType.name == name)
        if namesake is not None and namesake.hmis_record_type is None:
            namesake.hmis_record_type = record_type
            namesake.hmis_type_provided = type_provided
            namesake.save()
            self.by_codes[key] = namesake.id
            return namesake.id

        if namesake is not None:
            name = f"{name} (RecordType {record_type} TypeProvided {type_provided})"
        last = ServiceType.select(ServiceType.sort_order).order_by(ServiceType.sort_order.desc())
        highest = last.scalar() or 0
        created = ServiceType.create(
            name=name,
            sort_order=highest + 1,
            hmis_record_type=record_type,
            hmis_type_provided=type_provided,
        )
        self.run.report.service_types_created += 1
        self.by_codes[key] = created.id
        return created.id


def import_services(run: ImportRun) -> None:
    """Create a service transaction per new ServicesID and update those whose row changed."""
    report = run.report
    type_ids = _ServiceTypeIds(run)
    query = ServiceTransaction.select(
        ServiceTransaction.hmis_services_id,
        ServiceTransaction.id,
        *(getattr(ServiceTransaction, name) for name in IMPORTED_FIELDS),
    ).where(ServiceTransaction.hmis_services_id.is_null(False))
    existing = {row[0]: row[1:] for row in query_tuples(query)}
    seen: dict[str, int] = {}
    new_rows: list[dict[str, Any]] = []
    now = utc_now()

    for row in run.live_rows("services"):
        values = _service_values(run, row, seen, type_ids)
        if values is None:
            continue
        services_id = row.get("ServicesID") or ""
        stored = existing.get(services_id)
        if stored is None:
            values.update(
                hmis_services_id=services_id,
                created_by=run.user_id,
                created_at=now,
                updated_at=now,
            )
            new_rows.append(values)
            continue

        service_id, *stored_values = stored
        changes = {
            name: values[name]
            for name, old in zip(IMPORTED_FIELDS, stored_values, strict=True)
            if old != values[name]
        }
        if not changes:
            report.services.unchanged += 1
            continue
        ServiceTransaction.update(
            **changes, updated_at=now, version=ServiceTransaction.version + 1
        ).where(ServiceTransaction.id == service_id).execute()
        report.services.updated += 1

    insert_in_chunks(ServiceTransaction, new_rows)
    report.services.created += len(new_rows)


class _RowSkipped(Exception):
    """A service row cannot be imported. The message is the reason, without a final period."""


def _service_values(
    run: ImportRun, row: CsvRow, seen: dict[str, int], type_ids: _ServiceTypeIds
) -> dict[str, Any] | None:
    """Return the imported fields of a service row, or None after reporting why it is skipped."""
    services_id = row.get("ServicesID")
    label = f"service {services_id}"
    try:
        if services_id is None:
            raise _RowSkipped("ServicesID is missing")
        if services_id in seen:
            first_line = seen[services_id]
            raise _RowSkipped(
                f"ServicesID {services_id} appears again (first on line {first_line})"
            )
        seen[services_id] = row.line
        provider_id, client_id = _references(run, row, label)
        start_date = _required_date(row, "DateProvided", label)
        record_type = _required_code(row, "RecordType", label)
        type_provided = _required_code(row, "TypeProvided", label)
    except _RowSkipped as skipped:
        run.report.add_error(FILE, row.line, f"{skipped}. The row was skipped.")
        return None

    return {
        "client": client_id,
        "provider": provider_id,
        "service_type": type_ids.get(record_type, type_provided),
        "start_date": start_date,
        "amount": _amount(run, row, label),
    }


def _references(run: ImportRun, row: CsvRow, label: str) -> tuple[int, int]:
    """Return the provider id (of the enrollment's project) and client id of a service row.

    Raises:
        _RowSkipped: the enrollment, its project or the client is unknown.
    """
    enrollment_id = row.get("EnrollmentID")
    personal_id = row.get("PersonalID")
    if enrollment_id is None:
        raise _RowSkipped(f"EnrollmentID of {label} is missing")
    enrollment = run.enrollments.get(enrollment_id)
    if enrollment is None:
        raise _RowSkipped(f"EnrollmentID {enrollment_id} of {label} is not an imported enrollment")
    if enrollment.provider_id is None:
        project = enrollment.project_id or "(none)"
        raise _RowSkipped(
            f"ProjectID {project} of enrollment {enrollment_id} is not a project of "
            f"Project.csv, so {label} has no provider"
        )
    if personal_id is None:
        raise _RowSkipped(f"PersonalID of {label} is missing")
    client_id = run.client_by_personal_id.get(personal_id)
    if client_id is None:
        raise _RowSkipped(f"PersonalID {personal_id} of {label} is not a client of Client.csv")
    return enrollment.provider_id, client_id


def _required_date(row: CsvRow, column: str, label: str) -> date:
    text = row.get(column)
    if text is None:
        raise _RowSkipped(f"{column} of {label} is missing")
    try:
        return parse_date(text)
    except ValueError as error:
        raise _RowSkipped(f"{column} of {label}: {error}") from error


def _required_code(row: CsvRow, column: str, label: str) -> int:
    text = row.get(column)
    if text is None:
        raise _RowSkipped(f"{column} of {label} is missing")
    try:
        return parse_code(text)
    except ValueError as error:
        raise _RowSkipped(f"{column} of {label}: {error}") from error


def _amount(run: ImportRun, row: CsvRow, label: str) -> Decimal | None:
    text = row.get("FAAmount")
    if text is None:
        return None
    try:
        return parse_amount(text)
    except ValueError as error:
        run.report.add_error(
            FILE,
            row.line,
            f"FAAmount of {label}: {error}. The service was imported without an amount.",
            row_skipped=False,
        )
        return None
