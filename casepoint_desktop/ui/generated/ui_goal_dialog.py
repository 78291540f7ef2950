# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'goal_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFormLayout,
    QFrame, QGroupBox, QHBoxLayout, QLabel,
    QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QSpinBox, QTabWidget, QVBoxLayout,
    QWidget)

from casepoint_desktop.ui.widgets.optional_date_edit import OptionalDateEdit

class Ui_GoalDialog(object):
    def setupUi(self, GoalDialog):
        if not GoalDialog.objectName():
            GoalDialog.setObjectName(u"GoalDialog")
        GoalDialog.resize(1040, 680)
        self.main_layout = QVBoxLayout(GoalDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.scroll_area = QScrollArea(GoalDialog)
        self.scroll_area.setObjectName(u"scroll_area")
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_contents = QWidget()
        self.scroll_contents.setObjectName(u"scroll_contents")
        self.contents_layout = QVBoxLayout(self.scroll_contents)
        self.contents_layout.setObjectName(u"contents_layout")
        self.columns_layout = QHBoxLayout()
        self.columns_layout.setSpacing(12)
        self.columns_layout.setObjectName(u"columns_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.form_layout.setVerticalSpacing(6)
        self.members_label = QLabel(self.scroll_contents)
        self.members_label.setObjectName(u"members_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.members_label)

        self.members_box = QVBoxLayout()
        self.members_box.setSpacing(2)
        self.members_box.setObjectName(u"members_box")
        self.members_widget = QWidget(self.scroll_contents)
        self.members_widget.setObjectName(u"members_widget")
        self.members_layout = QVBoxLayout(self.members_widget)
        self.members_layout.setSpacing(2)
        self.members_layout.setObjectName(u"members_layout")
        self.members_layout.setContentsMargins(0, 0, 0, 0)

        self.members_box.addWidget(self.members_widget)

        self.members_error_label = QLabel(self.scroll_contents)
        self.members_error_label.setObjectName(u"members_error_label")
        self.members_error_label.setText(u"")
        self.members_error_label.setWordWrap(True)

        self.members_box.addWidget(self.members_error_label)


        self.form_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.members_box)

        self.provider_label = QLabel(self.scroll_contents)
        self.provider_label.setObjectName(u"provider_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.provider_label)

        self.provider_box = QVBoxLayout()
        self.provider_box.setSpacing(2)
        self.provider_box.setObjectName(u"provider_box")
        self.provider_combo = QComboBox(self.scroll_contents)
        self.provider_combo.setObjectName(u"provider_combo")

        self.provider_box.addWidget(self.provider_combo)

        self.provider_error_label = QLabel(self.scroll_contents)
        self.provider_error_label.setObjectName(u"provider_error_label")
        self.provider_error_label.setText(u"")
        self.provider_error_label.setWordWrap(True)

        self.provider_box.addWidget(self.provider_error_label)


        self.form_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.provider_box)

        self.case_manager_label = QLabel(self.scroll_contents)
        self.case_manager_label.setObjectName(u"case_manager_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.case_manager_label)

        self.case_manager_box = QVBoxLayout()
        self.case_manager_box.setSpacing(2)
        self.case_manager_box.setObjectName(u"case_manager_box")
        self.case_manager_combo = QComboBox(self.scroll_contents)
        self.case_manager_combo.setObjectName(u"case_manager_combo")

        self.case_manager_box.addWidget(self.case_manager_combo)

        self.case_manager_error_label = QLabel(self.scroll_contents)
        self.case_manager_error_label.setObjectName(u"case_manager_error_label")
        self.case_manager_error_label.setText(u"")
        self.case_manager_error_label.setWordWrap(True)

        self.case_manager_box.addWidget(self.case_manager_error_label)


        self.form_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.case_manager_box)

        self.date_set_label = QLabel(self.scroll_contents)
        self.date_set_label.setObjectName(u"date_set_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.date_set_label)

        self.date_set_box = QVBoxLayout()
        self.date_set_box.setSpacing(2)
        self.date_set_box.setObjectName(u"date_set_box")
        self.date_set_edit = OptionalDateEdit(self.scroll_contents)
        self.date_set_edit.setObjectName(u"date_set_edit")

        self.date_set_box.addWidget(self.date_set_edit)

        self.date_set_error_label = QLabel(self.scroll_contents)
        self.date_set_error_label.setObjectName(u"date_set_error_label")
        self.date_set_error_label.setText(u"")
        self.date_set_error_label.setWordWrap(True)

        self.date_set_box.addWidget(self.date_set_error_label)


        self.form_layout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.date_set_box)

        self.classification_label = QLabel(self.scroll_contents)
        self.classification_label.setObjectName(u"classification_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.classification_label)

        self.classification_box = QVBoxLayout()
        self.classification_box.setSpacing(2)
        self.classification_box.setObjectName(u"classification_box")
        self.classification_combo = QComboBox(self.scroll_contents)
        self.classification_combo.setObjectName(u"classification_combo")

        self.classification_box.addWidget(self.classification_combo)

        self.classification_error_label = QLabel(self.scroll_contents)
        self.classification_error_label.setObjectName(u"classification_error_label")
        self.classification_error_label.setText(u"")
        self.classification_error_label.setWordWrap(True)

        self.classification_box.addWidget(self.classification_error_label)


        self.form_layout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.classification_box)

        self.goal_type_label = QLabel(self.scroll_contents)
        self.goal_type_label.setObjectName(u"goal_type_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.goal_type_label)

        self.goal_type_box = QVBoxLayout()
        self.goal_type_box.setSpacing(2)
        self.goal_type_box.setObjectName(u"goal_type_box")
        self.goal_type_combo = QComboBox(self.scroll_contents)
        self.goal_type_combo.setObjectName(u"goal_type_combo")

        self.goal_type_box.addWidget(self.goal_type_combo)

        self.goal_type_error_label = QLabel(self.scroll_contents)
        self.goal_type_error_label.setObjectName(u"goal_type_error_label")
        self.goal_type_error_label.setText(u"")
        self.goal_type_error_label.setWordWrap(True)

        self.goal_type_box.addWidget(self.goal_type_error_label)


        self.form_layout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.goal_type_box)

        self.description_label = QLabel(self.scroll_contents)
        self.description_label.setObjectName(u"description_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.description_label)

        self.description_box = QVBoxLayout()
        self.description_box.setSpacing(2)
        self.description_box.setObjectName(u"description_box")
        self.description_edit = QPlainTextEdit(self.scroll_contents)
        self.description_edit.setObjectName(u"description_edit")
        self.description_edit.setMaximumSize(QSize(16777215, 70))
        self.description_edit.setTabChangesFocus(True)

        self.description_box.addWidget(self.description_edit)

        self.description_error_label = QLabel(self.scroll_contents)
        self.description_error_label.setObjectName(u"description_error_label")
        self.description_error_label.setText(u"")
        self.description_error_label.setWordWrap(True)

        self.description_box.addWidget(self.description_error_label)


        self.form_layout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.description_box)

        self.target_date_label = QLabel(self.scroll_contents)
        self.target_date_label.setObjectName(u"target_date_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.target_date_label)

        self.target_date_box = QVBoxLayout()
        self.target_date_box.setSpacing(2)
        self.target_date_box.setObjectName(u"target_date_box")
        self.target_date_edit = OptionalDateEdit(self.scroll_contents)
        self.target_date_edit.setObjectName(u"target_date_edit")

        self.target_date_box.addWidget(self.target_date_edit)

        self.target_date_error_label = QLabel(self.scroll_contents)
        self.target_date_error_label.setObjectName(u"target_date_error_label")
        self.target_date_error_label.setText(u"")
        self.target_date_error_label.setWordWrap(True)

        self.target_date_box.addWidget(self.target_date_error_label)


        self.form_layout.setLayout(7, QFormLayout.ItemRole.FieldRole, self.target_date_box)

        self.status_label = QLabel(self.scroll_contents)
        self.status_label.setObjectName(u"status_label")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status_box = QVBoxLayout()
        self.status_box.setSpacing(2)
        self.status_box.setObjectName(u"status_box")
        self.status_combo = QComboBox(self.scroll_contents)
        self.status_combo.setObjectName(u"status_combo")

        self.status_box.addWidget(self.status_combo)

        self.status_error_label = QLabel(self.scroll_contents)
        self.status_error_label.setObjectName(u"status_error_label")
        self.status_error_label.setText(u"")
        self.status_error_label.setWordWrap(True)

        self.status_box.addWidget(self.status_error_label)


        self.form_layout.setLayout(8, QFormLayout.ItemRole.FieldRole, self.status_box)

        self.outcome_label = QLabel(self.scroll_contents)
        self.outcome_label.setObjectName(u"outcome_label")

        self.form_layout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.outcome_label)

        self.outcome_box = QVBoxLayout()
        self.outcome_box.setSpacing(2)
        self.outcome_box.setObjectName(u"outcome_box")
        self.outcome_combo = QComboBox(self.scroll_contents)
        self.outcome_combo.setObjectName(u"outcome_combo")

        self.outcome_box.addWidget(self.outcome_combo)

        self.outcome_error_label = QLabel(self.scroll_contents)
        self.outcome_error_label.setObjectName(u"outcome_error_label")
        self.outcome_error_label.setText(u"")
        self.outcome_error_label.setWordWrap(True)

        self.outcome_box.addWidget(self.outcome_error_label)


        self.form_layout.setLayout(9, QFormLayout.ItemRole.FieldRole, self.outcome_box)

        self.percent_complete_label = QLabel(self.scroll_contents)
        self.percent_complete_label.setObjectName(u"percent_complete_label")

        self.form_layout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.percent_complete_label)

        self.percent_complete_box = QVBoxLayout()
        self.percent_complete_box.setSpacing(2)
        self.percent_complete_box.setObjectName(u"percent_complete_box")
        self.percent_spin = QSpinBox(self.scroll_contents)
        self.percent_spin.setObjectName(u"percent_spin")
        self.percent_spin.setMaximum(100)
        self.percent_spin.setSingleStep(10)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.percent_spin.sizePolicy().hasHeightForWidth())
        self.percent_spin.setSizePolicy(sizePolicy)
        self.percent_spin.setMinimumSize(QSize(90, 0))

        self.percent_complete_box.addWidget(self.percent_spin)

        self.percent_complete_error_label = QLabel(self.scroll_contents)
        self.percent_complete_error_label.setObjectName(u"percent_complete_error_label")
        self.percent_complete_error_label.setText(u"")
        self.percent_complete_error_label.setWordWrap(True)

        self.percent_complete_box.addWidget(self.percent_complete_error_label)


        self.form_layout.setLayout(10, QFormLayout.ItemRole.FieldRole, self.percent_complete_box)

        self.date_closed_label = QLabel(self.scroll_contents)
        self.date_closed_label.setObjectName(u"date_closed_label")

        self.form_layout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.date_closed_label)

        self.date_closed_box = QVBoxLayout()
        self.date_closed_box.setSpacing(2)
        self.date_closed_box.setObjectName(u"date_closed_box")
        self.date_closed_edit = OptionalDateEdit(self.scroll_contents)
        self.date_closed_edit.setObjectName(u"date_closed_edit")

        self.date_closed_box.addWidget(self.date_closed_edit)

        self.date_closed_error_label = QLabel(self.scroll_contents)
        self.date_closed_error_label.setObjectName(u"date_closed_error_label")
        self.date_closed_error_label.setText(u"")
        self.date_closed_error_label.setWordWrap(True)

        self.date_closed_box.addWidget(self.date_closed_error_label)


        self.form_layout.setLayout(11, QFormLayout.ItemRole.FieldRole, self.date_closed_box)


        self.columns_layout.addLayout(self.form_layout)

        self.followup_group = QGroupBox(self.scroll_contents)
        self.followup_group.setObjectName(u"followup_group")
        self.followup_group.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.followup_group_layout = QVBoxLayout(self.followup_group)
        self.followup_group_layout.setObjectName(u"followup_group_layout")
        self.followup_form_layout = QFormLayout()
        self.followup_form_layout.setObjectName(u"followup_form_layout")
        self.followup_form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.followup_form_layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.followup_date_label = QLabel(self.followup_group)
        self.followup_date_label.setObjectName(u"followup_date_label")

        self.followup_form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.followup_date_label)

        self.followup_date_box = QVBoxLayout()
        self.followup_date_box.setSpacing(2)
        self.followup_date_box.setObjectName(u"followup_date_box")
        self.followup_date_edit = OptionalDateEdit(self.followup_group)
        self.followup_date_edit.setObjectName(u"followup_date_edit")

        self.followup_date_box.addWidget(self.followup_date_edit)

        self.followup_date_error_label = QLabel(self.followup_group)
        self.followup_date_error_label.setObjectName(u"followup_date_error_label")
        self.followup_date_error_label.setText(u"")
        self.followup_date_error_label.setWordWrap(True)

        self.followup_date_box.addWidget(self.followup_date_error_label)


        self.followup_form_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.followup_date_box)

        self.followup_provider_label = QLabel(self.followup_group)
        self.followup_provider_label.setObjectName(u"followup_provider_label")

        self.followup_form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.followup_provider_label)

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


        self.followup_form_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.followup_provider_box)

        self.followup_user_label = QLabel(self.followup_group)
        self.followup_user_label.setObjectName(u"followup_user_label")

        self.followup_form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.followup_user_label)

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


        self.followup_form_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.followup_user_box)

        self.completion_heading_label = QLabel(self.followup_group)
        self.completion_heading_label.setObjectName(u"completion_heading_label")

        self.followup_form_layout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.completion_heading_label)

        self.followup_actual_date_label = QLabel(self.followup_group)
        self.followup_actual_date_label.setObjectName(u"followup_actual_date_label")

        self.followup_form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.followup_actual_date_label)

        self.followup_actual_date_box = QVBoxLayout()
        self.followup_actual_date_box.setSpacing(2)
        self.followup_actual_date_box.setObjectName(u"followup_actual_date_box")
        self.followup_actual_date_edit = OptionalDateEdit(self.followup_group)
        self.followup_actual_date_edit.setObjectName(u"followup_actual_date_edit")

        self.followup_actual_date_box.addWidget(self.followup_actual_date_edit)

        self.followup_actual_date_error_label = QLabel(self.followup_group)
        self.followup_actual_date_error_label.setObjectName(u"followup_actual_date_error_label")
        self.followup_actual_date_error_label.setText(u"")
        self.followup_actual_date_error_label.setWordWrap(True)

        self.followup_actual_date_box.addWidget(self.followup_actual_date_error_label)


        self.followup_form_layout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.followup_actual_date_box)

        self.followup_made_by_label = QLabel(self.followup_group)
        self.followup_made_by_label.setObjectName(u"followup_made_by_label")

        self.followup_form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.followup_made_by_label)

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


        self.followup_form_layout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.followup_made_by_box)

        self.followup_notes_label = QLabel(self.followup_group)
        self.followup_notes_label.setObjectName(u"followup_notes_label")

        self.followup_form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.followup_notes_label)

        self.followup_notes_box = QVBoxLayout()
        self.followup_notes_box.setSpacing(2)
        self.followup_notes_box.setObjectName(u"followup_notes_box")
        self.followup_notes_edit = QPlainTextEdit(self.followup_group)
        self.followup_notes_edit.setObjectName(u"followup_notes_edit")
        self.followup_notes_edit.setMaximumSize(QSize(16777215, 70))
        self.followup_notes_edit.setTabChangesFocus(True)

        self.followup_notes_box.addWidget(self.followup_notes_edit)

        self.followup_notes_error_label = QLabel(self.followup_group)
        self.followup_notes_error_label.setObjectName(u"followup_notes_error_label")
        self.followup_notes_error_label.setText(u"")
        self.followup_notes_error_label.setWordWrap(True)

        self.followup_notes_box.addWidget(self.followup_notes_error_label)


        self.followup_form_layout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.followup_notes_box)


        self.followup_group_layout.addLayout(self.followup_form_layout)

        self.followup_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.followup_group_layout.addItem(self.followup_spacer)


        self.columns_layout.addWidget(self.followup_group)


        self.contents_layout.addLayout(self.columns_layout)

        self.sections_tabs = QTabWidget(self.scroll_contents)
        self.sections_tabs.setObjectName(u"sections_tabs")
        self.sections_tabs.setMinimumSize(QSize(0, 300))

        self.contents_layout.addWidget(self.sections_tabs)

        self.contents_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contents_layout.addItem(self.contents_spacer)

        self.contents_layout.setStretch(1, 1)
        self.contents_layout.setStretch(2, 1)
        self.scroll_area.setWidget(self.scroll_contents)

        self.main_layout.addWidget(self.scroll_area)

        self.general_error_label = QLabel(GoalDialog)
        self.general_error_label.setObjectName(u"general_error_label")
        self.general_error_label.setText(u"")
        self.general_error_label.setWordWrap(True)

        self.main_layout.addWidget(self.general_error_label)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.print_button = QPushButton(GoalDialog)
        self.print_button.setObjectName(u"print_button")
        self.print_button.setAutoDefault(False)

        self.button_row.addWidget(self.print_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_spacer)

        self.save_goal_button = QPushButton(GoalDialog)
        self.save_goal_button.setObjectName(u"save_goal_button")
        self.save_goal_button.setAutoDefault(False)

        self.button_row.addWidget(self.save_goal_button)

        self.save_exit_button = QPushButton(GoalDialog)
        self.save_exit_button.setObjectName(u"save_exit_button")
        self.save_exit_button.setAutoDefault(False)

        self.button_row.addWidget(self.save_exit_button)

        self.exit_button = QPushButton(GoalDialog)
        self.exit_button.setObjectName(u"exit_button")
        self.exit_button.setAutoDefault(False)

        self.button_row.addWidget(self.exit_button)


        self.main_layout.addLayout(self.button_row)

