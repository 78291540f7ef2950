# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'attachments_section.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from casepoint_desktop.ui.widgets.file_drop_table_view import FileDropTableView

class Ui_AttachmentsSection(object):
    def setupUi(self, AttachmentsSection):
        if not AttachmentsSection.objectName():
            AttachmentsSection.setObjectName(u"AttachmentsSection")
        AttachmentsSection.resize(800, 240)
        self.main_layout = QVBoxLayout(AttachmentsSection)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(0, 0, 0, 0)
        self.attachments_group = QGroupBox(AttachmentsSection)
        self.attachments_group.setObjectName(u"attachments_group")
        self.group_layout = QVBoxLayout(self.attachments_group)
        self.group_layout.setObjectName(u"group_layout")
        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.add_button = QPushButton(self.attachments_group)
        self.add_button.setObjectName(u"add_button")

        self.button_layout.addWidget(self.add_button)

        self.view_button = QPushButton(self.attachments_group)
        self.view_button.setObjectName(u"view_button")

        self.button_layout.addWidget(self.view_button)

        self.save_copy_button = QPushButton(self.attachments_group)
        self.save_copy_button.setObjectName(u"save_copy_button")

        self.button_layout.addWidget(self.save_copy_button)

        self.edit_button = QPushButton(self.attachments_group)
        self.edit_button.setObjectName(u"edit_button")

        self.button_layout.addWidget(self.edit_button)

        self.delete_button = QPushButton(self.attachments_group)
        self.delete_button.setObjectName(u"delete_button")

        self.button_layout.addWidget(self.delete_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.count_label = QLabel(self.attachments_group)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setText(u"")

        self.button_layout.addWidget(self.count_label)


        self.group_layout.addLayout(self.button_layout)

        self.hint_label = QLabel(self.attachments_group)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setText(u"")
        self.hint_label.setWordWrap(True)

        self.group_layout.addWidget(self.hint_label)

        self.attachments_view = FileDropTableView(self.attachments_group)
        self.attachments_view.setObjectName(u"attachments_view")
        self.attachments_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.attachments_view.setAlternatingRowColors(True)
        self.attachments_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.attachments_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attachments_view.setTabKeyNavigation(False)
        self.attachments_view.setWordWrap(False)
        self.attachments_view.horizontalHeader().setHighlightSections(False)
        self.attachments_view.horizontalHeader().setStretchLastSection(False)
        self.attachments_view.verticalHeader().setVisible(False)

        self.group_layout.addWidget(self.attachments_view)


        self.main_layout.addWidget(self.attachments_group)

        QWidget.setTabOrder(self.add_button, self.view_button)
        QWidget.setTabOrder(self.view_button, self.save_copy_button)
        QWidget.setTabOrder(self.save_copy_button, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.delete_button)
        QWidget.setTabOrder(self.delete_button, self.attachments_view)

        self.retranslateUi(AttachmentsSection)
    # setupUi

    def retranslateUi(self, AttachmentsSection):
        self.attachments_group.setTitle(QCoreApplication.translate("AttachmentsSection", u"Attachments", None))
        self.add_button.setText(QCoreApplication.translate("AttachmentsSection", u"Add F&ile\u2026", None))
        self.view_button.setText(QCoreApplication.translate("AttachmentsSection", u"Vie&w", None))
        self.save_copy_button.setText(QCoreApplication.translate("AttachmentsSection", u"Save C&opy\u2026", None))
        self.edit_button.setText(QCoreApplication.translate("AttachmentsSection", u"&Edit\u2026", None))
        self.delete_button.setText(QCoreApplication.translate("AttachmentsSection", u"&Delete\u2026", None))
#if QT_CONFIG(accessibility)
        self.attachments_view.setAccessibleName(QCoreApplication.translate("AttachmentsSection", u"Attachments", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.attachments_view.setAccessibleDescription(QCoreApplication.translate("AttachmentsSection", u"Newest file first. Press Enter to view the selected file, or drop files here to attach them.", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

