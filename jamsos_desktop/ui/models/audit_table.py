"""One page of the audit trail as a read-only table model, and its details JSON in words a supervisor reads.

`describe_details()` turns the stored JSON into lines: a correction shows each changed field as
"Nama lengkap: BUDI → BUDI SANTOSO", a setting change "old → new", anything else "label: value".
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from jamsos_desktop.domain.record import FIELD_LABELS
from jamsos_desktop.ui.models.bundle_table import local_time
from jamsos_desktop.ui.models.list_table import ListTableModel

Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate
COLUMNS = ("id", "at", "operator", "action", "entity", "details")
SUMMARY_CHARS = 140
ARROW = " → "


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
        "export": translate("AuditTableModel", "Ekspor bundel"),
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
        "trust_hub": translate("AuditTableModel", "Percayai hub"),
        "backup": translate("AuditTableModel", "Buat cadangan"),
        "restore": translate("AuditTableModel", "Pulihkan cadangan"),
        "report_export": translate("AuditTableModel", "Simpan rekap"),
        "bundle_contents_export": translate("AuditTableModel", "Laporan isi bundel"),
    }


def action_label(action: str) -> str:
    return action_labels().get(action, action)


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
    }


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
        return [f"{entity_id or value_word}: {_value(data['old'])}{ARROW}{_value(data['new'])}"]
    labels = _key_labels()
    return [f"{labels.get(key, key)}: {_value(value)}" for key, value in data.items()]


def subject(entity: str, entity_id: str, *, full: bool = False) -> str:
    """What the event was about: 'Peserta 3f2a9c1e' (short ids unless `full`), 'Akun siti', a setting key."""
    shown = entity_id if full or len(entity_id) <= 12 else entity_id[:8]
    names = {
        "participant": translate("AuditTableModel", "Peserta"),
        "bundle": translate("AuditTableModel", "Bundel"),
        "operator": translate("AuditTableModel", "Akun"),
        "setting": translate("AuditTableModel", "Pengaturan"),
        "hub": translate("AuditTableModel", "Hub"),
        "database": translate("AuditTableModel", "Basis data"),
        "report": translate("AuditTableModel", "Laporan"),
        "office": translate("AuditTableModel", "Kantor"),
        "file": translate("AuditTableModel", "Berkas"),
    }
    return f"{names.get(entity, entity)} {shown}".strip()


class AuditTableModel(ListTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AuditRow] = []
        self._summaries: list[str] = []
        self._headers = [
            translate("AuditTableModel", "No."),
            translate("AuditTableModel", "Waktu"),
            translate("AuditTableModel", "Operator"),
            translate("AuditTableModel", "Tindakan"),
            translate("AuditTableModel", "Data"),
            translate("AuditTableModel", "Rincian"),
        ]

    def set_events(self, events: Sequence[AuditRow]) -> None:
        self.beginResetModel()
        self._rows = list(events)
        self._summaries = ["; ".join(describe_details(e.details, entity_id=e.entity_id)) for e in self._rows]
        self.endResetModel()

    def audit_event(self, row: int) -> AuditRow:
        return self._rows[row]

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
                return ev.operator
            if column == "action":
                return action_label(ev.action)
            if column == "entity":
                return subject(ev.entity, ev.entity_id)
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