#if QT_CONFIG(shortcut)
        self.provider_label.setBuddy(self.provider_combo)
        self.case_manager_label.setBuddy(self.case_manager_combo)
        self.date_set_label.setBuddy(self.date_set_edit)
        self.classification_label.setBuddy(self.classification_combo)
        self.goal_type_label.setBuddy(self.goal_type_combo)
        self.description_label.setBuddy(self.description_edit)
        self.target_date_label.setBuddy(self.target_date_edit)
        self.status_label.setBuddy(self.status_combo)
        self.outcome_label.setBuddy(self.outcome_combo)
        self.percent_complete_label.setBuddy(self.percent_spin)
        self.date_closed_label.setBuddy(self.date_closed_edit)
        self.followup_date_label.setBuddy(self.followup_date_edit)
        self.followup_provider_label.setBuddy(self.followup_provider_combo)
        self.followup_user_label.setBuddy(self.followup_user_combo)
        self.followup_actual_date_label.setBuddy(self.followup_actual_date_edit)
        self.followup_made_by_label.setBuddy(self.followup_made_by_combo)
        self.followup_notes_label.setBuddy(self.followup_notes_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.members_widget, self.provider_combo)
        QWidget.setTabOrder(self.provider_combo, self.case_manager_combo)
        QWidget.setTabOrder(self.case_manager_combo, self.date_set_edit)
        QWidget.setTabOrder(self.date_set_edit, self.classification_combo)
        QWidget.setTabOrder(self.classification_combo, self.goal_type_combo)
        QWidget.setTabOrder(self.goal_type_combo, self.description_edit)
        QWidget.setTabOrder(self.description_edit, self.target_date_edit)
        QWidget.setTabOrder(self.target_date_edit, self.status_combo)
        QWidget.setTabOrder(self.status_combo, self.outcome_combo)
        QWidget.setTabOrder(self.outcome_combo, self.percent_spin)
        QWidget.setTabOrder(self.percent_spin, self.date_closed_edit)
        QWidget.setTabOrder(self.date_closed_edit, self.followup_date_edit)
        QWidget.setTabOrder(self.followup_date_edit, self.followup_provider_combo)
        QWidget.setTabOrder(self.followup_provider_combo, self.followup_user_combo)
        QWidget.setTabOrder(self.followup_user_combo, self.followup_actual_date_edit)
        QWidget.setTabOrder(self.followup_actual_date_edit, self.followup_made_by_combo)
        QWidget.setTabOrder(self.followup_made_by_combo, self.followup_notes_edit)
        QWidget.setTabOrder(self.followup_notes_edit, self.print_button)
        QWidget.setTabOrder(self.print_button, self.save_goal_button)
        QWidget.setTabOrder(self.save_goal_button, self.save_exit_button)
        QWidget.setTabOrder(self.save_exit_button, self.exit_button)

        self.retranslateUi(GoalDialog)
    # setupUi

    def retranslateUi(self, GoalDialog):
        GoalDialog.setWindowTitle(QCoreApplication.translate("GoalDialog", u"Add Goal", None))
        self.members_label.setText(QCoreApplication.translate("GoalDialog", u"Household members:", None))
