# Generated from forms/consent_view.ui by scripts/build_ui.py (pyside6-uic). DO NOT EDIT:
# change the .ui file in Qt Designer and run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'consent_view.ui'
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
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_ConsentView(object):
    def setupUi(self, consent_view):
        if not consent_view.objectName():
            consent_view.setObjectName(u"consent_view")
        self.consent_layout = QVBoxLayout(consent_view)
        self.consent_layout.setObjectName(u"consent_layout")
        self.consent_hint_label = QLabel(consent_view)
        self.consent_hint_label.setObjectName(u"consent_hint_label")
        self.consent_hint_label.setProperty(u"role", u"hint")
        self.consent_hint_label.setWordWrap(True)

        self.consent_layout.addWidget(self.consent_hint_label)

        self.summary_label = QLabel(consent_view)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setText(u"")
        self.summary_label.setWordWrap(True)

        self.consent_layout.addWidget(self.summary_label)

        self.consent_filter_row = QHBoxLayout()
        self.consent_filter_row.setObjectName(u"consent_filter_row")
        self.search_edit = QLineEdit(consent_view)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)

        self.consent_filter_row.addWidget(self.search_edit)

        self.rt_filter_label = QLabel(consent_view)
        self.rt_filter_label.setObjectName(u"rt_filter_label")

        self.consent_filter_row.addWidget(self.rt_filter_label)

        self.rt_edit = QLineEdit(consent_view)
        self.rt_edit.setObjectName(u"rt_edit")
        self.rt_edit.setMaximumSize(QSize(90, 16777215))

        self.consent_filter_row.addWidget(self.rt_edit)

        self.rw_filter_label = QLabel(consent_view)
        self.rw_filter_label.setObjectName(u"rw_filter_label")

        self.consent_filter_row.addWidget(self.rw_filter_label)

        self.rw_edit = QLineEdit(consent_view)
        self.rw_edit.setObjectName(u"rw_edit")
        self.rw_edit.setMaximumSize(QSize(90, 16777215))

        self.consent_filter_row.addWidget(self.rw_edit)

        self.reset_filters_button = QPushButton(consent_view)
        self.reset_filters_button.setObjectName(u"reset_filters_button")

        self.consent_filter_row.addWidget(self.reset_filters_button)


        self.consent_layout.addLayout(self.consent_filter_row)

        self.table_view = QTableView(consent_view)
        self.table_view.setObjectName(u"table_view")
        self.table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table_view.setAlternatingRowColors(True)
        self.table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.consent_layout.addWidget(self.table_view)

        self.consent_buttons = QHBoxLayout()
        self.consent_buttons.setObjectName(u"consent_buttons")
        self.received_button = QPushButton(consent_view)
        self.received_button.setObjectName(u"received_button")
        self.received_button.setProperty(u"role", u"primary")

        self.consent_buttons.addWidget(self.received_button)

        self.open_button = QPushButton(consent_view)
        self.open_button.setObjectName(u"open_button")

        self.consent_buttons.addWidget(self.open_button)

        self.consent_buttons_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.consent_buttons.addItem(self.consent_buttons_spacer)

        self.print_selected_button = QPushButton(consent_view)
        self.print_selected_button.setObjectName(u"print_selected_button")

        self.consent_buttons.addWidget(self.print_selected_button)

        self.print_all_button = QPushButton(consent_view)
        self.print_all_button.setObjectName(u"print_all_button")

        self.consent_buttons.addWidget(self.print_all_button)

        self.blank_button = QPushButton(consent_view)
        self.blank_button.setObjectName(u"blank_button")

        self.consent_buttons.addWidget(self.blank_button)


        self.consent_layout.addLayout(self.consent_buttons)

        self.result_label = QLabel(consent_view)
        self.result_label.setObjectName(u"result_label")
        self.result_label.setText(u"")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.consent_layout.addWidget(self.result_label)


        self.retranslateUi(consent_view)

        QMetaObject.connectSlotsByName(consent_view)
    # setupUi

    def retranslateUi(self, consent_view):
        self.consent_hint_label.setText(QCoreApplication.translate("ConsentView", u"Setiap peserta menandatangani formulir pendaftaran dan persetujuan data pribadi. Di bawah ini peserta yang formulir bertanda tangannya belum tercatat. Cetak formulirnya, minta peserta membaca dan menandatangani, lalu catat di sini saat formulir kembali.", None))
        self.search_edit.setPlaceholderText(QCoreApplication.translate("ConsentView", u"Cari nama atau NIK\u2026", None))
        self.rt_filter_label.setText(QCoreApplication.translate("ConsentView", u"RT", None))
        self.rt_edit.setPlaceholderText(QCoreApplication.translate("ConsentView", u"semua", None))
        self.rw_filter_label.setText(QCoreApplication.translate("ConsentView", u"RW", None))
        self.rw_edit.setPlaceholderText(QCoreApplication.translate("ConsentView", u"semua", None))
        self.reset_filters_button.setText(QCoreApplication.translate("ConsentView", u"Tampilkan semua", None))
        self.received_button.setText(QCoreApplication.translate("ConsentView", u"Catat formulir diterima\u2026", None))
        self.open_button.setText(QCoreApplication.translate("ConsentView", u"Buka data", None))
#if QT_CONFIG(tooltip)
        self.open_button.setToolTip(QCoreApplication.translate("ConsentView", u"Buka halaman data peserta yang dipilih", None))
#endif // QT_CONFIG(tooltip)
        self.print_selected_button.setText(QCoreApplication.translate("ConsentView", u"Cetak terpilih\u2026", None))
#if QT_CONFIG(tooltip)
        self.print_selected_button.setToolTip(QCoreApplication.translate("ConsentView", u"Cetak formulir persetujuan untuk peserta yang dipilih di daftar", None))
#endif // QT_CONFIG(tooltip)
        self.print_all_button.setText(QCoreApplication.translate("ConsentView", u"Cetak semua yang tampil\u2026", None))
#if QT_CONFIG(tooltip)
        self.print_all_button.setToolTip(QCoreApplication.translate("ConsentView", u"Cetak formulir persetujuan untuk semua peserta yang tampil dengan saringan ini", None))
#endif // QT_CONFIG(tooltip)
        self.blank_button.setText(QCoreApplication.translate("ConsentView", u"Formulir kosong\u2026", None))
#if QT_CONFIG(tooltip)
        self.blank_button.setToolTip(QCoreApplication.translate("ConsentView", u"Cetak formulir persetujuan kosong untuk diisi tangan", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

