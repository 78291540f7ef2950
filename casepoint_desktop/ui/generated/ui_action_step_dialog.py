# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'action_step_dialog.ui'
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

class Ui_ActionStepDialog(object):
    def setupUi(self, ActionStepDialog):
        if not ActionStepDialog.objectName():
            ActionStepDialog.setObjectName(u"ActionStepDialog")
        ActionStepDialog.resize(640, 660)
        self.main_layout = QVBoxLayout(ActionStepDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.members_group = QGroupBox(ActionStepDialog)
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
        self.description_label = QLabel(ActionStepDialog)
        self.description_label.setObjectName(u"description_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.description_label)

        self.description_box = QVBoxLayout()
        self.description_box.setSpacing(2)
        self.description_box.setObjectName(u"description_box")
        self.description_edit = QPlainTextEdit(ActionStepDialog)
        self.description_edit.setObjectName(u"description_edit")
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setMaximumSize(QSize(16777215, 80))

        self.description_box.addWidget(self.description_edit)

        self.description_error_label = QLabel(ActionStepDialog)
        self.description_error_label.setObjectName(u"description_error_label")
        self.description_error_label.setText(u"")
        self.description_error_label.setWordWrap(True)

        self.description_box.addWidget(self.description_error_label)


        self.form_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.description_box)

        self.provider_label = QLabel(ActionStepDialog)
        self.provider_label.setObjectName(u"provider_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.provider_label)

        self.provider_box = QVBoxLayout()
        self.provider_box.setSpacing(2)
        self.provider_box.setObjectName(u"provider_box")
        self.provider_combo = QComboBox(ActionStepDialog)
        self.provider_combo.setObjectName(u"provider_combo")

        self.provider_box.addWidget(self.provider_combo)

        self.provider_error_label = QLabel(ActionStepDialog)
        self.provider_error_label.setObjectName(u"provider_error_label")
        self.provider_error_label.setText(u"")
        self.provider_error_label.setWordWrap(True)

        self.provider_box.addWidget(self.provider_error_label)


        self.form_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.provider_box)

        self.date_set_label = QLabel(ActionStepDialog)
        self.date_set_label.setObjectName(u"date_set_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.date_set_label)

        self.date_set_box = QVBoxLayout()
        self.date_set_box.setSpacing(2)
        self.date_set_box.setObjectName(u"date_set_box")
        self.date_set_edit_row = QHBoxLayout()
        self.date_set_edit_row.setObjectName(u"date_set_edit_row")
        self.date_set_edit = OptionalDateEdit(ActionStepDialog)
        self.date_set_edit.setObjectName(u"date_set_edit")

        self.date_set_edit_row.addWidget(self.date_set_edit)

        self.date_set_edit_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.date_set_edit_row.addItem(self.date_set_edit_spacer)


        self.date_set_box.addLayout(self.date_set_edit_row)

        self.date_set_error_label = QLabel(ActionStepDialog)
        self.date_set_error_label.setObjectName(u"date_set_error_label")
        self.date_set_error_label.setText(u"")
        self.date_set_error_label.setWordWrap(True)

        self.date_set_box.addWidget(self.date_set_error_label)


        self.form_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.date_set_box)

        self.target_date_label = QLabel(ActionStepDialog)
        self.target_date_label.setObjectName(u"target_date_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.target_date_label)

        self.target_date_box = QVBoxLayout()
        self.target_date_box.setSpacing(2)
        self.target_date_box.setObjectName(u"target_date_box")
        self.target_date_edit_row = QHBoxLayout()
        self.target_date_edit_row.setObjectName(u"target_date_edit_row")
        self.target_date_edit = OptionalDateEdit(ActionStepDialog)
        self.target_date_edit.setObjectName(u"target_date_edit")

        self.target_date_edit_row.addWidget(self.target_date_edit)

        self.target_date_edit_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.target_date_edit_row.addItem(self.target_date_edit_spacer)


        self.target_date_box.addLayout(self.target_date_edit_row)

        self.target_date_error_label = QLabel(ActionStepDialog)
        self.target_date_error_label.setObjectName(u"target_date_error_label")
        self.target_date_error_label.setText(u"")
        self.target_date_error_label.setWordWrap(True)

        self.target_date_box.addWidget(self.target_date_error_label)


        self.form_layout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.target_date_box)

        self.status_label = QLabel(ActionStepDialog)
        self.status_label.setObjectName(u"status_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status_box = QVBoxLayout()
        self.status_box.setSpacing(2)
        self.status_box.setObjectName(u"status_box")
        self.status_combo = QComboBox(ActionStepDialog)
        self.status_combo.setObjectName(u"status_combo")

        self.status_box.addWidget(self.status_combo)

        self.status_error_label = QLabel(ActionStepDialog)
        self.status_error_label.setObjectName(u"status_error_label")
        self.status_error_label.setText(u"")
        self.status_error_label.setWordWrap(True)

        self.status_box.addWidget(self.status_error_label)


        self.form_layout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.status_box)

        self.outcome_label = QLabel(ActionStepDialog)
        self.outcome_label.setObjectName(u"outcome_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.outcome_label)

        self.outcome_box = QVBoxLayout()
        self.outcome_box.setSpacing(2)
        self.outcome_box.setObjectName(u"outcome_box")
        self.outcome_combo = QComboBox(ActionStepDialog)
        self.outcome_combo.setObjectName(u"outcome_combo")

        self.outcome_box.addWidget(self.outcome_combo)

        self.outcome_error_label = QLabel(ActionStepDialog)
        self.outcome_error_label.setObjectName(u"outcome_error_label")
        self.outcome_error_label.setText(u"")
        self.outcome_error_label.setWordWrap(True)

        self.outcome_box.addWidget(self.outcome_error_label)


        self.form_layout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.outcome_box)

        self.date_closed_label = QLabel(ActionStepDialog)
        self.date_closed_label.setObjectName(u"date_closed_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.date_closed_label)

        self.date_closed_box = QVBoxLayout()
        self.date_closed_box.setSpacing(2)
        self.date_closed_box.setObjectName(u"date_closed_box")
        self.date_closed_edit_row = QHBoxLayout()
        self.date_closed_edit_row.setObjectName(u"date_closed_edit_row")
        self.date_closed_edit = OptionalDateEdit(ActionStepDialog)
        self.date_closed_edit.setObjectName(u"date_closed_edit")

        self.date_closed_edit_row.addWidget(self.date_closed_edit)

        self.date_closed_edit_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.date_closed_edit_row.addItem(self.date_closed_edit_spacer)


        self.date_closed_box.addLayout(self.date_closed_edit_row)

        self.date_closed_error_label = QLabel(ActionStepDialog)
        self.date_closed_error_label.setObjectName(u"date_closed_error_label")
        self.date_closed_error_label.setText(u"")
        self.date_closed_error_label.setWordWrap(True)

        self.date_closed_box.addWidget(self.date_closed_error_label)


        self.form_layout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.date_closed_box)


        self.main_layout.addLayout(self.form_layout)

        self.followup_group = QGroupBox(ActionStepDialog)
        self.followup_group.setObjectName(u"followup_group")
        self.followup_layout = QFormLayout(self.followup_group)
        self.followup_layout.setObjectName(u"followup_layout")
        self.followup_layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.followup_date_label = QLabel(self.followup_group)
        self.followup_date_label.setObjectName(u"followup_date_label")

        self.followup_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.followup_date_label)

        self.followup_date_box = QVBoxLayout()
        self.followup_date_box.setSpacing(2)
        self.followup_date_box.setObjectName(u"followup_date_box")
        self.followup_date_edit_row = QHBoxLayout()
        self.followup_date_edit_row.setObjectName(u"followup_date_edit_row")
        self.followup_date_edit = OptionalDateEdit(self.followup_group)
        self.followup_date_edit.setObjectName(u"followup_date_edit")

        self.followup_date_edit_row.addWidget(self.followup_date_edit)

        self.followup_date_edit_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.followup_date_edit_row.addItem(self.followup_date_edit_spacer)


        self.followup_date_box.addLayout(self.followup_date_edit_row)

        self.followup_date_error_label = QLabel(self.followup_group)
        self.followup_date_error_label.setObjectName(u"followup_date_error_label")
        self.followup_date_error_label.setText(u"")
        self.followup_date_error_label.setWordWrap(True)

        self.followup_date_box.addWidget(self.followup_date_error_label)


        self.followup_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.followup_date_box)

        self.followup_provider_label = QLabel(self.followup_group)
        self.followup_provider_label.setObjectName(u"followup_provider_label")

        self.followup_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.followup_provider_label)

        self.followup_provider_box = QVBoxLayout()
        self.followup_provider_box.setSpacing(2)
        self.followup_provider_box.setObjectName(u"followup_provider_box")
        self.followup_provider_combo = QComboBox(self.followup_group)
        self.followup_provider_combo.setObjectName(u"followup_provider_combo")

        self.followup_provider_box.addWidget(self.followup_provider_combo)

        self.followup_provider_error_label = QLabel(self.followup_group)
        self.followup_provider_error_label.setObjectName(u"followup_provider_error_label")
        self.followup_provider_error_label.setText(u"")
        self.followup_provider_error_label.setWordWrap(True)

        self.followup_provider_box.addWidget(self.followup_provider_error_label)


        self.followup_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.followup_provider_box)

        self.followup_user_label = QLabel(self.followup_group)
        self.followup_user_label.setObjectName(u"followup_user_label")

        self.followup_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.followup_user_label)

        self.followup_user_box = QVBoxLayout()
        self.followup_user_box.setSpacing(2)
        self.followup_user_box.setObjectName(u"followup_user_box")
        self.followup_user_combo = QComboBox(self.followup_group)
        self.followup_user_combo.setObjectName(u"followup_user_combo")

        self.followup_user_box.addWidget(self.followup_user_combo)

        self.followup_user_error_label = QLabel(self.followup_group)
        self.followup_user_error_label.setObjectName(u"followup_user_error_label")
        self.followup_user_error_label.setText(u"")
        self.followup_user_error_label.setWordWrap(True)

        self.followup_user_box.addWidget(self.followup_user_error_label)


        self.followup_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.followup_user_box)

        self.followup_actual_date_label = QLabel(self.followup_group)
        self.followup_actual_date_label.setObjectName(u"followup_actual_date_label")

        self.followup_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.followup_actual_date_label)

        self.followup_actual_date_box = QVBoxLayout()
        self.followup_actual_date_box.setSpacing(2)
        self.followup_actual_date_box.setObjectName(u"followup_actual_date_box")
        self.followup_actual_date_edit_row = QHBoxLayout()
        self.followup_actual_date_edit_row.setObjectName(u"followup_actual_date_edit_row")
        self.followup_actual_date_edit = OptionalDateEdit(self.followup_group)
        self.followup_actual_date_edit.setObjectName(u"followup_actual_date_edit")

        self.followup_actual_date_edit_row.addWidget(self.followup_actual_date_edit)

        self.followup_actual_date_edit_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.followup_actual_date_edit_row.addItem(self.followup_actual_date_edit_spacer)


        self.followup_actual_date_box.addLayout(self.followup_actual_date_edit_row)

        self.followup_actual_date_error_label = QLabel(self.followup_group)
        self.followup_actual_date_error_label.setObjectName(u"followup_actual_date_error_label")
        self.followup_actual_date_error_label.setText(u"")
        self.followup_actual_date_error_label.setWordWrap(True)

        self.followup_actual_date_box.addWidget(self.followup_actual_date_error_label)


        self.followup_layout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.followup_actual_date_box)

        self.followup_made_by_label = QLabel(self.followup_group)
        self.followup_made_by_label.setObjectName(u"followup_made_by_label")

        self.followup_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.followup_made_by_label)

        self.followup_made_by_box = QVBoxLayout()
        self.followup_made_by_box.setSpacing(2)
        self.followup_made_by_box.setObjectName(u"followup_made_by_box")
        self.followup_made_by_combo = QComboBox(self.followup_group)
        self.followup_made_by_combo.setObjectName(u"followup_made_by_combo")

        self.followup_made_by_box.addWidget(self.followup_made_by_combo)

        self.followup_made_by_error_label = QLabel(self.followup_group)
        self.followup_made_by_error_label.setObjectName(u"followup_made_by_error_label")
        self.followup_made_by_error_label.setText(u"")
        self.followup_made_by_error_label.setWordWrap(True)

        self.followup_made_by_box.addWidget(self.followup_made_by_error_label)


        self.followup_layout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.followup_made_by_box)

        self.followup_notes_label = QLabel(self.followup_group)
        self.followup_notes_label.setObjectName(u"followup_notes_label")

        self.followup_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.followup_notes_label)

        self.followup_notes_box = QVBoxLayout()
        self.followup_notes_box.setSpacing(2)
        self.followup_notes_box.setObjectName(u"followup_notes_box")
        self.followup_notes_edit = QPlainTextEdit(self.followup_group)
        self.followup_notes_edit.setObjectName(u"followup_notes_edit")
        self.followup_notes_edit.setTabChangesFocus(True)
        self.followup_notes_edit.setMaximumSize(QSize(16777215, 80))

        self.followup_notes_box.addWidget(self.followup_notes_edit)

        self.followup_notes_error_label = QLabel(self.followup_group)
        self.followup_notes_error_label.setObjectName(u"followup_notes_error_label")
        self.followup_notes_error_label.setText(u"")
        self.followup_notes_error_label.setWordWrap(True)

        self.followup_notes_box.addWidget(self.followup_notes_error_label)


        self.followup_layout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.followup_notes_box)


        self.main_layout.addWidget(self.followup_group)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.general_error_label = QLabel(ActionStepDialog)
        self.general_error_label.setObjectName(u"general_error_label")
        self.general_error_label.setText(u"")
        self.general_error_label.setWordWrap(True)

        self.main_layout.addWidget(self.general_error_label)

        self.button_box = QDialogButtonBox(ActionStepDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.description_label.setBuddy(self.description_edit)
        self.provider_label.setBuddy(self.provider_combo)
        self.date_set_label.setBuddy(self.date_set_edit)
        self.target_date_label.setBuddy(self.target_date_edit)
        self.status_label.setBuddy(self.status_combo)
        self.outcome_label.setBuddy(self.outcome_combo)
        self.date_closed_label.setBuddy(self.date_closed_edit)
        self.followup_date_label.setBuddy(self.followup_date_edit)
        self.followup_provider_label.setBuddy(self.followup_provider_combo)
        self.followup_user_label.setBuddy(self.followup_user_combo)
        self.followup_actual_date_label.setBuddy(self.followup_actual_date_edit)
        self.followup_made_by_label.setBuddy(self.followup_made_by_combo)
        self.followup_notes_label.setBuddy(self.followup_notes_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ActionStepDialog)
    # setupUi

    def retranslateUi(self, ActionStepDialog):
        ActionStepDialog.setWindowTitle(QCoreApplication.translate("ActionStepDialog", u"Action Step", None))
        self.members_group.setTitle(QCoreApplication.translate("ActionStepDialog", u"Household members this step is for", None))
        self.description_label.setText(QCoreApplication.translate("ActionStepDialog", u"Action &step:", None))
#if QT_CONFIG(accessibility)
        self.description_edit.setAccessibleName(QCoreApplication.translate("ActionStepDialog", u"Action step", None))
#endif // QT_CONFIG(accessibility)
        self.provider_label.setText(QCoreApplication.translate("ActionStepDialog", u"&Provider:", None))
#if QT_CONFIG(accessibility)
        self.provider_combo.setAccessibleName(QCoreApplication.translate("ActionStepDialog", u"Provider", None))
#endif // QT_CONFIG(accessibility)
        self.date_set_label.setText(QCoreApplication.translate("ActionStepDialog", u"Date s&et:", None))
#if QT_CONFIG(accessibility)
        self.date_set_edit.setAccessibleName(QCoreApplication.translate("ActionStepDialog", u"Date set", None))
#endif // QT_CONFIG(accessibility)
        self.target_date_label.setText(QCoreApplication.translate("ActionStepDialog", u"T&arget date:", None))
#if QT_CONFIG(accessibility)
        self.target_date_edit.setAccessibleName(QCoreApplication.translate("ActionStepDialog", u"Target date", None))
#endif // QT_CONFIG(accessibility)
        self.status_label.setText(QCoreApplication.translate("ActionStepDialog", u"Stat&us:", None))
#if QT_CONFIG(accessibility)
        self.status_combo.setAccessibleName(QCoreApplication.translate("ActionStepDialog", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.outcome_label.setText(QCoreApplication.translate("ActionStepDialog", u"&Outcome:", None))
#if QT_CONFIG(accessibility)
        self.outcome_combo.setAccessibleName(QCoreApplication.translate("ActionStepDialog", u"Outcome", None))
#endif // QT_CONFIG(accessibility)
        self.date_closed_label.setText(QCoreApplication.translate("ActionStepDialog", u"Date &closed:", None))
#if QT_CONFIG(accessibility)
        self.date_closed_edit.setAccessibleName(QCoreApplication.translate("ActionStepDialog", u"Date closed", None))
#endif // QT_CONFIG(accessibility)
        self.followup_group.setTitle(QCoreApplication.translate("ActionStepDialog", u"Follow-up", None))
        self.followup_date_label.setText(QCoreApplication.translate("ActionStepDialog", u"Pro&jected date:", None))
#if QT_CONFIG(accessibility)
        self.followup_date_edit.setAccessibleName(QCoreApplication.translate("ActionStepDialog", u"Projected follow-up date", None))
#endif // QT_CONFIG(accessibility)
        self.followup_provider_label.setText(QCoreApplication.translate("ActionStepDialog", u"Follow-up pro&vider:", None))
#if QT_CONFIG(accessibility)
        self.followup_provider_combo.setAccessibleName(QCoreApplication.translate("ActionStepDialog", u"Follow-up provider", None))
#endif // QT_CONFIG(accessibility)
        self.followup_user_label.setText(QCoreApplication.translate("ActionStepDialog", u"Follow-up &user:", None))
#if QT_CONFIG(accessibility)
        self.followup_user_combo.setAccessibleName(QCoreApplication.translate("ActionStepDialog", u"Follow-up user", None))
#endif // QT_CONFIG(accessibility)
        self.followup_actual_date_label.setText(QCoreApplication.translate("ActionStepDialog", u"Actual &date:", None))
#if QT_CONFIG(accessibility)
        self.followup_actual_date_edit.setAccessibleName(QCoreApplication.translate("ActionStepDialog", u"Actual follow-up date", None))
#endif // QT_CONFIG(accessibility)
        self.followup_made_by_label.setText(QCoreApplication.translate("ActionStepDialog", u"&Made by:", None))
#if QT_CONFIG(accessibility)
        self.followup_made_by_combo.setAccessibleName(QCoreApplication.translate("ActionStepDialog", u"Follow-up made by", None))
#endif // QT_CONFIG(accessibility)
        self.followup_notes_label.setText(QCoreApplication.translate("ActionStepDialog", u"&Notes:", None))
#if QT_CONFIG(accessibility)
        self.followup_notes_edit.setAccessibleName(QCoreApplication.translate("ActionStepDialog", u"Follow-up notes", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