#if QT_CONFIG(accessibility)
        self.members_widget.setAccessibleName(QCoreApplication.translate("GoalDialog", u"Household members the goal is for", None))
#endif // QT_CONFIG(accessibility)
        self.provider_label.setText(QCoreApplication.translate("GoalDialog", u"Pro&vider:", None))
#if QT_CONFIG(accessibility)
        self.provider_combo.setAccessibleName(QCoreApplication.translate("GoalDialog", u"Provider", None))
#endif // QT_CONFIG(accessibility)
        self.case_manager_label.setText(QCoreApplication.translate("GoalDialog", u"&Case manager:", None))
#if QT_CONFIG(accessibility)
        self.case_manager_combo.setAccessibleName(QCoreApplication.translate("GoalDialog", u"Case manager", None))
#endif // QT_CONFIG(accessibility)
        self.date_set_label.setText(QCoreApplication.translate("GoalDialog", u"&Date goal set:", None))
#if QT_CONFIG(accessibility)
        self.date_set_edit.setAccessibleName(QCoreApplication.translate("GoalDialog", u"Date goal set", None))
#endif // QT_CONFIG(accessibility)
        self.classification_label.setText(QCoreApplication.translate("GoalDialog", u"Cl&assification:", None))
#if QT_CONFIG(accessibility)
        self.classification_combo.setAccessibleName(QCoreApplication.translate("GoalDialog", u"Goal classification", None))
