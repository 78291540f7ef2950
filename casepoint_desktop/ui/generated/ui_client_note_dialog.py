# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'client_note_dialog.ui'
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
    QFormLayout, QHBoxLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from casepoint_desktop.ui.widgets.optional_date_edit import OptionalDateEdit

class Ui_ClientNoteDialog(object):
    def setupUi(self, ClientNoteDialog):
        if not ClientNoteDialog.objectName():
            ClientNoteDialog.setObjectName(u"ClientNoteDialog")
        ClientNoteDialog.resize(640, 480)
        self.main_layout = QVBoxLayout(ClientNoteDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.note_date_label = QLabel(ClientNoteDialog)
        self.note_date_label.setObjectName(u"note_date_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.note_date_label)

        self.note_date_box = QVBoxLayout()
        self.note_date_box.setSpacing(2)
        self.note_date_box.setObjectName(u"note_date_box")
        self.note_date_row = QHBoxLayout()
        self.note_date_row.setObjectName(u"note_date_row")
        self.note_date_edit = OptionalDateEdit(ClientNoteDialog)
        self.note_date_edit.setObjectName(u"note_date_edit")

        self.note_date_row.addWidget(self.note_date_edit)

        self.note_date_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.note_date_row.addItem(self.note_date_spacer)


        self.note_date_box.addLayout(self.note_date_row)

        self.note_date_error_label = QLabel(ClientNoteDialog)
        self.note_date_error_label.setObjectName(u"note_date_error_label")
        self.note_date_error_label.setText(u"")
        self.note_date_error_label.setWordWrap(True)

        self.note_date_box.addWidget(self.note_date_error_label)


        self.form_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.note_date_box)

        self.provider_label = QLabel(ClientNoteDialog)
        self.provider_label.setObjectName(u"provider_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.provider_label)

        self.provider_value_label = QLabel(ClientNoteDialog)
        self.provider_value_label.setObjectName(u"provider_value_label")
        self.provider_value_label.setText(u"")
        self.provider_value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.provider_value_label.setWordWrap(True)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.provider_value_label)

        self.author_label = QLabel(ClientNoteDialog)
        self.author_label.setObjectName(u"author_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.author_label)

        self.author_value_label = QLabel(ClientNoteDialog)
        self.author_value_label.setObjectName(u"author_value_label")
        self.author_value_label.setText(u"")
        self.author_value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.author_value_label.setWordWrap(True)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.author_value_label)

        self.history_label = QLabel(ClientNoteDialog)
        self.history_label.setObjectName(u"history_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.history_label)

        self.history_value_label = QLabel(ClientNoteDialog)
        self.history_value_label.setObjectName(u"history_value_label")
        self.history_value_label.setText(u"")
        self.history_value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.history_value_label.setWordWrap(True)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.history_value_label)


        self.main_layout.addLayout(self.form_layout)

        self.text_label = QLabel(ClientNoteDialog)
        self.text_label.setObjectName(u"text_label")

        self.main_layout.addWidget(self.text_label)

        self.text_edit = QPlainTextEdit(ClientNoteDialog)
        self.text_edit.setObjectName(u"text_edit")
        self.text_edit.setTabChangesFocus(True)

        self.main_layout.addWidget(self.text_edit)

        self.text_error_label = QLabel(ClientNoteDialog)
        self.text_error_label.setObjectName(u"text_error_label")
        self.text_error_label.setText(u"")
        self.text_error_label.setWordWrap(True)

        self.main_layout.addWidget(self.text_error_label)

        self.general_error_label = QLabel(ClientNoteDialog)
        self.general_error_label.setObjectName(u"general_error_label")
        self.general_error_label.setText(u"")
        self.general_error_label.setWordWrap(True)

        self.main_layout.addWidget(self.general_error_label)

        self.button_box = QDialogButtonBox(ClientNoteDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.note_date_label.setBuddy(self.note_date_edit)
        self.text_label.setBuddy(self.text_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.note_date_edit, self.text_edit)
        QWidget.setTabOrder(self.text_edit, self.button_box)

        self.retranslateUi(ClientNoteDialog)
    # setupUi

    def retranslateUi(self, ClientNoteDialog):
        ClientNoteDialog.setWindowTitle(QCoreApplication.translate("ClientNoteDialog", u"Client Note", None))
        self.note_date_label.setText(QCoreApplication.translate("ClientNoteDialog", u"Note &date:", None))
#if QT_CONFIG(accessibility)
        self.note_date_edit.setAccessibleName(QCoreApplication.translate("ClientNoteDialog", u"Note date", None))
#endif // QT_CONFIG(accessibility)
        self.provider_label.setText(QCoreApplication.translate("ClientNoteDialog", u"Provider:", None))
#if QT_CONFIG(accessibility)
        self.provider_value_label.setAccessibleName(QCoreApplication.translate("ClientNoteDialog", u"Provider", None))
#endif // QT_CONFIG(accessibility)
        self.author_label.setText(QCoreApplication.translate("ClientNoteDialog", u"Author:", None))
#if QT_CONFIG(accessibility)
        self.author_value_label.setAccessibleName(QCoreApplication.translate("ClientNoteDialog", u"Author", None))
#endif // QT_CONFIG(accessibility)
        self.history_label.setText(QCoreApplication.translate("ClientNoteDialog", u"Recorded:", None))
#if QT_CONFIG(accessibility)
        self.history_value_label.setAccessibleName(QCoreApplication.translate("ClientNoteDialog", u"Recorded", None))
#endif // QT_CONFIG(accessibility)
        self.text_label.setText(QCoreApplication.translate("ClientNoteDialog", u"&Note text:", None))
#if QT_CONFIG(accessibility)
        self.text_edit.setAccessibleName(QCoreApplication.translate("ClientNoteDialog", u"Note text", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

