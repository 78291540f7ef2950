# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'service_item_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from casepoint_desktop.ui.widgets.optional_date_edit import OptionalDateEdit

class Ui_ServiceItemDialog(object):
    def setupUi(self, ServiceItemDialog):
        if not ServiceItemDialog.objectName():
            ServiceItemDialog.setObjectName(u"ServiceItemDialog")
        ServiceItemDialog.resize(560, 440)
        self.main_layout = QVBoxLayout(ServiceItemDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.service_type_label = QLabel(ServiceItemDialog)
        self.service_type_label.setObjectName(u"service_type_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.service_type_label)

        self.service_type_box = QVBoxLayout()
        self.service_type_box.setSpacing(2)
        self.service_type_box.setObjectName(u"service_type_box")
        self.service_type_combo = QComboBox(ServiceItemDialog)
        self.service_type_combo.setObjectName(u"service_type_combo")

        self.service_type_box.addWidget(self.service_type_combo)

        self.service_type_error_label = QLabel(ServiceItemDialog)
        self.service_type_error_label.setObjectName(u"service_type_error_label")
        self.service_type_error_label.setText(u"")
        self.service_type_error_label.setWordWrap(True)

        self.service_type_box.addWidget(self.service_type_error_label)


        self.form_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.service_type_box)

        self.provider_label = QLabel(ServiceItemDialog)
        self.provider_label.setObjectName(u"provider_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.provider_label)

        self.provider_box = QVBoxLayout()
        self.provider_box.setSpacing(2)
        self.provider_box.setObjectName(u"provider_box")
        self.provider_combo = QComboBox(ServiceItemDialog)
        self.provider_combo.setObjectName(u"provider_combo")

        self.provider_box.addWidget(self.provider_combo)

        self.provider_error_label = QLabel(ServiceItemDialog)
        self.provider_error_label.setObjectName(u"provider_error_label")
        self.provider_error_label.setText(u"")
        self.provider_error_label.setWordWrap(True)

        self.provider_box.addWidget(self.provider_error_label)


        self.form_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.provider_box)

        self.start_date_label = QLabel(ServiceItemDialog)
        self.start_date_label.setObjectName(u"start_date_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.start_date_label)

        self.start_date_box = QVBoxLayout()
        self.start_date_box.setSpacing(2)
        self.start_date_box.setObjectName(u"start_date_box")
        self.start_date_edit_row = QHBoxLayout()
        self.start_date_edit_row.setObjectName(u"start_date_edit_row")
        self.start_date_edit = OptionalDateEdit(ServiceItemDialog)
        self.start_date_edit.setObjectName(u"start_date_edit")

        self.start_date_edit_row.addWidget(self.start_date_edit)

        self.start_date_edit_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.start_date_edit_row.addItem(self.start_date_edit_spacer)


        self.start_date_box.addLayout(self.start_date_edit_row)

        self.start_date_error_label = QLabel(ServiceItemDialog)
        self.start_date_error_label.setObjectName(u"start_date_error_label")
        self.start_date_error_label.setText(u"")
        self.start_date_error_label.setWordWrap(True)

        self.start_date_box.addWidget(self.start_date_error_label)


        self.form_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.start_date_box)

        self.end_date_label = QLabel(ServiceItemDialog)
        self.end_date_label.setObjectName(u"end_date_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.end_date_label)

        self.end_date_box = QVBoxLayout()
        self.end_date_box.setSpacing(2)
        self.end_date_box.setObjectName(u"end_date_box")
        self.end_date_edit_row = QHBoxLayout()
        self.end_date_edit_row.setObjectName(u"end_date_edit_row")
        self.end_date_edit = OptionalDateEdit(ServiceItemDialog)
        self.end_date_edit.setObjectName(u"end_date_edit")

        self.end_date_edit_row.addWidget(self.end_date_edit)

        self.end_date_edit_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.end_date_edit_row.addItem(self.end_date_edit_spacer)


        self.end_date_box.addLayout(self.end_date_edit_row)

        self.end_date_error_label = QLabel(ServiceItemDialog)
        self.end_date_error_label.setObjectName(u"end_date_error_label")
        self.end_date_error_label.setText(u"")
        self.end_date_error_label.setWordWrap(True)

        self.end_date_box.addWidget(self.end_date_error_label)


        self.form_layout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.end_date_box)

        self.units_label = QLabel(ServiceItemDialog)
        self.units_label.setObjectName(u"units_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.units_label)

        self.units_box = QVBoxLayout()
        self.units_box.setSpacing(2)
        self.units_box.setObjectName(u"units_box")
        self.units_edit = QLineEdit(ServiceItemDialog)
        self.units_edit.setObjectName(u"units_edit")

        self.units_box.addWidget(self.units_edit)

        self.units_error_label = QLabel(ServiceItemDialog)
        self.units_error_label.setObjectName(u"units_error_label")
        self.units_error_label.setText(u"")
        self.units_error_label.setWordWrap(True)

        self.units_box.addWidget(self.units_error_label)


        self.form_layout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.units_box)

        self.unit_type_label = QLabel(ServiceItemDialog)
        self.unit_type_label.setObjectName(u"unit_type_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.unit_type_label)

        self.unit_type_box = QVBoxLayout()
        self.unit_type_box.setSpacing(2)
        self.unit_type_box.setObjectName(u"unit_type_box")
        self.unit_type_edit = QLineEdit(ServiceItemDialog)
        self.unit_type_edit.setObjectName(u"unit_type_edit")
        self.unit_type_edit.setMaxLength(50)

        self.unit_type_box.addWidget(self.unit_type_edit)

        self.unit_type_error_label = QLabel(ServiceItemDialog)
        self.unit_type_error_label.setObjectName(u"unit_type_error_label")
        self.unit_type_error_label.setText(u"")
        self.unit_type_error_label.setWordWrap(True)

        self.unit_type_box.addWidget(self.unit_type_error_label)


        self.form_layout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.unit_type_box)

        self.amount_label = QLabel(ServiceItemDialog)
        self.amount_label.setObjectName(u"amount_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.amount_label)

        self.amount_box = QVBoxLayout()
        self.amount_box.setSpacing(2)
        self.amount_box.setObjectName(u"amount_box")
        self.amount_edit = QLineEdit(ServiceItemDialog)
        self.amount_edit.setObjectName(u"amount_edit")

        self.amount_box.addWidget(self.amount_edit)

        self.amount_error_label = QLabel(ServiceItemDialog)
        self.amount_error_label.setObjectName(u"amount_error_label")
        self.amount_error_label.setText(u"")
        self.amount_error_label.setWordWrap(True)

        self.amount_box.addWidget(self.amount_error_label)


        self.form_layout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.amount_box)

        self.notes_label = QLabel(ServiceItemDialog)
        self.notes_label.setObjectName(u"notes_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes_box = QVBoxLayout()
        self.notes_box.setSpacing(2)
        self.notes_box.setObjectName(u"notes_box")
        self.notes_edit = QPlainTextEdit(ServiceItemDialog)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumSize(QSize(16777215, 100))

        self.notes_box.addWidget(self.notes_edit)

        self.notes_error_label = QLabel(ServiceItemDialog)
        self.notes_error_label.setObjectName(u"notes_error_label")
        self.notes_error_label.setText(u"")
        self.notes_error_label.setWordWrap(True)

        self.notes_box.addWidget(self.notes_error_label)


        self.form_layout.setLayout(7, QFormLayout.ItemRole.FieldRole, self.notes_box)


        self.main_layout.addLayout(self.form_layout)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.general_error_label = QLabel(ServiceItemDialog)
        self.general_error_label.setObjectName(u"general_error_label")
        self.general_error_label.setText(u"")
        self.general_error_label.setWordWrap(True)

        self.main_layout.addWidget(self.general_error_label)

        self.button_box = QDialogButtonBox(ServiceItemDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.service_type_label.setBuddy(self.service_type_combo)
        self.provider_label.setBuddy(self.provider_combo)
        self.start_date_label.setBuddy(self.start_date_edit)
        self.end_date_label.setBuddy(self.end_date_edit)
        self.units_label.setBuddy(self.units_edit)
        self.unit_type_label.setBuddy(self.unit_type_edit)
        self.amount_label.setBuddy(self.amount_edit)
        self.notes_label.setBuddy(self.notes_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ServiceItemDialog)
    # setupUi

    def retranslateUi(self, ServiceItemDialog):
        ServiceItemDialog.setWindowTitle(QCoreApplication.translate("ServiceItemDialog", u"Service Item", None))
        self.service_type_label.setText(QCoreApplication.translate("ServiceItemDialog", u"Service &type:", None))
#if QT_CONFIG(accessibility)
        self.service_type_combo.setAccessibleName(QCoreApplication.translate("ServiceItemDialog", u"Service type", None))
#endif // QT_CONFIG(accessibility)
        self.provider_label.setText(QCoreApplication.translate("ServiceItemDialog", u"&Provider:", None))
#if QT_CONFIG(accessibility)
        self.provider_combo.setAccessibleName(QCoreApplication.translate("ServiceItemDialog", u"Provider", None))
#endif // QT_CONFIG(accessibility)
        self.start_date_label.setText(QCoreApplication.translate("ServiceItemDialog", u"&Start date:", None))
#if QT_CONFIG(accessibility)
        self.start_date_edit.setAccessibleName(QCoreApplication.translate("ServiceItemDialog", u"Start date", None))
#endif // QT_CONFIG(accessibility)
        self.end_date_label.setText(QCoreApplication.translate("ServiceItemDialog", u"&End date:", None))
#if QT_CONFIG(accessibility)
        self.end_date_edit.setAccessibleName(QCoreApplication.translate("ServiceItemDialog", u"End date", None))
#endif // QT_CONFIG(accessibility)
        self.units_label.setText(QCoreApplication.translate("ServiceItemDialog", u"&Units:", None))
#if QT_CONFIG(accessibility)
        self.units_edit.setAccessibleName(QCoreApplication.translate("ServiceItemDialog", u"Units", None))
#endif // QT_CONFIG(accessibility)
        self.units_edit.setPlaceholderText(QCoreApplication.translate("ServiceItemDialog", u"e.g. 2.5", None))
        self.unit_type_label.setText(QCoreApplication.translate("ServiceItemDialog", u"U&nit type:", None))
#if QT_CONFIG(accessibility)
        self.unit_type_edit.setAccessibleName(QCoreApplication.translate("ServiceItemDialog", u"Unit type", None))
#endif // QT_CONFIG(accessibility)
        self.amount_label.setText(QCoreApplication.translate("ServiceItemDialog", u"&Amount:", None))
#if QT_CONFIG(accessibility)
        self.amount_edit.setAccessibleName(QCoreApplication.translate("ServiceItemDialog", u"Amount", None))
#endif // QT_CONFIG(accessibility)
        self.amount_edit.setPlaceholderText(QCoreApplication.translate("ServiceItemDialog", u"e.g. 150.00", None))
        self.notes_label.setText(QCoreApplication.translate("ServiceItemDialog", u"N&otes:", None))
#if QT_CONFIG(accessibility)
        self.notes_edit.setAccessibleName(QCoreApplication.translate("ServiceItemDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

