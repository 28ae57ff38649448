# Generated from forms/reason_dialog.ui by scripts/build_ui.py (pyside6-uic). DO NOT EDIT:
# change the .ui file in Qt Designer and run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reason_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QHBoxLayout,
    QLabel, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_ReasonDialog(object):
    def setupUi(self, reason_dialog):
        if not reason_dialog.objectName():
            reason_dialog.setObjectName(u"reason_dialog")
        reason_dialog.setMinimumSize(QSize(460, 0))
        self.reason_layout = QVBoxLayout(reason_dialog)
        self.reason_layout.setObjectName(u"reason_layout")
        self.question_label = QLabel(reason_dialog)
        self.question_label.setObjectName(u"question_label")
        self.question_label.setWordWrap(True)

        self.reason_layout.addWidget(self.question_label)

        self.reason_combo = QComboBox(reason_dialog)
        self.reason_combo.setObjectName(u"reason_combo")

        self.reason_layout.addWidget(self.reason_combo)

        self.reason_edit = QPlainTextEdit(reason_dialog)
        self.reason_edit.setObjectName(u"reason_edit")
        self.reason_edit.setMaximumSize(QSize(16777215, 100))

        self.reason_layout.addWidget(self.reason_edit)

        self.error_label = QLabel(reason_dialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setProperty(u"level", u"block")
        self.error_label.setWordWrap(True)

        self.reason_layout.addWidget(self.error_label)

        self.reason_buttons = QHBoxLayout()
        self.reason_buttons.setObjectName(u"reason_buttons")
        self.reason_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reason_buttons.addItem(self.reason_spacer)

        self.cancel_button = QPushButton(reason_dialog)
        self.cancel_button.setObjectName(u"cancel_button")

        self.reason_buttons.addWidget(self.cancel_button)

        self.ok_button = QPushButton(reason_dialog)
        self.ok_button.setObjectName(u"ok_button")
        self.ok_button.setProperty(u"role", u"primary")

        self.reason_buttons.addWidget(self.ok_button)


        self.reason_layout.addLayout(self.reason_buttons)


        self.retranslateUi(reason_dialog)

        self.ok_button.setDefault(True)


        QMetaObject.connectSlotsByName(reason_dialog)
    # setupUi

    def retranslateUi(self, reason_dialog):
        reason_dialog.setWindowTitle(QCoreApplication.translate("ReasonDialog", u"Alasan", None))
        self.question_label.setText("")
        self.reason_edit.setPlaceholderText(QCoreApplication.translate("ReasonDialog", u"Tulis alasannya\u2026", None))
        self.error_label.setText("")
        self.cancel_button.setText(QCoreApplication.translate("ReasonDialog", u"Batal", None))
        self.ok_button.setText(QCoreApplication.translate("ReasonDialog", u"OK", None))
    # retranslateUi

