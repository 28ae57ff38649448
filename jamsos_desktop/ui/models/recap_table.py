"""The kelurahan recap (per RW, RT and category) as a read-only table model with a totals row at the bottom.

Rows come from `ReportService.recap()`; the model adds nothing but the sums of the columns it shows.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from jamsos_desktop.domain.statuses import STATUSES
from jamsos_desktop.ui.models.labels import short_status_labels
from jamsos_desktop.ui.models.list_table import ListTableModel

Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate
FIXED = ("rw", "rt", "category")


class RecapSource(Protocol):
    rw: str
    rt: str
    category: str
    counts: dict[str, int]
    monthly_contribution: int

    @property
    def total(self) -> int: ...


def rupiah(amount: int) -> str:
    """Rupiah in the interface's locale: Rp16.800 (Indonesian), Rp16,800 (English)."""
    return "Rp" + QLocale().toString(amount)


class RecapTableModel(ListTableModel):
    """Columns: RW, RT, category, one per status, total, monthly contribution; last row: the totals."""

    def __init__(self, *, category_labels: dict[str, str] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._category_labels = category_labels or {}
        self._rows: list[RecapSource] = []
        labels = short_status_labels()
        self._headers = [
            translate("RecapTableModel", "RW"),
            translate("RecapTableModel", "RT"),
            translate("RecapTableModel", "Kategori"),
            *[labels[s] for s in STATUSES],
            translate("RecapTableModel", "Jumlah"),
            translate("RecapTableModel", "Iuran per bulan"),
        ]
        self._totals: dict[str, int] = {}

    def set_rows(self, rows: Sequence[RecapSource]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._totals = {s: sum(r.counts.get(s, 0) for r in self._rows) for s in STATUSES}
        self._totals["total"] = sum(r.total for r in self._rows)
        self._totals["monthly_contribution"] = sum(r.monthly_contribution for r in self._rows)
        self.endResetModel()

    @property
    def totals(self) -> dict[str, int]:
        """Per status, plus "total" (participants) and "monthly_contribution" (rupiah)."""
        return dict(self._totals)

    @property
    def group_count(self) -> int:
        return len(self._rows)

    def is_totals_row(self, row: int) -> bool:
        return bool(self._rows) and row == len(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        if parent.isValid() or not self._rows:
            return 0
        return len(self._rows) + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        totals = self.is_totals_row(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._totals_cell(index.column()) if totals else self._cell(self._rows[index.row()], index.column())
        if role == Qt.ItemDataRole.FontRole and totals:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= len(FIXED):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _cell(self, row: RecapSource, column: int) -> str:
        if column == 0:
            return row.rw or "-"
        if column == 1:
            return row.rt or "-"
        if column == 2:
            return self._category_labels.get(row.category, row.category)
        column -= len(FIXED)
        if column < len(STATUSES):
            return str(row.counts.get(STATUSES[column], 0))
        return str(row.total) if column == len(STATUSES) else rupiah(row.monthly_contribution)

    def _totals_cell(self, column: int) -> str:
        if column < len(FIXED):
            return translate("RecapTableModel", "JUMLAH") if column == 2 else ""
        column -= len(FIXED)
        if column < len(STATUSES):
            return str(self._totals[STATUSES[column]])
        if column == len(STATUSES):
            return str(self._totals["total"])
        return rupiah(self._totals["monthly_contribution"])
