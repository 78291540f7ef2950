# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_note_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from casepoint_desktop.ui.widgets.optional_date_edit import OptionalDateEdit

class Ui_CaseNoteDialog(object):
    def setupUi(self, CaseNoteDialog):
        if not CaseNoteDialog.objectName():
            CaseNoteDialog.setObjectName(u"CaseNoteDialog")
        CaseNoteDialog.resize(720, 640)
        self.main_layout = QVBoxLayout(CaseNoteDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.members_group = QGroupBox(CaseNoteDialog)
        self.members_group.setObjectName(u"members_group")
        self.members_layout = QVBoxLayout(self.members_group)
        self.members_layout.setObjectName(u"members_layout")
        self.members_error_label = QLabel(self.members_group)
        self.members_error_label.setObjectName(u"members_error_label")
        self.members_error_label.setText(u"")
        self.members_error_label.setWordWrap(True)

        self.members_layout.addWidget(self.members_error_label)


        self.main_layout.addWidget(self.members_group)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.provider_label = QLabel(CaseNoteDialog)
        self.provider_label.setObjectName(u"provider_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.provider_label)

        self.provider_box = QVBoxLayout()
        self.provider_box.setSpacing(2)
        self.provider_box.setObjectName(u"provider_box")
        self.provider_combo = QComboBox(CaseNoteDialog)
        self.provider_combo.setObjectName(u"provider_combo")

        self.provider_box.addWidget(self.provider_combo)

        self.provider_error_label = QLabel(CaseNoteDialog)
        self.provider_error_label.setObjectName(u"provider_error_label")
        self.provider_error_label.setText(u"")
        self.provider_error_label.setWordWrap(True)

        self.provider_box.addWidget(self.provider_error_label)


        self.form_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.provider_box)

        self.case_manager_label = QLabel(CaseNoteDialog)
        self.case_manager_label.setObjectName(u"case_manager_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.case_manager_label)

        self.case_manager_box = QVBoxLayout()
        self.case_manager_box.setSpacing(2)
        self.case_manager_box.setObjectName(u"case_manager_box")
        self.case_manager_combo = QComboBox(CaseNoteDialog)
        self.case_manager_combo.setObjectName(u"case_manager_combo")

        self.case_manager_box.addWidget(self.case_manager_combo)

        self.case_manager_error_label = QLabel(CaseNoteDialog)
        self.case_manager_error_label.setObjectName(u"case_manager_error_label")
        self.case_manager_error_label.setText(u"")
        self.case_manager_error_label.setWordWrap(True)

        self.case_manager_box.addWidget(self.case_manager_error_label)


        self.form_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.case_manager_box)

        self.note_date_label = QLabel(CaseNoteDialog)
        self.note_date_label.setObjectName(u"note_date_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.note_date_label)

        self.note_date_box = QVBoxLayout()
        self.note_date_box.setSpacing(2)
        self.note_date_box.setObjectName(u"note_date_box")
        self.note_date_edit_row = QHBoxLayout()
        self.note_date_edit_row.setObjectName(u"note_date_edit_row")
        self.note_date_edit = OptionalDateEdit(CaseNoteDialog)
        self.note_date_edit.setObjectName(u"note_date_edit")

        self.note_date_edit_row.addWidget(self.note_date_edit)

        self.note_date_edit_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.note_date_edit_row.addItem(self.note_date_edit_spacer)


        self.note_date_box.addLayout(self.note_date_edit_row)

        self.note_date_error_label = QLabel(CaseNoteDialog)
        self.note_date_error_label.setObjectName(u"note_date_error_label")
        self.note_date_error_label.setText(u"")
        self.note_date_error_label.setWordWrap(True)

        self.note_date_box.addWidget(self.note_date_error_label)


        self.form_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.note_date_box)

        self.text_label = QLabel(CaseNoteDialog)
        self.text_label.setObjectName(u"text_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.text_label)

        self.text_box = QVBoxLayout()
        self.text_box.setSpacing(2)
        self.text_box.setObjectName(u"text_box")
        self.text_edit = QPlainTextEdit(CaseNoteDialog)
        self.text_edit.setObjectName(u"text_edit")
        self.text_edit.setTabChangesFocus(True)

        self.text_box.addWidget(self.text_edit)

        self.text_error_label = QLabel(CaseNoteDialog)
        self.text_error_label.setObjectName(u"text_error_label")
        self.text_error_label.setText(u"")
        self.text_error_label.setWordWrap(True)

        self.text_box.addWidget(self.text_error_label)


        self.form_layout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.text_box)


        self.main_layout.addLayout(self.form_layout)

        self.attachments_layout = QVBoxLayout()
        self.attachments_layout.setObjectName(u"attachments_layout")

        self.main_layout.addLayout(self.attachments_layout)

        self.attachments_hint_label = QLabel(CaseNoteDialog)
        self.attachments_hint_label.setObjectName(u"attachments_hint_label")
        self.attachments_hint_label.setWordWrap(True)

        self.main_layout.addWidget(self.attachments_hint_label)

        self.general_error_label = QLabel(CaseNoteDialog)
        self.general_error_label.setObjectName(u"general_error_label")
        self.general_error_label.setText(u"")
        self.general_error_label.setWordWrap(True)

        self.main_layout.addWidget(self.general_error_label)

        self.button_box = QDialogButtonBox(CaseNoteDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.provider_label.setBuddy(self.provider_combo)
        self.case_manager_label.setBuddy(self.case_manager_combo)
        self.note_date_label.setBuddy(self.note_date_edit)
        self.text_label.setBuddy(self.text_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CaseNoteDialog)
    # setupUi

    def retranslateUi(self, CaseNoteDialog):
        CaseNoteDialog.setWindowTitle(QCoreApplication.translate("CaseNoteDialog", u"Case Note", None))
        self.members_group.setTitle(QCoreApplication.translate("CaseNoteDialog", u"Household members this note is about", None))
        self.provider_label.setText(QCoreApplication.translate("CaseNoteDialog", u"&Provider:", None))
#if QT_CONFIG(accessibility)
        self.provider_combo.setAccessibleName(QCoreApplication.translate("CaseNoteDialog", u"Provider", None))
#endif // QT_CONFIG(accessibility)
        self.case_manager_label.setText(QCoreApplication.translate("CaseNoteDialog", u"&Case manager:", None))
#if QT_CONFIG(accessibility)
        self.case_manager_combo.setAccessibleName(QCoreApplication.translate("CaseNoteDialog", u"Case manager", None))
#endif // QT_CONFIG(accessibility)
        self.note_date_label.setText(QCoreApplication.translate("CaseNoteDialog", u"Note &date:", None))
#if QT_CONFIG(accessibility)
        self.note_date_edit.setAccessibleName(QCoreApplication.translate("CaseNoteDialog", u"Note date", None))
#endif // QT_CONFIG(accessibility)
        self.text_label.setText(QCoreApplication.translate("CaseNoteDialog", u"Note &text:", None))
#if QT_CONFIG(accessibility)
        self.text_edit.setAccessibleName(QCoreApplication.translate("CaseNoteDialog", u"Note text", None))
#endif // QT_CONFIG(accessibility)
        self.attachments_hint_label.setText(QCoreApplication.translate("CaseNoteDialog", u"Files can be attached once the case note is saved.", None))
    # retranslateUi

