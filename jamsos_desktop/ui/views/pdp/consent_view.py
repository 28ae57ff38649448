"""Hak Peserta → Formulir persetujuan: who has not returned a signed form; print forms, record returned ones.

The list reuses the participant table model over `ConsentService.missing` (paged, masked NIK). Recording a
returned form asks the day and the receiver in a small dialog; printing runs off the GUI thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget

from jamsos_desktop.domain.categories import default_categories
from jamsos_desktop.domain.numbers import normalize_rt_rw
from jamsos_desktop.services import Services
from jamsos_desktop.services.consent import ConsentService
from jamsos_desktop.services.listing import ListFilter, Order
from jamsos_desktop.ui.errors import is_refusal, refusal_text
from jamsos_desktop.ui.generated.ui_consent_view import Ui_ConsentView
from jamsos_desktop.ui.models.participant_table import ParticipantTableModel
from jamsos_desktop.ui.tasks import TaskRunner
from jamsos_desktop.ui.views.pdp.received_dialog import ConsentReceivedDialog
from jamsos_desktop.ui.widgets.pickers import FilePicker, ensure_suffix
from jamsos_desktop.ui.widgets.prompts import Prompter


class MissingForms:
    """The participant table's source (page, count, first page) over the participants whose signed form is missing."""

    def __init__(self, consent: ConsentService) -> None:
        self._consent = consent

    def page(self, flt: ListFilter | None = None, *, offset: int = 0, limit: int = 200,
             order: Order = "full_name") -> list[dict[str, Any]]:
        return self._consent.missing(flt, offset=offset, limit=limit)

    def count(self, flt: ListFilter | None = None, *, cap: int | None = None) -> int:
        return self._consent.missing_count(flt)

    def first_page(self, flt: ListFilter | None = None, *, cap: int, limit: int = 200,
                   order: Order = "full_name") -> tuple[int, list[dict[str, Any]]]:
        return self.count(flt, cap=cap), self.page(flt, limit=limit, order=order)


