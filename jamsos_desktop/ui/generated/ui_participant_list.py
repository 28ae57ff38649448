# Generated from forms/participant_list.ui by scripts/build_ui.py (pyside6-uic). DO NOT EDIT:
# change the .ui file in Qt Designer and run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'participant_list.ui'
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
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_ParticipantListView(object):
    def setupUi(self, participant_list_view):
        if not participant_list_view.objectName():
            participant_list_view.setObjectName(u"participant_list_view")
        self.list_layout = QVBoxLayout(participant_list_view)
        self.list_layout.setObjectName(u"list_layout")
        self.title_row = QHBoxLayout()
        self.title_row.setObjectName(u"title_row")
        self.title_label = QLabel(participant_list_view)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setProperty(u"role", u"page_title")

        self.title_row.addWidget(self.title_label)

        self.title_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.title_row.addItem(self.title_spacer)

        self.new_button = QPushButton(participant_list_view)
        self.new_button.setObjectName(u"new_button")
        self.new_button.setProperty(u"role", u"primary")

        self.title_row.addWidget(self.new_button)


        self.list_layout.addLayout(self.title_row)

        self.search_row = QHBoxLayout()
        self.search_row.setObjectName(u"search_row")
        self.search_edit = QLineEdit(participant_list_view)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)

        self.search_row.addWidget(self.search_edit)

        self.deleted_check = QCheckBox(participant_list_view)
        self.deleted_check.setObjectName(u"deleted_check")

        self.search_row.addWidget(self.deleted_check)

        self.reset_filters_button = QPushButton(participant_list_view)
        self.reset_filters_button.setObjectName(u"reset_filters_button")

        self.search_row.addWidget(self.reset_filters_button)

        self.search_row.setStretch(0, 1)

        self.list_layout.addLayout(self.search_row)

        self.filter_row = QHBoxLayout()
        self.filter_row.setObjectName(u"filter_row")
        self.status_filter_label = QLabel(participant_list_view)
        self.status_filter_label.setObjectName(u"status_filter_label")

        self.filter_row.addWidget(self.status_filter_label)

        self.status_combo = QComboBox(participant_list_view)
        self.status_combo.setObjectName(u"status_combo")
        self.status_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.status_combo.setMinimumContentsLength(14)

        self.filter_row.addWidget(self.status_combo)

        self.category_filter_label = QLabel(participant_list_view)
        self.category_filter_label.setObjectName(u"category_filter_label")

        self.filter_row.addWidget(self.category_filter_label)

        self.category_combo = QComboBox(participant_list_view)
        self.category_combo.setObjectName(u"category_combo")
        self.category_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.category_combo.setMinimumContentsLength(18)

        self.filter_row.addWidget(self.category_combo)

        self.rt_filter_label = QLabel(participant_list_view)
        self.rt_filter_label.setObjectName(u"rt_filter_label")

        self.filter_row.addWidget(self.rt_filter_label)

        self.rt_edit = QLineEdit(participant_list_view)
        self.rt_edit.setObjectName(u"rt_edit")
        self.rt_edit.setMaximumSize(QSize(90, 16777215))

        self.filter_row.addWidget(self.rt_edit)

        self.rw_filter_label = QLabel(participant_list_view)
        self.rw_filter_label.setObjectName(u"rw_filter_label")

        self.filter_row.addWidget(self.rw_filter_label)

        self.rw_edit = QLineEdit(participant_list_view)
        self.rw_edit.setObjectName(u"rw_edit")
        self.rw_edit.setMaximumSize(QSize(90, 16777215))

        self.filter_row.addWidget(self.rw_edit)

        self.filter_spacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filter_row.addItem(self.filter_spacer)


        self.list_layout.addLayout(self.filter_row)

        self.table_view = QTableView(participant_list_view)
        self.table_view.setObjectName(u"table_view")
        self.table_view.setAlternatingRowColors(True)
        self.table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.list_layout.addWidget(self.table_view)

        self.bottom_row = QHBoxLayout()
        self.bottom_row.setObjectName(u"bottom_row")
        self.count_label = QLabel(participant_list_view)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setProperty(u"role", u"hint")

        self.bottom_row.addWidget(self.count_label)

        self.notice_label = QLabel(participant_list_view)
        self.notice_label.setObjectName(u"notice_label")
        self.notice_label.setProperty(u"level", u"ok")

        self.bottom_row.addWidget(self.notice_label)

        self.bottom_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottom_row.addItem(self.bottom_spacer)

        self.open_button = QPushButton(participant_list_view)
        self.open_button.setObjectName(u"open_button")

        self.bottom_row.addWidget(self.open_button)


        self.list_layout.addLayout(self.bottom_row)


        self.retranslateUi(participant_list_view)

        QMetaObject.connectSlotsByName(participant_list_view)
    # setupUi

    def retranslateUi(self, participant_list_view):
        self.title_label.setText(QCoreApplication.translate("ParticipantListView", u"Peserta", None))
        self.new_button.setText(QCoreApplication.translate("ParticipantListView", u"Peserta baru", None))
        self.search_edit.setPlaceholderText(QCoreApplication.translate("ParticipantListView", u"Cari nama, NIK, nomor HP atau alamat\u2026", None))
        self.deleted_check.setText(QCoreApplication.translate("ParticipantListView", u"Tampilkan yang dihapus", None))
        self.reset_filters_button.setText(QCoreApplication.translate("ParticipantListView", u"Hapus saringan", None))
        self.status_filter_label.setText(QCoreApplication.translate("ParticipantListView", u"Status", None))
        self.category_filter_label.setText(QCoreApplication.translate("ParticipantListView", u"Kategori", None))
        self.rt_filter_label.setText(QCoreApplication.translate("ParticipantListView", u"RT", None))
        self.rt_edit.setPlaceholderText(QCoreApplication.translate("ParticipantListView", u"semua", None))
        self.rw_filter_label.setText(QCoreApplication.translate("ParticipantListView", u"RW", None))
        self.rw_edit.setPlaceholderText(QCoreApplication.translate("ParticipantListView", u"semua", None))
        self.count_label.setText("")
        self.notice_label.setText("")
        self.open_button.setText(QCoreApplication.translate("ParticipantListView", u"Buka data", None))
        pass
    # retranslateUi

