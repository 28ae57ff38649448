# Generated from forms/placeholder_page.ui by scripts/build_ui.py (pyside6-uic). DO NOT EDIT:
# change the .ui file in Qt Designer and run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'placeholder_page.ui'
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
from PySide6.QtWidgets import (QApplication, QLabel, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_PlaceholderPage(object):
    def setupUi(self, placeholder_page):
        if not placeholder_page.objectName():
            placeholder_page.setObjectName(u"placeholder_page")
        self.placeholder_layout = QVBoxLayout(placeholder_page)
        self.placeholder_layout.setObjectName(u"placeholder_layout")
        self.title_label = QLabel(placeholder_page)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setProperty(u"role", u"page_title")

        self.placeholder_layout.addWidget(self.title_label)

        self.body_label = QLabel(placeholder_page)
        self.body_label.setObjectName(u"body_label")
        self.body_label.setWordWrap(True)
        self.body_label.setTextFormat(Qt.TextFormat.RichText)

        self.placeholder_layout.addWidget(self.body_label)

        self.placeholder_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.placeholder_layout.addItem(self.placeholder_spacer)


        self.retranslateUi(placeholder_page)

        QMetaObject.connectSlotsByName(placeholder_page)
    # setupUi

    def retranslateUi(self, placeholder_page):
        self.title_label.setText("")
        self.body_label.setText("")
        pass
    # retranslateUi

