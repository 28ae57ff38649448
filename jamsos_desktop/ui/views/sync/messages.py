"""What a failed sync, report or backup step tells the clerk: the service's own words, or a plain stick message.

A refusal (hub not trusted, nothing to send, a bundle that fails its checks, a restore of a foreign file)
carries a message written for the clerk. Anything else is unexpected: `refusal_message` returns None and
the caller re-raises it, so the app's error hook logs it and shows its short note.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from jamsos_desktop.services.maintenance import RestoreRefused
from jamsos_desktop.services.sync import SyncProblem
from jamsos_desktop.sync.errors import SyncRefused
from jamsos_desktop.ui.errors import is_refusal, refusal_text


def refusal_message(exc: BaseException) -> str | None:
    if isinstance(exc, SyncRefused):
        return exc.message
    if isinstance(exc, (SyncProblem, RestoreRefused)) or is_refusal(exc):
        return refusal_text(exc)
    return None


def stick_message() -> str:
    """An OSError while writing to a stick: pulled out, full, or write-protected. Nothing was recorded."""
    return QCoreApplication.translate("sync", "Flashdisk terlepas atau penuh; data tidak hilang, ulangi ekspor.")


def unreadable_message(name: str, exc: OSError) -> str:
    return QCoreApplication.translate("sync", "Berkas {name} tidak bisa dibaca ({why}). Periksa flashdisk atau "
                                      "folder lalu coba lagi.").format(name=name, why=exc.strerror or exc)
