"""Choose where to write: the volumes found (flashdisks first) or any other folder. Calls no service.

A flashdisk is chosen already when one is in; the computer's own disks are listed but never chosen for the
clerk, so Enter never writes a bundle or a backup onto the PC that could be stolen with it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QListWidgetItem, QWidget

from jamsos_desktop.ui.generated.ui_sync_target_dialog import Ui_SyncTargetDialog
from jamsos_desktop.ui.widgets.drives import Volume, free_text

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


class TargetDialog(QDialog):
    def __init__(self, *, title: str, question: str, volumes: Callable[[], list[Volume]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SyncTargetDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        self.ui.question_label.setText(question)
        self._volumes = volumes
        self._chosen: Path | None = None
        self.ui.refresh_button.clicked.connect(self.reload)
        self.ui.other_folder_button.clicked.connect(self.on_other_folder_clicked)
        self.ui.cancel_button.clicked.connect(self.reject)
        self.ui.choose_button.clicked.connect(self.on_choose_clicked)
        self.ui.volume_list.itemDoubleClicked.connect(lambda _item: self.on_choose_clicked())
        self.ui.volume_list.currentRowChanged.connect(lambda row: self.ui.choose_button.setEnabled(row >= 0))
        self.reload()

    def chosen(self) -> Path | None:
        return self._chosen

    def reload(self) -> None:
        self.ui.volume_list.clear()
        volumes = self._volumes()
        for volume in volumes:
            kind = self.tr("Flashdisk / diska lepas") if volume.removable else self.tr("Diska komputer")
            text = self.tr("{name} — {free} kosong · {kind}").format(
                name=volume.display_name(), free=free_text(volume.free_bytes), kind=kind)
            item = QListWidgetItem(text)
            item.setData(PATH_ROLE, str(volume.path))
            self.ui.volume_list.addItem(item)
        self.ui.empty_label.setVisible(not any(v.removable for v in volumes))
        self.ui.volume_list.setCurrentRow(0 if volumes and volumes[0].removable else -1)
        self.ui.choose_button.setEnabled(self.ui.volume_list.currentRow() >= 0)

    def on_choose_clicked(self) -> None:
        item = self.ui.volume_list.currentItem()
        if item is not None:
            self._chosen = Path(item.data(PATH_ROLE))
            self.accept()

    def on_other_folder_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Pilih folder"))
        if folder:
            self._chosen = Path(folder)
            self.accept()
