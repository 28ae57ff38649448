"""The optional per-kelurahan allocation of the quota (hub/allocation.py, quota.py), on SQLite and PostgreSQL: a
kelurahan never holds more places than its allocation, the line keeps its order, and the place goes to the next
in line from another kelurahan; a bad setting is refused with how to write it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from jamsos_desktop.domain.errors import Refused
from jamsos_desktop.hub.service import Hub

from .conftest import Clock, import_bytes
from .helpers import BELIAN, TANJUNG_UNCANG


def _listed(path: Path) -> set[str]:
    rows = list(openpyxl.load_workbook(path, read_only=True).active.iter_rows(values_only=True))
    return {r[rows[0].index("NIK")] for r in rows[1:]}


def test_a_kelurahan_with_a_full_allocation_waits_and_the_next_from_elsewhere_takes_the_place(
        hub: Hub, make_office, clock: Clock, tmp_path: Path) -> None:
    clock.now = dt.datetime(2026, 11, 20, 3, 0)
    hub.set_setting("quota", "6")
    hub.set_setting("quota_allocation", "Belian=3")
    belian, uncang = make_office(BELIAN), make_office(TANJUNG_UNCANG)
    early = belian.register(5)  # accepted first: all five would come first in line
    import_bytes(hub, tmp_path / "a", belian.bundle())
    clock.advance(hours=1)
    later = uncang.register(4)
    import_bytes(hub, tmp_path / "b", uncang.bundle())

    q = hub.programme.quota()
    assert (q["next"], q["allocation"]) == (6, {BELIAN: {"places": 3, "held": 0}})
    result = hub.export_bpjs(tmp_path / "bpjs.xlsx")
    assert (result.count, result.newly_placed, result.waiting) == (6, 6, 3)
    placed = _listed(tmp_path / "bpjs.xlsx")
    belian_placed = placed & {p["nik"] for p in early}
    assert len(belian_placed) == 3 and {p["nik"] for p in later} - placed == {sorted(p["nik"] for p in later)[-1]}
    q = hub.programme.quota()
    assert q["allocation"][BELIAN] == {"places": 3, "held": 3} and q["held"] == 6
    assert [w["kelurahan"] for w in q["line"]] == ["Belian", "Belian", "Tanjung Uncang"]  # the order is kept

    hub.set_setting("quota", "7")  # one more place: Belian is full, so Tanjung Uncang's next takes it
    again = hub.export_bpjs(tmp_path / "bpjs2.xlsx")
    assert again.newly_placed == 1 and _listed(tmp_path / "bpjs2.xlsx") - placed == {
        sorted(p["nik"] for p in later)[-1]}
    hub.set_setting("quota_allocation", "")  # no allocation any more: the line alone decides
    hub.set_setting("quota", "8")
    assert hub.export_bpjs(tmp_path / "bpjs3.xlsx").newly_placed == 1
    assert hub.programme.quota()["allocation"] == {}


@pytest.mark.parametrize("value,words", [("Belian 300", "tidak terbaca"), ("Atlantis=3", "tidak dikenal"),
                                         ("Belian=3; belian=4", "disebut dua kali"), ("Belian=tiga", "tidak terbaca")])
def test_a_bad_allocation_is_refused_with_how_to_write_it(hub: Hub, value: str, words: str) -> None:
    with pytest.raises(Refused, match=words):
        hub.set_setting("quota_allocation", value)
    assert hub.settings()["quota_allocation"] == ""
