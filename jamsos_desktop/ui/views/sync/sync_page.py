"""Kirim Data: the one-time preparation checklist, what waits to be sent, sending to a stick (disabled, with the
reason, until it can work), applying Disnaker's receipts, checking a file, and the lost-stick report.

The clerk's words are used: "Disnaker (kantor kota)" for the hub, "berkas kiriman" for a bundle; device and
hub ids only under "Rincian teknis". Every step that touches a stick or decrypts runs through the
TaskRunner (progress and Cancel after a second); the slots only pick the file, call one service and show
its answer. "Rincian teknis" is filled only while it is open: the device's fingerprint needs its private key,
and reading that loads cryptography, which opening the page otherwise does not (issue 18's peak memory).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHeaderView, QWidget

from jamsos_desktop.domain.roles import allowed
from jamsos_desktop.domain.wilayah import batam
from jamsos_desktop.services import Services
from jamsos_desktop.services.status import office_status
from jamsos_desktop.services.sync import ExportResult, Manifest, ReceiptResult, SyncProblem
from jamsos_desktop.ui.errors import refusal_message, stick_message
from jamsos_desktop.ui.generated.ui_sync_page import Ui_SyncPage
from jamsos_desktop.ui.models.bundle_table import BundleTableModel, is_export
from jamsos_desktop.ui.models.time_text import local_time
from jamsos_desktop.ui.tasks import TaskRunner
from jamsos_desktop.ui.views.sync.checklist import ChecklistPanel
from jamsos_desktop.ui.widgets.empty_state import EmptyState
from jamsos_desktop.ui.widgets.levels import set_level
from jamsos_desktop.ui.widgets.pickers import FilePicker, ensure_suffix
from jamsos_desktop.ui.widgets.prompts import Prompter

BUNDLES_SHOWN = 200


class SyncPage(QWidget):
    participants_changed = Signal()  # an export or a receipt moved participants to another status

    def __init__(self, services: Services, *, tasks: TaskRunner, prompter: Prompter, picker: FilePicker,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SyncPage()
        self.ui.setupUi(self)
        self._services, self._tasks, self._prompter, self._picker = services, tasks, prompter, picker
        self._busy = False
        self.model = BundleTableModel(self)
        table = self.ui.bundle_table
        table.setModel(self.model)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        for column in (2, 3):  # file name and change numbers: technical, shown in the row's tooltip
            table.hideColumn(column)
        table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.checklist = ChecklistPanel(services, prompter=prompter, picker=picker, parent=self)
        self.ui.checklist_host.addWidget(self.checklist)
        self.checklist.changed.connect(self.refresh)
        self._readiness_blocker = ""
        self.ui.technical_label.hide()
        self.ui.technical_row.setAlignment(self.ui.technical_button, Qt.AlignmentFlag.AlignLeft)
        self.ui.technical_button.toggled.connect(self.on_technical_toggled)
        self.empty_state = EmptyState(table, lambda: self.tr(
            "Belum ada berkas kiriman. Setelah persiapan selesai, klik Kirim ke flashdisk…"))
        self.ui.export_button.clicked.connect(self.on_export_clicked)
        self.ui.apply_receipt_button.clicked.connect(self.on_apply_receipt_clicked)
        self.ui.verify_button.clicked.connect(self.on_verify_clicked)
        self.ui.contents_button.clicked.connect(self.on_contents_clicked)
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - loaded when seen, not at start-up
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        sync, status = self._services.sync, office_status(self._services.office)
        self.checklist.refresh()
        readiness = self.checklist.readiness
        assert readiness is not None
        held = self.tr(" ({n} lagi menunggu persetujuan supervisor)").format(n=status.held) if status.held else ""
        self.ui.queued_label.setText(self.tr("{n} perubahan").format(n=status.queued) + held)
        self.ui.last_export_label.setText(local_time(status.last_export) or self.tr("belum pernah"))
        hub = sync.hub()
        self.ui.hub_label.setText(hub.name if hub else self.tr("belum dipercayai (lihat Persiapan di atas)"))
        set_level(self.ui.hub_label, "" if hub else "warn")
        self.ui.checklist_group.setTitle(self.tr("Persiapan (sekali saja): selesai") if readiness.complete
                                         else self.tr("Persiapan (sekali saja)"))
        self._readiness_blocker = readiness.export_blocker()
        self.ui.export_reason_label.setText(self._readiness_blocker)
        self.ui.export_reason_label.setVisible(bool(self._readiness_blocker))
        if self.ui.technical_button.isChecked():
            self.ui.technical_label.setText(self._technical_text())
        self.model.set_bundles(sync.bundles(BUNDLES_SHOWN))
        self._update_buttons()

    def _technical_text(self) -> str:
        sync = self._services.sync
        lines = []
        try:
            me = sync.identity()
            lines.append(self.tr("Perangkat ini: {id} · sidik jari {fp}").format(id=me.device_id, fp=me.fingerprint))
        except SyncProblem as exc:
            lines.append(str(exc))
        hub = sync.hub()
        if hub is not None:
            lines.append(self.tr("Disnaker: {id} · sidik jari {fp}").format(id=hub.hub_id, fp=hub.fingerprint))
        return "\n".join(lines)

    def on_technical_toggled(self, shown: bool) -> None:
        if shown:
            self.ui.technical_label.setText(self._technical_text())
        self.ui.technical_label.setVisible(shown)
        self.ui.technical_button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    # --- slots -----------------------------------------------------------------------------------------
    def on_export_clicked(self) -> None:
        if self._readiness_blocker:
            return
        folder = self._picker.target_folder(self, title=self.tr("Kirim ke flashdisk"), question=self.tr(
            "Simpan berkas kiriman di mana? Flashdisk yang terpasang ada di atas."))
        if folder is not None:
            self._run(lambda _p: self._services.sync.export_bundle(folder), self._on_exported,
                      title=self.tr("Pengiriman belum berhasil"), label=self.tr(
                          "Menyimpan berkas kiriman ke {folder}…").format(folder=folder), stick=True)

    def on_apply_receipt_clicked(self) -> None:
        path = self._picker.open_file(self, title=self.tr("Terapkan tanda terima"), name_filter=self.tr(
            "Tanda terima Jamsos (*.jamsos);;Semua berkas (*)"))
        if path is not None:
            self._run(lambda _p: self._services.sync.apply_receipt_file(path), self._on_receipt_applied,
                      title=self.tr("Tanda terima tidak diterapkan"), label=self.tr("Memeriksa dan menerapkan "
                                                                                   "tanda terima…"))

    def on_verify_clicked(self) -> None:
        path = self._picker.open_file(self, title=self.tr("Periksa berkas kiriman"), name_filter=self.tr(
            "Berkas Jamsos (*.jamsos);;Semua berkas (*)"))
        if path is not None:
            self._run(lambda _p: self._services.sync.verify_file(path), self._on_verified,
                      title=self.tr("Berkas tidak sah"), label=self.tr("Memeriksa berkas…"))

    def on_contents_clicked(self) -> None:
        bundle = self._selected_export()
        if bundle is None:
            return
        path = self._picker.save_file(self, title=self.tr("Isi berkas kiriman untuk laporan kehilangan"),
                                      suggested=f"isi-kiriman-{Path(bundle.file_name).stem}.xlsx",
                                      name_filter=self.tr("Buku kerja Excel (*.xlsx)"))
        if path is None:
            return
        path = ensure_suffix(path, ".xlsx")
        reports = self._services.reports
        self._run(lambda _p: reports.export_bundle_contents(bundle.bundle_id, path), self._on_contents_saved,
                  title=self.tr("Isi berkas kiriman belum tersimpan"), label=self.tr("Menyimpan isi berkas kiriman…"),
                  stick=True)

    # --- results ---------------------------------------------------------------------------------------
    def _on_exported(self, result: ExportResult) -> None:
        self._done(self.tr("Berkas kiriman tersimpan"), self.tr(
            "Berkas kiriman tersimpan dan sudah diperiksa: {path}\n{n} perubahan. Serahkan flashdisk ke Disnaker; "
            "setelah diproses, terapkan tanda terimanya di sini.").format(path=result.path, n=result.record_count),
            changed=True)

    def _on_receipt_applied(self, result: ReceiptResult) -> None:
        if result.already_applied:
            self._done(self.tr("Sudah pernah diterapkan"), self.tr(
                "Tanda terima ini sudah pernah diterapkan; tidak ada yang berubah."))
            return
        self._done(self.tr("Tanda terima diterapkan"), self.tr(
            "Tanda terima diterapkan: {a} diterima, {r} ditolak, {d} ganda, {k} nomor KPJ. Data yang ditolak atau "
            "ganda bisa dilihat di halaman Peserta (saring menurut status).").format(
            a=result.accepted, r=result.rejected, d=result.duplicate, k=result.kpj_numbers), changed=True)

    def _on_verified(self, m: Manifest) -> None:
        kinds = {"changes": self.tr("Berkas kiriman"), "receipt": self.tr("Tanda terima"),
                 "enrolment": self.tr("Pendaftaran perangkat")}
        created = dt.datetime.strptime(m.created_at, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC)
        kel = batam().kelurahan_by_code(m.kelurahan_code)
        self._done(self.tr("Berkas sah"), self.tr(
            "{kind} sah: tanda tangan, isi dan susunan berkas cocok.\nDari Kelurahan {kel}, dibuat {at}, "
            "{n} catatan.\n\nRincian teknis: perangkat {device}, nomor {a}–{b}.").format(
            kind=kinds.get(m.kind, m.kind), device=m.device_id, kel=kel.name if kel else m.kelurahan_code,
            at=local_time(created), n=m.record_count, a=m.seq_from, b=m.seq_to))

    def _on_contents_saved(self, path: Path) -> None:
        self._done(self.tr("Isi berkas kiriman tersimpan"), self.tr(
            "Daftar isi berkas kiriman tersimpan: {path}\nLampirkan pada laporan kehilangan ke Disnaker paling "
            "lambat 3 x 24 jam sejak flashdisk hilang. Data peserta tidak hilang: kiriman berikutnya membawanya "
            "lagi.").format(
            path=path))

    def _done(self, title: str, text: str, *, changed: bool = False) -> None:
        self._show_result(text, "ok")
        self.refresh()
        if changed:
            self.participants_changed.emit()
        self._prompter.info(self, title, text)

    # --- helpers ---------------------------------------------------------------------------------------
    def _run(self, work: Callable[[Any], Any], on_success: Callable[[Any], None], *, title: str, label: str,
             stick: bool = False) -> None:
        self._set_busy(True)
        self._tasks.run(work, parent=self, label=label, on_success=on_success,
                        on_failure=lambda exc: self._failed(exc, title=title, stick=stick),
                        on_cancel=self._cancelled, on_finished=lambda: self._set_busy(False))

    def _failed(self, exc: Exception, *, title: str, stick: bool) -> None:
        text: str | None = stick_message() if stick and isinstance(exc, OSError) else refusal_message(exc)
        if text is None and isinstance(exc, LookupError):
            text = str(exc.args[0]) if exc.args else str(exc)
        if text is None:
            raise exc
        self._show_result(text, "block")
        self.refresh()
        self._prompter.warn(self, title, text)

    def _cancelled(self) -> None:
        self.refresh()
        self._show_result(self.tr("Dibatalkan. Bila berkas kiriman sempat tersimpan dan diperiksa, ia tampil di "
                                  "daftar di bawah."), "warn")
        self.participants_changed.emit()

    def _show_result(self, text: str, level: str) -> None:
        self.ui.result_label.setText(text)
        self.ui.result_label.setProperty("level", level)
        self.ui.result_label.style().polish(self.ui.result_label)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_buttons()

    def _selected_export(self) -> Any:
        rows = self.ui.bundle_table.selectionModel().selectedRows()
        bundle = self.model.bundle(rows[0].row()) if rows else None
        return bundle if bundle is not None and is_export(bundle) else None

    def _update_buttons(self) -> None:
        actor = self._services.office.actor
        role = actor.role if actor else ""
        self.ui.export_button.setEnabled(not self._busy and not self._readiness_blocker)
        self.ui.export_button.setToolTip(self._readiness_blocker)
        for button in (self.ui.apply_receipt_button, self.ui.verify_button):
            button.setEnabled(not self._busy)
        may_report = allowed(role, "audit.view")
        self.ui.contents_button.setEnabled(not self._busy and may_report and self._selected_export() is not None)
        self.ui.contents_button.setToolTip(self.tr("Pilih berkas kiriman di daftar.") if may_report
                                           else self.tr("Hanya supervisor atau admin."))
