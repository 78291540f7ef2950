# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'service_items_section.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_ServiceItemsSection(object):
    def setupUi(self, ServiceItemsSection):
        if not ServiceItemsSection.objectName():
            ServiceItemsSection.setObjectName(u"ServiceItemsSection")
        ServiceItemsSection.resize(800, 260)
        self.main_layout = QVBoxLayout(ServiceItemsSection)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(0, 0, 0, 0)
        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.add_item_button = QPushButton(ServiceItemsSection)
        self.add_item_button.setObjectName(u"add_item_button")

        self.button_layout.addWidget(self.add_item_button)

        self.edit_item_button = QPushButton(ServiceItemsSection)
        self.edit_item_button.setObjectName(u"edit_item_button")

        self.button_layout.addWidget(self.edit_item_button)

        self.delete_item_button = QPushButton(ServiceItemsSection)
        self.delete_item_button.setObjectName(u"delete_item_button")

        self.button_layout.addWidget(self.delete_item_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.count_label = QLabel(ServiceItemsSection)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setText(u"")

        self.button_layout.addWidget(self.count_label)


        self.main_layout.addLayout(self.button_layout)

        self.items_view = QTableView(ServiceItemsSection)
        self.items_view.setObjectName(u"items_view")
        self.items_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.items_view.setAlternatingRowColors(True)
        self.items_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.items_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items_view.setTabKeyNavigation(False)
        self.items_view.setWordWrap(False)
        self.items_view.horizontalHeader().setHighlightSections(False)
        self.items_view.horizontalHeader().setStretchLastSection(True)
        self.items_view.verticalHeader().setVisible(False)

        self.main_layout.addWidget(self.items_view)


        self.retranslateUi(ServiceItemsSection)
    # setupUi

    def retranslateUi(self, ServiceItemsSection):
        self.add_item_button.setText(QCoreApplication.translate("ServiceItemsSection", u"Add Ser&vice\u2026", None))
        self.edit_item_button.setText(QCoreApplication.translate("ServiceItemsSection", u"Edi&t Service\u2026", None))
        self.delete_item_button.setText(QCoreApplication.translate("ServiceItemsSection", u"De&lete Service\u2026", None))
#if QT_CONFIG(accessibility)
        self.items_view.setAccessibleName(QCoreApplication.translate("ServiceItemsSection", u"Service items", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

