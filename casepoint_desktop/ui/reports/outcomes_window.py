"""The Goal Outcomes window: filters, the report table, its bar chart, CSV export and print."""

from __future__ import annotations

import functools
import logging
from datetime import date

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casepoint_desktop.data.lists import GoalClassification
from casepoint_desktop.data.models import Provider
from casepoint_desktop.services import reports
from casepoint_desktop.services.errors import ServiceError, ValidationError
from casepoint_desktop.services.reports import OutcomesReport, ReportFilter
from casepoint_desktop.services.session import Session
from casepoint_desktop.ui import messages
from casepoint_desktop.ui.reports.choice_list import ChoiceList
from casepoint_desktop.ui.reports.goals_behind_dialog import GoalsBehindDialog
from casepoint_desktop.ui.reports.outcomes_chart import OutcomesChartView
from casepoint_desktop.ui.reports.outcomes_model import (
    MEASURE_ROLE,
    ROW_ROLE,
    OutcomesTableModel,
)
from casepoint_desktop.ui.widgets.field_errors import FieldErrors
from casepoint_desktop.ui.widgets.optional_date_edit import OptionalDateEdit, invalid_date_message

log = logging.getLogger(__name__)

WINDOW_TITLE = "Goal Outcomes"


class GoalOutcomesWindow(QDialog):
    """A non-modal window that runs the goal outcomes report for the chosen filters.

    Every role may open it. Clicking a count, or pressing Enter on it, lists the goals
    behind it.

    Signals:
        goal_requested(int, int): the client id and goal id of a goal the user opened.
    """

    goal_requested = Signal(int, int)

    def __init__(self, session: Session, agency_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.agency_name = agency_name
        self.report: OutcomesReport | None = None
        self.goals_behind_dialog: GoalsBehindDialog | None = None
        self.setWindowTitle(WINDOW_TITLE)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)

        filters = self._create_filters()
        self.model = OutcomesTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName("Goal outcomes")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setWordWrap(False)
        self.chart_view = OutcomesChartView(self)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.chart_view)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.export_button = QPushButton("&Export CSV…", self)
        self.print_button = QPushButton("&Print…", self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self._set_report_actions_enabled(False)

        body = QHBoxLayout()
        body.addWidget(filters)
        body.addWidget(splitter, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.resize(1280, 760)

        self.run_button.clicked.connect(self.on_run_clicked)
        self.table.clicked.connect(self.on_count_activated)
        self.table.activated.connect(self.on_count_activated)
        self.export_button.clicked.connect(self.on_export_clicked)
        self.print_button.clicked.connect(self.on_print_clicked)
        buttons.rejected.connect(self.reject)

    def _create_filters(self) -> QWidget:
        panel = QWidget(self)
        panel.setMaximumWidth(250)
        self.start_date_edit = OptionalDateEdit(panel)
        self.end_date_edit = OptionalDateEdit(panel)
        today = date.today()
        self.start_date_edit.set_date(date(today.year, 1, 1))
        self.end_date_edit.set_date(today)
        self.start_error_label = QLabel(panel)
        self.end_error_label = QLabel(panel)
        self.general_error_label = QLabel(panel)

        dates = QFormLayout()
        dates.addRow("Goals set &from:", self.start_date_edit)
        dates.addRow("", self.start_error_label)
        dates.addRow("&To:", self.end_date_edit)
        dates.addRow("", self.end_error_label)
        for label_widget in (self.start_date_edit, self.end_date_edit):
            label = dates.labelForField(label_widget)
            if isinstance(label, QLabel):
                label.setBuddy(label_widget.line_edit)

        self.provider_choices = ChoiceList("Providers", "&All providers", panel)
        self.provider_choices.set_entries(
            (provider.id, provider.name) for provider in Provider.select().order_by(Provider.name)
        )
        self.classification_choices = ChoiceList("Classifications", "All &classifications", panel)
        self.classification_choices.set_entries(
            (group.id, group.name)
            for group in GoalClassification.select().order_by(
                GoalClassification.sort_order, GoalClassification.name
            )
        )
        self.run_button = QPushButton("&Run", panel)
        self.run_button.setDefault(True)

        self.field_errors = FieldErrors(
            {
                "start_date": (self.start_date_edit, self.start_error_label),
                "end_date": (self.end_date_edit, self.end_error_label),
            },
            self.general_error_label,
        )

        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(dates)
        layout.addWidget(self.provider_choices, 1)
        layout.addWidget(self.classification_choices, 1)
        layout.addWidget(self.general_error_label)
        layout.addWidget(self.run_button)
        return panel

    def report_filter(self) -> ReportFilter:
        """Return the filter the fields describe.

        Raises:
            ValidationError: a date is missing or invalid, the end is before the start, or
                a list has "All" unchecked and no entry checked.
        """
        errors = {}
        for name, edit, field_name in (
            ("start_date", self.start_date_edit, "start date"),
            ("end_date", self.end_date_edit, "end date"),
        ):
            if edit.text().strip() and not edit.has_acceptable_input():
                errors[name] = invalid_date_message(edit.text(), field_name, blank_allowed=False)
        if not self.provider_choices.all_chosen() and not self.provider_choices.chosen_ids():
            errors["providers"] = "Check at least one provider, or check All providers."
        if (
            not self.classification_choices.all_chosen()
            and not self.classification_choices.chosen_ids()
        ):
            errors["classifications"] = (
                "Check at least one classification, or check All classifications."
            )
        try:
            start, end = reports.validate_filter(
                self.start_date_edit.date(), self.end_date_edit.date()
            )
        except ValidationError as error:
            for name, message in error.field_errors.items():
                errors.setdefault(name, message)
        if errors:
            raise ValidationError({name: message or "" for name, message in errors.items()})
        return ReportFilter(
            start,
            end,
            self.provider_choices.chosen_ids(),
            self.classification_choices.chosen_ids(),
        )

    def run_report(self) -> bool:
        """Run the report for the fields and show it; return False when it did not run."""
        try:
            report_filter = self.report_filter()
        except ValidationError as error:
            self.field_errors.show(error.field_errors)
            return False
        self.field_errors.clear()
        try:
            report = reports.goal_outcomes(self.session, report_filter)
        except ServiceError as error:
            messages.show_service_error(self, WINDOW_TITLE, error)
            return False
        self.report = report
        self.model.set_report(report)
        self.table.resizeColumnsToContents()
        self.chart_view.set_report(report)
        self._set_report_actions_enabled(True)
        return True

    def _set_report_actions_enabled(self, enabled: bool) -> None:
        self.export_button.setEnabled(enabled)
        self.print_button.setEnabled(enabled)

    def _file_name(self, extension: str) -> str:
        assert self.report is not None
        report_filter = self.report.report_filter
        return f"goal-outcomes-{report_filter.start}-to-{report_filter.end}.{extension}"

    @Slot()
    def on_run_clicked(self) -> None:
        self.run_report()

    @Slot(QModelIndex)
    def on_count_activated(self, index: QModelIndex) -> None:
        measure = self.model.data(index, MEASURE_ROLE)
        row = self.model.data(index, ROW_ROLE)
        if measure is None or row is None or self.report is None:
            return
        goals = reports.goals_behind(self.report, measure, row.classification_id, row.goal_type_id)
        label = self.model.headerData(index.column(), Qt.Orientation.Horizontal)
        place = " · ".join(part for part in (row.classification, row.goal_type) if part)
        if self.goals_behind_dialog is not None:
            self.goals_behind_dialog.close()
            self.goals_behind_dialog.deleteLater()
        dialog = GoalsBehindDialog(f"{label}: {place}", goals, row.counts[measure], self)
        dialog.goal_requested.connect(self.goal_requested)
        self.goals_behind_dialog = dialog
        dialog.show()

    @Slot()
    def on_export_clicked(self) -> None:
        if self.report is None:
            return
        path = messages.choose_save_path(
            self, "Export Goal Outcomes", self._file_name("csv"), "CSV files (*.csv)"
        )
        if path is None:
            return
        try:
            reports.write_csv(self.session, self.report, path)
        except ServiceError as error:
            messages.show_service_error(self, "Export Goal Outcomes", error)
            return
        log.info("Exported the goal outcomes report to a CSV file")

    @Slot()
    def on_print_clicked(self) -> None:
        # Imported here because the print preview loads QtPdf, which the window does not need
        # until the user prints.
        from casepoint_desktop.printing.outcomes_report import render_outcomes_report
        from casepoint_desktop.ui.print_preview import show_print_preview

        if self.report is None:
            return
        # The names are read here, on the UI thread, because the render runs on a worker
        # thread that must not use the database.
        names = reports.filter_names(self.report.report_filter)
        render = functools.partial(render_outcomes_report, self.report, self.agency_name, names)
        try:
            reports.record_printed(self.session, self.report)
        except ServiceError as error:
            messages.show_service_error(self, "Print Goal Outcomes", error)
            return
        show_print_preview(self, WINDOW_TITLE, render, self._file_name("pdf"))
