"""Duplicate decisions over plain HTTP (no browser): "pindah" (a move between kelurahan that keeps the KPJ) is
offered only between two kelurahan, is refused for an auditor and without the CSRF token, and moves the person
with their KPJ under the operator's name; the other decisions travel back to the offices as notices on their
next receipts (nik_check to the office that mistyped the NIK, the outcome to both when one is kept)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from jamsos_desktop.hub import audit, notices
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


def _duplicate(hub: Hub, make_office, clock: Clock, tmp_path: Path) -> tuple[dict, dict, int]:
    """Belian registered Siti; Tanjung Uncang typed her NIK for another person: case #1."""
    clock.now = NOV
    add_accounts(hub)
    belian, uncang = make_office(BELIAN), make_office(TANJUNG_UNCANG)
    [siti] = belian.register(1)
    import_bytes(hub, tmp_path / "a", belian.bundle())
    clock.advance(days=1)
    [other] = uncang.register(1, nik=siti["nik"], birth_date=siti["birth_date"], sex=siti["sex"])
    import_bytes(hub, tmp_path / "b", uncang.bundle())
    [case] = hub.cases.list(hub_actor(hub))
    return siti, other, case["id"]


def _notices(hub: Hub, participant_id: str) -> list[dict]:
    with hub.store.read() as conn:
        return notices.of_participant(conn, participant_id)


@pytest.mark.parametrize("suspect", ["second", "first"])
def test_not_the_same_person_asks_the_suspect_office_to_check_the_nik(
        hub: Hub, make_office, clock: Clock, tmp_path: Path, suspect: str) -> None:
    siti, other, case_id = _duplicate(hub, make_office, clock, tmp_path)
    web = client(hub)
    token = sign_in(web, "operator")
    page = web.get(f"/konsol/duplikat/{case_id}").text
    assert 'name="salah_ketik"' in page
    done = web.post(f"/konsol/duplikat/{case_id}/putuskan", data={
        "csrf": token, "keputusan": "not_same", "salah_ketik": suspect,
        "alasan": "Ditelepon: dua orang berbeda, NIK salah ketik."})
    assert done.status_code == 200 and f"Kasus #{case_id} diputuskan" in done.text
    told, quiet = (other, siti) if suspect == "second" else (siti, other)
    [notice] = _notices(hub, told["id"])
    assert notice["kind"] == "nik_check" and notice["delivered_at"] is None
    assert notice["data"] == {"other_kelurahan_name": "Belian" if suspect == "second" else "Tanjung Uncang"}
    assert "periksa KTP/KK" in notice["text"] and told["nik"] not in notice["text"] and len(notice["text"]) <= 500
    assert _notices(hub, quiet["id"]) == []


@pytest.mark.parametrize("decision", ["keep_first", "keep_second"])
def test_keeping_one_registration_tells_both_offices_their_outcome(
        hub: Hub, make_office, clock: Clock, tmp_path: Path, decision: str) -> None:
    siti, other, case_id = _duplicate(hub, make_office, clock, tmp_path)
    web = client(hub)
    token = sign_in(web, "operator")
    web.post(f"/konsol/duplikat/{case_id}/putuskan", data={
        "csrf": token, "keputusan": decision, "alasan": "Ditelepon kedua kantor, orang yang sama."})
    kept, dropped = (siti, other) if decision == "keep_first" else (other, siti)
    [good] = _notices(hub, kept["id"])
    [bad] = _notices(hub, dropped["id"])
    assert good["kind"] == bad["kind"] == "duplicate_decided"
    assert (good["data"]["kept"], bad["data"]["kept"]) == (True, False)
    assert "memakai pendaftaran kantor Anda" in good["text"] and "tidak masuk daftar kota" in bad["text"]
