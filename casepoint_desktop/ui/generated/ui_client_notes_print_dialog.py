# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'client_notes_print_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QRadioButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from casepoint_desktop.ui.widgets.optional_date_edit import OptionalDateEdit

class Ui_ClientNotesPrintDialog(object):
    def setupUi(self, ClientNotesPrintDialog):
        if not ClientNotesPrintDialog.objectName():
            ClientNotesPrintDialog.setObjectName(u"ClientNotesPrintDialog")
        ClientNotesPrintDialog.resize(480, 300)
        self.main_layout = QVBoxLayout(ClientNotesPrintDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.dates_group = QGroupBox(ClientNotesPrintDialog)
        self.dates_group.setObjectName(u"dates_group")
        self.dates_group_layout = QVBoxLayout(self.dates_group)
        self.dates_group_layout.setObjectName(u"dates_group_layout")
        self.all_dates_radio = QRadioButton(self.dates_group)
        self.all_dates_radio.setObjectName(u"all_dates_radio")
        self.all_dates_radio.setChecked(True)

        self.dates_group_layout.addWidget(self.all_dates_radio)

        self.date_range_radio = QRadioButton(self.dates_group)
        self.date_range_radio.setObjectName(u"date_range_radio")

        self.dates_group_layout.addWidget(self.date_range_radio)

        self.range_form = QFormLayout()
        self.range_form.setObjectName(u"range_form")
        self.range_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.range_form.setContentsMargins(24, 0, 0, 0)
        self.start_date_label = QLabel(self.dates_group)
        self.start_date_label.setObjectName(u"start_date_label")

        self.range_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.start_date_label)

        self.start_date_box = QVBoxLayout()
        self.start_date_box.setSpacing(2)
        self.start_date_box.setObjectName(u"start_date_box")
        self.start_date_row = QHBoxLayout()
        self.start_date_row.setObjectName(u"start_date_row")
        self.start_date_edit = OptionalDateEdit(self.dates_group)
        self.start_date_edit.setObjectName(u"start_date_edit")

        self.start_date_row.addWidget(self.start_date_edit)

        self.start_date_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.start_date_row.addItem(self.start_date_spacer)


        self.start_date_box.addLayout(self.start_date_row)

        self.start_date_error_label = QLabel(self.dates_group)
        self.start_date_error_label.setObjectName(u"start_date_error_label")
        self.start_date_error_label.setText(u"")
        self.start_date_error_label.setWordWrap(True)

        self.start_date_box.addWidget(self.start_date_error_label)


        self.range_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.start_date_box)

        self.end_date_label = QLabel(self.dates_group)
        self.end_date_label.setObjectName(u"end_date_label")

        self.range_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.end_date_label)

        self.end_date_box = QVBoxLayout()
        self.end_date_box.setSpacing(2)
        self.end_date_box.setObjectName(u"end_date_box")
        self.end_date_row = QHBoxLayout()
        self.end_date_row.setObjectName(u"end_date_row")
        self.end_date_edit = OptionalDateEdit(self.dates_group)
        self.end_date_edit.setObjectName(u"end_date_edit")

        self.end_date_row.addWidget(self.end_date_edit)

        self.end_date_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.end_date_row.addItem(self.end_date_spacer)


        self.end_date_box.addLayout(self.end_date_row)

        self.end_date_error_label = QLabel(self.dates_group)
        self.end_date_error_label.setObjectName(u"end_date_error_label")
        self.end_date_error_label.setText(u"")
        self.end_date_error_label.setWordWrap(True)

        self.end_date_box.addWidget(self.end_date_error_label)


        self.range_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.end_date_box)


        self.dates_group_layout.addLayout(self.range_form)


        self.main_layout.addWidget(self.dates_group)

        self.providers_group = QGroupBox(ClientNotesPrintDialog)
        self.providers_group.setObjectName(u"providers_group")
        self.providers_group_layout = QVBoxLayout(self.providers_group)
        self.providers_group_layout.setObjectName(u"providers_group_layout")
        self.all_providers_radio = QRadioButton(self.providers_group)
        self.all_providers_radio.setObjectName(u"all_providers_radio")
        self.all_providers_radio.setChecked(True)

        self.providers_group_layout.addWidget(self.all_providers_radio)

        self.chosen_providers_radio = QRadioButton(self.providers_group)
        self.chosen_providers_radio.setObjectName(u"chosen_providers_radio")

        self.providers_group_layout.addWidget(self.chosen_providers_radio)

        self.providers_list_box = QVBoxLayout()
        self.providers_list_box.setSpacing(2)
        self.providers_list_box.setObjectName(u"providers_list_box")
        self.providers_list_box.setContentsMargins(24, 0, 0, 0)
        self.providers_list = QListWidget(self.providers_group)
        self.providers_list.setObjectName(u"providers_list")

        self.providers_list_box.addWidget(self.providers_list)

        self.providers_error_label = QLabel(self.providers_group)
        self.providers_error_label.setObjectName(u"providers_error_label")
        self.providers_error_label.setText(u"")
        self.providers_error_label.setWordWrap(True)

        self.providers_list_box.addWidget(self.providers_error_label)


        self.providers_group_layout.addLayout(self.providers_list_box)


        self.main_layout.addWidget(self.providers_group)

        self.general_error_label = QLabel(ClientNotesPrintDialog)
        self.general_error_label.setObjectName(u"general_error_label")
        self.general_error_label.setText(u"")
        self.general_error_label.setWordWrap(True)

        self.main_layout.addWidget(self.general_error_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(ClientNotesPrintDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.start_date_label.setBuddy(self.start_date_edit)
        self.end_date_label.setBuddy(self.end_date_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.all_dates_radio, self.date_range_radio)
        QWidget.setTabOrder(self.date_range_radio, self.start_date_edit)
        QWidget.setTabOrder(self.start_date_edit, self.end_date_edit)
        QWidget.setTabOrder(self.end_date_edit, self.all_providers_radio)
        QWidget.setTabOrder(self.all_providers_radio, self.chosen_providers_radio)
        QWidget.setTabOrder(self.chosen_providers_radio, self.providers_list)
        QWidget.setTabOrder(self.providers_list, self.button_box)

        self.retranslateUi(ClientNotesPrintDialog)
    # setupUi

    def retranslateUi(self, ClientNotesPrintDialog):
        ClientNotesPrintDialog.setWindowTitle(QCoreApplication.translate("ClientNotesPrintDialog", u"Print Client Notes", None))
        self.dates_group.setTitle(QCoreApplication.translate("ClientNotesPrintDialog", u"Dates", None))
        self.all_dates_radio.setText(QCoreApplication.translate("ClientNotesPrintDialog", u"&All dates", None))
        self.date_range_radio.setText(QCoreApplication.translate("ClientNotesPrintDialog", u"&Date range:", None))
        self.start_date_label.setText(QCoreApplication.translate("ClientNotesPrintDialog", u"&From:", None))
#if QT_CONFIG(accessibility)
        self.start_date_edit.setAccessibleName(QCoreApplication.translate("ClientNotesPrintDialog", u"Notes dated from", None))
#endif // QT_CONFIG(accessibility)
        self.end_date_label.setText(QCoreApplication.translate("ClientNotesPrintDialog", u"&To:", None))
#if QT_CONFIG(accessibility)
        self.end_date_edit.setAccessibleName(QCoreApplication.translate("ClientNotesPrintDialog", u"Notes dated to", None))
#endif // QT_CONFIG(accessibility)
        self.providers_group.setTitle(QCoreApplication.translate("ClientNotesPrintDialog", u"Providers", None))
        self.all_providers_radio.setText(QCoreApplication.translate("ClientNotesPrintDialog", u"All &providers", None))
        self.chosen_providers_radio.setText(QCoreApplication.translate("ClientNotesPrintDialog", u"&Chosen providers:", None))
#if QT_CONFIG(accessibility)
        self.providers_list.setAccessibleName(QCoreApplication.translate("ClientNotesPrintDialog", u"Providers to print", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

