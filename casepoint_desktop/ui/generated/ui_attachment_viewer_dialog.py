# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'attachment_viewer_dialog.ui'
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
    QSizePolicy, QVBoxLayout, QWidget)

from casepoint_desktop.ui.widgets.elided_label import ElidedLabel

class Ui_AttachmentViewerDialog(object):
    def setupUi(self, AttachmentViewerDialog):
        if not AttachmentViewerDialog.objectName():
            AttachmentViewerDialog.setObjectName(u"AttachmentViewerDialog")
        AttachmentViewerDialog.resize(900, 700)
        self.main_layout = QVBoxLayout(AttachmentViewerDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.description_label = ElidedLabel(AttachmentViewerDialog)
        self.description_label.setObjectName(u"description_label")
        self.description_label.setText(u"")
        self.description_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.description_label)

        self.viewer_area = QWidget(AttachmentViewerDialog)
        self.viewer_area.setObjectName(u"viewer_area")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.viewer_area.sizePolicy().hasHeightForWidth())
        self.viewer_area.setSizePolicy(sizePolicy)
        self.viewer_layout = QVBoxLayout(self.viewer_area)
        self.viewer_layout.setObjectName(u"viewer_layout")
        self.viewer_layout.setContentsMargins(0, 0, 0, 0)

        self.main_layout.addWidget(self.viewer_area)

        self.button_box = QDialogButtonBox(AttachmentViewerDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.main_layout.addWidget(self.button_box)


        self.retranslateUi(AttachmentViewerDialog)
    # setupUi

    def retranslateUi(self, AttachmentViewerDialog):
        AttachmentViewerDialog.setWindowTitle(QCoreApplication.translate("AttachmentViewerDialog", u"Attachment", None))
#if QT_CONFIG(accessibility)
        self.description_label.setAccessibleName(QCoreApplication.translate("AttachmentViewerDialog", u"Description", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

