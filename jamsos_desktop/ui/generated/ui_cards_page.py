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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTabWidget, QTableView, QToolButton,
    QVBoxLayout, QWidget)

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

        self.page_splitter = QSplitter(cards_page)
        self.page_splitter.setObjectName(u"page_splitter")
        self.page_splitter.setOrientation(Qt.Orientation.Vertical)
        self.page_splitter.setChildrenCollapsible(False)
        self.main_splitter = QSplitter(self.page_splitter)
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

        self.search_row.setStretch(0, 1)

        self.choose_layout.addLayout(self.search_row)

        self.filter_row = QHBoxLayout()
        self.filter_row.setObjectName(u"filter_row")
        self.status_combo = QComboBox(self.choose_group)
        self.status_combo.setObjectName(u"status_combo")
        self.status_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.status_combo.setMinimumContentsLength(10)

        self.filter_row.addWidget(self.status_combo)

        self.category_combo = QComboBox(self.choose_group)
        self.category_combo.setObjectName(u"category_combo")
        self.category_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.category_combo.setMinimumContentsLength(12)

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

        self.all_shown_check = QCheckBox(self.choose_group)
        self.all_shown_check.setObjectName(u"all_shown_check")

        self.choose_layout.addWidget(self.all_shown_check)

        self.count_label = QLabel(self.choose_group)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setProperty(u"role", u"hint")
        self.count_label.setWordWrap(True)

        self.choose_layout.addWidget(self.count_label)

        self.main_splitter.addWidget(self.choose_group)
        self.preview_group = QGroupBox(self.main_splitter)
        self.preview_group.setObjectName(u"preview_group")
        self.preview_layout = QVBoxLayout(self.preview_group)
        self.preview_layout.setObjectName(u"preview_layout")
        self.zoom_row = QHBoxLayout()
        self.zoom_row.setObjectName(u"zoom_row")
        self.zoom_label = QLabel(self.preview_group)
        self.zoom_label.setObjectName(u"zoom_label")

        self.zoom_row.addWidget(self.zoom_label)

        self.zoom_out_button = QToolButton(self.preview_group)
        self.zoom_out_button.setObjectName(u"zoom_out_button")

        self.zoom_row.addWidget(self.zoom_out_button)

        self.zoom_in_button = QToolButton(self.preview_group)
        self.zoom_in_button.setObjectName(u"zoom_in_button")

        self.zoom_row.addWidget(self.zoom_in_button)

        self.zoom_fit_button = QToolButton(self.preview_group)
        self.zoom_fit_button.setObjectName(u"zoom_fit_button")

        self.zoom_row.addWidget(self.zoom_fit_button)

        self.zoom_actual_button = QToolButton(self.preview_group)
        self.zoom_actual_button.setObjectName(u"zoom_actual_button")

        self.zoom_row.addWidget(self.zoom_actual_button)

        self.zoom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.zoom_row.addItem(self.zoom_spacer)

        self.layout_label = QLabel(self.preview_group)
        self.layout_label.setObjectName(u"layout_label")

        self.zoom_row.addWidget(self.layout_label)

        self.layout_combo = QComboBox(self.preview_group)
        self.layout_combo.setObjectName(u"layout_combo")
        self.layout_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.layout_combo.setMinimumContentsLength(12)

        self.zoom_row.addWidget(self.layout_combo)


        self.preview_layout.addLayout(self.zoom_row)

        self.pdf_view = QPdfView(self.preview_group)
        self.pdf_view.setObjectName(u"pdf_view")
        self.pdf_view.setMinimumSize(QSize(300, 160))

        self.preview_layout.addWidget(self.pdf_view)

        self.preview_info_label = QLabel(self.preview_group)
        self.preview_info_label.setObjectName(u"preview_info_label")
        self.preview_info_label.setProperty(u"role", u"hint")
        self.preview_info_label.setWordWrap(True)

        self.preview_layout.addWidget(self.preview_info_label)

        self.make_row = QHBoxLayout()
        self.make_row.setObjectName(u"make_row")
        self.preview_button = QPushButton(self.preview_group)
        self.preview_button.setObjectName(u"preview_button")

        self.make_row.addWidget(self.preview_button)

        self.make_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.make_row.addItem(self.make_spacer)

        self.issue_button = QPushButton(self.preview_group)
        self.issue_button.setObjectName(u"issue_button")
        self.issue_button.setProperty(u"role", u"primary")

        self.make_row.addWidget(self.issue_button)


        self.preview_layout.addLayout(self.make_row)

        self.output_row = QHBoxLayout()
        self.output_row.setObjectName(u"output_row")
        self.print_hint_label = QLabel(self.preview_group)
        self.print_hint_label.setObjectName(u"print_hint_label")
        self.print_hint_label.setProperty(u"level", u"warn")
        self.print_hint_label.setWordWrap(True)

        self.output_row.addWidget(self.print_hint_label)

        self.save_pdf_button = QPushButton(self.preview_group)
        self.save_pdf_button.setObjectName(u"save_pdf_button")

        self.output_row.addWidget(self.save_pdf_button)

        self.print_button = QPushButton(self.preview_group)
        self.print_button.setObjectName(u"print_button")

        self.output_row.addWidget(self.print_button)

        self.output_row.setStretch(0, 1)

        self.preview_layout.addLayout(self.output_row)

        self.main_splitter.addWidget(self.preview_group)
        self.page_splitter.addWidget(self.main_splitter)
        self.bottom_tabs = QTabWidget(self.page_splitter)
        self.bottom_tabs.setObjectName(u"bottom_tabs")
        self.bottom_tabs.setMinimumSize(QSize(0, 150))
        self.history_tab = QWidget()
        self.history_tab.setObjectName(u"history_tab")
        self.history_layout = QVBoxLayout(self.history_tab)
        self.history_layout.setObjectName(u"history_layout")
        self.history_row = QHBoxLayout()
        self.history_row.setObjectName(u"history_row")
        self.history_search_edit = QLineEdit(self.history_tab)
        self.history_search_edit.setObjectName(u"history_search_edit")
        self.history_search_edit.setClearButtonEnabled(True)

        self.history_row.addWidget(self.history_search_edit)

        self.history_count_label = QLabel(self.history_tab)
        self.history_count_label.setObjectName(u"history_count_label")
        self.history_count_label.setProperty(u"role", u"hint")

        self.history_row.addWidget(self.history_count_label)

        self.history_row.setStretch(0, 1)

        self.history_layout.addLayout(self.history_row)

        self.history_table = QTableView(self.history_tab)
        self.history_table.setObjectName(u"history_table")
        self.history_table.setAlternatingRowColors(True)
        self.history_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.history_layout.addWidget(self.history_table)

        self.bottom_tabs.addTab(self.history_tab, "")
        self.check_tab = QWidget()
        self.check_tab.setObjectName(u"check_tab")
        self.check_layout = QVBoxLayout(self.check_tab)
        self.check_layout.setObjectName(u"check_layout")
        self.token_row = QHBoxLayout()
        self.token_row.setObjectName(u"token_row")
        self.token_edit = QLineEdit(self.check_tab)
        self.token_edit.setObjectName(u"token_edit")

        self.token_row.addWidget(self.token_edit)

        self.check_button = QPushButton(self.check_tab)
        self.check_button.setObjectName(u"check_button")

        self.token_row.addWidget(self.check_button)


        self.check_layout.addLayout(self.token_row)

        self.check_result_label = QLabel(self.check_tab)
        self.check_result_label.setObjectName(u"check_result_label")
        self.check_result_label.setWordWrap(True)

        self.check_layout.addWidget(self.check_result_label)

        self.check_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.check_layout.addItem(self.check_spacer)

        self.bottom_tabs.addTab(self.check_tab, "")
        self.page_splitter.addWidget(self.bottom_tabs)

        self.cards_layout.addWidget(self.page_splitter)

        self.cards_layout.setStretch(2, 1)

        self.retranslateUi(cards_page)

        QMetaObject.connectSlotsByName(cards_page)
    # setupUi

    def retranslateUi(self, cards_page):
        self.title_label.setText(QCoreApplication.translate("CardsPage", u"Kartu peserta", None))
        self.hint_label.setText(QCoreApplication.translate("CardsPage", u"Pilih peserta yang sudah disetujui dan lihat contoh kartunya: contoh tidak memakai nomor kartu dan tidak tercatat. Terbitkan kartu bila sudah benar: setiap kartu mendapat nomor baru, tercatat di jejak audit, dan kartu lama peserta itu dicabut. Lalu cetak atau simpan sebagai PDF.", None))
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
        self.all_shown_check.setText(QCoreApplication.translate("CardsPage", u"Semua yang tampil di daftar", None))
        self.count_label.setText("")
        self.preview_group.setTitle(QCoreApplication.translate("CardsPage", u"2. Lihat contoh, terbitkan, cetak", None))
        self.zoom_label.setText(QCoreApplication.translate("CardsPage", u"Perbesaran", None))
        self.zoom_out_button.setText(QCoreApplication.translate("CardsPage", u"\u2212", None))
