"""Import of an HMIS CSV export (FY2026 format): agency, providers, clients, households and
services, in one transaction.

Records are matched by their HMIS ids (OrganizationID, ProjectID, PersonalID, HouseholdID,
ServicesID), so importing the same folder again changes nothing and a changed row updates
its record. A row with a missing or unknown id or reference is skipped and reported. So
is a row with more or fewer fields than its header or with a NUL character in an id, and
a client row without a first or last name. A row with an invalid optional value (a date of
birth, an entry date, an amount, an SSN) is imported without that value and reported as a
warning. A name too long for its field is cut and reported. Only the last four digits of
an SSN are kept, and no log line, audit entry or problem report contains a client's name
or identity number.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from casepoint_desktop.data.backend import DATABASE_ERRORS
from casepoint_desktop.data.database import db
from casepoint_desktop.data.lists import seed_lists
from casepoint_desktop.data.models import AgencySettings, Provider
from casepoint_desktop.services import audit
from casepoint_desktop.services.hmis_clients import import_clients
from casepoint_desktop.services.hmis_csv import CsvFileError, CsvTable, find_file, read_table
from casepoint_desktop.services.hmis_households import import_households
from casepoint_desktop.services.hmis_report import (
    HmisImportError,
    ImportCancelled,
    ImportReport,
    ImportRowError,
    RecordCounts,
)
from casepoint_desktop.services.hmis_rows import NUL, field_count_problem, screen_rows
from casepoint_desktop.services.hmis_run import ImportRun, Progress
from casepoint_desktop.services.hmis_services import import_services
from casepoint_desktop.services.session import Session

__all__ = [
    "HmisImportError",
    "ImportCancelled",
    "ImportReport",
    "ImportRowError",
    "RecordCounts",
    "import_folder",
]

log = logging.getLogger(__name__)

ProgressCallback = Callable[[int, int], bool]


@dataclass(frozen=True)
class _FileSpec:
    """A file of the export, the columns the import needs, and what is lost without it."""

    name: str
    required_columns: tuple[str, ...] = ()
    # Completes "<file> is missing, so ..." in the report; empty when nothing is reported.
    missing_effect: str = ""
    required: bool = False
    # Whether the data rows count towards the progress total and `rows_read`.
    rows_counted: bool = True
    # The columns that records are matched by. A row with a NUL character in one is skipped.
    id_columns: tuple[str, ...] = ()
    # Columns read when present, named when the file is rejected for a missing column.
    optional_columns: tuple[str, ...] = ()


_FILES: dict[str, _FileSpec] = {
    # A client needs a first and a last name, as in Add Client, so both columns are required.
    "client": _FileSpec(
        "Client.csv",
        ("PersonalID", "FirstName", "LastName"),
        required=True,
        id_columns=("PersonalID",),
        optional_columns=("MiddleName", "NameSuffix", "SSN", "SSNDataQuality", "DOB", "Sex"),
    ),
    "organization": _FileSpec(
        "Organization.csv",
        ("OrganizationID", "OrganizationName"),
        "the agency name and HMIS organization ID were not set from the export.",
        id_columns=("OrganizationID",),
    ),
    "project": _FileSpec(
        "Project.csv",
        ("ProjectID", "ProjectName"),
        "no providers were imported, and services could not be linked to a provider.",
        id_columns=("ProjectID", "OrganizationID"),
    ),
    "enrollment": _FileSpec(
        "Enrollment.csv",
        ("EnrollmentID", "PersonalID", "HouseholdID"),
        "no households were imported, and services could not be linked to a provider.",
        id_columns=("EnrollmentID", "PersonalID", "ProjectID", "HouseholdID"),
    ),
    "exit": _FileSpec(
        "Exit.csv",
        ("EnrollmentID", "ExitDate"),
        "no household member got a date left.",
        id_columns=("EnrollmentID",),
    ),
    "services": _FileSpec(
        "Services.csv",
        ("ServicesID", "EnrollmentID", "PersonalID", "DateProvided", "RecordType", "TypeProvided"),
        "no service transactions were imported.",
        id_columns=("ServicesID", "EnrollmentID", "PersonalID"),
    ),
    # Only SourceName is used, to name a new agency when Organization.csv is missing.
    "export": _FileSpec("Export.csv", rows_counted=False),
}

AUDIT_RECORD_TYPE = "hmis_import"


def import_folder(
    folder: Path,
    progress: ProgressCallback | None = None,
    session: Session | None = None,
) -> ImportReport:
    """Import the HMIS CSV export in `folder` in one transaction and return the report.

    Args:
        folder: the folder that contains Client.csv and the other files of the export.
        progress: called as progress(rows done, rows in total) every few hundred rows and
            at the end. Returning False (not merely a falsy value) cancels the import.
        session: the logged-in user, who must be an administrator; None for the command
            line, which records the import without a user.

    Raises:
        HmisImportError: the folder or Client.csv is missing or unreadable, or the database
            failed during the import (locked by another writer, for example). Nothing changed.
        ImportCancelled: `progress` returned False; everything was rolled back.
        PermissionDenied: the session's user is not an administrator.
    """
    started = time.perf_counter()
    folder = Path(folder)
    if session is not None:
        session.require_admin()
    if not folder.is_dir():
        raise HmisImportError(
            f"The folder {folder} does not exist. Choose the folder that contains Client.csv."
        )

    report = ImportReport(folder=folder)
    tables = _read_tables(folder, report)
    counted = {
        key: table
        for key, table in tables.items()
        if table is not None and _FILES[key].rows_counted
    }
    report.rows_read = sum(len(table.rows) for table in counted.values())
    rows_left_out = 0
    for key, table in counted.items():
        spec = _FILES[key]
        tables[key], skipped = screen_rows(table, spec.name, spec.id_columns, report)
        rows_left_out += skipped
    # The rows left out count as done, so that the progress still ends at rows_read.
    run = ImportRun(
        report, tables, Progress(progress, report.rows_read, done=rows_left_out), session
    )
    log.info("HMIS import from %s started: %d rows to read", folder, report.rows_read)

    try:
        with db.atomic():
            run.progress.report_now()
            seed_lists()
            _import_agency(run)
            _import_providers(run)
            import_clients(run)
            import_households(run)
            import_services(run)
            run.progress.finish()
            report.seconds = time.perf_counter() - started
            changes: dict[str, tuple[Any, Any]] = {
                name: (None, value) for name, value in report.counts().items()
            }
            changes["folder"] = (None, str(folder))
            audit.record(session, "import", AUDIT_RECORD_TYPE, None, changes=changes)
    except ImportCancelled:
        log.info("HMIS import from %s cancelled; the database was not changed", folder)
        raise
    except DATABASE_ERRORS as error:
        log.exception("HMIS import from %s failed and was rolled back", folder)
        raise HmisImportError(
            f"The import of {folder} failed because the database reported an error ({error}). "
            "Nothing was imported. Try again when no one else is saving to the database."
        ) from error

    log.info(
        "HMIS import from %s finished in %.2f s: %s",
        folder,
        report.seconds,
        ", ".join(f"{name}={value}" for name, value in report.counts().items()),
    )
    return report


def _read_tables(folder: Path, report: ImportReport) -> dict[str, CsvTable | None]:
    """Read every file of the export; a problem with an optional file is reported."""
    tables: dict[str, CsvTable | None] = {}
    for key, spec in _FILES.items():
        path = find_file(folder, spec.name)
        table: CsvTable | None = None
        problem = ""  # completes "<file name> ..." when the file cannot be used
        if path is None:
            problem = "is missing"
        else:
            try:
                table = read_table(path)
            except CsvFileError as error:
                problem = error.reason
        absent_optional: list[str] = []
        if table is not None:
            missing = table.missing_columns(*spec.required_columns)
            if missing:
                problem = f"has no {_columns_text(missing)}"
                absent_optional = table.missing_columns(*spec.optional_columns)
                table = None

        if table is None and spec.required:
            optional_note = (
                f"It also lacks the optional {_columns_text(absent_optional)}. "
                if absent_optional
                else ""
            )
            raise HmisImportError(
                f"Cannot import {folder}: {spec.name} {problem}. {optional_note}Choose the "
                "folder of an HMIS CSV export. Nothing was imported."
            )
        if table is None and spec.missing_effect:
            report.add_error(
                spec.name, None, f"The file {problem}, so {spec.missing_effect}", False
            )
        if table is not None and table.read_as_windows_1252:
            report.add_error(
                spec.name,
                None,
                "The file is not UTF-8; it was read as Windows-1252. Check accented names.",
                False,
            )
        tables[key] = table
    return tables


def _columns_text(names: list[str]) -> str:
    """Return "column A" or "columns A, B and C"."""
    if len(names) == 1:
        return f"column {names[0]}"
    return f"columns {', '.join(names[:-1])} and {names[-1]}"


def _import_agency(run: ImportRun) -> None:
    """Name a new agency after the export's organization and store its OrganizationID.

    An agency that already has settings keeps its name. An export of several organizations
    (a Continuum of Care exports all of its member agencies) links the organization with
    the most projects, the first such row on a tie, and reports the choice.
    """
    report = run.report
    organizations = [row for row in run.live_rows("organization") if row.get("OrganizationID")]
    settings = AgencySettings.get_or_none()

    if not organizations:
        if settings is None:
            fallback = _export_source_name(run) or "HMIS import"
            AgencySettings.create(name=fallback)
            report.agency_name = fallback
        else:
            report.agency_name = settings.name
        return

    project_counts: dict[str, int] = {}
    for row in run.live_rows("project", count_progress=False):
        organization_id = row.get("OrganizationID") or ""
        project_counts[organization_id] = project_counts.get(organization_id, 0) + 1
    chosen = max(
        organizations, key=lambda row: project_counts.get(row.get("OrganizationID") or "", 0)
    )
    organization_id = chosen.get("OrganizationID") or ""
    organization_name = chosen.get("OrganizationName") or f"HMIS organization {organization_id}"
    if len(organizations) > 1:
        report.add_error(
            "Organization.csv",
            chosen.line,
            f"The export lists {len(organizations)} organizations. The agency was linked to "
            f"“{organization_name}” (OrganizationID {organization_id}), the first one in the "
            f"file with the most projects ({project_counts.get(organization_id, 0)}).",
            row_skipped=False,
        )

    if settings is None:
        settings = AgencySettings.create(
            name=organization_name, hmis_organization_id=organization_id
        )
    elif settings.hmis_organization_id != organization_id:
        settings.hmis_organization_id = organization_id
        settings.save()
    report.agency_name = settings.name


def _export_source_name(run: ImportRun) -> str | None:
    """Return SourceName from the first row of Export.csv, or None when it cannot be used."""
    table = run.tables.get("export")
    if table is None or not table.rows:
        return None
    row = table.rows[0]
    count_problem = field_count_problem(table, row)
    if count_problem is not None:
        run.report.add_error(
            _FILES["export"].name,
            row.line,
            f"{count_problem}, so its SourceName was not used to name the agency.",
            row_skipped=False,
        )
        return None
    source_name = (row.get("SourceName") or "").replace(NUL, "").strip()
    return source_name or None


def _import_providers(run: ImportRun) -> None:
    """Create or update a provider per project, keyed by ProjectID.

    A new project whose name an unlinked provider already has is linked to that provider.
    """
    report = run.report
    counts = report.providers
    by_project = {
        provider.hmis_project_id: provider
        for provider in Provider.select().where(Provider.hmis_project_id.is_null(False))
    }
    by_name = {provider.name: provider for provider in Provider.select()}
    seen: dict[str, int] = {}

    for row in run.live_rows("project"):
        project_id = row.get("ProjectID")
        if project_id is None:
            report.add_error("Project.csv", row.line, "ProjectID is missing. The row was skipped.")
            continue
        if project_id in seen:
            report.add_error(
                "Project.csv",
                row.line,
                f"ProjectID {project_id} appears again (first on line {seen[project_id]}). "
                "The row was skipped.",
            )
            continue
        seen[project_id] = row.line
        name = (
            row.get("ProjectName") or row.get("ProjectCommonName") or f"HMIS project {project_id}"
        )

        provider = by_project.get(project_id)
        namesake = by_name.get(name)
        if provider is not None and provider.name == name:
            counts.unchanged += 1
        elif provider is not None and namesake is not None:
            report.add_error(
                "Project.csv",
                row.line,
                f"Project {project_id} was renamed to “{name}”, but another provider has "
                f"that name; the provider keeps the name “{provider.name}”.",
                row_skipped=False,
            )
            counts.unchanged += 1
        elif provider is not None:
            del by_name[provider.name]
            provider.name = name
            provider.save()
            by_name[name] = provider
            counts.updated += 1
        elif namesake is not None and namesake.hmis_project_id is None:
            namesake.hmis_project_id = project_id
            namesake.save()
            provider = namesake
            counts.updated += 1
        else:
            if namesake is not None:
                name = f"{name} (HMIS project {project_id})"
            provider = Provider.create(name=name, hmis_project_id=project_id)
            by_name[name] = provider
            counts.created += 1
        run.provider_by_project[project_id] = provider.id
