"""The Audit Log window: search the log, read an entry's changes, export the result as CSV."""

from __future__ import annotations

import itertools
import logging
from datetime import date

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from casepoint_desktop.services import audit_log, users
from casepoint_desktop.services.audit_log import ACTIONS, AuditFilter
from casepoint_desktop.services.errors import ServiceError, ValidationError
from casepoint_desktop.services.session import Session
from casepoint_desktop.ui import messages
from casepoint_desktop.ui.admin.audit_model import (
    ACTION_COLUMN,
    CLIENT_ID_COLUMN,
    PROVIDER_COLUMN,
    RECORD_ID_COLUMN,
    RECORD_TYPE_COLUMN,
    TIME_COLUMN,
    USER_COLUMN,
    AuditLogModel,
)
from casepoint_desktop.ui.admin.table_views import make_table_view, selected_row
from casepoint_desktop.ui.widgets.optional_date_edit import OptionalDateEdit

log = logging.getLogger(__name__)

ANY = "Any"

# Starting widths in pixels; the Changes column takes the rest.
COLUMN_WIDTHS = {
    TIME_COLUMN: 140,
    USER_COLUMN: 90,
    PROVIDER_COLUMN: 160,
    ACTION_COLUMN: 60,
    RECORD_TYPE_COLUMN: 150,
    RECORD_ID_COLUMN: 70,
    CLIENT_ID_COLUMN: 70,
}


