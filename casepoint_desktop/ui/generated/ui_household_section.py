# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'household_section.ui'
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
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_HouseholdSection(object):
    def setupUi(self, HouseholdSection):
        if not HouseholdSection.objectName():
            HouseholdSection.setObjectName(u"HouseholdSection")
        HouseholdSection.resize(640, 160)
        self.main_layout = QHBoxLayout(HouseholdSection)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(0, 0, 0, 0)
        self.table_layout = QVBoxLayout()
        self.table_layout.setObjectName(u"table_layout")
        self.household_view = QTableView(HouseholdSection)
        self.household_view.setObjectName(u"household_view")
        self.household_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.household_view.setAlternatingRowColors(True)
        self.household_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.household_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.household_view.setTabKeyNavigation(False)
        self.household_view.setWordWrap(False)
        self.household_view.horizontalHeader().setHighlightSections(False)
        self.household_view.horizontalHeader().setStretchLastSection(True)
        self.household_view.verticalHeader().setVisible(False)

        self.table_layout.addWidget(self.household_view)

        self.empty_label = QLabel(HouseholdSection)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setText(u"")
        self.empty_label.setWordWrap(True)

        self.table_layout.addWidget(self.empty_label)


        self.main_layout.addLayout(self.table_layout)

        self.button_layout = QVBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.add_member_button = QPushButton(HouseholdSection)
        self.add_member_button.setObjectName(u"add_member_button")

        self.button_layout.addWidget(self.add_member_button)

        self.make_head_button = QPushButton(HouseholdSection)
        self.make_head_button.setObjectName(u"make_head_button")

        self.button_layout.addWidget(self.make_head_button)

        self.change_relationship_button = QPushButton(HouseholdSection)
        self.change_relationship_button.setObjectName(u"change_relationship_button")

        self.button_layout.addWidget(self.change_relationship_button)

        self.remove_member_button = QPushButton(HouseholdSection)
        self.remove_member_button.setObjectName(u"remove_member_button")

        self.button_layout.addWidget(self.remove_member_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.button_layout.addItem(self.button_spacer)


        self.main_layout.addLayout(self.button_layout)

        QWidget.setTabOrder(self.household_view, self.add_member_button)
        QWidget.setTabOrder(self.add_member_button, self.make_head_button)
        QWidget.setTabOrder(self.make_head_button, self.change_relationship_button)
        QWidget.setTabOrder(self.change_relationship_button, self.remove_member_button)

        self.retranslateUi(HouseholdSection)
    # setupUi

    def retranslateUi(self, HouseholdSection):
#if QT_CONFIG(accessibility)
        self.household_view.setAccessibleName(QCoreApplication.translate("HouseholdSection", u"Household members", None))
#endif // QT_CONFIG(accessibility)
        self.add_member_button.setText(QCoreApplication.translate("HouseholdSection", u"&Add Member\u2026", None))
#if QT_CONFIG(tooltip)
        self.add_member_button.setToolTip(QCoreApplication.translate("HouseholdSection", u"Add an existing client to this household", None))
#endif // QT_CONFIG(tooltip)
        self.make_head_button.setText(QCoreApplication.translate("HouseholdSection", u"&Make Head of Household", None))
        self.change_relationship_button.setText(QCoreApplication.translate("HouseholdSection", u"Change &Relationship\u2026", None))
        self.remove_member_button.setText(QCoreApplication.translate("HouseholdSection", u"Remove from Hou&sehold\u2026", None))
#if QT_CONFIG(tooltip)
        self.remove_member_button.setToolTip(QCoreApplication.translate("HouseholdSection", u"Record that the selected member left the household", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

