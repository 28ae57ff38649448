"""The Kartu page's lower tabs: the cards issued before (and whether each still counts), and checking a scanned card.

A QR scanner types the code and Enter into "Periksa kartu"; the answer says "sah", "dicabut" (replaced by a
newer card), "tidak aktif" (holder deleted), expired, or refused, coloured by how far to trust the card.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QHeaderView

from jamsos_desktop.services import Services
from jamsos_desktop.ui.generated.ui_cards_page import Ui_CardsPage
from jamsos_desktop.ui.models.card_history_table import CardHistoryTableModel
from jamsos_desktop.ui.widgets.empty_state import EmptyState
from jamsos_desktop.ui.widgets.levels import set_level

HISTORY_SHOWN = 300
CHECK_LEVELS = {"valid": "ok", "expired": "warn", "unknown_key": "warn"}  # by TokenCheck.outcome; else block


class CardHistory(QObject):
    def __init__(self, services: Services, ui: Ui_CardsPage, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services, self.ui = services, ui
        self.model = CardHistoryTableModel(self)
        table = ui.history_table
        table.setModel(self.model)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.empty_state = EmptyState(table, lambda: self.tr(
            "Belum ada kartu yang diterbitkan di kantor ini.") if not ui.history_search_edit.text().strip()
            else self.tr("Tidak ada kartu dengan nama atau nomor itu."))
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.refresh)
        ui.history_search_edit.textChanged.connect(self._timer.start)
        ui.check_button.clicked.connect(self.on_check_clicked)
        ui.token_edit.returnPressed.connect(self.on_check_clicked)

    def refresh(self) -> None:
        self._timer.stop()
        cards = self._services.cards.history(limit=HISTORY_SHOWN, text=self.ui.history_search_edit.text())
        self.model.set_cards(cards, today=self._services.office.today())
        self.ui.history_count_label.setText(self.tr("{n} kartu terakhir").format(n=len(cards)) if cards else "")

    def on_check_clicked(self) -> None:
        token = self.ui.token_edit.text().strip()
        if not token:
            return
        check = self._services.cards.verify(token)
        self.ui.check_result_label.setText(check.message)
        set_level(self.ui.check_result_label, CHECK_LEVELS.get(str(check.outcome), "block"))
        self.ui.token_edit.selectAll()  # the next scan replaces this code
