"""Colour a label by problem level through the style sheet's `level` property (block, warn, ok)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def set_level(widget: QWidget, level: str) -> None:
    if widget.property("level") == level:
        return
    widget.setProperty("level", level)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
