# Generated from forms/audit_view.ui by scripts/build_ui.py (pyside6-uic). DO NOT EDIT:
# change the .ui file in Qt Designer and run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_view.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateEdit, QGridLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_AuditView(object):
    def setupUi(self, audit_view):
        if not audit_view.objectName():
            audit_view.setObjectName(u"audit_view")
        self.audit_layout = QVBoxLayout(audit_view)
        self.audit_layout.setObjectName(u"audit_layout")
        self.title_label = QLabel(audit_view)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setProperty(u"role", u"page_title")

        self.audit_layout.addWidget(self.title_label)

        self.hint_label = QLabel(audit_view)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setProperty(u"role", u"hint")
        self.hint_label.setWordWrap(True)

        self.audit_layout.addWidget(self.hint_label)

        self.filter_group = QGroupBox(audit_view)
        self.filter_group.setObjectName(u"filter_group")
        self.filter_layout = QGridLayout(self.filter_group)
        self.filter_layout.setObjectName(u"filter_layout")
        self.operator_label = QLabel(self.filter_group)
        self.operator_label.setObjectName(u"operator_label")

        self.filter_layout.addWidget(self.operator_label, 0, 0, 1, 1)

        self.operator_combo = QComboBox(self.filter_group)
        self.operator_combo.setObjectName(u"operator_combo")
        self.operator_combo.setMinimumSize(QSize(150, 0))

        self.filter_layout.addWidget(self.operator_combo, 0, 1, 1, 1)

        self.action_label = QLabel(self.filter_group)
        self.action_label.setObjectName(u"action_label")

        self.filter_layout.addWidget(self.action_label, 0, 2, 1, 1)

        self.action_combo = QComboBox(self.filter_group)
        self.action_combo.setObjectName(u"action_combo")
        self.action_combo.setMinimumSize(QSize(150, 0))

        self.filter_layout.addWidget(self.action_combo, 0, 3, 1, 1)

        self.entity_label = QLabel(self.filter_group)
        self.entity_label.setObjectName(u"entity_label")

        self.filter_layout.addWidget(self.entity_label, 0, 4, 1, 1)

        self.entity_edit = QLineEdit(self.filter_group)
        self.entity_edit.setObjectName(u"entity_edit")
        self.entity_edit.setClearButtonEnabled(True)

        self.filter_layout.addWidget(self.entity_edit, 0, 5, 1, 2)

        self.date_check = QCheckBox(self.filter_group)
        self.date_check.setObjectName(u"date_check")

        self.filter_layout.addWidget(self.date_check, 1, 0, 1, 2)

        self.since_label = QLabel(self.filter_group)
        self.since_label.setObjectName(u"since_label")

        self.filter_layout.addWidget(self.since_label, 1, 2, 1, 1)

        self.since_edit = QDateEdit(self.filter_group)
        self.since_edit.setObjectName(u"since_edit")
        self.since_edit.setCalendarPopup(True)
        self.since_edit.setDisplayFormat(u"dd-MM-yyyy")

        self.filter_layout.addWidget(self.since_edit, 1, 3, 1, 1)

        self.until_label = QLabel(self.filter_group)
        self.until_label.setObjectName(u"until_label")

        self.filter_layout.addWidget(self.until_label, 1, 4, 1, 1)

        self.until_edit = QDateEdit(self.filter_group)
        self.until_edit.setObjectName(u"until_edit")
        self.until_edit.setCalendarPopup(True)
        self.until_edit.setDisplayFormat(u"dd-MM-yyyy")

        self.filter_layout.addWidget(self.until_edit, 1, 5, 1, 1)

        self.filter_buttons = QHBoxLayout()
        self.filter_buttons.setObjectName(u"filter_buttons")
        self.filter_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filter_buttons.addItem(self.filter_spacer)

        self.clear_button = QPushButton(self.filter_group)
        self.clear_button.setObjectName(u"clear_button")

        self.filter_buttons.addWidget(self.clear_button)

        self.apply_button = QPushButton(self.filter_group)
        self.apply_button.setObjectName(u"apply_button")
        self.apply_button.setProperty(u"role", u"primary")

        self.filter_buttons.addWidget(self.apply_button)


        self.filter_layout.addLayout(self.filter_buttons, 2, 0, 1, 7)


        self.audit_layout.addWidget(self.filter_group)

        self.audit_table = QTableView(audit_view)
        self.audit_table.setObjectName(u"audit_table")
        self.audit_table.setAlternatingRowColors(True)
        self.audit_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.audit_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.audit_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.audit_table.setWordWrap(False)

        self.audit_layout.addWidget(self.audit_table)

        self.pager_layout = QHBoxLayout()
        self.pager_layout.setObjectName(u"pager_layout")
        self.previous_button = QPushButton(audit_view)
        self.previous_button.setObjectName(u"previous_button")

        self.pager_layout.addWidget(self.previous_button)

        self.page_label = QLabel(audit_view)
        self.page_label.setObjectName(u"page_label")
        self.page_label.setText(u"")

        self.pager_layout.addWidget(self.page_label)

        self.next_button = QPushButton(audit_view)
        self.next_button.setObjectName(u"next_button")

        self.pager_layout.addWidget(self.next_button)

        self.pager_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pager_layout.addItem(self.pager_spacer)

        self.history_button = QPushButton(audit_view)
        self.history_button.setObjectName(u"history_button")

        self.pager_layout.addWidget(self.history_button)


        self.audit_layout.addLayout(self.pager_layout)

        self.details_group = QGroupBox(audit_view)
        self.details_group.setObjectName(u"details_group")
        self.details_layout = QVBoxLayout(self.details_group)
        self.details_layout.setObjectName(u"details_layout")
        self.details_edit = QPlainTextEdit(self.details_group)
        self.details_edit.setObjectName(u"details_edit")
        self.details_edit.setMaximumSize(QSize(16777215, 120))
        self.details_edit.setReadOnly(True)

        self.details_layout.addWidget(self.details_edit)


        self.audit_layout.addWidget(self.details_group)

        self.check_group = QGroupBox(audit_view)
        self.check_group.setObjectName(u"check_group")
        self.check_layout = QHBoxLayout(self.check_group)
        self.check_layout.setObjectName(u"check_layout")
        self.check_label = QLabel(self.check_group)
        self.check_label.setObjectName(u"check_label")
        self.check_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.check_label.sizePolicy().hasHeightForWidth())
        self.check_label.setSizePolicy(sizePolicy)

        self.check_layout.addWidget(self.check_label)

        self.check_button = QPushButton(self.check_group)
        self.check_button.setObjectName(u"check_button")

        self.check_layout.addWidget(self.check_button)


        self.audit_layout.addWidget(self.check_group)

        self.audit_layout.setStretch(3, 1)

        self.retranslateUi(audit_view)

        QMetaObject.connectSlotsByName(audit_view)
    # setupUi

    def retranslateUi(self, audit_view):
        self.title_label.setText(QCoreApplication.translate("AuditView", u"Jejak audit", None))
        self.hint_label.setText(QCoreApplication.translate("AuditView", u"Setiap pendaftaran, perubahan, cetak kartu, ekspor dan masuk/keluar tercatat di sini dan tidak bisa diubah tanpa ketahuan. Pilih satu baris untuk melihat rinciannya, misalnya isian yang diubah dari nilai lama ke nilai baru.", None))
        self.filter_group.setTitle(QCoreApplication.translate("AuditView", u"Saring", None))
        self.operator_label.setText(QCoreApplication.translate("AuditView", u"Operator", None))
        self.action_label.setText(QCoreApplication.translate("AuditView", u"Tindakan", None))
        self.entity_label.setText(QCoreApplication.translate("AuditView", u"ID data", None))
        self.entity_edit.setPlaceholderText(QCoreApplication.translate("AuditView", u"ID peserta (kosong = semua)", None))
        self.date_check.setText(QCoreApplication.translate("AuditView", u"Hanya tanggal tertentu", None))
        self.since_label.setText(QCoreApplication.translate("AuditView", u"Dari", None))
        self.until_label.setText(QCoreApplication.translate("AuditView", u"Sampai", None))
        self.clear_button.setText(QCoreApplication.translate("AuditView", u"Hapus saringan", None))
        self.apply_button.setText(QCoreApplication.translate("AuditView", u"Terapkan saringan", None))
        self.previous_button.setText(QCoreApplication.translate("AuditView", u"\u2039 Sebelumnya", None))
        self.next_button.setText(QCoreApplication.translate("AuditView", u"Berikutnya \u203a", None))
        self.history_button.setText(QCoreApplication.translate("AuditView", u"Riwayat data ini", None))
        self.details_group.setTitle(QCoreApplication.translate("AuditView", u"Rincian peristiwa", None))
        self.details_edit.setPlaceholderText(QCoreApplication.translate("AuditView", u"Pilih satu baris di atas.", None))
        self.check_group.setTitle(QCoreApplication.translate("AuditView", u"Pemeriksaan", None))
        self.check_label.setText(QCoreApplication.translate("AuditView", u"Periksa apakah basis data utuh dan jejak audit tidak diubah sejak dicatat.", None))
        self.check_button.setText(QCoreApplication.translate("AuditView", u"Periksa jejak audit", None))
        pass
    # retranslateUi

