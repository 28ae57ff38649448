"""Entries waiting for a supervisor: approve one, several or all of them; reject one with a reason.

Approving many runs in the background in batches, with a progress dialog whose Cancel stops between
batches (what was approved before stays approved).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from jamsos_desktop.domain.categories import default_categories
from jamsos_desktop.domain.statuses import Status
from jamsos_desktop.services import Services
from jamsos_desktop.services.listing import ListFilter
from jamsos_desktop.ui.errors import is_refusal, refusal_text
from jamsos_desktop.ui.generated.ui_approval_view import Ui_ApprovalView
from jamsos_desktop.ui.models.participant_table import ParticipantTableModel
from jamsos_desktop.ui.tasks import TaskRunner
from jamsos_desktop.ui.widgets.prompts import Prompter

WAITING = ListFilter(statuses=(Status.READY,))
BATCH = 100
BACKGROUND_FROM = 200  # approving fewer than this is quick enough to do at once


def approve_in_batches(approve: Callable[[Sequence[str]], object], ids: Sequence[str],
                       progress: Callable[[int, int], None]) -> int:
    done = 0
    for start in range(0, len(ids), BATCH):
        progress(done, len(ids))
        batch = ids[start:start + BATCH]
        approve(batch)
        done += len(batch)
    progress(done, len(ids))
    return done


class ApprovalView(QWidget):
    participants_changed = Signal()
    open_requested = Signal(str)  # participant id

    def __init__(self, services: Services, *, tasks: TaskRunner, prompter: Prompter,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ApprovalView()
        self.ui.setupUi(self)
        self._services = services
        self._tasks = tasks
        self._prompter = prompter
        categories = {c.code: c.label for c in default_categories().categories}
        self.model = ParticipantTableModel(services.participants, category_labels=categories, parent=self)
        self.model.set_filter(WAITING)
        self.ui.approval_table.setModel(self.model)
        self.ui.approval_table.verticalHeader().hide()
        self.ui.approval_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.ui.approval_table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((220, 150, 80, 210, 170, 120)):
            self.ui.approval_table.setColumnWidth(column, width)
        self.ui.approve_selected_button.clicked.connect(self.on_approve_selected_clicked)
        self.ui.approve_all_button.clicked.connect(self.on_approve_all_clicked)
        self.ui.reject_button.clicked.connect(self.on_reject_clicked)
        self.ui.open_button.clicked.connect(self.on_open_clicked)
        self.ui.approval_table.doubleClicked.connect(lambda i: self.open_requested.emit(self.model.participant_id(i.row())))
        self.ui.approval_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self._update_buttons()

    def refresh(self) -> None:
        self.model.refresh()

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.ui.approval_table.selectionModel().selectedRows()})
        return [self.model.participant_id(r) for r in rows]

    def on_approve_selected_clicked(self) -> None:
        self._approve(self.selected_ids())

    def on_approve_all_clicked(self) -> None:
        ids = self._services.participants.ids(WAITING)
        if ids and self._prompter.confirm(
                self, self.tr("Setujui semua"),
                self.tr("Setujui semua {n} data yang menunggu? Setelah disetujui, data ikut terkirim pada "
                        "pengiriman berikutnya.").format(n=len(ids)), yes=self.tr("Setujui semua")):
            self._approve(ids)

    def on_reject_clicked(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        name = self.model.data(self.model.index(self.ui.approval_table.currentIndex().row(), 0))
        reason = self._prompter.ask_reason(self, title=self.tr("Tolak data"), question=self.tr(
            "Mengapa data {name} ditolak? Operator akan membaca alasan ini untuk memperbaikinya.").format(name=name))
        if reason is None:
            return
        self._call(lambda: self._services.participants.reject(ids[0], reason=reason))

    def on_open_clicked(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.open_requested.emit(ids[0])

    def _approve(self, ids: list[str]) -> None:
        if not ids:
            return
        if len(ids) < BACKGROUND_FROM:
            self._call(lambda: self._services.participants.approve(ids))
            return
        self._tasks.run(lambda progress: approve_in_batches(self._services.participants.approve, ids, progress),
                        parent=self, label=self.tr("Menyetujui {n} data…").format(n=len(ids)),
                        on_success=lambda _n: self._changed(), on_failure=self._show_failure,
                        on_cancel=self._changed)

    def _call(self, action: Callable[[], object]) -> None:
        try:
            action()
        except Exception as exc:
            if not is_refusal(exc):
                raise
            self._show_failure(exc)
        self._changed()

    def _show_failure(self, exc: Exception) -> None:
        if not is_refusal(exc):
            raise exc
        self._prompter.warn(self, self.tr("Tidak bisa"), refusal_text(exc))
        self._changed()

    def _changed(self) -> None:
        self.refresh()
        self.participants_changed.emit()

    def _update_buttons(self) -> None:
        selected = len(self.selected_ids())
        self.ui.approve_selected_button.setEnabled(selected > 0)
        self.ui.approve_selected_button.setText(
            self.tr("Setujui yang dipilih ({n})").format(n=selected) if selected else self.tr("Setujui yang dipilih"))
        self.ui.reject_button.setEnabled(selected == 1)
        self.ui.open_button.setEnabled(selected == 1)
        self.ui.approve_all_button.setEnabled(self.model.total > 0)
        self.ui.approve_all_button.setText(self.tr("Setujui semua ({n})").format(n=self.model.total))
        self.ui.count_label.setText(self.tr("{n} data menunggu persetujuan").format(n=self.model.total))
