# Generated from forms/retention_view.ui by scripts/build_ui.py (pyside6-uic). DO NOT EDIT:
# change the .ui file in Qt Designer and run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'retention_view.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTableView, QVBoxLayout,
    QWidget)

class Ui_RetentionView(object):
    def setupUi(self, retention_view):
        if not retention_view.objectName():
            retention_view.setObjectName(u"retention_view")
        self.retention_layout = QVBoxLayout(retention_view)
        self.retention_layout.setObjectName(u"retention_layout")
        self.retention_hint_label = QLabel(retention_view)
        self.retention_hint_label.setObjectName(u"retention_hint_label")
        self.retention_hint_label.setProperty(u"role", u"hint")
        self.retention_hint_label.setWordWrap(True)

        self.retention_layout.addWidget(self.retention_hint_label)

        self.years_row = QHBoxLayout()
        self.years_row.setObjectName(u"years_row")
        self.years_label = QLabel(retention_view)
        self.years_label.setObjectName(u"years_label")

        self.years_row.addWidget(self.years_label)

        self.years_spin = QSpinBox(retention_view)
        self.years_spin.setObjectName(u"years_spin")
        self.years_spin.setMinimum(1)
        self.years_spin.setMaximum(30)
        self.years_spin.setValue(5)

        self.years_row.addWidget(self.years_spin)

        self.contact_label = QLabel(retention_view)
        self.contact_label.setObjectName(u"contact_label")

        self.years_row.addWidget(self.contact_label)

        self.contact_edit = QLineEdit(retention_view)
        self.contact_edit.setObjectName(u"contact_edit")

        self.years_row.addWidget(self.contact_edit)

        self.save_years_button = QPushButton(retention_view)
        self.save_years_button.setObjectName(u"save_years_button")

        self.years_row.addWidget(self.save_years_button)


        self.retention_layout.addLayout(self.years_row)

        self.last_run_label = QLabel(retention_view)
        self.last_run_label.setObjectName(u"last_run_label")
        self.last_run_label.setText(u"")
        self.last_run_label.setProperty(u"role", u"hint")
        self.last_run_label.setWordWrap(True)

        self.retention_layout.addWidget(self.last_run_label)

        self.plan_table = QTableView(retention_view)
        self.plan_table.setObjectName(u"plan_table")
        self.plan_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.plan_table.setAlternatingRowColors(True)
        self.plan_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.retention_layout.addWidget(self.plan_table)

        self.retention_buttons = QHBoxLayout()
        self.retention_buttons.setObjectName(u"retention_buttons")
        self.check_button = QPushButton(retention_view)
        self.check_button.setObjectName(u"check_button")

        self.retention_buttons.addWidget(self.check_button)

        self.retention_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.retention_buttons.addItem(self.retention_spacer)

        self.purge_button = QPushButton(retention_view)
        self.purge_button.setObjectName(u"purge_button")
        self.purge_button.setProperty(u"role", u"primary")

        self.retention_buttons.addWidget(self.purge_button)


        self.retention_layout.addLayout(self.retention_buttons)

        self.result_label = QLabel(retention_view)
        self.result_label.setObjectName(u"result_label")
        self.result_label.setText(u"")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.retention_layout.addWidget(self.result_label)


        self.retranslateUi(retention_view)

        QMetaObject.connectSlotsByName(retention_view)
    # setupUi

    def retranslateUi(self, retention_view):
        self.retention_hint_label.setText(QCoreApplication.translate("RetentionView", u"Data peserta yang dihapus atau ditolak disimpan selama masa simpan, lalu data pribadinya dimusnahkan: yang tersisa hanya ID, tanggal dan alasan (untuk jejak audit dan Dinas). Pemeriksaan berjalan otomatis sebulan sekali; supervisor atau admin juga bisa menjalankannya di sini.", None))
        self.years_label.setText(QCoreApplication.translate("RetentionView", u"Masa simpan", None))
        self.years_spin.setSuffix(QCoreApplication.translate("RetentionView", u" tahun", None))
        self.contact_label.setText(QCoreApplication.translate("RetentionView", u"Kontak PPDP di formulir", None))
        self.contact_edit.setPlaceholderText(QCoreApplication.translate("RetentionView", u"Pejabat Pelindungan Data Pribadi, Dinas Tenaga Kerja Kota Batam", None))
        self.save_years_button.setText(QCoreApplication.translate("RetentionView", u"Simpan", None))
        self.check_button.setText(QCoreApplication.translate("RetentionView", u"Periksa (uji coba)", None))
        self.purge_button.setText(QCoreApplication.translate("RetentionView", u"Musnahkan sekarang\u2026", None))
        pass
    # retranslateUi

