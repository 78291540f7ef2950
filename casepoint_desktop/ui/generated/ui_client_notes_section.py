# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'client_notes_section.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_ClientNotesSection(object):
    def setupUi(self, ClientNotesSection):
        if not ClientNotesSection.objectName():
            ClientNotesSection.setObjectName(u"ClientNotesSection")
        ClientNotesSection.resize(800, 320)
        self.main_layout = QVBoxLayout(ClientNotesSection)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(0, 0, 0, 0)
        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.add_note_button = QPushButton(ClientNotesSection)
        self.add_note_button.setObjectName(u"add_note_button")

        self.button_layout.addWidget(self.add_note_button)

        self.view_note_button = QPushButton(ClientNotesSection)
        self.view_note_button.setObjectName(u"view_note_button")

        self.button_layout.addWidget(self.view_note_button)

        self.edit_note_button = QPushButton(ClientNotesSection)
        self.edit_note_button.setObjectName(u"edit_note_button")

        self.button_layout.addWidget(self.edit_note_button)

        self.delete_note_button = QPushButton(ClientNotesSection)
        self.delete_note_button.setObjectName(u"delete_note_button")

        self.button_layout.addWidget(self.delete_note_button)

        self.print_notes_button = QPushButton(ClientNotesSection)
        self.print_notes_button.setObjectName(u"print_notes_button")

        self.button_layout.addWidget(self.print_notes_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.count_label = QLabel(ClientNotesSection)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setText(u"")

        self.button_layout.addWidget(self.count_label)


        self.main_layout.addLayout(self.button_layout)

        self.notes_view = QTableView(ClientNotesSection)
        self.notes_view.setObjectName(u"notes_view")
        self.notes_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.notes_view.setAlternatingRowColors(True)
        self.notes_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.notes_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.notes_view.setTabKeyNavigation(False)
        self.notes_view.setWordWrap(False)
        self.notes_view.horizontalHeader().setHighlightSections(False)
        self.notes_view.horizontalHeader().setStretchLastSection(True)
        self.notes_view.verticalHeader().setVisible(False)

        self.main_layout.addWidget(self.notes_view)

        QWidget.setTabOrder(self.add_note_button, self.view_note_button)
        QWidget.setTabOrder(self.view_note_button, self.edit_note_button)
        QWidget.setTabOrder(self.edit_note_button, self.delete_note_button)
        QWidget.setTabOrder(self.delete_note_button, self.print_notes_button)
        QWidget.setTabOrder(self.print_notes_button, self.notes_view)

        self.retranslateUi(ClientNotesSection)
    # setupUi

    def retranslateUi(self, ClientNotesSection):
        self.add_note_button.setText(QCoreApplication.translate("ClientNotesSection", u"Add &Note\u2026", None))
        self.view_note_button.setText(QCoreApplication.translate("ClientNotesSection", u"&View Note", None))
        self.edit_note_button.setText(QCoreApplication.translate("ClientNotesSection", u"Edi&t Note\u2026", None))
        self.delete_note_button.setText(QCoreApplication.translate("ClientNotesSection", u"De&lete Note\u2026", None))
        self.print_notes_button.setText(QCoreApplication.translate("ClientNotesSection", u"Print Notes\u2026", None))
#if QT_CONFIG(accessibility)
        self.notes_view.setAccessibleName(QCoreApplication.translate("ClientNotesSection", u"Client notes", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

