# Generated from forms/consent_received_dialog.ui by scripts/build_ui.py (pyside6-uic). DO NOT EDIT:
# change the .ui file in Qt Designer and run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'consent_received_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QDialog,
    QFormLayout, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ConsentReceivedDialog(object):
    def setupUi(self, consent_received_dialog):
        if not consent_received_dialog.objectName():
            consent_received_dialog.setObjectName(u"consent_received_dialog")
        consent_received_dialog.setMinimumSize(QSize(440, 0))
        self.received_layout = QVBoxLayout(consent_received_dialog)
        self.received_layout.setObjectName(u"received_layout")
        self.question_label = QLabel(consent_received_dialog)
        self.question_label.setObjectName(u"question_label")
        self.question_label.setText(u"")
        self.question_label.setWordWrap(True)

        self.received_layout.addWidget(self.question_label)

        self.received_form = QFormLayout()
        self.received_form.setObjectName(u"received_form")
        self.date_label = QLabel(consent_received_dialog)
        self.date_label.setObjectName(u"date_label")

        self.received_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.date_label)

        self.date_edit = QDateEdit(consent_received_dialog)
        self.date_edit.setObjectName(u"date_edit")
        self.date_edit.setDisplayFormat(u"dd-MM-yyyy")
        self.date_edit.setCalendarPopup(True)

        self.received_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.date_edit)

        self.receiver_label = QLabel(consent_received_dialog)
        self.receiver_label.setObjectName(u"receiver_label")

        self.received_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.receiver_label)

        self.receiver_combo = QComboBox(consent_received_dialog)
        self.receiver_combo.setObjectName(u"receiver_combo")

        self.received_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.receiver_combo)


        self.received_layout.addLayout(self.received_form)

        self.error_label = QLabel(consent_received_dialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setText(u"")
        self.error_label.setProperty(u"level", u"block")
        self.error_label.setWordWrap(True)

        self.received_layout.addWidget(self.error_label)

        self.received_buttons = QHBoxLayout()
        self.received_buttons.setObjectName(u"received_buttons")
        self.received_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.received_buttons.addItem(self.received_spacer)

        self.cancel_button = QPushButton(consent_received_dialog)
        self.cancel_button.setObjectName(u"cancel_button")

        self.received_buttons.addWidget(self.cancel_button)

        self.ok_button = QPushButton(consent_received_dialog)
        self.ok_button.setObjectName(u"ok_button")
        self.ok_button.setProperty(u"role", u"primary")

        self.received_buttons.addWidget(self.ok_button)


        self.received_layout.addLayout(self.received_buttons)


        self.retranslateUi(consent_received_dialog)

        QMetaObject.connectSlotsByName(consent_received_dialog)
    # setupUi

    def retranslateUi(self, consent_received_dialog):
        consent_received_dialog.setWindowTitle(QCoreApplication.translate("ConsentReceivedDialog", u"Formulir bertanda tangan diterima", None))
        self.date_label.setText(QCoreApplication.translate("ConsentReceivedDialog", u"Diterima tanggal", None))
        self.receiver_label.setText(QCoreApplication.translate("ConsentReceivedDialog", u"Diterima oleh", None))
        self.cancel_button.setText(QCoreApplication.translate("ConsentReceivedDialog", u"Batal", None))
        self.ok_button.setText(QCoreApplication.translate("ConsentReceivedDialog", u"Catat", None))
    # retranslateUi

