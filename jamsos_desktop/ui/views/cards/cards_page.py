"""The Kartu page: choose participants, generate their cards off the GUI thread, preview, print or save.

Participants are chosen from a list of those who may get a card (the participant table model with its own
filters): the selected rows, or everyone the filters show ("all approved in RT 003"). The PDF goes to a
temporary folder that lives as long as the page; the preview (QtPdf) shows that file, "Cetak…" prints it at
actual size, "Simpan PDF…" copies it where the clerk says. "Periksa kartu" checks a scanned QR token.
"""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTemporaryDir, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QHeaderView, QProgressDialog, QWidget

from jamsos_desktop.domain.categories import default_categories
from jamsos_desktop.domain.numbers import normalize_rt_rw
from jamsos_desktop.domain.statuses import PRINTABLE as PRINTABLE_STATUSES
from jamsos_desktop.services import Services
from jamsos_desktop.services.cards import CardProblem, PrintResult
from jamsos_desktop.services.listing import ListFilter
from jamsos_desktop.ui.errors import is_refusal, refusal_text
from jamsos_desktop.ui.generated.ui_cards_page import Ui_CardsPage
from jamsos_desktop.ui.models.labels import status_label
from jamsos_desktop.ui.models.participant_table import ParticipantTableModel
from jamsos_desktop.ui.tasks import TaskRunner
from jamsos_desktop.ui.views.cards.printing import (
    PrintDialog,
    PrintFailed,
    prepare_printer,
    print_pdf,
    show_print_dialog,
)
from jamsos_desktop.ui.widgets.levels import set_level
from jamsos_desktop.ui.widgets.pickers import FilePicker, ensure_suffix
from jamsos_desktop.ui.widgets.prompts import Prompter
from jamsos_desktop.ui.widgets.saving import documents_dir, save_failure_text

SEARCH_DELAY_MS = 200
CHECK_LEVELS = {"valid": "ok", "expired": "warn", "unknown_key": "warn"}  # by TokenCheck.outcome; else block


class PrintCancelled(Exception):
    """The clerk pressed Cancel while pages were going to the printer."""


