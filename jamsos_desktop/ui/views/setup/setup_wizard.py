"""First run: choose the office's kelurahan, create the admin account and the device identity.

`services.setup.initialize` does the work when the clerk leaves the account page, and the new office is then
encrypted at once (services/encryption.py, `switch_on_new`: an empty database, so quick); the last page shows the
device fingerprint to read out to the city office when the device is enrolled.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEventLoop, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTreeWidgetItem, QWidget, QWizard

from jamsos_desktop.domain.errors import Refused
from jamsos_desktop.domain.wilayah import batam
from jamsos_desktop.services.encryption import EncryptionService
from jamsos_desktop.services.office import Office
from jamsos_desktop.services.setup import SetupRefused, SetupResult, initialize
from jamsos_desktop.ui.errors import refusal_message
from jamsos_desktop.ui.generated.ui_setup_wizard import Ui_SetupWizard
from jamsos_desktop.ui.tasks import TaskRunner

CODE_ROLE = Qt.ItemDataRole.UserRole + 1


class SetupWizard(QWizard):
    office_initialized = Signal(object)  # SetupResult

    def __init__(self, office: Office, parent: QWidget | None = None, *, tasks: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SetupWizard()
        self.ui.setupUi(self)
        self._office = office
        self._tasks = tasks or TaskRunner(self)
        self.result_info: SetupResult | None = None
        for which, text in ((QWizard.WizardButton.NextButton, self.tr("Lanjut >")),
                            (QWizard.WizardButton.BackButton, self.tr("< Kembali")),
                            (QWizard.WizardButton.FinishButton, self.tr("Selesai")),
                            (QWizard.WizardButton.CommitButton, self.tr("Siapkan kantor >")),
                            (QWizard.WizardButton.CancelButton, self.tr("Batal"))):
            self.setButtonText(which, text)
        self.ui.admin_page.setCommitPage(True)  # the office exists after this page: no way back
        self._fill_kelurahan()
        self.ui.admin_error_label.hide()
        self.ui.kelurahan_filter_edit.textChanged.connect(self.on_filter_changed)
        self.ui.kelurahan_tree.currentItemChanged.connect(self.on_kelurahan_changed)

    def _fill_kelurahan(self) -> None:
        areas = batam()
        bold = QFont(self.font())
        bold.setBold(True)
        for kec in areas.kecamatan:
            top = QTreeWidgetItem([self.tr("Kecamatan {name}").format(name=kec.name)])
            top.setFont(0, bold)
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for kel in areas.kelurahan_in(kec.code):
                child = QTreeWidgetItem([f"{kel.name}  ({kel.code})"])
                child.setData(0, CODE_ROLE, kel.code)
                top.addChild(child)
            self.ui.kelurahan_tree.addTopLevelItem(top)
        self.ui.kelurahan_tree.expandAll()

    def chosen_code(self) -> str:
        item = self.ui.kelurahan_tree.currentItem()
        return str(item.data(0, CODE_ROLE) or "") if item is not None else ""

    def choose(self, code: str) -> None:
        tree = self.ui.kelurahan_tree
        for i in range(tree.topLevelItemCount()):
            top = tree.topLevelItem(i)
            for j in range(top.childCount()):
                if top.child(j).data(0, CODE_ROLE) == code:
                    tree.setCurrentItem(top.child(j))

    def validateCurrentPage(self) -> bool:  # noqa: N802 - Qt virtual: checks before Next
        page = self.currentPage()
        if page is self.ui.kelurahan_page and not self.chosen_code():
            self.ui.selected_label.setText(self.tr("Pilih dulu satu kelurahan dari daftar."))
            return False
        if page is self.ui.admin_page:
            return self._create_office()
        return super().validateCurrentPage()

    def on_filter_changed(self, text: str) -> None:
        needle = text.strip().lower()
        tree = self.ui.kelurahan_tree
        for i in range(tree.topLevelItemCount()):
            top = tree.topLevelItem(i)
            kec_match = needle in top.text(0).lower()
            any_shown = False
            for j in range(top.childCount()):
                child = top.child(j)
                shown = not needle or kec_match or needle in child.text(0).lower()
                child.setHidden(not shown)
                any_shown = any_shown or shown
            top.setHidden(not any_shown)

    def on_kelurahan_changed(self) -> None:
        item = self.ui.kelurahan_tree.currentItem()
        code = self.chosen_code()
        self.ui.selected_label.setText(self.tr("Dipilih: Kelurahan {name}").format(
            name=item.text(0).split("  (")[0]) if code and item else self.tr("Belum ada kelurahan yang dipilih."))

    def _create_office(self) -> bool:
        if self.result_info is not None:
            return True
        ui = self.ui
        if ui.admin_password_edit.text() != ui.admin_password_repeat_edit.text():
            self._refuse(self.tr("Kedua kata sandi tidak sama: ketik ulang."))
            return False
        try:
            self.result_info = initialize(self._office, kelurahan=self.chosen_code(),
                                          admin_username=ui.admin_username_edit.text(),
                                          admin_password=ui.admin_password_edit.text(),
                                          admin_display_name=ui.admin_display_name_edit.text(),
                                          approval_required=ui.approval_check.isChecked())
        except SetupRefused as exc:
            self._refuse(str(exc))
            return False
        ui.fingerprint_label.setText(self.result_info.fingerprint)
        ui.device_id_label.setText(self.tr("ID perangkat: {id}").format(id=self.result_info.device_id))
        ui.office_label.setText(self.tr("{office} siap dipakai. Masuk dengan akun admin yang baru dibuat, lalu "
                                        "tambahkan akun operator di Pengaturan.").format(
                                            office=self.result_info.office_name) + "\n\n" + self._encrypt())
        self.office_initialized.emit(self.result_info)
        return True

    def _encrypt(self) -> str:
        """A new office is encrypted from the start, on the TaskRunner's worker (argon2id and SQLCipher take a
        second or more on an office PC) while this page waits in a local event loop with a progress dialog. A
        failure (a full disk) leaves it plain and working; the clerk is told how to switch it on later."""
        ui = self.ui
        username, password = ui.admin_username_edit.text(), ui.admin_password_edit.text()
        outcome: list[str] = []
        done = self.tr("Basis data kantor terenkripsi: salinannya tidak bisa dibaca tanpa kata sandi operator. "
                       "Percayai berkas identitas Disnaker secepatnya (Kirim Data > Percayai Disnaker…): sampai itu "
                       "belum ada kunci pemulihan bila kata sandi admin hilang.")

        def failed(exc: Exception) -> None:
            why = refusal_message(exc)
            if why is None:
                logging.getLogger(__name__).error("encrypting the new office failed", exc_info=exc)
                why = self.tr("kesalahan tak terduga (tercatat di log).")
            outcome.append(self.tr("Basis data BELUM dienkripsi: {why} Kantor tetap bisa dipakai; admin dapat "
                                   "mengenkripsinya nanti di Pengaturan > Enkripsi data.").format(why=why))

        def cancelled() -> None:  # Cancel came while it ran: it was finished, or it never started
            if self._office.encrypted:
                outcome.append(done)
            else:
                failed(Refused(self.tr("dibatalkan.")))

        loop = QEventLoop(self)
        self._tasks.run(lambda _p: EncryptionService(self._office).switch_on_new(username, password), parent=self,
                        label=self.tr("Mengenkripsi basis data kantor…"), on_success=lambda _r: outcome.append(done),
                        on_failure=failed, on_cancel=cancelled, on_finished=loop.quit)
        loop.exec()  # the task's signals are queued: they arrive in this loop, the last one ends it
        return outcome[0] if outcome else done

    def _refuse(self, text: str) -> None:
        self.ui.admin_error_label.setText(text)
        self.ui.admin_error_label.show()
