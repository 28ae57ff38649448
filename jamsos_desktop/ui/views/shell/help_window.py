"""Bantuan: the user guide shipped with the app (docs/user-guide.md and its screenshots), read offline.

The guide is Markdown; QTextBrowser shows it with its pictures (scaled down to the window's width), and opens
at the chapter of the page on screen (F1 on the Kartu page opens "Kartu peserta"). Links to the web open in
the system browser.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QTextCursor, QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QTextBrowser, QVBoxLayout, QWidget

from jamsos_desktop.paths import docs_dir

GUIDE_FILE = "user-guide.md"
CHAPTERS = {  # page name -> the words its chapter heading starts with (after the chapter number)
    "peserta": "Daftar peserta", "persetujuan": "Persetujuan", "kartu": "Kartu peserta",
    "kirim": "Mengirim data", "laporan": "Laporan", "audit": "Jejak audit", "pengaturan": "Pengaturan",
    "form": "Mendaftarkan atau memperbaiki",
}
PICTURE_MAX = 820  # screenshots are 1366 px wide: shown at most this wide, never wider than the window


class GuideBrowser(QTextBrowser):
    """Pictures scaled to fit, so the guide never needs scrolling sideways."""

    def loadResource(self, kind: int, name: QUrl | str) -> Any:  # noqa: N802 - Qt virtual
        data = super().loadResource(kind, name)
        if kind == QTextDocument.ResourceType.ImageResource.value and isinstance(data, QImage) and not data.isNull():
            width = min(PICTURE_MAX, max(self.viewport().width() - 40, 200))
            if data.width() > width:
                return data.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        return data


class HelpWindow(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("help_window")
        self.setWindowTitle(self.tr("Panduan pemakaian Jamsos Desktop"))
        self.browser = GuideBrowser(self)
        self.browser.setObjectName("guide_browser")
        self.browser.setOpenExternalLinks(True)
        folder = docs_dir()
        self.browser.setSearchPaths([str(folder)])
        self.find_edit = QLineEdit(self)
        self.find_edit.setObjectName("guide_find_edit")
        self.find_edit.setPlaceholderText(self.tr("Cari di panduan, lalu Enter"))
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.returnPressed.connect(self.on_find)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.find_edit)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        try:
            self.browser.setMarkdown((folder / GUIDE_FILE).read_text(encoding="utf-8"))
        except OSError:
            missing = QLabel(self.tr("Berkas panduan tidak ditemukan di folder program. Pasang ulang aplikasi."), self)
            layout.insertWidget(0, missing)

    def show_chapter(self, page: str) -> None:
        """Scroll so the chapter of `page` is at the top."""
        heading = CHAPTERS.get(page, "")
        block = self.browser.document().begin()
        while block.isValid():
            numbered = re.sub(r"^\d+\.\s*", "", block.text())
            if heading and block.blockFormat().headingLevel() == 2 and numbered.startswith(heading):
                break
            block = block.next()
        cursor = QTextCursor(block if block.isValid() else self.browser.document().begin())
        self.browser.setTextCursor(cursor)
        bar = self.browser.verticalScrollBar()
        bar.setValue(bar.value() + self.browser.cursorRect().top() - 8)

    def on_find(self) -> None:
        text = self.find_edit.text().strip()
        if text and not self.browser.find(text):  # from the start again once the end is reached
            self.browser.moveCursor(QTextCursor.MoveOperation.Start)
            self.browser.find(text, QTextDocument.FindFlag(0))
