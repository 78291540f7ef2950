# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QGroupBox, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_SetupDialog(object):
    def setupUi(self, SetupDialog):
        if not SetupDialog.objectName():
            SetupDialog.setObjectName(u"SetupDialog")
        SetupDialog.resize(520, 400)
        self.main_layout = QVBoxLayout(SetupDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(SetupDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.agency_group = QGroupBox(SetupDialog)
        self.agency_group.setObjectName(u"agency_group")
        self.agency_layout = QFormLayout(self.agency_group)
        self.agency_layout.setObjectName(u"agency_layout")
        self.agency_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.agency_name_label = QLabel(self.agency_group)
        self.agency_name_label.setObjectName(u"agency_name_label")

        self.agency_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.agency_name_label)

        self.agency_name_edit = QLineEdit(self.agency_group)
        self.agency_name_edit.setObjectName(u"agency_name_edit")

        self.agency_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.agency_name_edit)

        self.agency_name_error_label = QLabel(self.agency_group)
        self.agency_name_error_label.setObjectName(u"agency_name_error_label")
        self.agency_name_error_label.setStyleSheet(u"color: #c62828;")
        self.agency_name_error_label.setText(u"")
        self.agency_name_error_label.setWordWrap(True)

        self.agency_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.agency_name_error_label)

        self.provider_name_label = QLabel(self.agency_group)
        self.provider_name_label.setObjectName(u"provider_name_label")

        self.agency_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.provider_name_label)

        self.provider_name_edit = QLineEdit(self.agency_group)
        self.provider_name_edit.setObjectName(u"provider_name_edit")

        self.agency_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.provider_name_edit)

        self.provider_name_error_label = QLabel(self.agency_group)
        self.provider_name_error_label.setObjectName(u"provider_name_error_label")
        self.provider_name_error_label.setStyleSheet(u"color: #c62828;")
        self.provider_name_error_label.setText(u"")
        self.provider_name_error_label.setWordWrap(True)

        self.agency_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.provider_name_error_label)


        self.main_layout.addWidget(self.agency_group)

        self.administrator_group = QGroupBox(SetupDialog)
        self.administrator_group.setObjectName(u"administrator_group")
        self.administrator_layout = QFormLayout(self.administrator_group)
        self.administrator_layout.setObjectName(u"administrator_layout")
        self.administrator_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.username_label = QLabel(self.administrator_group)
        self.username_label.setObjectName(u"username_label")

        self.administrator_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.username_label)

        self.username_edit = QLineEdit(self.administrator_group)
        self.username_edit.setObjectName(u"username_edit")

        self.administrator_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username_edit)

        self.username_error_label = QLabel(self.administrator_group)
        self.username_error_label.setObjectName(u"username_error_label")
        self.username_error_label.setStyleSheet(u"color: #c62828;")
        self.username_error_label.setText(u"")
        self.username_error_label.setWordWrap(True)

        self.administrator_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.username_error_label)

        self.first_name_label = QLabel(self.administrator_group)
        self.first_name_label.setObjectName(u"first_name_label")

        self.administrator_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.first_name_label)

        self.first_name_edit = QLineEdit(self.administrator_group)
        self.first_name_edit.setObjectName(u"first_name_edit")

        self.administrator_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.first_name_edit)

        self.first_name_error_label = QLabel(self.administrator_group)
        self.first_name_error_label.setObjectName(u"first_name_error_label")
        self.first_name_error_label.setStyleSheet(u"color: #c62828;")
        self.first_name_error_label.setText(u"")
        self.first_name_error_label.setWordWrap(True)

        self.administrator_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.first_name_error_label)

        self.last_name_label = QLabel(self.administrator_group)
        self.last_name_label.setObjectName(u"last_name_label")

        self.administrator_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.last_name_label)

        self.last_name_edit = QLineEdit(self.administrator_group)
        self.last_name_edit.setObjectName(u"last_name_edit")

        self.administrator_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.last_name_edit)

        self.last_name_error_label = QLabel(self.administrator_group)
        self.last_name_error_label.setObjectName(u"last_name_error_label")
        self.last_name_error_label.setStyleSheet(u"color: #c62828;")
        self.last_name_error_label.setText(u"")
        self.last_name_error_label.setWordWrap(True)

        self.administrator_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.last_name_error_label)

        self.password_label = QLabel(self.administrator_group)
        self.password_label.setObjectName(u"password_label")

        self.administrator_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password_edit = QLineEdit(self.administrator_group)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.administrator_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.password_edit)

        self.password_error_label = QLabel(self.administrator_group)
        self.password_error_label.setObjectName(u"password_error_label")
        self.password_error_label.setStyleSheet(u"color: #c62828;")
        self.password_error_label.setText(u"")
        self.password_error_label.setWordWrap(True)

        self.administrator_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.password_error_label)

        self.password_confirmation_label = QLabel(self.administrator_group)
        self.password_confirmation_label.setObjectName(u"password_confirmation_label")

        self.administrator_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.password_confirmation_label)

        self.password_confirmation_edit = QLineEdit(self.administrator_group)
        self.password_confirmation_edit.setObjectName(u"password_confirmation_edit")
        self.password_confirmation_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.administrator_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.password_confirmation_edit)

        self.password_confirmation_error_label = QLabel(self.administrator_group)
        self.password_confirmation_error_label.setObjectName(u"password_confirmation_error_label")
        self.password_confirmation_error_label.setStyleSheet(u"color: #c62828;")
        self.password_confirmation_error_label.setText(u"")
        self.password_confirmation_error_label.setWordWrap(True)

        self.administrator_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.password_confirmation_error_label)


        self.main_layout.addWidget(self.administrator_group)

        self.error_label = QLabel(SetupDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setStyleSheet(u"color: #c62828;")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(SetupDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.agency_name_label.setBuddy(self.agency_name_edit)
        self.provider_name_label.setBuddy(self.provider_name_edit)
        self.username_label.setBuddy(self.username_edit)
        self.first_name_label.setBuddy(self.first_name_edit)
        self.last_name_label.setBuddy(self.last_name_edit)
        self.password_label.setBuddy(self.password_edit)
        self.password_confirmation_label.setBuddy(self.password_confirmation_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.agency_name_edit, self.provider_name_edit)
        QWidget.setTabOrder(self.provider_name_edit, self.username_edit)
        QWidget.setTabOrder(self.username_edit, self.first_name_edit)
        QWidget.setTabOrder(self.first_name_edit, self.last_name_edit)
        QWidget.setTabOrder(self.last_name_edit, self.password_edit)
        QWidget.setTabOrder(self.password_edit, self.password_confirmation_edit)
        QWidget.setTabOrder(self.password_confirmation_edit, self.button_box)

        self.retranslateUi(SetupDialog)
    # setupUi

    def retranslateUi(self, SetupDialog):
        SetupDialog.setWindowTitle(QCoreApplication.translate("SetupDialog", u"Set Up CasePoint Desktop", None))
        self.intro_label.setText(QCoreApplication.translate("SetupDialog", u"This database is new. Enter the name of your agency, its first provider (a program or site) and the administrator who sets up the other users.", None))
        self.agency_group.setTitle(QCoreApplication.translate("SetupDialog", u"Agency", None))
        self.agency_name_label.setText(QCoreApplication.translate("SetupDialog", u"&Agency name:", None))
#if QT_CONFIG(accessibility)
        self.agency_name_edit.setAccessibleName(QCoreApplication.translate("SetupDialog", u"Agency name", None))
#endif // QT_CONFIG(accessibility)
        self.agency_name_edit.setPlaceholderText(QCoreApplication.translate("SetupDialog", u"For example \u201cRiverside Family Services\u201d", None))
        self.provider_name_label.setText(QCoreApplication.translate("SetupDialog", u"First &provider:", None))
#if QT_CONFIG(accessibility)
        self.provider_name_edit.setAccessibleName(QCoreApplication.translate("SetupDialog", u"First provider", None))
#endif // QT_CONFIG(accessibility)
        self.provider_name_edit.setPlaceholderText(QCoreApplication.translate("SetupDialog", u"A program or site, for example \u201cDowntown Shelter\u201d", None))
        self.administrator_group.setTitle(QCoreApplication.translate("SetupDialog", u"First administrator", None))
        self.username_label.setText(QCoreApplication.translate("SetupDialog", u"&User name:", None))
#if QT_CONFIG(accessibility)
        self.username_edit.setAccessibleName(QCoreApplication.translate("SetupDialog", u"User name", None))
#endif // QT_CONFIG(accessibility)
        self.username_edit.setPlaceholderText(QCoreApplication.translate("SetupDialog", u"Letters a\u2013z, digits and . _ - @", None))
        self.first_name_label.setText(QCoreApplication.translate("SetupDialog", u"&First name:", None))
#if QT_CONFIG(accessibility)
        self.first_name_edit.setAccessibleName(QCoreApplication.translate("SetupDialog", u"First name", None))
#endif // QT_CONFIG(accessibility)
        self.last_name_label.setText(QCoreApplication.translate("SetupDialog", u"&Last name:", None))
#if QT_CONFIG(accessibility)
        self.last_name_edit.setAccessibleName(QCoreApplication.translate("SetupDialog", u"Last name", None))
#endif // QT_CONFIG(accessibility)
        self.password_label.setText(QCoreApplication.translate("SetupDialog", u"Pass&word:", None))
#if QT_CONFIG(accessibility)
        self.password_edit.setAccessibleName(QCoreApplication.translate("SetupDialog", u"Password", None))
#endif // QT_CONFIG(accessibility)
        self.password_confirmation_label.setText(QCoreApplication.translate("SetupDialog", u"&Confirm password:", None))
#if QT_CONFIG(accessibility)
        self.password_confirmation_edit.setAccessibleName(QCoreApplication.translate("SetupDialog", u"Confirm password", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

