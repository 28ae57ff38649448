"""Duplicate decisions over plain HTTP (no browser): "pindah" (a move between kelurahan that keeps the KPJ) is
offered only between two kelurahan, is refused for an auditor and without the CSRF token, and moves the person
with their KPJ under the operator's name."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from jamsos_desktop.hub import audit
from jamsos_desktop.hub.service import Hub

from ..conftest import Clock, import_bytes
from ..helpers import BELIAN, TANJUNG_UNCANG
from .web import add_accounts, client, csrf_of, sign_in

NOV = dt.datetime(2026, 11, 20, 3, 0)


@pytest.fixture
def db_url(tmp_path: Path) -> str:  # the HTTP face on SQLite; the use cases run on both databases elsewhere
    return f"sqlite:///{tmp_path / 'hub.sqlite'}"


def _moved_with_a_kpj(hub: Hub, make_office, clock: Clock, tmp_path: Path) -> tuple[dict, int]:
    """Siti has a KPJ in Belian; Tanjung Uncang registers her again after she moved: case #1."""
    clock.now = NOV
    add_accounts(hub)
    belian, uncang = make_office(BELIAN), make_office(TANJUNG_UNCANG)
    [siti] = belian.register(1)
    import_bytes(hub, tmp_path / "a", belian.bundle())
    hub.export_bpjs(tmp_path / "bpjs.xlsx")
    kpj = tmp_path / "kpj.csv"
    kpj.write_text(f"NIK;Nomor KPJ\n{siti['nik']};26000000001\n", encoding="utf-8")
    hub.import_kpj(kpj)
    clock.advance(days=3)
    uncang.register_record(siti)
    import_bytes(hub, tmp_path / "b", uncang.bundle())
    [case] = hub.cases.list(hub_actor(hub))
    return siti, case["id"]


def hub_actor(hub: Hub):  # noqa: ANN201 - a reader for the checks
    from jamsos_desktop.hub.roles import Actor, HubRole

    return Actor("penguji", HubRole.AUDITOR)


def test_pindah_moves_the_person_with_the_kpj_under_the_operators_name(
        hub: Hub, make_office, clock: Clock, tmp_path: Path) -> None:
    siti, case_id = _moved_with_a_kpj(hub, make_office, clock, tmp_path)
    reason = "Surat pindah dari Belian ke Tanjung Uncang, ditelepon kedua kantor."
    auditor = client(hub)
    token = sign_in(auditor, "auditor")
    refused = auditor.post(f"/konsol/duplikat/{case_id}/putuskan",
                           data={"csrf": token, "keputusan": "transfer", "alasan": reason})
    assert refused.status_code == 403 and hub.programme.person(siti["nik"])["kelurahan"] == "Belian"

    web = client(hub)
    token = sign_in(web, "operator")
    page = web.get(f"/konsol/duplikat/{case_id}")
    assert 'value="transfer"' in page.text and "Pindah kelurahan" in page.text
    assert web.post(f"/konsol/duplikat/{case_id}/putuskan",
                    data={"keputusan": "transfer", "alasan": reason}).status_code == 403  # no CSRF token
    short = web.post(f"/konsol/duplikat/{case_id}/putuskan", data={"csrf": token, "keputusan": "transfer",
                                                                   "alasan": "ok"})
    assert "minimal 5" in short.text and hub.programme.person(siti["nik"])["kelurahan"] == "Belian"

    done = web.post(f"/konsol/duplikat/{case_id}/putuskan",
                    data={"csrf": token, "keputusan": "transfer", "alasan": reason})
    assert done.status_code == 200
    assert (f"Kasus #{case_id} diputuskan: pindah dari Kelurahan Belian ke Kelurahan Tanjung Uncang; KPJ "
            "26000000001 dan tanggungannya ikut.") in done.text
    assert hub.programme.person(siti["nik"])["kelurahan"] == "Tanjung Uncang"
    assert "Pindah kelurahan (KPJ dan tanggungan ikut)" in web.get("/konsol/duplikat").text
    with hub.store.read() as conn:
        [entry] = audit.entries(conn, action="person.transfer")
    assert entry.actor == "operator" and reason in str(entry.detail)
    again = web.post(f"/konsol/duplikat/{case_id}/putuskan",
                     data={"csrf": csrf_of(web.get("/konsol/duplikat").text), "keputusan": "transfer",
                           "alasan": reason})
    assert "sudah diputuskan" in again.text


def test_pindah_is_not_offered_within_one_kelurahan(hub: Hub, make_office, clock: Clock, tmp_path: Path) -> None:
    clock.now = NOV
    add_accounts(hub)
    belian = make_office(BELIAN)
    [siti] = belian.register(1)
    belian.register_record(siti)  # the same office registered her twice
    import_bytes(hub, tmp_path / "a", belian.bundle())
    [case] = hub.cases.list(hub_actor(hub))
    web = client(hub)
    sign_in(web, "operator")
    page = web.get(f"/konsol/duplikat/{case['id']}").text
    assert not re.search(r'value="transfer"', page) and 'value="keep_first"' in page
