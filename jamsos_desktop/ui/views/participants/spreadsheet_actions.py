"""The participant list's Excel buttons: open the import wizard, export the participants the list shows."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from jamsos_desktop.services import Services
from jamsos_desktop.services.listing import ListFilter
from jamsos_desktop.ui.errors import is_refusal, refusal_text
from jamsos_desktop.ui.tasks import TaskRunner
from jamsos_desktop.ui.widgets.pickers import FilePicker, ensure_suffix
from jamsos_desktop.ui.widgets.prompts import Prompter
from jamsos_desktop.ui.widgets.saving import documents_dir, save_failure_text

if TYPE_CHECKING:
    from jamsos_desktop.ui.views.imports.import_wizard import ImportWizard


class SpreadsheetActions(QObject):
    participants_imported = Signal(int)  # how many were added

    def __init__(self, services: Services, *, tasks: TaskRunner, prompter: Prompter, picker: FilePicker,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self._services, self._tasks, self._prompter, self._picker = services, tasks, prompter, picker
        self._window = parent
        self.wizard: ImportWizard | None = None

    def open_import_wizard(self) -> ImportWizard:
        from jamsos_desktop.ui.views.imports.import_wizard import ImportWizard  # and the storage layer with it

        self.wizard = ImportWizard(self._services, tasks=self._tasks, prompter=self._prompter, picker=self._picker,
                                   parent=self._window)
        self.wizard.participants_imported.connect(self.participants_imported)
        self.wizard.open()
        return self.wizard

    def export(self, flt: ListFilter) -> None:
        count = self._services.participants.count(flt)
        if not count:
            self._prompter.info(self._window, self.tr("Tidak ada yang diekspor"),
                                self.tr("Daftar yang tampil kosong. Ubah atau hapus saringan dulu."))
            return
        suggested = documents_dir() / "peserta-{code}-{date}.xlsx".format(
            code=self._services.settings.get("office.kelurahan_code").replace(".", ""), date=dt.date.today())
        chosen = self._picker.save_file(self._window, title=self.tr("Ekspor {n} peserta ke Excel").format(n=count),
                                        suggested=str(suggested), name_filter=self.tr("Buku kerja Excel (*.xlsx)"))
        if chosen is None:
            return
        out = ensure_suffix(chosen, ".xlsx")
        self._tasks.run(lambda _progress: self._services.imports.export(out, flt), parent=self._window,
                        label=self.tr("Mengekspor {n} peserta…").format(n=count),
                        on_success=lambda n: self._prompter.info(self._window, self.tr("Ekspor selesai"), self.tr(
                            "{n} peserta tersimpan di:\n{path}\n\nNIK dan nomor HP tersimpan sebagai teks; lembar "
                            "rekap berisi jumlah per RT/RW dan kategori.").format(n=n, path=out)),
                        on_failure=lambda exc: self._export_failed(exc, out))

    def _export_failed(self, exc: Exception, out: Path) -> None:
        if isinstance(exc, OSError):
            self._prompter.warn(self._window, self.tr("Ekspor gagal"), save_failure_text(out))
        elif is_refusal(exc):
            self._prompter.warn(self._window, self.tr("Ekspor gagal"), refusal_text(exc))
        else:
            raise exc
