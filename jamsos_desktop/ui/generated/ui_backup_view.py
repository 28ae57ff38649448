# Generated from forms/backup_view.ui by scripts/build_ui.py (pyside6-uic). DO NOT EDIT:
# change the .ui file in Qt Designer and run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'backup_view.ui'
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
from PySide6.QtWidgets import (QApplication, QGroupBox, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_BackupView(object):
    def setupUi(self, backup_view):
        if not backup_view.objectName():
            backup_view.setObjectName(u"backup_view")
        self.backup_layout = QVBoxLayout(backup_view)
        self.backup_layout.setObjectName(u"backup_layout")
        self.backup_group = QGroupBox(backup_view)
        self.backup_group.setObjectName(u"backup_group")
        self.backup_group_layout = QVBoxLayout(self.backup_group)
        self.backup_group_layout.setObjectName(u"backup_group_layout")
        self.backup_hint_label = QLabel(self.backup_group)
        self.backup_hint_label.setObjectName(u"backup_hint_label")
        self.backup_hint_label.setProperty(u"role", u"hint")
        self.backup_hint_label.setWordWrap(True)

        self.backup_group_layout.addWidget(self.backup_hint_label)

        self.last_backup_label = QLabel(self.backup_group)
        self.last_backup_label.setObjectName(u"last_backup_label")
        self.last_backup_label.setWordWrap(True)

        self.backup_group_layout.addWidget(self.last_backup_label)

        self.backup_buttons = QHBoxLayout()
        self.backup_buttons.setObjectName(u"backup_buttons")
        self.backup_button = QPushButton(self.backup_group)
        self.backup_button.setObjectName(u"backup_button")
        self.backup_button.setProperty(u"role", u"primary")

        self.backup_buttons.addWidget(self.backup_button)

        self.backup_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.backup_buttons.addItem(self.backup_spacer)


        self.backup_group_layout.addLayout(self.backup_buttons)


        self.backup_layout.addWidget(self.backup_group)

        self.restore_group = QGroupBox(backup_view)
        self.restore_group.setObjectName(u"restore_group")
        self.restore_group_layout = QVBoxLayout(self.restore_group)
        self.restore_group_layout.setObjectName(u"restore_group_layout")
        self.restore_hint_label = QLabel(self.restore_group)
        self.restore_hint_label.setObjectName(u"restore_hint_label")
        self.restore_hint_label.setProperty(u"role", u"hint")
        self.restore_hint_label.setWordWrap(True)

        self.restore_group_layout.addWidget(self.restore_hint_label)

        self.restore_buttons = QHBoxLayout()
        self.restore_buttons.setObjectName(u"restore_buttons")
        self.restore_button = QPushButton(self.restore_group)
        self.restore_button.setObjectName(u"restore_button")

        self.restore_buttons.addWidget(self.restore_button)

        self.restore_permission_label = QLabel(self.restore_group)
        self.restore_permission_label.setObjectName(u"restore_permission_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.restore_permission_label.sizePolicy().hasHeightForWidth())
        self.restore_permission_label.setSizePolicy(sizePolicy)
        self.restore_permission_label.setText(u"")
        self.restore_permission_label.setProperty(u"role", u"hint")
        self.restore_permission_label.setWordWrap(True)

        self.restore_buttons.addWidget(self.restore_permission_label)

        self.restore_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.restore_buttons.addItem(self.restore_spacer)


        self.restore_group_layout.addLayout(self.restore_buttons)


        self.backup_layout.addWidget(self.restore_group)

        self.result_label = QLabel(backup_view)
        self.result_label.setObjectName(u"result_label")
        self.result_label.setText(u"")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.backup_layout.addWidget(self.result_label)

        self.backup_bottom_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.backup_layout.addItem(self.backup_bottom_spacer)


        self.retranslateUi(backup_view)

        QMetaObject.connectSlotsByName(backup_view)
    # setupUi

    def retranslateUi(self, backup_view):
        self.backup_group.setTitle(QCoreApplication.translate("BackupView", u"Buat cadangan", None))
        self.backup_hint_label.setText(QCoreApplication.translate("BackupView", u"Simpan salinan seluruh data kantor ke flashdisk atau folder lain, misalnya setiap akhir pekan, dan simpan flashdisk itu di tempat aman. Aplikasi juga membuat cadangan otomatis setiap kali dibuka (folder backups di folder data).", None))
        self.last_backup_label.setText("")
        self.backup_button.setText(QCoreApplication.translate("BackupView", u"Buat cadangan\u2026", None))
        self.restore_group.setTitle(QCoreApplication.translate("BackupView", u"Pulihkan dari cadangan", None))
        self.restore_hint_label.setText(QCoreApplication.translate("BackupView", u"Mengganti SEMUA data kantor dengan isi berkas cadangan. Data yang ada sekarang disimpan dulu sebagai cadangan otomatis. Setelah pemulihan, aplikasi ditutup dan harus dibuka lagi.", None))
        self.restore_button.setText(QCoreApplication.translate("BackupView", u"Pulihkan dari cadangan\u2026", None))
        pass
    # retranslateUi

