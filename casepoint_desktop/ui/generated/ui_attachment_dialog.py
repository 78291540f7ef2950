# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'attachment_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_AttachmentDialog(object):
    def setupUi(self, AttachmentDialog):
        if not AttachmentDialog.objectName():
            AttachmentDialog.setObjectName(u"AttachmentDialog")
        AttachmentDialog.resize(560, 300)
        self.main_layout = QVBoxLayout(AttachmentDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.files_label = QLabel(AttachmentDialog)
        self.files_label.setObjectName(u"files_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.files_label)

        self.files_box = QVBoxLayout()
        self.files_box.setSpacing(2)
        self.files_box.setObjectName(u"files_box")
        self.files_edit = QPlainTextEdit(AttachmentDialog)
        self.files_edit.setObjectName(u"files_edit")
        self.files_edit.setTabChangesFocus(True)
        self.files_edit.setReadOnly(True)
        self.files_edit.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.files_box.addWidget(self.files_edit)

        self.file_error_label = QLabel(AttachmentDialog)
        self.file_error_label.setObjectName(u"file_error_label")
        self.file_error_label.setText(u"")
        self.file_error_label.setWordWrap(True)

        self.files_box.addWidget(self.file_error_label)


        self.form_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.files_box)

        self.description_label = QLabel(AttachmentDialog)
        self.description_label.setObjectName(u"description_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.description_label)

        self.description_box = QVBoxLayout()
        self.description_box.setSpacing(2)
        self.description_box.setObjectName(u"description_box")
        self.description_edit = QLineEdit(AttachmentDialog)
        self.description_edit.setObjectName(u"description_edit")

        self.description_box.addWidget(self.description_edit)

        self.description_error_label = QLabel(AttachmentDialog)
        self.description_error_label.setObjectName(u"description_error_label")
        self.description_error_label.setText(u"")
        self.description_error_label.setWordWrap(True)

        self.description_box.addWidget(self.description_error_label)


        self.form_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.description_box)

        self.locked_check = QCheckBox(AttachmentDialog)
        self.locked_check.setObjectName(u"locked_check")
        self.locked_check.setText(u"")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.locked_check)

        self.details_label = QLabel(AttachmentDialog)
        self.details_label.setObjectName(u"details_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.details_label)

        self.details_value_label = QLabel(AttachmentDialog)
        self.details_value_label.setObjectName(u"details_value_label")
        self.details_value_label.setText(u"")
        self.details_value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_value_label.setWordWrap(True)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.details_value_label)


        self.main_layout.addLayout(self.form_layout)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.general_error_label = QLabel(AttachmentDialog)
        self.general_error_label.setObjectName(u"general_error_label")
        self.general_error_label.setText(u"")
        self.general_error_label.setWordWrap(True)

        self.main_layout.addWidget(self.general_error_label)

        self.button_box = QDialogButtonBox(AttachmentDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.files_label.setBuddy(self.files_edit)
        self.description_label.setBuddy(self.description_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.files_edit, self.description_edit)
        QWidget.setTabOrder(self.description_edit, self.locked_check)
        QWidget.setTabOrder(self.locked_check, self.button_box)

        self.retranslateUi(AttachmentDialog)
    # setupUi

    def retranslateUi(self, AttachmentDialog):
        AttachmentDialog.setWindowTitle(QCoreApplication.translate("AttachmentDialog", u"Attachment", None))
        self.files_label.setText(QCoreApplication.translate("AttachmentDialog", u"&File:", None))
#if QT_CONFIG(accessibility)
        self.files_edit.setAccessibleName(QCoreApplication.translate("AttachmentDialog", u"Files to attach", None))
#endif // QT_CONFIG(accessibility)
        self.description_label.setText(QCoreApplication.translate("AttachmentDialog", u"&Description:", None))
#if QT_CONFIG(accessibility)
        self.description_edit.setAccessibleName(QCoreApplication.translate("AttachmentDialog", u"Description", None))
#endif // QT_CONFIG(accessibility)
        self.description_edit.setPlaceholderText(QCoreApplication.translate("AttachmentDialog", u"Optional", None))
        self.details_label.setText(QCoreApplication.translate("AttachmentDialog", u"Added:", None))
#if QT_CONFIG(accessibility)
        self.details_value_label.setAccessibleName(QCoreApplication.translate("AttachmentDialog", u"Added", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

