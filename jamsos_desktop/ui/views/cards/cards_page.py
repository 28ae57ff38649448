"""The Kartu page: choose participants, look at a specimen, issue the cards, print or save them; past cards; check one.

Participants are chosen from a list of those who may get a card: the selected rows, or everyone the filters
show ("all approved in RT 003"). "Lihat contoh" draws the first cards marked CONTOH (no serial used, nothing
recorded); "Terbitkan kartu…" is the separate, confirmed act that gives new serials, records the cards and
revokes each person's earlier card. The PDFs go to a temporary folder that lives as long as the page; the
preview (QtPdf, with zoom) shows the latest; printing and saving only ever use issued cards (output.py).
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QTemporaryDir, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHeaderView, QWidget

from jamsos_desktop.domain.categories import default_categories
from jamsos_desktop.domain.numbers import normalize_rt_rw
from jamsos_desktop.domain.statuses import PRINTABLE as PRINTABLE_STATUSES
from jamsos_desktop.services import Services
from jamsos_desktop.services.cards import CardProblem, PreviewResult, PrintResult
from jamsos_desktop.services.listing import ListFilter
from jamsos_desktop.ui.errors import is_refusal, refusal_text
from jamsos_desktop.ui.generated.ui_cards_page import Ui_CardsPage
from jamsos_desktop.ui.models.labels import status_label
from jamsos_desktop.ui.models.participant_table import ParticipantTableModel
from jamsos_desktop.ui.tasks import TaskRunner
from jamsos_desktop.ui.views.cards.history import CardHistory
from jamsos_desktop.ui.views.cards.output import CardOutput
from jamsos_desktop.ui.views.cards.printing import PrintDialog, show_print_dialog
from jamsos_desktop.ui.views.cards.zoom import PreviewZoom
from jamsos_desktop.ui.widgets.empty_state import EmptyState
from jamsos_desktop.ui.widgets.pickers import FilePicker
from jamsos_desktop.ui.widgets.prompts import Prompter

SEARCH_DELAY_MS = 200


class CardsPage(QWidget):
    cards_made = Signal(object)  # PrintResult: cards issued (and recorded) into the preview

    def __init__(self, services: Services, *, tasks: TaskRunner, prompter: Prompter, picker: FilePicker | None = None,
                 print_dialog: PrintDialog = show_print_dialog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CardsPage()
        self.ui.setupUi(self)
        self._services, self._tasks, self._prompter = services, tasks, prompter
        self._temp = QTemporaryDir()  # generated PDFs (personal data) live only as long as the page
        self._made = 0
        self._busy = False
        self.result: PrintResult | None = None  # the latest issued cards (what Cetak and Simpan PDF use)
        self.preview: PreviewResult | None = None
        self.showing = ""  # "preview" or "issued": what the preview pane holds
        self.layout_of_result = "sheet"
        self.document = QPdfDocument(self)
        self.ui.pdf_view.setDocument(self.document)
        self.ui.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.zoom = PreviewZoom(self.ui, self)
        for splitter, stretch in ((self.ui.main_splitter, (1, 1)), (self.ui.page_splitter, (3, 1))):
            splitter.setStretchFactor(0, stretch[0])
            splitter.setStretchFactor(1, stretch[1])
        categories = {c.code: c.label for c in default_categories().categories}
        self.model = ParticipantTableModel(services.participants, category_labels=categories, parent=self)
        self._setup_filters(categories)
        self._setup_table()
        self.ui.layout_combo.addItem(self.tr("A4, 10 kartu"), "sheet")
        self.ui.layout_combo.addItem(self.tr("1 kartu (printer PVC)"), "single")
        self.ui.layout_combo.setToolTip(self.tr("A4: 10 kartu per lembar dengan tanda potong, untuk printer biasa. "
                                                "1 kartu: satu kartu per halaman, untuk printer kartu PVC."))
        self.output = CardOutput(self, prompter=prompter, picker=picker or FilePicker(self), print_dialog=print_dialog)
        self.history = CardHistory(services, self.ui, self)
        self.ui.preview_button.clicked.connect(self.on_preview_clicked)
        self.ui.issue_button.clicked.connect(self.on_issue_clicked)
        self.ui.print_button.clicked.connect(self.output.on_print_clicked)
        self.ui.save_pdf_button.clicked.connect(self.output.on_save_pdf_clicked)
        self.ui.all_shown_check.toggled.connect(self._update_buttons)
        self.apply_filter()

    def _setup_filters(self, categories: dict[str, str]) -> None:
        self.ui.status_combo.addItem(self.tr("Semua status"), "")
        for status in PRINTABLE_STATUSES:
            self.ui.status_combo.addItem(status_label(status), str(status))
        self.ui.category_combo.addItem(self.tr("Semua kategori"), "")
        for code, label in categories.items():
            self.ui.category_combo.addItem(label, code)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        for edit in (self.ui.search_edit, self.ui.rt_edit, self.ui.rw_edit):
            edit.textChanged.connect(self._search_timer.start)
        self.ui.status_combo.currentIndexChanged.connect(self.apply_filter)
        self.ui.category_combo.currentIndexChanged.connect(self.apply_filter)
        self.ui.reset_filters_button.clicked.connect(self.on_reset_filters_clicked)

    def _setup_table(self) -> None:
        table = self.ui.table_view
        table.setModel(self.model)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((160, 150, 72, 120)):
            table.setColumnWidth(column, width)
        for column in (5, 6):  # phone and KPJ: not needed to choose whose card to print
            table.hideColumn(column)
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.empty_state = EmptyState(table, lambda: self.tr(
            "Belum ada peserta yang bisa dibuatkan kartu.\nKartu hanya untuk peserta yang sudah disetujui "
            "supervisor (halaman Persetujuan).") if not self.current_filter().text and self.model.total == 0 else
            self.tr("Tidak ada peserta yang cocok dengan saringan."))
        self._update_buttons()

    # --- choosing participants ------------------------------------------------------------------------------
    def current_filter(self) -> ListFilter:
        status = self.ui.status_combo.currentData() or ""
        rt, rw = self.ui.rt_edit.text().strip(), self.ui.rw_edit.text().strip()
        return ListFilter(text=self.ui.search_edit.text().strip(),
                          statuses=(status,) if status else PRINTABLE_STATUSES,
                          category=self.ui.category_combo.currentData() or "",
                          rt=(normalize_rt_rw(rt) or rt) if rt else "", rw=(normalize_rt_rw(rw) or rw) if rw else "")

    def apply_filter(self) -> None:
        self._search_timer.stop()
        self.model.set_filter(self.current_filter())

    def refresh(self) -> None:
        self.model.refresh()
        self.history.refresh()

    def focus_search(self) -> None:
        self.ui.search_edit.setFocus()
        self.ui.search_edit.selectAll()

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.ui.table_view.selectionModel().selectedRows()})
        return [self.model.participant_id(r) for r in rows]

    def chosen_ids(self) -> list[str]:
        """Whose cards the buttons make: everyone the filters show, or the selected rows."""
        if self.ui.all_shown_check.isChecked():
            return self._services.participants.ids(self.current_filter())
        return self.selected_ids()

    def on_reset_filters_clicked(self) -> None:
        for edit in (self.ui.search_edit, self.ui.rt_edit, self.ui.rw_edit):
            edit.clear()
        self.ui.status_combo.setCurrentIndex(0)
        self.ui.category_combo.setCurrentIndex(0)
        self.apply_filter()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - approvals elsewhere change who may get a card
        super().showEvent(event)
        if not event.spontaneous():  # opening the page, not restoring the minimised window
            self.refresh()

    # --- preview and issue ----------------------------------------------------------------------------------
    def on_preview_clicked(self) -> None:
        self.make_preview(self.chosen_ids())

    def make_preview(self, ids: list[str]) -> None:
        if not ids or self._busy:
            return
        out = self._next_file("contoh")
        layout = self.ui.layout_combo.currentData()
        self._run(lambda progress: self._services.cards.preview_cards(ids, out, layout=layout, progress=progress),
                  label=self.tr("Menggambar contoh kartu…"), on_success=self.on_preview_made, out=out)

    def on_issue_clicked(self) -> None:
        ids = self.chosen_ids()
        if not ids:
            return
        holders = self._services.cards.holders(ids)
        text = self.tr("Terbitkan {n} kartu? Setiap kartu mendapat nomor baru dan tercatat di jejak audit.").format(
            n=len(ids))
        if holders:
            text += "\n\n" + self.tr("{n} dari peserta ini sudah punya kartu: kartu lama mereka DICABUT dan tidak "
                                     "berlaku lagi setelah kartu baru terbit.").format(n=holders)
        if self._prompter.confirm(self, self.tr("Terbitkan kartu"), text,
                                  yes=self.tr("Terbitkan {n} kartu").format(n=len(ids))):
            self.make_cards(ids)

    def make_cards(self, ids: list[str]) -> None:
        if not ids or self._busy:
            return
        out = self._next_file("kartu")
        layout = self.ui.layout_combo.currentData()
        self._run(lambda progress: self._services.cards.print_cards(ids, out, layout=layout, progress=progress),
                  label=self.tr("Menerbitkan {n} kartu…").format(n=len(ids)),
                  on_success=lambda result: self.on_cards_made(result, layout), out=out)

    def on_preview_made(self, result: PreviewResult) -> None:
        self._show_pdf(result.path, "preview")
        self.preview = result
        text = self.tr("CONTOH {n} kartu: belum diterbitkan, tanpa nomor kartu, tidak tercatat.").format(n=result.cards)
        if result.total > result.cards:
            text += " " + self.tr("(Contoh {n} kartu pertama dari {total} yang dipilih.)").format(
                n=result.cards, total=result.total)
        self.ui.preview_info_label.setText(text + " " + self.tr("Bila sudah benar, klik Terbitkan kartu…"))
        self._update_buttons()

    def on_cards_made(self, result: PrintResult, layout: str) -> None:
        self._show_pdf(result.path, "issued")
        self.result, self.layout_of_result = result, layout
        first, last = result.serials[0], result.serials[-1]
        text = self.tr("{n} kartu terbit: {pages} halaman (depan dan belakang), nomor kartu {first} sampai {last}.").format(
            n=result.cards, pages=self.document.pageCount(), first=first, last=last)
        if result.provisional:
            text += " " + self.tr("{n} kartu bertanda SEMENTARA karena datanya belum diterima kota.").format(
                n=result.provisional)
        if result.revoked:
            text += " " + self.tr("{n} kartu lama dicabut.").format(n=len(result.revoked))
        self.ui.preview_info_label.setText(text + " " + self.tr("Sekarang cetak atau simpan PDF."))
        self.history.refresh()
        self._update_buttons()
        self.cards_made.emit(result)

    def _show_pdf(self, path: Path, kind: str) -> None:
        """Show a new PDF; every older file (preview or issued cards: personal data) is deleted, since only what is
        shown can be printed or saved."""
        # Load the new file first: on Windows QtPdf keeps a closed document's file open until it loads another,
        # and deleting an open file fails there (WinError 32).
        self.document.load(str(path))
        self.showing = kind
        for old in Path(self._temp.path()).iterdir():
            if old != path:
                with contextlib.suppress(OSError):  # still held elsewhere: the page's temporary folder removes it later
                    old.unlink(missing_ok=True)

    def on_make_failed(self, exc: Exception) -> None:
        if isinstance(exc, CardProblem):
            self._prompter.warn(self, self.tr("Kartu tidak dibuat"), str(exc))
        elif is_refusal(exc):
            self._prompter.warn(self, self.tr("Kartu tidak dibuat"), refusal_text(exc))
        else:
            raise exc

    def _run(self, work, *, label: str, on_success, out: Path) -> None:  # type: ignore[no-untyped-def]
        self._set_busy(True)
        self._tasks.run(work, parent=self, label=label, on_success=on_success, on_failure=self.on_make_failed,
                        on_cancel=lambda: self.on_make_cancelled(out), on_finished=lambda: self._set_busy(False))

    def on_make_cancelled(self, out: Path) -> None:
        out.unlink(missing_ok=True)
        self.ui.preview_info_label.setText(self.tr("Dibatalkan. Tidak ada kartu yang diterbitkan atau dicatat."))

    def _next_file(self, stem: str) -> Path:
        self._made += 1
        return Path(self._temp.filePath(f"{stem}-{self._made}.pdf"))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected, total = len(self.selected_ids()), self.model.total
        everyone = self.ui.all_shown_check.isChecked()
        chosen = total if everyone else selected
        self.ui.all_shown_check.setText(self.tr("Semua yang tampil di daftar ({n})").format(n=total))
        self.ui.all_shown_check.setToolTip(self.tr("Buat kartu untuk semua peserta yang cocok dengan saringan, bukan "
                                                   "hanya baris yang dipilih."))
        self.ui.preview_button.setEnabled(chosen > 0 and not self._busy)
        self.ui.issue_button.setEnabled(chosen > 0 and not self._busy)
        self.ui.preview_button.setText(self.tr("Lihat contoh ({n})").format(n=chosen) if chosen
                                       else self.tr("Lihat contoh"))
        self.ui.issue_button.setText(self.tr("Terbitkan {n} kartu…").format(n=chosen) if chosen
                                     else self.tr("Terbitkan kartu…"))
        self.ui.count_label.setText(self.tr("{n} peserta bisa dibuatkan kartu di daftar ini; {s} dipilih (Ctrl atau "
                                            "Shift + klik untuk memilih beberapa).").format(n=total, s=selected))
        issued = self.result is not None and self.showing == "issued" and not self._busy
        for button in (self.ui.print_button, self.ui.save_pdf_button):
            button.setEnabled(issued)
            button.setToolTip("" if issued else self.tr("Terbitkan kartu dulu: contoh tidak bisa dicetak."))
