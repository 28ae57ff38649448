"""The main window's pages: an entry in the navigation list and a place in the page stack each, built at once
or (a builder) the first time the page is shown or asked for; and what building the window needs that is not
the office's, made ahead (`warm_up`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStackedWidget, QTableView, QWidget

from jamsos_desktop.domain.wilayah import batam
from jamsos_desktop.ui.heap import give_back
from jamsos_desktop.ui.icons import icon

PAGES = ("peserta", "persetujuan", "kartu", "kirim", "laporan", "hak", "audit", "pengaturan")  # in the menu's order


def warm_up() -> None:
    """What building the main window needs that is not the office's: the app calls this while the sign-in
    window waits for the office to open, so that building the window after the password does not (issue 18).

    - The menu's icons (two SVG renderings each) and the area list.
    - The Python types PySide makes when the list's table first hands out its viewport: to name that widget's
      type it makes QtWidgets' remaining classes (~70 enums, tens of ms)."""
    for name in PAGES:
        icon(name)
    batam()
    view = QTableView()
    view.viewport()
    view.deleteLater()


class LazyPages:
    def __init__(self, nav_list: QListWidget, stack: QStackedWidget) -> None:
        self._nav, self._stack = nav_list, stack
        self._built: dict[str, QWidget] = {}
        self._builders: dict[str, Callable[[], QWidget]] = {}

    def add(self, name: str, title: str, page: QWidget | Callable[[], QWidget]) -> None:
        item = QListWidgetItem(icon(name), title)
        item.setData(Qt.ItemDataRole.UserRole, name)
        self._nav.addItem(item)
        if isinstance(page, QWidget):
            self._built[name] = page
            self._stack.addWidget(page)
        else:
            self._builders[name] = page
            self._stack.addWidget(QWidget(self._stack))  # its place until it is built

    def get(self, name: str) -> Any:
        """The page called `name`, built (and put in its place in the stack) on first use."""
        page = self._built.get(name)
        if page is None:
            row = self.row_of(name)
            if row is None:
                raise KeyError(name)
            placeholder = self._stack.widget(row)
            assert placeholder is not None
            page = self._built[name] = self._builders.pop(name)()
            self._stack.insertWidget(row, page)
            self._stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._stack.setCurrentIndex(self._nav.currentRow())
            give_back()  # the page's building and first reads leave freed memory behind (ui/heap.py)
        return page

    def row_of(self, name: str) -> int | None:
        for row in range(self._nav.count()):
            if self._nav.item(row).data(Qt.ItemDataRole.UserRole) == name:
                return row
        return None

    def is_built(self, name: str) -> bool:
        return name in self._built