#endif // QT_CONFIG(accessibility)
        self.goal_type_label.setText(QCoreApplication.translate("GoalDialog", u"Goal &type:", None))
#if QT_CONFIG(accessibility)
        self.goal_type_combo.setAccessibleName(QCoreApplication.translate("GoalDialog", u"Goal type", None))
#endif // QT_CONFIG(accessibility)
        self.description_label.setText(QCoreApplication.translate("GoalDialog", u"Descr&iption:", None))
#if QT_CONFIG(accessibility)
        self.description_edit.setAccessibleName(QCoreApplication.translate("GoalDialog", u"Goal description", None))
#endif // QT_CONFIG(accessibility)
        self.target_date_label.setText(QCoreApplication.translate("GoalDialog", u"Tar&get date:", None))
#if QT_CONFIG(accessibility)
        self.target_date_edit.setAccessibleName(QCoreApplication.translate("GoalDialog", u"Target date", None))
#endif // QT_CONFIG(accessibility)
        self.status_label.setText(QCoreApplication.translate("GoalDialog", u"Overall stat&us:", None))
#if QT_CONFIG(accessibility)
        self.status_combo.setAccessibleName(QCoreApplication.translate("GoalDialog", u"Overall status", None))
#endif // QT_CONFIG(accessibility)
        self.outcome_label.setText(QCoreApplication.translate("GoalDialog", u"&Outcome:", None))
