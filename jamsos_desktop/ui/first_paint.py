"""Work for just after a window's first paint (issue 18: the first screen is not held back for it).

The main window starts the reads that load the storage layer on the worker only once its first page is on the
screen: started earlier, they took Python's lock from the GUI thread while it painted. The sign-in window
starts the main window's import the same way, while the office is still being checked behind it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class AfterFirstPaint(QObject):
    """Runs the work added to it once `window` has painted for the first time (at once, when it has)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.painted = False
        self._work: list[Callable[[], object]] = []
        window.installEventFilter(self)

    def add(self, work: Callable[[], object]) -> None:
        if self.painted:
            work()
        else:
            self._work.append(work)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            watched.removeEventFilter(self)
            work, self._work = self._work, []
            QTimer.singleShot(0, lambda: [w() for w in work])  # once the paint has reached the screen
        return False
