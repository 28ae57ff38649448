"""The console's Kuota page over plain HTTP (no browser): the quota in force, places held and free, the waiting
list in order with masked NIKs, and the periods opened; readable by every role, as a page and as JSON."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from jamsos_desktop.domain.nik import mask
from jamsos_desktop.hub.service import Hub

from ..conftest import Clock, import_bytes
from ..helpers import BELIAN
from .web import add_accounts, client, sign_in


@pytest.fixture
def db_url(tmp_path: Path) -> str:  # the HTTP face on SQLite; the use cases run on both databases elsewhere
    return f"sqlite:///{tmp_path / 'hub.sqlite'}"


def test_the_quota_page_shows_places_and_the_waiting_list_in_order(hub: Hub, make_office, clock: Clock,
                                                                    tmp_path: Path) -> None:
    clock.now = dt.datetime(2026, 11, 20, 3, 0)
    add_accounts(hub)
    hub.set_setting("quota", "2")
    belian = make_office(BELIAN)
    people = sorted(belian.register(3), key=lambda r: r["nik"])
    import_bytes(hub, tmp_path / "a", belian.bundle())
    hub.export_bpjs(tmp_path / "bpjs.xlsx")
    hub.programme.open_period("2027-01", n_months=6, quota_=2, budget=201_600)
    web = client(hub)
    sign_in(web, "auditor")
    page = web.get("/konsol/kuota")
    assert page.status_code == 200
    assert 'aria-current="page">Kuota' in page.text
    assert mask(people[2]["nik"]) in page.text and people[2]["nik"] not in page.text  # NIKs masked
    assert "Rp201.600" in page.text and "2027-06" in page.text
    data = web.get("/konsol/kuota.json").json()["quota"]
    assert (data["quota"], data["held"], data["free"], data["waiting"], data["period"]) == (2, 2, 0, 1, "2027-01")
    assert [(w["place"], w["full_name"]) for w in data["line"]] == [(1, people[2]["full_name"].upper())]
