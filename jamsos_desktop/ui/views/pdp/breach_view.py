"""Hak Peserta → Kebocoran data: a lost stick, backup or PC; who and what it exposed; the dated letter.

The summary updates as the supervisor chooses (what was lost, when it was found out), so the figures in the
letter are seen before it is made; writing the letter and the list runs off the GUI thread.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDateTime, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from jamsos_desktop.domain.roles import allowed
from jamsos_desktop.services import Services
from jamsos_desktop.services.breach import Exposure
from jamsos_desktop.ui.errors import is_refusal, refusal_text
from jamsos_desktop.ui.generated.ui_breach_view import Ui_BreachView
from jamsos_desktop.ui.tasks import TaskRunner
from jamsos_desktop.ui.widgets.pickers import FilePicker
from jamsos_desktop.ui.widgets.prompts import Prompter

SUMMARY_DELAY_MS = 300


class BreachView(QWidget):
    def __init__(self, services: Services, *, tasks: TaskRunner, prompter: Prompter, picker: FilePicker,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_BreachView()
        self.ui.setupUi(self)
        self._services, self._tasks, self._prompter, self._picker = services, tasks, prompter, picker
        self._radios = {"bundle": self.ui.bundle_radio, "backup": self.ui.backup_radio, "pc": self.ui.pc_radio}
        self.ui.bundle_radio.setChecked(True)
        for radio in self._radios.values():
            radio.toggled.connect(self._on_radio_toggled)
        self._summary_timer = QTimer(self, singleShot=True, interval=SUMMARY_DELAY_MS)  # typing a time: count once
        self._summary_timer.timeout.connect(self.update_summary)
        self.ui.source_combo.currentIndexChanged.connect(lambda _i: self._summary_timer.start())
        self.ui.discovered_edit.dateTimeChanged.connect(lambda _d: self._summary_timer.start())
        self.ui.report_button.clicked.connect(self.on_report_clicked)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        actor = self._services.office.actor
        may = actor is not None and allowed(actor.role, "audit.view")
        self.setEnabled(may)
        if not may:
            self.ui.summary_label.setText(self.tr("Hanya supervisor atau admin yang bisa membuat laporan kebocoran "
                                                  "data."))
            return
        now = self._services.office.now().astimezone()
        self.ui.discovered_edit.setMaximumDateTime(QDateTime(now.replace(tzinfo=None)))
        self.ui.discovered_edit.setDateTime(QDateTime(now.replace(tzinfo=None)))
        self.on_incident_changed()

    def incident(self) -> str:
        return next(kind for kind, radio in self._radios.items() if radio.isChecked())

    def _on_radio_toggled(self, on: bool) -> None:
        if on:  # the radio that was switched on; the one switched off says nothing
            self.on_incident_changed()

    def on_incident_changed(self) -> None:
        kind = self.incident()
        combo = self.ui.source_combo
        combo.blockSignals(True)
        combo.clear()
        if kind == "pc":
            combo.addItem(self.tr("Seluruh data di komputer ini, cadangannya dan kunci perangkat"), "")
        for src in self._services.breach.sources() if kind != "pc" else []:
            if src.kind == kind:
                combo.addItem(f"{src.label} · {src.at.astimezone():%d-%m-%Y %H:%M}", src.key)
        combo.blockSignals(False)
        combo.setEnabled(kind != "pc" and combo.count() > 0)
        self.update_summary()

    def current(self) -> Exposure | None:
        kind = self.incident()
        key = self.ui.source_combo.currentData() or ""
        if kind != "pc" and not key:
            return None
        discovered = self.ui.discovered_edit.dateTime().toPython().astimezone()  # local time typed
        return self._services.breach.exposure(kind, source=key, discovered_at=discovered.astimezone(dt.UTC),
                                              note=self.ui.note_edit.toPlainText())

    def update_summary(self) -> None:
        self._summary_timer.stop()
        try:
            found = self.current()
        except Exception as exc:
            if not is_refusal(exc):
                raise
            self.ui.summary_label.setText(refusal_text(exc))
            self.ui.report_button.setEnabled(False)
            return
        if found is None:
            self.ui.summary_label.setText(self.tr("Belum ada berkas kiriman atau cadangan seperti itu yang tercatat di kantor "
                                                  "ini."))
            self.ui.report_button.setEnabled(False)
            return
        self.ui.summary_label.setText(self.tr(
            "<b>Data {people} peserta dan {heirs} ahli waris ({children} anak)</b> terungkap. {crypt}<br>"
            "<b>Batas pemberitahuan: {deadline}</b> (3 x 24 jam sejak diketahui).").format(
            people=len(found.people), heirs=found.heirs, children=found.children,
            crypt=self.tr("Isinya terenkripsi.") if found.encrypted else self.tr("Isinya tidak terenkripsi."),
            deadline=f"{found.deadline.astimezone():%d-%m-%Y %H:%M}"))
        self.ui.report_button.setEnabled(True)

    def on_report_clicked(self) -> None:
        found = self.current()
        folder = self._picker.target_folder(self, title=self.tr("Simpan surat pemberitahuan"), question=self.tr(
            "Simpan surat dan daftar orang terdampak di mana? Daftar itu berisi data pribadi: simpan di tempat "
            "aman.")) if found else None
        if found is None or folder is None:
            return
        self._tasks.run(lambda _p: self._services.breach.write_report(found, folder), parent=self,
                        label=self.tr("Menyiapkan surat…"), on_success=lambda paths: self._on_written(found, paths),
                        on_failure=self._on_failed)

    def _on_written(self, found: Exposure, paths: tuple[Path, Path]) -> None:
        letter, people = paths
        self._show_result(self.tr("Surat pemberitahuan: {letter}\nDaftar orang terdampak (rahasia): {people}\n"
                                  "Cetak, tandatangani dan kirim ke Disnaker paling lambat {deadline}.").format(
            letter=letter, people=people, deadline=f"{found.deadline.astimezone():%d-%m-%Y %H:%M}"), "ok")

    def _on_failed(self, exc: Exception) -> None:
        if not is_refusal(exc):
            raise exc
        self._show_result(refusal_text(exc), "block")
        self._prompter.warn(self, self.tr("Surat belum tersimpan"), refusal_text(exc))

    def _show_result(self, text: str, level: str) -> None:
        self.ui.result_label.setText(text)
        self.ui.result_label.setProperty("level", level)
        self.ui.result_label.style().polish(self.ui.result_label)
