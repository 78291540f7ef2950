"""The result of an HMIS import: counts per kind of record and the rows that had problems."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from casepoint_desktop.services.errors import ServiceError


class HmisImportError(ServiceError):
    """The folder cannot be imported at all (no Client.csv, for example); nothing was changed."""


class ImportCancelled(ServiceError):
    """The progress callback cancelled the import; the whole import was rolled back."""


@dataclass(frozen=True)
class ImportRowError:
    """A problem with one row, or with a whole file when `line` is None.

    `row_skipped` is True when the row was left out, and False for a warning: the row was
    imported, without or with a changed copy of the value that `reason` names, or as it
    was exported. The reason never contains an identity number.
    """

    file: str
    line: int | None
    reason: str
    row_skipped: bool = True

    def __str__(self) -> str:
        place = self.file if self.line is None else f"{self.file}, line {self.line}"
        return f"{place}: {self.reason}"


@dataclass
class RecordCounts:
    """How many records of one kind the import created, updated and left unchanged."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0

    @property
    def total(self) -> int:
        return self.created + self.updated + self.unchanged

    def describe(self) -> str:
        """Return the counts as "3 created, 1 updated, 10 unchanged" with thousands commas."""
        return f"{self.created:,} created, {self.updated:,} updated, {self.unchanged:,} unchanged"


@dataclass
class ImportReport:
    """Counts per kind of record and the row problems of one import.

    `rows_deleted` counts the rows that HMIS marked as deleted (DateDeleted set), which the
    import leaves out on purpose. Rows left out because of errors are in `errors`.
    """

    folder: Path
    agency_name: str = ""
    providers: RecordCounts = field(default_factory=RecordCounts)
    clients: RecordCounts = field(default_factory=RecordCounts)
    households: RecordCounts = field(default_factory=RecordCounts)
    members: RecordCounts = field(default_factory=RecordCounts)
    services: RecordCounts = field(default_factory=RecordCounts)
    service_types_created: int = 0
    rows_read: int = 0
    rows_deleted: int = 0
    seconds: float = 0.0
    errors: list[ImportRowError] = field(default_factory=list)

    @property
    def rows_skipped(self) -> int:
        """Rows left out because of an error; file-level problems are not counted."""
        return sum(1 for error in self.errors if error.row_skipped and error.line is not None)

    @property
    def warnings(self) -> int:
        return len(self.errors) - self.rows_skipped

    def add_error(self, file: str, line: int | None, reason: str, row_skipped: bool = True) -> None:
        """Record a problem; `reason` must not contain an identity number."""
        self.errors.append(ImportRowError(file, line, reason, row_skipped))

    def counts(self) -> dict[str, int]:
        """Return every count by name, for the audit log and the log file."""
        result: dict[str, int] = {}
        for kind in ("providers", "clients", "households", "members", "services"):
            counts: RecordCounts = getattr(self, kind)
            result[f"{kind}_created"] = counts.created
            result[f"{kind}_updated"] = counts.updated
            result[f"{kind}_unchanged"] = counts.unchanged
        result["service_types_created"] = self.service_types_created
        result["rows_read"] = self.rows_read
        result["rows_skipped"] = self.rows_skipped
        result["rows_deleted"] = self.rows_deleted
        result["problems"] = len(self.errors)
        return result

    def summary(self) -> str:
        """Return the counts as plain sentences, one per line, for a dialog or a terminal."""
        lines = [
            f"Imported the HMIS export in {self.folder} in {self.seconds:.1f} seconds.",
            f"Agency: {self.agency_name}." if self.agency_name else "",
            f"Providers: {self.providers.describe()}.",
            f"Clients: {self.clients.describe()}.",
            f"Households: {self.households.describe()}.",
            f"Household members: {self.members.describe()}.",
            f"Service transactions: {self.services.describe()}.",
            f"New service types: {self.service_types_created:,}.",
            f"Rows read: {self.rows_read:,}. Rows skipped because of errors: "
            f"{self.rows_skipped:,}. Rows marked deleted in HMIS and not imported: "
            f"{self.rows_deleted:,}.",
        ]
        if not self.errors:
            lines.append("No problems were found.")
        elif len(self.errors) == 1:
            lines.append(
                "1 problem was found. It is listed with its file, and with its line when it "
                "concerns one row."
            )
        else:
            lines.append(
                f"{len(self.errors):,} problems were found. Each is listed with its file, and "
                "with its line when it concerns one row."
            )
        return "\n".join(line for line in lines if line)
