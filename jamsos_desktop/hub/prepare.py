"""A large import on two cores: the next bundles are read and their records re-validated in a second process
while this one merges the current bundle into the register.

Reading a decrypted bundle (its JSON lines, each checked canonical) and re-validating its records
(domain/record.py, as of the hub's day of receipt) are pure Python and about as much CPU as the merge's database
work; neither needs the database nor a key. So this process verifies and decrypts each bundle as before (the hub's
private key never leaves it) and hands the plain payload to one worker process, which returns the change lines,
each line's verdict (outcome.judge) and each accepted record's stored form (outcome.record_json). The merge then takes them instead of doing that work itself: the result is
the same, only where it ran differs. What the worker was handed but has not started yet, this process takes back
and does itself when it gets there first (a busy machine), so neither side waits for the other for long.

A refusal is never decided here: whatever goes wrong in the worker (a damaged payload, a crash, a pool that
cannot start) leaves that bundle to the ordinary path, which refuses it with its usual message. The worker
is started with 'spawn' (Windows has nothing else; on Linux, forking the HTTP server's threads is unsafe) and
only for imports of PREPARE_FROM changes or more, where its start (0.2-0.5 s here) pays for itself.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any

from jamsos_desktop.domain.record import RecordChecker
from jamsos_desktop.hub.outcome import Judged, judge, record_json
from jamsos_desktop.sync.bundle import read_lines
from jamsos_desktop.sync.changes import NOTICE_OPS
from jamsos_desktop.sync.errors import BundleRefused
from jamsos_desktop.sync.manifest import Manifest

PREPARE_FROM = 5000  # changes in the whole import; a smaller one is over before a second process would help
AHEAD = 3  # bundles handed to the worker beyond the one being merged (bounds the payloads held in memory)


@dataclass(frozen=True)
class Prepared:
    """A bundle's change lines and, for each, outcome.judge's verdict (None: the merge judges that line itself)
    and the stored form of an accepted record (outcome.record_json)."""

    records: list[dict[str, Any]]
    judged: list[Judged | None]
    texts: list[str | None]


def prepare(plain: bytes, manifest: Manifest, today: dt.date) -> Prepared | None:
    """Read and judge one decrypted payload; None when it is refused (the ordinary path says why)."""
    try:
        records = read_lines(plain, manifest)
    except BundleRefused:
        return None
    checker = RecordChecker(today=today)
    judged = [_judge(line, checker) for line in records]
    return Prepared(records, judged, [record_json(found[0]) if found and found[0] is not None else None
                                      for found in judged])


def _judge(line: dict[str, Any], checker: RecordChecker) -> Judged | None:
    if line["op"] in NOTICE_OPS:
        return None, None
    try:
        return judge(line, checker)
    except Exception:  # noqa: BLE001 - the merge judges this line again itself, and fails there as it always did
        return None


Decrypt = Callable[[bytes], tuple[Manifest, bytes] | None]  # a bundle's bytes -> (manifest, plain payload) or None


def _ready() -> None:
    """The worker's first task: done once it has started and imported this module."""


class Preparer:
    """Bundles (in import order) prepared ahead in a worker process; `take(i)` is bundle i's Prepared, or None
    when this process is to open it the ordinary way. Use as a context manager: the worker ends with it.

    Nothing is handed over before the worker has started (its first task is done): until then, this process
    opens the bundles itself, as it does for a bundle the worker has not begun when this process gets to it."""

    def __init__(self, datas: Sequence[bytes | None], *, decrypt: Decrypt, today: dt.date, workers: int = 1) -> None:
        self.datas, self.decrypt, self.today = datas, decrypt, today
        self.futures: dict[int, Future[Prepared | None]] = {}
        self.next = 0  # the first bundle not yet handed over nor taken
        self.executor: ProcessPoolExecutor | None = None
        self.started: Future[None] | None = None
        if workers > 0:
            try:
                self.executor = ProcessPoolExecutor(max_workers=workers,
                                                    mp_context=multiprocessing.get_context("spawn"))
                self.started = self.executor.submit(_ready)
            except (OSError, RuntimeError, ValueError):
                self.started = None

    def __enter__(self) -> Preparer:
        return self

    def __exit__(self, *_exc: object) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=True, cancel_futures=True)

    def _live(self) -> bool:
        started = self.started
        if started is None or not started.done():
            return False
        if started.exception() is not None:  # the worker could not start: everything is done here
            self.started = None
            return False
        return True

    def _hand_over(self, end: int) -> None:
        while self.executor is not None and self.next < min(end, len(self.datas)) and self._live():
            index, data = self.next, self.datas[self.next]
            self.next += 1
            opened = self.decrypt(data) if data is not None else None
            if opened is None:
                continue
            try:
                self.futures[index] = self.executor.submit(prepare, opened[1], opened[0], self.today)
            except RuntimeError:  # the pool broke (its worker died): the rest is done here
                self.started = None

    def take(self, index: int) -> Prepared | None:
        self.next = max(self.next, index + 1)
        self._hand_over(index + 1 + AHEAD)
        future = self.futures.pop(index, None)
        if future is None or future.cancel():  # not begun yet: quicker done here than waited for
            return None
        try:
            return future.result()
        except Exception:  # noqa: BLE001 - a worker that died or failed: this bundle takes the ordinary path
            self.started = None
            return None


def workers_for(changes: int) -> int:
    """One worker for an import of PREPARE_FROM changes or more on a machine with two cores or more, else none."""
    return 1 if changes >= PREPARE_FROM and (os.cpu_count() or 1) >= 2 else 0
