# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'client_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from casepoint_desktop.ui.widgets.optional_date_edit import OptionalDateEdit

class Ui_ClientDialog(object):
    def setupUi(self, ClientDialog):
        if not ClientDialog.objectName():
            ClientDialog.setObjectName(u"ClientDialog")
        ClientDialog.resize(760, 440)
        self.main_layout = QVBoxLayout(ClientDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.columns_layout = QHBoxLayout()
        self.columns_layout.setObjectName(u"columns_layout")
        self.name_group = QGroupBox(ClientDialog)
        self.name_group.setObjectName(u"name_group")
        self.name_form = QFormLayout(self.name_group)
        self.name_form.setObjectName(u"name_form")
        self.name_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.first_name_label = QLabel(self.name_group)
        self.first_name_label.setObjectName(u"first_name_label")

        self.name_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.first_name_label)

        self.first_name_box = QVBoxLayout()
        self.first_name_box.setSpacing(2)
        self.first_name_box.setObjectName(u"first_name_box")
        self.first_name_edit = QLineEdit(self.name_group)
        self.first_name_edit.setObjectName(u"first_name_edit")
        self.first_name_edit.setMaxLength(100)

        self.first_name_box.addWidget(self.first_name_edit)

        self.first_name_error_label = QLabel(self.name_group)
        self.first_name_error_label.setObjectName(u"first_name_error_label")
        self.first_name_error_label.setText(u"")
        self.first_name_error_label.setWordWrap(True)

        self.first_name_box.addWidget(self.first_name_error_label)


        self.name_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.first_name_box)

        self.middle_name_label = QLabel(self.name_group)
        self.middle_name_label.setObjectName(u"middle_name_label")

        self.name_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.middle_name_label)

        self.middle_name_box = QVBoxLayout()
        self.middle_name_box.setSpacing(2)
        self.middle_name_box.setObjectName(u"middle_name_box")
        self.middle_name_edit = QLineEdit(self.name_group)
        self.middle_name_edit.setObjectName(u"middle_name_edit")
        self.middle_name_edit.setMaxLength(100)

        self.middle_name_box.addWidget(self.middle_name_edit)

        self.middle_name_error_label = QLabel(self.name_group)
        self.middle_name_error_label.setObjectName(u"middle_name_error_label")
        self.middle_name_error_label.setText(u"")
        self.middle_name_error_label.setWordWrap(True)

        self.middle_name_box.addWidget(self.middle_name_error_label)


        self.name_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.middle_name_box)

        self.last_name_label = QLabel(self.name_group)
        self.last_name_label.setObjectName(u"last_name_label")

        self.name_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.last_name_label)

        self.last_name_box = QVBoxLayout()
        self.last_name_box.setSpacing(2)
        self.last_name_box.setObjectName(u"last_name_box")
        self.last_name_edit = QLineEdit(self.name_group)
        self.last_name_edit.setObjectName(u"last_name_edit")
        self.last_name_edit.setMaxLength(100)

        self.last_name_box.addWidget(self.last_name_edit)

        self.last_name_error_label = QLabel(self.name_group)
        self.last_name_error_label.setObjectName(u"last_name_error_label")
        self.last_name_error_label.setText(u"")
        self.last_name_error_label.setWordWrap(True)

        self.last_name_box.addWidget(self.last_name_error_label)


        self.name_form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.last_name_box)

        self.suffix_label = QLabel(self.name_group)
        self.suffix_label.setObjectName(u"suffix_label")

        self.name_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.suffix_label)

        self.suffix_box = QVBoxLayout()
        self.suffix_box.setSpacing(2)
        self.suffix_box.setObjectName(u"suffix_box")
        self.suffix_edit = QLineEdit(self.name_group)
        self.suffix_edit.setObjectName(u"suffix_edit")
        self.suffix_edit.setMaxLength(20)

        self.suffix_box.addWidget(self.suffix_edit)

        self.suffix_error_label = QLabel(self.name_group)
        self.suffix_error_label.setObjectName(u"suffix_error_label")
        self.suffix_error_label.setText(u"")
        self.suffix_error_label.setWordWrap(True)

        self.suffix_box.addWidget(self.suffix_error_label)


        self.name_form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.suffix_box)

        self.alias_label = QLabel(self.name_group)
        self.alias_label.setObjectName(u"alias_label")

        self.name_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.alias_label)

        self.alias_box = QVBoxLayout()
        self.alias_box.setSpacing(2)
        self.alias_box.setObjectName(u"alias_box")
        self.alias_edit = QLineEdit(self.name_group)
        self.alias_edit.setObjectName(u"alias_edit")
        self.alias_edit.setMaxLength(100)

        self.alias_box.addWidget(self.alias_edit)

        self.alias_error_label = QLabel(self.name_group)
        self.alias_error_label.setObjectName(u"alias_error_label")
        self.alias_error_label.setText(u"")
        self.alias_error_label.setWordWrap(True)

        self.alias_box.addWidget(self.alias_error_label)


        self.name_form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.alias_box)

        self.date_of_birth_label = QLabel(self.name_group)
        self.date_of_birth_label.setObjectName(u"date_of_birth_label")

        self.name_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.date_of_birth_label)

        self.date_of_birth_box = QVBoxLayout()
        self.date_of_birth_box.setSpacing(2)
        self.date_of_birth_box.setObjectName(u"date_of_birth_box")
        self.date_of_birth_edit = OptionalDateEdit(self.name_group)
        self.date_of_birth_edit.setObjectName(u"date_of_birth_edit")

        self.date_of_birth_box.addWidget(self.date_of_birth_edit)

        self.date_of_birth_error_label = QLabel(self.name_group)
        self.date_of_birth_error_label.setObjectName(u"date_of_birth_error_label")
        self.date_of_birth_error_label.setText(u"")
        self.date_of_birth_error_label.setWordWrap(True)

        self.date_of_birth_box.addWidget(self.date_of_birth_error_label)


        self.name_form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.date_of_birth_box)

        self.gender_label = QLabel(self.name_group)
        self.gender_label.setObjectName(u"gender_label")

        self.name_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.gender_label)

        self.gender_box = QVBoxLayout()
        self.gender_box.setSpacing(2)
        self.gender_box.setObjectName(u"gender_box")
        self.gender_combo = QComboBox(self.name_group)
        self.gender_combo.addItem(u"")
        self.gender_combo.addItem("")
        self.gender_combo.addItem("")
        self.gender_combo.addItem("")
        self.gender_combo.addItem("")
        self.gender_combo.addItem("")
        self.gender_combo.addItem("")
        self.gender_combo.addItem("")
        self.gender_combo.setObjectName(u"gender_combo")
        self.gender_combo.setEditable(True)
        self.gender_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.gender_box.addWidget(self.gender_combo)

        self.gender_error_label = QLabel(self.name_group)
        self.gender_error_label.setObjectName(u"gender_error_label")
        self.gender_error_label.setText(u"")
        self.gender_error_label.setWordWrap(True)

        self.gender_box.addWidget(self.gender_error_label)


        self.name_form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.gender_box)

        self.ssn_last4_label = QLabel(self.name_group)
        self.ssn_last4_label.setObjectName(u"ssn_last4_label")

        self.name_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.ssn_last4_label)

        self.ssn_last4_box = QVBoxLayout()
        self.ssn_last4_box.setSpacing(2)
        self.ssn_last4_box.setObjectName(u"ssn_last4_box")
        self.ssn_last4_row = QHBoxLayout()
        self.ssn_last4_row.setObjectName(u"ssn_last4_row")
        self.ssn_last4_edit = QLineEdit(self.name_group)
        self.ssn_last4_edit.setObjectName(u"ssn_last4_edit")

        self.ssn_last4_row.addWidget(self.ssn_last4_edit)

        self.ssn_last4_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.ssn_last4_row.addItem(self.ssn_last4_spacer)


        self.ssn_last4_box.addLayout(self.ssn_last4_row)

        self.ssn_last4_hint_label = QLabel(self.name_group)
        self.ssn_last4_hint_label.setObjectName(u"ssn_last4_hint_label")
        self.ssn_last4_hint_label.setWordWrap(True)

        self.ssn_last4_box.addWidget(self.ssn_last4_hint_label)

        self.ssn_last4_error_label = QLabel(self.name_group)
        self.ssn_last4_error_label.setObjectName(u"ssn_last4_error_label")
        self.ssn_last4_error_label.setText(u"")
        self.ssn_last4_error_label.setWordWrap(True)

        self.ssn_last4_box.addWidget(self.ssn_last4_error_label)


        self.name_form.setLayout(7, QFormLayout.ItemRole.FieldRole, self.ssn_last4_box)


        self.columns_layout.addWidget(self.name_group)

        self.contact_group = QGroupBox(ClientDialog)
        self.contact_group.setObjectName(u"contact_group")
        self.contact_form = QFormLayout(self.contact_group)
        self.contact_form.setObjectName(u"contact_form")
        self.contact_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.contact_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.phone_label = QLabel(self.contact_group)
        self.phone_label.setObjectName(u"phone_label")

        self.contact_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone_box = QVBoxLayout()
        self.phone_box.setSpacing(2)
        self.phone_box.setObjectName(u"phone_box")
        self.phone_edit = QLineEdit(self.contact_group)
        self.phone_edit.setObjectName(u"phone_edit")
        self.phone_edit.setMaxLength(30)

        self.phone_box.addWidget(self.phone_edit)

        self.phone_error_label = QLabel(self.contact_group)
        self.phone_error_label.setObjectName(u"phone_error_label")
        self.phone_error_label.setText(u"")
        self.phone_error_label.setWordWrap(True)

        self.phone_box.addWidget(self.phone_error_label)


        self.contact_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.phone_box)

        self.email_label = QLabel(self.contact_group)
        self.email_label.setObjectName(u"email_label")

        self.contact_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email_box = QVBoxLayout()
        self.email_box.setSpacing(2)
        self.email_box.setObjectName(u"email_box")
        self.email_edit = QLineEdit(self.contact_group)
        self.email_edit.setObjectName(u"email_edit")
        self.email_edit.setMaxLength(200)

        self.email_box.addWidget(self.email_edit)

        self.email_error_label = QLabel(self.contact_group)
        self.email_error_label.setObjectName(u"email_error_label")
        self.email_error_label.setText(u"")
        self.email_error_label.setWordWrap(True)

        self.email_box.addWidget(self.email_error_label)


        self.contact_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.email_box)

        self.address_label = QLabel(self.contact_group)
        self.address_label.setObjectName(u"address_label")

        self.contact_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address_box = QVBoxLayout()
        self.address_box.setSpacing(2)
        self.address_box.setObjectName(u"address_box")
        self.address_edit = QPlainTextEdit(self.contact_group)
        self.address_edit.setObjectName(u"address_edit")
        self.address_edit.setTabChangesFocus(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.address_edit.sizePolicy().hasHeightForWidth())
        self.address_edit.setSizePolicy(sizePolicy)

        self.address_box.addWidget(self.address_edit)

        self.address_error_label = QLabel(self.contact_group)
        self.address_error_label.setObjectName(u"address_error_label")
        self.address_error_label.setText(u"")
        self.address_error_label.setWordWrap(True)

        self.address_box.addWidget(self.address_error_label)


        self.contact_form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.address_box)


        self.columns_layout.addWidget(self.contact_group)


        self.main_layout.addLayout(self.columns_layout)

        self.general_error_label = QLabel(ClientDialog)
        self.general_error_label.setObjectName(u"general_error_label")
        self.general_error_label.setText(u"")
        self.general_error_label.setWordWrap(True)

        self.main_layout.addWidget(self.general_error_label)

        self.button_box = QDialogButtonBox(ClientDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.first_name_label.setBuddy(self.first_name_edit)
        self.middle_name_label.setBuddy(self.middle_name_edit)
        self.last_name_label.setBuddy(self.last_name_edit)
        self.suffix_label.setBuddy(self.suffix_edit)
        self.alias_label.setBuddy(self.alias_edit)
        self.date_of_birth_label.setBuddy(self.date_of_birth_edit)
        self.gender_label.setBuddy(self.gender_combo)
        self.ssn_last4_label.setBuddy(self.ssn_last4_edit)
        self.phone_label.setBuddy(self.phone_edit)
        self.email_label.setBuddy(self.email_edit)
        self.address_label.setBuddy(self.address_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.first_name_edit, self.middle_name_edit)
        QWidget.setTabOrder(self.middle_name_edit, self.last_name_edit)
        QWidget.setTabOrder(self.last_name_edit, self.suffix_edit)
        QWidget.setTabOrder(self.suffix_edit, self.alias_edit)
        QWidget.setTabOrder(self.alias_edit, self.date_of_birth_edit)
        QWidget.setTabOrder(self.date_of_birth_edit, self.gender_combo)
        QWidget.setTabOrder(self.gender_combo, self.ssn_last4_edit)
        QWidget.setTabOrder(self.ssn_last4_edit, self.phone_edit)
        QWidget.setTabOrder(self.phone_edit, self.email_edit)
        QWidget.setTabOrder(self.email_edit, self.address_edit)
        QWidget.setTabOrder(self.address_edit, self.button_box)

        self.retranslateUi(ClientDialog)
    # setupUi

    def retranslateUi(self, ClientDialog):
        ClientDialog.setWindowTitle(QCoreApplication.translate("ClientDialog", u"Add Client", None))
        self.name_group.setTitle(QCoreApplication.translate("ClientDialog", u"Name and identity", None))
        self.first_name_label.setText(QCoreApplication.translate("ClientDialog", u"&First name:", None))
#if QT_CONFIG(accessibility)
        self.first_name_edit.setAccessibleName(QCoreApplication.translate("ClientDialog", u"First name", None))
#endif // QT_CONFIG(accessibility)
        self.first_name_edit.setPlaceholderText(QCoreApplication.translate("ClientDialog", u"Required", None))
        self.middle_name_label.setText(QCoreApplication.translate("ClientDialog", u"&Middle name:", None))
#if QT_CONFIG(accessibility)
        self.middle_name_edit.setAccessibleName(QCoreApplication.translate("ClientDialog", u"Middle name", None))
#endif // QT_CONFIG(accessibility)
        self.last_name_label.setText(QCoreApplication.translate("ClientDialog", u"&Last name:", None))
#if QT_CONFIG(accessibility)
        self.last_name_edit.setAccessibleName(QCoreApplication.translate("ClientDialog", u"Last name", None))
#endif // QT_CONFIG(accessibility)
        self.last_name_edit.setPlaceholderText(QCoreApplication.translate("ClientDialog", u"Required", None))
        self.suffix_label.setText(QCoreApplication.translate("ClientDialog", u"S&uffix:", None))
#if QT_CONFIG(accessibility)
        self.suffix_edit.setAccessibleName(QCoreApplication.translate("ClientDialog", u"Suffix", None))
#endif // QT_CONFIG(accessibility)
        self.suffix_edit.setPlaceholderText(QCoreApplication.translate("ClientDialog", u"Jr., Sr., III", None))
        self.alias_label.setText(QCoreApplication.translate("ClientDialog", u"&Alias:", None))
#if QT_CONFIG(accessibility)
        self.alias_edit.setAccessibleName(QCoreApplication.translate("ClientDialog", u"Alias", None))
#endif // QT_CONFIG(accessibility)
        self.date_of_birth_label.setText(QCoreApplication.translate("ClientDialog", u"&Date of birth:", None))
#if QT_CONFIG(accessibility)
        self.date_of_birth_edit.setAccessibleName(QCoreApplication.translate("ClientDialog", u"Date of birth", None))
#endif // QT_CONFIG(accessibility)
        self.gender_label.setText(QCoreApplication.translate("ClientDialog", u"&Gender:", None))
        self.gender_combo.setItemText(1, QCoreApplication.translate("ClientDialog", u"Woman", None))
        self.gender_combo.setItemText(2, QCoreApplication.translate("ClientDialog", u"Man", None))
        self.gender_combo.setItemText(3, QCoreApplication.translate("ClientDialog", u"Non-binary", None))
        self.gender_combo.setItemText(4, QCoreApplication.translate("ClientDialog", u"Transgender", None))
        self.gender_combo.setItemText(5, QCoreApplication.translate("ClientDialog", u"Questioning", None))
        self.gender_combo.setItemText(6, QCoreApplication.translate("ClientDialog", u"Different identity", None))
        self.gender_combo.setItemText(7, QCoreApplication.translate("ClientDialog", u"Client prefers not to answer", None))

#if QT_CONFIG(accessibility)
        self.gender_combo.setAccessibleName(QCoreApplication.translate("ClientDialog", u"Gender", None))
#endif // QT_CONFIG(accessibility)
        self.ssn_last4_label.setText(QCoreApplication.translate("ClientDialog", u"Last &4 of ID number:", None))
#if QT_CONFIG(accessibility)
        self.ssn_last4_edit.setAccessibleName(QCoreApplication.translate("ClientDialog", u"Last 4 digits of identity number", None))
#endif // QT_CONFIG(accessibility)
        self.ssn_last4_edit.setPlaceholderText(QCoreApplication.translate("ClientDialog", u"1234", None))
        self.ssn_last4_hint_label.setText(QCoreApplication.translate("ClientDialog", u"Only the last 4 digits of the identity number are kept, never the full number.", None))
        self.contact_group.setTitle(QCoreApplication.translate("ClientDialog", u"Contact", None))
        self.phone_label.setText(QCoreApplication.translate("ClientDialog", u"&Phone:", None))
#if QT_CONFIG(accessibility)
        self.phone_edit.setAccessibleName(QCoreApplication.translate("ClientDialog", u"Phone", None))
#endif // QT_CONFIG(accessibility)
        self.email_label.setText(QCoreApplication.translate("ClientDialog", u"&E-mail:", None))
#if QT_CONFIG(accessibility)
        self.email_edit.setAccessibleName(QCoreApplication.translate("ClientDialog", u"E-mail", None))
#endif // QT_CONFIG(accessibility)
        self.email_edit.setPlaceholderText(QCoreApplication.translate("ClientDialog", u"name@example.org", None))
        self.address_label.setText(QCoreApplication.translate("ClientDialog", u"Add&ress:", None))
#if QT_CONFIG(accessibility)
        self.address_edit.setAccessibleName(QCoreApplication.translate("ClientDialog", u"Address", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

