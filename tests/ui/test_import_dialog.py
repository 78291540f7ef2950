"""Tests of File > Import HMIS Export… with a fake import_folder in place of the real one."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QProgressDialog, QWidget

from casepoint_desktop.services import auth, clients
from casepoint_desktop.services.clients import ClientInput
from casepoint_desktop.services.errors import ServiceError
from casepoint_desktop.services.session import Role
from casepoint_desktop.ui import import_dialog, messages
from casepoint_desktop.ui.import_dialog import (
    MAX_ERRORS_SHOWN,
    ImportReportDialog,
    format_errors,
    run_hmis_import,
)
from tests.conftest import ADMIN_PASSWORD, make_user


class FakeCancelled(ServiceError):
    pass


@dataclass
class FakeReport:
    errors: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return "Clients: 3 created, 0 updated, 0 unchanged."


class FakeImport:
    """Records its calls and drives the progress callback like the real import.

    With `cancel_at`, it presses Cancel on the progress dialog, a child of `parent`, before
    reporting that many rows done.
    """

    def __init__(
        self, report: FakeReport, parent: QWidget | None = None, cancel_at: int | None = None
    ) -> None:
        self.report = report
        self.parent = parent
        self.cancel_at = cancel_at
        self.calls: list[tuple[Path, object]] = []
        self.progress_results: list[bool] = []
        self.progress_maximums: list[int] = []

    def import_folder(self, folder: Path, progress=None, session=None) -> FakeReport:
        self.calls.append((folder, session))
        for done in range(4):
            progress_dialog = self.parent.findChild(QProgressDialog)
            if done == self.cancel_at:
                progress_dialog.cancel()
            self.progress_results.append(progress(done, 3))
            self.progress_maximums.append(progress_dialog.maximum())
            if self.progress_results[-1] is False:
                raise FakeCancelled("cancelled")
        return self.report


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def install_fake(monkeypatch, tmp_path):
    """Replace import_folder with a fake, and messages.choose_folder with one returning tmp_path."""

    def install(fake: FakeImport) -> None:
        monkeypatch.setattr(import_dialog.hmis_import, "import_folder", fake.import_folder)
        monkeypatch.setattr(import_dialog.hmis_import, "ImportCancelled", FakeCancelled)
        monkeypatch.setattr(messages, "choose_folder", lambda parent, title: tmp_path)

    return install


@pytest.fixture
def shown(monkeypatch):
    """Capture the report dialogs, errors and information messages instead of showing them."""
    captured: dict[str, list] = {"dialogs": [], "errors": [], "infos": []}

    def capture_dialog(dialog: QDialog) -> int:
        captured["dialogs"].append(
            (dialog.ui.summary_label.text(), dialog.ui.errors_view.toPlainText())
        )
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(messages, "run_dialog", capture_dialog)
    monkeypatch.setattr(
        messages, "show_error", lambda *args, **kwargs: captured["errors"].append(args)
    )
    monkeypatch.setattr(messages, "show_info", lambda *args: captured["infos"].append(args))
    return captured


def test_import_runs_and_shows_report(parent, admin_session, install_fake, shown, tmp_path):
    report = FakeReport(errors=["Client.csv, line 3: the PersonalID is missing."])
    fake = FakeImport(report, parent)
    install_fake(fake)

    assert run_hmis_import(parent, admin_session) is True

    assert fake.calls == [(tmp_path, admin_session)]
    assert fake.progress_results == [True, True, True, True]
    assert fake.progress_maximums == [3, 3, 3, 3]
    summary, errors = shown["dialogs"][0]
    assert summary == "Clients: 3 created, 0 updated, 0 unchanged."
    assert errors == "Client.csv, line 3: the PersonalID is missing."
    assert not any(dialog.isVisible() for dialog in parent.findChildren(QProgressDialog))


def test_cancel_stops_import(parent, admin_session, install_fake, shown):
    fake = FakeImport(FakeReport(), parent, cancel_at=2)
    install_fake(fake)

    assert run_hmis_import(parent, admin_session) is False

    assert fake.progress_results == [True, True, False]
    assert shown["dialogs"] == []
    assert shown["infos"][0][2] == "The import was cancelled. Nothing in the database was changed."


def test_failed_import_shows_error(parent, admin_session, install_fake, shown, monkeypatch):
    fake = FakeImport(FakeReport(), parent)

    def fail(folder, progress=None, session=None):
        raise ServiceError(f"The folder {folder} has no Client.csv.")

    fake.import_folder = fail
    install_fake(fake)

    assert run_hmis_import(parent, admin_session) is False

    assert shown["dialogs"] == []
    assert "has no Client.csv." in shown["errors"][0][2]


def test_no_folder_chosen_does_nothing(parent, admin_session, install_fake, shown, monkeypatch):
    fake = FakeImport(FakeReport())
    install_fake(fake)
    monkeypatch.setattr(messages, "choose_folder", lambda parent, title: None)

    assert run_hmis_import(parent, admin_session) is False

    assert fake.calls == []
    assert shown["dialogs"] == []


def test_folder_chosen_through_messages(parent, admin_session, shown, monkeypatch):
    def fail_on_blocking_dialog(*args, **kwargs):
        raise AssertionError("a QFileDialog opened outside casepoint_desktop.ui.messages")

    titles: list[str] = []

    def choose_nothing(parent, title: str) -> None:
        titles.append(title)

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", fail_on_blocking_dialog)
    monkeypatch.setattr(messages, "choose_folder", choose_nothing)

    assert run_hmis_import(parent, admin_session) is False

    assert titles == [import_dialog.FOLDER_DIALOG_TITLE]
    assert shown["dialogs"] == []


def test_case_manager_rejected(parent, admin_session, install_fake, shown):
    fake = FakeImport(FakeReport())
    install_fake(fake)
    make_user("casey", Role.CASE_MANAGER)
    session = auth.log_in("casey", ADMIN_PASSWORD)

    assert run_hmis_import(parent, session) is False

    assert fake.calls == []
    assert shown["errors"][0][2] == "Only an administrator can do this."


def test_report_lists_first_problems_only():
    errors = [f"Client.csv, line {line}: bad" for line in range(MAX_ERRORS_SHOWN + 5)]

    text = format_errors(errors)

    lines = text.splitlines()
    assert len(lines) == MAX_ERRORS_SHOWN + 1
    assert lines[0] == "Client.csv, line 0: bad"
    assert lines[-1] == "… and 5 more problems."


def test_report_without_errors_hides_list(qtbot):
    dialog = ImportReportDialog("Clients: 1 created.", [])
    qtbot.addWidget(dialog)

    assert dialog.ui.errors_view.isHidden()
    assert dialog.ui.errors_label.isHidden()
    assert dialog.ui.summary_label.text() == "Clients: 1 created."


def test_report_wraps_long_problems(qtbot):
    errors = [
        "Client.csv, line 3: the DOB “1990-02-30” of PersonalID 7F3A92 is not a date, so "
        "the client was imported without a date of birth.",
        "Enrollment.csv, line 9: the HouseholdID " + "7F3A92" * 40 + " is too long.",
    ]
    dialog = ImportReportDialog("Clients: 2 created.", errors)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    view = dialog.ui.errors_view
    document = view.document()

    assert dialog.width() == 560
    assert view.horizontalScrollBar().maximum() == 0
    assert document.blockCount() == 2
    assert document.firstBlock().layout().lineCount() > 1
    assert document.lastBlock().layout().lineCount() > 1
    assert view.toPlainText() == "\n".join(errors)


def test_main_window_action_refreshes_search(qtbot, admin_session, install_fake, shown):
    from casepoint_desktop.ui.main_window import MainWindow

    window = MainWindow(admin_session)
    qtbot.addWidget(window)
    window.search_panel.ui.search_edit.setText("imported")
    window.search_panel.search_now()
    fake = FakeImport(FakeReport(), window)

    def import_one_client(folder, progress=None, session=None):
        clients.create_client(session, ClientInput("Ima", "Imported"))
        return fake.report

    fake.import_folder = import_one_client
    install_fake(fake)

    window.import_hmis_action.trigger()

    assert len(shown["dialogs"]) == 1
    assert window.search_panel.results_model.rowCount() == 1
