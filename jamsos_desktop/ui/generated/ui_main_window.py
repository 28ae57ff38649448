# Generated from forms/main_window.ui by scripts/build_ui.py (pyside6-uic). DO NOT EDIT:
# change the .ui file in Qt Designer and run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QMainWindow, QMenu,
    QMenuBar, QSizePolicy, QSpacerItem, QStackedWidget,
    QStatusBar, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, main_window):
        if not main_window.objectName():
            main_window.setObjectName(u"main_window")
        main_window.resize(1280, 800)
        main_window.setWindowTitle(u"Jamsos Desktop")
        self.action_new_participant = QAction(main_window)
        self.action_new_participant.setObjectName(u"action_new_participant")
#if QT_CONFIG(shortcut)
        self.action_new_participant.setShortcut(u"Ctrl+N")
#endif // QT_CONFIG(shortcut)
        self.action_save = QAction(main_window)
        self.action_save.setObjectName(u"action_save")
#if QT_CONFIG(shortcut)
        self.action_save.setShortcut(u"Ctrl+S")
#endif // QT_CONFIG(shortcut)
        self.action_back = QAction(main_window)
        self.action_back.setObjectName(u"action_back")
#if QT_CONFIG(shortcut)
        self.action_back.setShortcut(u"Esc")
#endif // QT_CONFIG(shortcut)
        self.action_quit = QAction(main_window)
        self.action_quit.setObjectName(u"action_quit")
#if QT_CONFIG(shortcut)
        self.action_quit.setShortcut(u"Ctrl+Q")
#endif // QT_CONFIG(shortcut)
        self.action_search = QAction(main_window)
        self.action_search.setObjectName(u"action_search")
#if QT_CONFIG(shortcut)
        self.action_search.setShortcut(u"Ctrl+F")
#endif // QT_CONFIG(shortcut)
        self.action_open_selected = QAction(main_window)
        self.action_open_selected.setObjectName(u"action_open_selected")
        self.action_refresh = QAction(main_window)
        self.action_refresh.setObjectName(u"action_refresh")
#if QT_CONFIG(shortcut)
        self.action_refresh.setShortcut(u"F5")
#endif // QT_CONFIG(shortcut)
        self.action_lock = QAction(main_window)
        self.action_lock.setObjectName(u"action_lock")
        self.action_change_password = QAction(main_window)
        self.action_change_password.setObjectName(u"action_change_password")
        self.action_user_guide = QAction(main_window)
        self.action_user_guide.setObjectName(u"action_user_guide")
#if QT_CONFIG(shortcut)
        self.action_user_guide.setShortcut(u"F1")
