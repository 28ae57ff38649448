"""What a clerk would see as broken on a small screen: widgets outside the window, cut labels, buttons and columns.

`layout_problems(window)` walks every widget visible in the window and reports, in words a developer can act
on: a widget that lies (partly) outside the window (unless it sits in a scroll area, which can bring it into
view), a label or button narrower or lower than its text needs, a table column header narrower than its title,
and tabs that do not all fit their bar.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QComboBox,
    QHeaderView,
    QLabel,
    QTabBar,
    QWidget,
)

SLACK = 1  # pixels of rounding


def _name(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, (QLabel, QAbstractButton)):
        text = widget.text().replace("\n", " ")[:50]
    chain = []
    w: QWidget | None = widget
    while w is not None and len(chain) < 4:
        chain.append(w.objectName() or type(w).__name__)
        w = w.parentWidget()
    return f"{'/'.join(reversed(chain))} {text!r}"


def _scrolled(widget: QWidget, window: QWidget) -> bool:
    """Inside the viewport of a scroll area (or item view): reachable by scrolling."""
    w = widget.parentWidget()
    while w is not None and w is not window:
        parent = w.parentWidget()
        if isinstance(parent, QAbstractScrollArea) and w is parent.viewport():
            return True
        w = parent
    return False


def _inside_combo(widget: QWidget) -> bool:
    w = widget.parentWidget()
    while w is not None:
        if isinstance(w, QComboBox):
            return True
        w = w.parentWidget()
    return False


def _label_problem(label: QLabel) -> str | None:
    if not label.text() or label.pixmap() is not None and not label.pixmap().isNull():
        return None
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            return f"label cut: {label.height()} px high, its text needs {needed}"
        return None
    hint = label.sizeHint()
    if hint.width() > label.width() + SLACK:
        return f"label cut: {label.width()} px wide, its text needs {hint.width()}"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    if not button.text():
        return None
    hint = button.sizeHint()
    if hint.width() > button.width() + SLACK:
        return f"button text cut: {button.width()} px wide, needs {hint.width()}"
    return None


def _header_problems(header: QHeaderView) -> list[str]:
    if header.orientation().name != "Horizontal" or not header.isVisible():
        return []
    model = header.model()
    if model is None:
        return []
    out = []
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        title = str(model.headerData(section, header.orientation()) or "")
        needed = header.sectionSizeFromContents(section).width()  # what Qt needs to draw the title whole
        if header.sectionSize(section) + SLACK < needed:
            out.append(f"column {title!r} cut: {header.sectionSize(section)} px wide, its title needs {needed}")
    return out


def _tab_problems(bar: QTabBar) -> list[str]:
    needed = sum(bar.tabSizeHint(i).width() for i in range(bar.count()) if bar.isTabVisible(i))
    return [f"tabs cut: {bar.width()} px wide, they need {needed}"] if needed > bar.width() + SLACK else []


def layout_problems(window: QWidget) -> list[str]:
    area = window.rect()
    problems: list[str] = []
    for widget in window.findChildren(QWidget):
        if widget.isWindow() or not widget.isVisibleTo(window) or _inside_combo(widget):
            continue
        if not _scrolled(widget, window):
            rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
            if not area.adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(rect):
                problems.append(f"{_name(widget)}: outside the window ({rect.getRect()} in {area.getRect()})")
        found: list[str | None] = []
        if isinstance(widget, QLabel):
            found.append(_label_problem(widget))
        elif isinstance(widget, QAbstractButton):
            found.append(_button_problem(widget))
        elif isinstance(widget, QHeaderView):
            found.extend(_header_problems(widget))
        elif isinstance(widget, QTabBar):
            found.extend(_tab_problems(widget))
        problems.extend(f"{_name(widget)}: {p}" for p in found if p)
    return problems
