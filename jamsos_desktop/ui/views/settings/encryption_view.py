"""Pengaturan → Enkripsi data: whether the office database is encrypted, and switching a plain office on (admin).

The switch (services/encryption.py, `switch_on`, the same path as `jamsos encrypt`) runs on the TaskRunner's
worker with a progress dialog: a pinned backup, the slot file, then the database and every backup encrypted in
place. Cancel is honoured only before anything changes; once the database is being encrypted the switch is
finished (stopping half way would leave plain copies behind), and the clerk is told so. Every failure gets an
Indonesian message; a full disk leaves the office plain and working.
"""

from __future__ import annotations

import contextlib

from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from jamsos_desktop.domain.roles import allowed
from jamsos_desktop.services import Services
from jamsos_desktop.services.encryption import SwitchResult
from jamsos_desktop.ui.errors import refusal_message
from jamsos_desktop.ui.tasks import Cancelled, Progress, TaskRunner
from jamsos_desktop.ui.widgets.levels import set_level
from jamsos_desktop.ui.widgets.prompts import Prompter


class EncryptionView(QWidget):
    def __init__(self, services: Services, *, tasks: TaskRunner, prompter: Prompter,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services, self._tasks, self._prompter = services, tasks, prompter
        self.setObjectName("encryption_view")
        layout = QVBoxLayout(self)
        self.state_label = QLabel(self)
        self.state_label.setObjectName("encryption_state_label")
        self.state_label.setWordWrap(True)
        self.encrypt_button = QPushButton(self.tr("Enkripsi basis data…"), self)
        self.encrypt_button.setObjectName("encrypt_button")
        self.permission_label = QLabel(self)
        self.permission_label.setWordWrap(True)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("encryption_result_label")
        self.result_label.setWordWrap(True)
        for widget in (self.state_label, self.encrypt_button, self.permission_label, self.result_label):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.encrypt_button.clicked.connect(self.on_encrypt_clicked)
        self.apply_role()

    def apply_role(self) -> None:
        office = self._services.office
        actor = office.actor
        if office.encrypted:
            self.state_label.setText(self.tr("Basis data kantor ini terenkripsi: salinan berkasnya dan cadangannya "
                                             "tidak bisa dibaca tanpa kata sandi operator."))
            set_level(self.state_label, "ok")
        else:
            self.state_label.setText(self.tr("Basis data kantor ini BELUM dienkripsi: siapa pun yang menyalin "
                                             "berkasnya (misalnya dari komputer yang dicuri) bisa membaca NIK dan "
                                             "data peserta."))
            set_level(self.state_label, "warn")
        may = actor is not None and allowed(actor.role, "operator.manage")
        self.encrypt_button.setVisible(not office.encrypted)
        self.encrypt_button.setEnabled(may)
        self.permission_label.setText("" if may or office.encrypted else self.tr(
            "Hanya admin yang bisa mengenkripsi basis data."))

    def on_encrypt_clicked(self) -> None:
        if not self._prompter.confirm(self, self.tr("Enkripsi basis data"), self.tr(
                "Basis data dan semua cadangan di komputer ini akan dienkripsi. Setelah itu data hanya terbuka dengan "
                "kata sandi operator (atau kunci pemulihan Disnaker). Versi aplikasi 0.1.0 tidak bisa membukanya "
                "lagi.\n\nSimpan dulu isian yang sedang dibuka. Lanjutkan?"), yes=self.tr("Enkripsi")):
            return
        password = self._prompter.ask_password(self, self.tr("Enkripsi basis data"),
                                                self.tr("Kata sandi Anda (admin yang sedang masuk):"))
        if not password:
            return
        self.encrypt_button.setEnabled(False)
        self._tasks.run(lambda progress: self._switch(password, progress), parent=self,
                        label=self.tr("Mengenkripsi basis data dan cadangannya…"), on_success=self._on_done,
                        on_failure=self._on_failed, on_cancel=self._on_cancelled, on_finished=self.apply_role)

    def _switch(self, password: str, progress: Progress) -> SwitchResult:
        """On the worker: Cancel counts only before the first change (the first progress call)."""
        started = False

        def report(done: int, total: int) -> None:
            nonlocal started
            if not started:
                started = True
                progress(done, total)  # may raise Cancelled: nothing has changed yet
                return
            with contextlib.suppress(Cancelled):  # too late to stop safely: the switch is finished, clerk told so
                progress(done, total)
        return self._services.encryption.switch_on(password, progress=report)

    def _on_done(self, result: SwitchResult) -> None:
        lines = [self.tr("Basis data kantor sekarang terenkripsi. Cadangan lama yang ikut dienkripsi: {n}.").format(
            n=result.backups_encrypted)]
        if not result.recovery_slot:
            lines.append(self.tr("PENTING: belum ada kunci pemulihan Disnaker. Percayai berkas identitas Disnaker "
                                 "secepatnya (Kirim Data > Percayai Disnaker…)."))
        if result.backups_left_plain:
            lines.append(self.tr("{n} cadangan otomatis tidak bisa dienkripsi karena disk penuh dan masih terbaca: "
                                 "kosongkan ruang disk, lalu minta petugas TI menghapus cadangan lama.").format(
                                     n=result.backups_left_plain))
        if result.without_slot:
            lines.append(self.tr("Akun berikut perlu kata sandi baru dari admin sebelum bisa masuk: {names}.").format(
                names=", ".join(result.without_slot)))
        self._show("\n".join(lines), "warn" if len(lines) > 1 else "ok")
        self._prompter.info(self, self.tr("Basis data terenkripsi"), "\n\n".join(lines))

    def _on_failed(self, exc: Exception) -> None:
        text = refusal_message(exc)
        if text is None and isinstance(exc, OSError):
            text = self.tr("Berkas data tidak bisa ditulis ({why}).").format(why=exc.strerror or exc)
        if text is None:
            raise exc
        text = self.tr("Basis data TIDAK dienkripsi: {why}\nData kantor tidak berubah dan tetap bisa dipakai.").format(
            why=text)
        self._show(text, "block")
        self._prompter.warn(self, self.tr("Enkripsi belum berhasil"), text)

    def _on_cancelled(self) -> None:
        if self._services.office.encrypted:  # Cancel came after the switch had started: it was finished
            self._show(self.tr("Enkripsi sudah berjalan saat Batal ditekan, jadi diselesaikan: basis data kantor "
                               "sekarang terenkripsi."), "ok")
        else:
            self._show(self.tr("Dibatalkan: basis data tidak diubah."), "warn")

    def _show(self, text: str, level: str) -> None:
        self.result_label.setText(text)
        set_level(self.result_label, level)