#if QT_CONFIG(tooltip)
        self.zoom_out_button.setToolTip(QCoreApplication.translate("CardsPage", u"Perkecil (Ctrl+\u2212)", None))
#endif // QT_CONFIG(tooltip)
        self.zoom_in_button.setText(QCoreApplication.translate("CardsPage", u"+", None))
#if QT_CONFIG(tooltip)
        self.zoom_in_button.setToolTip(QCoreApplication.translate("CardsPage", u"Perbesar (Ctrl++)", None))
#endif // QT_CONFIG(tooltip)
        self.zoom_fit_button.setText(QCoreApplication.translate("CardsPage", u"Selebar kotak", None))
#if QT_CONFIG(tooltip)
        self.zoom_fit_button.setToolTip(QCoreApplication.translate("CardsPage", u"Satu halaman selebar kotak pratinjau", None))
#endif // QT_CONFIG(tooltip)
        self.zoom_actual_button.setText(QCoreApplication.translate("CardsPage", u"100%", None))
#if QT_CONFIG(tooltip)
        self.zoom_actual_button.setToolTip(QCoreApplication.translate("CardsPage", u"Ukuran di layar kira-kira ukuran cetak", None))
#endif // QT_CONFIG(tooltip)
        self.layout_label.setText(QCoreApplication.translate("CardsPage", u"Tata letak", None))
        self.preview_info_label.setText(QCoreApplication.translate("CardsPage", u"Belum ada kartu. Pilih peserta di sebelah kiri lalu klik Lihat contoh.", None))
        self.preview_button.setText(QCoreApplication.translate("CardsPage", u"Lihat contoh", None))
