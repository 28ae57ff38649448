"""Jejak Audit (supervisors and admins): events filtered by operator, action, dates and data id, page by page.

The selected event's details are shown in words (changed fields old → new). "Periksa jejak audit" runs the
maintenance check (database integrity and the hash chain) through the TaskRunner.
"""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHeaderView, QWidget

from jamsos_desktop.services import Services
from jamsos_desktop.services.maintenance import CheckReport
from jamsos_desktop.services.reports import AuditFilter
from jamsos_desktop.ui.errors import refusal_message
from jamsos_desktop.ui.generated.ui_audit_view import Ui_AuditView
from jamsos_desktop.ui.models.audit_table import AuditTableModel, action_label
from jamsos_desktop.ui.models.time_text import local_time
from jamsos_desktop.ui.tasks import TaskRunner
from jamsos_desktop.ui.widgets.prompts import Prompter

PAGE_SIZE = 100
DEFAULT_DAYS = 30


class AuditView(QWidget):
    def __init__(self, services: Services, *, tasks: TaskRunner, prompter: Prompter,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AuditView()
        self.ui.setupUi(self)
        self._services, self._tasks, self._prompter = services, tasks, prompter
        self._filter = AuditFilter()
        self._page = 0
        self._has_more = False
        self.model = AuditTableModel(self)
        table = self.ui.audit_table
        table.setModel(self.model)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # times, names and actions whole
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)  # the details take what is left
        self._reset_dates()
        self.ui.date_check.toggled.connect(self._update_dates)
        self.ui.apply_button.clicked.connect(self.on_apply_clicked)
        self.ui.clear_button.clicked.connect(self.on_clear_clicked)
        self.ui.entity_edit.returnPressed.connect(self.on_apply_clicked)
        self.ui.previous_button.clicked.connect(lambda: self._go(self._page - 1))
        self.ui.next_button.clicked.connect(lambda: self._go(self._page + 1))
        self.ui.history_button.clicked.connect(self.on_history_clicked)
        self.ui.check_button.clicked.connect(self.on_check_clicked)
        table.selectionModel().selectionChanged.connect(self._show_details)
        self.model.modelReset.connect(self._show_details)
        self._update_dates()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - read when seen, not at start-up
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        self._load_choices()
        self.load()

    def current_filter(self) -> AuditFilter:
        dated = self.ui.date_check.isChecked()
        return AuditFilter(operator=self.ui.operator_combo.currentData() or "",
                           action=self.ui.action_combo.currentData() or "",
                           entity_id=self.ui.entity_edit.text().strip(),
                           since=self.ui.since_edit.date().toPython() if dated else None,  # type: ignore[arg-type]
                           until=self.ui.until_edit.date().toPython() if dated else None)  # type: ignore[arg-type]

    def load(self) -> None:
        try:
            page = self._services.reports.audit_page(self._filter, offset=self._page * PAGE_SIZE,
                                                     limit=PAGE_SIZE + 1)
        except Exception as exc:
            text = refusal_message(exc)
            if text is None:
                raise
            self.model.set_events([])
            self._has_more = False
            self._update_pager(0)
            self.ui.page_label.setText(text)
            return
        events = page.events
        self._has_more = len(events) > PAGE_SIZE
        self.model.set_events(events[:PAGE_SIZE], participant_names=page.participant_names,
                              operator_names=page.operator_names)
        self._update_pager(len(events[:PAGE_SIZE]))

    # --- slots -----------------------------------------------------------------------------------------
    def on_apply_clicked(self) -> None:
        self._filter = self.current_filter()
        self._go(0)

    def on_clear_clicked(self) -> None:
        self.ui.operator_combo.setCurrentIndex(0)
        self.ui.action_combo.setCurrentIndex(0)
        self.ui.entity_edit.clear()
        self.ui.date_check.setChecked(False)
        self._reset_dates()
        self.on_apply_clicked()

    def on_history_clicked(self) -> None:
        """The whole history of the selected event's data: every other filter is cleared."""
        row = self._selected_row()
        if row is None:
            return
        entity_id = self.model.audit_event(row).entity_id
        self.ui.operator_combo.setCurrentIndex(0)
        self.ui.action_combo.setCurrentIndex(0)
        self.ui.date_check.setChecked(False)
        self.ui.entity_edit.setText(entity_id)
        self.on_apply_clicked()

    def on_check_clicked(self) -> None:
        self.ui.check_button.setEnabled(False)
        self.ui.check_label.setText(self.tr("Memeriksa…"))
        self._tasks.run(lambda _p: self._services.maintenance.check(), parent=self,
                        label=self.tr("Memeriksa basis data dan jejak audit…"), on_success=self._on_checked,
                        on_failure=self._on_check_failed, on_finished=lambda: self.ui.check_button.setEnabled(True))

    # --- helpers ---------------------------------------------------------------------------------------
    def _on_checked(self, report: CheckReport) -> None:
        lines = report.lines()
        if report.chain_break is not None:
            lines.append(self.tr("Jejak audit diubah di luar aplikasi mulai peristiwa nomor {n}.\nJangan ubah data "
                                 "dulu: catat nomor itu dan laporkan ke admin dan Disnaker.").format(
                n=report.chain_break.event_id))
        elif not report.ok:
            lines.append(self.tr("Ada yang tidak beres: minta admin memulihkan cadangan terakhir\n(Pengaturan → "
                                 "Cadangan data)."))
        self._set_check_text("\n".join(lines), "ok" if report.ok else "block")

    def _on_check_failed(self, exc: Exception) -> None:
        text = refusal_message(exc)
        if text is None:
            raise exc
        self._set_check_text(text, "block")

    def _set_check_text(self, text: str, level: str) -> None:
        self.ui.check_label.setText(text)
        self.ui.check_label.setProperty("level", level)
        self.ui.check_label.style().polish(self.ui.check_label)

    def _go(self, page: int) -> None:
        self._page = max(page, 0)
        self.load()

    def _update_pager(self, shown: int) -> None:
        self.ui.previous_button.setEnabled(self._page > 0)
        self.ui.next_button.setEnabled(self._has_more)
        first = self._page * PAGE_SIZE + 1
        self.ui.page_label.setText(self.tr("Halaman {page} · peristiwa {a}–{b} (terbaru di atas)").format(
            page=self._page + 1, a=first, b=first + shown - 1) if shown else self.tr(
            "Tidak ada peristiwa yang cocok dengan saringan."))

    def _selected_row(self) -> int | None:
        rows = self.ui.audit_table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _show_details(self) -> None:
        row = self._selected_row()
        self.ui.history_button.setEnabled(row is not None)
        if row is None:
            self.ui.details_edit.clear()
            return
        ev = self.model.audit_event(row)
        head = [self.tr("Peristiwa nomor {id}, {at}, oleh {operator}").format(
                    id=ev.id, at=local_time(ev.at), operator=self.model.operator_text(ev.operator)),
                self.tr("Tindakan: {action} · Data: {subject}").format(
                    action=action_label(ev.action), subject=self.model.subject_text(row))]
        technical = self.tr("Rincian teknis: tindakan {action}, data {entity} {id}").format(
            action=ev.action, entity=ev.entity, id=ev.entity_id)
        self.ui.details_edit.setPlainText("\n".join([*head, "", *self.model.details_lines(row), "", technical]))

    def _load_choices(self) -> None:
        keep_operator, keep_action = self.ui.operator_combo.currentData(), self.ui.action_combo.currentData()
        self.ui.operator_combo.clear()
        self.ui.operator_combo.addItem(self.tr("Semua operator"), "")
        for op in self._services.auth.operators():
            self.ui.operator_combo.addItem(f"{op.display_name} ({op.username})", op.username)
        self.ui.action_combo.clear()
        self.ui.action_combo.addItem(self.tr("Semua tindakan"), "")
        for action in self._services.reports.audit_actions():
            self.ui.action_combo.addItem(action_label(action), action)
        self.ui.operator_combo.setCurrentIndex(max(self.ui.operator_combo.findData(keep_operator or ""), 0))
        self.ui.action_combo.setCurrentIndex(max(self.ui.action_combo.findData(keep_action or ""), 0))

    def _reset_dates(self) -> None:
        today = QDate.currentDate()
        self.ui.since_edit.setDate(today.addDays(-DEFAULT_DAYS))
        self.ui.until_edit.setDate(today)

    def _update_dates(self) -> None:
        dated = self.ui.date_check.isChecked()
        self.ui.since_edit.setEnabled(dated)
        self.ui.until_edit.setEnabled(dated)
