"""Laporan: the recap per RW, RT and category with status counts, totals and the city's monthly contribution.

The recap is read each time the page is shown (not at start-up), and on "Muat ulang", on the TaskRunner's
worker (it reads every participant: about a second at 100,000), and shown when it comes. Writing the PDF or the
workbook runs there too.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHeaderView, QWidget

from jamsos_desktop.domain.categories import default_categories
from jamsos_desktop.services import Services
from jamsos_desktop.ui.errors import refusal_message
from jamsos_desktop.ui.generated.ui_reports_page import Ui_ReportsPage
from jamsos_desktop.ui.models.labels import short_status_labels
from jamsos_desktop.ui.models.recap_table import RecapTableModel, rupiah
from jamsos_desktop.ui.tasks import TaskRunner
from jamsos_desktop.ui.widgets.pickers import FilePicker, ensure_suffix
from jamsos_desktop.ui.widgets.prompts import Prompter

if TYPE_CHECKING:
    from jamsos_desktop.services.reports import RecapRow


class ReportsPage(QWidget):
    def __init__(self, services: Services, *, tasks: TaskRunner, prompter: Prompter, picker: FilePicker,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReportsPage()
        self.ui.setupUi(self)
        self._services, self._tasks, self._prompter, self._picker = services, tasks, prompter, picker
        self._reading = self._read_again = False
        categories = {c.code: c.label for c in default_categories().categories}
        self.model = RecapTableModel(category_labels=categories, parent=self)
        table = self.ui.recap_table
        table.setModel(self.model)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.ui.reload_button.clicked.connect(self.refresh)
        self.ui.pdf_button.clicked.connect(lambda: self.on_export_clicked(".pdf"))
        self.ui.xlsx_button.clicked.connect(lambda: self.on_export_clicked(".xlsx"))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - read when seen, not at start-up
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        """Read the recap off the GUI thread; a second call while one is being read reads again after it."""
        if self._reading:
            self._read_again = True
            return
        self._reading, self._read_again = True, False
        self.ui.reload_button.setEnabled(False)
        self.ui.summary_label.setText(self.tr("Menghitung rekap…"))
        self._tasks.run(lambda _p: self._services.reports.recap(), on_success=self._show_recap,
                        on_failure=self._on_read_failed, on_finished=self._read_done)

    def _read_done(self) -> None:
        self._reading = False
        self.ui.reload_button.setEnabled(True)
        if self._read_again:
            self.refresh()

    def _show_recap(self, rows: list[RecapRow]) -> None:
        self.model.set_rows(rows)
        totals = self.model.totals
        per_status = " · ".join(f"{label} {totals[code]}" for code, label in short_status_labels().items())
        self.ui.summary_label.setText(self.tr(
            "<b>Jumlah: {n} peserta</b> ({per_status})<br><b>Iuran kota: {amount} per bulan</b>").format(
            n=totals["total"], per_status=per_status, amount=rupiah(totals["monthly_contribution"])))
        has_rows = self.model.group_count > 0
        self.ui.pdf_button.setEnabled(has_rows)
        self.ui.xlsx_button.setEnabled(has_rows)

    def _on_read_failed(self, exc: Exception) -> None:
        text = refusal_message(exc)
        if text is None:
            raise exc
        self.ui.summary_label.setText(text)

    def on_export_clicked(self, suffix: str) -> None:
        code = self._services.settings.get("office.kelurahan_code")
        today = self._services.office.today()
        is_pdf = suffix == ".pdf"
        path = self._picker.save_file(
            self, title=self.tr("Cetak rekap ke PDF") if is_pdf else self.tr("Ekspor rekap ke Excel"),
            suggested=f"rekap-{code}-{today:%Y%m%d}{suffix}",
            name_filter=self.tr("Dokumen PDF (*.pdf)") if is_pdf else self.tr("Buku kerja Excel (*.xlsx)"))
        if path is None:
            return
        path = ensure_suffix(path, suffix)
        self._tasks.run(lambda _p: self._services.reports.export_recap(path), parent=self,
                        label=self.tr("Menyimpan rekap…"), on_success=self._on_saved, on_failure=self._on_failed)

    def _on_saved(self, path: Path) -> None:
        text = self.tr("Rekap tersimpan: {path}").format(path=path)
        self._show_result(text, "ok")
        self._prompter.info(self, self.tr("Rekap tersimpan"), text)

    def _on_failed(self, exc: Exception) -> None:
        text = self.tr("Berkas tidak bisa disimpan di sana (folder tidak ada, penuh, atau berkasnya sedang "
                       "dibuka di Excel). Tutup berkasnya atau pilih tempat lain.") if isinstance(exc, OSError) \
            else refusal_message(exc)
        if text is None:
            raise exc
        self._show_result(text, "block")
        self._prompter.warn(self, self.tr("Rekap belum tersimpan"), text)

    def _show_result(self, text: str, level: str) -> None:
        self.ui.result_label.setText(text)
        self.ui.result_label.setProperty("level", level)
        self.ui.result_label.style().polish(self.ui.result_label)

