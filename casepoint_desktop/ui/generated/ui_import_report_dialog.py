# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_report_dialog.ui'
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
    QLabel, QSizePolicy, QTextEdit, QVBoxLayout,
    QWidget)

class Ui_ImportReportDialog(object):
    def setupUi(self, ImportReportDialog):
        if not ImportReportDialog.objectName():
            ImportReportDialog.setObjectName(u"ImportReportDialog")
        ImportReportDialog.resize(560, 400)
        self.main_layout = QVBoxLayout(ImportReportDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.summary_label = QLabel(ImportReportDialog)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setText(u"")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.summary_label)

        self.errors_label = QLabel(ImportReportDialog)
        self.errors_label.setObjectName(u"errors_label")

        self.main_layout.addWidget(self.errors_label)

        self.errors_view = QTextEdit(ImportReportDialog)
        self.errors_view.setObjectName(u"errors_view")
        self.errors_view.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.errors_view.setReadOnly(True)
        self.errors_view.setAcceptRichText(False)
        self.errors_view.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.errors_view)

        self.button_box = QDialogButtonBox(ImportReportDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.errors_label.setBuddy(self.errors_view)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.errors_view, self.button_box)

        self.retranslateUi(ImportReportDialog)
    # setupUi

    def retranslateUi(self, ImportReportDialog):
        ImportReportDialog.setWindowTitle(QCoreApplication.translate("ImportReportDialog", u"HMIS Import", None))
        self.errors_label.setText(QCoreApplication.translate("ImportReportDialog", u"&Problems:", None))
#if QT_CONFIG(accessibility)
        self.errors_view.setAccessibleName(QCoreApplication.translate("ImportReportDialog", u"Import problems", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

