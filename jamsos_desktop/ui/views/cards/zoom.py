"""Zoom for the card preview: fit the width, actual size on screen, step in and out (buttons, Ctrl++ and Ctrl+-)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPdfWidgets import QPdfView

from jamsos_desktop.ui.generated.ui_cards_page import Ui_CardsPage

STEP = 1.25
LIMITS = (0.25, 6.0)


class PreviewZoom(QObject):
    def __init__(self, ui: Ui_CardsPage, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._view = ui.pdf_view
        self._view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        ui.zoom_in_button.clicked.connect(self.zoom_in)
        ui.zoom_out_button.clicked.connect(self.zoom_out)
        ui.zoom_fit_button.clicked.connect(self.fit_width)
        ui.zoom_actual_button.clicked.connect(self.actual_size)
        for keys, slot in ((QKeySequence.StandardKey.ZoomIn, self.zoom_in), (QKeySequence.StandardKey.ZoomOut,
                                                                             self.zoom_out)):
            action = QAction(self._view)
            action.setShortcuts(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self._view.addAction(action)

    def factor(self) -> float:
        """The zoom now, as a factor of the page's actual size on screen."""
        if self._view.zoomMode() == QPdfView.ZoomMode.Custom:
            return float(self._view.zoomFactor())
        document = self._view.document()
        if document is None or document.pageCount() == 0:
            return 1.0
        page_px = document.pagePointSize(0).width() * self._view.logicalDpiX() / 72
        return max(self._view.viewport().width() - 12, 1) / max(page_px, 1)

    def _set(self, factor: float) -> None:
        self._view.setZoomMode(QPdfView.ZoomMode.Custom)
        self._view.setZoomFactor(min(max(factor, LIMITS[0]), LIMITS[1]))

    def zoom_in(self) -> None:
        self._set(self.factor() * STEP)

    def zoom_out(self) -> None:
        self._set(self.factor() / STEP)

    def actual_size(self) -> None:
        self._set(1.0)

    def fit_width(self) -> None:
        self._view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
