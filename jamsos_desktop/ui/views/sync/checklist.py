"""The office's one-time preparation, as a checklist the clerk completes in the app (services/readiness.py).

1. the office is set up; 2. this computer is enrolled at Disnaker (save the enrolment file, read the
fingerprint out by telephone); 3. Disnaker is trusted (open its identity file, compare its fingerprint by
telephone, letter by letter). The panel sits at the top of Kirim Data and in a dialog (Bantuan > Daftar
persiapan kantor…) that opens by itself while the preparation is not complete.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from jamsos_desktop.domain.roles import allowed
from jamsos_desktop.services import Services
from jamsos_desktop.services.readiness import Readiness
from jamsos_desktop.services.sync import HubIdentity
from jamsos_desktop.ui.errors import refusal_message, unreadable_message
from jamsos_desktop.ui.generated.ui_checklist_panel import Ui_ChecklistPanel
from jamsos_desktop.ui.models.time_text import local_time
from jamsos_desktop.ui.widgets.levels import set_level
from jamsos_desktop.ui.widgets.pickers import FilePicker, ensure_suffix
from jamsos_desktop.ui.widgets.prompts import Prompter

DONE, TODO = "✓", "○"


class ChecklistPanel(QWidget):
    changed = Signal()  # a step was completed

    def __init__(self, services: Services, *, prompter: Prompter, picker: FilePicker,
                 readiness: Readiness | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ChecklistPanel()
        self.ui.setupUi(self)
        self._services, self._prompter, self._picker = services, prompter, picker
        self.readiness: Readiness | None = None
        self.ui.enrol_button.clicked.connect(self.on_enrol_clicked)
        self.ui.trust_button.clicked.connect(self.on_trust_clicked)
        self.refresh(readiness)

    def refresh(self, readiness: Readiness | None = None) -> None:
        """Show the steps; `readiness` when the caller has just read it (the outbox is counted once)."""
        r = self.readiness = readiness or self._services.readiness.status()
        self._step(self.ui.office_state_label, self.ui.office_text_label, True,
                   self.tr("Kantor disiapkan: {name}.").format(name=r.office_name))
        enrolled = self.tr("Komputer ini terdaftar di Disnaker: berkas pendaftaran disimpan {when}.").format(
            when=local_time(r.enrolment_saved_at)) if r.enrolment_saved_at else ""
        if r.first_receipt_at:
            enrolled = self.tr("Komputer ini terdaftar di Disnaker: tanda terimanya sudah datang.")
        self._step(self.ui.enrol_state_label, self.ui.enrol_text_label, r.enrolled, enrolled or self.tr(
            "Daftarkan komputer ini di Disnaker: simpan berkas pendaftaran, serahkan ke Disnaker dan bacakan sidik "
            "jarinya lewat telepon."))
        self._step(self.ui.trust_state_label, self.ui.trust_text_label, r.hub is not None, self.tr(
            "Disnaker dipercayai: {name}, sidik jari dicocokkan.").format(name=r.hub.name) if r.hub else self.tr(
            "Percayai Disnaker: buka berkas identitas yang diberikan Disnaker dan cocokkan sidik jarinya lewat "
            "telepon."))
        actor = self._services.office.actor
        may_trust = actor is not None and allowed(actor.role, "settings.change")
        self.ui.trust_button.setEnabled(may_trust)
        self.ui.trust_button.setToolTip("" if may_trust else self.tr("Hanya supervisor atau admin."))
        self.ui.enrol_button.setText(self.tr("Simpan lagi…") if r.enrolled else self.tr("Simpan berkas pendaftaran…"))
        self.ui.trust_button.setText(self.tr("Ganti…") if r.hub else self.tr("Percayai Disnaker…"))
        self.ui.next_step_label.setText(self.tr("Persiapan selesai: data bisa dikirim ke Disnaker.") if r.complete
                                        else self.tr("Selesaikan langkah bertanda ○, dari atas ke bawah."))
        set_level(self.ui.next_step_label, "ok" if r.complete else "warn")

    @staticmethod
    def _step(state: QLabel, text: QLabel, done: bool, words: str) -> None:
        state.setText(DONE if done else TODO)
        set_level(state, "ok" if done else "warn")
        text.setText(words)

    # --- slots -----------------------------------------------------------------------------------------
    def on_enrol_clicked(self) -> None:
        code = self._services.settings.get("office.kelurahan_code")
        path = self._picker.save_file(self, title=self.tr("Simpan berkas pendaftaran perangkat"),
                                      suggested=f"pendaftaran-perangkat-{code}.json",
                                      name_filter=self.tr("Berkas pendaftaran (*.json)"))
        if path is None:
            return
        path = ensure_suffix(path, ".json")
        if self._call(lambda: self._services.readiness.save_enrolment(path),
                      title=self.tr("Berkas pendaftaran belum tersimpan"), path=path) is None:
            return
        self.refresh()
        self.changed.emit()
        self._prompter.info(self, self.tr("Berkas pendaftaran tersimpan"), self.tr(
            "Tersimpan: {path}\n\nSerahkan berkas ini ke Disnaker, lalu bacakan sidik jari komputer ini lewat "
            "telepon:\n{fp}").format(path=path, fp=self._services.sync.identity().fingerprint))

    def on_trust_clicked(self) -> None:
        path = self._picker.open_file(self, title=self.tr("Percayai Disnaker"), name_filter=self.tr(
            "Berkas identitas Disnaker (*.json);;Semua berkas (*)"))
        if path is None:
            return
        title = self.tr("Disnaker belum dipercayai")
        hub = self._call(lambda: self._services.sync.read_hub_file(path), title=title, path=path)
        if hub is None or not self._prompter.confirm(
                self, self.tr("Cocokkan sidik jari Disnaker"), self._question(hub),
                yes=self.tr("Sama, percayai"), no=self.tr("Tidak sama, batal")):
            return
        if self._call(lambda: self._services.sync.trust_hub(path), title=title, path=path) is None:
            return
        self.refresh()
        self.changed.emit()
        self._prompter.info(self, self.tr("Disnaker dipercayai"), self.tr(
            "{name} dipercayai. Berkas kiriman berikutnya hanya bisa dibuka oleh Disnaker.").format(name=hub.name))

    def _question(self, hub: HubIdentity) -> str:
        current = self._services.sync.hub()
        replace = self.tr("\n\nKantor ini sekarang mempercayai {name} (sidik jari {fp}); yang baru akan "
                          "menggantikannya.").format(name=current.name, fp=current.fingerprint) \
            if current and current.hub_id != hub.hub_id else ""
        return self.tr("{name}\n\nSidik jari:\n{fp}\n\nTelepon petugas Disnaker dan minta ia membacakan sidik "
                       "jarinya. Percayai hanya bila sama persis, huruf demi huruf.{replace}\n\nRincian teknis: "
                       "ID {id}").format(name=hub.name, fp=hub.fingerprint, replace=replace, id=hub.hub_id)

    def _call(self, action: Callable[[], Any], *, title: str, path: Path) -> Any:
        """A quick step on the GUI thread; None (after telling the clerk) when it was refused."""
        try:
            return action()
        except OSError as exc:
            text = unreadable_message(path.name, exc)
        except Exception as exc:
            refusal = refusal_message(exc)
            if refusal is None:
                raise
            text = refusal
        self._prompter.warn(self, title, text)
        return None


class ChecklistDialog(QDialog):
    """The checklist on its own, opened from Bantuan and at start while the preparation is not complete."""

    def __init__(self, panel: ChecklistPanel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklist_dialog")
        self.setWindowTitle(self.tr("Daftar persiapan kantor"))
        self.panel = panel
        intro = QLabel(self.tr("Sebelum data bisa dikirim ke Disnaker (kantor kota), komputer ini perlu disiapkan "
                               "sekali. Langkah yang sudah selesai bertanda ✓."), self)
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(panel)
        layout.addWidget(buttons)
        self.resize(620, self.sizeHint().height())
