"""Every file and folder the desktop asks the clerk for, in one replaceable object.

Views receive a `FilePicker` through their constructor (like the `Prompter`); tests hand in a scripted one
instead of driving native file dialogs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from jamsos_desktop.ui.widgets.drives import mounted_targets
from jamsos_desktop.ui.widgets.target_dialog import TargetDialog


def ensure_suffix(path: Path, suffix: str) -> Path:
    """The path with the wanted extension (a clerk often types a name without one)."""
    return path if path.suffix.lower() == suffix.lower() else path.with_name(path.name + suffix)


class FilePicker(QObject):
    def target_folder(self, parent: QWidget | None, *, title: str, question: str) -> Path | None:
        """A folder to write into: flashdisks are offered first, any other folder on request."""
        dialog = TargetDialog(title=title, question=question, volumes=mounted_targets, parent=parent)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def open_file(self, parent: QWidget | None, *, title: str, name_filter: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(parent, title, "", name_filter)
        return Path(name) if name else None

    def save_file(self, parent: QWidget | None, *, title: str, suggested: str, name_filter: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, title, suggested, name_filter)
        return Path(name) if name else None
