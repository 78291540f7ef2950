# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'client_profile_tab.ui'
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
from PySide6.QtWidgets import (QApplication, QGridLayout, QGroupBox, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QVBoxLayout, QWidget)

from casepoint_desktop.ui.widgets.elided_label import ElidedLabel

class Ui_ClientProfileTab(object):
    def setupUi(self, ClientProfileTab):
        if not ClientProfileTab.objectName():
            ClientProfileTab.setObjectName(u"ClientProfileTab")
        ClientProfileTab.resize(1300, 600)
        self.main_layout = QVBoxLayout(ClientProfileTab)
        self.main_layout.setObjectName(u"main_layout")
        self.top_layout = QHBoxLayout()
        self.top_layout.setObjectName(u"top_layout")
        self.demographics_group = QGroupBox(ClientProfileTab)
        self.demographics_group.setObjectName(u"demographics_group")
        self.demographics_layout = QGridLayout(self.demographics_group)
        self.demographics_layout.setObjectName(u"demographics_layout")
        self.demographics_layout.setHorizontalSpacing(12)
        self.demographics_layout.setVerticalSpacing(6)
        self.name_caption = QLabel(self.demographics_group)
        self.name_caption.setObjectName(u"name_caption")

        self.demographics_layout.addWidget(self.name_caption, 0, 0, 1, 1, Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.name_value = ElidedLabel(self.demographics_group)
        self.name_value.setObjectName(u"name_value")
        self.name_value.setText(u"")
        self.name_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.demographics_layout.addWidget(self.name_value, 0, 1, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.alias_caption = QLabel(self.demographics_group)
        self.alias_caption.setObjectName(u"alias_caption")

        self.demographics_layout.addWidget(self.alias_caption, 0, 2, 1, 1, Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.alias_value = ElidedLabel(self.demographics_group)
        self.alias_value.setObjectName(u"alias_value")
        self.alias_value.setText(u"")
        self.alias_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.demographics_layout.addWidget(self.alias_value, 0, 3, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.date_of_birth_caption = QLabel(self.demographics_group)
        self.date_of_birth_caption.setObjectName(u"date_of_birth_caption")

        self.demographics_layout.addWidget(self.date_of_birth_caption, 1, 0, 1, 1, Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.date_of_birth_value = QLabel(self.demographics_group)
        self.date_of_birth_value.setObjectName(u"date_of_birth_value")
        self.date_of_birth_value.setText(u"")
        self.date_of_birth_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.demographics_layout.addWidget(self.date_of_birth_value, 1, 1, 1, 1, Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.gender_caption = QLabel(self.demographics_group)
        self.gender_caption.setObjectName(u"gender_caption")

        self.demographics_layout.addWidget(self.gender_caption, 1, 2, 1, 1, Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.gender_value = QLabel(self.demographics_group)
        self.gender_value.setObjectName(u"gender_value")
        self.gender_value.setText(u"")
        self.gender_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.demographics_layout.addWidget(self.gender_value, 1, 3, 1, 1, Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.phone_caption = QLabel(self.demographics_group)
        self.phone_caption.setObjectName(u"phone_caption")

        self.demographics_layout.addWidget(self.phone_caption, 2, 0, 1, 1, Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.phone_value = ElidedLabel(self.demographics_group)
        self.phone_value.setObjectName(u"phone_value")
        self.phone_value.setText(u"")
        self.phone_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.demographics_layout.addWidget(self.phone_value, 2, 1, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.email_caption = QLabel(self.demographics_group)
        self.email_caption.setObjectName(u"email_caption")

        self.demographics_layout.addWidget(self.email_caption, 2, 2, 1, 1, Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.email_value = ElidedLabel(self.demographics_group)
        self.email_value.setObjectName(u"email_value")
        self.email_value.setText(u"")
        self.email_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.demographics_layout.addWidget(self.email_value, 2, 3, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.address_caption = QLabel(self.demographics_group)
        self.address_caption.setObjectName(u"address_caption")

        self.demographics_layout.addWidget(self.address_caption, 3, 0, 1, 1, Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.address_value = ElidedLabel(self.demographics_group)
        self.address_value.setObjectName(u"address_value")
        self.address_value.setText(u"")
        self.address_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.demographics_layout.addWidget(self.address_value, 3, 1, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.ssn_last4_caption = QLabel(self.demographics_group)
        self.ssn_last4_caption.setObjectName(u"ssn_last4_caption")

        self.demographics_layout.addWidget(self.ssn_last4_caption, 3, 2, 1, 1, Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.ssn_last4_value = QLabel(self.demographics_group)
        self.ssn_last4_value.setObjectName(u"ssn_last4_value")
        self.ssn_last4_value.setText(u"")
        self.ssn_last4_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.demographics_layout.addWidget(self.ssn_last4_value, 3, 3, 1, 1, Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.demographics_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.demographics_layout.addItem(self.demographics_spacer, 4, 0, 1, 4)

        self.edit_layout = QHBoxLayout()
        self.edit_layout.setObjectName(u"edit_layout")
        self.edit_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.edit_layout.addItem(self.edit_spacer)

        self.edit_demographics_button = QPushButton(self.demographics_group)
        self.edit_demographics_button.setObjectName(u"edit_demographics_button")

        self.edit_layout.addWidget(self.edit_demographics_button)


        self.demographics_layout.addLayout(self.edit_layout, 5, 0, 1, 4)

        self.demographics_layout.setRowStretch(4, 1)
        self.demographics_layout.setColumnStretch(1, 1)
        self.demographics_layout.setColumnStretch(3, 1)

        self.top_layout.addWidget(self.demographics_group)

        self.household_group = QGroupBox(ClientProfileTab)
        self.household_group.setObjectName(u"household_group")
        self.household_layout = QVBoxLayout(self.household_group)
        self.household_layout.setObjectName(u"household_layout")

        self.top_layout.addWidget(self.household_group)

        self.top_layout.setStretch(0, 2)
        self.top_layout.setStretch(1, 3)

        self.main_layout.addLayout(self.top_layout)

        self.lists_splitter = QSplitter(ClientProfileTab)
        self.lists_splitter.setObjectName(u"lists_splitter")
        self.lists_splitter.setOrientation(Qt.Orientation.Vertical)
        self.lists_splitter.setChildrenCollapsible(False)
        self.notes_group = QGroupBox(self.lists_splitter)
        self.notes_group.setObjectName(u"notes_group")
        self.notes_layout = QVBoxLayout(self.notes_group)
        self.notes_layout.setObjectName(u"notes_layout")
        self.lists_splitter.addWidget(self.notes_group)
        self.attachments_host = QWidget(self.lists_splitter)
        self.attachments_host.setObjectName(u"attachments_host")
        self.attachments_layout = QVBoxLayout(self.attachments_host)
        self.attachments_layout.setObjectName(u"attachments_layout")
        self.attachments_layout.setContentsMargins(0, 0, 0, 0)
        self.lists_splitter.addWidget(self.attachments_host)

        self.main_layout.addWidget(self.lists_splitter)

        self.main_layout.setStretch(1, 1)

        self.retranslateUi(ClientProfileTab)
    # setupUi

    def retranslateUi(self, ClientProfileTab):
        self.demographics_group.setTitle(QCoreApplication.translate("ClientProfileTab", u"Demographics", None))
        self.name_caption.setText(QCoreApplication.translate("ClientProfileTab", u"Name:", None))
#if QT_CONFIG(accessibility)
        self.name_value.setAccessibleName(QCoreApplication.translate("ClientProfileTab", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.alias_caption.setText(QCoreApplication.translate("ClientProfileTab", u"Alias:", None))
#if QT_CONFIG(accessibility)
        self.alias_value.setAccessibleName(QCoreApplication.translate("ClientProfileTab", u"Alias", None))
#endif // QT_CONFIG(accessibility)
        self.date_of_birth_caption.setText(QCoreApplication.translate("ClientProfileTab", u"Date of birth:", None))
#if QT_CONFIG(accessibility)
        self.date_of_birth_value.setAccessibleName(QCoreApplication.translate("ClientProfileTab", u"Date of birth", None))
#endif // QT_CONFIG(accessibility)
        self.gender_caption.setText(QCoreApplication.translate("ClientProfileTab", u"Gender:", None))
#if QT_CONFIG(accessibility)
        self.gender_value.setAccessibleName(QCoreApplication.translate("ClientProfileTab", u"Gender", None))
#endif // QT_CONFIG(accessibility)
        self.phone_caption.setText(QCoreApplication.translate("ClientProfileTab", u"Phone:", None))
#if QT_CONFIG(accessibility)
        self.phone_value.setAccessibleName(QCoreApplication.translate("ClientProfileTab", u"Phone", None))
#endif // QT_CONFIG(accessibility)
        self.email_caption.setText(QCoreApplication.translate("ClientProfileTab", u"E-mail:", None))
#if QT_CONFIG(accessibility)
        self.email_value.setAccessibleName(QCoreApplication.translate("ClientProfileTab", u"E-mail", None))
#endif // QT_CONFIG(accessibility)
        self.address_caption.setText(QCoreApplication.translate("ClientProfileTab", u"Address:", None))
#if QT_CONFIG(accessibility)
        self.address_value.setAccessibleName(QCoreApplication.translate("ClientProfileTab", u"Address", None))
#endif // QT_CONFIG(accessibility)
        self.ssn_last4_caption.setText(QCoreApplication.translate("ClientProfileTab", u"Last 4 of ID:", None))
#if QT_CONFIG(accessibility)
        self.ssn_last4_value.setAccessibleName(QCoreApplication.translate("ClientProfileTab", u"Last 4 digits of identity number", None))
#endif // QT_CONFIG(accessibility)
        self.edit_demographics_button.setText(QCoreApplication.translate("ClientProfileTab", u"Edit &Demographics\u2026", None))
        self.household_group.setTitle(QCoreApplication.translate("ClientProfileTab", u"Household", None))
        self.notes_group.setTitle(QCoreApplication.translate("ClientProfileTab", u"Client Notes", None))
        pass
    # retranslateUi

