# Generated from forms/operators_view.ui by scripts/build_ui.py (pyside6-uic). DO NOT EDIT:
# change the .ui file in Qt Designer and run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'operators_view.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_OperatorsView(object):
    def setupUi(self, operators_view):
        if not operators_view.objectName():
            operators_view.setObjectName(u"operators_view")
        self.operators_layout = QVBoxLayout(operators_view)
        self.operators_layout.setObjectName(u"operators_layout")
        self.hint_label = QLabel(operators_view)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setProperty(u"role", u"hint")
        self.hint_label.setWordWrap(True)

        self.operators_layout.addWidget(self.hint_label)

        self.operators_table = QTableView(operators_view)
        self.operators_table.setObjectName(u"operators_table")
        self.operators_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.operators_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.operators_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.operators_table.setAlternatingRowColors(True)

        self.operators_layout.addWidget(self.operators_table)

        self.operator_buttons = QHBoxLayout()
        self.operator_buttons.setObjectName(u"operator_buttons")
        self.operator_buttons_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.operator_buttons.addItem(self.operator_buttons_spacer)

        self.reset_password_button = QPushButton(operators_view)
        self.reset_password_button.setObjectName(u"reset_password_button")

        self.operator_buttons.addWidget(self.reset_password_button)

        self.toggle_active_button = QPushButton(operators_view)
        self.toggle_active_button.setObjectName(u"toggle_active_button")

        self.operator_buttons.addWidget(self.toggle_active_button)


        self.operators_layout.addLayout(self.operator_buttons)

        self.add_group = QGroupBox(operators_view)
        self.add_group.setObjectName(u"add_group")
        self.add_outer = QVBoxLayout(self.add_group)
        self.add_outer.setObjectName(u"add_outer")
        self.add_layout = QFormLayout()
        self.add_layout.setObjectName(u"add_layout")
        self.add_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.username_label = QLabel(self.add_group)
        self.username_label.setObjectName(u"username_label")

        self.add_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.username_label)

        self.username_edit = QLineEdit(self.add_group)
        self.username_edit.setObjectName(u"username_edit")

        self.add_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username_edit)

        self.display_name_label = QLabel(self.add_group)
        self.display_name_label.setObjectName(u"display_name_label")

        self.add_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.display_name_label)

        self.display_name_edit = QLineEdit(self.add_group)
        self.display_name_edit.setObjectName(u"display_name_edit")

        self.add_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.display_name_edit)

        self.role_label = QLabel(self.add_group)
        self.role_label.setObjectName(u"role_label")

        self.add_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.role_label)

        self.role_combo = QComboBox(self.add_group)
        self.role_combo.setObjectName(u"role_combo")

        self.add_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.role_combo)

        self.password_label = QLabel(self.add_group)
        self.password_label.setObjectName(u"password_label")

        self.add_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password_edit = QLineEdit(self.add_group)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.add_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.password_edit)

        self.password_repeat_label = QLabel(self.add_group)
        self.password_repeat_label.setObjectName(u"password_repeat_label")

        self.add_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.password_repeat_label)

        self.password_repeat_edit = QLineEdit(self.add_group)
        self.password_repeat_edit.setObjectName(u"password_repeat_edit")
        self.password_repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.add_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.password_repeat_edit)


        self.add_outer.addLayout(self.add_layout)

        self.add_error_label = QLabel(self.add_group)
        self.add_error_label.setObjectName(u"add_error_label")
        self.add_error_label.setProperty(u"level", u"block")
        self.add_error_label.setWordWrap(True)

        self.add_outer.addWidget(self.add_error_label)

        self.add_buttons = QHBoxLayout()
        self.add_buttons.setObjectName(u"add_buttons")
        self.add_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.add_buttons.addItem(self.add_spacer)

        self.add_button = QPushButton(self.add_group)
        self.add_button.setObjectName(u"add_button")
        self.add_button.setProperty(u"role", u"primary")

        self.add_buttons.addWidget(self.add_button)


        self.add_outer.addLayout(self.add_buttons)


        self.operators_layout.addWidget(self.add_group)


        self.retranslateUi(operators_view)

        QMetaObject.connectSlotsByName(operators_view)
    # setupUi

    def retranslateUi(self, operators_view):
        self.hint_label.setText(QCoreApplication.translate("OperatorsView", u"Setiap petugas memakai akunnya sendiri, sehingga jejak audit mencatat siapa mengubah apa. Akun yang dinonaktifkan tidak bisa masuk, tetapi riwayatnya tetap ada.", None))
        self.reset_password_button.setText(QCoreApplication.translate("OperatorsView", u"Ganti kata sandi\u2026", None))
        self.toggle_active_button.setText(QCoreApplication.translate("OperatorsView", u"Nonaktifkan", None))
        self.add_group.setTitle(QCoreApplication.translate("OperatorsView", u"Tambah akun", None))
        self.username_label.setText(QCoreApplication.translate("OperatorsView", u"Nama pengguna", None))
        self.username_edit.setPlaceholderText(QCoreApplication.translate("OperatorsView", u"huruf kecil tanpa spasi, mis. siti.operator", None))
        self.display_name_label.setText(QCoreApplication.translate("OperatorsView", u"Nama lengkap", None))
        self.role_label.setText(QCoreApplication.translate("OperatorsView", u"Peran", None))
        self.password_label.setText(QCoreApplication.translate("OperatorsView", u"Kata sandi", None))
        self.password_repeat_label.setText(QCoreApplication.translate("OperatorsView", u"Ulangi kata sandi", None))
        self.add_error_label.setText("")
        self.add_button.setText(QCoreApplication.translate("OperatorsView", u"Tambah akun", None))
        pass
    # retranslateUi

