"""Duplicates: one NIK live once in the register; later registrations go to the review list with a verdict."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from jamsos_desktop.hub import schema
from jamsos_desktop.hub.service import Hub

from .conftest import import_bytes
from .helpers import BELIAN, TANJUNG_UNCANG


def _live_with_nik(hub: Hub, nik: str) -> list[str]:
    p = schema.participant.c
    with hub.store.read() as conn:
        return list(conn.execute(sa.select(p.participant_id).where(p.nik == nik, p.deleted_at.is_(None))).scalars())


def _duplicates(hub: Hub) -> list[tuple[str, str, str]]:
    d = schema.duplicate.c
    with hub.store.read() as conn:
        return [tuple(r) for r in conn.execute(sa.select(d.participant_id, d.status, d.first_kelurahan_code))]


def test_the_same_nik_from_two_offices_goes_to_review_not_into_the_register(hub: Hub, make_office,
                                                                             tmp_path: Path) -> None:
    belian, uncang = make_office(BELIAN), make_office(TANJUNG_UNCANG)
    [first] = belian.register(1)
    belian.register(2)
    later = uncang.register_record(first)  # the same person, registered again in Tanjung Uncang
    uncang.register(1)
    first_report = import_bytes(hub, tmp_path / "a", belian.bundle())
    report = import_bytes(hub, tmp_path / "b", uncang.bundle())
    assert report.totals()["duplicates"] == 1 and report.totals()["accepted"] + first_report.totals()["accepted"] == 4
    assert _live_with_nik(hub, first["nik"]) == [first["id"]]
    assert _duplicates(hub) == [(later["id"], "pending", BELIAN)]
    [pending] = hub.report().pending_duplicates
    assert (pending["kelurahan"], pending["first_kelurahan"]) == ("Tanjung Uncang", "Belian")

    issued = {r.device_id: r for r in hub.issue_receipts(tmp_path / "receipts")}
    receipt = uncang.read_receipt(issued[uncang.device_id].data)
    verdict = next(c for c in receipt.changes if c.participant_id == later["id"])
    assert verdict.verdict == "duplicate"
    assert verdict.duplicate_of is not None
    assert (verdict.duplicate_of.nik, verdict.duplicate_of.kelurahan_code,
            verdict.duplicate_of.kelurahan_name) == (first["nik"], BELIAN, "Belian")
    first_receipt = belian.read_receipt(issued[belian.device_id].data)
    assert {c.verdict for c in first_receipt.changes} == {"accepted"}


def test_the_same_nik_twice_in_one_office_and_in_one_bundle(hub: Hub, make_office, tmp_path: Path) -> None:
    office = make_office(BELIAN)
    [first] = office.register(1)
    second = office.register_record(first)
    report = import_bytes(hub, tmp_path / "in", office.bundle())
    [dup] = report.bundles[0].result.duplicates
    assert dup.participant_id == second["id"] and "Kelurahan Belian" in dup.text
    assert _live_with_nik(hub, first["nik"]) == [first["id"]]


def test_a_correction_of_the_nik_resolves_the_duplicate(hub: Hub, make_office, tmp_path: Path) -> None:
    belian, uncang = make_office(BELIAN), make_office(TANJUNG_UNCANG)
    [first] = belian.register(1)
    [own] = uncang.new_records(1)
    later = uncang.register_record({**own, "nik": first["nik"], "birth_date": first["birth_date"],
                                    "sex": first["sex"]})
    import_bytes(hub, tmp_path / "a", belian.bundle())
    import_bytes(hub, tmp_path / "b", uncang.bundle())
    assert _duplicates(hub)[0][1] == "pending"
    uncang.update(later["id"], nik=own["nik"], birth_date=own["birth_date"], sex=own["sex"])
    report = import_bytes(hub, tmp_path / "in2", uncang.bundle())
    assert report.totals()["accepted"] == 1
    assert _duplicates(hub)[0][1] == "resolved"
    assert _live_with_nik(hub, own["nik"]) == [later["id"]]
    assert hub.report().pending_duplicates == []


def test_a_nik_freed_by_a_delete_can_be_registered_again(hub: Hub, make_office, tmp_path: Path) -> None:
    belian, uncang = make_office(BELIAN), make_office(TANJUNG_UNCANG)
    [person] = belian.register(1)
    import_bytes(hub, tmp_path / "a", belian.bundle())
    belian.delete(person["id"], "pindah")  # moved to Tanjung Uncang
    moved = uncang.register_record(person)
    import_bytes(hub, tmp_path / "b", belian.bundle())
    report = import_bytes(hub, tmp_path / "c", uncang.bundle())
    assert report.totals()["duplicates"] == 0
    assert _live_with_nik(hub, person["nik"]) == [moved["id"]]
