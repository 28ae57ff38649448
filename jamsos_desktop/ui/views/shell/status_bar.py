"""The status bar (participants, queued changes, last export, connection) and who is signed in (shown under
the page list, where a long name does not widen the window).

Its figures read the participants and the whole outbox. After a change the clerk made they are read at once
(`refresh`); at start and every half minute they are read on the TaskRunner's worker and shown when they come
(`refresh_in_background`), so neither the main window's first paint nor a clerk typing waits for them; a
figure read in the background never replaces one read after it.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QStatusBar

from jamsos_desktop.domain.roles import ROLE_LABELS, Role
from jamsos_desktop.services import Services
from jamsos_desktop.ui.models.labels import status_labels
from jamsos_desktop.ui.models.recap_table import short_status_labels
from jamsos_desktop.ui.models.time_text import local_time
from jamsos_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from jamsos_desktop.services.status import OfficeStatus

REFRESH_MS = 30_000
ACTION_NEEDED = ("ready", "rejected", "duplicate")  # waiting for a supervisor, or for a correction
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Figures:
    counts: dict[str, int]  # live participants per status
    notices: int  # notices from the hub not marked read
    status: OfficeStatus


class OfficeStatusBar(QObject):
    def __init__(self, bar: QStatusBar, services: Services, operator_label: QLabel,
                 parent: QObject | None = None, *, tasks: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._generation = 0  # of the latest read: an older one arriving late is dropped
        bar.setSizeGripEnabled(False)  # the window is maximised on office screens; the grip only costs width
        self._services = services
        self.operator_label = operator_label
        self.counts_label = self._add(bar, "counts_status_label", stretch=1)
        self.notices_label = self._add(bar, "notices_status_label", permanent=True)
        self.queue_label = self._add(bar, "queue_status_label", permanent=True)
        self.export_label = self._add(bar, "export_status_label", permanent=True)
        self.connection_label = self._add(bar, "connection_status_label", permanent=True)
        self._connection_state = ""  # from the background uploader, when a hub address is set
        self._connection_problem = ""  # why its last try failed, in the clerk's words
        self._hub_url = ""  # the hub's address last read ("": offline office)
        self._timer = QTimer(self, interval=REFRESH_MS)
        self._timer.timeout.connect(self.refresh_in_background)
        self._timer.start()

    @staticmethod
    def _add(bar: QStatusBar, name: str, *, stretch: int = 0, permanent: bool = False) -> QLabel:
        label = QLabel(bar)
        label.setObjectName(name)
        (bar.addPermanentWidget if permanent else bar.addWidget)(label, stretch)
        return label

    def set_connection_state(self, state: str) -> None:
        """What the background uploader is doing ("terhubung", "mengunggah", "gagal, coba lagi ...")."""
        self._connection_state = state
        self._show_connection(self._services.settings.get("sync.hub_url"))  # the figures are not read again

    def set_connection_problem(self, problem: str) -> None:
        """Why the uploader's last try failed ("" once one worked): shown when the pointer rests on the state."""
        self._connection_problem = problem
        self._show_connection(self._services.settings.get("sync.hub_url"))

    def refresh(self) -> None:
        """Read the figures now, on the GUI thread (after a change the clerk made)."""
        self._generation += 1
        self._show_operator()
        self._show(self._read())

    def refresh_in_background(self) -> None:
        """Read the figures on the worker and show them when they come; now, without a TaskRunner."""
        if self._tasks is None:
            self.refresh()
            return
        self._generation += 1
        generation = self._generation
        self._show_operator()

        def show(figures: Figures) -> None:
            if generation == self._generation:
                self._show(figures)

        self._tasks.run(lambda _progress: self._read(), on_success=show,
                        on_failure=lambda exc: log.warning("status bar figures not read: %r", exc))

    def _read(self) -> Figures:
        from jamsos_desktop.services.status import office_status  # the outbox's SQL: SQLAlchemy, not at start

        return Figures(counts=self._services.participant_list.status_counts(),
                       notices=self._services.notices.open_count(), status=office_status(self._services.office))

    def _show_operator(self) -> None:
        actor = self._services.office.actor
        if actor is None:
            self.operator_label.setText(self.tr("Terkunci"))
        else:
            role = ROLE_LABELS.get(Role(actor.role), actor.role) if actor.role in Role.__members__.values() else actor.role
            self.operator_label.setText(self.tr("{name}\n{role}").format(name=actor.display_name, role=role))

    def _show(self, figures: Figures) -> None:
        counts = figures.counts
        labels, short = status_labels(), short_status_labels()
        total = sum(counts.values())
        # Short enough for a 1024 px screen: the total and what needs someone's action; all in the tooltip.
        parts = [self.tr("{n} peserta").format(n=total)] + [f"{counts[code]} {short[code].lower()}"
                                                            for code in ACTION_NEEDED if counts.get(code)]
        self.counts_label.setText(" · ".join(parts) if total else self.tr("Belum ada peserta"))
        self.counts_label.setToolTip("\n".join(f"{labels.get(code, code)}: {counts[code]}"
                                               for code in labels if counts.get(code)))
        notices = figures.notices
        self.notices_label.setText(self.tr("Kabar dari Disnaker: {n}").format(n=notices))
        self.notices_label.setToolTip(self.tr("{n} kabar dari Disnaker tentang peserta belum ditandai sudah dibaca. "
                                              "Buka data pesertanya untuk membaca.").format(n=notices))
        self.notices_label.setVisible(notices > 0)
        status = figures.status
        self.queue_label.setText(self.tr("Antrean kirim: {n}").format(n=status.queued))
        self.queue_label.setToolTip(self.tr("{n} perubahan menunggu dikirim ke Disnaker; {held} lagi menunggu "
                                            "persetujuan sebelum boleh dikirim.").format(n=status.queued,
                                                                                        held=status.held))
        when = status.last_export
        if when is not None and when.tzinfo is None:
            when = when.replace(tzinfo=dt.UTC)  # the database keeps UTC
        last = local_time(when, with_zone=False) if when else self.tr("belum pernah")
        self.export_label.setText(self.tr("Kirim terakhir: {when}").format(when=last))
        self.export_label.setToolTip(local_time(when))
        self._show_connection(status.hub_url)

    def _show_connection(self, hub_url: str) -> None:
        self._hub_url = hub_url
        online = bool(self._hub_url)
        self.connection_label.setText(self.tr("Luring (flashdisk)") if not online else self.tr(
            "Disnaker: {state}").format(state=self._connection_state or self.tr("belum diperiksa")))
        tip = self._hub_url or self.tr("Alamat Disnaker di internet belum diatur: data dikirim lewat flashdisk.")
        if online and self._connection_problem:
            tip = self._connection_problem + "\n" + tip
        self.connection_label.setToolTip(tip)
