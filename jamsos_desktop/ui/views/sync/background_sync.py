"""Upload to the city's hub in the background when a hub address is set, retrying with backoff.

`BackgroundSync` calls a check-and-upload callable (wired in app.py to `services.sync.sync_once` when that
exists) off the GUI thread through the TaskRunner, on a timer: every few minutes while it works, and after a
failure 30 s later, doubling up to 15 min. It never touches a widget: it emits `state_changed` with the
text the status bar shows ("luring", "terhubung", "mengunggah", "gagal, coba lagi dalam N menit"), and
`problem_changed` with why the last try failed, in the clerk's words (Disnaker's own refusal as it said it, or
"cannot be reached"; never an exception's name), or "" once a try worked.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from jamsos_desktop.services.sync_retry import SYNC_INTERVAL_S, Backoff
from jamsos_desktop.ui.errors import is_refusal, refusal_text
from jamsos_desktop.ui.tasks import TaskRunner

INTERVAL_MS = SYNC_INTERVAL_S * 1000
OFFLINE, CONNECTED, UPLOADING, FAILED = "offline", "connected", "uploading", "failed"
log = logging.getLogger("jamsos_desktop.sync")


def retry_delay_ms(failures: int, backoff: Backoff = Backoff()) -> int:  # noqa: B008 - frozen, shared default
    """The service's backoff policy, in the milliseconds QTimer wants."""
    return round(backoff.delay_s(failures) * 1000)


class BackgroundSync(QObject):
    state_changed = Signal(str)  # the text to show, in the interface language
    synced = Signal(object)  # what the callable returned (receipts may have changed statuses)
    problem_changed = Signal(str)  # why the last try failed, for the clerk; "" after a try that worked

    def __init__(self, *, tasks: TaskRunner, hub_url: Callable[[], str], sync_once: Callable[[], object] | None,
                 may_run: Callable[[], bool] = lambda: True, interval_ms: int = INTERVAL_MS,
                 backoff: Backoff = Backoff(),  # noqa: B008 - frozen, shared default
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks, self._hub_url, self._sync_once, self._may_run = tasks, hub_url, sync_once, may_run
        self._interval_ms, self._backoff = interval_ms, backoff
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.run_now)
        self._failures = 0
        self._running = False
        self._stopped = True
        self.state = ""
        self.text = ""
        self.problem = ""
        self.next_delay_ms: int | None = None

    @property
    def failures(self) -> int:
        return self._failures

    @property
    def running(self) -> bool:
        return self._running

    def enabled(self) -> bool:
        return self._sync_once is not None and bool(self._hub_url().strip())

    def start(self) -> None:
        self._stopped = False
        self.reload()

    def reload(self) -> None:
        """Settings changed (or start): go offline, or try at once with a fresh backoff."""
        if self._stopped:
            return
        self._failures = 0
        if not self.enabled():
            self._timer.stop()
            self.next_delay_ms = None
            self._set(OFFLINE)
            return
        self._schedule(0)

    def stop(self) -> None:
        self._stopped = True
        self._timer.stop()

    def run_now(self) -> None:
        if self._stopped or self._running:
            return
        if not self.enabled():
            self._set(OFFLINE)
            return
        if not self._may_run():  # e.g. the screen is locked: nobody may export; look again later
            self._schedule(self._interval_ms)
            return
        work = self._sync_once
        assert work is not None
        self._running = True
        self._set(UPLOADING)
        self._tasks.run(lambda _progress: work(), on_success=self._on_success, on_failure=self._on_failure,
                        on_finished=self._on_finished)

    def _on_success(self, result: object) -> None:
        self._failures = 0
        self._schedule(self._interval_ms)
        self._set_problem("")
        self._set(CONNECTED)
        self.synced.emit(result)

    def _on_failure(self, exc: Exception) -> None:
        self._failures += 1
        delay = retry_delay_ms(self._failures, self._backoff)
        log.warning("background sync failed (%d in a row), next try in %d s: %r", self._failures, delay // 1000, exc)
        self._schedule(delay)
        self._set_problem(refusal_text(exc) if is_refusal(exc) else self.tr(
            "Disnaker tidak dapat dihubungi sekarang (internet putus, atau alamatnya di Pengaturan salah). Data "
            "tidak hilang: dikirim lagi otomatis, atau kirim lewat flashdisk."))
        self._set(FAILED, minutes=max(1, math.ceil(delay / 60_000)))

    def _set_problem(self, text: str) -> None:
        if text != self.problem:
            self.problem = text
            self.problem_changed.emit(text)

    def _on_finished(self) -> None:
        self._running = False

    def _schedule(self, delay_ms: int) -> None:
        self.next_delay_ms = delay_ms
        if not self._stopped:
            self._timer.start(delay_ms)

    def _set(self, state: str, *, minutes: int = 0) -> None:
        texts = {OFFLINE: self.tr("luring"), CONNECTED: self.tr("terhubung"), UPLOADING: self.tr("mengunggah"),
                 FAILED: self.tr("gagal, coba lagi dalam {n} menit").format(n=minutes)}
        text = texts[state]
        self.state = state
        if text != self.text:
            self.text = text
            self.state_changed.emit(text)
