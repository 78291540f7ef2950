# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_manager_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QRadioButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from casepoint_desktop.ui.widgets.optional_date_edit import OptionalDateEdit

class Ui_CaseManagerDialog(object):
    def setupUi(self, CaseManagerDialog):
        if not CaseManagerDialog.objectName():
            CaseManagerDialog.setObjectName(u"CaseManagerDialog")
        CaseManagerDialog.resize(620, 400)
        self.main_layout = QVBoxLayout(CaseManagerDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.person_kind_label = QLabel(CaseManagerDialog)
        self.person_kind_label.setObjectName(u"person_kind_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.person_kind_label)

        self.person_kind_box = QVBoxLayout()
        self.person_kind_box.setSpacing(2)
        self.person_kind_box.setObjectName(u"person_kind_box")
        self.person_kind_row = QHBoxLayout()
        self.person_kind_row.setObjectName(u"person_kind_row")
        self.provider_user_radio = QRadioButton(CaseManagerDialog)
        self.provider_user_radio.setObjectName(u"provider_user_radio")

        self.person_kind_row.addWidget(self.provider_user_radio)

        self.me_radio = QRadioButton(CaseManagerDialog)
        self.me_radio.setObjectName(u"me_radio")

        self.person_kind_row.addWidget(self.me_radio)

        self.other_radio = QRadioButton(CaseManagerDialog)
        self.other_radio.setObjectName(u"other_radio")

        self.person_kind_row.addWidget(self.other_radio)

        self.person_kind_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.person_kind_row.addItem(self.person_kind_spacer)


        self.person_kind_box.addLayout(self.person_kind_row)

        self.person_error_label = QLabel(CaseManagerDialog)
        self.person_error_label.setObjectName(u"person_error_label")
        self.person_error_label.setText(u"")
        self.person_error_label.setWordWrap(True)

        self.person_kind_box.addWidget(self.person_error_label)


        self.form_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.person_kind_box)

        self.provider_label = QLabel(CaseManagerDialog)
        self.provider_label.setObjectName(u"provider_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.provider_label)

        self.provider_box = QVBoxLayout()
        self.provider_box.setSpacing(2)
        self.provider_box.setObjectName(u"provider_box")
        self.provider_combo = QComboBox(CaseManagerDialog)
        self.provider_combo.setObjectName(u"provider_combo")

        self.provider_box.addWidget(self.provider_combo)

        self.provider_error_label = QLabel(CaseManagerDialog)
        self.provider_error_label.setObjectName(u"provider_error_label")
        self.provider_error_label.setText(u"")
        self.provider_error_label.setWordWrap(True)

        self.provider_box.addWidget(self.provider_error_label)


        self.form_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.provider_box)

        self.user_label = QLabel(CaseManagerDialog)
        self.user_label.setObjectName(u"user_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.user_label)

        self.user_combo = QComboBox(CaseManagerDialog)
        self.user_combo.setObjectName(u"user_combo")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.user_combo)

        self.me_label = QLabel(CaseManagerDialog)
        self.me_label.setObjectName(u"me_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.me_label)

        self.me_value_label = QLabel(CaseManagerDialog)
        self.me_value_label.setObjectName(u"me_value_label")
        self.me_value_label.setText(u"")
        self.me_value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.me_value_label)

        self.other_name_label = QLabel(CaseManagerDialog)
        self.other_name_label.setObjectName(u"other_name_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.other_name_label)

        self.other_name_edit = QLineEdit(CaseManagerDialog)
        self.other_name_edit.setObjectName(u"other_name_edit")
        self.other_name_edit.setMaxLength(200)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.other_name_edit)

        self.other_agency_check = QCheckBox(CaseManagerDialog)
        self.other_agency_check.setObjectName(u"other_agency_check")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.other_agency_check)

        self.title_label = QLabel(CaseManagerDialog)
        self.title_label.setObjectName(u"title_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title_edit = QLineEdit(CaseManagerDialog)
        self.title_edit.setObjectName(u"title_edit")
        self.title_edit.setMaxLength(100)

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.title_edit)

        self.phone_label = QLabel(CaseManagerDialog)
        self.phone_label.setObjectName(u"phone_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone_box = QVBoxLayout()
        self.phone_box.setSpacing(2)
        self.phone_box.setObjectName(u"phone_box")
        self.phone_edit = QLineEdit(CaseManagerDialog)
        self.phone_edit.setObjectName(u"phone_edit")
        self.phone_edit.setMaxLength(40)

        self.phone_box.addWidget(self.phone_edit)

        self.phone_error_label = QLabel(CaseManagerDialog)
        self.phone_error_label.setObjectName(u"phone_error_label")
        self.phone_error_label.setText(u"")
        self.phone_error_label.setWordWrap(True)

        self.phone_box.addWidget(self.phone_error_label)


        self.form_layout.setLayout(7, QFormLayout.ItemRole.FieldRole, self.phone_box)

        self.email_label = QLabel(CaseManagerDialog)
        self.email_label.setObjectName(u"email_label")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email_box = QVBoxLayout()
        self.email_box.setSpacing(2)
        self.email_box.setObjectName(u"email_box")
        self.email_edit = QLineEdit(CaseManagerDialog)
        self.email_edit.setObjectName(u"email_edit")
        self.email_edit.setMaxLength(200)

        self.email_box.addWidget(self.email_edit)

        self.email_error_label = QLabel(CaseManagerDialog)
        self.email_error_label.setObjectName(u"email_error_label")
        self.email_error_label.setText(u"")
        self.email_error_label.setWordWrap(True)

        self.email_box.addWidget(self.email_error_label)


        self.form_layout.setLayout(8, QFormLayout.ItemRole.FieldRole, self.email_box)

        self.start_date_label = QLabel(CaseManagerDialog)
        self.start_date_label.setObjectName(u"start_date_label")

        self.form_layout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.start_date_label)

        self.start_date_box = QVBoxLayout()
        self.start_date_box.setSpacing(2)
        self.start_date_box.setObjectName(u"start_date_box")
        self.start_date_row = QHBoxLayout()
        self.start_date_row.setObjectName(u"start_date_row")
        self.start_date_edit = OptionalDateEdit(CaseManagerDialog)
        self.start_date_edit.setObjectName(u"start_date_edit")

        self.start_date_row.addWidget(self.start_date_edit)

        self.start_date_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.start_date_row.addItem(self.start_date_spacer)


        self.start_date_box.addLayout(self.start_date_row)

        self.start_date_error_label = QLabel(CaseManagerDialog)
        self.start_date_error_label.setObjectName(u"start_date_error_label")
        self.start_date_error_label.setText(u"")
        self.start_date_error_label.setWordWrap(True)

        self.start_date_box.addWidget(self.start_date_error_label)


        self.form_layout.setLayout(9, QFormLayout.ItemRole.FieldRole, self.start_date_box)

        self.end_date_label = QLabel(CaseManagerDialog)
        self.end_date_label.setObjectName(u"end_date_label")

        self.form_layout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.end_date_label)

        self.end_date_box = QVBoxLayout()
        self.end_date_box.setSpacing(2)
        self.end_date_box.setObjectName(u"end_date_box")
        self.end_date_row = QHBoxLayout()
        self.end_date_row.setObjectName(u"end_date_row")
        self.end_date_edit = OptionalDateEdit(CaseManagerDialog)
        self.end_date_edit.setObjectName(u"end_date_edit")

        self.end_date_row.addWidget(self.end_date_edit)

        self.end_date_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.end_date_row.addItem(self.end_date_spacer)


        self.end_date_box.addLayout(self.end_date_row)

        self.end_date_error_label = QLabel(CaseManagerDialog)
        self.end_date_error_label.setObjectName(u"end_date_error_label")
        self.end_date_error_label.setText(u"")
        self.end_date_error_label.setWordWrap(True)

        self.end_date_box.addWidget(self.end_date_error_label)


        self.form_layout.setLayout(10, QFormLayout.ItemRole.FieldRole, self.end_date_box)


        self.main_layout.addLayout(self.form_layout)

        self.members_group = QGroupBox(CaseManagerDialog)
        self.members_group.setObjectName(u"members_group")
        self.members_layout = QVBoxLayout(self.members_group)
        self.members_layout.setObjectName(u"members_layout")
        self.no_members_label = QLabel(self.members_group)
        self.no_members_label.setObjectName(u"no_members_label")
        self.no_members_label.setWordWrap(True)

        self.members_layout.addWidget(self.no_members_label)

        self.members_error_label = QLabel(self.members_group)
        self.members_error_label.setObjectName(u"members_error_label")
        self.members_error_label.setText(u"")
        self.members_error_label.setWordWrap(True)

        self.members_layout.addWidget(self.members_error_label)


        self.main_layout.addWidget(self.members_group)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.general_error_label = QLabel(CaseManagerDialog)
        self.general_error_label.setObjectName(u"general_error_label")
        self.general_error_label.setText(u"")
        self.general_error_label.setWordWrap(True)

        self.main_layout.addWidget(self.general_error_label)

        self.button_box = QDialogButtonBox(CaseManagerDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.person_kind_label.setBuddy(self.provider_user_radio)
        self.provider_label.setBuddy(self.provider_combo)
        self.user_label.setBuddy(self.user_combo)
        self.other_name_label.setBuddy(self.other_name_edit)
        self.title_label.setBuddy(self.title_edit)
        self.phone_label.setBuddy(self.phone_edit)
        self.email_label.setBuddy(self.email_edit)
        self.start_date_label.setBuddy(self.start_date_edit)
        self.end_date_label.setBuddy(self.end_date_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.provider_user_radio, self.me_radio)
        QWidget.setTabOrder(self.me_radio, self.other_radio)
        QWidget.setTabOrder(self.other_radio, self.provider_combo)
        QWidget.setTabOrder(self.provider_combo, self.user_combo)
        QWidget.setTabOrder(self.user_combo, self.other_name_edit)
        QWidget.setTabOrder(self.other_name_edit, self.other_agency_check)
        QWidget.setTabOrder(self.other_agency_check, self.title_edit)
        QWidget.setTabOrder(self.title_edit, self.phone_edit)
        QWidget.setTabOrder(self.phone_edit, self.email_edit)
        QWidget.setTabOrder(self.email_edit, self.start_date_edit)
        QWidget.setTabOrder(self.start_date_edit, self.end_date_edit)
        QWidget.setTabOrder(self.end_date_edit, self.button_box)

        self.retranslateUi(CaseManagerDialog)
    # setupUi

    def retranslateUi(self, CaseManagerDialog):
        CaseManagerDialog.setWindowTitle(QCoreApplication.translate("CaseManagerDialog", u"Add Case Manager", None))
        self.person_kind_label.setText(QCoreApplication.translate("CaseManagerDialog", u"Case manager:", None))
        self.provider_user_radio.setText(QCoreApplication.translate("CaseManagerDialog", u"A user of the &provider", None))
#if QT_CONFIG(tooltip)
        self.provider_user_radio.setToolTip(QCoreApplication.translate("CaseManagerDialog", u"Choose one of the users of the provider below", None))
#endif // QT_CONFIG(tooltip)
        self.me_radio.setText(QCoreApplication.translate("CaseManagerDialog", u"&Me", None))
#if QT_CONFIG(tooltip)
        self.me_radio.setToolTip(QCoreApplication.translate("CaseManagerDialog", u"You are the case manager", None))
#endif // QT_CONFIG(tooltip)
        self.other_radio.setText(QCoreApplication.translate("CaseManagerDialog", u"&Other agency", None))
#if QT_CONFIG(tooltip)
        self.other_radio.setToolTip(QCoreApplication.translate("CaseManagerDialog", u"A case manager of another agency, entered by name", None))
#endif // QT_CONFIG(tooltip)
        self.provider_label.setText(QCoreApplication.translate("CaseManagerDialog", u"Pro&vider:", None))
#if QT_CONFIG(accessibility)
        self.provider_combo.setAccessibleName(QCoreApplication.translate("CaseManagerDialog", u"Provider", None))
#endif // QT_CONFIG(accessibility)
        self.user_label.setText(QCoreApplication.translate("CaseManagerDialog", u"&User:", None))
#if QT_CONFIG(accessibility)
        self.user_combo.setAccessibleName(QCoreApplication.translate("CaseManagerDialog", u"User", None))
#endif // QT_CONFIG(accessibility)
        self.me_label.setText(QCoreApplication.translate("CaseManagerDialog", u"Name:", None))
#if QT_CONFIG(accessibility)
        self.me_value_label.setAccessibleName(QCoreApplication.translate("CaseManagerDialog", u"Case manager name", None))
#endif // QT_CONFIG(accessibility)
        self.other_name_label.setText(QCoreApplication.translate("CaseManagerDialog", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.other_name_edit.setAccessibleName(QCoreApplication.translate("CaseManagerDialog", u"Case manager name", None))
#endif // QT_CONFIG(accessibility)
        self.other_name_edit.setPlaceholderText(QCoreApplication.translate("CaseManagerDialog", u"Required", None))
        self.other_agency_check.setText(QCoreApplication.translate("CaseManagerDialog", u"Their agency &uses this program", None))
        self.title_label.setText(QCoreApplication.translate("CaseManagerDialog", u"&Title:", None))
#if QT_CONFIG(accessibility)
        self.title_edit.setAccessibleName(QCoreApplication.translate("CaseManagerDialog", u"Title", None))
#endif // QT_CONFIG(accessibility)
        self.phone_label.setText(QCoreApplication.translate("CaseManagerDialog", u"P&hone:", None))
#if QT_CONFIG(accessibility)
        self.phone_edit.setAccessibleName(QCoreApplication.translate("CaseManagerDialog", u"Phone", None))
#endif // QT_CONFIG(accessibility)
        self.phone_edit.setPlaceholderText(QCoreApplication.translate("CaseManagerDialog", u"(319) 555-0142", None))
        self.email_label.setText(QCoreApplication.translate("CaseManagerDialog", u"&E-mail:", None))
#if QT_CONFIG(accessibility)
        self.email_edit.setAccessibleName(QCoreApplication.translate("CaseManagerDialog", u"E-mail", None))
#endif // QT_CONFIG(accessibility)
        self.email_edit.setPlaceholderText(QCoreApplication.translate("CaseManagerDialog", u"name@example.org", None))
        self.start_date_label.setText(QCoreApplication.translate("CaseManagerDialog", u"St&art date:", None))
#if QT_CONFIG(accessibility)
        self.start_date_edit.setAccessibleName(QCoreApplication.translate("CaseManagerDialog", u"Start date", None))
#endif // QT_CONFIG(accessibility)
        self.end_date_label.setText(QCoreApplication.translate("CaseManagerDialog", u"En&d date:", None))
#if QT_CONFIG(accessibility)
        self.end_date_edit.setAccessibleName(QCoreApplication.translate("CaseManagerDialog", u"End date", None))
#endif // QT_CONFIG(accessibility)
        self.members_group.setTitle(QCoreApplication.translate("CaseManagerDialog", u"Also works with these household members", None))
        self.no_members_label.setText(QCoreApplication.translate("CaseManagerDialog", u"The client has no other current household members.", None))
    # retranslateUi

