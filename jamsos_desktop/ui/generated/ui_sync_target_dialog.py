# Generated from forms/sync_target_dialog.ui by scripts/build_ui.py (pyside6-uic). DO NOT EDIT:
# change the .ui file in Qt Designer and run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sync_target_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_SyncTargetDialog(object):
    def setupUi(self, sync_target_dialog):
        if not sync_target_dialog.objectName():
            sync_target_dialog.setObjectName(u"sync_target_dialog")
        sync_target_dialog.setMinimumSize(QSize(520, 320))
        self.target_layout = QVBoxLayout(sync_target_dialog)
        self.target_layout.setObjectName(u"target_layout")
        self.question_label = QLabel(sync_target_dialog)
        self.question_label.setObjectName(u"question_label")
        self.question_label.setWordWrap(True)

        self.target_layout.addWidget(self.question_label)

        self.volume_list = QListWidget(sync_target_dialog)
        self.volume_list.setObjectName(u"volume_list")
        self.volume_list.setAlternatingRowColors(True)

        self.target_layout.addWidget(self.volume_list)

        self.empty_label = QLabel(sync_target_dialog)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setProperty(u"role", u"hint")
        self.empty_label.setWordWrap(True)

        self.target_layout.addWidget(self.empty_label)

        self.target_buttons = QHBoxLayout()
        self.target_buttons.setObjectName(u"target_buttons")
        self.refresh_button = QPushButton(sync_target_dialog)
        self.refresh_button.setObjectName(u"refresh_button")

        self.target_buttons.addWidget(self.refresh_button)

        self.other_folder_button = QPushButton(sync_target_dialog)
        self.other_folder_button.setObjectName(u"other_folder_button")

        self.target_buttons.addWidget(self.other_folder_button)

        self.target_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.target_buttons.addItem(self.target_spacer)

        self.cancel_button = QPushButton(sync_target_dialog)
        self.cancel_button.setObjectName(u"cancel_button")

        self.target_buttons.addWidget(self.cancel_button)

        self.choose_button = QPushButton(sync_target_dialog)
        self.choose_button.setObjectName(u"choose_button")
        self.choose_button.setProperty(u"role", u"primary")

        self.target_buttons.addWidget(self.choose_button)


        self.target_layout.addLayout(self.target_buttons)


        self.retranslateUi(sync_target_dialog)

        self.choose_button.setDefault(True)


        QMetaObject.connectSlotsByName(sync_target_dialog)
    # setupUi

    def retranslateUi(self, sync_target_dialog):
        sync_target_dialog.setWindowTitle(QCoreApplication.translate("SyncTargetDialog", u"Pilih flashdisk", None))
        self.question_label.setText("")
        self.empty_label.setText(QCoreApplication.translate("SyncTargetDialog", u"Tidak ada flashdisk yang terbaca. Pasang flashdisk lalu klik Muat ulang, atau pilih folder lain.", None))
        self.refresh_button.setText(QCoreApplication.translate("SyncTargetDialog", u"Muat ulang", None))
        self.other_folder_button.setText(QCoreApplication.translate("SyncTargetDialog", u"Pilih folder lain\u2026", None))
        self.cancel_button.setText(QCoreApplication.translate("SyncTargetDialog", u"Batal", None))
        self.choose_button.setText(QCoreApplication.translate("SyncTargetDialog", u"Simpan di sini", None))
    # retranslateUi

