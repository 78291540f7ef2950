"""The HMIS import step that creates and updates clients from Client.csv, keyed by PersonalID."""

from __future__ import annotations

from datetime import date
from typing import Any

from casepoint_desktop.data.fields import utc_now
from casepoint_desktop.data.models import Client, ClientSearchTerm
from casepoint_desktop.data.search_terms import client_terms, refresh_search_terms, sort_name
from casepoint_desktop.services.clients import EARLIEST_BIRTH_DATE
from casepoint_desktop.services.hmis_codes import gender_text
from casepoint_desktop.services.hmis_csv import CsvRow, parse_date
from casepoint_desktop.services.hmis_names import bidi_formatting_codes, cut_to_length
from casepoint_desktop.services.hmis_run import ImportRun, column_map, in_chunks, insert_in_chunks

FILE = "Client.csv"

# The client fields that the import sets and compares. When a row of a later import differs,
# its values replace these fields, local edits included.
IMPORTED_FIELDS = (
    "first_name",
    "middle_name",
    "last_name",
    "suffix",
    "date_of_birth",
    "gender",
    "ssn_last4",
)

# SSNDataQuality 1 (full SSN reported) and 2 (approximate or partial SSN reported).
SSN_REPORTED = {"1", "2"}

# An SSN has nine characters once dashes and spaces are removed. Each is a digit, or in a
# partial SSN an x (either case) in place of an unknown digit.
SSN_LENGTH = 9
SSN_CHARACTERS = frozenset("0123456789xX")

# The name columns of Client.csv and the client fields that they fill.
NAME_COLUMNS = (
    ("FirstName", "first_name"),
    ("MiddleName", "middle_name"),
    ("LastName", "last_name"),
    ("NameSuffix", "suffix"),
)


def import_clients(run: ImportRun) -> None:
    """Create a client per new PersonalID and update clients whose row changed.

    Fills `run.client_by_personal_id` with every imported client in the database, from
    this export or an earlier one.
    """
    report = run.report
    first_provider = _first_provider_by_personal_id(run)
    existing = {
        client.hmis_personal_id: client
        for client in Client.select(
            Client.id, Client.hmis_personal_id, *(getattr(Client, name) for name in IMPORTED_FIELDS)
        ).where(Client.hmis_personal_id.is_null(False))
    }
    seen: dict[str, int] = {}
    new_rows: list[dict[str, Any]] = []
    changed: list[tuple[Client, dict[str, Any]]] = []
    now = utc_now()
    session_provider = run.session.provider.id if run.session is not None else None

    for row in run.live_rows("client"):
        personal_id = row.get("PersonalID")
        if personal_id is None:
            report.add_error(FILE, row.line, "PersonalID is missing. The row was skipped.")
            continue
        if personal_id in seen:
            report.add_error(
                FILE,
                row.line,
                f"PersonalID {personal_id} appears again (first on line {seen[personal_id]}). "
                "The row was skipped.",
            )
            continue
        seen[personal_id] = row.line
        values = _client_values(run, row, personal_id)
        if values is None:
            continue

        client = existing.get(personal_id)
        if client is None:
            values.update(
                hmis_personal_id=personal_id,
                provider=first_provider.get(personal_id, session_provider),
                created_by=run.user_id,
                created_at=now,
                updated_at=now,
            )
            new_rows.append(values)
            continue
        changes = {name: value for name, value in values.items() if getattr(client, name) != value}
        if changes:
            changed.append((client, changes))
        else:
            report.clients.unchanged += 1

    _insert_clients(run, new_rows)
    for client, changes in changed:
        _update_client(client, changes)
    report.clients.created += len(new_rows)
    report.clients.updated += len(changed)

    run.client_by_personal_id = column_map(
        Client.select(Client.hmis_personal_id, Client.id).where(
            Client.hmis_personal_id.is_null(False)
        )
    )


def _client_values(run: ImportRun, row: CsvRow, personal_id: str) -> dict[str, Any] | None:
    """Return the imported fields of a client row, or None when the row is skipped.

    A skipped row, and each value that was cut or left out, is added to the report.
    """
    empty = [column for column in ("FirstName", "LastName") if row.get(column) is None]
    if empty:
        verb = "is" if len(empty) == 1 else "are"
        run.report.add_error(
            FILE,
            row.line,
            f"{' and '.join(empty)} of PersonalID {personal_id} {verb} empty. A client needs "
            "a first and a last name, so the row was skipped.",
        )
        return None

    values: dict[str, Any] = {
        field_name: _name_value(run, row, personal_id, column, field_name)
        for column, field_name in NAME_COLUMNS
    }
    values["date_of_birth"] = _birth_date(run, row, personal_id)
    values["gender"] = gender_text(row)
    values["ssn_last4"] = _ssn_value(run, row, personal_id)
    return values


def _name_value(run: ImportRun, row: CsvRow, personal_id: str, column: str, field_name: str) -> str:
    """Return a name as exported, cut to the length of its field.

    A cut, and bidirectional formatting characters in the name, are reported as warnings.
    """
    text = row.get(column) or ""
    limit = Client._meta.fields[field_name].max_length
    if len(text) > limit:
        cut = cut_to_length(text, limit)
        run.report.add_error(
            FILE,
            row.line,
            f"{column} of PersonalID {personal_id} has {len(text):,} characters, more than the "
            f"{limit} that the field holds. It was cut to its first {len(cut)} characters, at "
            "a character boundary.",
            row_skipped=False,
        )
        text = cut

    codes = bidi_formatting_codes(text)
    if codes:
        noun = "character" if len(codes) == 1 else "characters"
        run.report.add_error(
            FILE,
            row.line,
            f"{column} of PersonalID {personal_id} contains the bidirectional formatting "
            f"{noun} {', '.join(codes)}, which can make the name display in a misleading "
            "order. The name was stored with them, as exported. Compare it with the HMIS "
            "record.",
            row_skipped=False,
        )
    return text


