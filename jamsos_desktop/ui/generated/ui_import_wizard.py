# Generated from forms/import_wizard.ui by scripts/build_ui.py (pyside6-uic). DO NOT EDIT:
# change the .ui file in Qt Designer and run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_wizard.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget, QWizard, QWizardPage)

from jamsos_desktop.ui.views.imports.wizard_page import ReadyWizardPage

class Ui_ImportWizard(object):
    def setupUi(self, import_wizard):
        if not import_wizard.objectName():
            import_wizard.setObjectName(u"import_wizard")
        import_wizard.resize(940, 660)
        import_wizard.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.file_page = ReadyWizardPage()
        self.file_page.setObjectName(u"file_page")
        self.file_layout = QVBoxLayout(self.file_page)
        self.file_layout.setObjectName(u"file_layout")
        self.file_row = QHBoxLayout()
        self.file_row.setObjectName(u"file_row")
        self.file_edit = QLineEdit(self.file_page)
        self.file_edit.setObjectName(u"file_edit")
        self.file_edit.setReadOnly(True)

        self.file_row.addWidget(self.file_edit)

        self.choose_file_button = QPushButton(self.file_page)
        self.choose_file_button.setObjectName(u"choose_file_button")
        self.choose_file_button.setProperty(u"role", u"primary")

        self.file_row.addWidget(self.choose_file_button)


        self.file_layout.addLayout(self.file_row)

        self.file_info_label = QLabel(self.file_page)
        self.file_info_label.setObjectName(u"file_info_label")
        self.file_info_label.setWordWrap(True)

        self.file_layout.addWidget(self.file_info_label)

        self.file_hint_label = QLabel(self.file_page)
        self.file_hint_label.setObjectName(u"file_hint_label")
        self.file_hint_label.setProperty(u"role", u"hint")
        self.file_hint_label.setWordWrap(True)

        self.file_layout.addWidget(self.file_hint_label)

        self.file_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.file_layout.addItem(self.file_spacer)

        import_wizard.addPage(self.file_page)
        self.mapping_page = ReadyWizardPage()
        self.mapping_page.setObjectName(u"mapping_page")
        self.mapping_layout = QVBoxLayout(self.mapping_page)
        self.mapping_layout.setObjectName(u"mapping_layout")
        self.mapping_table = QTableView(self.mapping_page)
        self.mapping_table.setObjectName(u"mapping_table")
        self.mapping_table.setAlternatingRowColors(True)
        self.mapping_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)

        self.mapping_layout.addWidget(self.mapping_table)

        self.defaults_form = QFormLayout()
        self.defaults_form.setObjectName(u"defaults_form")
        self.category_label = QLabel(self.mapping_page)
        self.category_label.setObjectName(u"category_label")

        self.defaults_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.category_label)

        self.category_combo = QComboBox(self.mapping_page)
        self.category_combo.setObjectName(u"category_combo")

        self.defaults_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.category_combo)


        self.mapping_layout.addLayout(self.defaults_form)

        self.mapping_problems_label = QLabel(self.mapping_page)
        self.mapping_problems_label.setObjectName(u"mapping_problems_label")
        self.mapping_problems_label.setWordWrap(True)

        self.mapping_layout.addWidget(self.mapping_problems_label)

        import_wizard.addPage(self.mapping_page)
        self.report_page = ReadyWizardPage()
        self.report_page.setObjectName(u"report_page")
        self.report_layout = QVBoxLayout(self.report_page)
        self.report_layout.setObjectName(u"report_layout")
        self.counts_label = QLabel(self.report_page)
        self.counts_label.setObjectName(u"counts_label")
        self.counts_label.setWordWrap(True)

        self.report_layout.addWidget(self.counts_label)

        self.report_tools_row = QHBoxLayout()
        self.report_tools_row.setObjectName(u"report_tools_row")
        self.outcome_label = QLabel(self.report_page)
        self.outcome_label.setObjectName(u"outcome_label")

        self.report_tools_row.addWidget(self.outcome_label)

        self.outcome_combo = QComboBox(self.report_page)
        self.outcome_combo.setObjectName(u"outcome_combo")

        self.report_tools_row.addWidget(self.outcome_combo)

        self.report_tools_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.report_tools_row.addItem(self.report_tools_spacer)

        self.save_report_button = QPushButton(self.report_page)
        self.save_report_button.setObjectName(u"save_report_button")

        self.report_tools_row.addWidget(self.save_report_button)


        self.report_layout.addLayout(self.report_tools_row)

        self.report_table = QTableView(self.report_page)
        self.report_table.setObjectName(u"report_table")
        self.report_table.setAlternatingRowColors(True)
        self.report_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.report_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.report_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.report_table.setWordWrap(False)

        self.report_layout.addWidget(self.report_table)

        self.row_detail_label = QLabel(self.report_page)
        self.row_detail_label.setObjectName(u"row_detail_label")
        self.row_detail_label.setProperty(u"role", u"hint")
        self.row_detail_label.setWordWrap(True)
        self.row_detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.report_layout.addWidget(self.row_detail_label)

        import_wizard.addPage(self.report_page)
        self.done_page = QWizardPage()
        self.done_page.setObjectName(u"done_page")
        self.done_layout = QVBoxLayout(self.done_page)
        self.done_layout.setObjectName(u"done_layout")
        self.done_label = QLabel(self.done_page)
        self.done_label.setObjectName(u"done_label")
        self.done_label.setWordWrap(True)

        self.done_layout.addWidget(self.done_label)

        self.done_row = QHBoxLayout()
        self.done_row.setObjectName(u"done_row")
        self.save_final_report_button = QPushButton(self.done_page)
        self.save_final_report_button.setObjectName(u"save_final_report_button")

        self.done_row.addWidget(self.save_final_report_button)

        self.done_row_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.done_row.addItem(self.done_row_spacer)


        self.done_layout.addLayout(self.done_row)

        self.done_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.done_layout.addItem(self.done_spacer)

        import_wizard.addPage(self.done_page)

        self.retranslateUi(import_wizard)

        QMetaObject.connectSlotsByName(import_wizard)
    # setupUi

    def retranslateUi(self, import_wizard):
        import_wizard.setWindowTitle(QCoreApplication.translate("ImportWizard", u"Impor peserta dari Excel", None))
        self.file_page.setTitle(QCoreApplication.translate("ImportWizard", u"1. Pilih berkas", None))
        self.file_page.setSubTitle(QCoreApplication.translate("ImportWizard", u"Berkas Excel (.xlsx) atau CSV berisi daftar peserta, satu orang per baris. Judul di atas tabel tidak apa-apa; aplikasi mencari sendiri baris judul kolomnya.", None))
        self.file_edit.setPlaceholderText(QCoreApplication.translate("ImportWizard", u"Belum ada berkas yang dipilih", None))
        self.choose_file_button.setText(QCoreApplication.translate("ImportWizard", u"Pilih berkas\u2026", None))
        self.file_info_label.setText("")
        self.file_hint_label.setText(QCoreApplication.translate("ImportWizard", u"Tips: format kolom NIK dan nomor HP sebagai Teks di Excel sebelum mengetik. NIK yang tersimpan sebagai angka kehilangan digit terakhirnya dan barisnya akan ditolak. Tidak ada yang disimpan sebelum Anda melihat hasil pemeriksaan dan menekan Impor.", None))
        self.mapping_page.setTitle(QCoreApplication.translate("ImportWizard", u"2. Cocokkan kolom", None))
        self.mapping_page.setSubTitle(QCoreApplication.translate("ImportWizard", u"Aplikasi sudah menebak isi setiap kolom. Periksa kolom \"Diisi ke\", ubah bila salah, atau pilih \"(tidak dipakai)\" untuk kolom yang dilewati.", None))
        self.category_label.setText(QCoreApplication.translate("ImportWizard", u"Kategori bawaan", None))
