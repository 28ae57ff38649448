"""The sign-in fields, used by the login dialog and by the lock screen. Calls no service."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from jamsos_desktop.ui.generated.ui_login_panel import Ui_LoginPanel


class LoginPanel(QWidget):
    credentials_entered = Signal(str, str)  # username, password
    quit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LoginPanel()
        self.ui.setupUi(self)
        self.ui.error_label.hide()
        self.ui.sign_in_button.clicked.connect(self.on_sign_in_clicked)
        self.ui.password_edit.returnPressed.connect(self.on_sign_in_clicked)
        self.ui.username_edit.returnPressed.connect(self.ui.password_edit.setFocus)
        self.ui.quit_button.clicked.connect(self.quit_requested)

    def set_texts(self, *, title: str, message: str, quit_text: str = "") -> None:
        self.ui.title_label.setText(title)
        self.ui.message_label.setText(message)
        if quit_text:
            self.ui.quit_button.setText(quit_text)

    def show_refusal(self, text: str) -> None:
        self.ui.error_label.setText(text)
        self.ui.error_label.show()
        self.ui.password_edit.clear()
        self.ui.password_edit.setFocus()

    def reset(self, username: str = "") -> None:
        self.ui.error_label.hide()
        self.ui.username_edit.setText(username)
        self.ui.password_edit.clear()
        (self.ui.password_edit if username else self.ui.username_edit).setFocus()

    def on_sign_in_clicked(self) -> None:
        username = self.ui.username_edit.text().strip()
        if not username:
            self.show_refusal(self.tr("Ketik nama pengguna Anda."))
            self.ui.username_edit.setFocus()
            return
        self.credentials_entered.emit(username, self.ui.password_edit.text())
