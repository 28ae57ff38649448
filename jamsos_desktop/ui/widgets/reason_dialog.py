"""Ask why: a fixed list of reasons (delete) or free text (reject). Calls no service."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from jamsos_desktop.ui.generated.ui_reason_dialog import Ui_ReasonDialog


class ReasonDialog(QDialog):
    """`choices` (code -> label) shows a list; without it the clerk types the reason."""

    def __init__(self, *, title: str, question: str, choices: dict[str, str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReasonDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        self.ui.question_label.setText(question)
        self._choices = choices
        if choices:
            self.ui.reason_combo.addItem(self.tr("— pilih alasan —"), "")
            for code, label in choices.items():
                self.ui.reason_combo.addItem(label, code)
            self.ui.reason_edit.hide()
        else:
            self.ui.reason_combo.hide()
        self.ui.error_label.hide()
        self.ui.ok_button.clicked.connect(self.on_ok_clicked)
        self.ui.cancel_button.clicked.connect(self.reject)

    def reason(self) -> str:
        if self._choices:
            return str(self.ui.reason_combo.currentData() or "")
        return self.ui.reason_edit.toPlainText().strip()

    def on_ok_clicked(self) -> None:
        if not self.reason():
            self.ui.error_label.setText(self.tr("Pilih atau tulis alasannya dulu."))
            self.ui.error_label.show()
            return
        self.accept()
