"""Sign in before the main window opens; a wrong password is refused in place.

This is the first window of the app, so it imports no storage: `auth` is anything with a `login(username,
password)` that returns the signed-in actor or raises `LoginRefused` (the sign-in service, or the app's start-up
that is still opening the office behind this window, ui/views/session/opening.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from jamsos_desktop.services.login_refusals import LoginRefused
from jamsos_desktop.ui.widgets.login_panel import LoginPanel

if TYPE_CHECKING:
    from jamsos_desktop.services.office import Actor


class SignIn(Protocol):
    def login(self, username: str, password: str) -> Actor: ...


class LoginDialog(QDialog):
    def __init__(self, auth: SignIn, *, office_name: str, hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("login_dialog")
        self.setWindowTitle(self.tr("Masuk — Jamsos Desktop"))
        self.setMinimumWidth(440)
        self._auth = auth
        self._hint = hint
        self.actor: Actor | None = None
        self.panel = LoginPanel(self)
        self.set_office_name(office_name)
        QVBoxLayout(self).addWidget(self.panel)
        self.panel.credentials_entered.connect(self.on_credentials_entered)
        self.panel.quit_requested.connect(self.reject)
        self.panel.reset()

    def set_office_name(self, office_name: str) -> None:
        """The title: the office's name (known once the office is open, or remembered from the last start)."""
        self.panel.set_texts(title=office_name or self.tr("Masuk"),
                             message=self.tr("Masuk dengan akun Anda. Setiap perubahan data tercatat atas nama "
                                             "akun yang masuk.") + (f"\n\n{self._hint}" if self._hint else ""))

    def on_credentials_entered(self, username: str, password: str) -> None:
        try:
            self.actor = self._auth.login(username, password)
        except LoginRefused as exc:
            self.panel.show_refusal(str(exc), float(getattr(exc, "wait_s", 0.0)))
            return
        self.accept()
