"""Receipts: one per office device, verified and decrypted on the office side with its own derived key."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from jamsos_desktop.hub.service import Hub
from jamsos_desktop.sync.bundlefile import read_bundle_file

from .conftest import import_bytes
from .helpers import BELIAN, TANJUNG_UNCANG


def test_receipts_answer_every_change_and_verify_at_the_office(hub: Hub, make_office, tmp_path: Path) -> None:
    belian, uncang = make_office(BELIAN), make_office(TANJUNG_UNCANG)
    good, bad = belian.new_records(2)
    bad["phone"] = "12345"
    belian.register_record(good)
    belian.register_record(bad)
    uncang.register(3)
    import_bytes(hub, tmp_path / "in", belian.bundle(), uncang.bundle())
    issued = hub.issue_receipts(tmp_path / "out")
    files = sorted((tmp_path / "out").glob("jamsos-receipt-*.jamsos"))
    assert len(issued) == len(files) == 2
    by_device = {}
    for file in files:
        data = read_bundle_file(file)
        office = belian if BELIAN in file.name else uncang
        by_device[office.device_id] = office.read_receipt(data)
    mine = by_device[belian.device_id]
    assert [(c.seq, c.verdict) for c in mine.changes] == [(1, "accepted"), (2, "rejected")]
    assert "Nomor HP" in (mine.changes[1].reason or "")
    assert mine.manifest.previous is None and mine.manifest.kelurahan_code == BELIAN
    assert [c.verdict for c in by_device[uncang.device_id].changes] == ["accepted"] * 3
    assert hub.issue_receipts(tmp_path / "out2") == []  # nothing new to say


def test_the_next_receipt_covers_only_what_came_since_and_chains(hub: Hub, make_office, tmp_path: Path) -> None:
    office = make_office(BELIAN)
    office.register(2)
    import_bytes(hub, tmp_path / "in", office.bundle())
    [first] = hub.issue_receipts(tmp_path / "out")
    office.acknowledge(office.read_receipt(first.data))
    office.register(1)
    import_bytes(hub, tmp_path / "in", office.bundle())
    [second] = hub.issue_receipts(tmp_path / "out")
    receipt = office.read_receipt(second.data)
    assert [c.seq for c in receipt.changes] == [3]
    assert receipt.manifest.previous is not None and receipt.manifest.previous.bundle_id == first.bundle_id
    assert second.number == 2


def test_changes_resent_after_a_lost_receipt_are_answered_again(hub: Hub, make_office, tmp_path: Path) -> None:
    office = make_office(BELIAN)
    office.register(2)
    import_bytes(hub, tmp_path / "in", office.bundle())
    hub.issue_receipts(tmp_path / "lost")  # the stick with this receipt is lost on the way
    office.register(1)
    import_bytes(hub, tmp_path / "in", office.bundle())  # carries seq 1-2 again (never acknowledged) and 3
    [again] = hub.issue_receipts(tmp_path / "out")
    assert [c.seq for c in office.read_receipt(again.data).changes] == [1, 2, 3]


def test_kpj_numbers_and_coverage_reach_the_office(hub: Hub, make_office, tmp_path: Path, clock) -> None:
    office = make_office(BELIAN)
    [person, other] = office.register(2)
    import_bytes(hub, tmp_path / "in", office.bundle())
    hub.issue_receipts(tmp_path / "out1")
    clock.now = dt.datetime(2026, 11, 21, 3, 0)
    csv = tmp_path / "kpj.csv"
    csv.write_text(f"NIK;KPJ\n{person['nik']};12345678901\n", encoding="utf-8")
    assert hub.import_kpj(csv).assigned == 1
    [news] = hub.issue_receipts(tmp_path / "out2")
    receipt = office.read_receipt(news.data)
    assert receipt.changes == ()
    [update] = receipt.participants
    assert (update.participant_id, update.kpj_number) == (person["id"], "12345678901")
    assert [(p.month_from, p.month_to, p.budget_year, p.funding_source, p.tariff)
            for p in update.coverage_periods] == [("2026-12", "2026-12", 2026, "APBD Kota Batam", 16800),
                                                   ("2027-01", "2027-05", 2027, "APBD Kota Batam", 16800)]
    assert hub.issue_receipts(tmp_path / "out3") == []
    # The office sends a later change of that participant without the KPJ: the hub tells it again.
    office.update(person["id"], address="Jl. Baru No. 1")
    office.outbox = office.outbox[-1:]
    import_bytes(hub, tmp_path / "in2", office.bundle())
    [again] = hub.issue_receipts(tmp_path / "out4")
    assert [p.kpj_number for p in office.read_receipt(again.data).participants] == ["12345678901"]
    assert other["id"] not in {p.participant_id for p in office.read_receipt(again.data).participants}
