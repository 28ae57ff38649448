# Generated from forms/participant_form.ui by scripts/build_ui.py (pyside6-uic). DO NOT EDIT:
# change the .ui file in Qt Designer and run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'participant_form.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QFrame, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

from jamsos_desktop.ui.widgets.date_entry import DateEntry

class Ui_ParticipantForm(object):
    def setupUi(self, participant_form):
        if not participant_form.objectName():
            participant_form.setObjectName(u"participant_form")
        self.form_layout = QVBoxLayout(participant_form)
        self.form_layout.setObjectName(u"form_layout")
        self.header_row = QHBoxLayout()
        self.header_row.setObjectName(u"header_row")
        self.title_label = QLabel(participant_form)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setProperty(u"role", u"page_title")

        self.header_row.addWidget(self.title_label)

        self.header_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header_row.addItem(self.header_spacer)

        self.status_label = QLabel(participant_form)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setProperty(u"role", u"status_badge")

        self.header_row.addWidget(self.status_label)


        self.form_layout.addLayout(self.header_row)

        self.message_label = QLabel(participant_form)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.form_layout.addWidget(self.message_label)

        self.record_problem_label = QLabel(participant_form)
        self.record_problem_label.setObjectName(u"record_problem_label")
        self.record_problem_label.setProperty(u"level", u"block")
        self.record_problem_label.setWordWrap(True)

        self.form_layout.addWidget(self.record_problem_label)

        self.scroll_area = QScrollArea(participant_form)
        self.scroll_area.setObjectName(u"scroll_area")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_contents = QWidget()
        self.scroll_contents.setObjectName(u"scroll_contents")
        self.columns_layout = QHBoxLayout(self.scroll_contents)
        self.columns_layout.setObjectName(u"columns_layout")
        self.left_column = QVBoxLayout()
        self.left_column.setObjectName(u"left_column")
        self.identity_group = QGroupBox(self.scroll_contents)
        self.identity_group.setObjectName(u"identity_group")
        self.identity_layout = QFormLayout(self.identity_group)
        self.identity_layout.setObjectName(u"identity_layout")
        self.identity_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.nik_label = QLabel(self.identity_group)
        self.nik_label.setObjectName(u"nik_label")

        self.identity_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nik_label)

        self.nik_edit = QLineEdit(self.identity_group)
        self.nik_edit.setObjectName(u"nik_edit")
        self.nik_edit.setMaxLength(24)

        self.identity_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nik_edit)

        self.kk_number_label = QLabel(self.identity_group)
        self.kk_number_label.setObjectName(u"kk_number_label")

        self.identity_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kk_number_label)

        self.kk_number_edit = QLineEdit(self.identity_group)
        self.kk_number_edit.setObjectName(u"kk_number_edit")
        self.kk_number_edit.setMaxLength(24)

        self.identity_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kk_number_edit)

        self.full_name_label = QLabel(self.identity_group)
        self.full_name_label.setObjectName(u"full_name_label")

        self.identity_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.full_name_label)

        self.full_name_edit = QLineEdit(self.identity_group)
        self.full_name_edit.setObjectName(u"full_name_edit")

        self.identity_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.full_name_edit)

        self.mother_name_label = QLabel(self.identity_group)
        self.mother_name_label.setObjectName(u"mother_name_label")

        self.identity_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.mother_name_label)

        self.mother_name_edit = QLineEdit(self.identity_group)
        self.mother_name_edit.setObjectName(u"mother_name_edit")

        self.identity_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.mother_name_edit)

        self.marital_status_label = QLabel(self.identity_group)
        self.marital_status_label.setObjectName(u"marital_status_label")

        self.identity_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.marital_status_label)

        self.marital_status_combo = QComboBox(self.identity_group)
        self.marital_status_combo.setObjectName(u"marital_status_combo")

        self.identity_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.marital_status_combo)


        self.left_column.addWidget(self.identity_group)

        self.birth_group = QGroupBox(self.scroll_contents)
        self.birth_group.setObjectName(u"birth_group")
        self.birth_layout = QFormLayout(self.birth_group)
        self.birth_layout.setObjectName(u"birth_layout")
        self.birth_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.birth_place_label = QLabel(self.birth_group)
        self.birth_place_label.setObjectName(u"birth_place_label")

        self.birth_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.birth_place_label)

        self.birth_place_edit = QLineEdit(self.birth_group)
        self.birth_place_edit.setObjectName(u"birth_place_edit")

        self.birth_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.birth_place_edit)

        self.birth_date_label = QLabel(self.birth_group)
        self.birth_date_label.setObjectName(u"birth_date_label")

        self.birth_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.birth_date_label)

        self.birth_date_edit = DateEntry(self.birth_group)
        self.birth_date_edit.setObjectName(u"birth_date_edit")

        self.birth_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.birth_date_edit)

        self.sex_label = QLabel(self.birth_group)
        self.sex_label.setObjectName(u"sex_label")

        self.birth_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sex_label)

        self.sex_combo = QComboBox(self.birth_group)
        self.sex_combo.setObjectName(u"sex_combo")

        self.birth_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sex_combo)

        self.proposal_label = QLabel(self.birth_group)
        self.proposal_label.setObjectName(u"proposal_label")
        self.proposal_label.setProperty(u"role", u"hint")
        self.proposal_label.setWordWrap(True)

        self.birth_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.proposal_label)


        self.left_column.addWidget(self.birth_group)

        self.address_group = QGroupBox(self.scroll_contents)
        self.address_group.setObjectName(u"address_group")
        self.address_layout = QFormLayout(self.address_group)
        self.address_layout.setObjectName(u"address_layout")
        self.address_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.address_label = QLabel(self.address_group)
        self.address_label.setObjectName(u"address_label")

        self.address_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address_edit = QLineEdit(self.address_group)
        self.address_edit.setObjectName(u"address_edit")

        self.address_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.address_edit)

        self.rt_label = QLabel(self.address_group)
        self.rt_label.setObjectName(u"rt_label")

        self.address_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.rt_label)

        self.rt_edit = QLineEdit(self.address_group)
        self.rt_edit.setObjectName(u"rt_edit")
        self.rt_edit.setMaximumSize(QSize(90, 16777215))

        self.address_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.rt_edit)

        self.rw_label = QLabel(self.address_group)
        self.rw_label.setObjectName(u"rw_label")

        self.address_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.rw_label)

        self.rw_edit = QLineEdit(self.address_group)
        self.rw_edit.setObjectName(u"rw_edit")
        self.rw_edit.setMaximumSize(QSize(90, 16777215))

        self.address_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.rw_edit)

        self.kelurahan_title = QLabel(self.address_group)
        self.kelurahan_title.setObjectName(u"kelurahan_title")

        self.address_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.kelurahan_title)

        self.kelurahan_label = QLabel(self.address_group)
        self.kelurahan_label.setObjectName(u"kelurahan_label")

        self.address_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.kelurahan_label)

        self.domicile_address_label = QLabel(self.address_group)
        self.domicile_address_label.setObjectName(u"domicile_address_label")

        self.address_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.domicile_address_label)

        self.domicile_address_edit = QLineEdit(self.address_group)
        self.domicile_address_edit.setObjectName(u"domicile_address_edit")

        self.address_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.domicile_address_edit)


        self.left_column.addWidget(self.address_group)

        self.left_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.left_column.addItem(self.left_spacer)


        self.columns_layout.addLayout(self.left_column)

        self.right_column = QVBoxLayout()
        self.right_column.setObjectName(u"right_column")
        self.category_group = QGroupBox(self.scroll_contents)
        self.category_group.setObjectName(u"category_group")
        self.category_layout = QFormLayout(self.category_group)
        self.category_layout.setObjectName(u"category_layout")
        self.category_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.category_label = QLabel(self.category_group)
        self.category_label.setObjectName(u"category_label")

        self.category_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.category_label)

        self.category_combo = QComboBox(self.category_group)
        self.category_combo.setObjectName(u"category_combo")

        self.category_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.category_combo)

        self.position_label = QLabel(self.category_group)
        self.position_label.setObjectName(u"position_label")

        self.category_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.position_label)

        self.position_edit = QLineEdit(self.category_group)
        self.position_edit.setObjectName(u"position_edit")

        self.category_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.position_edit)

        self.sk_number_label = QLabel(self.category_group)
        self.sk_number_label.setObjectName(u"sk_number_label")

        self.category_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sk_number_label)

        self.sk_number_edit = QLineEdit(self.category_group)
        self.sk_number_edit.setObjectName(u"sk_number_edit")

        self.category_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sk_number_edit)

        self.posyandu_name_label = QLabel(self.category_group)
        self.posyandu_name_label.setObjectName(u"posyandu_name_label")

        self.category_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.posyandu_name_label)

        self.posyandu_name_edit = QLineEdit(self.category_group)
        self.posyandu_name_edit.setObjectName(u"posyandu_name_edit")

        self.category_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.posyandu_name_edit)

        self.company_label = QLabel(self.category_group)
        self.company_label.setObjectName(u"company_label")

        self.category_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.company_label)

        self.company_combo = QComboBox(self.category_group)
        self.company_combo.setObjectName(u"company_combo")

        self.category_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.company_combo)

        self.kusuka_number_label = QLabel(self.category_group)
        self.kusuka_number_label.setObjectName(u"kusuka_number_label")

        self.category_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.kusuka_number_label)

        self.kusuka_number_edit = QLineEdit(self.category_group)
        self.kusuka_number_edit.setObjectName(u"kusuka_number_edit")

        self.category_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.kusuka_number_edit)

        self.farmer_group_label = QLabel(self.category_group)
        self.farmer_group_label.setObjectName(u"farmer_group_label")

        self.category_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.farmer_group_label)

        self.farmer_group_edit = QLineEdit(self.category_group)
        self.farmer_group_edit.setObjectName(u"farmer_group_edit")

        self.category_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.farmer_group_edit)

        self.work_location_label = QLabel(self.category_group)
        self.work_location_label.setObjectName(u"work_location_label")

        self.category_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.work_location_label)

        self.work_location_edit = QLineEdit(self.category_group)
        self.work_location_edit.setObjectName(u"work_location_edit")

        self.category_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.work_location_edit)


        self.right_column.addWidget(self.category_group)

        self.contact_group = QGroupBox(self.scroll_contents)
        self.contact_group.setObjectName(u"contact_group")
        self.contact_layout = QFormLayout(self.contact_group)
        self.contact_layout.setObjectName(u"contact_layout")
        self.contact_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.phone_label = QLabel(self.contact_group)
        self.phone_label.setObjectName(u"phone_label")

        self.contact_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone_edit = QLineEdit(self.contact_group)
        self.phone_edit.setObjectName(u"phone_edit")

        self.contact_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.phone_edit)

        self.email_label = QLabel(self.contact_group)
        self.email_label.setObjectName(u"email_label")

        self.contact_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email_edit = QLineEdit(self.contact_group)
        self.email_edit.setObjectName(u"email_edit")

        self.contact_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.email_edit)


        self.right_column.addWidget(self.contact_group)

        self.program_group = QGroupBox(self.scroll_contents)
        self.program_group.setObjectName(u"program_group")
        self.program_layout = QFormLayout(self.program_group)
        self.program_layout.setObjectName(u"program_layout")
        self.program_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.job_label = QLabel(self.program_group)
        self.job_label.setObjectName(u"job_label")

        self.program_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.job_label)

        self.job_edit = QLineEdit(self.program_group)
        self.job_edit.setObjectName(u"job_edit")

        self.program_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.job_edit)

        self.declared_income_label = QLabel(self.program_group)
        self.declared_income_label.setObjectName(u"declared_income_label")

        self.program_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.declared_income_label)

        self.declared_income_edit = QLineEdit(self.program_group)
        self.declared_income_edit.setObjectName(u"declared_income_edit")

        self.program_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.declared_income_edit)

        self.programs_label = QLabel(self.program_group)
        self.programs_label.setObjectName(u"programs_label")

        self.program_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.programs_label)

        self.programs_box = QWidget(self.program_group)
        self.programs_box.setObjectName(u"programs_box")
        self.programs_layout = QHBoxLayout(self.programs_box)
        self.programs_layout.setObjectName(u"programs_layout")
        self.programs_layout.setContentsMargins(0, 0, 0, 0)
        self.jkk_check = QCheckBox(self.programs_box)
        self.jkk_check.setObjectName(u"jkk_check")
        self.jkk_check.setChecked(True)

        self.programs_layout.addWidget(self.jkk_check)

        self.jkm_check = QCheckBox(self.programs_box)
        self.jkm_check.setObjectName(u"jkm_check")
        self.jkm_check.setChecked(True)

        self.programs_layout.addWidget(self.jkm_check)

        self.programs_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.programs_layout.addItem(self.programs_spacer)


        self.program_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.programs_box)

        self.kpj_number_title = QLabel(self.program_group)
        self.kpj_number_title.setObjectName(u"kpj_number_title")

        self.program_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.kpj_number_title)

        self.kpj_number_label = QLabel(self.program_group)
        self.kpj_number_label.setObjectName(u"kpj_number_label")

        self.program_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.kpj_number_label)


        self.right_column.addWidget(self.program_group)

        self.beneficiaries_group = QGroupBox(self.scroll_contents)
        self.beneficiaries_group.setObjectName(u"beneficiaries_group")
        self.beneficiaries_layout = QVBoxLayout(self.beneficiaries_group)
        self.beneficiaries_layout.setObjectName(u"beneficiaries_layout")
        self.beneficiaries_hint_label = QLabel(self.beneficiaries_group)
        self.beneficiaries_hint_label.setObjectName(u"beneficiaries_hint_label")
        self.beneficiaries_hint_label.setProperty(u"role", u"hint")
        self.beneficiaries_hint_label.setWordWrap(True)

        self.beneficiaries_layout.addWidget(self.beneficiaries_hint_label)

        self.beneficiaries_table = QTableView(self.beneficiaries_group)
        self.beneficiaries_table.setObjectName(u"beneficiaries_table")
        self.beneficiaries_table.setMinimumSize(QSize(0, 120))
        self.beneficiaries_table.setMaximumSize(QSize(16777215, 180))

        self.beneficiaries_layout.addWidget(self.beneficiaries_table)

        self.beneficiary_buttons = QHBoxLayout()
        self.beneficiary_buttons.setObjectName(u"beneficiary_buttons")
        self.beneficiaries_problem_label = QLabel(self.beneficiaries_group)
        self.beneficiaries_problem_label.setObjectName(u"beneficiaries_problem_label")
        self.beneficiaries_problem_label.setProperty(u"level", u"block")
        self.beneficiaries_problem_label.setWordWrap(True)

        self.beneficiary_buttons.addWidget(self.beneficiaries_problem_label)

        self.beneficiary_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.beneficiary_buttons.addItem(self.beneficiary_spacer)

        self.remove_beneficiary_button = QPushButton(self.beneficiaries_group)
        self.remove_beneficiary_button.setObjectName(u"remove_beneficiary_button")

        self.beneficiary_buttons.addWidget(self.remove_beneficiary_button)

        self.add_beneficiary_button = QPushButton(self.beneficiaries_group)
        self.add_beneficiary_button.setObjectName(u"add_beneficiary_button")

        self.beneficiary_buttons.addWidget(self.add_beneficiary_button)


        self.beneficiaries_layout.addLayout(self.beneficiary_buttons)


        self.right_column.addWidget(self.beneficiaries_group)

        self.right_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.right_column.addItem(self.right_spacer)


        self.columns_layout.addLayout(self.right_column)

        self.scroll_area.setWidget(self.scroll_contents)

        self.form_layout.addWidget(self.scroll_area)

        self.action_row = QHBoxLayout()
        self.action_row.setObjectName(u"action_row")
        self.summary_label = QLabel(participant_form)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setWordWrap(True)
        self.summary_label.setProperty(u"level", u"block")

        self.action_row.addWidget(self.summary_label)

        self.action_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.action_row.addItem(self.action_spacer)

        self.delete_button = QPushButton(participant_form)
        self.delete_button.setObjectName(u"delete_button")

        self.action_row.addWidget(self.delete_button)

        self.back_button = QPushButton(participant_form)
        self.back_button.setObjectName(u"back_button")

        self.action_row.addWidget(self.back_button)

        self.new_button = QPushButton(participant_form)
        self.new_button.setObjectName(u"new_button")

        self.action_row.addWidget(self.new_button)

        self.save_button = QPushButton(participant_form)
        self.save_button.setObjectName(u"save_button")
        self.save_button.setProperty(u"role", u"primary")

        self.action_row.addWidget(self.save_button)


        self.form_layout.addLayout(self.action_row)

        QWidget.setTabOrder(self.nik_edit, self.kk_number_edit)
        QWidget.setTabOrder(self.kk_number_edit, self.full_name_edit)
        QWidget.setTabOrder(self.full_name_edit, self.mother_name_edit)
        QWidget.setTabOrder(self.mother_name_edit, self.marital_status_combo)
        QWidget.setTabOrder(self.marital_status_combo, self.birth_place_edit)
        QWidget.setTabOrder(self.birth_place_edit, self.birth_date_edit)
        QWidget.setTabOrder(self.birth_date_edit, self.sex_combo)
        QWidget.setTabOrder(self.sex_combo, self.address_edit)
        QWidget.setTabOrder(self.address_edit, self.rt_edit)
        QWidget.setTabOrder(self.rt_edit, self.rw_edit)
        QWidget.setTabOrder(self.rw_edit, self.domicile_address_edit)
        QWidget.setTabOrder(self.domicile_address_edit, self.category_combo)
        QWidget.setTabOrder(self.category_combo, self.position_edit)
        QWidget.setTabOrder(self.position_edit, self.sk_number_edit)
        QWidget.setTabOrder(self.sk_number_edit, self.posyandu_name_edit)
        QWidget.setTabOrder(self.posyandu_name_edit, self.company_combo)
        QWidget.setTabOrder(self.company_combo, self.kusuka_number_edit)
        QWidget.setTabOrder(self.kusuka_number_edit, self.farmer_group_edit)
        QWidget.setTabOrder(self.farmer_group_edit, self.work_location_edit)
        QWidget.setTabOrder(self.work_location_edit, self.phone_edit)
        QWidget.setTabOrder(self.phone_edit, self.email_edit)
        QWidget.setTabOrder(self.email_edit, self.job_edit)
        QWidget.setTabOrder(self.job_edit, self.declared_income_edit)
        QWidget.setTabOrder(self.declared_income_edit, self.jkk_check)
        QWidget.setTabOrder(self.jkk_check, self.jkm_check)
        QWidget.setTabOrder(self.jkm_check, self.beneficiaries_table)
        QWidget.setTabOrder(self.beneficiaries_table, self.add_beneficiary_button)
        QWidget.setTabOrder(self.add_beneficiary_button, self.remove_beneficiary_button)
        QWidget.setTabOrder(self.remove_beneficiary_button, self.save_button)

        self.retranslateUi(participant_form)

        QMetaObject.connectSlotsByName(participant_form)
    # setupUi

    def retranslateUi(self, participant_form):
        self.title_label.setText(QCoreApplication.translate("ParticipantForm", u"Peserta baru", None))
        self.status_label.setText("")
        self.message_label.setText("")
        self.record_problem_label.setText("")
        self.identity_group.setTitle(QCoreApplication.translate("ParticipantForm", u"Identitas (sesuai KTP)", None))
        self.nik_label.setText(QCoreApplication.translate("ParticipantForm", u"NIK", None))
        self.nik_edit.setPlaceholderText(QCoreApplication.translate("ParticipantForm", u"16 digit angka dari KTP", None))
        self.kk_number_label.setText(QCoreApplication.translate("ParticipantForm", u"Nomor KK", None))
        self.kk_number_edit.setPlaceholderText(QCoreApplication.translate("ParticipantForm", u"16 digit dari Kartu Keluarga (bila ada)", None))
        self.full_name_label.setText(QCoreApplication.translate("ParticipantForm", u"Nama lengkap", None))
        self.full_name_edit.setPlaceholderText(QCoreApplication.translate("ParticipantForm", u"sesuai KTP", None))
        self.mother_name_label.setText(QCoreApplication.translate("ParticipantForm", u"Nama ibu kandung", None))
        self.marital_status_label.setText(QCoreApplication.translate("ParticipantForm", u"Status perkawinan", None))
        self.birth_group.setTitle(QCoreApplication.translate("ParticipantForm", u"Kelahiran", None))
        self.birth_place_label.setText(QCoreApplication.translate("ParticipantForm", u"Tempat lahir", None))
        self.birth_place_edit.setPlaceholderText(QCoreApplication.translate("ParticipantForm", u"kota, mis. Batam", None))
        self.birth_date_label.setText(QCoreApplication.translate("ParticipantForm", u"Tanggal lahir", None))
        self.sex_label.setText(QCoreApplication.translate("ParticipantForm", u"Jenis kelamin", None))
        self.proposal_label.setText("")
        self.address_group.setTitle(QCoreApplication.translate("ParticipantForm", u"Alamat", None))
        self.address_label.setText(QCoreApplication.translate("ParticipantForm", u"Alamat", None))
        self.address_edit.setPlaceholderText(QCoreApplication.translate("ParticipantForm", u"jalan, nomor rumah, perumahan", None))
        self.rt_label.setText(QCoreApplication.translate("ParticipantForm", u"RT", None))
        self.rt_edit.setPlaceholderText(QCoreApplication.translate("ParticipantForm", u"mis. 003", None))
        self.rw_label.setText(QCoreApplication.translate("ParticipantForm", u"RW", None))
        self.rw_edit.setPlaceholderText(QCoreApplication.translate("ParticipantForm", u"mis. 012", None))
        self.kelurahan_title.setText(QCoreApplication.translate("ParticipantForm", u"Kelurahan", None))
        self.kelurahan_label.setText(QCoreApplication.translate("ParticipantForm", u"-", None))
        self.domicile_address_label.setText(QCoreApplication.translate("ParticipantForm", u"Alamat domisili", None))
        self.domicile_address_edit.setPlaceholderText(QCoreApplication.translate("ParticipantForm", u"isi bila tinggal di luar alamat KTP", None))
        self.category_group.setTitle(QCoreApplication.translate("ParticipantForm", u"Kategori peserta", None))
        self.category_label.setText(QCoreApplication.translate("ParticipantForm", u"Kategori", None))
        self.position_label.setText(QCoreApplication.translate("ParticipantForm", u"Jabatan", None))
        self.sk_number_label.setText(QCoreApplication.translate("ParticipantForm", u"Nomor SK", None))
        self.sk_number_edit.setPlaceholderText(QCoreApplication.translate("ParticipantForm", u"nomor surat keputusan", None))
        self.posyandu_name_label.setText(QCoreApplication.translate("ParticipantForm", u"Nama Posyandu", None))
        self.company_label.setText(QCoreApplication.translate("ParticipantForm", u"Perusahaan aplikasi", None))
        self.kusuka_number_label.setText(QCoreApplication.translate("ParticipantForm", u"Nomor Kartu KUSUKA", None))
        self.farmer_group_label.setText(QCoreApplication.translate("ParticipantForm", u"Kelompok Tani", None))
        self.work_location_label.setText(QCoreApplication.translate("ParticipantForm", u"Lokasi kerja", None))
        self.contact_group.setTitle(QCoreApplication.translate("ParticipantForm", u"Kontak", None))
        self.phone_label.setText(QCoreApplication.translate("ParticipantForm", u"Nomor HP", None))
        self.phone_edit.setPlaceholderText(QCoreApplication.translate("ParticipantForm", u"mis. 0812 3456 7890", None))
        self.email_label.setText(QCoreApplication.translate("ParticipantForm", u"E-mail", None))
        self.email_edit.setPlaceholderText(QCoreApplication.translate("ParticipantForm", u"bila ada", None))
        self.program_group.setTitle(QCoreApplication.translate("ParticipantForm", u"Pekerjaan dan program", None))
        self.job_label.setText(QCoreApplication.translate("ParticipantForm", u"Pekerjaan", None))
        self.declared_income_label.setText(QCoreApplication.translate("ParticipantForm", u"Penghasilan per bulan", None))
        self.declared_income_edit.setPlaceholderText(QCoreApplication.translate("ParticipantForm", u"rupiah, mis. 1000000", None))
        self.programs_label.setText(QCoreApplication.translate("ParticipantForm", u"Program", None))
        self.jkk_check.setText(QCoreApplication.translate("ParticipantForm", u"JKK (kecelakaan kerja)", None))
        self.jkm_check.setText(QCoreApplication.translate("ParticipantForm", u"JKM (kematian)", None))
        self.kpj_number_title.setText(QCoreApplication.translate("ParticipantForm", u"Nomor KPJ", None))
        self.kpj_number_label.setText(QCoreApplication.translate("ParticipantForm", u"belum ada (diisi dari BPJS lewat kota)", None))
        self.beneficiaries_group.setTitle(QCoreApplication.translate("ParticipantForm", u"Ahli waris", None))
        self.beneficiaries_hint_label.setText(QCoreApplication.translate("ParticipantForm", u"Orang yang menerima santunan bila peserta meninggal. Klik dua kali sel untuk mengisi.", None))
        self.beneficiaries_problem_label.setText("")
        self.remove_beneficiary_button.setText(QCoreApplication.translate("ParticipantForm", u"Hapus ahli waris", None))
        self.add_beneficiary_button.setText(QCoreApplication.translate("ParticipantForm", u"Tambah ahli waris", None))
        self.summary_label.setText("")
        self.delete_button.setText(QCoreApplication.translate("ParticipantForm", u"Hapus\u2026", None))
        self.back_button.setText(QCoreApplication.translate("ParticipantForm", u"Kembali ke daftar", None))
        self.new_button.setText(QCoreApplication.translate("ParticipantForm", u"Peserta baru", None))
        self.save_button.setText(QCoreApplication.translate("ParticipantForm", u"Simpan", None))
        pass
    # retranslateUi

