"""Back Up Database and Restore from Backup in the File menu, and the checks at start-up."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QWidget

from casepoint_desktop.data import database
from casepoint_desktop.services import backups
from casepoint_desktop.services.backups import BackupError
from casepoint_desktop.services.errors import ServiceError
from casepoint_desktop.services.session import Session
from casepoint_desktop.ui import messages

log = logging.getLogger(__name__)

BACKUP_FILTER = "CasePoint databases (*.db);;All files (*)"


def current_database_path() -> Path | str:
    """Return the open database's file, or its server URL, which may contain a typed password.

    Show a server URL only through `database.display_name`.
    """
    target = database.db.obj.database
    return target if database.is_server_url(target) else Path(target)


def back_up(parent: QWidget | None, session: Session) -> Path | None:
    """Ask where to write a backup, write it, and show what it contains; return its path.

    Returns None when the user cancels or the backup fails (the reason is shown).
    """
    suggested = f"casepoint-backup-{date.today().isoformat()}.db"
    destination = messages.choose_save_path(parent, "Back Up Database", suggested, BACKUP_FILTER)
    if destination is None:
        return None
    try:
        info = backups.back_up(destination, session)
    except ServiceError as error:
        messages.show_service_error(parent, "Back Up Database", error)
        return None
    messages.show_info(
        parent,
        "Back Up Database",
        f"The backup is saved as {info.path}.\n"
        f"It contains {info.clients:,} clients and every case plan, note and attachment "
        f"({info.size_bytes / 1024 / 1024:,.1f} MB).",
    )
    return info.path


def choose_and_check_backup(parent: QWidget | None) -> Path | None:
    """Ask for a backup file, check it, and ask before it replaces the database.

    Returns the checked file, or None when the user cancels or the file fails its check.
    """
    chosen = messages.choose_open_files(parent, "Restore from Backup", BACKUP_FILTER)
    if not chosen:
        return None
    backup = chosen[0]
    try:
        info = backups.check_backup(backup)
    except BackupError as error:
        messages.show_service_error(parent, "Restore from Backup", error)
        return None
    question = (
        f"Replace the database with the backup {backup.name}? It contains "
        f"{info.clients:,} clients. Everything saved since that backup was made is "
        "replaced. The database as it is now is kept beside it as a copy."
    )
    if not messages.ask_yes_no(parent, "Restore from Backup", question):
        return None
    return backup


def restore(parent: QWidget | None, backup: Path, database_path: Path | str) -> bool:
    """Restore `backup` over the closed database at `database_path`; return True on success."""
    try:
        kept = backups.restore(backup, database_path)
    except BackupError as error:
        messages.show_service_error(parent, "Restore from Backup", error)
        return False
    messages.show_info(
        parent,
        "Restore from Backup",
        f"The database was restored from {backup.name}. The database as it was before is "
        f"kept as {kept}.",
    )
    return True


def warn_about_network_share(parent: QWidget | None, database_path: Path) -> None:
    """Warn once when the database lives on a network share."""
    kind = database.network_file_system(database_path)
    if kind is None:
        return
    log.warning("The database is on a network file system (%s)", kind)
    messages.show_error(
        parent,
        "Database on a Network Share",
        f"The database {database_path} is on a network share ({kind}). SQLite, which keeps "
        "the data, cannot lock a file reliably over a network, so two PCs saving at the same "
        "time can damage it. Use it from one PC at a time, or move it to this PC's own disk.",
    )


def back_up_on_exit(database_path: Path | str) -> Path | None:
    """Write the automatic backup when the agency setting requests one on exit.

    Returns the backup's path. A failure is logged, not shown, because the program is closing.
    """
    from casepoint_desktop.data.models import AgencySettings

    settings = AgencySettings.get_or_none()
    if settings is None or not settings.backup_on_exit:
        return None
    if database.is_server_url(database_path):
        log.info("No automatic backup on exit: the database is on a server, which pg_dump backs up")
        return None
    try:
        return backups.automatic_backup(database_path, settings.backups_kept)
    except BackupError as error:
        log.error("The automatic backup on exit failed: %s", error)
        return None
