# Generated from forms/login_panel.ui by scripts/build_ui.py (pyside6-uic). DO NOT EDIT:
# change the .ui file in Qt Designer and run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'login_panel.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_LoginPanel(object):
    def setupUi(self, login_panel):
        if not login_panel.objectName():
            login_panel.setObjectName(u"login_panel")
        self.login_layout = QVBoxLayout(login_panel)
        self.login_layout.setObjectName(u"login_layout")
        self.title_label = QLabel(login_panel)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setProperty(u"role", u"page_title")

        self.login_layout.addWidget(self.title_label)

        self.message_label = QLabel(login_panel)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setProperty(u"role", u"hint")
        self.message_label.setWordWrap(True)

        self.login_layout.addWidget(self.message_label)

        self.credentials_layout = QFormLayout()
        self.credentials_layout.setObjectName(u"credentials_layout")
        self.credentials_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.username_label = QLabel(login_panel)
        self.username_label.setObjectName(u"username_label")

        self.credentials_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.username_label)

        self.username_edit = QLineEdit(login_panel)
        self.username_edit.setObjectName(u"username_edit")

        self.credentials_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username_edit)

        self.password_label = QLabel(login_panel)
        self.password_label.setObjectName(u"password_label")

        self.credentials_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password_edit = QLineEdit(login_panel)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.credentials_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.password_edit)


        self.login_layout.addLayout(self.credentials_layout)

        self.error_label = QLabel(login_panel)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setProperty(u"level", u"block")
        self.error_label.setWordWrap(True)

        self.login_layout.addWidget(self.error_label)

        self.login_buttons = QHBoxLayout()
        self.login_buttons.setObjectName(u"login_buttons")
        self.login_buttons_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.login_buttons.addItem(self.login_buttons_spacer)

        self.quit_button = QPushButton(login_panel)
        self.quit_button.setObjectName(u"quit_button")

        self.login_buttons.addWidget(self.quit_button)

        self.sign_in_button = QPushButton(login_panel)
        self.sign_in_button.setObjectName(u"sign_in_button")
        self.sign_in_button.setProperty(u"role", u"primary")

        self.login_buttons.addWidget(self.sign_in_button)


        self.login_layout.addLayout(self.login_buttons)


        self.retranslateUi(login_panel)

        self.sign_in_button.setDefault(True)


        QMetaObject.connectSlotsByName(login_panel)
    # setupUi

    def retranslateUi(self, login_panel):
        self.title_label.setText(QCoreApplication.translate("LoginPanel", u"Masuk", None))
        self.message_label.setText(QCoreApplication.translate("LoginPanel", u"Masuk dengan akun operator Anda.", None))
        self.username_label.setText(QCoreApplication.translate("LoginPanel", u"Nama pengguna", None))
        self.username_edit.setPlaceholderText(QCoreApplication.translate("LoginPanel", u"mis. operator", None))
        self.password_label.setText(QCoreApplication.translate("LoginPanel", u"Kata sandi", None))
        self.error_label.setText("")
        self.quit_button.setText(QCoreApplication.translate("LoginPanel", u"Keluar aplikasi", None))
        self.sign_in_button.setText(QCoreApplication.translate("LoginPanel", u"Masuk", None))
        pass
    # retranslateUi

