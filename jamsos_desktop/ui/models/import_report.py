"""The dry-run report of an import as a table model: one row per sheet row, its outcome and its problems.

Blank sheet rows are left out (the counts say how many were skipped). `set_outcome_filter` narrows the rows
to one outcome. Tested without a window.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from jamsos_desktop.services.imports import ImportPlan, RowResult
from jamsos_desktop.ui.models.list_table import ListTableModel

Index = QModelIndex | QPersistentModelIndex
OUTCOME_COLORS = {"add": "#2e7d32", "duplicate": "#8a5a00", "refused": "#b3261e"}


def outcome_labels() -> dict[str, str]:
    """Outcome code -> label as the dry run shows it (nothing is added yet)."""
    return {
        "add": QCoreApplication.translate("ImportReportModel", "Siap diimpor"),
        "duplicate": QCoreApplication.translate("ImportReportModel", "Duplikat"),
        "refused": QCoreApplication.translate("ImportReportModel", "Ditolak"),
    }


class ImportReportModel(ListTableModel):
    COLUMNS = ("row", "outcome", "name", "problems")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[RowResult] = []
        self._rows: list[RowResult] = []
        self._outcome = ""
        self._labels = outcome_labels()
        self._headers = [QCoreApplication.translate("ImportReportModel", "Baris"),
                         QCoreApplication.translate("ImportReportModel", "Hasil"),
                         QCoreApplication.translate("ImportReportModel", "Nama"),
                         QCoreApplication.translate("ImportReportModel", "Masalah")]

    def set_plan(self, plan: ImportPlan | None) -> None:
        self._all = [r for r in plan.rows if str(r.outcome) != "blank"] if plan else []
        self._apply()

    def set_outcome_filter(self, outcome: str) -> None:
        """Show only rows with this outcome ("add", "duplicate", "refused"); "" shows every row."""
        self._outcome = outcome
        self._apply()

    def _apply(self) -> None:
        self.beginResetModel()
        self._rows = [r for r in self._all if not self._outcome or str(r.outcome) == self._outcome]
        self.endResetModel()

    def result(self, row: int) -> RowResult:
        return self._rows[row]

    def problems_text(self, row: int) -> str:
        """Every problem of one row, one per line: what stops the row first, then the warnings."""
        result = self._rows[row]
        lines = [f"• {p.text()}" for p in result.blocking]
        if result.warnings:
            if lines:
                lines.append(QCoreApplication.translate("ImportReportModel", "Peringatan (tidak menghalangi impor):"))
            lines += [f"• {p.text()}" for p in result.warnings]
        return "\n".join(lines)

    # --- Qt model interface --------------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        result, column = self._rows[index.row()], self.COLUMNS[index.column()]
        outcome = str(result.outcome)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "row":
                return result.row
            if column == "outcome":
                return self._labels.get(outcome, outcome)
            if column == "name":
                return str((result.record or {}).get("full_name") or "")
            return "  ".join(p.message for p in result.blocking + result.warnings)
        if role == Qt.ItemDataRole.ToolTipRole and column == "problems" and result.problems:
            return self.problems_text(index.row())
        if role == Qt.ItemDataRole.ForegroundRole and column == "outcome":
            return QColor(OUTCOME_COLORS.get(outcome, "#1c2426"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "row":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
