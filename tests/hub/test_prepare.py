"""A large import's bundles read and judged ahead in a worker process (hub/prepare.py): the same lines and verdicts
as the ordinary path, the same import report and register, and a damaged bundle still refused with its reason."""

from __future__ import annotations

import datetime as dt
import multiprocessing.spawn
import time
from pathlib import Path
from typing import Any

import pytest

from jamsos_desktop.domain.record import RecordChecker
from jamsos_desktop.hub import importer
from jamsos_desktop.hub import prepare as prepare_module
from jamsos_desktop.hub.outcome import MERGED_FIELDS, SNAPSHOT_FIELDS, judge, record_json
from jamsos_desktop.hub.prepare import DONE, Prepared, Preparer, prepare
from jamsos_desktop.hub.service import Hub
from jamsos_desktop.sync.bundle import decrypt_bundle, read_lines
from jamsos_desktop.sync.changes import NOTICE_OPS

from .conftest import dump, import_bytes
from .helpers import BELIAN, TANJUNG_UNCANG

WAIT_S = 60  # what the tests wait at most for the worker (it takes seconds to start under Wine)


def _ready(ahead: Preparer) -> None:
    """Wait until the worker has started, so that the test's few small bundles really go to it."""
    deadline = time.monotonic() + WAIT_S
    while not ahead.ready and ahead.results is not None and time.monotonic() < deadline:
        ahead._receive(deadline - time.monotonic())
    assert ahead.ready


class _Started(Preparer):
    """A Preparer that waits for its worker to start and to finish what it was handed, so the worker's answers
    are really used (the import itself never waits for that)."""

    taken: list[Prepared | None]

    def __enter__(self) -> Preparer:
        if self.process is not None:  # (none when it could not start)
            _ready(self)
        _Started.taken = []
        return self

    def take(self, index: int) -> Prepared | None:
        deadline = time.monotonic() + WAIT_S
        while index in self.handed and index not in self.found and time.monotonic() < deadline:
            self._receive(deadline - time.monotonic())
        found = super().take(index)
        _Started.taken.append(found)
        return found


class _Killed(_Started):
    """A Preparer whose worker is killed right after it was handed the next bundles."""

    worker: Any = None

    def take(self, index: int) -> Prepared | None:
        found = Preparer.take(self, index)
        if self.handed and self.process is not None:
            _Killed.worker = self.process
            self.process.kill()
        return found


def _bundles(make_office: Any) -> list[bytes]:
    """Registrations, a bad record, a correction, a delete, a NIK already registered elsewhere, a damaged file."""
    belian, uncang = make_office(BELIAN), make_office(TANJUNG_UNCANG)
    made = belian.register(4)
    bad = belian.new_records(1)[0]
    bad.update(nik="2171", full_name="")
    belian.register_record(bad)
    first = belian.bundle()
    belian.outbox = []
    belian.update(made[0]["id"], full_name="Siti Koreksi")
    belian.delete(made[1]["id"], "meninggal")
    second = belian.bundle()
    twin = uncang.new_records(1)[0]
    twin["nik"] = made[2]["nik"]
    uncang.register_record(twin)
    uncang.register(2)
    third = uncang.bundle()
    damaged = bytearray(uncang.bundle())
    damaged[200] ^= 1
    return [first, second, third, bytes(damaged)]


def _summary(report: importer.ImportReport) -> list[dict[str, Any]]:
    return [{k: v for k, v in b.to_dict().items() if k != "source"} for b in report.bundles]


