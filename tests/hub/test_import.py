"""Import: idempotent on (device, seq) and (participant, revision), bad records alone, gaps in words, chains."""

from __future__ import annotations

import json
from pathlib import Path

import sqlalchemy as sa

from jamsos_desktop.hub import schema
from jamsos_desktop.hub.keys import load_escrow_private
from jamsos_desktop.hub.service import Hub

from .conftest import ESCROW_PASSPHRASE, dump, import_bytes
from .helpers import BELIAN, TANJUNG_UNCANG


def _register(hub: Hub) -> dict[str, tuple[int, str, bool]]:
    p = schema.participant.c
    with hub.store.read() as conn:
        rows = conn.execute(sa.select(p.participant_id, p.revision, p.record, p.deleted_at)).all()
    return {r.participant_id: (r.revision, json.loads(r.record)["full_name"] if r.record else "",
                               r.deleted_at is None) for r in rows}


def test_the_same_bundle_twice_changes_nothing(hub: Hub, make_office, tmp_path: Path) -> None:
    office = make_office(BELIAN)
    office.register(5)
    data = office.bundle()
    first = import_bytes(hub, tmp_path / "in", data)
    assert first.totals()["accepted"] == 5 and first.bundles[0].status == "imported"
    before = dump(hub)
    again = import_bytes(hub, tmp_path / "in", data)
    assert again.bundles[0].status == "replay"
    assert "sudah pernah diterima" in again.bundles[0].message
    assert dump(hub) == before


def test_a_resent_change_in_a_new_bundle_changes_no_register_row(hub: Hub, make_office, tmp_path: Path) -> None:
    office = make_office(BELIAN)
    office.register(3)
    import_bytes(hub, tmp_path / "in", office.bundle())
    register = _register(hub)
    office.register(1)  # the receipt never reached the office: the next export carries seq 1-3 again, plus 4
    report = import_bytes(hub, tmp_path / "in", office.bundle())
    counts = report.bundles[0].result.counts()
    assert (counts["already"], counts["accepted"]) == (3, 1)
    assert {k: v for k, v in _register(hub).items() if k in register} == register


def test_a_bad_record_is_rejected_alone_with_a_reason(hub: Hub, make_office, tmp_path: Path) -> None:
    office = make_office(BELIAN)
    good1, bad, good2 = office.new_records(3)
    bad.update(nik="2171", full_name="")
    for rec in (good1, bad, good2):
        office.register_record(rec)
    report = import_bytes(hub, tmp_path / "in", office.bundle())
    result = report.bundles[0].result
    assert result.accepted == 2
    [rejected] = result.rejected
    assert rejected.seq == 2
    assert "NIK" in rejected.text and "Nama lengkap" in rejected.text
    with hub.store.read() as conn:
        row = conn.execute(sa.select(schema.change).where(schema.change.c.seq == 2)).one()
    assert row.verdict == "rejected" and "NIK harus 16 digit" in row.reason
    assert row.snapshot is not None  # what the office sent is kept for the review
    assert len(_register(hub)) == 2


def test_a_gap_in_an_office_sequence_is_reported_by_number(hub: Hub, make_office, tmp_path: Path) -> None:
    office = make_office(BELIAN)
    office.register(20)
    lines = list(office.outbox)
    report = import_bytes(hub, tmp_path / "in", office.bundle(lines[:11]), office.bundle(lines[15:]))
    assert report.gaps == ["Perubahan nomor 12-15 dari Kelurahan Belian belum diterima."]
    assert "Perubahan nomor 12-15 dari Kelurahan Belian belum diterima." in hub.report().gaps
    report = import_bytes(hub, tmp_path / "in", office.bundle(lines[11:12]))
    assert report.gaps == ["Perubahan nomor 13-15 dari Kelurahan Belian belum diterima."]
    report = import_bytes(hub, tmp_path / "in", office.bundle(lines[12:14]))
    assert report.gaps == ["Perubahan nomor 15 dari Kelurahan Belian belum diterima."]
    report = import_bytes(hub, tmp_path / "in", office.bundle(lines[14:15]))
    assert report.gaps == [] and hub.report().gaps == []


def test_an_older_revision_never_overwrites_a_newer_one(hub: Hub, make_office, tmp_path: Path) -> None:
    office = make_office(BELIAN)
    [rec] = office.register(1, full_name="Siti Lama")
    office.update(rec["id"], full_name="Siti Baru")
    first, second = office.outbox
    newer = import_bytes(hub, tmp_path / "a", office.bundle([second], chain=False))  # sticks arrive out of order
    older = import_bytes(hub, tmp_path / "b", office.bundle([first], chain=False))
    assert _register(hub)[rec["id"]] == (2, "SITI BARU", True)
    assert newer.totals()["accepted"] == 1 and older.totals()["older"] == 1
    with hub.store.read() as conn:
        verdict = conn.execute(sa.select(schema.change.c.verdict).where(schema.change.c.seq == 1)).scalar_one()
    assert verdict == "accepted"  # the office may forget revision 1; revision 2 is what the city holds


