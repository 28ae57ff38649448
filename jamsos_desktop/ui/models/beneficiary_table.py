"""The beneficiaries (ahli waris) of the participant being edited, as an editable table model.

Rows hold the record's beneficiary dicts (name, relationship code, phone, birth_date as YYYY-MM-DD). Dates
show as DD-MM-YYYY and are typed as clerks type them (domain/dates.py); text that is not a date is passed on
as typed, so the validation names the problem.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, QObject, QPersistentModelIndex, Qt

from jamsos_desktop.domain.dates import DateUnreadable, parse_typed_date
from jamsos_desktop.domain.record import RELATIONSHIPS
from jamsos_desktop.ui.models.list_table import ListTableModel

Index = QModelIndex | QPersistentModelIndex
FIELDS = ("name", "relationship", "phone", "birth_date")
CODE_ROLE = Qt.ItemDataRole.UserRole + 1


def _to_display_date(value: Any) -> str:
    date = QDate.fromString(str(value or ""), "yyyy-MM-dd")
    return date.toString("dd-MM-yyyy") if date.isValid() else str(value or "")


def _to_record_date(text: str) -> str:
    """A date typed as clerks type it (15081980, 15-08-1980, 15 Agustus 1980) in the record's form."""
    text = text.strip()
    try:
        day = parse_typed_date(text, today=dt.date.today())
    except DateUnreadable:
        return text
    return day.isoformat() if day else text


class BeneficiaryTableModel(ListTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []
        self._headers = [QCoreApplication.translate("BeneficiaryTableModel", "Nama"), QCoreApplication.translate("BeneficiaryTableModel", "Hubungan"),
                         QCoreApplication.translate("BeneficiaryTableModel", "Nomor HP"),
                         QCoreApplication.translate("BeneficiaryTableModel", "Tanggal lahir (HH-BB-TTTT)")]

    def set_beneficiaries(self, beneficiaries: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = [{f: (b.get(f) or "") for f in FIELDS} for b in beneficiaries]
        self.endResetModel()

    def beneficiaries(self) -> list[dict[str, Any]]:
        """Rows as record dicts; fully empty rows are left out."""
        out = []
        for row in self._rows:
            if any(str(row[f]).strip() for f in FIELDS):
                out.append({"name": row["name"], "relationship": row["relationship"], "phone": row["phone"],
                            "birth_date": row["birth_date"] or None})
        return out

    def add_row(self) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append({f: "" for f in FIELDS})
        self.endInsertRows()
        return row

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        field = FIELDS[index.column()]
        value = self._rows[index.row()][field]
        if role == CODE_ROLE:
            return value
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if field == "relationship":
                return RELATIONSHIPS.get(value, value)
            if field == "birth_date":
                return _to_display_date(value)
            return value
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role not in (Qt.ItemDataRole.EditRole, CODE_ROLE):
            return False
        field = FIELDS[index.column()]
        text = str(value or "").strip()
        if field == "birth_date":
            text = _to_record_date(text)
        elif field == "relationship" and role == Qt.ItemDataRole.EditRole:
            text = next((code for code, label in RELATIONSHIPS.items() if text in (code, label)), text)
        if self._rows[index.row()][field] == text:
            return False
        self._rows[index.row()][field] = text
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        return True
