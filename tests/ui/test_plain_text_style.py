"""Tests of the style rule that labels show names as plain text, not as HTML."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from casepoint_desktop.services import clients
from casepoint_desktop.services.clients import ClientInput
from casepoint_desktop.ui import start
from casepoint_desktop.ui.login_dialog import LoginDialog
from casepoint_desktop.ui.main_window import MainWindow

HTML_NAME = "<font color=red size=7>Red</font>"
HTML_ALIAS = "<a href='http://example.invalid'>link</a>"


def test_client_names_shown_as_plain_text(qtbot, qapp, admin_session):
    start.create_application()
    client = clients.create_client(
        admin_session, ClientInput("<b>Bold</b>", HTML_NAME, alias=HTML_ALIAS)
    )
    window = MainWindow(admin_session)
    qtbot.addWidget(window)
    window.show()
    window.open_client(client.id)
    qapp.processEvents()

    showing_names = [
        label
        for label in window.findChildren(QLabel)
        if label.isVisible() and ("<font" in label.text() or "<a href" in label.text())
    ]

    assert showing_names
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in showing_names)


def test_message_box_text_plain(qtbot, qapp):
    start.create_application()
    box = QMessageBox(QMessageBox.Icon.Warning, "Title", f"Delete {HTML_NAME}?")
    qtbot.addWidget(box)
    box.show()

    label = next(label for label in box.findChildren(QLabel) if "<font" in label.text())

    assert label.textFormat() == Qt.TextFormat.PlainText


def test_log_in_labels_keep_mnemonics_and_demo_markup(qtbot, qapp):
    start.create_application()
    dialog = LoginDialog(agency_name="Agency <b>bold</b> & co", demo_credentials=("ada", "pw"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qapp.processEvents()

    assert dialog.ui.agency_label.textFormat() == Qt.TextFormat.PlainText
    assert dialog.ui.demo_label.textFormat() == Qt.TextFormat.RichText
    assert dialog.ui.username_label.buddy() is dialog.ui.username_edit
    qtbot.keyClick(dialog, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    assert dialog.focusWidget() is dialog.ui.username_edit