class ConsentView(QWidget):
    open_requested = Signal(str)  # participant id
    forms_recorded = Signal(int)  # how many signed forms were recorded

    def __init__(self, services: Services, *, tasks: TaskRunner, prompter: Prompter, picker: FilePicker,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ConsentView()
        self.ui.setupUi(self)
        self._services, self._tasks, self._prompter, self._picker = services, tasks, prompter, picker
        categories = {c.code: c.label for c in default_categories().categories}
        self.model = ParticipantTableModel(MissingForms(services.consent), category_labels=categories, parent=self)
        table = self.ui.table_view
        table.setModel(self.model)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((210, 150, 75, 200, 165, 125)):
            table.setColumnWidth(column, width)
        for edit in (self.ui.search_edit, self.ui.rt_edit, self.ui.rw_edit):
            edit.textChanged.connect(self.apply_filter)
        self.ui.reset_filters_button.clicked.connect(self.on_reset_filters_clicked)
        self.ui.received_button.clicked.connect(self.on_received_clicked)
        self.ui.open_button.clicked.connect(self.on_open_clicked)
        table.doubleClicked.connect(lambda index: self.open_requested.emit(self.model.participant_id(index.row())))
        self.ui.print_selected_button.clicked.connect(lambda: self.print_forms(self.selected_ids()))
        self.ui.print_all_button.clicked.connect(self.on_print_all_clicked)
        self.ui.blank_button.clicked.connect(self.on_blank_clicked)
        self.model.modelReset.connect(self._update_summary)
        table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - read when seen, not at start-up
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_filter(self.current_filter())

    def current_filter(self) -> ListFilter:
        rt, rw = self.ui.rt_edit.text().strip(), self.ui.rw_edit.text().strip()
        return ListFilter(text=self.ui.search_edit.text().strip(), rt=(normalize_rt_rw(rt) or rt) if rt else "",
                          rw=(normalize_rt_rw(rw) or rw) if rw else "")

    def apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.ui.table_view.selectionModel().selectedRows()})
        return [self.model.participant_id(r) for r in rows]

    # --- slots ---------------------------------------------------------------------------------------------
    def on_reset_filters_clicked(self) -> None:
        for edit in (self.ui.search_edit, self.ui.rt_edit, self.ui.rw_edit):
            edit.clear()

    def on_open_clicked(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.open_requested.emit(ids[0])

    def on_received_clicked(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        row = self.model.row_of(ids[0])
        name = self.model.data(self.model.index(row or 0, 0)) if len(ids) == 1 else self.tr(
            "{n} peserta").format(n=len(ids))
        operators = {o.username: o.display_name or o.username for o in self._services.auth.operators() if o.active}
        actor = self._services.office.actor
        dialog = ConsentReceivedDialog(name=str(name), today=self._services.office.today(), operators=operators,
                                       me=actor.username if actor else "", parent=self)
        dialog.accepted.connect(lambda: self._record(ids, dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _record(self, ids: list[str], dialog: ConsentReceivedDialog) -> None:
        done = 0
        try:
            for pid in ids:
                self._services.consent.record_received(pid, received_on=dialog.received_on(),
                                                       received_by=dialog.received_by())
                done += 1
        except Exception as exc:
            if not is_refusal(exc):
                raise
            self._prompter.warn(self, self.tr("Formulir belum dicatat"), refusal_text(exc))
        if done:
            self._show_result(self.tr("{n} formulir bertanda tangan dicatat diterima {day}.").format(
                n=done, day=f"{dialog.received_on():%d-%m-%Y}"), "ok")
            self.refresh()
            self.forms_recorded.emit(done)

    def on_print_all_clicked(self) -> None:
        flt = self.current_filter()
        ids = [r["id"] for r in self._services.consent.missing(flt, limit=self.model.total)]
        self.print_forms(ids)

    def print_forms(self, ids: list[str]) -> None:
        if not ids:
            return
        today = self._services.office.today()
        path = self._ask_pdf(f"formulir-persetujuan-{today:%Y%m%d}.pdf")
        if path is None:
            return
        self._tasks.run(lambda _p: self._services.consent.print_forms(ids, path), parent=self,
                        label=self.tr("Menyiapkan {n} formulir…").format(n=len(ids)),
                        on_success=lambda out: self._saved(out, len(ids)), on_failure=self._failed)

    def on_blank_clicked(self) -> None:
        path = self._ask_pdf("formulir-persetujuan-kosong.pdf")
        if path is not None:
            self._tasks.run(lambda _p: self._services.consent.print_blank(path), parent=self,
                            label=self.tr("Menyiapkan formulir kosong…"), on_success=lambda out: self._saved(out, 1),
                            on_failure=self._failed)

    def _ask_pdf(self, suggested: str) -> Path | None:
        path = self._picker.save_file(self, title=self.tr("Simpan formulir (PDF)"), suggested=suggested,
                                      name_filter=self.tr("Dokumen PDF (*.pdf)"))
        return ensure_suffix(path, ".pdf") if path is not None else None

    def _saved(self, out: Path, n: int) -> None:
        self._show_result(self.tr("{n} formulir tersimpan: {path}. Cetak di kertas A4, ukuran sebenarnya.").format(
            n=n, path=out), "ok")

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, OSError):
            text = self.tr("Berkas tidak bisa disimpan di sana (folder tidak ada, penuh, atau berkasnya sedang "
                           "dibuka). Tutup berkasnya atau pilih tempat lain.")
        elif is_refusal(exc):
            text = refusal_text(exc)
        else:
            raise exc
        self._show_result(text, "block")
        self._prompter.warn(self, self.tr("Formulir belum tersimpan"), text)

    # --- helpers -------------------------------------------------------------------------------------------
    def _update_summary(self) -> None:
        counts = self._services.consent.counts()
        self.ui.summary_label.setText(self.tr(
            "<b>{missing} dari {total} peserta</b> belum menyerahkan formulir bertanda tangan "
            "({shown} tampil dengan saringan ini).").format(missing=counts["missing"], total=counts["total"],
                                                           shown=self.model.total))
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = bool(self.ui.table_view.selectionModel().selectedRows())
        for button in (self.ui.received_button, self.ui.open_button, self.ui.print_selected_button):
            button.setEnabled(chosen)
        self.ui.print_all_button.setEnabled(self.model.total > 0)

    def _show_result(self, text: str, level: str) -> None:
        self.ui.result_label.setText(text)
        self.ui.result_label.setProperty("level", level)
        self.ui.result_label.style().polish(self.ui.result_label)
