"""The main window's pages: an entry in the navigation list and a place in the page stack each, built at once
or (a builder) the first time the page is shown or asked for."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStackedWidget, QWidget

from jamsos_desktop.ui.heap import give_back
from jamsos_desktop.ui.icons import icon


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
