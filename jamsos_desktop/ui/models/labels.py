"""How codes read in the interface: participant statuses (translated like every other string)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def status_labels() -> dict[str, str]:
    """Status code -> label, in the order a record moves through them."""
    return {
        "ready": QCoreApplication.translate("status", "Menunggu persetujuan"),
        "approved": QCoreApplication.translate("status", "Disetujui"),
        "exported": QCoreApplication.translate("status", "Sudah dikirim"),
        "received": QCoreApplication.translate("status", "Diterima kota"),
        "active": QCoreApplication.translate("status", "Aktif (KPJ ada)"),
        "rejected": QCoreApplication.translate("status", "Ditolak"),
        "duplicate": QCoreApplication.translate("status", "Ganda"),
    }


def status_label(code: str) -> str:
    return status_labels().get(code, code)