#if QT_CONFIG(accessibility)
        self.outcome_combo.setAccessibleName(QCoreApplication.translate("GoalDialog", u"Outcome", None))
#endif // QT_CONFIG(accessibility)
        self.percent_complete_label.setText(QCoreApplication.translate("GoalDialog", u"&Percent complete:", None))
#if QT_CONFIG(accessibility)
        self.percent_spin.setAccessibleName(QCoreApplication.translate("GoalDialog", u"Percent complete", None))
#endif // QT_CONFIG(accessibility)
        self.percent_spin.setSuffix(QCoreApplication.translate("GoalDialog", u" %", None))
        self.date_closed_label.setText(QCoreApplication.translate("GoalDialog", u"Date c&losed:", None))
#if QT_CONFIG(accessibility)
        self.date_closed_edit.setAccessibleName(QCoreApplication.translate("GoalDialog", u"Date closed", None))
#endif // QT_CONFIG(accessibility)
        self.followup_group.setTitle(QCoreApplication.translate("GoalDialog", u"Follow-up", None))
        self.followup_date_label.setText(QCoreApplication.translate("GoalDialog", u"Pro&jected date:", None))
#if QT_CONFIG(accessibility)
        self.followup_date_edit.setAccessibleName(QCoreApplication.translate("GoalDialog", u"Projected follow-up date", None))
