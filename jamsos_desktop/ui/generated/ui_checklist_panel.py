# Generated from forms/checklist_panel.ui by scripts/build_ui.py (pyside6-uic). DO NOT EDIT:
# change the .ui file in Qt Designer and run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'checklist_panel.ui'
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
from PySide6.QtWidgets import (QApplication, QGridLayout, QLabel, QPushButton,
    QSizePolicy, QWidget)

class Ui_ChecklistPanel(object):
    def setupUi(self, checklist_panel):
        if not checklist_panel.objectName():
            checklist_panel.setObjectName(u"checklist_panel")
        self.checklist_layout = QGridLayout(checklist_panel)
        self.checklist_layout.setObjectName(u"checklist_layout")
        self.checklist_layout.setContentsMargins(0, 0, 0, 0)
        self.office_state_label = QLabel(checklist_panel)
        self.office_state_label.setObjectName(u"office_state_label")
        self.office_state_label.setMinimumSize(QSize(22, 0))
        self.office_state_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.checklist_layout.addWidget(self.office_state_label, 0, 0, 1, 1)

        self.office_text_label = QLabel(checklist_panel)
        self.office_text_label.setObjectName(u"office_text_label")
        self.office_text_label.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.office_text_label.sizePolicy().hasHeightForWidth())
        self.office_text_label.setSizePolicy(sizePolicy)

        self.checklist_layout.addWidget(self.office_text_label, 0, 1, 1, 1)

        self.enrol_state_label = QLabel(checklist_panel)
        self.enrol_state_label.setObjectName(u"enrol_state_label")
        self.enrol_state_label.setMinimumSize(QSize(22, 0))
        self.enrol_state_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.checklist_layout.addWidget(self.enrol_state_label, 1, 0, 1, 1)

        self.enrol_text_label = QLabel(checklist_panel)
        self.enrol_text_label.setObjectName(u"enrol_text_label")
        self.enrol_text_label.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.enrol_text_label.sizePolicy().hasHeightForWidth())
        self.enrol_text_label.setSizePolicy(sizePolicy)

        self.checklist_layout.addWidget(self.enrol_text_label, 1, 1, 1, 1)

        self.enrol_button = QPushButton(checklist_panel)
        self.enrol_button.setObjectName(u"enrol_button")

        self.checklist_layout.addWidget(self.enrol_button, 1, 2, 1, 1)

        self.trust_state_label = QLabel(checklist_panel)
        self.trust_state_label.setObjectName(u"trust_state_label")
        self.trust_state_label.setMinimumSize(QSize(22, 0))
        self.trust_state_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.checklist_layout.addWidget(self.trust_state_label, 2, 0, 1, 1)

        self.trust_text_label = QLabel(checklist_panel)
        self.trust_text_label.setObjectName(u"trust_text_label")
        self.trust_text_label.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.trust_text_label.sizePolicy().hasHeightForWidth())
        self.trust_text_label.setSizePolicy(sizePolicy)

        self.checklist_layout.addWidget(self.trust_text_label, 2, 1, 1, 1)

        self.trust_button = QPushButton(checklist_panel)
        self.trust_button.setObjectName(u"trust_button")

        self.checklist_layout.addWidget(self.trust_button, 2, 2, 1, 1)

        self.next_step_label = QLabel(checklist_panel)
        self.next_step_label.setObjectName(u"next_step_label")
        self.next_step_label.setWordWrap(True)

        self.checklist_layout.addWidget(self.next_step_label, 3, 0, 1, 3)


        self.retranslateUi(checklist_panel)

        QMetaObject.connectSlotsByName(checklist_panel)
    # setupUi

    def retranslateUi(self, checklist_panel):
        self.office_state_label.setText(QCoreApplication.translate("ChecklistPanel", u"\u25cb", None))
        self.office_text_label.setText(QCoreApplication.translate("ChecklistPanel", u"Kantor disiapkan.", None))
        self.enrol_state_label.setText(QCoreApplication.translate("ChecklistPanel", u"\u25cb", None))
        self.enrol_text_label.setText(QCoreApplication.translate("ChecklistPanel", u"Daftarkan komputer ini di Disnaker: simpan berkas pendaftaran, serahkan ke Disnaker dan bacakan sidik jarinya lewat telepon.", None))
        self.enrol_button.setText(QCoreApplication.translate("ChecklistPanel", u"Simpan berkas pendaftaran\u2026", None))
        self.trust_state_label.setText(QCoreApplication.translate("ChecklistPanel", u"\u25cb", None))
        self.trust_text_label.setText(QCoreApplication.translate("ChecklistPanel", u"Percayai Disnaker: buka berkas identitas yang diberikan Disnaker dan cocokkan sidik jarinya lewat telepon.", None))
        self.trust_button.setText(QCoreApplication.translate("ChecklistPanel", u"Percayai Disnaker\u2026", None))
        self.next_step_label.setText("")
        pass
    # retranslateUi

