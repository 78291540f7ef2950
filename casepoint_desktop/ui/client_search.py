"""ClientPoint: the client search panel, the first tab of the main window."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget

from casepoint_desktop.services import search
from casepoint_desktop.ui.generated.ui_client_search import Ui_ClientSearchPanel
from casepoint_desktop.ui.models.client_search_model import (
    ALIAS_COLUMN,
    CLIENT_ID_COLUMN,
    CLIENT_ID_ROLE,
    DATE_OF_BIRTH_COLUMN,
    FIRST_NAME_COLUMN,
    LAST_NAME_COLUMN,
    MIDDLE_NAME_COLUMN,
    SORT_ROLE,
    SSN_LAST4_COLUMN,
    ClientSearchModel,
    format_ssn_last4,
)
from casepoint_desktop.ui.widgets.table_sizing import RESIZE_TO_CONTENTS_ROWS, fit_column_to_sample

# Time after the last keystroke before search-as-you-type runs, so that typing a name runs
# one query instead of one per letter. Enter searches at once.
SEARCH_DELAY_MS = 150

RESULT_LIMIT = search.DEFAULT_LIMIT

# The status line quotes the typed text up to this many characters, so that a long paste
# does not widen the window.
QUOTED_TEXT_MAX_LENGTH = 60

# The client ID column is as wide as this many digits: 10 million clients.
CLIENT_ID_SAMPLE_DIGITS = 8

# Initial width in pixels of the middle name and alias columns, which the user can drag.
SHORT_NAME_COLUMN_WIDTH = 160

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def result_status_text(text: str, found: int, limited: bool) -> str:
    """Return the status line for `found` clients matching `text`."""
    if limited:
        # Not "the first": a name search sorts only the first matches it collects.
        return f"Showing {RESULT_LIMIT} of the matching clients; type more to narrow"
    if found == 0:
        quoted = text.strip()
        if len(quoted) > QUOTED_TEXT_MAX_LENGTH:
            quoted = quoted[: QUOTED_TEXT_MAX_LENGTH - 1] + "…"
        return f"No client matches “{quoted}”"
    if found == 1:
        return "1 client found"
    return f"{found} clients found"


class ClientSearchPanel(QWidget):
    """Search field, results table and Add Client button of ClientPoint.

    Signals:
        client_activated(int): the user opened the client with this id (Enter or double-click
            on a result).
        add_client_requested(): the user pressed Add Client….
    """

    client_activated = Signal(int)
    add_client_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ClientSearchPanel()
        self.ui.setupUi(self)

        self.results_model = ClientSearchModel(self)
        self._sorted_results = QSortFilterProxyModel(self)
        self._sorted_results.setSourceModel(self.results_model)
        self._sorted_results.setSortRole(SORT_ROLE)
        self._set_up_results_view()

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)

        self.ui.search_edit.textChanged.connect(self.on_search_text_changed)
        self.ui.search_edit.returnPressed.connect(self.on_search_return_pressed)
        self._search_timer.timeout.connect(self.on_search_timer_timeout)
        self.ui.results_view.activated.connect(self.on_result_activated)
        self.ui.add_client_button.clicked.connect(self.on_add_client_clicked)
        self.ui.search_edit.installEventFilter(self)
        self.ui.results_view.installEventFilter(self)

    def _set_up_results_view(self) -> None:
        view = self.ui.results_view
        view.setModel(self._sorted_results)
        view.setTabKeyNavigation(False)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        header = view.horizontalHeader()
        header.setHighlightSections(False)
        header.setResizeContentsPrecision(RESIZE_TO_CONTENTS_ROWS)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # Widths from sample values, not ResizeToContents, which measured the rows at every
        # keystroke.
        fit_column_to_sample(view, CLIENT_ID_COLUMN, "0" * CLIENT_ID_SAMPLE_DIGITS)
        fit_column_to_sample(view, DATE_OF_BIRTH_COLUMN, "0000-00-00")
        fit_column_to_sample(view, SSN_LAST4_COLUMN, format_ssn_last4("0000"))
        for column in (LAST_NAME_COLUMN, FIRST_NAME_COLUMN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for column in (MIDDLE_NAME_COLUMN, ALIAS_COLUMN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, SHORT_NAME_COLUMN_WIDTH)

        # No sort indicator at first, so the rows keep the search's order (last name, first
        # name, client ID) until the user clicks a column header.
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)

    def search_text(self) -> str:
        return self.ui.search_edit.text()

    def focus_search_field(self) -> None:
        """Move the keyboard focus to the search field and select its text."""
        self.ui.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.search_edit.selectAll()

    def set_add_client_allowed(self, allowed: bool) -> None:
        self.ui.add_client_button.setEnabled(allowed)

    def search_now(self) -> None:
        """Search for the text in the field now, cancelling a pending search-as-you-type.

        The client that was current in the results stays current when it is found again.
        """
        self._search_timer.stop()
        current_client_id = self.current_client_id()
        text = self.search_text()

        if not text.strip():
            self.results_model.clear()
            self.ui.status_label.clear()
            return

        clients = search.find_client_summaries(text, limit=RESULT_LIMIT + 1)
        limited = len(clients) > RESULT_LIMIT
        self.results_model.set_summaries(clients[:RESULT_LIMIT])
        self.ui.status_label.setText(result_status_text(text, len(clients), limited))

        if current_client_id is not None:
            self._select_client(current_client_id)

    def refresh(self) -> None:
        """Run the current search again, for example after a client was changed or added."""
        self.search_now()

    def current_client_id(self) -> int | None:
        index = self.ui.results_view.currentIndex()
        return index.data(CLIENT_ID_ROLE) if index.isValid() else None

    def _select_client(self, client_id: int) -> None:
        row = self.results_model.row_of_client(client_id)
        if row is None:
            return
        index = self._sorted_results.mapFromSource(self.results_model.index(row, 0))
        self.ui.results_view.setCurrentIndex(index)

    def _move_into_results(self) -> None:
        view = self.ui.results_view
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        if not view.currentIndex().isValid():
            view.setCurrentIndex(self._sorted_results.index(0, 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)

        if watched is self.ui.search_edit and event.key() == Qt.Key.Key_Down:
            if self._search_timer.isActive():
                self.search_now()
            if self._sorted_results.rowCount() > 0:
                self._move_into_results()
                return True

        # Qt documents that the keys that emit `activated` depend on the platform, so the
        # panel opens the current client on Enter itself.
        if watched is self.ui.results_view and event.key() in _ENTER_KEYS:
            index = self.ui.results_view.currentIndex()
            if index.isValid():
                self.on_result_activated(index)
                return True

        return super().eventFilter(watched, event)

    @Slot(str)
    def on_search_text_changed(self, _text: str) -> None:
        self._search_timer.start()

    @Slot()
    def on_search_return_pressed(self) -> None:
        self.search_now()

    @Slot()
    def on_search_timer_timeout(self) -> None:
        self.search_now()

    @Slot(QModelIndex)
    def on_result_activated(self, index: QModelIndex) -> None:
        client_id = index.data(CLIENT_ID_ROLE)
        if client_id is not None:
            self.client_activated.emit(int(client_id))

    @Slot()
    def on_add_client_clicked(self) -> None:
        self.add_client_requested.emit()
