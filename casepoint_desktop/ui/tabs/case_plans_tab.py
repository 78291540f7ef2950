"""The Case Plans tab of a client record: the client's goals and the selected goal's files."""

from __future__ import annotations

import logging

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QWidget

from casepoint_desktop.data.case_plan_models import Goal
from casepoint_desktop.services import goals
from casepoint_desktop.services.attachments import AttachmentOwner
from casepoint_desktop.services.errors import ServiceError
from casepoint_desktop.services.session import Role, Session
from casepoint_desktop.ui import messages, print_actions
from casepoint_desktop.ui.generated.ui_case_plans_tab import Ui_CasePlansTab
from casepoint_desktop.ui.models.goals_model import (
    CASE_MANAGER_COLUMN,
    STATUS_COLUMN,
    TYPE_COLUMN,
    GoalsModel,
)
from casepoint_desktop.ui.tabs.deferred_tab import DeferredTab
from casepoint_desktop.ui.widgets.attachments_section import AttachmentsSection
from casepoint_desktop.ui.widgets.table_sizing import RESIZE_TO_CONTENTS_ROWS

log = logging.getLogger(__name__)

# The Type, Case manager and Status columns share the width left by the other columns,
# which fit their contents.
STRETCHED_COLUMNS = (TYPE_COLUMN, CASE_MANAGER_COLUMN, STATUS_COLUMN)

NO_GOAL_HINT = "Select a goal to see its attachments and those of its case notes."


def _count(number: int, singular: str, plural: str) -> str:
    return f"{number} {singular if number == 1 else plural}"


def describe_contents(contents: dict[str, int]) -> str:
    """Return "3 action steps, 5 case notes and 2 service items" for the non-zero counts.

    Returns "" when the goal has none of them. `contents` is the result of
    services.goals.describe_goal_contents.
    """
    parts = [
        _count(contents["action_steps"], "action step", "action steps"),
        _count(contents["case_notes"], "case note", "case notes"),
        _count(contents["service_items"], "service item", "service items"),
        _count(contents["attachments"], "attachment", "attachments"),
    ]
    parts = [part for part in parts if not part.startswith("0 ")]
    if len(parts) <= 1:
        return "".join(parts)
    return f"{', '.join(parts[:-1])} and {parts[-1]}"


