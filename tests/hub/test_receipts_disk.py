"""Receipts onto a stick that fills up, for real (a small tmpfs): the files of the failed transaction are removed
again and nothing it issued counts, so the next run issues those receipts anew, numbered as if the failed run never
was; receipts of transactions that committed before stay issued. How many devices share a transaction depends on
time (hub/exchange.py, RECEIPT_BATCH_SECONDS), so each test fixes it: a loaded machine must not change the outcome."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from jamsos_desktop.hub import exchange
from jamsos_desktop.hub.service import Hub

from .conftest import import_bytes
from .helpers import BELIAN, TANJUNG_UNCANG


def _two_offices_on_a_nearly_full_stick(hub: Hub, make_office, small_disks, tmp_path: Path):  # type: ignore[no-untyped-def]
    small, big = make_office(BELIAN), make_office(TANJUNG_UNCANG)  # receipts go out by kelurahan code: small first
    small.register(1)
    big.register(300)  # a receipt of about 9 KB; the small office's is about 1 KB
    import_bytes(hub, tmp_path / "in", small.bundle(), big.bundle())
    stick = small_disks.mount("stick", size_kb=256)
    small_disks.fill(stick)
    filler = stick / "filler.bin"
    os.truncate(filler, filler.stat().st_size - 6 * 1024)  # room for the small office's receipt, not the big one's
    return small, big, stick


def test_a_full_stick_leaves_no_receipt_and_the_next_run_issues_them_all(hub: Hub, make_office, small_disks,
                                                                          tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(exchange, "RECEIPT_BATCH_SECONDS", 3600.0)  # both offices in one transaction
    small, big, stick = _two_offices_on_a_nearly_full_stick(hub, make_office, small_disks, tmp_path)
    with pytest.raises(OSError):
        hub.issue_receipts(stick)
    assert [p.name for p in stick.iterdir()] == ["filler.bin"]  # the small office's receipt was removed again

    issued = hub.issue_receipts(tmp_path / "receipts")
    assert sorted((r.device_id, r.number) for r in issued) == sorted([(small.device_id, 1), (big.device_id, 1)])
    assert len(list((tmp_path / "receipts").iterdir())) == 2


def test_a_receipt_committed_before_the_stick_filled_stays_issued(hub: Hub, make_office, small_disks,
                                                                  tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(exchange, "RECEIPT_BATCH_SECONDS", 0.0)  # each office in a transaction of its own
    small, big, stick = _two_offices_on_a_nearly_full_stick(hub, make_office, small_disks, tmp_path)
    with pytest.raises(OSError):
        hub.issue_receipts(stick)
    assert len(list(stick.iterdir())) == 2  # the filler and the small office's receipt, which stays

    issued = hub.issue_receipts(tmp_path / "receipts")
    assert [(r.device_id, r.number) for r in issued] == [(big.device_id, 1)]  # only what failed is issued again
