"""The look: Qt's Fusion style with one calm palette (soft grey surfaces, a deep teal accent), in the shipped
Noto Sans (ui/fonts.py)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from jamsos_desktop.ui.fonts import apply_ui_font

ACCENT = "#1f6f78"
BLOCK_COLOR = "#b3261e"  # problems that stop Save
WARN_COLOR = "#8a5a00"  # problems Save asks about
OK_COLOR = "#2e7d32"

_ROLES = {
    QPalette.ColorRole.Window: "#f3f5f6",
    QPalette.ColorRole.WindowText: "#1c2426",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#eef3f4",
    QPalette.ColorRole.ToolTipBase: "#ffffff",
    QPalette.ColorRole.ToolTipText: "#1c2426",
    QPalette.ColorRole.PlaceholderText: "#6b7a7d",
    QPalette.ColorRole.Text: "#1c2426",
    QPalette.ColorRole.Button: "#e8ecee",
    QPalette.ColorRole.ButtonText: "#1c2426",
    QPalette.ColorRole.BrightText: "#ffffff",
    QPalette.ColorRole.Highlight: ACCENT,
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: ACCENT,
}

STYLE_SHEET = f"""
QFrame#nav_frame {{ background: #e4eaec; max-width: 230px; }}
QListWidget#nav_list {{ background: #e4eaec; border: none; outline: 0; font-size: 11pt; padding-top: 8px; }}
QLabel[role="who"] {{ color: #15383c; padding: 8px 14px; }}
QLabel[role="empty_state"] {{ color: #4d5c5f; font-size: 11pt; }}
QListWidget#nav_list::item {{ padding: 10px 12px; border-radius: 4px; margin: 1px 6px; }}
QListWidget#nav_list::item:selected {{ background: {ACCENT}; color: white; }}
QLabel[role="page_title"] {{ font-size: 15pt; font-weight: 600; color: #15383c; }}
QLabel[role="hint"] {{ color: #4d5c5f; }}
QLabel[level="block"] {{ color: {BLOCK_COLOR}; }}
QLabel[level="warn"] {{ color: {WARN_COLOR}; }}
QLabel[level="ok"] {{ color: {OK_COLOR}; }}
QGroupBox {{ font-weight: 600; border: 1px solid #d3dadc; border-radius: 6px; margin-top: 14px;
            padding: 10px 8px 8px 8px; background: #fbfcfc; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 10px; padding: 0 4px; color: #15383c; }}
QPushButton[role="primary"] {{ background: {ACCENT}; color: white; border: 1px solid #17565d;
                              border-radius: 4px; padding: 5px 14px; }}
QPushButton[role="primary"]:disabled {{ background: #9fb9bc; border-color: #9fb9bc; }}
QStatusBar QLabel {{ padding: 0 8px; }}
"""


def apply_theme(app: QApplication) -> None:
    app.setStyle("Fusion")
    palette = QPalette()
    for role, color in _ROLES.items():
        palette.setColor(role, QColor(color))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#8c9a9d"))
    app.setPalette(palette)
    app.setStyleSheet(STYLE_SHEET)
    apply_ui_font(app)  # after the style sheet: setting one resets the per-class fonts of the platform theme
