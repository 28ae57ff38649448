"""Bundles this office wrote and receipts it applied, newest first, as a read-only table model.

The state column only reads what the bundle log holds: an exported bundle is "covered" once a receipt that
reaches its last change number was applied after it; otherwise it waits for one (a lost stick then costs
nothing: the next export carries the same changes again).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from jamsos_desktop.ui.models.list_table import ListTableModel
from jamsos_desktop.ui.models.time_text import local_time

Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate
COLUMNS = ("recorded_at", "kind", "file_name", "seq", "record_count", "state")
WAITING_COLOR = "#8a5a00"


class BundleRow(Protocol):
    bundle_id: str
    kind: str
    direction: str
    file_name: str
    recorded_at: dt.datetime
    recorded_by: str
    seq_from: int
    seq_to: int
    record_count: int
    destination: str
    accepted: int
    rejected: int
    duplicate: int


def is_export(row: BundleRow) -> bool:
    return row.kind == "changes" and row.direction == "out"


def covered_by_receipt(row: BundleRow, rows: Sequence[BundleRow]) -> bool:
    """True when a receipt applied after this export reaches the export's last change number."""
    return any(r.kind == "receipt" and r.recorded_at >= row.recorded_at and r.seq_to >= row.seq_to for r in rows)


def state_text(row: BundleRow, rows: Sequence[BundleRow]) -> str:
    if row.kind == "receipt":
        return translate("BundleTableModel", "Diterapkan: {a} diterima, {r} ditolak, {d} ganda").format(
            a=row.accepted, r=row.rejected, d=row.duplicate
        )
    if covered_by_receipt(row, rows):
        return translate("BundleTableModel", "Tanda terima sudah diterapkan")
    return translate("BundleTableModel", "Menunggu tanda terima")


class BundleTableModel(ListTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[BundleRow] = []
        self._states: list[str] = []
        self._headers = [
            translate("BundleTableModel", "Waktu"),
            translate("BundleTableModel", "Jenis"),
            translate("BundleTableModel", "Berkas"),
            translate("BundleTableModel", "Nomor urut"),
            translate("BundleTableModel", "Jumlah"),
            translate("BundleTableModel", "Keadaan"),
        ]

    def set_bundles(self, rows: Sequence[BundleRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._states = [state_text(r, self._rows) for r in self._rows]
        self.endResetModel()

    def bundle(self, row: int) -> BundleRow:
        return self._rows[row]

    def state(self, row: int) -> str:
        return self._states[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(index.row(), row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            where = row.destination if is_export(row) else ""
            numbers = f"{row.seq_from}–{row.seq_to}" if row.seq_to else "-"
            return translate("BundleTableModel", "Berkas {file}\nOleh {by}{where}\nRincian teknis: {id}, nomor {numbers}").format(
                file=row.file_name, id=row.bundle_id, by=row.recorded_by, where=f"\n{where}" if where else "",
                numbers=numbers)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == "state"
            and is_export(row)
            and not covered_by_receipt(row, self._rows)
        ):
            return QColor(WAITING_COLOR)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("seq", "record_count"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, i: int, row: BundleRow, column: str) -> str:
        if column == "recorded_at":
            return local_time(row.recorded_at)
        if column == "kind":
            return (
                translate("BundleTableModel", "Tanda terima dari Disnaker")
                if row.kind == "receipt"
                else translate("BundleTableModel", "Berkas kiriman")
            )
        if column == "file_name":
            return row.file_name
        if column == "seq":
            return f"{row.seq_from}–{row.seq_to}" if row.seq_to else "-"
        if column == "record_count":  # a receipt: the changes it answers (its KPJ lines are counted apart)
            count = row.accepted + row.rejected + row.duplicate if row.kind == "receipt" else row.record_count
            return str(count)
        return self._states[i]