class CardsPage(QWidget):
    cards_made = Signal(object)  # PrintResult: cards generated (and recorded) into the preview

    def __init__(self, services: Services, *, tasks: TaskRunner, prompter: Prompter, picker: FilePicker | None = None,
                 print_dialog: PrintDialog = show_print_dialog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CardsPage()
        self.ui.setupUi(self)
        self._services, self._tasks, self._prompter = services, tasks, prompter
        self._picker = picker or FilePicker(self)
        self._print_dialog = print_dialog
        self._temp = QTemporaryDir()  # generated PDFs (personal data) live only as long as the page
        self._made = 0
        self._busy = False
        self.result: PrintResult | None = None
        self.layout_of_result = "sheet"
        self.document = QPdfDocument(self)
        self.ui.pdf_view.setDocument(self.document)
        self.ui.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.ui.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.ui.main_splitter.setStretchFactor(0, 1)
        self.ui.main_splitter.setStretchFactor(1, 1)
        categories = {c.code: c.label for c in default_categories().categories}
        self.model = ParticipantTableModel(services.participants, category_labels=categories, parent=self)
        self._setup_filters(categories)
        self._setup_table()
        self.ui.layout_combo.addItem(self.tr("Lembar A4: 10 kartu dengan tanda potong (printer biasa)"), "sheet")
        self.ui.layout_combo.addItem(self.tr("Satu kartu per halaman (printer kartu PVC)"), "single")
        self.ui.make_selected_button.clicked.connect(self.on_make_selected_clicked)
        self.ui.make_all_button.clicked.connect(self.on_make_all_clicked)
        self.ui.print_button.clicked.connect(self.on_print_clicked)
        self.ui.save_pdf_button.clicked.connect(self.on_save_pdf_clicked)
        self.ui.check_button.clicked.connect(self.on_check_clicked)
        self.ui.token_edit.returnPressed.connect(self.on_check_clicked)  # a QR scanner types the code and Enter
        self.apply_filter()

    def _setup_filters(self, categories: dict[str, str]) -> None:
        self.ui.status_combo.addItem(self.tr("Semua yang bisa dicetak"), "")
        for code in PRINTABLE_STATUSES:
            self.ui.status_combo.addItem(status_label(code), code)
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

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.ui.table_view.selectionModel().selectedRows()})
        return [self.model.participant_id(r) for r in rows]

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

    # --- generating -----------------------------------------------------------------------------------------
    def on_make_selected_clicked(self) -> None:
        self.make_cards(self.selected_ids())

    def on_make_all_clicked(self) -> None:
        ids = self._services.participants.ids(self.current_filter())
        if ids and self._prompter.confirm(self, self.tr("Buat kartu"), self.tr(
                "Buat kartu untuk {n} peserta yang tampil di daftar? Setiap kartu mendapat nomor baru dan tercatat "
                "sebagai cetakan (cetak ulang bila peserta sudah pernah punya kartu).").format(n=len(ids)),
                yes=self.tr("Buat {n} kartu").format(n=len(ids))):
            self.make_cards(ids)

    def make_cards(self, ids: list[str]) -> None:
        if not ids or self._busy:
            return
        self._made += 1
        out = Path(self._temp.filePath(f"kartu-{self._made}.pdf"))
        layout = self.ui.layout_combo.currentData()
        self._set_busy(True)
        self._tasks.run(
            lambda progress: self._services.cards.print_cards(ids, out, layout=layout, progress=progress),
            parent=self, label=self.tr("Membuat {n} kartu…").format(n=len(ids)),
            on_success=lambda result: self.on_cards_made(result, layout), on_failure=self.on_make_failed,
            on_cancel=lambda: self.on_make_cancelled(out), on_finished=lambda: self._set_busy(False))

    def on_cards_made(self, result: PrintResult, layout: str) -> None:
        previous = self.result.path if self.result is not None and self.result.path != result.path else None
        # Load the new file first: on Windows QtPdf keeps a closed document's file open until it loads another,
        # and deleting an open file fails there (WinError 32).
        self.document.load(str(result.path))
        if previous is not None:
            with contextlib.suppress(OSError):  # still held elsewhere: the page's temporary folder removes it later
                previous.unlink(missing_ok=True)  # only the latest cards stay on disk
        self.result, self.layout_of_result = result, layout
        first, last = result.serials[0], result.serials[-1]
        text = self.tr("{n} kartu siap: {pages} halaman (depan dan belakang), nomor kartu {first} sampai {last}.").format(
            n=result.cards, pages=self.document.pageCount(), first=first, last=last)
        if result.provisional:
            text += " " + self.tr("{n} kartu bertanda SEMENTARA karena datanya belum diterima kota.").format(
                n=result.provisional)
        self.ui.preview_info_label.setText(text)
        self._update_buttons()
        self.cards_made.emit(result)

    def on_make_failed(self, exc: Exception) -> None:
        if isinstance(exc, CardProblem):
            self._prompter.warn(self, self.tr("Kartu tidak dibuat"), str(exc))
        elif is_refusal(exc):
            self._prompter.warn(self, self.tr("Kartu tidak dibuat"), refusal_text(exc))
        else:
            raise exc

    def on_make_cancelled(self, out: Path) -> None:
        out.unlink(missing_ok=True)
        self.ui.preview_info_label.setText(self.tr("Pembuatan kartu dibatalkan. Tidak ada kartu yang dicatat."))

    # --- output ---------------------------------------------------------------------------------------------
    def print_advice(self) -> str:
        lines = [self.tr("Di jendela cetak berikutnya:"),
                 self.tr("• Skala 100% / \"Ukuran sebenarnya\" (Actual size)."),
                 self.tr("• MATIKAN \"Sesuaikan dengan halaman\" / \"Fit to page\" / \"Shrink to fit\". Pilihan itu "
                         "mengecilkan kartu sehingga tidak lagi berukuran kartu (85,6 × 54 mm).")]
        if self.layout_of_result == "sheet":
            lines.append(self.tr("• Kertas A4, cetak bolak-balik (dua sisi) dengan balik pada sisi panjang "
                                 "(\"Long edge\" / \"Flip on long edge\"), agar bagian belakang pas di balik kartunya."))
        else:
            lines.append(self.tr("• Pilih printer kartu PVC; ukuran kertasnya kartu (CR80)."))
        return "\n".join(lines)

    def on_print_clicked(self) -> None:
        if self.result is None or not self._prompter.confirm(self, self.tr("Sebelum mencetak"), self.print_advice(),
                                                             yes=self.tr("Mengerti, lanjut")):
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(printer, self.document.pagePointSize(0), duplex_long_edge=self.layout_of_result == "sheet",
                        title=self.result.path.stem)
        if not self._print_dialog(printer, self):
            return
        # Printing stays on the GUI thread: QtPdf rendering in a worker while the preview renders here was seen to
        # deadlock. The progress dialog keeps the window responsive between bands and offers Cancel.
        dialog = QProgressDialog(self.tr("Mengirim kartu ke printer…"), self.tr("Batal"), 0, 0, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)

        def progress(done: int, total: int) -> None:
            dialog.setMaximum(total)
            dialog.setValue(done)
            QCoreApplication.processEvents()
            if dialog.wasCanceled():
                raise PrintCancelled()

        try:
            pages = print_pdf(self.result.path, printer, progress)
        except PrintCancelled:
            self.ui.preview_info_label.setText(self.tr(
                "Pencetakan dibatalkan. Halaman yang sudah terkirim ke printer mungkin tetap tercetak."))
        except PrintFailed as exc:
            self.on_print_failed(exc)
        else:
            self.ui.preview_info_label.setText(self.tr("{pages} halaman dikirim ke printer.").format(pages=pages))
        finally:
            dialog.reset()
            dialog.deleteLater()

    def on_print_failed(self, exc: Exception) -> None:
        if not isinstance(exc, PrintFailed):
            raise exc
        self._prompter.warn(self, self.tr("Tidak bisa mencetak"), str(exc))

    def on_save_pdf_clicked(self) -> None:
        if self.result is None:
            return
        suggested = documents_dir() / f"kartu-{self.result.serials[0]}-{self.result.serials[-1]}.pdf"
        chosen = self._picker.save_file(self, title=self.tr("Simpan kartu sebagai PDF"), suggested=str(suggested),
                                        name_filter=self.tr("Dokumen PDF (*.pdf)"))
        if chosen is None:
            return
        out = ensure_suffix(chosen, ".pdf")
        try:
            shutil.copyfile(self.result.path, out)
        except OSError:
            with contextlib.suppress(OSError):
                out.unlink(missing_ok=True)
            self._prompter.warn(self, self.tr("PDF tidak tersimpan"), save_failure_text(out))
            return
        self._prompter.info(self, self.tr("PDF tersimpan"), self.tr(
            "Kartu tersimpan di:\n{path}\n\nSaat mencetak dari program lain, pilih ukuran sebenarnya (100%), bukan "
            "\"Sesuaikan dengan halaman\".").format(path=out))

    # --- checking a card ------------------------------------------------------------------------------------
    def on_check_clicked(self) -> None:
        token = self.ui.token_edit.text().strip()
        if not token:
            return
        check = self._services.cards.verify(token)
        self.ui.check_result_label.setText(check.message)
        set_level(self.ui.check_result_label, CHECK_LEVELS.get(str(check.outcome), "block"))
        self.ui.token_edit.selectAll()  # the next scan replaces this code

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected, total = len(self.selected_ids()), self.model.total
        self.ui.make_selected_button.setEnabled(selected > 0 and not self._busy)
        self.ui.make_selected_button.setText(self.tr("Buat kartu yang dipilih ({n})").format(n=selected)
                                             if selected else self.tr("Buat kartu yang dipilih"))
        self.ui.make_all_button.setEnabled(total > 0 and not self._busy)
        self.ui.make_all_button.setText(self.tr("Buat kartu semua yang tampil ({n})").format(n=total))
        self.ui.count_label.setText(self.tr("{n} peserta bisa dicetak kartunya di daftar ini; {s} dipilih (Ctrl atau "
                                            "Shift + klik untuk memilih beberapa).").format(n=total, s=selected))
        for button in (self.ui.print_button, self.ui.save_pdf_button):
            button.setEnabled(self.result is not None and not self._busy)
