# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'action_steps_section.ui'
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

class Ui_ActionStepsSection(object):
    def setupUi(self, ActionStepsSection):
        if not ActionStepsSection.objectName():
            ActionStepsSection.setObjectName(u"ActionStepsSection")
        ActionStepsSection.resize(800, 260)
        self.main_layout = QVBoxLayout(ActionStepsSection)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(0, 0, 0, 0)
        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.add_step_button = QPushButton(ActionStepsSection)
        self.add_step_button.setObjectName(u"add_step_button")

        self.button_layout.addWidget(self.add_step_button)

        self.edit_step_button = QPushButton(ActionStepsSection)
        self.edit_step_button.setObjectName(u"edit_step_button")

        self.button_layout.addWidget(self.edit_step_button)

        self.delete_step_button = QPushButton(ActionStepsSection)
        self.delete_step_button.setObjectName(u"delete_step_button")

        self.button_layout.addWidget(self.delete_step_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.count_label = QLabel(ActionStepsSection)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setText(u"")

        self.button_layout.addWidget(self.count_label)


        self.main_layout.addLayout(self.button_layout)

        self.steps_view = QTableView(ActionStepsSection)
        self.steps_view.setObjectName(u"steps_view")
        self.steps_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.steps_view.setAlternatingRowColors(True)
        self.steps_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.steps_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.steps_view.setTabKeyNavigation(False)
        self.steps_view.setWordWrap(False)
        self.steps_view.horizontalHeader().setHighlightSections(False)
        self.steps_view.horizontalHeader().setStretchLastSection(True)
        self.steps_view.verticalHeader().setVisible(False)

        self.main_layout.addWidget(self.steps_view)


        self.retranslateUi(ActionStepsSection)
    # setupUi

    def retranslateUi(self, ActionStepsSection):
        self.add_step_button.setText(QCoreApplication.translate("ActionStepsSection", u"Add Action &Step\u2026", None))
        self.edit_step_button.setText(QCoreApplication.translate("ActionStepsSection", u"Edi&t Step\u2026", None))
        self.delete_step_button.setText(QCoreApplication.translate("ActionStepsSection", u"De&lete Step\u2026", None))
#if QT_CONFIG(accessibility)
        self.steps_view.setAccessibleName(QCoreApplication.translate("ActionStepsSection", u"Action steps", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

