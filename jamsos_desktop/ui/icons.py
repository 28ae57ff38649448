"""Icons shipped in resources/icons (Adwaita symbolic SVGs), with a white variant for selected items."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QIcon, QPixmap

from jamsos_desktop.paths import resource

_DARK = b"#2e3436"


@cache  # drawn once (two SVG renderings each): the main window's are drawn while the office opens (issue 18)
def icon(name: str, size: int = 20) -> QIcon:
    svg = resource("icons", f"{name}.svg").read_bytes()
    result = QIcon()
    for mode, data in ((QIcon.Mode.Normal, svg), (QIcon.Mode.Selected, svg.replace(_DARK, b"#ffffff"))):
        pixmap = QPixmap()
        pixmap.loadFromData(QByteArray(data), "SVG")
        result.addPixmap(pixmap.scaled(size, size) if not pixmap.isNull() else pixmap, mode)
    return result


def app_icon() -> QIcon:
    """The application's own icon (window title bar, taskbar); the Windows executable carries jamsos.ico."""
    return QIcon(str(resource("app", "jamsos.png")))
