"""The HMIS import step that builds households from Enrollment.csv and Exit.csv.

Each HouseholdID becomes a household. Each enrollment adds its person to that household
with the relationship of RelationshipToHoH, joined on EntryDate and left on the ExitDate
of the enrollment's exit. Every household ends with exactly one head.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from casepoint_desktop.data.models import Household, HouseholdMember, Relationship
from casepoint_desktop.services.hmis_csv import CsvRow, parse_code, parse_date
from casepoint_desktop.services.hmis_run import (
    Enrollment,
    ImportRun,
    column_map,
    in_chunks,
    insert_in_chunks,
)

ENROLLMENT_FILE = "Enrollment.csv"
EXIT_FILE = "Exit.csv"
SELF_CODE = 1  # RelationshipToHoH 1: self (head of household)


@dataclass
class _MemberSpec:
    """The membership that the export gives for one client in one household."""

    client_id: int
    is_head: bool
    relationship_id: int | None
    date_joined: date | None
    date_left: date | None

    def as_tuple(self) -> tuple[Any, ...]:
        return (self.is_head, self.relationship_id, self.date_joined, self.date_left)


def import_households(run: ImportRun) -> None:
    """Read enrollments and exits, then create or update households and their members.

    Fills `run.enrollments` with every valid enrollment, which the services step uses.
    """
    relationship_ids: dict[int, int] = column_map(
        Relationship.select(Relationship.hmis_code, Relationship.id).where(
            Relationship.hmis_code.is_null(False)
        )
    )
    _read_enrollments(run, relationship_ids)
    _read_exits(run)

    grouped: dict[str, dict[int, list[Enrollment]]] = {}
    for enrollment in run.enrollments.values():
        people = grouped.setdefault(enrollment.household_key, {})
        people.setdefault(enrollment.client_id, []).append(enrollment)

    household_ids = _household_ids(run, list(grouped))
    existing = _existing_members([household_ids[key] for key in grouped])
    new_members: list[dict[str, Any]] = []
    for household_key, people in grouped.items():
        household_id = household_ids[household_key]
        specs = _member_specs(run, household_key, people, relationship_ids)
        changed = _apply_members(run, specs, existing.get(household_id, {}))
        new_members.extend(
            {"household": household_id, "client": spec.client_id, **_spec_fields(spec)}
            for spec in specs
            if spec.client_id not in existing.get(household_id, {})
        )
        if household_id in run.created_household_ids:
            continue
        if changed:
            run.report.households.updated += 1
        else:
            run.report.households.unchanged += 1
    insert_in_chunks(HouseholdMember, new_members)
    run.report.members.created += len(new_members)


def _read_enrollments(run: ImportRun, relationship_ids: dict[int, int]) -> None:
    seen: dict[str, int] = {}
    for row in run.live_rows("enrollment"):
        problem = _enrollment_problem(run, row, seen)
        if problem is not None:
            run.report.add_error(ENROLLMENT_FILE, row.line, f"{problem}. The row was skipped.")
            continue
        enrollment_id = row.get("EnrollmentID") or ""
        personal_id = row.get("PersonalID") or ""
        seen[enrollment_id] = row.line

        project_id = row.get("ProjectID")
        run.enrollments[enrollment_id] = Enrollment(
            enrollment_id=enrollment_id,
            personal_id=personal_id,
            client_id=run.client_by_personal_id[personal_id],
            household_key=row.get("HouseholdID") or "",
            provider_id=run.provider_by_project.get(project_id or ""),
            project_id=project_id,
            entry_date=_entry_date(run, row, enrollment_id),
            relationship_code=_relationship_code(run, row, enrollment_id, relationship_ids),
            line=row.line,
        )


def _enrollment_problem(run: ImportRun, row: CsvRow, seen: dict[str, int]) -> str | None:
    """Return why an enrollment row cannot be imported, or None when it can."""
    enrollment_id = row.get("EnrollmentID")
    personal_id = row.get("PersonalID")
    if enrollment_id is None:
        return "EnrollmentID is missing"
    if enrollment_id in seen:
        return f"EnrollmentID {enrollment_id} appears again (first on line {seen[enrollment_id]})"
    if personal_id is None:
        return f"Enrollment {enrollment_id} has no PersonalID"
    if personal_id not in run.client_by_personal_id:
        return (
            f"PersonalID {personal_id} of enrollment {enrollment_id} is not a client of Client.csv"
        )
    if row.get("HouseholdID") is None:
        return f"Enrollment {enrollment_id} has no HouseholdID"
    return None


def _entry_date(run: ImportRun, row: CsvRow, enrollment_id: str) -> date | None:
    text = row.get("EntryDate")
    if text is None:
        return None
    try:
        return parse_date(text)
    except ValueError as error:
        run.report.add_error(
            ENROLLMENT_FILE,
            row.line,
            f"EntryDate of enrollment {enrollment_id}: {error}. The member was imported "
            "without a date joined.",
            row_skipped=False,
        )
        return None


def _relationship_code(
    run: ImportRun, row: CsvRow, enrollment_id: str, relationship_ids: dict[int, int]
) -> int | None:
    text = row.get("RelationshipToHoH")
    if text is None:
        return None
    try:
        code = parse_code(text)
    except ValueError:
        code = None
    if code is None or code not in relationship_ids:
        run.report.add_error(
            ENROLLMENT_FILE,
            row.line,
            f"RelationshipToHoH “{text}” of enrollment {enrollment_id} is not a known "
            "relationship code. The member was imported without a relationship.",
            row_skipped=False,
        )
        return None
    return code


def _read_exits(run: ImportRun) -> None:
    seen: dict[str, int] = {}
    for row in run.live_rows("exit"):
        enrollment_id = row.get("EnrollmentID") or ""
        exit_text = row.get("ExitDate")
        problem = None
        exit_date = None
        if not enrollment_id:
            problem = "EnrollmentID is missing"
        elif enrollment_id not in run.enrollments:
            problem = (
                f"EnrollmentID {enrollment_id} is not an imported enrollment of Enrollment.csv"
            )
        elif enrollment_id in seen:
            first_line = seen[enrollment_id]
            problem = f"Enrollment {enrollment_id} has a second exit (first on line {first_line})"
        elif exit_text is None:
            problem = f"ExitDate of enrollment {enrollment_id} is missing"
        else:
            try:
                exit_date = parse_date(exit_text)
            except ValueError as error:
                problem = f"ExitDate of enrollment {enrollment_id}: {error}"
        if problem is not None:
            run.report.add_error(EXIT_FILE, row.line, f"{problem}. The row was skipped.")
            continue
        seen[enrollment_id] = row.line
        run.enrollments[enrollment_id].exit_date = exit_date


def _household_ids(run: ImportRun, household_keys: Sequence[str]) -> dict[str, int]:
    """Return the household id per HouseholdID, creating the households that are new."""
    imported = Household.select(Household.hmis_household_id, Household.id).where(
        Household.hmis_household_id.is_null(False)
    )
    existing: dict[str, int] = column_map(imported)
    new_keys = [key for key in household_keys if key not in existing]
    insert_in_chunks(Household, [{"hmis_household_id": key} for key in new_keys])
    run.report.households.created += len(new_keys)
    if not new_keys:
        return existing
    created: dict[str, int] = column_map(imported)
    run.created_household_ids.update(created[key] for key in new_keys)
    return created


def _existing_members(household_ids: list[int]) -> dict[int, dict[int, HouseholdMember]]:
    """Return the members of the given households by household id and client id."""
    found: dict[int, dict[int, HouseholdMember]] = {}
    for chunk in in_chunks(household_ids):
        query = HouseholdMember.select().where(HouseholdMember.household.in_(list(chunk)))
        for member in query:
            found.setdefault(member.household_id, {})[member.client_id] = member
    return found


def _member_specs(
    run: ImportRun,
    household_key: str,
    people: dict[int, list[Enrollment]],
    relationship_ids: dict[int, int],
) -> list[_MemberSpec]:
    """Return one membership per client, with exactly one head, reporting a head chosen.

    A client with several enrollments in the household joined on the earliest entry date
    and left on the latest exit date, or has not left while any enrollment is open. The
    relationship is that of the latest entry that gives one.
    """
    merged: dict[int, Enrollment] = {}
    for client_id, enrollments in people.items():
        ordered = sorted(enrollments, key=_entry_order)
        with_relationship = [item for item in ordered if item.relationship_code is not None]
        latest = (with_relationship or ordered)[-1]
        entries = [item.entry_date for item in ordered if item.entry_date is not None]
        open_enrollment = any(item.exit_date is None for item in ordered)
        exits = [item.exit_date for item in ordered if item.exit_date is not None]
        merged[client_id] = replace(
            latest,
            entry_date=min(entries) if entries else None,
            exit_date=None if open_enrollment else max(exits),
        )

    heads = [item for item in merged.values() if item.relationship_code == SELF_CODE]
    candidates = heads or list(merged.values())
    head = min(candidates, key=_entry_order)
    if len(heads) != 1:
        problem = (
            f"has {len(heads)} heads of household (RelationshipToHoH 1)"
            if heads
            else "has no head of household (RelationshipToHoH 1)"
        )
        run.report.add_error(
            ENROLLMENT_FILE,
            head.line,
            f"Household {household_key} {problem}. PersonalID {head.personal_id} (enrollment "
            f"{head.enrollment_id}) was made the head because that enrollment has the earliest "
            "EntryDate, or the lowest EnrollmentID of those with that date.",
            row_skipped=False,
        )

    specs = []
    for client_id, item in merged.items():
        is_head = item is head
        code = SELF_CODE if is_head else item.relationship_code
        if not is_head and code == SELF_CODE:
            code = None  # A second "self" is not the head, and its real relationship is unknown.
        specs.append(
            _MemberSpec(
                client_id=client_id,
                is_head=is_head,
                relationship_id=relationship_ids.get(code) if code is not None else None,
                date_joined=item.entry_date,
                date_left=item.exit_date,
            )
        )
    return specs


def _entry_order(enrollment: Enrollment) -> tuple[date, int, str]:
    """Sort key: entry date (unknown last), then EnrollmentID as a number when it is one."""
    enrollment_id = enrollment.enrollment_id
    numeric = int(enrollment_id) if enrollment_id.isdigit() else 0
    return (enrollment.entry_date or date.max, numeric, enrollment_id)


def _spec_fields(spec: _MemberSpec) -> dict[str, Any]:
    return {
        "is_head": spec.is_head,
        "relationship": spec.relationship_id,
        "date_joined": spec.date_joined,
        "date_left": spec.date_left,
    }


def _apply_members(
    run: ImportRun,
    specs: list[_MemberSpec],
    existing: dict[int, HouseholdMember],
) -> bool:
    """Update the existing members whose values changed; return whether any member changed.

    A member that the agency added to an imported household stays, but stops being the
    head, so the household keeps exactly one head.
    """
    counts = run.report.members
    changed = False
    imported_clients = {spec.client_id for spec in specs}
    for spec in specs:
        member = existing.get(spec.client_id)
        if member is None:
            changed = True
            continue
        stored = (member.is_head, member.relationship_id, member.date_joined, member.date_left)
        if stored == spec.as_tuple():
            counts.unchanged += 1
            continue
        HouseholdMember.update(**_spec_fields(spec)).where(
            HouseholdMember.id == member.id
        ).execute()
        counts.updated += 1
        changed = True

    for client_id, member in existing.items():
        if client_id not in imported_clients and member.is_head:
            HouseholdMember.update(is_head=False).where(HouseholdMember.id == member.id).execute()
            counts.updated += 1
            changed = True
    return changed
