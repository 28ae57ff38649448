"""Every question and message the desktop puts to the clerk, in one replaceable object.

Views receive a `Prompter` through their constructor; tests hand in a scripted one instead of clicking
through modal boxes. Button texts are Indonesian here because Qt ships no Indonesian translation of its own.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from jamsos_desktop.ui.widgets.reason_dialog import ReasonDialog

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


class Prompter(QObject):
    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        self._box(parent, QMessageBox.Icon.Information, title, text).exec()

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        self._box(parent, QMessageBox.Icon.Warning, title, text).exec()

    def confirm(self, parent: QWidget | None, title: str, text: str, *, yes: str = "", no: str = "") -> bool:
        box = self._box(parent, QMessageBox.Icon.Question, title, text)
        yes_button = box.addButton(yes or self.tr("Ya"), QMessageBox.ButtonRole.AcceptRole)
        no_button = box.addButton(no or self.tr("Batal"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no_button)
        box.exec()
        return box.clickedButton() is yes_button

    def ask_unsaved(self, parent: QWidget | None, what: str) -> str:
        """SAVE, DISCARD or CANCEL for changes not yet saved."""
        box = self._box(parent, QMessageBox.Icon.Question, self.tr("Perubahan belum disimpan"),
                        self.tr("Data {what} sudah diubah tetapi belum disimpan. Simpan dulu?").format(what=what))
        save = box.addButton(self.tr("Simpan"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Buang perubahan"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(self.tr("Kembali ke isian"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        return SAVE if clicked is save else DISCARD if clicked is discard else CANCEL

    def ask_reason(self, parent: QWidget | None, *, title: str, question: str,
                   choices: dict[str, str] | None = None) -> str | None:
        dialog = ReasonDialog(title=title, question=question, choices=choices, parent=parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.reason() if accepted else None

    def ask_password(self, parent: QWidget | None, title: str, label: str) -> str | None:
        dialog = QInputDialog(parent)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        dialog.setOkButtonText(self.tr("Simpan"))
        dialog.setCancelButtonText(self.tr("Batal"))
        return dialog.textValue() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _box(self, parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
        if icon in (QMessageBox.Icon.Information, QMessageBox.Icon.Warning):
            box.addButton(self.tr("Tutup"), QMessageBox.ButtonRole.AcceptRole)
        return box
