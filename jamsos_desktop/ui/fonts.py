"""The user-interface font shipped with the app (Noto Sans, resources/fonts/), so every PC shows the same letters.

Windows images differ (Segoe UI is not on every one, Wine has none) and Linux desktops pick their own; with the
shipped font, text widths, line breaks and screenshots are the same everywhere. When the files cannot be loaded
(a damaged install) Qt's own default font is kept and the app still runs.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from jamsos_desktop.paths import resource

UI_FONT_FILES = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf")
UI_FONT_FAMILY = "Noto Sans"
UI_POINT_SIZE = 10

# Widget classes a platform theme may give a font of their own (Qt's widget font hash): on Windows, tables,
# headers, menus and message boxes keep "MS Shell Dlg 2" unless told otherwise.
THEMED_CLASSES = ("QAbstractItemView", "QListView", "QHeaderView", "QMenu", "QMenuBar", "QMessageBox", "QLabel",
                  "QTipLabel", "QStatusBar", "QPushButton", "QCheckBox", "QRadioButton", "QToolButton",
                  "QComboMenuItem", "QComboLineEdit", "QDockWidgetTitle", "QMdiSubWindowTitleBar")

_loaded: list[str] = []


def load_ui_font() -> str | None:
    """Register the shipped font files with Qt (once); the family name, or None when none could be loaded."""
    if not _loaded:
        for name in UI_FONT_FILES:
            font_id = QFontDatabase.addApplicationFont(str(resource("fonts", name)))
            if font_id >= 0:
                _loaded.extend(QFontDatabase.applicationFontFamilies(font_id))
    return UI_FONT_FAMILY if UI_FONT_FAMILY in _loaded else None


def ui_font(base: QFont) -> QFont:
    """`base` in the shipped family (when it loaded) and at least UI_POINT_SIZE points."""
    font = QFont(base)
    family = load_ui_font()
    if family:
        font.setFamilies([family])
    font.setPointSize(max(font.pointSize(), UI_POINT_SIZE))
    return font


def apply_ui_font(app: QApplication) -> QFont:
    """Make the shipped font the application's font, also for the widget classes the platform styles itself."""
    font = ui_font(app.font())
    app.setFont(font)
    for name in THEMED_CLASSES:
        app.setFont(font, name)  # type: ignore[arg-type]  # the stub says bytes; only str works at run time
    return font