class AuditLogWindow(QDialog):
    """A read-only view of the audit log for administrators; nothing here changes an entry.

    The constructor raises PermissionDenied for other roles.
    """

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        session.require_admin()
        self.session = session
        self.setWindowTitle("Audit Log")
        self.setModal(False)

        self.user_combo = QComboBox(self)
        self.user_combo.addItem(ANY, None)
        for user in users.list_users(session):
            self.user_combo.addItem(f"{user.full_name} ({user.username})", user.id)
        self.client_id_edit = QLineEdit(self)
        self.client_id_edit.setValidator(QIntValidator(1, 2_147_483_647, self))
        self.client_id_edit.setPlaceholderText(ANY)
        self.record_type_combo = QComboBox(self)
        self.record_type_combo.addItem(ANY, "")
        for record_type in audit_log.record_types():
            self.record_type_combo.addItem(record_type, record_type)
        self.action_combo = QComboBox(self)
        self.action_combo.addItem(ANY, "")
        for action in ACTIONS:
            self.action_combo.addItem(action, action)
        self.start_edit = OptionalDateEdit(self)
        self.end_edit = OptionalDateEdit(self)
        self.search_button = QPushButton("&Search", self)
        self.search_button.setDefault(True)
        self.export_button = QPushButton("&Export CSV…", self)
        self.status_label = QLabel(self)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #c62828;")
        self.error_label.hide()

        filters = QGridLayout()
        self._add_filter(filters, 0, 0, "&User:", self.user_combo)
        self._add_filter(filters, 0, 2, "&Client ID:", self.client_id_edit)
        self._add_filter(filters, 1, 0, "&Record type:", self.record_type_combo)
        self._add_filter(filters, 1, 2, "&Action:", self.action_combo)
        self._add_filter(filters, 2, 0, "&From:", self.start_edit)
        self._add_filter(filters, 2, 2, "&To:", self.end_edit)
        filters.setColumnStretch(1, 1)
        filters.setColumnStretch(3, 1)

        self.model = AuditLogModel(session, self)
        self.view = make_table_view(self)
        self.view.setWordWrap(False)
        # Fitting columns to contents would measure every fetched row, so the columns get
        # fixed widths that the user can drag.
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.setModel(self.model)
        for column, width in COLUMN_WIDTHS.items():
            self.view.setColumnWidth(column, width)
        self.details_edit = QPlainTextEdit(self)
        self.details_edit.setReadOnly(True)
        self.details_edit.setPlaceholderText("Choose an entry to see its changes.")
        details_label = QLabel("C&hanges of the selected entry:", self)
        details_label.setBuddy(self.details_edit)
        details = QWidget(self)
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(details_label)
        details_layout.addWidget(self.details_edit)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.view)
        splitter.addWidget(details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        search_row = QHBoxLayout()
        search_row.addWidget(self.error_label, 1)
        search_row.addStretch()
        search_row.addWidget(self.search_button)
        bottom_row = QHBoxLayout()
        bottom_row.addWidget(self.status_label, 1)
        bottom_row.addWidget(self.export_button)
        bottom_row.addWidget(self.button_box)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(search_row)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom_row)

        close_button = self.button_box.button(QDialogButtonBox.StandardButton.Close)
        tab_order = (
            self.end_edit,
            self.search_button,
            self.view,
            self.details_edit,
            self.export_button,
            close_button,
        )
        for first, second in itertools.pairwise(tab_order):
            QWidget.setTabOrder(first, second)

        self.search_button.clicked.connect(self.on_search_clicked)
        self.client_id_edit.returnPressed.connect(self.on_search_clicked)
        self.export_button.clicked.connect(self.on_export_clicked)
        self.button_box.rejected.connect(self.reject)
        self.view.selectionModel().selectionChanged.connect(self.on_selection_changed)
        self.resize(1000, 640)
        self.on_search_clicked()

    def _add_filter(self, grid: QGridLayout, row: int, column: int, text: str, field: QWidget):
        label = QLabel(text, self)
        label.setBuddy(field)
        grid.addWidget(label, row, column)
        grid.addWidget(field, row, column + 1)

    def audit_filter(self) -> AuditFilter:
        """Return the filter that the fields describe.

        Raises:
            ValidationError: a date is not a valid date.
        """
        dates: dict[str, date | None] = {}
        for name, edit, label in (("start", self.start_edit, "From"), ("end", self.end_edit, "To")):
            if not edit.has_acceptable_input():
                raise ValidationError(
                    {name: f"The {label} date “{edit.text()}” is not a valid date."}
                )
            dates[name] = edit.date()
        client_text = self.client_id_edit.text().strip()
        return AuditFilter(
            user_id=self.user_combo.currentData(),
            client_id=int(client_text) if client_text else None,
            record_type=self.record_type_combo.currentData(),
            action=self.action_combo.currentData(),
            start=dates["start"],
            end=dates["end"],
        )

    @Slot()
    def on_search_clicked(self) -> None:
        self.error_label.hide()
        try:
            audit_filter = self.audit_filter()
            self.model.search(audit_filter)
            total = audit_log.count(self.session, audit_filter)
        except ServiceError as error:
            text = (
                "\n".join(error.field_errors.values())
                if isinstance(error, ValidationError)
                else str(error)
            )
            self.error_label.setText(text)
            self.error_label.show()
            return
        self.status_label.setText(f"{total:,} entries match.")
        self.details_edit.clear()

    @Slot()
    def on_selection_changed(self) -> None:
        row = selected_row(self.view)
        if row is None:
            self.details_edit.clear()
            return
        entry = self.model.entry_at(row)
        changes = audit_log.describe_changes(entry) or "This entry records no changed values."
        self.details_edit.setPlainText(changes)

    @Slot()
    def on_export_clicked(self) -> None:
        try:
            audit_filter = self.audit_filter()
        except ValidationError as error:
            messages.show_service_error(self, "Export Audit Log", error)
            return
        path = messages.choose_save_path(
            self,
            "Export Audit Log",
            f"audit-log-{date.today().isoformat()}.csv",
            "CSV files (*.csv)",
        )
        if path is None:
            return
        try:
            written = audit_log.export_csv(self.session, audit_filter, path)
        except ServiceError as error:
            messages.show_service_error(self, "Export Audit Log", error)
            return
        log.info("User %d exported %d audit entries", self.session.user.id, written)
        messages.show_info(self, "Export Audit Log", f"Saved {written:,} entries to {path}.")