class CasePlansTab(DeferredTab):
    """A client's goals, newest first, with Add, Edit and Delete, and the goal's files.

    Enter or a double-click edits the current goal, and Delete deletes it after asking.
    Print Case Plan, also Ctrl+P while the tab is shown, prints the case plan. Read-only
    users see the list with the buttons disabled, except Print Case Plan. The Attachments
    section below the goals follows the selected goal. The tab builds its widgets and reads
    the goals when it is first shown.

    Signals:
        goals_changed(): a goal of the client was added, saved or deleted.
    """

    goals_changed = Signal()

    def __init__(self, session: Session, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.client_id = client_id
        self.can_write = session.role is not Role.READ_ONLY

    def _build(self) -> None:
        self.ui = Ui_CasePlansTab()
        self.ui.setupUi(self)
        ui = self.ui

        self.model = GoalsModel(self.client_id, self)
        view = ui.goals_view
        view.setModel(self.model)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(RESIZE_TO_CONTENTS_ROWS)
        for column in STRETCHED_COLUMNS:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        self.attachments_section = AttachmentsSection(self.session, None, NO_GOAL_HINT, self)
        ui.attachments_layout.addWidget(self.attachments_section)
        ui.goals_splitter.setStretchFactor(0, 3)
        ui.goals_splitter.setStretchFactor(1, 2)

        ui.add_button.setToolTip("Add a goal to this client's case plan")
        ui.edit_button.setToolTip("Edit the selected goal (Enter or double-click)")
        ui.delete_button.setToolTip("Delete the selected goal (Delete)")
        delete_shortcut = QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete),
            view,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        delete_shortcut.activated.connect(self.on_delete_clicked)
        ui.print_button.setToolTip("Print this client's case plan (Ctrl+P)")
        ui.print_goal_button.setToolTip(
            "Print the details of the selected goal; read-only users can print it too"
        )
        # A hidden widget's window shortcut does not fire, so Ctrl+P prints the case plan
        # only while this tab is the current tab of the current record.
        print_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self)
        print_shortcut.activated.connect(self.on_print_clicked)

        ui.add_button.clicked.connect(self.on_add_clicked)
        ui.edit_button.clicked.connect(self.on_edit_clicked)
        ui.delete_button.clicked.connect(self.on_delete_clicked)
        ui.print_button.clicked.connect(self.on_print_clicked)
        ui.print_goal_button.clicked.connect(self.on_print_goal_clicked)
        view.activated.connect(self.on_goal_activated)
        view.selectionModel().selectionChanged.connect(self.on_selection_changed)

        self.reload()

    def reload(self, select_goal_id: int | None = None) -> None:
        """Read the goals again and select one of them, once the tab is built."""
        if not self.is_built:
            return
        self.model.reload()
        self.ui.count_label.setText(_count(self.model.rowCount(), "goal", "goals"))
        if select_goal_id is not None:
            row = self.model.row_of_goal(select_goal_id)
            if row is not None:
                self.ui.goals_view.selectRow(row)
        self.update_buttons()
        self._show_goal_attachments()

    def selected_goal(self) -> Goal | None:
        rows = self.ui.goals_view.selectionModel().selectedRows()
        return self.model.goal_at(rows[0].row()) if rows else None

    def update_buttons(self) -> None:
        """Enable the buttons that apply to the selected goal and the user's role."""
        selected = self.selected_goal() is not None
        ui = self.ui
        ui.add_button.setEnabled(self.can_write)
        ui.edit_button.setEnabled(self.can_write and selected)
        ui.delete_button.setEnabled(self.can_write and selected)
        ui.print_goal_button.setEnabled(selected)

    def _run_dialog(self, goal_id: int | None) -> None:
        """Run the goal dialog, then reload and select the goal it saved last, if any."""
        # Imported here because the goal dialog module imports the whole goal dialog stack,
        # which the record does not need until a goal is opened.
        from casepoint_desktop.ui.dialogs.goal_dialog import GoalDialog

        saved_goal_ids: list[int] = []
        try:
            dialog = GoalDialog(self.session, self.client_id, goal_id, self)
        except ServiceError as error:
            log.warning("Opening goal %s failed: %s", goal_id, type(error).__name__)
            messages.show_service_error(self, "Goal", error)
            self.reload()
            return
        dialog.goal_saved.connect(saved_goal_ids.append)
        messages.run_dialog(dialog)
        dialog.deleteLater()
        # Files attached to the goal's case notes in the dialog belong in the list below.
        self.attachments_section.reload()
        # "Save Goal" saves and keeps the dialog open, so a cancelled dialog may still have
        # saved the goal.
        if saved_goal_ids:
            self.reload(saved_goal_ids[-1])
            self.goals_changed.emit()

    def _show_goal_attachments(self) -> None:
        goal = self.selected_goal()
        owner = AttachmentOwner(self.client_id, goal_id=goal.id) if goal is not None else None
        if owner != self.attachments_section.owner:
            self.attachments_section.set_owner(owner)

    @Slot(QItemSelection, QItemSelection)
    def on_selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        self.update_buttons()
        self._show_goal_attachments()

    @Slot()
    def on_add_clicked(self) -> None:
        if self.can_write:
            self._run_dialog(None)

    @Slot()
    def on_edit_clicked(self) -> None:
        goal = self.selected_goal()
        if goal is not None and self.can_write:
            self._run_dialog(goal.id)

    @Slot(QModelIndex)
    def on_goal_activated(self, index: QModelIndex) -> None:
        self.ui.goals_view.selectRow(index.row())
        self.on_edit_clicked()

    @Slot()
    def on_delete_clicked(self) -> None:
        goal = self.selected_goal()
        if goal is None or not self.can_write:
            return
        contents = describe_contents(goals.describe_goal_contents(goal.id))
        question = f"Delete the goal “{goal.goal_type.name}” set on {goal.date_set.isoformat()}?"
        if contents:
            question += f"\n\nThis also deletes its {contents}."
        question += "\n\nThis cannot be undone."
        if not messages.ask_yes_no(self, "Delete Goal", question):
            return
        try:
            goals.delete_goal(self.session, goal.id, expected_version=goal.version)
        except ServiceError as error:
            log.warning("Deleting goal %d failed: %s", goal.id, type(error).__name__)
            messages.show_service_error(self, "Goal Not Deleted", error)
            self.reload()
            return
        log.info("Deleted goal %d of client %d", goal.id, self.client_id)
        deleted_row = self.model.row_of_goal(goal.id)
        self.reload()
        self.goals_changed.emit()
        # The next goal moves up into the deleted row, so Delete can be pressed again.
        if deleted_row is not None and self.model.rowCount() > 0:
            self.ui.goals_view.selectRow(min(deleted_row, self.model.rowCount() - 1))

    @Slot()
    def on_print_clicked(self) -> None:
        print_actions.print_case_plan(self, self.session, self.client_id)

    @Slot()
    def on_print_goal_clicked(self) -> None:
        goal = self.selected_goal()
        if goal is not None:
            print_actions.print_goal_details(self, self.session, goal.id)
