"""Sign in before the main window opens; a wrong password is refused in place."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from jamsos_desktop.services.auth import AuthService, LoginRefused
from jamsos_desktop.services.office import Actor
from jamsos_desktop.ui.widgets.login_panel import LoginPanel


class LoginDialog(QDialog):
    def __init__(self, auth: AuthService, *, office_name: str, hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("login_dialog")
        self.setWindowTitle(self.tr("Masuk — Jamsos Desktop"))
        self.setMinimumWidth(440)
        self._auth = auth
        self.actor: Actor | None = None
        self.panel = LoginPanel(self)
        self.panel.set_texts(title=office_name or self.tr("Masuk"),
                             message=self.tr("Masuk dengan akun Anda. Setiap perubahan data tercatat atas nama "
                                             "akun yang masuk.") + (f"\n\n{hint}" if hint else ""))
        QVBoxLayout(self).addWidget(self.panel)
        self.panel.credentials_entered.connect(self.on_credentials_entered)
        self.panel.quit_requested.connect(self.reject)
        self.panel.reset()

    def on_credentials_entered(self, username: str, password: str) -> None:
        try:
            self.actor = self._auth.login(username, password)
        except LoginRefused as exc:
            self.panel.show_refusal(str(exc), float(getattr(exc, "wait_s", 0.0)))
            return
        self.accept()
