"""Operator accounts as a read-only table model (the admin's operator screen)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from jamsos_desktop.domain.roles import ROLE_LABELS, Role
from jamsos_desktop.services.auth import OperatorInfo
from jamsos_desktop.ui.models.list_table import ListTableModel

Index = QModelIndex | QPersistentModelIndex


class OperatorTableModel(ListTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[OperatorInfo] = []
        self._headers = [QCoreApplication.translate("OperatorTableModel", "Nama pengguna"), QCoreApplication.translate("OperatorTableModel", "Nama"),
                         QCoreApplication.translate("OperatorTableModel", "Peran"), QCoreApplication.translate("OperatorTableModel", "Status")]

    def set_operators(self, operators: Sequence[OperatorInfo]) -> None:
        self.beginResetModel()
        self._rows = list(operators)
        self.endResetModel()

    def operator(self, row: int) -> OperatorInfo:
        return self._rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        op = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            role_label = ROLE_LABELS.get(Role(op.role), op.role) if op.role in Role.__members__.values() else op.role
            active = QCoreApplication.translate("OperatorTableModel", "Aktif") if op.active else QCoreApplication.translate("OperatorTableModel", "Nonaktif")
            return (op.username, op.display_name, role_label, active)[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and not op.active:
            return QColor("#8c9a9d")
        return None
