"""A large import on two cores: the next bundles are read and their records re-validated in a second process
while this one merges the current bundle into the register.

Reading a decrypted bundle (its JSON lines, each checked canonical) and re-validating its records
(domain/record.py, as of the hub's day of receipt) are pure Python and about as much CPU as the merge's database
work; neither needs the database nor a key. So this process verifies and decrypts each bundle as before (the hub's
private key never leaves it) and hands the plain payload to one worker process, which returns the change lines,
each line's verdict (outcome.judge) and each accepted record's stored form (outcome.record_json). The merge then
takes them instead of doing that work itself: the result is the same, only where it ran differs.

Nothing here waits without a limit, and a refusal is never decided here:
- the worker is not waited for to start: until it says it is ready, this process opens the bundles itself;
- a bundle the worker has not begun when this process gets to it is taken back and done here (a busy machine);
- a bundle it has begun is waited for at most LATE_S plus PER_CHANGE_S a change (many times its usual time);
  a worker that is late, dies, cannot start or sends anything unreadable is ended, and that bundle and all the
  rest take the ordinary path, which refuses a damaged one with its usual message.
The worker is a plain spawned Process (Windows has nothing else; on Linux, forking the HTTP server's threads is
unsafe) with two one-way pipes, not a ProcessPoolExecutor: the executor wakes its manager thread with empty
messages, which Wine loses on Windows pipes (a second one left the manager blocked for good, so no result ever
came: the stall of session 6). Every message here is a pickled tuple, never empty. Tasks go out through a
feeder thread, so this process never blocks on a worker that does not read. It is used only for imports of
PREPARE_FROM changes or more, where its start (0.2-0.5 s here, seconds under Wine) pays for itself.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import queue
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from multiprocessing.connection import wait
from typing import TYPE_CHECKING, Any

from jamsos_desktop.collector import collector_paused
from jamsos_desktop.domain.record import RecordChecker
from jamsos_desktop.hub.outcome import MERGED_FIELDS, SNAPSHOT_FIELDS, Judged, judge, record_json
from jamsos_desktop.sync.bundle import read_lines
from jamsos_desktop.sync.changes import NOTICE_OPS
from jamsos_desktop.sync.errors import BundleRefused
from jamsos_desktop.sync.manifest import Manifest

if TYPE_CHECKING:  # a Connection on Linux, a PipeConnection on Windows
    from multiprocessing.connection import _ConnectionBase as Connection

PREPARE_FROM = 5000  # changes in the whole import; a smaller one is over before a second process would help
AHEAD = 3  # bundles handed to the worker beyond the one being merged (bounds the payloads held in memory)
LATE_S = 5.0  # a begun bundle is waited for at most this long, plus PER_CHANGE_S for each of its changes
PER_CHANGE_S = 0.001  # ~10x the worker's usual time a change on this machine
END_S = 1.0  # the worker is given this long to end when asked (then it is killed)
READY, BEGUN, DONE = "ready", "begun", "done"  # what the worker sends: (READY,), (BEGUN, i), (DONE, i, found)


@dataclass(frozen=True)
class Prepared:
    """A bundle's change lines (an accepted record's with only the SNAPSHOT_FIELDS of its snapshot) and, for each,
    outcome.judge's verdict (None: the merge judges that line itself; an accepted record with its MERGED_FIELDS
    only) and the stored form of an accepted record (record_json)."""

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
    texts = [record_json(found[0]) if found and found[0] is not None else None for found in judged]
    return Prepared([_slim(line, found) for line, found in zip(records, judged, strict=True)],
                    [_merged(found) for found in judged], texts)


def _slim(line: dict[str, Any], found: Judged | None) -> dict[str, Any]:
    """The line of an accepted record with only the SNAPSHOT_FIELDS of its snapshot (the text holds the record
    whole); any other line as it came (the merge may store a rejected snapshot, a delete's or a notice's)."""
    if found is None or found[0] is None:
        return line
    snapshot = line["snapshot"]
    return {**line, "snapshot": {k: snapshot[k] for k in SNAPSHOT_FIELDS if k in snapshot}}


def _merged(found: Judged | None) -> Judged | None:
    """A verdict with only the record's MERGED_FIELDS (the merge reads no other; the text holds it whole)."""
    if found is None or found[0] is None:
        return found
    record = found[0]
    return {k: record[k] for k in MERGED_FIELDS if k in record}, found[1]


def _judge(line: dict[str, Any], checker: RecordChecker) -> Judged | None:
    if line["op"] in NOTICE_OPS:
        return None, None
    try:
        return judge(line, checker)
    except Exception:  # noqa: BLE001 - the merge judges this line again itself, and fails there as it always did
        return None


def serve(tasks: Connection[Any, Any], results: Connection[Any, Any]) -> None:
    """The worker process: (index, plain, manifest, today) in, (BEGUN, index) then (DONE, index, Prepared or
    None) out, in order. An int received means "this process has done the bundles up to it itself": they are
    skipped. None, or the end of the pipe, ends it. It runs with the cyclic garbage collector paused, as the
    import in the hub process does (collector.py): the records it reads hold no cycle."""
    with collector_paused():
        _serve(tasks, results)