def test_a_delete_leaves_a_tombstone_an_older_upsert_cannot_revive(hub: Hub, make_office, tmp_path: Path) -> None:
    office = make_office(BELIAN)
    [rec] = office.register(1)
    office.delete(rec["id"], "meninggal")
    upsert, delete = office.outbox
    import_bytes(hub, tmp_path / "a", office.bundle([delete], chain=False))
    import_bytes(hub, tmp_path / "b", office.bundle([upsert], chain=False))
    revision, _, live = _register(hub)[rec["id"]]
    assert (revision, live) == (2, False)
    assert hub.report().total == 0


def test_replayed_and_out_of_chain_bundles_are_reported(hub: Hub, make_office, tmp_path: Path) -> None:
    office = make_office(BELIAN)
    office.register(2)
    b1 = office.bundle()
    office.register(1)
    b2 = office.bundle()
    office.register(1)
    b3 = office.bundle()
    report = import_bytes(hub, tmp_path / "a", b2)
    assert report.bundles[0].chain == "missing_previous"
    assert "bundle sebelumnya belum pernah diterima" in report.bundles[0].message
    assert import_bytes(hub, tmp_path / "b", b1).bundles[0].chain == "late"
    assert import_bytes(hub, tmp_path / "c", b3).bundles[0].chain == "linked"
    assert import_bytes(hub, tmp_path / "d", b3).bundles[0].status == "replay"
    office.previous = None  # reinstalled: a new chain
    office.register(1)
    assert import_bytes(hub, tmp_path / "e", office.bundle()).bundles[0].chain == "restart"


def test_a_reused_seq_with_other_content_is_a_conflict_not_applied(hub: Hub, make_office, tmp_path: Path) -> None:
    office = make_office(BELIAN)
    office.register(2)
    import_bytes(hub, tmp_path / "in", office.bundle())
    office.seq = 1  # a restored backup: numbers are handed out again
    office.outbox = []
    [other] = office.register(1)
    report = import_bytes(hub, tmp_path / "in", office.bundle())
    [conflict] = report.bundles[0].result.conflicts
    assert conflict.seq == 2 and "sudah dipakai untuk perubahan lain" in conflict.text
    assert other["id"] not in _register(hub)


def test_refused_bundles_change_nothing_and_the_rest_is_imported(hub: Hub, make_office, tmp_path: Path) -> None:
    enrolled, stranger = make_office(BELIAN), make_office(TANJUNG_UNCANG, enrol=False)
    enrolled.register(2)
    stranger.register(2)
    good, unknown = enrolled.bundle(), stranger.bundle()
    damaged = bytearray(enrolled.bundle())
    damaged[200] ^= 1
    report = import_bytes(hub, tmp_path / "in", unknown, bytes(damaged), good)
    assert sorted(b.status for b in report.bundles) == ["imported", "refused", "refused"]
    reasons = [b.reason for b in report.bundles if b.status == "refused"]
    assert "unknown_key" in reasons and all(reasons)
    assert any("Daftarkan perangkat" in b.message for b in report.bundles)
    assert hub.report().total == 2


def test_a_bundle_claiming_another_kelurahan_is_refused(hub: Hub, make_office, tmp_path: Path) -> None:
    office = make_office(BELIAN)
    office.register(1)
    office.kelurahan_code = TANJUNG_UNCANG
    report = import_bytes(hub, tmp_path / "in", office.bundle())
    assert report.bundles[0].reason == "wrong_kelurahan"
    assert hub.report().total == 0


def test_the_dry_run_prints_the_report_and_writes_nothing(hub: Hub, make_office, tmp_path: Path) -> None:
    office = make_office(BELIAN)
    office.register(4)
    good, bad = office.new_records(2)
    bad["birth_date"] = "2030-01-01"
    office.register_record(good)
    office.register_record(bad)
    data = office.bundle()
    before = dump(hub)
    dry = import_bytes(hub, tmp_path / "in", data, dry_run=True)
    assert dump(hub) == before
    assert dry.dry_run and dry.totals()["accepted"] == 5 and dry.totals()["rejected"] == 1
    real = import_bytes(hub, tmp_path / "in2", data)
    assert real.totals() == dry.totals()


def test_the_offline_escrow_key_opens_the_bundles_when_the_hub_key_is_lost(hub: Hub, make_office,
                                                                           tmp_path: Path) -> None:
    office = make_office(BELIAN)
    office.register(3)
    (tmp_path / "arsip").mkdir()
    (tmp_path / "arsip" / "b.jamsos").write_bytes(office.bundle())
    escrow = load_escrow_private(tmp_path / "escrow.pem", ESCROW_PASSPHRASE)
    report = hub.import_paths([tmp_path / "arsip"], escrow_key=escrow)
    assert report.totals()["accepted"] == 3
