"""Ask when a signed consent form came back and who took it in. Calls no service."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QWidget

from jamsos_desktop.ui.generated.ui_consent_received_dialog import Ui_ConsentReceivedDialog


class ConsentReceivedDialog(QDialog):
    """`operators` (username -> display name) fills the receiver list; `me` is chosen at first."""

    def __init__(self, *, name: str, today: dt.date, operators: dict[str, str], me: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ConsentReceivedDialog()
        self.ui.setupUi(self)
        self.ui.question_label.setText(self.tr("Formulir bertanda tangan dari {name} sudah kembali ke kantor. "
                                               "Kapan diterima, dan oleh siapa?").format(name=name))
        self.ui.date_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.ui.date_edit.setDate(QDate(today.year, today.month, today.day))
        for username, display in operators.items():
            self.ui.receiver_combo.addItem(f"{display} ({username})", username)
        self.ui.receiver_combo.setCurrentIndex(max(self.ui.receiver_combo.findData(me), 0))
        self.ui.error_label.hide()
        self.ui.ok_button.clicked.connect(self.accept)
        self.ui.cancel_button.clicked.connect(self.reject)

    def received_on(self) -> dt.date:
        return self.ui.date_edit.date().toPython()  # type: ignore[no-any-return]

    def received_by(self) -> str:
        return str(self.ui.receiver_combo.currentData() or "")
