# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_plan_print_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QRadioButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from casepoint_desktop.ui.widgets.optional_date_edit import OptionalDateEdit

class Ui_CasePlanPrintDialog(object):
    def setupUi(self, CasePlanPrintDialog):
        if not CasePlanPrintDialog.objectName():
            CasePlanPrintDialog.setObjectName(u"CasePlanPrintDialog")
        CasePlanPrintDialog.resize(480, 300)
        self.main_layout = QVBoxLayout(CasePlanPrintDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.goals_group = QGroupBox(CasePlanPrintDialog)
        self.goals_group.setObjectName(u"goals_group")
        self.goals_group_layout = QVBoxLayout(self.goals_group)
        self.goals_group_layout.setObjectName(u"goals_group_layout")
        self.all_goals_radio = QRadioButton(self.goals_group)
        self.all_goals_radio.setObjectName(u"all_goals_radio")
        self.all_goals_radio.setChecked(True)

        self.goals_group_layout.addWidget(self.all_goals_radio)

        self.date_range_radio = QRadioButton(self.goals_group)
        self.date_range_radio.setObjectName(u"date_range_radio")

        self.goals_group_layout.addWidget(self.date_range_radio)

        self.range_form = QFormLayout()
        self.range_form.setObjectName(u"range_form")
        self.range_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.range_form.setContentsMargins(24, 0, 0, 0)
        self.start_date_label = QLabel(self.goals_group)
        self.start_date_label.setObjectName(u"start_date_label")

        self.range_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.start_date_label)

        self.start_date_box = QVBoxLayout()
        self.start_date_box.setSpacing(2)
        self.start_date_box.setObjectName(u"start_date_box")
        self.start_date_row = QHBoxLayout()
        self.start_date_row.setObjectName(u"start_date_row")
        self.start_date_edit = OptionalDateEdit(self.goals_group)
        self.start_date_edit.setObjectName(u"start_date_edit")

        self.start_date_row.addWidget(self.start_date_edit)

        self.start_date_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.start_date_row.addItem(self.start_date_spacer)


        self.start_date_box.addLayout(self.start_date_row)

        self.start_date_error_label = QLabel(self.goals_group)
        self.start_date_error_label.setObjectName(u"start_date_error_label")
        self.start_date_error_label.setText(u"")
        self.start_date_error_label.setWordWrap(True)

        self.start_date_box.addWidget(self.start_date_error_label)


        self.range_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.start_date_box)

        self.end_date_label = QLabel(self.goals_group)
        self.end_date_label.setObjectName(u"end_date_label")

        self.range_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.end_date_label)

        self.end_date_box = QVBoxLayout()
        self.end_date_box.setSpacing(2)
        self.end_date_box.setObjectName(u"end_date_box")
        self.end_date_row = QHBoxLayout()
        self.end_date_row.setObjectName(u"end_date_row")
        self.end_date_edit = OptionalDateEdit(self.goals_group)
        self.end_date_edit.setObjectName(u"end_date_edit")

        self.end_date_row.addWidget(self.end_date_edit)

        self.end_date_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.end_date_row.addItem(self.end_date_spacer)


        self.end_date_box.addLayout(self.end_date_row)

        self.end_date_error_label = QLabel(self.goals_group)
        self.end_date_error_label.setObjectName(u"end_date_error_label")
        self.end_date_error_label.setText(u"")
        self.end_date_error_label.setWordWrap(True)

        self.end_date_box.addWidget(self.end_date_error_label)


        self.range_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.end_date_box)


        self.goals_group_layout.addLayout(self.range_form)


        self.main_layout.addWidget(self.goals_group)

        self.include_group = QGroupBox(CasePlanPrintDialog)
        self.include_group.setObjectName(u"include_group")
        self.include_group_layout = QVBoxLayout(self.include_group)
        self.include_group_layout.setObjectName(u"include_group_layout")
        self.include_closed_check = QCheckBox(self.include_group)
        self.include_closed_check.setObjectName(u"include_closed_check")
        self.include_closed_check.setChecked(True)

        self.include_group_layout.addWidget(self.include_closed_check)

        self.include_action_steps_check = QCheckBox(self.include_group)
        self.include_action_steps_check.setObjectName(u"include_action_steps_check")
        self.include_action_steps_check.setChecked(True)

        self.include_group_layout.addWidget(self.include_action_steps_check)

        self.include_case_notes_check = QCheckBox(self.include_group)
        self.include_case_notes_check.setObjectName(u"include_case_notes_check")
        self.include_case_notes_check.setChecked(True)

        self.include_group_layout.addWidget(self.include_case_notes_check)

        self.include_service_items_check = QCheckBox(self.include_group)
        self.include_service_items_check.setObjectName(u"include_service_items_check")
        self.include_service_items_check.setChecked(False)

        self.include_group_layout.addWidget(self.include_service_items_check)

        self.include_signatures_check = QCheckBox(self.include_group)
        self.include_signatures_check.setObjectName(u"include_signatures_check")
        self.include_signatures_check.setChecked(True)

        self.include_group_layout.addWidget(self.include_signatures_check)


        self.main_layout.addWidget(self.include_group)

        self.general_error_label = QLabel(CasePlanPrintDialog)
        self.general_error_label.setObjectName(u"general_error_label")
        self.general_error_label.setText(u"")
        self.general_error_label.setWordWrap(True)

        self.main_layout.addWidget(self.general_error_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(CasePlanPrintDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.start_date_label.setBuddy(self.start_date_edit)
        self.end_date_label.setBuddy(self.end_date_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.all_goals_radio, self.date_range_radio)
        QWidget.setTabOrder(self.date_range_radio, self.start_date_edit)
        QWidget.setTabOrder(self.start_date_edit, self.end_date_edit)
        QWidget.setTabOrder(self.end_date_edit, self.include_closed_check)
        QWidget.setTabOrder(self.include_closed_check, self.include_action_steps_check)
        QWidget.setTabOrder(self.include_action_steps_check, self.include_case_notes_check)
        QWidget.setTabOrder(self.include_case_notes_check, self.include_service_items_check)
        QWidget.setTabOrder(self.include_service_items_check, self.include_signatures_check)
        QWidget.setTabOrder(self.include_signatures_check, self.button_box)

        self.retranslateUi(CasePlanPrintDialog)
    # setupUi

    def retranslateUi(self, CasePlanPrintDialog):
        CasePlanPrintDialog.setWindowTitle(QCoreApplication.translate("CasePlanPrintDialog", u"Print Case Plan", None))
        self.goals_group.setTitle(QCoreApplication.translate("CasePlanPrintDialog", u"Goals", None))
        self.all_goals_radio.setText(QCoreApplication.translate("CasePlanPrintDialog", u"&All goals", None))
        self.date_range_radio.setText(QCoreApplication.translate("CasePlanPrintDialog", u"Goals set &within a date range:", None))
        self.start_date_label.setText(QCoreApplication.translate("CasePlanPrintDialog", u"&From:", None))
#if QT_CONFIG(accessibility)
        self.start_date_edit.setAccessibleName(QCoreApplication.translate("CasePlanPrintDialog", u"Goals set from", None))
#endif // QT_CONFIG(accessibility)
        self.end_date_label.setText(QCoreApplication.translate("CasePlanPrintDialog", u"&To:", None))
#if QT_CONFIG(accessibility)
        self.end_date_edit.setAccessibleName(QCoreApplication.translate("CasePlanPrintDialog", u"Goals set to", None))
#endif // QT_CONFIG(accessibility)
        self.include_group.setTitle(QCoreApplication.translate("CasePlanPrintDialog", u"Include", None))
        self.include_closed_check.setText(QCoreApplication.translate("CasePlanPrintDialog", u"&Closed goals", None))
        self.include_action_steps_check.setText(QCoreApplication.translate("CasePlanPrintDialog", u"Action &steps", None))
        self.include_case_notes_check.setText(QCoreApplication.translate("CasePlanPrintDialog", u"Case &notes", None))
        self.include_service_items_check.setText(QCoreApplication.translate("CasePlanPrintDialog", u"Service &items", None))
        self.include_signatures_check.setText(QCoreApplication.translate("CasePlanPrintDialog", u"Si&gnature lines", None))
#if QT_CONFIG(tooltip)
        self.include_signatures_check.setToolTip(QCoreApplication.translate("CasePlanPrintDialog", u"Lines for the client's and the case manager's signatures and dates", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

