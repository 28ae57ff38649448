# Generated from forms/settings_view.ui by scripts/build_ui.py (pyside6-uic). DO NOT EDIT:
# change the .ui file in Qt Designer and run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_view.ui'
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
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTabWidget, QVBoxLayout, QWidget)

class Ui_SettingsView(object):
    def setupUi(self, settings_view):
        if not settings_view.objectName():
            settings_view.setObjectName(u"settings_view")
        self.settings_layout = QVBoxLayout(settings_view)
        self.settings_layout.setObjectName(u"settings_layout")
        self.title_label = QLabel(settings_view)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setProperty(u"role", u"page_title")

        self.settings_layout.addWidget(self.title_label)

        self.settings_tabs = QTabWidget(settings_view)
        self.settings_tabs.setObjectName(u"settings_tabs")
        self.general_tab = QWidget()
        self.general_tab.setObjectName(u"general_tab")
        self.general_layout = QVBoxLayout(self.general_tab)
        self.general_layout.setObjectName(u"general_layout")
        self.language_group = QGroupBox(self.general_tab)
        self.language_group.setObjectName(u"language_group")
        self.language_layout = QVBoxLayout(self.language_group)
        self.language_layout.setObjectName(u"language_layout")
        self.language_combo = QComboBox(self.language_group)
        self.language_combo.setObjectName(u"language_combo")
        self.language_combo.setMaximumSize(QSize(320, 16777215))

        self.language_layout.addWidget(self.language_combo)

        self.language_hint_label = QLabel(self.language_group)
        self.language_hint_label.setObjectName(u"language_hint_label")
        self.language_hint_label.setProperty(u"role", u"hint")
        self.language_hint_label.setWordWrap(True)

        self.language_layout.addWidget(self.language_hint_label)


        self.general_layout.addWidget(self.language_group)

        self.office_group = QGroupBox(self.general_tab)
        self.office_group.setObjectName(u"office_group")
        self.office_layout = QFormLayout(self.office_group)
        self.office_layout.setObjectName(u"office_layout")
        self.office_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.office_name_title = QLabel(self.office_group)
        self.office_name_title.setObjectName(u"office_name_title")

        self.office_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.office_name_title)

        self.office_name_label = QLabel(self.office_group)
        self.office_name_label.setObjectName(u"office_name_label")

        self.office_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.office_name_label)

        self.device_title = QLabel(self.office_group)
        self.device_title.setObjectName(u"device_title")

        self.office_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.device_title)

        self.device_label = QLabel(self.office_group)
        self.device_label.setObjectName(u"device_label")
        self.device_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.office_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.device_label)


        self.general_layout.addWidget(self.office_group)

        self.rules_group = QGroupBox(self.general_tab)
        self.rules_group.setObjectName(u"rules_group")
        self.rules_outer = QVBoxLayout(self.rules_group)
        self.rules_outer.setObjectName(u"rules_outer")
        self.rules_layout = QFormLayout()
        self.rules_layout.setObjectName(u"rules_layout")
        self.rules_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.autolock_label = QLabel(self.rules_group)
        self.autolock_label.setObjectName(u"autolock_label")

        self.rules_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.autolock_label)

        self.autolock_spin = QSpinBox(self.rules_group)
        self.autolock_spin.setObjectName(u"autolock_spin")
        self.autolock_spin.setMinimum(0)
        self.autolock_spin.setMaximum(600)
        self.autolock_spin.setMaximumSize(QSize(180, 16777215))

        self.rules_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.autolock_spin)

        self.autolock_hint_label = QLabel(self.rules_group)
        self.autolock_hint_label.setObjectName(u"autolock_hint_label")
        self.autolock_hint_label.setProperty(u"role", u"hint")
        self.autolock_hint_label.setWordWrap(True)

        self.rules_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.autolock_hint_label)

        self.valid_years_label = QLabel(self.rules_group)
        self.valid_years_label.setObjectName(u"valid_years_label")

        self.rules_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.valid_years_label)

        self.valid_years_spin = QSpinBox(self.rules_group)
        self.valid_years_spin.setObjectName(u"valid_years_spin")
        self.valid_years_spin.setMinimum(1)
        self.valid_years_spin.setMaximum(10)
        self.valid_years_spin.setMaximumSize(QSize(180, 16777215))

        self.rules_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.valid_years_spin)

        self.hub_url_label = QLabel(self.rules_group)
        self.hub_url_label.setObjectName(u"hub_url_label")

        self.rules_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.hub_url_label)

        self.hub_url_edit = QLineEdit(self.rules_group)
        self.hub_url_edit.setObjectName(u"hub_url_edit")

        self.rules_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.hub_url_edit)


        self.rules_outer.addLayout(self.rules_layout)

        self.approval_check = QCheckBox(self.rules_group)
        self.approval_check.setObjectName(u"approval_check")

        self.rules_outer.addWidget(self.approval_check)

        self.permission_label = QLabel(self.rules_group)
        self.permission_label.setObjectName(u"permission_label")
        self.permission_label.setProperty(u"role", u"hint")
        self.permission_label.setWordWrap(True)

        self.rules_outer.addWidget(self.permission_label)


        self.general_layout.addWidget(self.rules_group)

        self.settings_buttons = QHBoxLayout()
        self.settings_buttons.setObjectName(u"settings_buttons")
        self.saved_label = QLabel(self.general_tab)
        self.saved_label.setObjectName(u"saved_label")
        self.saved_label.setProperty(u"level", u"ok")

        self.settings_buttons.addWidget(self.saved_label)

        self.settings_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.settings_buttons.addItem(self.settings_spacer)

        self.save_button = QPushButton(self.general_tab)
        self.save_button.setObjectName(u"save_button")
        self.save_button.setProperty(u"role", u"primary")

        self.settings_buttons.addWidget(self.save_button)


        self.general_layout.addLayout(self.settings_buttons)

        self.general_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.general_layout.addItem(self.general_spacer)

        self.settings_tabs.addTab(self.general_tab, "")

        self.settings_layout.addWidget(self.settings_tabs)


        self.retranslateUi(settings_view)

        QMetaObject.connectSlotsByName(settings_view)
    # setupUi

    def retranslateUi(self, settings_view):
        self.title_label.setText(QCoreApplication.translate("SettingsView", u"Pengaturan", None))
        self.language_group.setTitle(QCoreApplication.translate("SettingsView", u"Bahasa tampilan", None))
        self.language_hint_label.setText(QCoreApplication.translate("SettingsView", u"Bahasa berganti setelah aplikasi dibuka ulang. Pilihan ini berlaku untuk komputer ini.", None))
        self.office_group.setTitle(QCoreApplication.translate("SettingsView", u"Kantor", None))
        self.office_name_title.setText(QCoreApplication.translate("SettingsView", u"Kantor", None))
        self.office_name_label.setText(QCoreApplication.translate("SettingsView", u"-", None))
        self.device_title.setText(QCoreApplication.translate("SettingsView", u"Rincian teknis", None))
        self.device_label.setText(QCoreApplication.translate("SettingsView", u"-", None))
        self.rules_group.setTitle(QCoreApplication.translate("SettingsView", u"Keamanan dan persetujuan", None))
        self.autolock_label.setText(QCoreApplication.translate("SettingsView", u"Kunci layar otomatis", None))
        self.autolock_spin.setSuffix(QCoreApplication.translate("SettingsView", u" menit", None))
        self.autolock_hint_label.setText(QCoreApplication.translate("SettingsView", u"0 = tidak pernah mengunci otomatis.", None))
        self.valid_years_label.setText(QCoreApplication.translate("SettingsView", u"Masa berlaku kartu", None))
        self.valid_years_spin.setSuffix(QCoreApplication.translate("SettingsView", u" tahun", None))
        self.hub_url_label.setText(QCoreApplication.translate("SettingsView", u"Alamat Disnaker (internet)", None))
        self.hub_url_edit.setPlaceholderText(QCoreApplication.translate("SettingsView", u"kosong = kirim hanya lewat flashdisk", None))
        self.approval_check.setText(QCoreApplication.translate("SettingsView", u"Data peserta harus disetujui supervisor (Lurah) sebelum dikirim", None))
        self.permission_label.setText("")
        self.saved_label.setText("")
        self.save_button.setText(QCoreApplication.translate("SettingsView", u"Simpan pengaturan", None))
        self.settings_tabs.setTabText(self.settings_tabs.indexOf(self.general_tab), QCoreApplication.translate("SettingsView", u"Umum", None))
        pass
    # retranslateUi