#endif // QT_CONFIG(accessibility)
        self.followup_provider_label.setText(QCoreApplication.translate("GoalDialog", u"Follow-up p&rovider:", None))
#if QT_CONFIG(accessibility)
        self.followup_provider_combo.setAccessibleName(QCoreApplication.translate("GoalDialog", u"Follow-up provider", None))
#endif // QT_CONFIG(accessibility)
        self.followup_user_label.setText(QCoreApplication.translate("GoalDialog", u"Follo&w-up user:", None))
#if QT_CONFIG(accessibility)
        self.followup_user_combo.setAccessibleName(QCoreApplication.translate("GoalDialog", u"Follow-up user", None))
#endif // QT_CONFIG(accessibility)
        self.completion_heading_label.setText(QCoreApplication.translate("GoalDialog", u"Completion (fill in when the follow-up was made):", None))
        self.followup_actual_date_label.setText(QCoreApplication.translate("GoalDialog", u"Actual &follow-up date:", None))
#if QT_CONFIG(accessibility)
        self.followup_actual_date_edit.setAccessibleName(QCoreApplication.translate("GoalDialog", u"Actual follow-up date", None))
#endif // QT_CONFIG(accessibility)
        self.followup_made_by_label.setText(QCoreApplication.translate("GoalDialog", u"&Made by:", None))
