"""Cards issued by this office as a read-only table model: serial, holder, when and by whom, and whether it counts.

A card counts ("Berlaku") until a newer card replaces it ("Dicabut") or its holder is deleted ("Tidak aktif");
past its date it is "Habis masa berlaku". Provisional cards say so.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from jamsos_desktop.services.cards import IssuedCard
from jamsos_desktop.ui.models.list_table import ListTableModel
from jamsos_desktop.ui.models.time_text import local_time
from jamsos_desktop.ui.theme import BLOCK_COLOR, WARN_COLOR

Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate


def card_state(card: IssuedCard, today: dt.date) -> tuple[str, str]:
    """The card's standing in words, and its level for colour (ok, warn, block)."""
    if card.participant_deleted:
        return translate("CardHistoryTableModel", "Tidak aktif (peserta dihapus)"), "block"
    if card.revoked:
        return translate("CardHistoryTableModel", "Dicabut (diganti kartu baru)"), "block"
    if today > card.valid_until:
        return translate("CardHistoryTableModel", "Habis masa berlaku"), "warn"
    if card.provisional:
        return translate("CardHistoryTableModel", "Berlaku (SEMENTARA)"), "ok"
    return translate("CardHistoryTableModel", "Berlaku"), "ok"


class CardHistoryTableModel(ListTableModel):
    def __init__(self, parent: QObject | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self._rows: list[IssuedCard] = []
        self._today = today or dt.date.today()
        self._headers = [translate("CardHistoryTableModel", "Nomor kartu"), translate("CardHistoryTableModel", "Nama"),
                         translate("CardHistoryTableModel", "Diterbitkan"), translate("CardHistoryTableModel", "Oleh"),
                         translate("CardHistoryTableModel", "Cetak ke-"),
                         translate("CardHistoryTableModel", "Berlaku sampai"),
                         translate("CardHistoryTableModel", "Keadaan")]

    def set_cards(self, cards: Sequence[IssuedCard], *, today: dt.date | None = None) -> None:
        self.beginResetModel()
        self._rows = list(cards)
        self._today = today or self._today
        self.endResetModel()

    def card(self, row: int) -> IssuedCard:
        return self._rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        card = self._rows[index.row()]
        state, level = card_state(card, self._today)
        if role == Qt.ItemDataRole.DisplayRole:
            return (card.serial, card.full_name, local_time(card.printed_at), card.printed_by,
                    str(card.reprint_number + 1), f"{card.valid_until:%d-%m-%Y}", state)[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 6 and level != "ok":
            return QColor(BLOCK_COLOR if level == "block" else WARN_COLOR)
        return None
