"""The keyboard commands of the main window, shown with their shortcuts in the menus.

Ctrl+N new participant, Ctrl+S (or Ctrl+Enter) save, Esc back to the list, Ctrl+F search, F5 reload the page,
F1 the user guide. Each command goes to the page on screen through a small set of optional methods
(`focus_search`, `open_selected`, `refresh`), so a page only says what it can do.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from jamsos_desktop.ui.generated.ui_main_window import Ui_MainWindow


class FormPage(Protocol):
    """What the commands need of the Peserta page (a list, or the form in its place)."""

    form_shown: Any  # Signal(bool)

    @property
    def form_view(self) -> Any: ...  # has save() and go_back(); built on first use

    def form_is_open(self) -> bool: ...

    def new_participant(self) -> None: ...

    def focus_search(self) -> None: ...


class ShellCommands(QObject):
    def __init__(self, ui: Ui_MainWindow, *, participants: FormPage, show_page: Callable[[str], None],
                 open_guide: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self._participants = participants
        self._show_page = show_page
        ui.action_save.setShortcuts([QKeySequence("Ctrl+S"), QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        ui.action_new_participant.triggered.connect(self.on_new_participant)
        ui.action_save.triggered.connect(self.on_save)
        ui.action_back.triggered.connect(self.on_back)
        ui.action_search.triggered.connect(self.on_search)
        ui.action_open_selected.triggered.connect(self.on_open_selected)
        ui.action_refresh.triggered.connect(self.on_refresh)
        ui.action_user_guide.triggered.connect(open_guide)
        ui.page_stack.currentChanged.connect(self.update)
        participants.form_shown.connect(self.update)
        self.update()

    def current_page(self) -> QWidget:
        return self.ui.page_stack.currentWidget()

    def _form_on_screen(self) -> bool:
        return self.current_page() is self._participants and self._participants.form_is_open()

    def update(self) -> None:
        """Save and Back only where there is a form to save or leave."""
        form = self._form_on_screen()
        self.ui.action_save.setEnabled(form)
        self.ui.action_back.setEnabled(form)
        page = self.current_page()
        self.ui.action_open_selected.setEnabled(hasattr(page, "open_selected") and not form)

    # --- slots -----------------------------------------------------------------------------------------
    def on_new_participant(self) -> None:
        self._show_page("peserta")
        self._participants.new_participant()

    def on_save(self) -> None:
        if self._form_on_screen():
            self._participants.form_view.save()

    def on_back(self) -> None:
        if self._form_on_screen():
            self._participants.form_view.go_back()

    def on_search(self) -> None:
        page: Any = self.current_page()  # any page with a search box has focus_search()
        if not hasattr(page, "focus_search"):
            self._show_page("peserta")
            page = self._participants
        page.focus_search()

    def on_open_selected(self) -> None:
        page = self.current_page()
        if hasattr(page, "open_selected"):
            page.open_selected()

    def on_refresh(self) -> None:
        page = self.current_page()
        if hasattr(page, "refresh"):
            page.refresh()