def _ssn_value(run: ImportRun, row: CsvRow, personal_id: str) -> str | None:
    """Return the last four digits of the row's SSN, or None.

    An invalid SSN that SSNDataQuality marks as reported (1 or 2) is reported as a warning,
    which gives its length but none of its characters.
    """
    ssn = row.get("SSN")
    if ssn is not None and _ssn_reported(row.get("SSNDataQuality")):
        problem = ssn_problem(ssn)
        if problem is not None:
            run.report.add_error(
                FILE,
                row.line,
                f"SSN of PersonalID {personal_id} {problem}. The client was imported without "
                "the last four digits of the SSN.",
                row_skipped=False,
            )
    return ssn_last4(ssn, row.get("SSNDataQuality"))


def _birth_date(run: ImportRun, row: CsvRow, personal_id: str) -> date | None:
    """Return the date of birth of the row, or None after reporting an invalid one."""
    birth_text = row.get("DOB")
    if birth_text is None:
        return None
    try:
        birth_date = parse_date(birth_text)
    except ValueError as error:
        _report_birth_date(run, row, personal_id, str(error))
        return None
    if EARLIEST_BIRTH_DATE <= birth_date <= date.today():
        return birth_date
    _report_birth_date(
        run, row, personal_id, f"{birth_date.isoformat()} is before 1900 or in the future"
    )
    return None


def _report_birth_date(run: ImportRun, row: CsvRow, personal_id: str, problem: str) -> None:
    run.report.add_error(
        FILE,
        row.line,
        f"DOB of PersonalID {personal_id}: {problem}. The client was imported without a date "
        "of birth.",
        row_skipped=False,
    )


def ssn_last4(ssn: str | None, data_quality: str | None) -> str | None:
    """Return the last four digits of an SSN reported in full or in part, else None.

    The SSN counts when SSNDataQuality is 1 or 2 and `ssn_problem` finds no problem. Its
    last four characters must be digits, so a partial SSN such as "xxxxx1234" gives "1234"
    and one such as "12345xxxx" gives None. "12345" gives None, not "2345".
    """
    if ssn is None or not _ssn_reported(data_quality) or ssn_problem(ssn) is not None:
        return None
    last4 = _compact_ssn(ssn)[-4:]
    return last4 if last4.isdigit() else None


def ssn_problem(ssn: str) -> str | None:
    """Return why `ssn` is not an SSN of nine digits or x placeholders, or None when it is.

    The reason completes "SSN of PersonalID 123 ..." and contains none of the characters
    of `ssn`.
    """
    compact = _compact_ssn(ssn)
    if len(compact) != SSN_LENGTH:
        return (
            f"has a length of {len(compact)} once dashes and spaces are removed, not {SSN_LENGTH}"
        )
    if not set(compact) <= SSN_CHARACTERS:
        return "contains characters other than digits, x, dashes and spaces"
    return None


def _compact_ssn(ssn: str) -> str:
    return ssn.replace("-", "").replace(" ", "")


def _ssn_reported(data_quality: str | None) -> bool:
    return (data_quality or "").strip() in SSN_REPORTED


def _first_provider_by_personal_id(run: ImportRun) -> dict[str, int]:
    """Return the provider of each person's earliest enrollment, the provider of a new client."""
    earliest: dict[str, tuple[date, str, int]] = {}
    for row in run.live_rows("enrollment", count_progress=False):
        personal_id = row.get("PersonalID")
        provider_id = run.provider_by_project.get(row.get("ProjectID") or "")
        if personal_id is None or provider_id is None:
            continue
        try:
            entry_date = parse_date(row.get("EntryDate") or "")
        except ValueError:
            entry_date = date.max
        key = (entry_date, row.get("EnrollmentID") or "", provider_id)
        if personal_id not in earliest or key < earliest[personal_id]:
            earliest[personal_id] = key
    return {personal_id: key[2] for personal_id, key in earliest.items()}


def _insert_clients(run: ImportRun, rows: list[dict[str, Any]]) -> None:
    """Insert new clients in chunks, then their search terms."""
    for row in rows:
        row["sort_name"] = sort_name(row["first_name"], row["last_name"])
    insert_in_chunks(Client, rows)
    personal_ids = [row["hmis_personal_id"] for row in rows]
    id_by_personal_id: dict[str, int] = {}
    for chunk in in_chunks(personal_ids):
        query = Client.select(Client.hmis_personal_id, Client.id).where(
            Client.hmis_personal_id.in_(list(chunk))
        )
        id_by_personal_id.update(column_map(query))

    term_rows: list[dict[str, Any]] = []
    for row in rows:
        client_id = id_by_personal_id[row["hmis_personal_id"]]
        names = Client(
            first_name=row["first_name"],
            middle_name=row["middle_name"],
            last_name=row["last_name"],
            alias="",
        )
        term_rows.extend(
            {"client": client_id, "term": term} for term in sorted(client_terms(names))
        )
    insert_in_chunks(ClientSearchTerm, term_rows)


def _update_client(client: Client, changes: dict[str, Any]) -> None:
    Client.update(**changes, updated_at=utc_now(), version=Client.version + 1).where(
        Client.id == client.id
    ).execute()
    refreshed = Client.get_by_id(client.id)
    refresh_search_terms(refreshed)
