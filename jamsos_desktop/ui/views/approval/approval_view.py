"""Entries waiting for a supervisor: check one in the detail pane, approve one, several or all of them (all: after
a confirmation naming the count), reject several with one reason.

The pane shows the whole record, full NIK included, so the supervisor can check it against the KTP without
leaving the page; showing it is an audited view, made only once the selection rests. Approving or rejecting
many runs in the background in batches, with a progress dialog whose Cancel stops between batches (what was
approved or rejected before stays so). Each action ends with a short line saying what was done.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from jamsos_desktop.domain.categories import default_categories
from jamsos_desktop.domain.statuses import Status
from jamsos_desktop.services import Services
from jamsos_desktop.services.listing import ListFilter
from jamsos_desktop.ui.errors import is_refusal, refusal_text
from jamsos_desktop.ui.generated.ui_approval_view import Ui_ApprovalView
from jamsos_desktop.ui.models.participant_table import ParticipantTableModel
from jamsos_desktop.ui.models.record_summary import record_html
from jamsos_desktop.ui.tasks import TaskRunner
from jamsos_desktop.ui.widgets.empty_state import EmptyState
from jamsos_desktop.ui.widgets.levels import set_level
from jamsos_desktop.ui.widgets.prompts import Prompter

WAITING = ListFilter(statuses=(Status.READY,))
BATCH = 100
BACKGROUND_FROM = 200  # approving fewer than this is quick enough to do at once
DETAIL_DELAY_MS = 300  # arrowing down the list does not open (and audit) every record on the way


def in_batches(action: Callable[[Sequence[str]], object], ids: Sequence[str],
               progress: Callable[[int, int], None]) -> int:
    """`action` on `ids` a batch at a time (each batch its own transaction), reporting progress between them."""
    done = 0
    for start in range(0, len(ids), BATCH):
        progress(done, len(ids))
        batch = ids[start:start + BATCH]
        action(batch)
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
        for column, width in enumerate((200, 140, 70, 190, 150, 120)):
            self.ui.approval_table.setColumnWidth(column, width)
        for column in (4, 6):  # status (all "waiting" here) and KPJ (none yet): room for the detail pane
            self.ui.approval_table.hideColumn(column)
        self.ui.approval_splitter.setStretchFactor(0, 3)
        self.ui.approval_splitter.setStretchFactor(1, 2)
        self._detail_timer = QTimer(self, singleShot=True, interval=DETAIL_DELAY_MS)
        self._detail_timer.timeout.connect(self.show_detail)
        self.empty_state = EmptyState(self.ui.approval_table, lambda: self.tr(
            "Tidak ada data yang menunggu persetujuan.\nData baru yang disimpan operator muncul di sini."))
        self.ui.approve_selected_button.clicked.connect(self.on_approve_selected_clicked)
        self.ui.approve_all_button.clicked.connect(self.on_approve_all_clicked)
        self.ui.reject_button.clicked.connect(self.on_reject_clicked)
        self.ui.open_button.clicked.connect(self.on_open_clicked)
        self.ui.approval_table.activated.connect(lambda i: self.open_requested.emit(self.model.participant_id(i.row())))
        self.ui.approval_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.ui.approval_table.selectionModel().selectionChanged.connect(lambda *_: self._detail_timer.start())
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
                self.tr("Setujui semua {n} data yang menunggu, termasuk yang belum Anda periksa? Setelah "
                        "disetujui, data ikut terkirim pada pengiriman berikutnya.").format(n=len(ids)),
                yes=self.tr("Setujui {n} data").format(n=len(ids))):
            self._approve(ids)

    def on_reject_clicked(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        names = self._names(ids)
        question = self.tr("Mengapa data {name} ditolak? Operator akan membaca alasan ini untuk memperbaikinya.").format(
            name=names[0]) if len(ids) == 1 else self.tr(
            "Tolak {n} data ({names}) dengan satu alasan? Operator akan membaca alasan ini untuk memperbaikinya.").format(
            n=len(ids), names=", ".join(names[:3]) + (", …" if len(names) > 3 else ""))
        reason = self._prompter.ask_reason(self, title=self.tr("Tolak data"), question=question)
        if reason is None:
            return
        if len(ids) < BACKGROUND_FROM:
            if self._call(lambda: self._services.participants.reject_many(ids, reason=reason)):
                self._rejected(len(ids), reason)
            return
        self._tasks.run(lambda progress: in_batches(lambda batch: self._services.participants.reject_many(
                            batch, reason=reason), ids, progress),
                        parent=self, label=self.tr("Menolak {n} data…").format(n=len(ids)),
                        on_success=lambda n: self._rejected_in_background(n, reason),
                        on_failure=self._show_failure, on_cancel=lambda: self._cancelled(self.tr(
                            "Dibatalkan. Data yang sudah ditolak sebelum Batal tetap ditolak.")))

    def _rejected_in_background(self, n: int, reason: str) -> None:
        self._changed()
        self._rejected(n, reason)

    def _rejected(self, n: int, reason: str) -> None:
        self._say(self.tr("{n} data ditolak dan dikembalikan ke operator dengan alasan: {reason}").format(
            n=n, reason=reason))

    def open_selected(self) -> None:
        self.on_open_clicked()

    def show_detail(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            self.ui.detail_browser.setHtml(self.tr("<p>Pilih satu baris untuk melihat rincian datanya.</p>") if not ids
                                           else self.tr("<p>{n} data dipilih.</p>").format(n=len(ids)))
            return
        try:
            record = self._services.participants.show(ids[0])  # audited as a view: the full NIK is shown
        except Exception as exc:
            if not is_refusal(exc):
                raise
            self.ui.detail_browser.setPlainText(refusal_text(exc))
            return
        self.ui.detail_browser.setHtml(record_html(record))

    def on_open_clicked(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.open_requested.emit(ids[0])

    def _approve(self, ids: list[str]) -> None:
        if not ids:
            return
        if len(ids) < BACKGROUND_FROM:
            if self._call(lambda: self._services.participants.approve(ids)):
                self._approved(len(ids))
            return
        self._tasks.run(lambda progress: in_batches(self._services.participants.approve, ids, progress),
                        parent=self, label=self.tr("Menyetujui {n} data…").format(n=len(ids)),
                        on_success=self._approved_in_background, on_failure=self._show_failure,
                        on_cancel=lambda: self._cancelled(self.tr(
                            "Dibatalkan. Data yang sudah disetujui sebelum Batal tetap disetujui.")))

    def _approved_in_background(self, n: int) -> None:
        self._changed()
        self._approved(n)

    def _cancelled(self, text: str) -> None:
        self._changed()
        self._say(text, "warn")

    def _approved(self, n: int) -> None:
        self._say(self.tr("{n} data disetujui; data itu ikut pada pengiriman berikutnya ke Disnaker.").format(n=n))

    def _names(self, ids: list[str]) -> list[str]:
        rows = sorted({i.row() for i in self.ui.approval_table.selectionModel().selectedRows()})
        return [str(self.model.data(self.model.index(r, 0))) for r in rows][:len(ids)]

    def _say(self, text: str, level: str = "ok") -> None:
        self.ui.result_label.setText(text)
        set_level(self.ui.result_label, level)

    def _call(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except Exception as exc:
            if not is_refusal(exc):
                raise
            self._show_failure(exc)
            return False
        self._changed()
        return True

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
        self.ui.reject_button.setEnabled(selected > 0)
        self.ui.reject_button.setText(self.tr("Tolak ({n})…").format(n=selected) if selected > 1 else self.tr("Tolak…"))
        self.ui.open_button.setEnabled(selected == 1)
        self.ui.approve_all_button.setEnabled(self.model.total > 0)
        self.ui.approve_all_button.setText(self.tr("Setujui semua ({n})…").format(n=self.model.total))
        self.ui.count_label.setText(self.tr("{n} data menunggu persetujuan").format(n=self.model.total))
