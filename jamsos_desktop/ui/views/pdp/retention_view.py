"""Hak Peserta → Masa simpan: the retention period, a dry run of who is due, and the purge (supervisor/admin).

The dry run lists names so a supervisor can check before anything is erased; the purge runs off the GUI
thread (it rewrites the database file) after a confirmation that says it cannot be undone.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QWidget

from jamsos_desktop.domain.roles import allowed
from jamsos_desktop.services import Services
from jamsos_desktop.services.retention import PurgePlan, PurgeRefused, PurgeResult
from jamsos_desktop.ui.errors import is_refusal, refusal_text
from jamsos_desktop.ui.generated.ui_retention_view import Ui_RetentionView
from jamsos_desktop.ui.tasks import TaskRunner
from jamsos_desktop.ui.widgets.prompts import Prompter


class RetentionView(QWidget):
    purged = Signal(int)  # how many records were erased

    def __init__(self, services: Services, *, tasks: TaskRunner, prompter: Prompter,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RetentionView()
        self.ui.setupUi(self)
        self._services, self._tasks, self._prompter = services, tasks, prompter
        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels([self.tr("Nama"), self.tr("Keadaan"), self.tr("Sejak"),
                                              self.tr("Keterangan")])
        self.ui.plan_table.setModel(self.model)
        self.ui.plan_table.verticalHeader().hide()
        self.ui.plan_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.ui.save_years_button.clicked.connect(self.on_save_years_clicked)
        self.ui.check_button.clicked.connect(self.on_check_clicked)
        self.ui.purge_button.clicked.connect(self.on_purge_clicked)
        self._plan: PurgePlan | None = None

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        retention = self._services.retention
        self.ui.years_spin.setValue(retention.years())
        self.ui.contact_edit.setText(self._services.settings.get("pdp.contact"))
        last = retention.last_run()
        self.ui.last_run_label.setText(self.tr("Pemeriksaan terakhir: {when}.").format(
            when=f"{last.astimezone():%d-%m-%Y %H:%M}") if last else self.tr("Belum pernah diperiksa."))
        actor = self._services.office.actor
        may = actor is not None and allowed(actor.role, "data.purge")
        for widget in (self.ui.years_spin, self.ui.contact_edit, self.ui.save_years_button, self.ui.check_button):
            widget.setEnabled(may)
        self.ui.purge_button.setEnabled(may and self._plan is not None and bool(self._plan.due))
        if not may:
            self._show_result(self.tr("Hanya supervisor atau admin yang bisa mengubah masa simpan atau memusnahkan "
                                      "data."), "")

    def on_save_years_clicked(self) -> None:
        try:
            self._services.settings.set("pdp.retention_years", str(self.ui.years_spin.value()))
            self._services.settings.set("pdp.contact", self.ui.contact_edit.text().strip())
        except Exception as exc:
            if not is_refusal(exc):
                raise
            self._show_result(refusal_text(exc), "block")
            return
        self._plan = None
        self.model.setRowCount(0)
        self._show_result(self.tr("Masa simpan {n} tahun dan kontak PPDP tersimpan; formulir berikutnya memakainya.").format(
            n=self.ui.years_spin.value()), "ok")
        self.refresh()

    def on_check_clicked(self) -> None:
        self._plan = self._services.retention.plan()
        self.model.setRowCount(0)
        for c in self._plan.due + self._plan.waiting:
            state = self.tr("Dihapus") if c.deleted else self.tr("Ditolak")
            note = self.tr("menunggu tanda terima Dinas") if c.waiting_for_hub else self.tr("akan dimusnahkan")
            self.model.appendRow([QStandardItem(c.full_name), QStandardItem(state),
                                  QStandardItem(f"{c.retired_at.astimezone():%d-%m-%Y}"), QStandardItem(note)])
        p = self._plan
        self._show_result(self.tr("{due} peserta melewati masa simpan {years} tahun dan akan dimusnahkan data "
                                  "pribadinya; {waiting} menunggu tanda terima Dinas; {backups} cadangan lama "
                                  "akan dihapus. Belum ada yang diubah.").format(
            due=len(p.due), years=p.years, waiting=len(p.waiting), backups=len(p.old_backups)), "")
        self.refresh()

    def on_purge_clicked(self) -> None:
        if self._plan is None or not self._prompter.confirm(self, self.tr("Musnahkan data pribadi"), self.tr(
                "Data pribadi {n} peserta (NIK, nama, alamat, nomor HP, ahli waris) dihapus dari komputer ini dan "
                "tidak bisa dikembalikan. Yang tersisa hanya ID, tanggal dan alasan. Lanjutkan?").format(
                n=len(self._plan.due)), yes=self.tr("Musnahkan")):
            return
        self.ui.purge_button.setEnabled(False)
        self._tasks.run(lambda progress: self._services.retention.purge(progress=progress), parent=self,
                        label=self.tr("Memusnahkan data pribadi…"), on_success=self._on_purged,
                        on_failure=self._on_failed)

    def _on_purged(self, result: PurgeResult) -> None:
        self._plan = None
        self.model.setRowCount(0)
        self._show_result(self.tr("Selesai: data pribadi {n} peserta dimusnahkan dan {b} cadangan lama dihapus. "
                                  "Jejak audit tetap utuh.").format(n=len(result.erased),
                                                                    b=len(result.backups_removed)), "ok")
        self.refresh()
        self.purged.emit(len(result.erased))

    def _on_failed(self, exc: Exception) -> None:
        if not (isinstance(exc, PurgeRefused) or is_refusal(exc)):
            raise exc
        text = str(exc) if isinstance(exc, PurgeRefused) else refusal_text(exc)
        self._show_result(text, "block")
        self._prompter.warn(self, self.tr("Data tidak dimusnahkan"), text)
        self.refresh()

    def _show_result(self, text: str, level: str) -> None:
        self.ui.result_label.setText(text)
        self.ui.result_label.setProperty("level", level)
        self.ui.result_label.style().polish(self.ui.result_label)
