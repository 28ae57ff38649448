"""How status codes read in the interface: domain/statuses.py's wording, translated like every other string.

The wording itself lives in the domain only; the QT_TRANSLATE_NOOP lists below just let lupdate collect it
for the .ts files (a test checks they are exactly the domain's labels).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from jamsos_desktop.domain.statuses import STATUS_LABELS, STATUS_SHORT_LABELS, STATUSES

FOR_LUPDATE = (
    QT_TRANSLATE_NOOP("status", "Menunggu persetujuan"), QT_TRANSLATE_NOOP("status", "Disetujui"),
    QT_TRANSLATE_NOOP("status", "Sudah dikirim"), QT_TRANSLATE_NOOP("status", "Diterima kota"),
    QT_TRANSLATE_NOOP("status", "Aktif (KPJ ada)"), QT_TRANSLATE_NOOP("status", "Ditolak"),
    QT_TRANSLATE_NOOP("status", "Ganda"),
)
SHORT_FOR_LUPDATE = (
    QT_TRANSLATE_NOOP("status_short", "Menunggu"), QT_TRANSLATE_NOOP("status_short", "Disetujui"),
    QT_TRANSLATE_NOOP("status_short", "Dikirim"), QT_TRANSLATE_NOOP("status_short", "Diterima"),
    QT_TRANSLATE_NOOP("status_short", "Aktif"), QT_TRANSLATE_NOOP("status_short", "Ditolak"),
    QT_TRANSLATE_NOOP("status_short", "Ganda"),
)


def status_labels() -> dict[str, str]:
    """Status code -> label, in the order a record moves through them."""
    return {code: QCoreApplication.translate("status", STATUS_LABELS[code]) for code in STATUSES}


def short_status_labels() -> dict[str, str]:
    """Status code -> short label, for narrow columns."""
    return {code: QCoreApplication.translate("status_short", STATUS_SHORT_LABELS[code]) for code in STATUSES}


def status_label(code: str) -> str:
    return status_labels().get(code, code)
