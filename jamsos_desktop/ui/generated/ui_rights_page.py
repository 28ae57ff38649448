# Generated from forms/rights_page.ui by scripts/build_ui.py (pyside6-uic). DO NOT EDIT:
# change the .ui file in Qt Designer and run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rights_page.ui'
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
from PySide6.QtWidgets import (QApplication, QLabel, QSizePolicy, QTabWidget,
    QVBoxLayout, QWidget)

class Ui_RightsPage(object):
    def setupUi(self, rights_page):
        if not rights_page.objectName():
            rights_page.setObjectName(u"rights_page")
        self.rights_layout = QVBoxLayout(rights_page)
        self.rights_layout.setObjectName(u"rights_layout")
        self.title_label = QLabel(rights_page)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setProperty(u"role", u"page_title")

        self.rights_layout.addWidget(self.title_label)

        self.rights_hint_label = QLabel(rights_page)
        self.rights_hint_label.setObjectName(u"rights_hint_label")
        self.rights_hint_label.setProperty(u"role", u"hint")
        self.rights_hint_label.setWordWrap(True)

        self.rights_layout.addWidget(self.rights_hint_label)

        self.tabs = QTabWidget(rights_page)
        self.tabs.setObjectName(u"tabs")

        self.rights_layout.addWidget(self.tabs)


        self.retranslateUi(rights_page)

        QMetaObject.connectSlotsByName(rights_page)
    # setupUi

    def retranslateUi(self, rights_page):
        self.title_label.setText(QCoreApplication.translate("RightsPage", u"Hak Peserta", None))
        self.rights_hint_label.setText(QCoreApplication.translate("RightsPage", u"Hak peserta atas data pribadinya (UU No. 27 Tahun 2022): formulir persetujuan, masa simpan data, dan laporan bila data hilang atau bocor. Salinan data seorang peserta dibuat dari halaman datanya (tombol Hak peserta).", None))
        pass
    # retranslateUi

