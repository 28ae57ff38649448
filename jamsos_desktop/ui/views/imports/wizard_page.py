"""A wizard page whose Next/Commit button waits until the view says the page is ready (Designer promotes to it)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget, QWizardPage


class ReadyWizardPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ready = True

    def set_ready(self, ready: bool) -> None:
        if ready != self._ready:
            self._ready = ready
            self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt virtual
        return self._ready and super().isComplete()
