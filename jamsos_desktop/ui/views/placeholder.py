"""A page that a later part of the work fills: it says what it will hold."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from jamsos_desktop.ui.generated.ui_placeholder_page import Ui_PlaceholderPage


class PlaceholderPage(QWidget):
    def __init__(self, *, title: str, body: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PlaceholderPage()
        self.ui.setupUi(self)
        self.ui.title_label.setText(title)
        self.ui.body_label.setText(body)