#if QT_CONFIG(accessibility)
        self.followup_made_by_combo.setAccessibleName(QCoreApplication.translate("GoalDialog", u"Follow-up made by", None))
#endif // QT_CONFIG(accessibility)
        self.followup_notes_label.setText(QCoreApplication.translate("GoalDialog", u"&Notes:", None))
#if QT_CONFIG(accessibility)
        self.followup_notes_edit.setAccessibleName(QCoreApplication.translate("GoalDialog", u"Follow-up outcome and notes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sections_tabs.setAccessibleName(QCoreApplication.translate("GoalDialog", u"Case notes, action steps and service items of the goal", None))
#endif // QT_CONFIG(accessibility)
        self.print_button.setText(QCoreApplication.translate("GoalDialog", u"Print\u2026", None))
        self.save_goal_button.setText(QCoreApplication.translate("GoalDialog", u"&Save Goal", None))
#if QT_CONFIG(tooltip)
        self.save_goal_button.setToolTip(QCoreApplication.translate("GoalDialog", u"Save the goal and keep the dialog open", None))
#endif // QT_CONFIG(tooltip)
        self.save_exit_button.setText(QCoreApplication.translate("GoalDialog", u"Save && &Exit", None))
#if QT_CONFIG(tooltip)
        self.save_exit_button.setToolTip(QCoreApplication.translate("GoalDialog", u"Save the goal and close the dialog", None))
#endif // QT_CONFIG(tooltip)
        self.exit_button.setText(QCoreApplication.translate("GoalDialog", u"E&xit", None))
#if QT_CONFIG(tooltip)
        self.exit_button.setToolTip(QCoreApplication.translate("GoalDialog", u"Close without saving", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

