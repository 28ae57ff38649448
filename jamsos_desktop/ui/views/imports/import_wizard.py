"""Import participants from a spreadsheet: choose file -> mapping -> dry-run report -> import.

Reading the file, planning (the dry run) and committing run off the GUI thread through the TaskRunner,
each behind a progress dialog with Cancel. Nothing is written before the clerk presses Impor on the report
page; the service adds only the good rows, in one transaction, so importing the same file again adds nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QHeaderView, QWidget, QWizard

from jamsos_desktop.domain.categories import default_categories
from jamsos_desktop.domain.problems import Level
from jamsos_desktop.services import Services
from jamsos_desktop.services.imports import TARGETS, ImportPlan, ImportResult, MappingError, SheetError, Table
from jamsos_desktop.ui.errors import is_refusal, refusal_text
from jamsos_desktop.ui.generated.ui_import_wizard import Ui_ImportWizard
from jamsos_desktop.ui.models.import_mapping import ImportMappingModel, column_samples
from jamsos_desktop.ui.models.import_report import ImportReportModel, outcome_labels
from jamsos_desktop.ui.tasks import TaskRunner
from jamsos_desktop.ui.views.imports.mapping_delegate import TargetDelegate
from jamsos_desktop.ui.widgets.levels import set_level
from jamsos_desktop.ui.widgets.pickers import FilePicker, ensure_suffix
from jamsos_desktop.ui.widgets.prompts import Prompter
from jamsos_desktop.ui.widgets.saving import save_failure_text


class ImportWizard(QWizard):
    participants_imported = Signal(int)  # how many participants were added

    def __init__(self, services: Services, *, tasks: TaskRunner, prompter: Prompter, picker: FilePicker,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportWizard()
        self.ui.setupUi(self)
        self._services, self._tasks, self._prompter, self._picker = services, tasks, prompter, picker
        self.source: Path | None = None
        self.table: Table | None = None
        self.plan: ImportPlan | None = None
        self.import_result: ImportResult | None = None
        self._busy = False  # a plan or an import is running: Next waits for it
        for which, text in ((QWizard.WizardButton.NextButton, self.tr("Lanjut >")),
                            (QWizard.WizardButton.BackButton, self.tr("< Kembali")),
                            (QWizard.WizardButton.FinishButton, self.tr("Selesai")),
                            (QWizard.WizardButton.CommitButton, self.tr("Impor")),
                            (QWizard.WizardButton.CancelButton, self.tr("Tutup"))):
            self.setButtonText(which, text)
        self.ui.report_page.setCommitPage(True)
        for page in (self.ui.file_page, self.ui.mapping_page, self.ui.report_page):
            page.set_ready(False)
        self.mapping_model = ImportMappingModel(TARGETS, parent=self)
        self.report_model = ImportReportModel(parent=self)
        self._setup_tables()
        self.ui.category_combo.addItem(self.tr("(tidak ada: ambil dari kolom Kategori)"), "")
        for category in default_categories().categories:
            self.ui.category_combo.addItem(category.label, category.code)
        self.ui.outcome_combo.addItem(self.tr("Semua baris"), "")
        for code, label in outcome_labels().items():
            self.ui.outcome_combo.addItem(label, code)
        self.ui.choose_file_button.clicked.connect(self.on_choose_file_clicked)
        self.mapping_model.mapping_changed.connect(self.on_mapping_changed)
        self.ui.category_combo.currentIndexChanged.connect(self.on_mapping_changed)
        self.ui.outcome_combo.currentIndexChanged.connect(
            lambda: self.report_model.set_outcome_filter(self.ui.outcome_combo.currentData() or ""))
        self.ui.report_table.selectionModel().currentRowChanged.connect(self.on_report_row_changed)
        self.ui.save_report_button.clicked.connect(lambda: self.save_report(dry_run=True))
        self.ui.save_final_report_button.clicked.connect(lambda: self.save_report(dry_run=False))

    def _setup_tables(self) -> None:
        table = self.ui.mapping_table
        table.setModel(self.mapping_model)
        table.setItemDelegateForColumn(ImportMappingModel.TARGET_COLUMN,
                                       TargetDelegate(TARGETS, unused=self.mapping_model.unused_label, parent=table))
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((60, 200, 300)):
            table.setColumnWidth(column, width)
        self.mapping_model.modelReset.connect(self._open_target_editors)
        report = self.ui.report_table
        report.setModel(self.report_model)
        report.verticalHeader().hide()
        report.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((60, 130, 200)):
            report.setColumnWidth(column, width)

    def _open_target_editors(self) -> None:
        """Combos shown at once in every row: the clerk sees the choice is theirs to change."""
        for row in range(self.mapping_model.rowCount()):
            self.ui.mapping_table.openPersistentEditor(self.mapping_model.index(row, ImportMappingModel.TARGET_COLUMN))

    def category(self) -> str | None:
        return self.ui.category_combo.currentData() or None

    # --- page 1: the file -----------------------------------------------------------------------------------
    def on_choose_file_clicked(self) -> None:
        path = self._picker.open_file(self, title=self.tr("Pilih berkas peserta"),
                                      name_filter=self.tr("Lembar kerja (*.xlsx *.csv);;Semua berkas (*)"))
        if path is not None:
            self.load_file(path)

    def load_file(self, path: Path) -> None:
        self.source, self.table, self.plan = path, None, None
        self.ui.file_edit.setText(str(path))
        self._say(self.ui.file_info_label, self.tr("Membaca berkas…"), "")
        self.ui.file_page.set_ready(False)
        self._tasks.run(lambda _progress: self._services.imports.read(path), parent=self,
                        label=self.tr("Membaca {name}…").format(name=path.name), on_success=self.on_table_read,
                        on_failure=self.on_read_failed,
                        on_cancel=lambda: self._say(self.ui.file_info_label, self.tr("Pembacaan dibatalkan."), ""))

    def on_table_read(self, table: Table) -> None:
        self.table = table
        where = self.tr("lembar \"{sheet}\", ").format(sheet=table.sheet) if table.sheet else ""
        lines = [self.tr("Terbaca: {where}judul kolom di baris {header}, {n} baris data.").format(
            where=where, header=table.header_row, n=len(table.rows))] + list(table.notes)
        self._say(self.ui.file_info_label, "\n".join(lines), "ok")
        self.mapping_model.set_mapping(self._services.imports.propose(table), column_samples(table))
        self.ui.file_page.set_ready(True)

    def on_read_failed(self, exc: Exception) -> None:
        if not isinstance(exc, SheetError | OSError):
            raise exc
        text = str(exc) if isinstance(exc, SheetError) else self.tr(
            "Berkas tidak bisa dibuka: mungkin sedang dibuka di program lain atau sudah dipindah. Tutup berkasnya "
            "lalu pilih lagi.")
        self._say(self.ui.file_info_label, text, "block")

    # --- page 2: the mapping --------------------------------------------------------------------------------
    def mapping_problem_list(self) -> list[tuple[Level, str]]:
        problems = self._services.imports.mapping_problems(self.mapping_model.mapping, category=self.category())
        return [(p.level, p.message) for p in problems]

    def on_mapping_changed(self) -> None:
        self.plan = None
        problems = self.mapping_problem_list()
        blocking = any(level is Level.BLOCK for level, _ in problems)
        if problems:
            self._say(self.ui.mapping_problems_label, "\n".join(f"• {text}" for _, text in problems),
                      "block" if blocking else "warn")
        else:
            self._say(self.ui.mapping_problems_label, self.tr("Semua kolom yang diperlukan sudah dipetakan."), "ok")
        self.ui.mapping_page.set_ready(self.table is not None and not blocking)

    def start_plan(self) -> None:
        table, mapping, category = self.table, self.mapping_model.mapping, self.category()
        if table is None:
            return
        total = max(len(table.rows), 1)
        self._busy = True
        self._tasks.run(lambda progress: self._services.imports.plan(table, mapping, category=category,
                                                                     progress=lambda n: progress(n, total)),
                        parent=self, label=self.tr("Memeriksa {n} baris…").format(n=len(table.rows)),
                        on_success=self.on_planned, on_failure=self.on_plan_failed, on_finished=self._done)

    def on_planned(self, plan: ImportPlan) -> None:
        self.plan, self._busy = plan, False
        self.report_model.set_plan(plan)
        counts = plan.counts
        text = self.tr("Siap diimpor: {add} · Duplikat (sudah terdaftar atau dobel di berkas): {dup} · "
                       "Ditolak: {refused} · Baris kosong dilewati: {blank}").format(
            add=counts["add"], dup=counts["duplicate"], refused=counts["refused"], blank=counts["blank"])
        if not counts["add"]:
            text += "\n" + self.tr("Tidak ada baris baru untuk diimpor.")
        self._say(self.ui.counts_label, text, "ok" if counts["add"] and not counts["refused"] else "warn")
        self.setButtonText(QWizard.WizardButton.CommitButton,
                           self.tr("Impor {n} peserta").format(n=counts["add"]))
        self.ui.report_page.set_ready(counts["add"] > 0)
        if self.currentPage() is self.ui.mapping_page:
            self.next()

    def on_plan_failed(self, exc: Exception) -> None:
        if not isinstance(exc, MappingError):
            raise exc
        self._say(self.ui.mapping_problems_label, "\n".join(f"• {p.message}" for p in exc.problems), "block")

    # --- page 3: the report, then the import ------------------------------------------------------------------
    def on_report_row_changed(self, current: QModelIndex) -> None:
        if current.isValid():
            text = self.report_model.problems_text(current.row()) or self.tr("Baris ini tidak bermasalah.")
            self.ui.row_detail_label.setText(text)

    def start_commit(self) -> None:
        plan, source = self.plan, self.source
        if plan is None or source is None:
            return
        committed: list[ImportResult] = []

        def work(progress):  # type: ignore[no-untyped-def]
            # Cancel counts only until the transaction is written: the service's last report comes after it.
            result = self._services.imports.commit(plan, source_name=source.name,
                                                   progress=lambda done, total: progress(done, total)
                                                   if done < total else None)
            committed.append(result)
            return result

        self._busy = True
        self._tasks.run(work, parent=self, label=self.tr("Mengimpor {n} peserta…").format(n=plan.counts["add"]),
                        on_success=self.on_committed, on_failure=self.on_commit_failed, on_finished=self._done,
                        on_cancel=lambda: self.on_committed(committed[0]) if committed else self._prompter.info(
                            self, self.tr("Impor dibatalkan"), self.tr("Impor dibatalkan. Tidak ada data yang disimpan.")))

    def on_committed(self, result: ImportResult) -> None:
        self.import_result, self._busy = result, False
        self.ui.done_label.setText(self.tr(
            "{n} peserta baru ditambahkan dari {file}.\n{summary}\n\nData baru tampil di daftar Peserta. Baris yang "
            "ditolak bisa diperbaiki di Excel lalu diimpor lagi: baris yang sudah masuk akan dilewati sebagai "
            "duplikat.").format(n=result.added, file=self.source.name if self.source else "",
                                summary=self._summary(result.plan)))
        self.participants_imported.emit(result.added)
        if self.currentPage() is self.ui.report_page:
            self.next()

    def on_commit_failed(self, exc: Exception) -> None:
        if not is_refusal(exc):
            raise exc
        self._prompter.warn(self, self.tr("Impor tidak dilakukan"), refusal_text(exc) + "\n\n" + self.tr(
            "Tidak ada data yang disimpan. Kembali ke langkah sebelumnya lalu periksa lagi."))

    def validateCurrentPage(self) -> bool:  # noqa: N802 - Qt virtual: Next starts the background step
        page = self.currentPage()
        if self._busy:
            return False
        if page is self.ui.mapping_page and self.plan is None:
            self.start_plan()  # Next again once the plan is in (on_planned)
            return False
        if page is self.ui.report_page and self.import_result is None:
            self.start_commit()
            return False
        return super().validateCurrentPage()

    # --- reports --------------------------------------------------------------------------------------------
    def save_report(self, *, dry_run: bool) -> None:
        plan, table, source = self.plan, self.table, self.source
        if plan is None or table is None or source is None:
            return
        chosen = self._picker.save_file(self, title=self.tr("Simpan laporan impor"),
                                        suggested=str(source.with_name(f"laporan-impor-{source.stem}.xlsx")),
                                        name_filter=self.tr("Buku kerja Excel (*.xlsx)"))
        if chosen is None:
            return
        out = ensure_suffix(chosen, ".xlsx")
        self._tasks.run(lambda _progress: self._services.imports.write_report(plan, table, out, dry_run=dry_run),
                        parent=self, label=self.tr("Menyimpan laporan…"),
                        on_success=lambda path: self._prompter.info(self, self.tr("Laporan tersimpan"), self.tr(
                            "Laporan setiap baris tersimpan di:\n{path}").format(path=path)),
                        on_failure=lambda exc: self._save_failed(exc, out))

    def _save_failed(self, exc: Exception, out: Path) -> None:
        if not isinstance(exc, OSError):
            raise exc
        self._prompter.warn(self, self.tr("Laporan tidak tersimpan"), save_failure_text(out))

    def _done(self) -> None:
        self._busy = False

    def _summary(self, plan: ImportPlan) -> str:
        c = plan.counts
        return self.tr("Duplikat dilewati: {dup}, ditolak: {refused}, baris kosong: {blank}.").format(
            dup=c["duplicate"], refused=c["refused"], blank=c["blank"])

    @staticmethod
    def _say(label: QWidget, text: str, level: str) -> None:
        label.setText(text)  # type: ignore[attr-defined]
        set_level(label, level)
