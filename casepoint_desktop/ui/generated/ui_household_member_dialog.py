# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'household_member_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHeaderView,
    QLabel, QLineEdit, QSizePolicy, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_HouseholdMemberDialog(object):
    def setupUi(self, HouseholdMemberDialog):
        if not HouseholdMemberDialog.objectName():
            HouseholdMemberDialog.setObjectName(u"HouseholdMemberDialog")
        HouseholdMemberDialog.resize(600, 480)
        self.main_layout = QVBoxLayout(HouseholdMemberDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(HouseholdMemberDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setText(u"")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.search_form = QFormLayout()
        self.search_form.setObjectName(u"search_form")
        self.search_label = QLabel(HouseholdMemberDialog)
        self.search_label.setObjectName(u"search_label")

        self.search_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.search_label)

        self.search_edit = QLineEdit(HouseholdMemberDialog)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)

        self.search_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.search_edit)


        self.main_layout.addLayout(self.search_form)

        self.results_label = QLabel(HouseholdMemberDialog)
        self.results_label.setObjectName(u"results_label")

        self.main_layout.addWidget(self.results_label)

        self.results_view = QTableWidget(HouseholdMemberDialog)
        self.results_view.setObjectName(u"results_view")
        self.results_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results_view.setAlternatingRowColors(True)
        self.results_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results_view.setTabKeyNavigation(False)
        self.results_view.horizontalHeader().setStretchLastSection(True)
        self.results_view.verticalHeader().setVisible(False)

        self.main_layout.addWidget(self.results_view)

        self.results_status_label = QLabel(HouseholdMemberDialog)
        self.results_status_label.setObjectName(u"results_status_label")
        self.results_status_label.setText(u"")
        self.results_status_label.setWordWrap(True)

        self.main_layout.addWidget(self.results_status_label)

        self.client_error_label = QLabel(HouseholdMemberDialog)
        self.client_error_label.setObjectName(u"client_error_label")
        self.client_error_label.setText(u"")
        self.client_error_label.setWordWrap(True)

        self.main_layout.addWidget(self.client_error_label)

        self.relationship_form = QFormLayout()
        self.relationship_form.setObjectName(u"relationship_form")
        self.relationship_label = QLabel(HouseholdMemberDialog)
        self.relationship_label.setObjectName(u"relationship_label")

        self.relationship_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.relationship_label)

        self.relationship_box = QVBoxLayout()
        self.relationship_box.setSpacing(2)
        self.relationship_box.setObjectName(u"relationship_box")
        self.relationship_combo = QComboBox(HouseholdMemberDialog)
        self.relationship_combo.setObjectName(u"relationship_combo")

        self.relationship_box.addWidget(self.relationship_combo)

        self.relationship_error_label = QLabel(HouseholdMemberDialog)
        self.relationship_error_label.setObjectName(u"relationship_error_label")
        self.relationship_error_label.setText(u"")
        self.relationship_error_label.setWordWrap(True)

        self.relationship_box.addWidget(self.relationship_error_label)


        self.relationship_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.relationship_box)


        self.main_layout.addLayout(self.relationship_form)

        self.general_error_label = QLabel(HouseholdMemberDialog)
        self.general_error_label.setObjectName(u"general_error_label")
        self.general_error_label.setText(u"")
        self.general_error_label.setWordWrap(True)

        self.main_layout.addWidget(self.general_error_label)

        self.button_box = QDialogButtonBox(HouseholdMemberDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.search_label.setBuddy(self.search_edit)
        self.results_label.setBuddy(self.results_view)
        self.relationship_label.setBuddy(self.relationship_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.search_edit, self.results_view)
        QWidget.setTabOrder(self.results_view, self.relationship_combo)
        QWidget.setTabOrder(self.relationship_combo, self.button_box)

        self.retranslateUi(HouseholdMemberDialog)
    # setupUi

    def retranslateUi(self, HouseholdMemberDialog):
        HouseholdMemberDialog.setWindowTitle(QCoreApplication.translate("HouseholdMemberDialog", u"Add Household Member", None))
        self.search_label.setText(QCoreApplication.translate("HouseholdMemberDialog", u"&Find client:", None))
        self.search_edit.setPlaceholderText(QCoreApplication.translate("HouseholdMemberDialog", u"Name, client ID, date of birth (YYYY-MM-DD) or last 4 of ID", None))
#if QT_CONFIG(accessibility)
        self.search_edit.setAccessibleName(QCoreApplication.translate("HouseholdMemberDialog", u"Find client", None))
#endif // QT_CONFIG(accessibility)
        self.results_label.setText(QCoreApplication.translate("HouseholdMemberDialog", u"&Matching clients:", None))
#if QT_CONFIG(accessibility)
        self.results_view.setAccessibleName(QCoreApplication.translate("HouseholdMemberDialog", u"Matching clients", None))
#endif // QT_CONFIG(accessibility)
        self.relationship_label.setText(QCoreApplication.translate("HouseholdMemberDialog", u"&Relationship to head\n"
"of household:", None))
#if QT_CONFIG(accessibility)
        self.relationship_combo.setAccessibleName(QCoreApplication.translate("HouseholdMemberDialog", u"Relationship to head of household", None))
#endif // QT_CONFIG(accessibility)
        self.relationship_combo.setPlaceholderText(QCoreApplication.translate("HouseholdMemberDialog", u"Choose a relationship", None))
    # retranslateUi

