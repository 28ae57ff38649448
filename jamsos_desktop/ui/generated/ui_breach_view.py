# Generated from forms/breach_view.ui by scripts/build_ui.py (pyside6-uic). DO NOT EDIT:
# change the .ui file in Qt Designer and run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'breach_view.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateTimeEdit, QFormLayout,
    QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
    QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_BreachView(object):
    def setupUi(self, breach_view):
        if not breach_view.objectName():
            breach_view.setObjectName(u"breach_view")
        self.breach_layout = QVBoxLayout(breach_view)
        self.breach_layout.setObjectName(u"breach_layout")
        self.breach_hint_label = QLabel(breach_view)
        self.breach_hint_label.setObjectName(u"breach_hint_label")
        self.breach_hint_label.setProperty(u"role", u"hint")
        self.breach_hint_label.setWordWrap(True)

        self.breach_layout.addWidget(self.breach_hint_label)

        self.incident_row = QHBoxLayout()
        self.incident_row.setObjectName(u"incident_row")
        self.bundle_radio = QRadioButton(breach_view)
        self.bundle_radio.setObjectName(u"bundle_radio")

        self.incident_row.addWidget(self.bundle_radio)

        self.backup_radio = QRadioButton(breach_view)
        self.backup_radio.setObjectName(u"backup_radio")

        self.incident_row.addWidget(self.backup_radio)

        self.pc_radio = QRadioButton(breach_view)
        self.pc_radio.setObjectName(u"pc_radio")

        self.incident_row.addWidget(self.pc_radio)

        self.incident_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.incident_row.addItem(self.incident_spacer)


        self.breach_layout.addLayout(self.incident_row)

        self.breach_form = QFormLayout()
        self.breach_form.setObjectName(u"breach_form")
        self.source_label = QLabel(breach_view)
        self.source_label.setObjectName(u"source_label")

        self.breach_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.source_label)

        self.source_combo = QComboBox(breach_view)
        self.source_combo.setObjectName(u"source_combo")

        self.breach_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.source_combo)

        self.discovered_label = QLabel(breach_view)
        self.discovered_label.setObjectName(u"discovered_label")

        self.breach_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.discovered_label)

        self.discovered_edit = QDateTimeEdit(breach_view)
        self.discovered_edit.setObjectName(u"discovered_edit")
        self.discovered_edit.setDisplayFormat(u"dd-MM-yyyy HH:mm")
        self.discovered_edit.setCalendarPopup(True)

        self.breach_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.discovered_edit)

        self.note_label = QLabel(breach_view)
        self.note_label.setObjectName(u"note_label")

        self.breach_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note_edit = QPlainTextEdit(breach_view)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setMaximumSize(QSize(16777215, 90))

        self.breach_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.note_edit)


        self.breach_layout.addLayout(self.breach_form)

        self.summary_label = QLabel(breach_view)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setText(u"")
        self.summary_label.setWordWrap(True)

        self.breach_layout.addWidget(self.summary_label)

        self.breach_buttons = QHBoxLayout()
        self.breach_buttons.setObjectName(u"breach_buttons")
        self.breach_buttons_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.breach_buttons.addItem(self.breach_buttons_spacer)

        self.report_button = QPushButton(breach_view)
        self.report_button.setObjectName(u"report_button")
        self.report_button.setProperty(u"role", u"primary")

        self.breach_buttons.addWidget(self.report_button)


        self.breach_layout.addLayout(self.breach_buttons)

        self.result_label = QLabel(breach_view)
        self.result_label.setObjectName(u"result_label")
        self.result_label.setText(u"")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.breach_layout.addWidget(self.result_label)

        self.breach_bottom_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.breach_layout.addItem(self.breach_bottom_spacer)


        self.retranslateUi(breach_view)

        QMetaObject.connectSlotsByName(breach_view)
    # setupUi

    def retranslateUi(self, breach_view):
        self.breach_hint_label.setText(QCoreApplication.translate("BreachView", u"Flashdisk, berkas cadangan atau komputer kantor hilang atau dicuri? UU PDP Pasal 46 mewajibkan pemberitahuan tertulis paling lambat 3 x 24 jam sejak diketahui. Pilih apa yang hilang: aplikasi menghitung data siapa saja yang terungkap dan menyiapkan surat untuk Disnaker, sudah bertanggal, beserta daftar orang yang terdampak.", None))
        self.bundle_radio.setText(QCoreApplication.translate("BreachView", u"Flashdisk berisi berkas kiriman", None))
        self.backup_radio.setText(QCoreApplication.translate("BreachView", u"Berkas cadangan", None))
        self.pc_radio.setText(QCoreApplication.translate("BreachView", u"Komputer kantor", None))
        self.source_label.setText(QCoreApplication.translate("BreachView", u"Yang hilang", None))
        self.discovered_label.setText(QCoreApplication.translate("BreachView", u"Diketahui pada", None))
        self.note_label.setText(QCoreApplication.translate("BreachView", u"Apa yang terjadi", None))
        self.note_edit.setPlaceholderText(QCoreApplication.translate("BreachView", u"Misalnya: tas berisi flashdisk tertinggal di angkot pukul 07.30.", None))
        self.report_button.setText(QCoreApplication.translate("BreachView", u"Buat surat pemberitahuan\u2026", None))
        pass
    # retranslateUi

