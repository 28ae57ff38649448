# Generated from forms/sync_page.ui by scripts/build_ui.py (pyside6-uic). DO NOT EDIT:
# change the .ui file in Qt Designer and run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sync_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QToolButton,
    QVBoxLayout, QWidget)

class Ui_SyncPage(object):
    def setupUi(self, sync_page):
        if not sync_page.objectName():
            sync_page.setObjectName(u"sync_page")
        self.sync_layout = QVBoxLayout(sync_page)
        self.sync_layout.setObjectName(u"sync_layout")
        self.title_label = QLabel(sync_page)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setProperty(u"role", u"page_title")

        self.sync_layout.addWidget(self.title_label)

        self.hint_label = QLabel(sync_page)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setProperty(u"role", u"hint")
        self.hint_label.setWordWrap(True)

        self.sync_layout.addWidget(self.hint_label)

        self.checklist_group = QGroupBox(sync_page)
        self.checklist_group.setObjectName(u"checklist_group")
        self.checklist_host = QVBoxLayout(self.checklist_group)
        self.checklist_host.setObjectName(u"checklist_host")

        self.sync_layout.addWidget(self.checklist_group)

        self.summary_group = QGroupBox(sync_page)
        self.summary_group.setObjectName(u"summary_group")
        self.summary_layout = QFormLayout(self.summary_group)
        self.summary_layout.setObjectName(u"summary_layout")
        self.queued_title = QLabel(self.summary_group)
        self.queued_title.setObjectName(u"queued_title")

        self.summary_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.queued_title)

        self.queued_label = QLabel(self.summary_group)
        self.queued_label.setObjectName(u"queued_label")
        self.queued_label.setWordWrap(True)

        self.summary_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.queued_label)

        self.last_export_title = QLabel(self.summary_group)
        self.last_export_title.setObjectName(u"last_export_title")

        self.summary_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.last_export_title)

        self.last_export_label = QLabel(self.summary_group)
        self.last_export_label.setObjectName(u"last_export_label")

        self.summary_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.last_export_label)

        self.hub_title = QLabel(self.summary_group)
        self.hub_title.setObjectName(u"hub_title")

        self.summary_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.hub_title)

        self.hub_label = QLabel(self.summary_group)
        self.hub_label.setObjectName(u"hub_label")
        self.hub_label.setWordWrap(True)

        self.summary_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.hub_label)


        self.sync_layout.addWidget(self.summary_group)

        self.action_buttons = QHBoxLayout()
        self.action_buttons.setObjectName(u"action_buttons")
        self.export_button = QPushButton(sync_page)
        self.export_button.setObjectName(u"export_button")
        self.export_button.setProperty(u"role", u"primary")

        self.action_buttons.addWidget(self.export_button)

        self.apply_receipt_button = QPushButton(sync_page)
        self.apply_receipt_button.setObjectName(u"apply_receipt_button")

        self.action_buttons.addWidget(self.apply_receipt_button)

        self.verify_button = QPushButton(sync_page)
        self.verify_button.setObjectName(u"verify_button")

        self.action_buttons.addWidget(self.verify_button)

        self.action_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.action_buttons.addItem(self.action_spacer)


        self.sync_layout.addLayout(self.action_buttons)

        self.export_reason_label = QLabel(sync_page)
        self.export_reason_label.setObjectName(u"export_reason_label")
        self.export_reason_label.setProperty(u"level", u"warn")
        self.export_reason_label.setWordWrap(True)

        self.sync_layout.addWidget(self.export_reason_label)

        self.result_label = QLabel(sync_page)
        self.result_label.setObjectName(u"result_label")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.sync_layout.addWidget(self.result_label)

        self.bundles_group = QGroupBox(sync_page)
        self.bundles_group.setObjectName(u"bundles_group")
        self.bundles_layout = QVBoxLayout(self.bundles_group)
        self.bundles_layout.setObjectName(u"bundles_layout")
        self.bundle_table = QTableView(self.bundles_group)
        self.bundle_table.setObjectName(u"bundle_table")
        self.bundle_table.setAlternatingRowColors(True)
        self.bundle_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.bundle_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.bundle_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.bundles_layout.addWidget(self.bundle_table)

        self.bundle_buttons = QHBoxLayout()
        self.bundle_buttons.setObjectName(u"bundle_buttons")
        self.bundle_hint_label = QLabel(self.bundles_group)
        self.bundle_hint_label.setObjectName(u"bundle_hint_label")
        self.bundle_hint_label.setProperty(u"role", u"hint")
        self.bundle_hint_label.setWordWrap(True)

        self.bundle_buttons.addWidget(self.bundle_hint_label)

        self.contents_button = QPushButton(self.bundles_group)
        self.contents_button.setObjectName(u"contents_button")

        self.bundle_buttons.addWidget(self.contents_button)

        self.bundle_buttons.setStretch(0, 1)

        self.bundles_layout.addLayout(self.bundle_buttons)


        self.sync_layout.addWidget(self.bundles_group)

        self.technical_row = QHBoxLayout()
        self.technical_row.setObjectName(u"technical_row")
        self.technical_button = QToolButton(sync_page)
        self.technical_button.setObjectName(u"technical_button")
        self.technical_button.setCheckable(True)
        self.technical_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.technical_button.setArrowType(Qt.ArrowType.RightArrow)

        self.technical_row.addWidget(self.technical_button)

        self.technical_label = QLabel(sync_page)
        self.technical_label.setObjectName(u"technical_label")
        self.technical_label.setProperty(u"role", u"hint")
        self.technical_label.setWordWrap(True)
        self.technical_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.technical_row.addWidget(self.technical_label)

        self.technical_row.setStretch(1, 1)

        self.sync_layout.addLayout(self.technical_row)

        self.sync_layout.setStretch(7, 1)

        self.retranslateUi(sync_page)

        QMetaObject.connectSlotsByName(sync_page)
    # setupUi

    def retranslateUi(self, sync_page):
        self.title_label.setText(QCoreApplication.translate("SyncPage", u"Kirim data ke Disnaker", None))
        self.hint_label.setText(QCoreApplication.translate("SyncPage", u"Perubahan yang sudah disetujui dikirim ke Disnaker (kantor kota) sebagai berkas kiriman terenkripsi di flashdisk. Setelah Disnaker memprosesnya, terapkan tanda terimanya: status peserta dan nomor KPJ diperbarui. Flashdisk hilang tidak membuat data hilang: kiriman berikutnya membawa perubahan yang sama lagi.", None))
        self.checklist_group.setTitle(QCoreApplication.translate("SyncPage", u"Persiapan (sekali saja)", None))
        self.summary_group.setTitle(QCoreApplication.translate("SyncPage", u"Keadaan", None))
        self.queued_title.setText(QCoreApplication.translate("SyncPage", u"Menunggu dikirim", None))
        self.queued_label.setText("")
        self.last_export_title.setText(QCoreApplication.translate("SyncPage", u"Kirim terakhir", None))
        self.last_export_label.setText("")
        self.hub_title.setText(QCoreApplication.translate("SyncPage", u"Disnaker (kantor kota)", None))
        self.hub_label.setText("")
        self.export_button.setText(QCoreApplication.translate("SyncPage", u"Kirim ke flashdisk\u2026", None))
        self.apply_receipt_button.setText(QCoreApplication.translate("SyncPage", u"Terapkan tanda terima\u2026", None))
        self.verify_button.setText(QCoreApplication.translate("SyncPage", u"Periksa berkas\u2026", None))
#if QT_CONFIG(tooltip)
        self.verify_button.setToolTip(QCoreApplication.translate("SyncPage", u"Periksa berkas kiriman atau tanda terima tanpa membukanya: tanda tangan, isi dan susunannya.", None))
#endif // QT_CONFIG(tooltip)
        self.export_reason_label.setText("")
        self.result_label.setText("")
        self.bundles_group.setTitle(QCoreApplication.translate("SyncPage", u"Berkas kiriman dan tanda terima", None))
        self.bundle_hint_label.setText(QCoreApplication.translate("SyncPage", u"Flashdisk berisi berkas kiriman hilang? Pilih berkasnya, lalu simpan daftar isinya untuk laporan kehilangan ke Disnaker dalam 3 x 24 jam.", None))
        self.contents_button.setText(QCoreApplication.translate("SyncPage", u"Isi berkas kiriman (laporan kehilangan)\u2026", None))
        self.technical_button.setText(QCoreApplication.translate("SyncPage", u"Rincian teknis", None))
        self.technical_label.setText("")
        pass
    # retranslateUi

