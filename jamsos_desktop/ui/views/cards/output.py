"""Issued cards out of the app: print at actual size (after the advice about 100% and duplex), or save the PDF.

Only issued cards leave this way; a specimen (CONTOH) is never printed or saved. Printing stays on the GUI
thread: QtPdf rendering in a worker while the preview renders here was seen to deadlock. The progress dialog
keeps the window responsive between bands and offers Cancel.
"""

from __future__ import annotations

import contextlib
import shutil
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QProgressDialog

from jamsos_desktop.ui.views.cards.printing import PrintDialog, PrintFailed, prepare_printer, print_pdf
from jamsos_desktop.ui.widgets.pickers import FilePicker, ensure_suffix
from jamsos_desktop.ui.widgets.prompts import Prompter
from jamsos_desktop.ui.widgets.saving import documents_dir, save_failure_text

if TYPE_CHECKING:
    from jamsos_desktop.ui.views.cards.cards_page import CardsPage


class PrintCancelled(Exception):
    """The clerk pressed Cancel while pages were going to the printer."""


class CardOutput(QObject):
    def __init__(self, page: CardsPage, *, prompter: Prompter, picker: FilePicker, print_dialog: PrintDialog) -> None:
        super().__init__(page)
        self._page, self._prompter, self._picker, self._print_dialog = page, prompter, picker, print_dialog

    def print_advice(self) -> str:
        lines = [self.tr("Di jendela cetak berikutnya:"),
                 self.tr("• Skala 100% / \"Ukuran sebenarnya\" (Actual size)."),
                 self.tr("• MATIKAN \"Sesuaikan dengan halaman\" / \"Fit to page\" / \"Shrink to fit\". Pilihan itu "
                         "mengecilkan kartu sehingga tidak lagi berukuran kartu (85,6 × 54 mm).")]
        if self._page.layout_of_result == "sheet":
            lines.append(self.tr("• Kertas A4, cetak bolak-balik (dua sisi) dengan balik pada sisi panjang "
                                 "(\"Long edge\" / \"Flip on long edge\"), agar bagian belakang pas di balik kartunya."))
        else:
            lines.append(self.tr("• Pilih printer kartu PVC; ukuran kertasnya kartu (CR80)."))
        return "\n".join(lines)

    def on_print_clicked(self) -> None:
        page, result = self._page, self._page.result
        if result is None or not self._prompter.confirm(page, self.tr("Sebelum mencetak"), self.print_advice(),
                                                        yes=self.tr("Mengerti, lanjut")):
            return
        document = page.document
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(printer, document.pagePointSize(0), duplex_long_edge=page.layout_of_result == "sheet",
                        title=result.path.stem)
        if not self._print_dialog(printer, page):
            return
        dialog = QProgressDialog(self.tr("Mengirim kartu ke printer…"), self.tr("Batal"), 0, 0, page)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)

        def progress(done: int, total: int) -> None:
            dialog.setMaximum(total)
            dialog.setValue(done)
            QCoreApplication.processEvents()
            if dialog.wasCanceled():
                raise PrintCancelled()

        info = page.ui.preview_info_label
        try:
            pages = print_pdf(result.path, printer, progress)
        except PrintCancelled:
            info.setText(self.tr("Pencetakan dibatalkan. Halaman yang sudah terkirim ke printer mungkin tetap "
                                 "tercetak."))
        except PrintFailed as exc:
            self._prompter.warn(page, self.tr("Tidak bisa mencetak"), str(exc))
        else:
            info.setText(self.tr("{pages} halaman dikirim ke printer.").format(pages=pages))
        finally:
            dialog.reset()
            dialog.deleteLater()

    def on_save_pdf_clicked(self) -> None:
        page, result = self._page, self._page.result
        if result is None:
            return
        suggested = documents_dir() / f"kartu-{result.serials[0]}-{result.serials[-1]}.pdf"
        chosen = self._picker.save_file(page, title=self.tr("Simpan kartu sebagai PDF"), suggested=str(suggested),
                                        name_filter=self.tr("Dokumen PDF (*.pdf)"))
        if chosen is None:
            return
        out = ensure_suffix(chosen, ".pdf")
        try:
            shutil.copyfile(result.path, out)
        except OSError:
            with contextlib.suppress(OSError):
                out.unlink(missing_ok=True)
            self._prompter.warn(page, self.tr("PDF tidak tersimpan"), save_failure_text(out))
            return
        self._prompter.info(page, self.tr("PDF tersimpan"), self.tr(
            "Kartu tersimpan di:\n{path}\n\nSaat mencetak dari program lain, pilih ukuran sebenarnya (100%), bukan "
            "\"Sesuaikan dengan halaman\".").format(path=out))
