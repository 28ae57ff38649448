"""A transfer between kelurahan, end to end on SQLite and PostgreSQL (hub/transfers.py): the person keeps the KPJ
and the cover, the new office's registration becomes the home and gets the KPJ on its receipt, the old one is
withdrawn as moved, the ledger counts the next months for the new kelurahan, BPJS gets an address change, and
the decision is audited with the operator who made it. Refusals say what to do."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
import sqlalchemy as sa

from jamsos_desktop.domain.errors import Refused
from jamsos_desktop.hub import schema
from jamsos_desktop.hub.cli import main
from jamsos_desktop.hub.roles import Actor, HubRole
from jamsos_desktop.hub.service import Hub

from .conftest import Clock, import_bytes
from .helpers import BELIAN, TANJUNG_UNCANG

NOV = dt.datetime(2026, 11, 20, 3, 0)
KPJ = "12345678901"


def _registration(hub: Hub, participant_id: str) -> tuple[str | None, str | None, str]:
    p = schema.participant.c
    with hub.store.read() as conn:
        row = conn.execute(sa.select(p.nik, p.deleted_reason, p.owner_kelurahan)
                           .where(p.participant_id == participant_id)).one()
    return row.nik, row.deleted_reason, row.owner_kelurahan


def _moved_siti(hub: Hub, make_office, clock: Clock, tmp_path: Path) -> tuple[dict, dict, object, object]:
    """Siti, registered and insured in Belian, then registered again by Tanjung Uncang (a duplicate case)."""
    clock.now = NOV
    belian, uncang = make_office(BELIAN), make_office(TANJUNG_UNCANG)
    siti, other = belian.register(2)
    import_bytes(hub, tmp_path / "a", belian.bundle())
    hub.export_bpjs(tmp_path / "bpjs1.xlsx")
    (tmp_path / "kpj.csv").write_text(f"NIK;Nomor KPJ\n{siti['nik']};{KPJ}\n{other['nik']};12345678902\n",
                                      encoding="utf-8")
    assert hub.import_kpj(tmp_path / "kpj.csv").assigned == 2
    belian.apply(next(r.data for r in hub.issue_receipts(tmp_path / "r1") if r.device_id == belian.device_id))
    clock.advance(days=3)
    again = uncang.register_record(siti)
    assert import_bytes(hub, tmp_path / "b", uncang.bundle()).totals()["duplicates"] == 1
    return siti, again, belian, uncang


def test_a_transfer_keeps_the_kpj_and_fixes_both_offices_records(
        hub: Hub, make_office, clock: Clock, tmp_path: Path) -> None:
    siti, again, belian, uncang = _moved_siti(hub, make_office, clock, tmp_path)
    operator = Actor("rina", HubRole.OPERATOR)
    done = hub.programme.transfer(operator, nik=siti["nik"], to_kelurahan="Tanjung Uncang",
                                  reason="Surat keterangan pindah 12/2026")
    assert (done.from_kelurahan, done.to_kelurahan, done.kpj_number) == (BELIAN, TANJUNG_UNCANG, KPJ)
    assert (done.from_participant_id, done.to_participant_id) == (siti["id"], again["id"])
    assert _registration(hub, siti["id"]) == (siti["nik"], "pindah", BELIAN)  # withdrawn as moved
    assert _registration(hub, again["id"]) == (siti["nik"], None, TANJUNG_UNCANG)  # the home, its office's

    person = hub.programme.person(siti["nik"])
    assert (person["kelurahan"], person["status"]) == ("Tanjung Uncang", "dibiayai")
    receipts = {r.device_id: r for r in hub.issue_receipts(tmp_path / "r2")}
    update = next(p for p in uncang.read_receipt(receipts[uncang.device_id].data).participants
                  if p.participant_id == again["id"])
    assert update.kpj_number == KPJ  # the new record gets the person's KPJ (its card loses SEMENTARA)
    assert [(c.month_from, c.month_to) for c in update.coverage_periods] == [("2026-12", "2026-12"), ("2027-01", "2027-05")]
    assert [(r["kelurahan"], r["people"]) for r in hub.recap("2026-12")["rows"]] == [("Belian", 1),
                                                                                    ("Tanjung Uncang", 1)]
    export = hub.export_bpjs(tmp_path / "bpjs2.xlsx")
    assert (export.count, export.moves) == (0, 1)  # an address change for BPJS, not a registration

    [case] = hub.cases.list(operator, pending=False)
    assert (case["status"], case["status_label"], case["decided_by"]) == (
        "transferred", "Pindah kelurahan (KPJ dan tanggungan ikut)", "rina")
    [entry] = hub.audit_entries(action="person.transfer")
    assert entry.actor == "rina" and siti["nik"] not in (entry.target or "") + json.dumps(entry.detail)
    assert entry.detail is not None and (entry.detail["from"], entry.detail["to"]) == (BELIAN, TANJUNG_UNCANG)
    assert "12/2026" in entry.detail["reason"]
    assert hub.check().ok

    clock.advance(days=1)  # the new office owns its registration: its corrections are applied
    uncang.update(again["id"], phone="081234567890")
    assert import_bytes(hub, tmp_path / "c", uncang.bundle()).totals()["accepted"] == 1
    with pytest.raises(Refused, match="sudah terdaftar di Kelurahan Tanjung Uncang"):
        hub.programme.transfer(operator, nik=siti["nik"], to_kelurahan=TANJUNG_UNCANG, reason="sekali lagi")
    again_kpj = hub.import_kpj(tmp_path / "kpj.csv")  # BPJS's file read again: the same person
    assert (again_kpj.assigned, again_kpj.already, again_kpj.conflicts) == (0, 2, [])


def test_transfer_refusals_say_what_to_do(hub: Hub, make_office, clock: Clock, tmp_path: Path) -> None:
    siti, _again, _belian, _uncang = _moved_siti(hub, make_office, clock, tmp_path)
    transfer = hub.programme.transfer
    with pytest.raises(Refused, match="tidak boleh memindahkan peserta"):
        transfer(Actor("audit", HubRole.AUDITOR), nik=siti["nik"], to_kelurahan="Tanjung Uncang", reason="pindah rumah")
    with pytest.raises(Refused, match="Kelurahan 'Atlantis' tidak dikenal"):
        transfer(nik=siti["nik"], to_kelurahan="Atlantis", reason="pindah rumah")
    with pytest.raises(Refused, match="alasan pemindahan"):
        transfer(nik=siti["nik"], to_kelurahan="Tanjung Uncang", reason=" ok ")
    with pytest.raises(Refused, match="Kelurahan Kabil belum mengirim pendaftaran"):
        transfer(nik=siti["nik"], to_kelurahan="Kabil", reason="pindah rumah")
    with pytest.raises(Refused, match="sudah terdaftar di Kelurahan Belian"):
        transfer(nik=siti["nik"], to_kelurahan="Belian", reason="pindah rumah")
    with pytest.raises(Refused, match="tidak ada di daftar peserta hub"):
        transfer(nik="3171000000000001", to_kelurahan="Tanjung Uncang", reason="pindah rumah")
    hub.programme.deactivate(siti["nik"], "meninggal", on=NOV.date(), note="Surat kematian 1/2026")
    with pytest.raises(Refused, match="meninggal dunia"):
        transfer(nik=siti["nik"], to_kelurahan="Tanjung Uncang", reason="pindah rumah")
    assert hub.audit_entries(action="person.transfer") == []
    assert _registration(hub, siti["id"])[1] is None  # nothing changed


def test_the_transfer_command(hub: Hub, make_office, clock: Clock, tmp_path: Path, db_url: str,
                              capsys: pytest.CaptureFixture[str]) -> None:
    siti, _again, _belian, _uncang = _moved_siti(hub, make_office, clock, tmp_path)
    base = ["--data-dir", str(tmp_path / "hub"), "--db", db_url, "transfer", siti["nik"]]
    capsys.readouterr()
    assert main([*base, "--to", "Kabil", "--reason", "surat pindah"]) != 0
    assert "Kelurahan Kabil belum mengirim pendaftaran" in capsys.readouterr().err
    assert main([*base, "--to", "tanjung uncang", "--reason", "surat pindah 3/2026"]) == 0
    out = capsys.readouterr().out
    assert f"dari Kelurahan Belian ke Kelurahan Tanjung Uncang dengan KPJ {KPJ}." in out
    assert "Perubahan alamat ikut di daftar BPJS berikutnya" in out
