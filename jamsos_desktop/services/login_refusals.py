"""Why a sign-in was refused, in a module that imports no storage: the desktop's sign-in window shows these
before the database layer has even been imported (issue 18: the login window paints first)."""

from __future__ import annotations

from jamsos_desktop.domain.errors import Refused


class LoginRefused(Refused):
    code = "login"


class LoginThrottled(LoginRefused):
    code = "login_throttled"

    def __init__(self, wait_s: float) -> None:
        self.wait_s = wait_s
        wait = f"{int(wait_s) + 1} detik" if wait_s < 90 else f"{int(wait_s // 60) + 1} menit"
        super().__init__(f"Terlalu banyak percobaan masuk dengan kata sandi salah. Tunggu {wait} lalu coba lagi; "
                         "bila lupa kata sandi, minta admin menggantinya.")
