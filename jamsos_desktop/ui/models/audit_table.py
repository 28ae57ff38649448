"""One page of the audit trail as a read-only table model, and its details JSON in words a supervisor reads.

`describe_details()` turns the stored JSON into lines: a correction shows each changed field as
"Nama lengkap: BUDI → BUDI SANTOSO", a setting change "old → new", anything else "label: value", with codes
(statuses, roles, reasons) in words. People are named (participants by name, operators by their full name);
the ids stay in the tooltip and in the details' "Rincian teknis". Times are this PC's (WIB in Batam).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from jamsos_desktop.domain.record import DELETE_REASONS, FIELD_LABELS
from jamsos_desktop.domain.roles import ROLE_LABELS
from jamsos_desktop.ui.models.labels import status_label
from jamsos_desktop.ui.models.list_table import ListTableModel
from jamsos_desktop.ui.models.pdp_labels import pdp_action_labels, pdp_key_labels
from jamsos_desktop.ui.models.time_text import local_time

Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate
COLUMNS = ("id", "at", "operator", "action", "entity", "details")
SUMMARY_CHARS = 140
ARROW = " → "


def setting_labels() -> dict[str, str]:
    return {
        "approval.required": translate("AuditTableModel", "persetujuan supervisor"),
        "session.autolock_minutes": translate("AuditTableModel", "kunci layar otomatis"),
        "sync.hub_url": translate("AuditTableModel", "alamat Disnaker (internet)"),
        "cards.valid_years": translate("AuditTableModel", "masa berlaku kartu"),
        "pdp.retention_years": translate("AuditTableModel", "masa simpan data"),
        "pdp.contact": translate("AuditTableModel", "kontak PPDP di formulir"),
    }


class AuditRow(Protocol):
    id: int | None
    at: Any
    operator: str
    action: str
    entity: str
    entity_id: str
    details: str


def action_labels() -> dict[str, str]:
    return {
        "create": translate("AuditTableModel", "Daftar baru"),
        "update": translate("AuditTableModel", "Ubah data"),
        "delete": translate("AuditTableModel", "Hapus data"),
        "approve": translate("AuditTableModel", "Setujui"),
        "reject": translate("AuditTableModel", "Tolak"),
        "view": translate("AuditTableModel", "Buka data"),
        "print": translate("AuditTableModel", "Cetak kartu"),
        "reprint": translate("AuditTableModel", "Cetak ulang kartu"),
        "export": translate("AuditTableModel", "Kirim berkas kiriman"),
        "receipt_apply": translate("AuditTableModel", "Terapkan tanda terima"),
        "import_file": translate("AuditTableModel", "Impor berkas"),
        "export_xlsx": translate("AuditTableModel", "Ekspor Excel"),
        "login": translate("AuditTableModel", "Masuk"),
        "login_failed": translate("AuditTableModel", "Gagal masuk"),
        "logout": translate("AuditTableModel", "Keluar"),
        "operator_create": translate("AuditTableModel", "Tambah akun"),
        "operator_enable": translate("AuditTableModel", "Aktifkan akun"),
        "operator_disable": translate("AuditTableModel", "Nonaktifkan akun"),
        "password_change": translate("AuditTableModel", "Ganti kata sandi"),
        "setting_change": translate("AuditTableModel", "Ubah pengaturan"),
        "init": translate("AuditTableModel", "Pengaturan awal"),
        "trust_hub": translate("AuditTableModel", "Percayai Disnaker"),
        "backup": translate("AuditTableModel", "Buat cadangan"),
        "restore": translate("AuditTableModel", "Pulihkan cadangan"),
        "report_export": translate("AuditTableModel", "Simpan rekap"),
        **pdp_action_labels(),
        "bundle_contents_export": translate("AuditTableModel", "Laporan isi berkas kiriman"),
        "import": translate("AuditTableModel", "Daftar baru (impor Excel)"),
        "password_rehash": translate("AuditTableModel", "Perbarui sandi tersimpan"),
        "revoke": translate("AuditTableModel", "Cabut kartu"),
        "card_revoke": translate("AuditTableModel", "Cabut kartu"),
        "receipt_ack": translate("AuditTableModel", "Konfirmasi tanda terima"),
        "sync": translate("AuditTableModel", "Kirim lewat internet"),
        "enrolment_saved": translate("AuditTableModel", "Simpan berkas pendaftaran perangkat"),
    }


def action_label(action: str) -> str:
    """The action in words; one this version does not know yet reads as its code without underscores."""
    return action_labels().get(action, action.replace("_", " "))


def _key_labels() -> dict[str, str]:
    return {
        "reason": translate("AuditTableModel", "Alasan"),
        "nik": "NIK",
        "status": translate("AuditTableModel", "Status"),
        "file": translate("AuditTableModel", "Berkas"),
        "records": translate("AuditTableModel", "Jumlah data"),
        "destination": translate("AuditTableModel", "Tujuan"),
        "seq_from": translate("AuditTableModel", "Dari nomor"),
        "seq_to": translate("AuditTableModel", "Sampai nomor"),
        "accepted": translate("AuditTableModel", "Diterima"),
        "rejected": translate("AuditTableModel", "Ditolak"),
        "duplicate": translate("AuditTableModel", "Ganda"),
        "kpj": translate("AuditTableModel", "Nomor KPJ"),
        "role": translate("AuditTableModel", "Peran"),
        "fingerprint": translate("AuditTableModel", "Sidik jari"),
        "name": translate("AuditTableModel", "Nama"),
        "serial": translate("AuditTableModel", "Nomor seri kartu"),
        "reprint": translate("AuditTableModel", "Cetak ulang ke"),
        "device_id": translate("AuditTableModel", "ID perangkat"),
        "restored_at": translate("AuditTableModel", "Dipulihkan pada"),
        "add": translate("AuditTableModel", "Ditambahkan"),
        "blank": translate("AuditTableModel", "Baris kosong"),
        "refused": translate("AuditTableModel", "Ditolak"),
        "throttled": translate("AuditTableModel", "Ditahan (terlalu banyak percobaan)"),
        "renumbered_changes": translate("AuditTableModel", "Perubahan dinomori ulang"),
        "revoked": translate("AuditTableModel", "Kartu lama dicabut"),
        "scheme": translate("AuditTableModel", "Cara penyimpanan"),
        "provisional": translate("AuditTableModel", "Sementara"),
        **pdp_key_labels(),
    }


def _word(key: str, value: Any) -> Any:
    """Codes in words: statuses, roles, delete reasons, yes/no."""
    if isinstance(value, bool):
        return translate("AuditTableModel", "ya") if value else translate("AuditTableModel", "tidak")
    if key == "status" and isinstance(value, str):
        return status_label(value)
    if key == "role" and isinstance(value, str):
        return ROLE_LABELS.get(value, value)  # type: ignore[call-overload]
    if key == "reason" and isinstance(value, str):
        return DELETE_REASONS.get(value, value)
    return value


def _value(value: Any) -> str:
    if value is None or value == "" or value == []:
        return translate("AuditTableModel", "(kosong)")
    if isinstance(value, list):
        if all(isinstance(v, dict) for v in value):  # beneficiaries
            return ", ".join(
                str(v.get("name") or "?") + (f" ({v['relationship']})" if v.get("relationship") else "") for v in value
            )
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def describe_details(details: str, *, entity_id: str = "") -> list[str]:
    """Readable lines for one event's details JSON (its raw text when it is not JSON)."""
    try:
        data = json.loads(details or "{}")
    except ValueError:
        return [details]
    if not isinstance(data, dict):
        return [_value(data)]
    changed = data.get("changed")
    if isinstance(changed, dict):
        lines = []
        for field, change in changed.items():
            label = FIELD_LABELS.get(field, field)
            if isinstance(change, dict) and {"old", "new"} <= set(change):
                lines.append(f"{label}: {_value(change['old'])}{ARROW}{_value(change['new'])}")
            else:
                lines.append(f"{label}: {_value(change)}")
        return lines
    if {"old", "new"} <= set(data):
        value_word = translate("AuditTableModel", "Nilai")
        label = setting_labels().get(entity_id, entity_id or value_word)
        return [f"{label}: {_value(data['old'])}{ARROW}{_value(data['new'])}"]
    labels = _key_labels()
    return [f"{labels.get(key, key.replace('_', ' '))}: {_value(_word(key, value))}" for key, value in data.items()]


