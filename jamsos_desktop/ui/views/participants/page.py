"""The Peserta page: the list, and the form in its place while a participant is open; import and export."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from jamsos_desktop.services import Services
from jamsos_desktop.ui.tasks import TaskRunner
from jamsos_desktop.ui.views.participants.list_view import ParticipantListView
from jamsos_desktop.ui.views.participants.spreadsheet_actions import SpreadsheetActions
from jamsos_desktop.ui.widgets.pickers import FilePicker
from jamsos_desktop.ui.widgets.prompts import Prompter

if TYPE_CHECKING:
    from jamsos_desktop.ui.views.participants.form_view import ParticipantFormView


class ParticipantsPage(QWidget):
    participants_changed = Signal()  # something was saved or deleted
    notices_changed = Signal()  # a notice from Disnaker was marked read
    form_shown = Signal(bool)  # True: the form replaced the list; False: the list is back

    def __init__(self, services: Services, *, kelurahan_code: str, kelurahan_label: str, prompter: Prompter,
                 tasks: TaskRunner | None = None, picker: FilePicker | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("participants_page")
        self.list_view = ParticipantListView(services, self)
        self._form: ParticipantFormView | None = None  # built the first time a participant is opened or added
        self._form_args = {"services": services, "kelurahan_code": kelurahan_code,
                           "kelurahan_label": kelurahan_label, "prompter": prompter}
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self.list_view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.addWidget(self._stack)
        self._form_actions: list[QWidget] = []
        self._action_makers: list[Callable[[ParticipantFormView], QWidget]] = []
        self.list_view.open_requested.connect(self.open_participant)
        self.list_view.new_requested.connect(self.new_participant)
        self._stack.currentChanged.connect(lambda _i: self.form_shown.emit(self.form_is_open()))
        self.spreadsheets = SpreadsheetActions(services, tasks=tasks or TaskRunner(self), prompter=prompter,
                                               picker=picker or FilePicker(self), parent=self)
        self.list_view.import_requested.connect(self.spreadsheets.open_import_wizard)
        self.list_view.export_requested.connect(lambda: self.spreadsheets.export(self.list_view.current_filter()))
        self.spreadsheets.participants_imported.connect(self.on_participants_imported)

    @property
    def form_view(self) -> ParticipantFormView:
        """The form, built on first use: a clerk who only looks at the list never pays for its ~60 fields at
        start (issue 18: the main window's first page)."""
        if self._form is None:
            from jamsos_desktop.ui.views.participants.form_view import ParticipantFormView

            form = self._form = ParticipantFormView(**self._form_args, parent=self)  # type: ignore[arg-type]
            self._stack.addWidget(form)
            form.new_requested.connect(self.new_participant)
            form.close_requested.connect(self.show_list)
            form.notices_changed.connect(self.notices_changed)
            form.participant_saved.connect(self.on_participant_saved)
            form.participant_deleted.connect(self.on_participant_deleted)
            for make in self._action_makers:
                self._insert_form_action(form, make(form))
        return self._form

    def form_built(self) -> bool:
        return self._form is not None

    def add_form_action(self, make: Callable[[ParticipantFormView], QWidget]) -> None:
        """A button another feature puts beside Hapus (the shell adds Hak peserta), made with the form when the
        form is built; shown for a saved participant."""
        self._action_makers.append(make)
        if self._form is not None:
            self._insert_form_action(self._form, make(self._form))

    def _insert_form_action(self, form: ParticipantFormView, widget: QWidget) -> None:
        row = form.ui.action_row
        row.insertWidget(row.indexOf(form.ui.delete_button), widget)
        self._form_actions.append(widget)

    def _show_form_actions(self, shown: bool) -> None:
        for widget in self._form_actions:
            widget.setVisible(shown)

    def form_is_open(self) -> bool:
        return self._form is not None and self._stack.currentWidget() is self._form

    def confirm_leave(self) -> bool:
        return not self.form_is_open() or self.form_view.confirm_leave()

    def open_participant(self, participant_id: str) -> None:
        if self.form_is_open() and not self.form_view.confirm_leave():
            return
        self.form_view.open_participant(participant_id)
        self._show_form_actions(True)
        self._stack.setCurrentWidget(self.form_view)

    def new_participant(self) -> None:
        if self.form_is_open() and not self.form_view.confirm_leave():
            return
        self.form_view.start_new()
        self._show_form_actions(False)  # a new participant has nothing on record yet
        self._stack.setCurrentWidget(self.form_view)

    def show_list(self) -> None:
        if self.form_is_open() and not self.form_view.confirm_leave():
            return
        self._stack.setCurrentWidget(self.list_view)
        self.list_view.ui.search_edit.setFocus()

    def focus_search(self) -> None:
        self.show_list()
        if not self.form_is_open():
            self.list_view.ui.search_edit.setFocus()
            self.list_view.ui.search_edit.selectAll()

    def open_selected(self) -> None:
        if not self.form_is_open():
            self.list_view.on_open_clicked()

    def refresh(self) -> None:
        self.list_view.refresh()

    def on_participant_saved(self, _participant_id: str) -> None:
        self._show_form_actions(True)
        self.list_view.refresh()
        self.participants_changed.emit()

    def on_participant_deleted(self, _participant_id: str) -> None:
        self.list_view.refresh()
        self._stack.setCurrentWidget(self.list_view)
        self.list_view.notify(self.tr("Data {name} dihapus; tetap tersimpan dengan alasannya dan ikut dikirim ke "
                                      "Disnaker.").format(name=self.form_view.ui.full_name_edit.text().strip().upper()))
        self.participants_changed.emit()

    def on_participants_imported(self, added: int) -> None:
        self.list_view.refresh()
        self.list_view.notify(self.tr("{n} peserta baru dari Excel tersimpan.").format(n=added))
        self.participants_changed.emit()