#if QT_CONFIG(tooltip)
        self.category_combo.setToolTip(QCoreApplication.translate("ImportWizard", u"Dipakai untuk baris yang kolom kategorinya kosong, atau untuk semua baris bila berkas tidak punya kolom kategori (misalnya daftar kader posyandu).", None))
#endif // QT_CONFIG(tooltip)
        self.mapping_problems_label.setText("")
        self.report_page.setTitle(QCoreApplication.translate("ImportWizard", u"3. Hasil pemeriksaan (uji coba)", None))
        self.report_page.setSubTitle(QCoreApplication.translate("ImportWizard", u"Belum ada yang disimpan. Baris yang ditolak tidak ikut diimpor: perbaiki di Excel lalu impor lagi berkas yang sama; baris yang sudah masuk tidak akan dobel.", None))
        self.counts_label.setText("")
        self.outcome_label.setText(QCoreApplication.translate("ImportWizard", u"Tampilkan", None))
        self.save_report_button.setText(QCoreApplication.translate("ImportWizard", u"Simpan laporan\u2026", None))
        self.row_detail_label.setText(QCoreApplication.translate("ImportWizard", u"Klik satu baris untuk membaca semua masalahnya.", None))
        self.done_page.setTitle(QCoreApplication.translate("ImportWizard", u"4. Selesai", None))
        self.done_label.setText("")
        self.save_final_report_button.setText(QCoreApplication.translate("ImportWizard", u"Simpan laporan\u2026", None))
    # retranslateUi

