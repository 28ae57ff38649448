"""How the audit viewer names the personal-data events (consent forms, data copies, purges, breach reports)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("PdpLabels", text)


def pdp_action_labels() -> dict[str, str]:
    return {
        "consent_form_print": _t("Cetak formulir persetujuan"),
        "consent_received": _t("Formulir bertanda tangan diterima"),
        "consent_cancelled": _t("Batalkan catatan formulir"),
        "data_copy": _t("Salinan data peserta"),
        "purge": _t("Musnahkan data (masa simpan)"),
        "breach_report": _t("Laporan kebocoran data"),
    }


def pdp_key_labels() -> dict[str, str]:
    return {
        "received_on": _t("Diterima tanggal"),
        "received_by": _t("Diterima oleh"),
        "revision": _t("Versi data"),
        "years": _t("Masa simpan (tahun)"),
        "cutoff": _t("Batas"),
        "participants": _t("Peserta"),
        "sealed": _t("Peristiwa disegel"),
        "seal_digest": _t("Segel"),
        "backups_removed": _t("Cadangan dihapus"),
        "scheduled": _t("Otomatis bulanan"),
        "signed_in": _t("Yang sedang masuk"),
        "dihapus_retensi": _t("Dimusnahkan karena masa simpan"),
        "incident": _t("Kejadian"),
        "people": _t("Jumlah orang"),
    }
