"""Where the main window opens: where it was last closed, or filling the screen's free area the first time.

The free ("available") area is the screen without the taskbar, so nothing sits under it on a 1366x768 or a
1024x768 office screen. A remembered place that no longer fits any screen (a second monitor unplugged, a
smaller screen) is dropped. Kept per PC in the data folder's desktop.ini, beside the language.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

GEOMETRY_KEY = "ui/main_window_geometry"  # x,y,width,height of the normal (not maximised) window
MAXIMIZED_KEY = "ui/main_window_maximized"
FRAME_SLACK = 8  # a window frame may stick out of the free area a little


def free_areas() -> list[QRect]:
    """Each screen without its taskbar."""
    return [screen.availableGeometry() for screen in QGuiApplication.screens()]


class WindowPlacement:
    def __init__(self, settings: QSettings, *, areas: Callable[[], list[QRect]] = free_areas) -> None:
        self._settings = settings
        self._areas = areas

    def fits_a_screen(self, rect: QRect) -> bool:
        slack = FRAME_SLACK
        return any(area.adjusted(-slack, -slack, slack, slack).contains(rect) for area in self._areas())

    def remembered(self) -> QRect | None:
        try:
            x, y, w, h = (int(v) for v in str(self._settings.value(GEOMETRY_KEY, "")).split(","))
        except ValueError:
            return None
        rect = QRect(x, y, w, h)
        return rect if w > 0 and h > 0 and self.fits_a_screen(rect) else None

    def restore(self, window: QWidget) -> None:
        """Put the window where it was (if that still fits a screen), else maximised over the free area."""
        rect = self.remembered()
        areas = self._areas()
        window.setGeometry(rect if rect is not None else areas[0] if areas else window.geometry())
        if rect is None or str(self._settings.value(MAXIMIZED_KEY, "false")).lower() == "true":
            window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)

    def save(self, window: QWidget) -> None:
        rect = window.normalGeometry() if window.isMaximized() else window.geometry()
        self._settings.setValue(GEOMETRY_KEY, f"{rect.x()},{rect.y()},{rect.width()},{rect.height()}")
        self._settings.setValue(MAXIMIZED_KEY, "true" if window.isMaximized() else "false")
        self._settings.sync()
