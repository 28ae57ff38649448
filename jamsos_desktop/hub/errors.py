"""The hub's own refusals: what the operator asked cannot be done as asked; the message says why and what to do."""

from __future__ import annotations

from jamsos_desktop.domain.errors import Refused


class HubRefused(Refused):
    """Input or state refused (exit code 1 on the command line, 4xx over HTTP); `message` is Bahasa Indonesia.
    `reason` is the hub's name for its `code`."""

    def __init__(self, message: str, *, reason: str = "refused") -> None:
        super().__init__(message, code=reason)
        self.reason = reason


class NotInitialised(HubRefused):
    """The hub has no keys yet."""

    def __init__(self) -> None:
        super().__init__("Hub belum disiapkan: jalankan dulu 'jamsos-hub init'.", reason="not_initialised")


UNAUTHENTICATED = ("Permintaan ini tidak ditandatangani oleh perangkat kantor yang terdaftar, sehingga ditolak. "
                   "Aplikasi Jamsos versi lama tidak menandatangani permintaan: perbarui aplikasi kantor, atau kirim "
                   "dan ambil tanda terima lewat flashdisk.")


def unauthenticated(detail: str = "") -> HubRefused:
    """An HTTP request (or unsigned upload) not proven to come from an active enrolled office: 401."""
    return HubRefused(UNAUTHENTICATED + (f" ({detail})" if detail else ""), reason="unauthenticated")
