"""The Hak Peserta page: tabs for consent forms, the retention period and purge, and breach reports.

Also runs the monthly retention task after each sign-in (off the GUI thread); it tells the clerk only when
it erased something or could not run.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from jamsos_desktop.services import Services
from jamsos_desktop.services.retention import PurgeRefused, PurgeResult
from jamsos_desktop.ui.generated.ui_rights_page import Ui_RightsPage
from jamsos_desktop.ui.tasks import TaskRunner
from jamsos_desktop.ui.views.pdp.breach_view import BreachView
from jamsos_desktop.ui.views.pdp.consent_view import ConsentView
from jamsos_desktop.ui.views.pdp.retention_view import RetentionView
from jamsos_desktop.ui.widgets.pickers import FilePicker
from jamsos_desktop.ui.widgets.prompts import Prompter


class RightsPage(QWidget):
    open_requested = Signal(str)  # participant id
    participants_changed = Signal()  # forms recorded or records erased

    def __init__(self, services: Services, *, tasks: TaskRunner, prompter: Prompter, picker: FilePicker,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RightsPage()
        self.ui.setupUi(self)
        self._services, self._tasks, self._prompter = services, tasks, prompter
        self.consent = ConsentView(services, tasks=tasks, prompter=prompter, picker=picker, parent=self)
        self.retention = RetentionView(services, tasks=tasks, prompter=prompter, parent=self)
        self.ui.tabs.addTab(self.consent, self.tr("Formulir persetujuan"))
        self.breach = BreachView(services, tasks=tasks, prompter=prompter, picker=picker, parent=self)
        self.ui.tabs.addTab(self.retention, self.tr("Masa simpan"))
        self.ui.tabs.addTab(self.breach, self.tr("Kebocoran data"))
        self.consent.open_requested.connect(self.open_requested)
        self.consent.forms_recorded.connect(lambda _n: self.participants_changed.emit())
        self.retention.purged.connect(lambda _n: self.participants_changed.emit())

    def run_monthly_retention(self) -> None:
        """After a sign-in: the monthly purge, when a month has passed since the last one."""
        if not self._services.retention.due_for_monthly():
            return
        self._tasks.run(lambda progress: self._services.retention.run_monthly_if_due(progress=progress),
                        on_success=self._on_monthly_done, on_failure=self._on_monthly_failed)

    def _on_monthly_done(self, result: PurgeResult | None) -> None:
        if result is None or not (result.erased or result.backups_removed):
            return
        self.participants_changed.emit()
        self._prompter.info(self, self.tr("Pemusnahan data bulanan"), self.tr(
            "Masa simpan {years} tahun habis untuk {n} peserta yang dihapus atau ditolak: data pribadinya sudah "
            "dimusnahkan, dan {b} cadangan lama dihapus. ID, tanggal dan alasannya tetap tercatat.").format(
            years=result.plan.years, n=len(result.erased), b=len(result.backups_removed)))

    def _on_monthly_failed(self, exc: Exception) -> None:
        if not isinstance(exc, PurgeRefused):
            raise exc
        self._prompter.warn(self, self.tr("Pemusnahan data bulanan tidak berjalan"), str(exc))