#endif // QT_CONFIG(shortcut)
        self.action_checklist = QAction(main_window)
        self.action_checklist.setObjectName(u"action_checklist")
        self.action_about = QAction(main_window)
        self.action_about.setObjectName(u"action_about")
        self.central_widget = QWidget(main_window)
        self.central_widget.setObjectName(u"central_widget")
        self.central_layout = QVBoxLayout(self.central_widget)
        self.central_layout.setObjectName(u"central_layout")
        self.central_layout.setContentsMargins(0, 0, 0, 0)
        self.root_stack = QStackedWidget(self.central_widget)
        self.root_stack.setObjectName(u"root_stack")
        self.shell_page = QWidget()
        self.shell_page.setObjectName(u"shell_page")
        self.shell_layout = QHBoxLayout(self.shell_page)
        self.shell_layout.setSpacing(0)
        self.shell_layout.setObjectName(u"shell_layout")
        self.shell_layout.setContentsMargins(0, 0, 0, 0)
        self.nav_frame = QFrame(self.shell_page)
        self.nav_frame.setObjectName(u"nav_frame")
        self.nav_layout = QVBoxLayout(self.nav_frame)
        self.nav_layout.setSpacing(0)
        self.nav_layout.setObjectName(u"nav_layout")
        self.nav_layout.setContentsMargins(0, 0, 0, 0)
        self.nav_list = QListWidget(self.nav_frame)
        self.nav_list.setObjectName(u"nav_list")
        self.nav_list.setMinimumSize(QSize(190, 0))
        self.nav_list.setMaximumSize(QSize(230, 16777215))
        self.nav_list.setFrameShape(QFrame.Shape.NoFrame)

        self.nav_layout.addWidget(self.nav_list)

        self.who_label = QLabel(self.nav_frame)
        self.who_label.setObjectName(u"who_label")
        self.who_label.setWordWrap(True)
        self.who_label.setProperty(u"role", u"who")

        self.nav_layout.addWidget(self.who_label)


        self.shell_layout.addWidget(self.nav_frame)

        self.page_stack = QStackedWidget(self.shell_page)
        self.page_stack.setObjectName(u"page_stack")

        self.shell_layout.addWidget(self.page_stack)

        self.root_stack.addWidget(self.shell_page)
        self.lock_page = QWidget()
        self.lock_page.setObjectName(u"lock_page")
        self.lock_layout = QVBoxLayout(self.lock_page)
        self.lock_layout.setObjectName(u"lock_layout")
        self.lock_top_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.lock_layout.addItem(self.lock_top_spacer)

        self.lock_row = QHBoxLayout()
        self.lock_row.setObjectName(u"lock_row")
        self.lock_left_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.lock_row.addItem(self.lock_left_spacer)

        self.lock_frame = QFrame(self.lock_page)
        self.lock_frame.setObjectName(u"lock_frame")
        self.lock_frame.setMinimumSize(QSize(420, 0))
        self.lock_frame.setMaximumSize(QSize(560, 16777215))
        self.lock_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.lock_frame_layout = QVBoxLayout(self.lock_frame)
        self.lock_frame_layout.setObjectName(u"lock_frame_layout")

        self.lock_row.addWidget(self.lock_frame)

        self.lock_right_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.lock_row.addItem(self.lock_right_spacer)


        self.lock_layout.addLayout(self.lock_row)

        self.lock_bottom_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.lock_layout.addItem(self.lock_bottom_spacer)

        self.root_stack.addWidget(self.lock_page)

        self.central_layout.addWidget(self.root_stack)

        main_window.setCentralWidget(self.central_widget)
        self.menu_bar = QMenuBar(main_window)
        self.menu_bar.setObjectName(u"menu_bar")
        self.menu_file = QMenu(self.menu_bar)
        self.menu_file.setObjectName(u"menu_file")
        self.menu_view = QMenu(self.menu_bar)
        self.menu_view.setObjectName(u"menu_view")
        self.menu_account = QMenu(self.menu_bar)
        self.menu_account.setObjectName(u"menu_account")
        self.menu_help = QMenu(self.menu_bar)
        self.menu_help.setObjectName(u"menu_help")
        main_window.setMenuBar(self.menu_bar)
        self.status_bar = QStatusBar(main_window)
        self.status_bar.setObjectName(u"status_bar")
        main_window.setStatusBar(self.status_bar)

        self.menu_bar.addAction(self.menu_file.menuAction())
        self.menu_bar.addAction(self.menu_view.menuAction())
        self.menu_bar.addAction(self.menu_account.menuAction())
        self.menu_bar.addAction(self.menu_help.menuAction())
        self.menu_file.addAction(self.action_new_participant)
        self.menu_file.addAction(self.action_save)
        self.menu_file.addAction(self.action_back)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.action_quit)
        self.menu_view.addAction(self.action_search)
        self.menu_view.addAction(self.action_open_selected)
        self.menu_view.addAction(self.action_refresh)
        self.menu_account.addAction(self.action_lock)
        self.menu_account.addAction(self.action_change_password)
        self.menu_help.addAction(self.action_user_guide)
        self.menu_help.addAction(self.action_checklist)
        self.menu_help.addSeparator()
        self.menu_help.addAction(self.action_about)

        self.retranslateUi(main_window)

        QMetaObject.connectSlotsByName(main_window)
    # setupUi

    def retranslateUi(self, main_window):
        self.action_new_participant.setText(QCoreApplication.translate("MainWindow", u"Peserta baru", None))
        self.action_save.setText(QCoreApplication.translate("MainWindow", u"Simpan", None))
        self.action_back.setText(QCoreApplication.translate("MainWindow", u"Kembali ke daftar", None))
        self.action_quit.setText(QCoreApplication.translate("MainWindow", u"Keluar aplikasi", None))
        self.action_search.setText(QCoreApplication.translate("MainWindow", u"Cari", None))
        self.action_open_selected.setText(QCoreApplication.translate("MainWindow", u"Buka data yang dipilih	Enter", None))
        self.action_refresh.setText(QCoreApplication.translate("MainWindow", u"Muat ulang", None))
        self.action_lock.setText(QCoreApplication.translate("MainWindow", u"Kunci layar", None))
        self.action_change_password.setText(QCoreApplication.translate("MainWindow", u"Ganti kata sandi saya\u2026", None))
        self.action_user_guide.setText(QCoreApplication.translate("MainWindow", u"Panduan pemakaian", None))
        self.action_checklist.setText(QCoreApplication.translate("MainWindow", u"Daftar persiapan kantor\u2026", None))
        self.action_about.setText(QCoreApplication.translate("MainWindow", u"Tentang Jamsos Desktop", None))
        self.who_label.setText("")
        self.menu_file.setTitle(QCoreApplication.translate("MainWindow", u"&Berkas", None))
        self.menu_view.setTitle(QCoreApplication.translate("MainWindow", u"&Lihat", None))
        self.menu_account.setTitle(QCoreApplication.translate("MainWindow", u"&Akun", None))
        self.menu_help.setTitle(QCoreApplication.translate("MainWindow", u"Ba&ntuan", None))
        pass
    # retranslateUi

