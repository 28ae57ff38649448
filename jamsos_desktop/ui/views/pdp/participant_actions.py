"""The "Hak peserta" button of an open participant: print their consent form, record the signed one,
and make the copy of their data (hak akses). Added to the participant form by the Peserta page."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from jamsos_desktop.services import Services
from jamsos_desktop.ui.errors import is_refusal, refusal_text
from jamsos_desktop.ui.tasks import TaskRunner
from jamsos_desktop.ui.views.pdp.received_dialog import ConsentReceivedDialog
from jamsos_desktop.ui.widgets.pickers import FilePicker, ensure_suffix
from jamsos_desktop.ui.widgets.prompts import Prompter


class ParticipantRightsButton(QToolButton):
    def __init__(self, services: Services, *, participant_id: Callable[[], str | None], name: Callable[[], str],
                 tasks: TaskRunner, prompter: Prompter, picker: FilePicker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rights_button")
        self.setText(self.tr("Hak peserta"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._services, self._tasks, self._prompter, self._picker = services, tasks, prompter, picker
        self._participant_id, self._name = participant_id, name
        menu = QMenu(self)
        self.form_action = menu.addAction(self.tr("Cetak formulir persetujuan…"), self.on_print_form)
        self.received_action = menu.addAction(self.tr("Catat formulir bertanda tangan diterima…"),
                                              self.on_received)
        self.copy_action = menu.addAction(self.tr("Salinan data peserta (PDF)…"), self.on_data_copy)
        menu.aboutToShow.connect(self.update_menu)
        self.setMenu(menu)
        self.setMinimumWidth(self.sizeHint().width() + 14)  # room for the menu arrow beside the text

    def update_menu(self) -> None:
        pid = self._participant_id()
        status = self._services.consent.status(pid) if pid else None
        self.received_action.setEnabled(bool(pid) and status is None)
        self.received_action.setText(self.tr("Formulir bertanda tangan diterima {day}").format(
            day=f"{status.received_on:%d-%m-%Y}") if status else self.tr("Catat formulir bertanda tangan diterima…"))
        for action in (self.form_action, self.copy_action):
            action.setEnabled(bool(pid))

    def on_print_form(self) -> None:
        pid = self._participant_id()
        path = self._ask(f"formulir-persetujuan-{self._slug()}.pdf") if pid else None
        if pid and path:
            self._run(lambda: self._services.consent.print_forms([pid], path), self.tr("Formulir tersimpan"),
                      self.tr("Formulir persetujuan tersimpan: {path}. Cetak di kertas A4, minta peserta membaca "
                              "dan menandatangani."))

    def on_data_copy(self) -> None:
        pid = self._participant_id()
        path = self._ask(f"salinan-data-{self._slug()}.pdf") if pid else None
        if pid and path:
            self._run(lambda: self._services.data_copy.write(pid, path), self.tr("Salinan data tersimpan"),
                      self.tr("Salinan data peserta tersimpan: {path}. Berisi data pribadi: serahkan hanya kepada "
                              "peserta sendiri setelah memeriksa KTP-nya."))

    def on_received(self) -> None:
        pid = self._participant_id()
        if not pid:
            return
        operators = {o.username: o.display_name or o.username for o in self._services.auth.operators() if o.active}
        actor = self._services.office.actor
        dialog = ConsentReceivedDialog(name=self._name(), today=self._services.office.today(), operators=operators,
                                       me=actor.username if actor else "", parent=self.window())
        dialog.accepted.connect(lambda: self._record(pid, dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _record(self, pid: str, dialog: ConsentReceivedDialog) -> None:
        try:
            self._services.consent.record_received(pid, received_on=dialog.received_on(),
                                                   received_by=dialog.received_by())
        except Exception as exc:
            if not is_refusal(exc):
                raise
            self._prompter.warn(self, self.tr("Formulir belum dicatat"), refusal_text(exc))
            return
        self._prompter.info(self, self.tr("Formulir dicatat"), self.tr(
            "Formulir bertanda tangan {name} dicatat diterima {day}.").format(
            name=self._name(), day=f"{dialog.received_on():%d-%m-%Y}"))

    def _slug(self) -> str:
        return "-".join(self._name().lower().split())[:40] or "peserta"

    def _ask(self, suggested: str) -> Path | None:
        path = self._picker.save_file(self, title=self.tr("Simpan PDF"), suggested=suggested,
                                      name_filter=self.tr("Dokumen PDF (*.pdf)"))
        return ensure_suffix(path, ".pdf") if path is not None else None

    def _run(self, work: Callable[[], Path], title: str, done: str) -> None:
        self._tasks.run(lambda _p: work(), parent=self.window(), label=self.tr("Menyiapkan PDF…"),
                        on_success=lambda out: self._prompter.info(self, title, done.format(path=out)),
                        on_failure=self._failed)

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, OSError):
            text = self.tr("Berkas tidak bisa disimpan di sana (folder tidak ada, penuh, atau berkasnya sedang "
                           "dibuka). Tutup berkasnya atau pilih tempat lain.")
        elif is_refusal(exc):
            text = refusal_text(exc)
        else:
            raise exc
        self._prompter.warn(self, self.tr("PDF belum tersimpan"), text)
