"""Pengaturan → Cadangan data: back the office database up to a stick or folder, and restore one (admin).

After a restore the views still hold data of the replaced database, so the simplest honest behaviour is
taken: the clerk is told the app closes, and `database_restored` asks the app to quit (wired in app.py).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from jamsos_desktop.domain.roles import allowed
from jamsos_desktop.services import Services
from jamsos_desktop.services.backup_info import backup_info
from jamsos_desktop.ui.errors import refusal_message
from jamsos_desktop.ui.generated.ui_backup_view import Ui_BackupView
from jamsos_desktop.ui.models.time_text import local_time
from jamsos_desktop.ui.tasks import TaskRunner
from jamsos_desktop.ui.widgets.levels import set_level
from jamsos_desktop.ui.widgets.pickers import FilePicker
from jamsos_desktop.ui.widgets.prompts import Prompter

STALE_DAYS = 7  # the guide asks for a backup to a stick every week


class BackupView(QWidget):
    database_restored = Signal()  # the database was replaced: the app must close and be opened again

    def __init__(self, services: Services, *, tasks: TaskRunner, prompter: Prompter, picker: FilePicker,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_BackupView()
        self.ui.setupUi(self)
        self._services, self._tasks, self._prompter, self._picker = services, tasks, prompter, picker
        self.ui.backup_button.clicked.connect(self.on_backup_clicked)
        self.ui.restore_button.clicked.connect(self.on_restore_clicked)
        self.apply_role()
        self.show_last_backup()

    def show_last_backup(self) -> None:
        """When the data was last saved to a stick by hand, and automatically; a warning after a week."""
        info = backup_info(self._services.office)
        if info.last_manual_at is None:
            text, level = self.tr("Belum pernah dibuat cadangan ke flashdisk dari kantor ini."), "warn"
        else:
            text = self.tr("Cadangan terakhir: {when} ({file}).").format(when=local_time(info.last_manual_at),
                                                                       file=info.last_manual_file)
            old = self._services.office.now() - info.last_manual_at > dt.timedelta(days=STALE_DAYS)
            level = "warn" if old else "ok"
            if old:
                text += " " + self.tr("Sudah lebih dari seminggu: buat cadangan baru.")
        if info.last_automatic_at is not None:
            text += "\n" + self.tr("Cadangan otomatis terakhir (saat aplikasi dibuka): {when}.").format(
                when=local_time(info.last_automatic_at))
        self.ui.last_backup_label.setText(text)
        set_level(self.ui.last_backup_label, level)

    def apply_role(self) -> None:
        actor = self._services.office.actor
        may_restore = actor is not None and allowed(actor.role, "backup.restore")
        self.ui.restore_button.setEnabled(may_restore)
        self.ui.restore_permission_label.setText("" if may_restore else self.tr(
            "Hanya admin yang bisa memulihkan cadangan."))

    def on_backup_clicked(self) -> None:
        folder = self._picker.target_folder(self, title=self.tr("Buat cadangan"), question=self.tr(
            "Simpan cadangan data kantor di mana? Flashdisk yang terpasang ada di atas."))
        if folder is None:
            return
        self._set_busy(True)
        self._tasks.run(lambda _p: self._services.maintenance.backup(folder), parent=self,
                        label=self.tr("Membuat cadangan…"), on_success=self._on_backed_up,
                        on_failure=self._on_backup_failed, on_finished=lambda: self._set_busy(False))

    def on_restore_clicked(self) -> None:
        source = self._picker.open_file(self, title=self.tr("Pulihkan dari cadangan"), name_filter=self.tr(
            "Cadangan Jamsos (*.sqlite);;Semua berkas (*)"))
        if source is None or not self._prompter.confirm(self, self.tr("Pulihkan dari cadangan"), self.tr(
                "Semua data kantor akan diganti dengan isi {name}. Data yang ada sekarang disimpan dulu sebagai "
                "cadangan otomatis.\n\nSimpan dulu isian yang sedang dibuka. Setelah pemulihan aplikasi ditutup "
                "dan harus dibuka lagi. Lanjutkan?").format(name=source.name), yes=self.tr("Pulihkan")):
            return
        self._set_busy(True)
        self._tasks.run(lambda _p: self._services.maintenance.restore(source), parent=self,
                        label=self.tr("Memulihkan cadangan…"), on_success=lambda safety: self._on_restored(
                            source, safety), on_failure=self._on_restore_failed,
                        on_finished=lambda: self._set_busy(False))

    def _on_backed_up(self, path: Path) -> None:
        self.show_last_backup()
        text = self.tr("Cadangan tersimpan: {path}").format(path=path)
        self._show_result(text, "ok")
        self._prompter.info(self, self.tr("Cadangan tersimpan"), text)

    def _on_backup_failed(self, exc: Exception) -> None:
        text = self.tr("Flashdisk terlepas atau penuh; cadangan belum tersimpan. Pasang lagi lalu ulangi.") \
            if isinstance(exc, OSError) else refusal_message(exc)
        if text is None:
            raise exc
        self._show_result(text, "block")
        self._prompter.warn(self, self.tr("Cadangan belum tersimpan"), text)

    def _on_restored(self, source: Path, safety: Path) -> None:
        text = self.tr("Cadangan {name} sudah dipulihkan. Data sebelum pemulihan disimpan di:\n{safety}\n\n"
                       "Aplikasi sekarang ditutup. Buka lagi untuk melanjutkan.").format(name=source.name,
                                                                                        safety=safety)
        self._show_result(text, "ok")
        self._prompter.info(self, self.tr("Cadangan dipulihkan"), text)
        self.database_restored.emit()

    def _on_restore_failed(self, exc: Exception) -> None:
        text = self.tr("Berkas cadangan tidak bisa dibaca atau disalin: {why}. Data kantor tidak diubah.").format(
            why=exc.strerror or exc) if isinstance(exc, OSError) else refusal_message(exc)
        if text is None:
            raise exc
        self._show_result(text, "block")
        self._prompter.warn(self, self.tr("Cadangan tidak dipulihkan"), text)

    def _show_result(self, text: str, level: str) -> None:
        self.ui.result_label.setText(text)
        self.ui.result_label.setProperty("level", level)
        self.ui.result_label.style().polish(self.ui.result_label)

    def _set_busy(self, busy: bool) -> None:
        self.ui.backup_button.setEnabled(not busy)
        if busy:
            self.ui.restore_button.setEnabled(False)
        else:
            self.apply_role()
