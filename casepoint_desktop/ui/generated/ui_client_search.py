# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'client_search.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
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
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QTableView, QVBoxLayout, QWidget)

class Ui_ClientSearchPanel(object):
    def setupUi(self, ClientSearchPanel):
        if not ClientSearchPanel.objectName():
            ClientSearchPanel.setObjectName(u"ClientSearchPanel")
        ClientSearchPanel.resize(900, 600)
        self.main_layout = QVBoxLayout(ClientSearchPanel)
        self.main_layout.setObjectName(u"main_layout")
        self.search_layout = QHBoxLayout()
        self.search_layout.setObjectName(u"search_layout")
        self.search_label = QLabel(ClientSearchPanel)
        self.search_label.setObjectName(u"search_label")

        self.search_layout.addWidget(self.search_label)

        self.search_edit = QLineEdit(ClientSearchPanel)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)

        self.search_layout.addWidget(self.search_edit)

        self.add_client_button = QPushButton(ClientSearchPanel)
        self.add_client_button.setObjectName(u"add_client_button")
        self.add_client_button.setAutoDefault(False)

        self.search_layout.addWidget(self.add_client_button)


        self.main_layout.addLayout(self.search_layout)

        self.status_label = QLabel(ClientSearchPanel)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setText(u"")

        self.main_layout.addWidget(self.status_label)

        self.results_view = QTableView(ClientSearchPanel)
        self.results_view.setObjectName(u"results_view")
        self.results_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results_view.setAlternatingRowColors(True)
        self.results_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results_view.setWordWrap(False)
        self.results_view.verticalHeader().setVisible(False)

        self.main_layout.addWidget(self.results_view)

#if QT_CONFIG(shortcut)
        self.search_label.setBuddy(self.search_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.search_edit, self.add_client_button)
        QWidget.setTabOrder(self.add_client_button, self.results_view)

        self.retranslateUi(ClientSearchPanel)
    # setupUi

    def retranslateUi(self, ClientSearchPanel):
        ClientSearchPanel.setWindowTitle(QCoreApplication.translate("ClientSearchPanel", u"ClientPoint", None))
        self.search_label.setText(QCoreApplication.translate("ClientSearchPanel", u"&Search clients:", None))
#if QT_CONFIG(accessibility)
        self.search_edit.setAccessibleName(QCoreApplication.translate("ClientSearchPanel", u"Search clients", None))
#endif // QT_CONFIG(accessibility)
        self.search_edit.setPlaceholderText(QCoreApplication.translate("ClientSearchPanel", u"Name, alias, client ID, date of birth (YYYY-MM-DD or MM/DD/YYYY) or last 4 digits of ID", None))
        self.add_client_button.setText(QCoreApplication.translate("ClientSearchPanel", u"&Add Client\u2026", None))
#if QT_CONFIG(accessibility)
        self.results_view.setAccessibleName(QCoreApplication.translate("ClientSearchPanel", u"Client search results", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

