"""A large import's bundles read and judged ahead in a worker process (hub/prepare.py): the same lines and verdicts
as the ordinary path, the same import report and register, and a damaged bundle still refused with its reason."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from jamsos_desktop.hub import importer
from jamsos_desktop.hub.prepare import Prepared, Preparer, prepare
from jamsos_desktop.hub.service import Hub
from jamsos_desktop.sync.bundle import decrypt_bundle

from .conftest import dump, import_bytes
from .helpers import BELIAN, TANJUNG_UNCANG


class _Started(Preparer):
    """A Preparer that waits for its worker to start, so the test's few small bundles really go to it."""

    taken: list[Prepared | None]

    def __enter__(self) -> Preparer:
        if self.started is not None:
            self.started.result(timeout=60)
        _Started.taken = []
        return self

    def take(self, index: int) -> Prepared | None:
        if index in self.futures:
            self.futures[index].result(timeout=60)  # begun: the ordinary wait, made certain for the test
        found = super().take(index)
        _Started.taken.append(found)
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


def test_the_worker_returns_what_this_process_would_find(hub: Hub, make_office: Any) -> None:
    bundles = _bundles(make_office)[:3]
    key = hub.keys.encryption_key
    with hub.store.read() as conn:
        trusted = importer.devices.trusted_keys(conn)
        opened = [decrypt_bundle(data, trusted_keys=trusted, decryption_key=key) for data in bundles]
    today = dt.date(2026, 3, 2)
    with Preparer(bundles, decrypt=dict(zip(bundles, opened, strict=True)).get, today=today) as ahead:
        assert ahead.started is not None
        ahead.started.result(timeout=60)
        assert ahead.take(0) is None  # this process opens the bundle it is at; the next ones go to the worker
        for index in (1, 2):
            ahead.futures[index].result(timeout=60)
            manifest, payload = opened[index]
            assert ahead.take(index) == prepare(payload, manifest, today)


def test_a_payload_the_worker_cannot_read_is_left_to_the_ordinary_path(hub: Hub, make_office: Any) -> None:
    [data] = _bundles(make_office)[:1]
    with hub.store.read() as conn:
        manifest, payload = decrypt_bundle(data, trusted_keys=importer.devices.trusted_keys(conn),
                                           decryption_key=hub.keys.encryption_key)
    assert prepare(payload[:-1], manifest, dt.date(2026, 3, 2)) is None
    assert prepare(payload, manifest, dt.date(2026, 3, 2)) is not None
