"""The import wizard's column mapping as a table model: one row per sheet column, the last column editable.

Wraps the immutable `io.Mapping`; an edit replaces it with `mapping.with_field(...)` and emits
`mapping_changed`. Tested without a window.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from jamsos_desktop.services.imports import Mapping, Table
from jamsos_desktop.ui.models.list_table import ListTableModel

Index = QModelIndex | QPersistentModelIndex
TARGET_ROLE = Qt.ItemDataRole.UserRole + 1
SAMPLES = 3
SAMPLE_WIDTH = 60


def column_letter(index: int) -> str:
    """Spreadsheet column name of a 0-based index: 0 -> A, 26 -> AA."""
    letters, n = "", index + 1
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def column_samples(table: Table, limit: int = SAMPLES) -> list[str]:
    """The first few non-empty values of each column, so the clerk sees what a column holds."""
    found: list[list[str]] = [[] for _ in table.headers]
    for row in table.rows:
        for i, cell in enumerate(row.cells[:len(found)]):
            text = " ".join(str(cell).split()) if cell is not None else ""
            if text and len(found[i]) < limit:
                found[i].append(text)
        if all(len(values) >= limit for values in found):
            break
    return [_shorten(" · ".join(values)) for values in found]


def _shorten(text: str) -> str:
    return text if len(text) <= SAMPLE_WIDTH else text[:SAMPLE_WIDTH - 1] + "…"


class ImportMappingModel(ListTableModel):
    mapping_changed = Signal()  # after the clerk re-mapped a column

    COLUMNS = ("letter", "header", "sample", "target")
    TARGET_COLUMN = 3

    def __init__(self, target_labels: dict[str, str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._labels = target_labels
        self._mapping = Mapping((), ())
        self._samples: list[str] = []
        self._headers = [QCoreApplication.translate("ImportMappingModel", "Kolom"),
                         QCoreApplication.translate("ImportMappingModel", "Judul di berkas"),
                         QCoreApplication.translate("ImportMappingModel", "Contoh isi"),
                         QCoreApplication.translate("ImportMappingModel", "Diisi ke")]
        self.unused_label = QCoreApplication.translate("ImportMappingModel", "(tidak dipakai)")

    @property
    def mapping(self) -> Mapping:
        return self._mapping

    def set_mapping(self, mapping: Mapping, samples: Sequence[str] = ()) -> None:
        self.beginResetModel()
        self._mapping = mapping
        self._samples = list(samples) + [""] * (len(mapping.headers) - len(samples))
        self.endResetModel()
        self.mapping_changed.emit()

    def target_of(self, row: int) -> str | None:
        return self._mapping.targets[row]

    # --- Qt model interface --------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._mapping.headers)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == self.TARGET_COLUMN else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        row, column = index.row(), self.COLUMNS[index.column()]
        target = self._mapping.targets[row]
        if role == TARGET_ROLE:
            return target or ""
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == "letter":
                return column_letter(row)
            if column == "header":
                untitled = QCoreApplication.translate("ImportMappingModel", "(tanpa judul)")
                return self._mapping.headers[row] or untitled
            if column == "sample":
                return self._samples[row]
            return self._labels.get(target, target) if target else self.unused_label
        if role == Qt.ItemDataRole.ForegroundRole and column == "target" and target is None:
            return QColor("#8c9a9d")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or index.column() != self.TARGET_COLUMN or role not in (TARGET_ROLE,
                                                                                      Qt.ItemDataRole.EditRole):
            return False
        target = str(value) if value else None
        if target == self._mapping.targets[index.row()]:
            return False
        self._mapping = self._mapping.with_field(index.row(), target)
        self.dataChanged.emit(index, index)
        self.mapping_changed.emit()
        return True
