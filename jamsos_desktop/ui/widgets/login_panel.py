"""The sign-in fields, used by the login dialog and by the lock screen. Calls no service.

When a refusal says how long the next try must wait (`wait_s` on the sign-in service's LoginThrottled, raised
after too many wrong passwords), the panel holds its button with a countdown, so the clerk sees when to try
again; any other refusal is shown as it is.
"""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QTimer, Signal
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
        self._hold_until = 0.0
        self._refusal = ""
        self._hold_timer = QTimer(self, interval=250)
        self._hold_timer.timeout.connect(self._tick)

    def set_texts(self, *, title: str, message: str, quit_text: str = "") -> None:
        self.ui.title_label.setText(title)
        self.ui.message_label.setText(message)
        if quit_text:
            self.ui.quit_button.setText(quit_text)

    def show_refusal(self, text: str, wait_s: float = 0.0) -> None:
        """Say why signing in failed; with `wait_s`, hold the sign-in button until the wait is over."""
        self._refusal = text
        self.ui.error_label.setText(text)
        self.ui.error_label.show()
        self.ui.password_edit.clear()
        self.ui.password_edit.setFocus()
        if wait_s > 0:
            self._hold_until = time.monotonic() + wait_s
            self._hold_timer.start()
            self._tick()

    def holding(self) -> bool:
        return self._hold_timer.isActive()

    def _tick(self) -> None:
        left = math.ceil(self._hold_until - time.monotonic())
        if left <= 0:
            self._hold_timer.stop()
            self.ui.sign_in_button.setEnabled(True)
            self.ui.error_label.setText(self._refusal + "\n" + self.tr("Silakan coba lagi sekarang."))
            return
        self.ui.sign_in_button.setEnabled(False)
        self.ui.error_label.setText(self._refusal + "\n" + self.tr("Coba lagi dalam {n} detik.").format(n=left))

    def reset(self, username: str = "") -> None:
        self.ui.error_label.hide()
        self.ui.username_edit.setText(username)
        self.ui.password_edit.clear()
        (self.ui.password_edit if username else self.ui.username_edit).setFocus()

    def on_sign_in_clicked(self) -> None:
        if self.holding():
            return
        username = self.ui.username_edit.text().strip()
        if not username:
            self.show_refusal(self.tr("Ketik nama pengguna Anda."))
            self.ui.username_edit.setFocus()
            return
        self.credentials_entered.emit(username, self.ui.password_edit.text())