def test_the_worker_reads_and_judges_as_the_ordinary_path(hub: Hub, make_office: Any,
                                                           monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    bundles = _bundles(make_office)
    plain = import_bytes(hub, tmp_path / "dry", *bundles, dry_run=True)  # no worker: a small import
    monkeypatch.setattr(importer, "workers_for", lambda changes: 1)
    monkeypatch.setattr(importer, "Preparer", _Started)
    ahead = import_bytes(hub, tmp_path / "in", *bundles)
    assert sum(found is not None for found in _Started.taken) >= 2  # the worker did bundles, not only this process
    assert _summary(ahead) == _summary(plain)
    assert [b.status for b in ahead.bundles] == ["refused", "imported", "imported", "imported"]  # refused first
    assert {k: v for k, v in ahead.totals().items() if v} == {"imported": 3, "refused": 1, "accepted": 7,
                                                              "rejected": 1, "deleted": 1, "duplicates": 1}
    before = dump(hub)
    again = import_bytes(hub, tmp_path / "again", *bundles)
    assert [b.status for b in again.bundles] == ["refused", "replay", "replay", "replay"]
    assert dump(hub) == before


def _opened(hub: Hub, bundles: list[bytes]) -> list[Any]:
    with hub.store.read() as conn:
        trusted = importer.devices.trusted_keys(conn)
        return [decrypt_bundle(data, trusted_keys=trusted, decryption_key=hub.keys.encryption_key)
                for data in bundles]


def test_the_worker_returns_what_this_process_would_find(hub: Hub, make_office: Any) -> None:
    bundles = _bundles(make_office)[:3]
    opened = _opened(hub, bundles)
    today = dt.date(2026, 3, 2)
    with Preparer(bundles, decrypt=dict(zip(bundles, opened, strict=True)).get, today=today) as ahead:
        _ready(ahead)
        assert ahead.take(0) is None  # this process opens the bundle it is at; the next ones go to the worker
        for index in (1, 2):
            while index not in ahead.found:
                assert ahead._receive(WAIT_S)
            manifest, payload = opened[index]
            assert ahead.take(index) == prepare(payload, manifest, today)
        worker = ahead.process
    assert not worker.is_alive() and worker.exitcode == 0  # asked to end, it ended by itself


def test_a_worker_killed_mid_import_changes_nothing(hub: Hub, make_office: Any, monkeypatch: pytest.MonkeyPatch,
                                                    tmp_path: Path) -> None:
    bundles = _bundles(make_office)
    plain = import_bytes(hub, tmp_path / "dry", *bundles, dry_run=True)
    monkeypatch.setattr(importer, "workers_for", lambda changes: 1)
    monkeypatch.setattr(importer, "Preparer", _Killed)
    ahead = import_bytes(hub, tmp_path / "in", *bundles)
    assert _Killed.worker is not None and not _Killed.worker.is_alive()  # it really was killed, and is gone
    assert _summary(ahead) == _summary(plain)
    assert [b.status for b in ahead.bundles] == ["refused", "imported", "imported", "imported"]


def test_a_worker_that_cannot_start_leaves_everything_to_this_process(
        hub: Hub, make_office: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    bundles = _bundles(make_office)
    plain = import_bytes(hub, tmp_path / "dry", *bundles, dry_run=True)
    monkeypatch.setattr(multiprocessing.spawn, "_python_exe", str(tmp_path / "no-python-here"))
    with Preparer(bundles, decrypt=lambda data: None, today=dt.date(2026, 3, 2)) as ahead:
        assert ahead.process is None and ahead.take(0) is None
    monkeypatch.setattr(importer, "workers_for", lambda changes: 1)
    monkeypatch.setattr(importer, "Preparer", _Started)
    alone = import_bytes(hub, tmp_path / "in", *bundles)
    assert _Started.taken == [None] * len(bundles)
    assert _summary(alone) == _summary(plain)


def test_an_answer_that_never_comes_is_waited_for_only_so_long(hub: Hub, make_office: Any,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """Under Wine a message could be lost on its way (session 6): whatever the cause, a bundle the worker began
    is waited for at most LATE_S (+ PER_CHANGE_S a change), then done here, and the worker is ended."""
    monkeypatch.setattr(prepare_module, "LATE_S", 0.5)
    bundles = _bundles(make_office)[:3]
    opened = _opened(hub, bundles)
    today = dt.date(2026, 3, 2)
    with Preparer(bundles, decrypt=dict(zip(bundles, opened, strict=True)).get, today=today) as ahead:
        _ready(ahead)
        assert ahead.take(0) is None
        while 1 not in ahead.begun:
            assert ahead._receive(WAIT_S)
        assert ahead.results is not None
        lost = ahead.results.recv()  # bundle 1's answer, taken off the pipe before the Preparer sees it
        assert lost[:2] == (DONE, 1)
        worker = ahead.process
        assert ahead.take(1) is None  # waited for, given up, done here
        assert ahead.process is None and not worker.is_alive()
        found = ahead.take(2)
        assert found is None or found == prepare(opened[2][1], opened[2][0], today)


def test_a_payload_the_worker_cannot_read_is_left_to_the_ordinary_path(hub: Hub, make_office: Any) -> None:
    [data] = _bundles(make_office)[:1]
    with hub.store.read() as conn:
        manifest, payload = decrypt_bundle(data, trusted_keys=importer.devices.trusted_keys(conn),
                                           decryption_key=hub.keys.encryption_key)
    assert prepare(payload[:-1], manifest, dt.date(2026, 3, 2)) is None
    assert prepare(payload, manifest, dt.date(2026, 3, 2)) is not None


def test_the_worker_sends_of_a_record_what_the_merge_reads(hub: Hub, make_office: Any) -> None:
    """An accepted record's line comes back with only SNAPSHOT_FIELDS of its snapshot (the stored text holds the
    record whole), any other line as it was read; the verdicts and texts are judge's and record_json's."""
    bundles = _bundles(make_office)[:3]
    today = dt.date(2026, 3, 2)
    checker = RecordChecker(today=today)
    slimmed = kept = 0
    for manifest, payload in _opened(hub, bundles):
        found = prepare(payload, manifest, today)
        assert found is not None
        lines = read_lines(payload, manifest)
        for line, sent, judged, text in zip(lines, found.records, found.judged, found.texts, strict=True):
            if line["op"] in NOTICE_OPS:
                assert sent == line
                continue
            record, reason = judge(line, checker)
            assert judged == (None if record is None else {k: record[k] for k in MERGED_FIELDS}, reason)
            assert text == (None if record is None else record_json(record))
            if record is None:
                assert sent == line
                kept += 1
            else:
                snapshot = {k: line["snapshot"][k] for k in SNAPSHOT_FIELDS}
                assert sent == {**line, "snapshot": snapshot}
                slimmed += 1
    assert slimmed >= 7 and kept >= 2  # both kinds were seen (a rejected record, a delete)
