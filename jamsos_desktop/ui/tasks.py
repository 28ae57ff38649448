"""The one way the desktop runs slow service calls: off the GUI thread, results and errors back by signal.

`TaskRunner.run(work, ...)` calls `work(progress)` on a worker thread. Workers run one at a time (a pool of
one thread), so database writes are serialised and never race each other. `progress(done, total)` reports how
far the work is and raises `Cancelled` once the clerk pressed Cancel, so the work stops at a safe point.
No worker ever touches a widget: it only emits signals, which Qt delivers on the GUI thread.

With a `label`, a progress dialog with a Cancel button appears when the work takes over a second.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from jamsos_desktop.ui.heap import give_back

Progress = Callable[[int, int], None]
Work = Callable[[Progress], Any]
SHOW_PROGRESS_AFTER_MS = 1000


class Cancelled(Exception):
    """Raised inside the work by `progress()` after the clerk pressed Cancel."""


class Task(QObject):
    """One piece of background work; its signals arrive on the GUI thread."""

    succeeded = Signal(object)  # the work's return value
    failed = Signal(object)  # the exception the work raised (never Cancelled)
    cancelled = Signal()
    progressed = Signal(int, int)  # done, total
    finished = Signal()  # after any of succeeded / failed / cancelled

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        self._done = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_finished(self) -> bool:
        return self._done.is_set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise Cancelled()
        self.progressed.emit(done, total)

    def execute(self) -> None:
        """Runs on the worker thread."""
        try:
            result = self._work(self._progress)
        except Cancelled:
            self.cancelled.emit()
        except Exception as exc:  # noqa: BLE001 - every failure goes back to the GUI as a signal
            if self._cancel.is_set():
                self.cancelled.emit()
            else:
                self.failed.emit(exc)
        else:
            if self._cancel.is_set():
                self.cancelled.emit()
            else:
                self.succeeded.emit(result)
        self._done.set()
        self.finished.emit()


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self.task = task
        self.setAutoDelete(True)

    def run(self) -> None:
        self.task.execute()


class TaskRunner(QObject):
    """Runs tasks one after another on a single worker thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._running: set[Task] = set()

    def run(self, work: Work, *, on_success: Callable[[Any], None] | None = None,
            on_failure: Callable[[Exception], None] | None = None, parent: QWidget | None = None,
            label: str = "", on_cancel: Callable[[], None] | None = None,
            on_finished: Callable[[], None] | None = None) -> Task:
        """Start `work`; with a `label`, a progress dialog (over `parent`, if any) appears after a second.

        Callbacks are connected before the work starts: a signal emitted before a later connect is lost.
        """
        task = Task(work)
        self._running.add(task)
        if on_success is not None:
            task.succeeded.connect(on_success)
        if on_failure is not None:
            task.failed.connect(on_failure)
        if on_cancel is not None:
            task.cancelled.connect(on_cancel)
        if on_finished is not None:
            task.finished.connect(on_finished)
        if label:
            _attach_progress_dialog(task, parent, label)
        task.finished.connect(lambda: self._finished(task))
        self._pool.start(_Runnable(task))
        return task

    def _finished(self, task: Task) -> None:
        self._running.discard(task)
        give_back()  # what the task read and built is freed by now (ui/heap.py)

    def wait(self, msecs: int = -1) -> bool:
        """Wait for every queued task to finish (used when the app closes)."""
        return self._pool.waitForDone(msecs)


def _attach_progress_dialog(task: Task, parent: QWidget | None, label: str) -> None:
    dialog = QProgressDialog(label, QCoreApplication.translate("TaskRunner", "Batal"), 0, 0, parent)
    dialog.setObjectName("task_progress_dialog")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setValue(0)

    def on_progress(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))

    task.progressed.connect(on_progress)
    dialog.canceled.connect(task.cancel)
    task.finished.connect(dialog.deleteLater)
    task.finished.connect(dialog.hide)
