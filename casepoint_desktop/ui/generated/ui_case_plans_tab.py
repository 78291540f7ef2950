# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_plans_tab.ui'
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
    QSplitter, QTableView, QVBoxLayout, QWidget)

class Ui_CasePlansTab(object):
    def setupUi(self, CasePlansTab):
        if not CasePlansTab.objectName():
            CasePlansTab.setObjectName(u"CasePlansTab")
        CasePlansTab.resize(900, 400)
        self.main_layout = QVBoxLayout(CasePlansTab)
        self.main_layout.setObjectName(u"main_layout")
        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.add_button = QPushButton(CasePlansTab)
        self.add_button.setObjectName(u"add_button")

        self.button_layout.addWidget(self.add_button)

        self.edit_button = QPushButton(CasePlansTab)
        self.edit_button.setObjectName(u"edit_button")

        self.button_layout.addWidget(self.edit_button)

        self.delete_button = QPushButton(CasePlansTab)
        self.delete_button.setObjectName(u"delete_button")

        self.button_layout.addWidget(self.delete_button)

        self.print_button = QPushButton(CasePlansTab)
        self.print_button.setObjectName(u"print_button")

        self.button_layout.addWidget(self.print_button)

        self.print_goal_button = QPushButton(CasePlansTab)
        self.print_goal_button.setObjectName(u"print_goal_button")

        self.button_layout.addWidget(self.print_goal_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.count_label = QLabel(CasePlansTab)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setText(u"")

        self.button_layout.addWidget(self.count_label)


        self.main_layout.addLayout(self.button_layout)

        self.goals_splitter = QSplitter(CasePlansTab)
        self.goals_splitter.setObjectName(u"goals_splitter")
        self.goals_splitter.setOrientation(Qt.Orientation.Vertical)
        self.goals_splitter.setChildrenCollapsible(False)
        self.goals_view = QTableView(self.goals_splitter)
        self.goals_view.setObjectName(u"goals_view")
        self.goals_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.goals_view.setAlternatingRowColors(True)
        self.goals_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.goals_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.goals_view.setTabKeyNavigation(False)
        self.goals_view.setWordWrap(False)
        self.goals_splitter.addWidget(self.goals_view)
        self.goals_view.horizontalHeader().setHighlightSections(False)
        self.goals_view.horizontalHeader().setStretchLastSection(False)
        self.goals_view.verticalHeader().setVisible(False)
        self.attachments_host = QWidget(self.goals_splitter)
        self.attachments_host.setObjectName(u"attachments_host")
        self.attachments_layout = QVBoxLayout(self.attachments_host)
        self.attachments_layout.setObjectName(u"attachments_layout")
        self.attachments_layout.setContentsMargins(0, 0, 0, 0)
        self.goals_splitter.addWidget(self.attachments_host)

        self.main_layout.addWidget(self.goals_splitter)

        QWidget.setTabOrder(self.add_button, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.delete_button)
        QWidget.setTabOrder(self.delete_button, self.print_button)
        QWidget.setTabOrder(self.print_button, self.print_goal_button)
        QWidget.setTabOrder(self.print_goal_button, self.goals_view)

        self.retranslateUi(CasePlansTab)
    # setupUi

    def retranslateUi(self, CasePlansTab):
        self.add_button.setText(QCoreApplication.translate("CasePlansTab", u"&Add Goal\u2026", None))
        self.edit_button.setText(QCoreApplication.translate("CasePlansTab", u"&Edit Goal\u2026", None))
        self.delete_button.setText(QCoreApplication.translate("CasePlansTab", u"De&lete Goal\u2026", None))
        self.print_button.setText(QCoreApplication.translate("CasePlansTab", u"P&rint Case Plan\u2026", None))
        self.print_goal_button.setText(QCoreApplication.translate("CasePlansTab", u"Print &Goal\u2026", None))
#if QT_CONFIG(accessibility)
        self.goals_view.setAccessibleName(QCoreApplication.translate("CasePlansTab", u"Goals", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.goals_view.setAccessibleDescription(QCoreApplication.translate("CasePlansTab", u"Newest goal first. Press Enter to edit the selected goal.", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