def subject(entity: str, entity_id: str, *, full: bool = False, name: str = "") -> str:
    """What the event was about: 'Peserta BUDI SANTOSO' (the id only when no name is known, short unless
    `full`), 'Akun siti', a setting key."""
    shown = name or (entity_id if full or len(entity_id) <= 12 else entity_id[:8])
    names = {
        "participant": translate("AuditTableModel", "Peserta"),
        "bundle": translate("AuditTableModel", "Berkas kiriman"),
        "operator": translate("AuditTableModel", "Akun"),
        "setting": translate("AuditTableModel", "Pengaturan"),
        "hub": translate("AuditTableModel", "Disnaker"),
        "database": translate("AuditTableModel", "Basis data"),
        "report": translate("AuditTableModel", "Laporan"),
        "office": translate("AuditTableModel", "Kantor"),
        "file": translate("AuditTableModel", "Berkas"),
        "retention": translate("AuditTableModel", "Masa simpan"),
    }
    if entity == "setting":
        shown = setting_labels().get(entity_id, entity_id)
    if entity in ("bundle", "hub") and not full:
        shown = ""  # a bundle or hub id means nothing to a supervisor: it is in the tooltip and the details
    return f"{names.get(entity, entity)} {shown}".strip()


class AuditTableModel(ListTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AuditRow] = []
        self._summaries: list[str] = []
        self._participant_names: dict[str, str] = {}
        self._operator_names: dict[str, str] = {}
        self._headers = [
            translate("AuditTableModel", "No."),
            translate("AuditTableModel", "Waktu"),
            translate("AuditTableModel", "Operator"),
            translate("AuditTableModel", "Tindakan"),
            translate("AuditTableModel", "Data"),
            translate("AuditTableModel", "Rincian"),
        ]

    def set_events(self, events: Sequence[AuditRow], *, participant_names: dict[str, str] | None = None,
                   operator_names: dict[str, str] | None = None) -> None:
        self.beginResetModel()
        self._rows = list(events)
        self._participant_names = participant_names or {}
        self._operator_names = operator_names or {}
        self._summaries = ["; ".join(describe_details(e.details, entity_id=e.entity_id)) for e in self._rows]
        self.endResetModel()

    def audit_event(self, row: int) -> AuditRow:
        return self._rows[row]

    def operator_text(self, username: str) -> str:
        name = self._operator_names.get(username)
        return f"{name} ({username})" if name and name != username else username

    def subject_text(self, row: int, *, full: bool = False) -> str:
        ev = self._rows[row]
        name = self._participant_names.get(ev.entity_id, "") if ev.entity == "participant" else ""
        return subject(ev.entity, ev.entity_id, full=full, name=name)

    def details_lines(self, row: int) -> list[str]:
        ev = self._rows[row]
        return describe_details(ev.details, entity_id=ev.entity_id)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        ev = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "id":
                return str(ev.id)
            if column == "at":
                return local_time(ev.at)
            if column == "operator":
                return self.operator_text(ev.operator)
            if column == "action":
                return action_label(ev.action)
            if column == "entity":
                return self.subject_text(index.row())
            summary = self._summaries[index.row()]
            return summary if len(summary) <= SUMMARY_CHARS else summary[: SUMMARY_CHARS - 1] + "…"
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "entity":
                return ev.entity_id
            if column == "details":
                return "\n".join(self.details_lines(index.row()))
        if role == Qt.ItemDataRole.ForegroundRole and ev.action in ("login_failed", "delete", "restore"):
            return QColor("#8a5a00")
        return None
