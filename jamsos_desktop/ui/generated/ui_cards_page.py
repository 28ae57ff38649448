# Generated from forms/cards_page.ui by scripts/build_ui.py (pyside6-uic). DO NOT EDIT:
# change the .ui file in Qt Designer and run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cards_page.ui'
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
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTableView, QVBoxLayout, QWidget)

class Ui_CardsPage(object):
    def setupUi(self, cards_page):
        if not cards_page.objectName():
            cards_page.setObjectName(u"cards_page")
        self.cards_layout = QVBoxLayout(cards_page)
        self.cards_layout.setObjectName(u"cards_layout")
        self.title_label = QLabel(cards_page)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setProperty(u"role", u"page_title")

        self.cards_layout.addWidget(self.title_label)

        self.hint_label = QLabel(cards_page)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setProperty(u"role", u"hint")
        self.hint_label.setWordWrap(True)

        self.cards_layout.addWidget(self.hint_label)

        self.main_splitter = QSplitter(cards_page)
        self.main_splitter.setObjectName(u"main_splitter")
        self.main_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.main_splitter.setChildrenCollapsible(False)
        self.choose_group = QGroupBox(self.main_splitter)
        self.choose_group.setObjectName(u"choose_group")
        self.choose_layout = QVBoxLayout(self.choose_group)
        self.choose_layout.setObjectName(u"choose_layout")
        self.search_row = QHBoxLayout()
        self.search_row.setObjectName(u"search_row")
        self.search_edit = QLineEdit(self.choose_group)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)

        self.search_row.addWidget(self.search_edit)

        self.reset_filters_button = QPushButton(self.choose_group)
        self.reset_filters_button.setObjectName(u"reset_filters_button")

        self.search_row.addWidget(self.reset_filters_button)


        self.choose_layout.addLayout(self.search_row)

        self.filter_row = QHBoxLayout()
        self.filter_row.setObjectName(u"filter_row")
        self.status_combo = QComboBox(self.choose_group)
        self.status_combo.setObjectName(u"status_combo")
        self.status_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.status_combo.setMinimumContentsLength(12)

        self.filter_row.addWidget(self.status_combo)

        self.category_combo = QComboBox(self.choose_group)
        self.category_combo.setObjectName(u"category_combo")
        self.category_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.category_combo.setMinimumContentsLength(14)

        self.filter_row.addWidget(self.category_combo)

        self.rt_filter_label = QLabel(self.choose_group)
        self.rt_filter_label.setObjectName(u"rt_filter_label")

        self.filter_row.addWidget(self.rt_filter_label)

        self.rt_edit = QLineEdit(self.choose_group)
        self.rt_edit.setObjectName(u"rt_edit")
        self.rt_edit.setMaximumSize(QSize(70, 16777215))

        self.filter_row.addWidget(self.rt_edit)

        self.rw_filter_label = QLabel(self.choose_group)
        self.rw_filter_label.setObjectName(u"rw_filter_label")

        self.filter_row.addWidget(self.rw_filter_label)

        self.rw_edit = QLineEdit(self.choose_group)
        self.rw_edit.setObjectName(u"rw_edit")
        self.rw_edit.setMaximumSize(QSize(70, 16777215))

        self.filter_row.addWidget(self.rw_edit)

        self.filter_row.setStretch(0, 1)
        self.filter_row.setStretch(1, 1)

        self.choose_layout.addLayout(self.filter_row)

        self.table_view = QTableView(self.choose_group)
        self.table_view.setObjectName(u"table_view")
        self.table_view.setAlternatingRowColors(True)
        self.table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.choose_layout.addWidget(self.table_view)

        self.count_label = QLabel(self.choose_group)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setProperty(u"role", u"hint")
        self.count_label.setWordWrap(True)

        self.choose_layout.addWidget(self.count_label)

        self.layout_row = QHBoxLayout()
        self.layout_row.setObjectName(u"layout_row")
        self.layout_label = QLabel(self.choose_group)
        self.layout_label.setObjectName(u"layout_label")

        self.layout_row.addWidget(self.layout_label)

        self.layout_combo = QComboBox(self.choose_group)
        self.layout_combo.setObjectName(u"layout_combo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.layout_combo.sizePolicy().hasHeightForWidth())
        self.layout_combo.setSizePolicy(sizePolicy)
        self.layout_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.layout_combo.setMinimumContentsLength(16)

        self.layout_row.addWidget(self.layout_combo)


        self.choose_layout.addLayout(self.layout_row)

        self.make_row = QHBoxLayout()
        self.make_row.setObjectName(u"make_row")
        self.make_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.make_row.addItem(self.make_spacer)

        self.make_all_button = QPushButton(self.choose_group)
        self.make_all_button.setObjectName(u"make_all_button")

        self.make_row.addWidget(self.make_all_button)

        self.make_selected_button = QPushButton(self.choose_group)
        self.make_selected_button.setObjectName(u"make_selected_button")
        self.make_selected_button.setProperty(u"role", u"primary")

        self.make_row.addWidget(self.make_selected_button)


        self.choose_layout.addLayout(self.make_row)

        self.main_splitter.addWidget(self.choose_group)
        self.preview_group = QGroupBox(self.main_splitter)
        self.preview_group.setObjectName(u"preview_group")
        self.preview_layout = QVBoxLayout(self.preview_group)
        self.preview_layout.setObjectName(u"preview_layout")
        self.pdf_view = QPdfView(self.preview_group)
        self.pdf_view.setObjectName(u"pdf_view")
        self.pdf_view.setMinimumSize(QSize(320, 240))

        self.preview_layout.addWidget(self.pdf_view)

        self.preview_info_label = QLabel(self.preview_group)
        self.preview_info_label.setObjectName(u"preview_info_label")
        self.preview_info_label.setProperty(u"role", u"hint")
        self.preview_info_label.setWordWrap(True)

        self.preview_layout.addWidget(self.preview_info_label)

        self.print_hint_label = QLabel(self.preview_group)
        self.print_hint_label.setObjectName(u"print_hint_label")
        self.print_hint_label.setProperty(u"level", u"warn")
        self.print_hint_label.setWordWrap(True)

        self.preview_layout.addWidget(self.print_hint_label)

        self.output_row = QHBoxLayout()
        self.output_row.setObjectName(u"output_row")
        self.output_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.output_row.addItem(self.output_spacer)

        self.save_pdf_button = QPushButton(self.preview_group)
        self.save_pdf_button.setObjectName(u"save_pdf_button")

        self.output_row.addWidget(self.save_pdf_button)

        self.print_button = QPushButton(self.preview_group)
        self.print_button.setObjectName(u"print_button")
        self.print_button.setProperty(u"role", u"primary")

        self.output_row.addWidget(self.print_button)


        self.preview_layout.addLayout(self.output_row)

        self.main_splitter.addWidget(self.preview_group)

        self.cards_layout.addWidget(self.main_splitter)

        self.check_group = QGroupBox(cards_page)
        self.check_group.setObjectName(u"check_group")
        self.check_layout = QVBoxLayout(self.check_group)
        self.check_layout.setObjectName(u"check_layout")
        self.token_row = QHBoxLayout()
        self.token_row.setObjectName(u"token_row")
        self.token_edit = QLineEdit(self.check_group)
        self.token_edit.setObjectName(u"token_edit")
        self.token_edit.setClearButtonEnabled(True)

        self.token_row.addWidget(self.token_edit)

        self.check_button = QPushButton(self.check_group)
        self.check_button.setObjectName(u"check_button")

        self.token_row.addWidget(self.check_button)


        self.check_layout.addLayout(self.token_row)

        self.check_result_label = QLabel(self.check_group)
        self.check_result_label.setObjectName(u"check_result_label")
        self.check_result_label.setWordWrap(True)
        self.check_result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.check_layout.addWidget(self.check_result_label)


        self.cards_layout.addWidget(self.check_group)

        self.cards_layout.setStretch(2, 1)

        self.retranslateUi(cards_page)

        QMetaObject.connectSlotsByName(cards_page)
    # setupUi

    def retranslateUi(self, cards_page):
        self.title_label.setText(QCoreApplication.translate("CardsPage", u"Kartu peserta", None))
        self.hint_label.setText(QCoreApplication.translate("CardsPage", u"Pilih peserta yang sudah disetujui, buat kartunya, periksa pratinjau, lalu cetak atau simpan sebagai PDF. Setiap kartu yang dibuat mendapat nomor baru dan tercatat di jejak audit.", None))
        self.choose_group.setTitle(QCoreApplication.translate("CardsPage", u"1. Pilih peserta", None))
        self.search_edit.setPlaceholderText(QCoreApplication.translate("CardsPage", u"Cari nama, NIK, nomor HP atau alamat\u2026", None))
        self.reset_filters_button.setText(QCoreApplication.translate("CardsPage", u"Hapus saringan", None))
#if QT_CONFIG(tooltip)
        self.status_combo.setToolTip(QCoreApplication.translate("CardsPage", u"Status peserta", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.category_combo.setToolTip(QCoreApplication.translate("CardsPage", u"Kategori peserta", None))
#endif // QT_CONFIG(tooltip)
        self.rt_filter_label.setText(QCoreApplication.translate("CardsPage", u"RT", None))
        self.rt_edit.setPlaceholderText(QCoreApplication.translate("CardsPage", u"semua", None))
        self.rw_filter_label.setText(QCoreApplication.translate("CardsPage", u"RW", None))
        self.rw_edit.setPlaceholderText(QCoreApplication.translate("CardsPage", u"semua", None))
        self.count_label.setText("")
        self.layout_label.setText(QCoreApplication.translate("CardsPage", u"Tata letak", None))
        self.make_all_button.setText(QCoreApplication.translate("CardsPage", u"Buat kartu semua yang tampil", None))
        self.make_selected_button.setText(QCoreApplication.translate("CardsPage", u"Buat kartu yang dipilih", None))
        self.preview_group.setTitle(QCoreApplication.translate("CardsPage", u"2. Pratinjau dan cetak", None))
        self.preview_info_label.setText(QCoreApplication.translate("CardsPage", u"Belum ada kartu. Pilih peserta di sebelah kiri lalu klik Buat kartu.", None))
        self.print_hint_label.setText(QCoreApplication.translate("CardsPage", u"Cetak dengan ukuran sebenarnya (skala 100%). Matikan pilihan \"Sesuaikan dengan halaman\" / \"Fit to page\": pilihan itu mengecilkan kartu sehingga tidak pas lagi dengan ukuran KTP.", None))
        self.save_pdf_button.setText(QCoreApplication.translate("CardsPage", u"Simpan PDF\u2026", None))
        self.print_button.setText(QCoreApplication.translate("CardsPage", u"Cetak\u2026", None))
        self.check_group.setTitle(QCoreApplication.translate("CardsPage", u"Periksa kartu", None))
        self.token_edit.setPlaceholderText(QCoreApplication.translate("CardsPage", u"Pindai kode QR kartu dengan alat pemindai, atau tempel kodenya di sini", None))
        self.check_button.setText(QCoreApplication.translate("CardsPage", u"Periksa", None))
        self.check_result_label.setText("")
        pass
    # retranslateUi

