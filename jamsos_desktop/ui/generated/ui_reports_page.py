# Generated from forms/reports_page.ui by scripts/build_ui.py (pyside6-uic). DO NOT EDIT:
# change the .ui file in Qt Designer and run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reports_page.ui'
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
    QLabel, QPushButton, QSizePolicy, QTableView,
    QVBoxLayout, QWidget)

class Ui_ReportsPage(object):
    def setupUi(self, reports_page):
        if not reports_page.objectName():
            reports_page.setObjectName(u"reports_page")
        self.reports_layout = QVBoxLayout(reports_page)
        self.reports_layout.setObjectName(u"reports_layout")
        self.title_label = QLabel(reports_page)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setProperty(u"role", u"page_title")

        self.reports_layout.addWidget(self.title_label)

        self.hint_label = QLabel(reports_page)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setProperty(u"role", u"hint")
        self.hint_label.setWordWrap(True)

        self.reports_layout.addWidget(self.hint_label)

        self.recap_table = QTableView(reports_page)
        self.recap_table.setObjectName(u"recap_table")
        self.recap_table.setAlternatingRowColors(True)
        self.recap_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.recap_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.recap_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.reports_layout.addWidget(self.recap_table)

        self.reports_buttons = QHBoxLayout()
        self.reports_buttons.setObjectName(u"reports_buttons")
        self.summary_label = QLabel(reports_page)
        self.summary_label.setObjectName(u"summary_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.summary_label.sizePolicy().hasHeightForWidth())
        self.summary_label.setSizePolicy(sizePolicy)
        self.summary_label.setText(u"")
        self.summary_label.setWordWrap(True)

        self.reports_buttons.addWidget(self.summary_label)

        self.reload_button = QPushButton(reports_page)
        self.reload_button.setObjectName(u"reload_button")

        self.reports_buttons.addWidget(self.reload_button)

        self.pdf_button = QPushButton(reports_page)
        self.pdf_button.setObjectName(u"pdf_button")
        self.pdf_button.setProperty(u"role", u"primary")

        self.reports_buttons.addWidget(self.pdf_button)

        self.xlsx_button = QPushButton(reports_page)
        self.xlsx_button.setObjectName(u"xlsx_button")

        self.reports_buttons.addWidget(self.xlsx_button)


        self.reports_layout.addLayout(self.reports_buttons)

        self.result_label = QLabel(reports_page)
        self.result_label.setObjectName(u"result_label")
        self.result_label.setText(u"")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.reports_layout.addWidget(self.result_label)


        self.retranslateUi(reports_page)

        QMetaObject.connectSlotsByName(reports_page)
    # setupUi

    def retranslateUi(self, reports_page):
        self.title_label.setText(QCoreApplication.translate("ReportsPage", u"Laporan", None))
        self.hint_label.setText(QCoreApplication.translate("ReportsPage", u"Rekap peserta kelurahan per RW, RT dan kategori, dengan jumlah per status dan iuran bulanan yang dibayar Pemerintah Kota. Iuran dihitung untuk peserta yang sudah diterima Disnaker (status Diterima dan Aktif). Data yang dihapus tidak dihitung.", None))
        self.reload_button.setText(QCoreApplication.translate("ReportsPage", u"Muat ulang", None))
        self.pdf_button.setText(QCoreApplication.translate("ReportsPage", u"Cetak ke PDF\u2026", None))
        self.xlsx_button.setText(QCoreApplication.translate("ReportsPage", u"Ekspor ke Excel\u2026", None))
        pass
    # retranslateUi

