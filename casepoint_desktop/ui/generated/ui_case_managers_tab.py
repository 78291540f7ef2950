# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_managers_tab.ui'
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

class Ui_CaseManagersTab(object):
    def setupUi(self, CaseManagersTab):
        if not CaseManagersTab.objectName():
            CaseManagersTab.setObjectName(u"CaseManagersTab")
        CaseManagersTab.resize(900, 400)
        self.main_layout = QVBoxLayout(CaseManagersTab)
        self.main_layout.setObjectName(u"main_layout")
        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.add_button = QPushButton(CaseManagersTab)
        self.add_button.setObjectName(u"add_button")

        self.button_layout.addWidget(self.add_button)

        self.edit_button = QPushButton(CaseManagersTab)
        self.edit_button.setObjectName(u"edit_button")

        self.button_layout.addWidget(self.edit_button)

        self.delete_button = QPushButton(CaseManagersTab)
        self.delete_button.setObjectName(u"delete_button")

        self.button_layout.addWidget(self.delete_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.count_label = QLabel(CaseManagersTab)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setText(u"")

        self.button_layout.addWidget(self.count_label)


        self.main_layout.addLayout(self.button_layout)

        self.assignments_view = QTableView(CaseManagersTab)
        self.assignments_view.setObjectName(u"assignments_view")
        self.assignments_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.assignments_view.setAlternatingRowColors(True)
        self.assignments_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.assignments_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.assignments_view.setTabKeyNavigation(False)
        self.assignments_view.setWordWrap(False)
        self.assignments_view.horizontalHeader().setHighlightSections(False)
        self.assignments_view.horizontalHeader().setStretchLastSection(False)
        self.assignments_view.verticalHeader().setVisible(False)

        self.main_layout.addWidget(self.assignments_view)

        QWidget.setTabOrder(self.add_button, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.delete_button)
        QWidget.setTabOrder(self.delete_button, self.assignments_view)

        self.retranslateUi(CaseManagersTab)
    # setupUi

    def retranslateUi(self, CaseManagersTab):
        self.add_button.setText(QCoreApplication.translate("CaseManagersTab", u"&Add Case Manager\u2026", None))
        self.edit_button.setText(QCoreApplication.translate("CaseManagersTab", u"&Edit Case Manager\u2026", None))
        self.delete_button.setText(QCoreApplication.translate("CaseManagersTab", u"De&lete Case Manager\u2026", None))
#if QT_CONFIG(accessibility)
        self.assignments_view.setAccessibleName(QCoreApplication.translate("CaseManagersTab", u"Case managers", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.assignments_view.setAccessibleDescription(QCoreApplication.translate("CaseManagersTab", u"Active case managers first. Press Enter to edit the selected one.", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

