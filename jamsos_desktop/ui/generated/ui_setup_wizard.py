# Generated from forms/setup_wizard.ui by scripts/build_ui.py (pyside6-uic). DO NOT EDIT:
# change the .ui file in Qt Designer and run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_wizard.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QFormLayout, QHeaderView,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
    QWizard, QWizardPage)

class Ui_SetupWizard(object):
    def setupUi(self, setup_wizard):
        if not setup_wizard.objectName():
            setup_wizard.setObjectName(u"setup_wizard")
        setup_wizard.resize(720, 560)
        setup_wizard.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.kelurahan_page = QWizardPage()
        self.kelurahan_page.setObjectName(u"kelurahan_page")
        self.kelurahan_layout = QVBoxLayout(self.kelurahan_page)
        self.kelurahan_layout.setObjectName(u"kelurahan_layout")
        self.kelurahan_filter_edit = QLineEdit(self.kelurahan_page)
        self.kelurahan_filter_edit.setObjectName(u"kelurahan_filter_edit")
        self.kelurahan_filter_edit.setClearButtonEnabled(True)

        self.kelurahan_layout.addWidget(self.kelurahan_filter_edit)

        self.kelurahan_tree = QTreeWidget(self.kelurahan_page)
        __qtreewidgetitem = QTreeWidgetItem()
        __qtreewidgetitem.setText(0, u"1")
        self.kelurahan_tree.setHeaderItem(__qtreewidgetitem)
        self.kelurahan_tree.setObjectName(u"kelurahan_tree")
        self.kelurahan_tree.setHeaderHidden(True)

        self.kelurahan_layout.addWidget(self.kelurahan_tree)

        self.selected_label = QLabel(self.kelurahan_page)
        self.selected_label.setObjectName(u"selected_label")
        self.selected_label.setProperty(u"role", u"hint")
        self.selected_label.setWordWrap(True)

        self.kelurahan_layout.addWidget(self.selected_label)

        setup_wizard.addPage(self.kelurahan_page)
        self.admin_page = QWizardPage()
        self.admin_page.setObjectName(u"admin_page")
        self.admin_layout = QVBoxLayout(self.admin_page)
        self.admin_layout.setObjectName(u"admin_layout")
        self.admin_form = QFormLayout()
        self.admin_form.setObjectName(u"admin_form")
        self.admin_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.admin_username_label = QLabel(self.admin_page)
        self.admin_username_label.setObjectName(u"admin_username_label")

        self.admin_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.admin_username_label)

        self.admin_username_edit = QLineEdit(self.admin_page)
        self.admin_username_edit.setObjectName(u"admin_username_edit")

        self.admin_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.admin_username_edit)

        self.admin_display_name_label = QLabel(self.admin_page)
        self.admin_display_name_label.setObjectName(u"admin_display_name_label")

        self.admin_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.admin_display_name_label)

        self.admin_display_name_edit = QLineEdit(self.admin_page)
        self.admin_display_name_edit.setObjectName(u"admin_display_name_edit")

        self.admin_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.admin_display_name_edit)

        self.admin_password_label = QLabel(self.admin_page)
        self.admin_password_label.setObjectName(u"admin_password_label")

        self.admin_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.admin_password_label)

        self.admin_password_edit = QLineEdit(self.admin_page)
        self.admin_password_edit.setObjectName(u"admin_password_edit")
        self.admin_password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.admin_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.admin_password_edit)

        self.admin_password_repeat_label = QLabel(self.admin_page)
        self.admin_password_repeat_label.setObjectName(u"admin_password_repeat_label")

        self.admin_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.admin_password_repeat_label)

        self.admin_password_repeat_edit = QLineEdit(self.admin_page)
        self.admin_password_repeat_edit.setObjectName(u"admin_password_repeat_edit")
        self.admin_password_repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.admin_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.admin_password_repeat_edit)


        self.admin_layout.addLayout(self.admin_form)

        self.approval_check = QCheckBox(self.admin_page)
        self.approval_check.setObjectName(u"approval_check")
        self.approval_check.setChecked(True)

        self.admin_layout.addWidget(self.approval_check)

        self.admin_error_label = QLabel(self.admin_page)
        self.admin_error_label.setObjectName(u"admin_error_label")
        self.admin_error_label.setProperty(u"level", u"block")
        self.admin_error_label.setWordWrap(True)

        self.admin_layout.addWidget(self.admin_error_label)

        self.admin_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.admin_layout.addItem(self.admin_spacer)

        setup_wizard.addPage(self.admin_page)
        self.device_page = QWizardPage()
        self.device_page.setObjectName(u"device_page")
        self.device_layout = QVBoxLayout(self.device_page)
        self.device_layout.setObjectName(u"device_layout")
        self.device_intro_label = QLabel(self.device_page)
        self.device_intro_label.setObjectName(u"device_intro_label")
        self.device_intro_label.setWordWrap(True)

        self.device_layout.addWidget(self.device_intro_label)

        self.fingerprint_label = QLabel(self.device_page)
        self.fingerprint_label.setObjectName(u"fingerprint_label")
        self.fingerprint_label.setText(u"-")
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint_label.setProperty(u"role", u"page_title")

        self.device_layout.addWidget(self.fingerprint_label)

        self.device_id_label = QLabel(self.device_page)
        self.device_id_label.setObjectName(u"device_id_label")
        self.device_id_label.setProperty(u"role", u"hint")
        self.device_id_label.setWordWrap(True)
        self.device_id_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.device_layout.addWidget(self.device_id_label)

        self.office_label = QLabel(self.device_page)
        self.office_label.setObjectName(u"office_label")
        self.office_label.setWordWrap(True)

        self.device_layout.addWidget(self.office_label)

        self.device_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.device_layout.addItem(self.device_spacer)

        setup_wizard.addPage(self.device_page)

        self.retranslateUi(setup_wizard)

        QMetaObject.connectSlotsByName(setup_wizard)
    # setupUi

    def retranslateUi(self, setup_wizard):
        setup_wizard.setWindowTitle(QCoreApplication.translate("SetupWizard", u"Pengaturan awal Jamsos Desktop", None))
        self.kelurahan_page.setTitle(QCoreApplication.translate("SetupWizard", u"Kelurahan kantor ini", None))
        self.kelurahan_page.setSubTitle(QCoreApplication.translate("SetupWizard", u"Pilih kelurahan tempat aplikasi ini dipakai. Daftar dikelompokkan per kecamatan; ketik untuk mencari.", None))
        self.kelurahan_filter_edit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"Cari kelurahan atau kecamatan\u2026", None))
        self.selected_label.setText(QCoreApplication.translate("SetupWizard", u"Belum ada kelurahan yang dipilih.", None))
        self.admin_page.setTitle(QCoreApplication.translate("SetupWizard", u"Akun admin", None))
        self.admin_page.setSubTitle(QCoreApplication.translate("SetupWizard", u"Akun admin mengelola operator dan pengaturan. Simpan kata sandinya di tempat yang aman.", None))
        self.admin_username_label.setText(QCoreApplication.translate("SetupWizard", u"Nama pengguna", None))
        self.admin_username_edit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"huruf kecil tanpa spasi, mis. admin", None))
        self.admin_display_name_label.setText(QCoreApplication.translate("SetupWizard", u"Nama lengkap", None))
        self.admin_display_name_edit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"nama yang tampil di aplikasi", None))
        self.admin_password_label.setText(QCoreApplication.translate("SetupWizard", u"Kata sandi", None))
        self.admin_password_repeat_label.setText(QCoreApplication.translate("SetupWizard", u"Ulangi kata sandi", None))
        self.approval_check.setText(QCoreApplication.translate("SetupWizard", u"Data peserta baru harus disetujui supervisor (Lurah) sebelum dikirim", None))
        self.admin_error_label.setText("")
        self.device_page.setTitle(QCoreApplication.translate("SetupWizard", u"Identitas perangkat", None))
        self.device_page.setSubTitle(QCoreApplication.translate("SetupWizard", u"Kantor sudah disiapkan. Perangkat ini mendapat kunci tanda tangan sendiri untuk mengirim data ke kota.", None))
        self.device_intro_label.setText(QCoreApplication.translate("SetupWizard", u"Sidik jari perangkat ini (sebutkan ke petugas Disnaker saat mendaftarkan perangkat):", None))
        self.device_id_label.setText("")
        self.office_label.setText("")
    # retranslateUi