def _serve(tasks: Connection[Any, Any], results: Connection[Any, Any]) -> None:
    results.send((READY,))
    waiting: deque[tuple[int, bytes, Manifest, dt.date]] = deque()
    done_here = -1
    while True:
        while not waiting or tasks.poll():  # wait for work, or take in what came meanwhile (a skip, a task)
            try:
                message = tasks.recv()
            except EOFError:
                return
            if message is None:
                return
            if isinstance(message, int):
                done_here = max(done_here, message)
            else:
                waiting.append(message)
        index, plain, manifest, today = waiting.popleft()
        if index <= done_here:
            continue
        results.send((BEGUN, index))
        try:
            found = prepare(plain, manifest, today)
        except Exception:  # noqa: BLE001 - the hub process opens this bundle itself and finds what is wrong
            found = None
        results.send((DONE, index, found))


Decrypt = Callable[[bytes], tuple[Manifest, bytes] | None]  # a bundle's bytes -> (manifest, plain payload) or None


class Preparer:
    """Bundles (in import order) prepared ahead in a worker process; `take(i)` is bundle i's Prepared, or None
    when this process is to open it the ordinary way. Use as a context manager: the worker ends with it."""

    def __init__(self, datas: Sequence[bytes | None], *, decrypt: Decrypt, today: dt.date, workers: int = 1) -> None:
        self.datas, self.decrypt, self.today = datas, decrypt, today
        self.next = 0  # the first bundle not yet handed over nor taken
        self.ready = False
        self.handed: dict[int, int] = {}  # bundle index -> its changes (for the time it may take)
        self.begun: set[int] = set()
        self.found: dict[int, Prepared | None] = {}
        self.process: Any = None  # multiprocessing's SpawnProcess (not exported for typing)
        self.results: Connection[Any, Any] | None = None
        self.outbox: queue.SimpleQueue[Any] = queue.SimpleQueue()
        if workers > 0:
            self._start()

    def _start(self) -> None:
        ctx = multiprocessing.get_context("spawn")
        task_reader, task_writer = ctx.Pipe(duplex=False)
        result_reader, result_writer = ctx.Pipe(duplex=False)
        process = ctx.Process(target=serve, args=(task_reader, result_writer), name="jamsos-hub-baca", daemon=True)
        try:
            process.start()
        except Exception:  # noqa: BLE001 - no process allowed, no interpreter found, ...: all is done here
            task_writer.close()
            result_reader.close()
            return
        finally:
            task_reader.close()  # the child holds its own copies: when it ends, both pipes say so
            result_writer.close()
        self.process, self.results = process, result_reader
        threading.Thread(target=_feed, args=(self.outbox, task_writer), name="jamsos-hub-kirim", daemon=True).start()

    def __enter__(self) -> Preparer:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    def stop(self, *, ask: bool = True) -> None:
        """End the worker (asked first when it has nothing left to do, killed when it does not end within END_S);
        whatever comes next is done here."""
        process, results = self.process, self.results
        self.process = self.results = None
        if process is None:
            return
        self.outbox.put(None)
        if ask and not self.handed:
            process.join(END_S)
        if process.is_alive():
            process.kill()
        process.join(END_S)
        if results is not None:
            results.close()

    def _receive(self, timeout: float) -> bool:
        """Read the worker's next message, waiting at most `timeout`; False when none came in that time. A worker
        that ended or sent something unreadable is stopped (and True returned: nothing more to wait for)."""
        if self.results is None:
            return True
        try:
            if not wait([self.results, self.process.sentinel], timeout):
                return False
            message = self.results.recv()
        except Exception:  # noqa: BLE001 - ended (EOFError, OSError) or garbled: this process does the rest
            self.stop(ask=False)
            return True
        if message[0] == READY:
            self.ready = True
        elif message[1] not in self.handed:  # a bundle this process has already taken: nothing to keep
            pass
        elif message[0] == BEGUN:
            self.begun.add(message[1])
        elif message[0] == DONE:
            self.found[message[1]] = message[2]
        return True

    def _drain(self) -> None:
        """Read what the worker has sent so far, without waiting."""
        while self.results is not None:
            try:
                if not self.results.poll():
                    return
            except OSError:  # Windows: the worker has gone (a broken pipe)
                self.stop(ask=False)
                return
            self._receive(0)

    def _hand_over(self, end: int) -> None:
        while self.results is not None and self.ready and self.next < min(end, len(self.datas)):
            index, data = self.next, self.datas[self.next]
            self.next += 1
            opened = self.decrypt(data) if data is not None else None
            if opened is not None:
                self.handed[index] = opened[0].record_count
                self.outbox.put((index, opened[1], opened[0], self.today))

    def take(self, index: int) -> Prepared | None:
        self._drain()
        self.next = max(self.next, index + 1)
        self._hand_over(index + 1 + AHEAD)
        changes = self.handed.get(index)
        if changes is None:
            return None
        if index not in self.found and index not in self.begun:
            self.outbox.put(index)  # not begun yet: quicker done here than waited for; the worker skips it
        else:
            deadline = time.monotonic() + LATE_S + PER_CHANGE_S * changes
            while index not in self.found and self.results is not None:
                if not self._receive(max(0.0, deadline - time.monotonic())):
                    self.stop(ask=False)  # late: this bundle and the rest are done here
        del self.handed[index]
        self.begun.discard(index)
        return self.found.pop(index, None)


def _feed(outbox: queue.SimpleQueue[Any], tasks: Connection[Any, Any]) -> None:
    """Send what the hub process hands over, in order, until None; a worker gone ends it too."""
    try:
        while (message := outbox.get()) is not None:
            tasks.send(message)
        tasks.send(None)
    except (OSError, ValueError):
        pass
    finally:
        tasks.close()


def workers_for(changes: int) -> int:
    """One worker for an import of PREPARE_FROM changes or more on a machine with two cores or more, else none."""
    return 1 if changes >= PREPARE_FROM and (os.cpu_count() or 1) >= 2 else 0