#if QT_CONFIG(tooltip)
        self.preview_button.setToolTip(QCoreApplication.translate("CardsPage", u"Kartu contoh bertanda CONTOH: tidak memakai nomor kartu dan tidak tercatat.", None))
#endif // QT_CONFIG(tooltip)
        self.issue_button.setText(QCoreApplication.translate("CardsPage", u"Terbitkan kartu\u2026", None))
#if QT_CONFIG(tooltip)
        self.issue_button.setToolTip(QCoreApplication.translate("CardsPage", u"Kartu sungguhan: nomor kartu baru, tercatat, kartu lama peserta dicabut.", None))
#endif // QT_CONFIG(tooltip)
        self.print_hint_label.setText(QCoreApplication.translate("CardsPage", u"Cetak dengan skala 100% (ukuran sebenarnya), bukan \u201cSesuaikan dengan halaman\u201d.", None))
        self.save_pdf_button.setText(QCoreApplication.translate("CardsPage", u"Simpan PDF\u2026", None))
        self.print_button.setText(QCoreApplication.translate("CardsPage", u"Cetak\u2026", None))
        self.history_search_edit.setPlaceholderText(QCoreApplication.translate("CardsPage", u"Cari nama atau nomor kartu\u2026", None))
        self.history_count_label.setText("")
        self.bottom_tabs.setTabText(self.bottom_tabs.indexOf(self.history_tab), QCoreApplication.translate("CardsPage", u"Kartu yang sudah diterbitkan", None))
        self.token_edit.setPlaceholderText(QCoreApplication.translate("CardsPage", u"Pindai kode QR kartu dengan alat pemindai, atau tempel kodenya di sini", None))
        self.check_button.setText(QCoreApplication.translate("CardsPage", u"Periksa", None))
        self.check_result_label.setText("")
        self.bottom_tabs.setTabText(self.bottom_tabs.indexOf(self.check_tab), QCoreApplication.translate("CardsPage", u"Periksa kartu", None))
        pass
    # retranslateUi

