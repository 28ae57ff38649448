# Generated from forms/approval_view.ui by scripts/build_ui.py (pyside6-uic). DO NOT EDIT:
# change the .ui file in Qt Designer and run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'approval_view.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTableView, QTextBrowser,
    QVBoxLayout, QWidget)

class Ui_ApprovalView(object):
    def setupUi(self, approval_view):
        if not approval_view.objectName():
            approval_view.setObjectName(u"approval_view")
        self.approval_layout = QVBoxLayout(approval_view)
        self.approval_layout.setObjectName(u"approval_layout")
        self.title_label = QLabel(approval_view)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setProperty(u"role", u"page_title")

        self.approval_layout.addWidget(self.title_label)

        self.hint_label = QLabel(approval_view)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setProperty(u"role", u"hint")
        self.hint_label.setWordWrap(True)

        self.approval_layout.addWidget(self.hint_label)

        self.approval_splitter = QSplitter(approval_view)
        self.approval_splitter.setObjectName(u"approval_splitter")
        self.approval_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.approval_splitter.setChildrenCollapsible(False)
        self.approval_table = QTableView(self.approval_splitter)
        self.approval_table.setObjectName(u"approval_table")
        self.approval_table.setAlternatingRowColors(True)
        self.approval_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.approval_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.approval_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.approval_splitter.addWidget(self.approval_table)
        self.detail_group = QGroupBox(self.approval_splitter)
        self.detail_group.setObjectName(u"detail_group")
        self.detail_layout = QVBoxLayout(self.detail_group)
        self.detail_layout.setObjectName(u"detail_layout")
        self.detail_browser = QTextBrowser(self.detail_group)
        self.detail_browser.setObjectName(u"detail_browser")
        self.detail_browser.setMinimumSize(QSize(260, 0))

        self.detail_layout.addWidget(self.detail_browser)

        self.approval_splitter.addWidget(self.detail_group)

        self.approval_layout.addWidget(self.approval_splitter)

        self.result_label = QLabel(approval_view)
        self.result_label.setObjectName(u"result_label")
        self.result_label.setWordWrap(True)

        self.approval_layout.addWidget(self.result_label)

        self.approval_buttons = QHBoxLayout()
        self.approval_buttons.setObjectName(u"approval_buttons")
        self.count_label = QLabel(approval_view)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setProperty(u"role", u"hint")

        self.approval_buttons.addWidget(self.count_label)

        self.approval_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.approval_buttons.addItem(self.approval_spacer)

        self.open_button = QPushButton(approval_view)
        self.open_button.setObjectName(u"open_button")

        self.approval_buttons.addWidget(self.open_button)

        self.reject_button = QPushButton(approval_view)
        self.reject_button.setObjectName(u"reject_button")

        self.approval_buttons.addWidget(self.reject_button)

        self.approve_selected_button = QPushButton(approval_view)
        self.approve_selected_button.setObjectName(u"approve_selected_button")
        self.approve_selected_button.setProperty(u"role", u"primary")

        self.approval_buttons.addWidget(self.approve_selected_button)

        self.approve_all_button = QPushButton(approval_view)
        self.approve_all_button.setObjectName(u"approve_all_button")

        self.approval_buttons.addWidget(self.approve_all_button)


        self.approval_layout.addLayout(self.approval_buttons)

        self.approval_layout.setStretch(2, 1)

        self.retranslateUi(approval_view)

        QMetaObject.connectSlotsByName(approval_view)
    # setupUi

    def retranslateUi(self, approval_view):
        self.title_label.setText(QCoreApplication.translate("ApprovalView", u"Persetujuan", None))
        self.hint_label.setText(QCoreApplication.translate("ApprovalView", u"Data di bawah sudah lengkap dan menunggu persetujuan Anda sebelum dikirim ke kota. Pilih satu baris untuk memeriksa rinciannya di sebelah kanan (NIK lengkap, tercatat di jejak audit). Pilih beberapa baris (Ctrl atau Shift + klik) untuk menyetujui atau menolak sekaligus; penolakan memakai satu alasan yang dibaca operator untuk memperbaikinya.", None))
        self.detail_group.setTitle(QCoreApplication.translate("ApprovalView", u"Rincian data yang dipilih", None))
        self.result_label.setText("")
        self.count_label.setText("")
        self.open_button.setText(QCoreApplication.translate("ApprovalView", u"Buka data", None))
        self.reject_button.setText(QCoreApplication.translate("ApprovalView", u"Tolak\u2026", None))
        self.approve_selected_button.setText(QCoreApplication.translate("ApprovalView", u"Setujui yang dipilih", None))
        self.approve_all_button.setText(QCoreApplication.translate("ApprovalView", u"Setujui semua\u2026", None))
        pass
    # retranslateUi

