"""What the programme tells offices on their receipts (hub/programme_notices.py), on SQLite and PostgreSQL: both
offices of a transfer, BPJS's rejection with its reason, waiting-list numbers beyond the quota, and a
deactivation decided at the hub. Each notice reaches the device that sent the registration concerned, once."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl

from jamsos_desktop.hub.service import Hub

from .conftest import Clock, import_bytes
from .helpers import BELIAN, TANJUNG_UNCANG, FakeOffice

NOV = dt.datetime(2026, 11, 20, 3, 0)


def _notices(hub: Hub, office: FakeOffice, folder: Path, *, ack: bool = True) -> list:
    """The notices on the office's next receipt, which it applies and (`ack`) acknowledges (as over HTTP)."""
    issued = {r.device_id: r for r in hub.issue_receipts(folder)}
    if office.device_id not in issued:
        return []
    found = list(office.apply(issued[office.device_id].data).notices)
    if ack:
        hub.exchange(office.device_id, ack=office.applied)
    return found


def test_a_transfer_tells_both_offices(hub: Hub, make_office, clock: Clock, tmp_path: Path) -> None:
    clock.now = NOV
    belian, uncang = make_office(BELIAN, version="0.2.0"), make_office(TANJUNG_UNCANG, version="0.2.0")
    [siti] = belian.register(1)
    import_bytes(hub, tmp_path / "a", belian.bundle())
    hub.export_bpjs(tmp_path / "bpjs.xlsx")
    (tmp_path / "kpj.csv").write_text(f"NIK;KPJ\n{siti['nik']};12345678901\n", encoding="utf-8")
    hub.import_kpj(tmp_path / "kpj.csv")
    _notices(hub, belian, tmp_path / "r0")
    clock.advance(days=2)
    again = uncang.register_record(siti)
    import_bytes(hub, tmp_path / "b", uncang.bundle())
    _notices(hub, uncang, tmp_path / "r1")
    hub.programme.transfer(nik=siti["nik"], to_kelurahan="Tanjung Uncang", reason="Surat pindah 4/2026")

    [out] = _notices(hub, belian, tmp_path / "r2", ack=False)
    assert (out.kind, out.participant_id, dict(out.data)) == (
        "transfer_out", siti["id"], {"to_kelurahan_code": TANJUNG_UNCANG, "to_kelurahan_name": "Tanjung Uncang"})
    assert out.text.startswith("Peserta ini pindah ke Kelurahan Tanjung Uncang")
    issued = {r.device_id: r for r in hub.issue_receipts(tmp_path / "r3")}
    receipt = uncang.read_receipt(issued[uncang.device_id].data)
    [into] = receipt.notices
    assert (into.kind, into.participant_id, dict(into.data)) == (
        "transfer_in", again["id"], {"from_kelurahan_code": BELIAN, "from_kelurahan_name": "Belian",
                                     "kpj_number": "12345678901"})
    assert "tidak lagi SEMENTARA" in into.text and len(into.text) <= 500
    assert [p.kpj_number for p in receipt.participants if p.participant_id == again["id"]] == ["12345678901"]
    again_out = _notices(hub, belian, tmp_path / "r4")  # carried again until acknowledged, never doubled
    assert [n.notice_id for n in again_out] == [out.notice_id]


def test_a_rejected_bpjs_row_reaches_the_office_with_its_reason(hub: Hub, make_office, clock: Clock,
                                                                tmp_path: Path) -> None:
    clock.now = NOV
    office = make_office(BELIAN, version="0.2.0")
    ani, budi = office.register(2)
    import_bytes(hub, tmp_path / "a", office.bundle())
    hub.export_bpjs(tmp_path / "bpjs.xlsx")
    _notices(hub, office, tmp_path / "r0")
    book = openpyxl.Workbook()
    book.active.append(["NOMOR IDENTITAS", "NO. KEPESERTAAN", "STATUS", "KETERANGAN"])
    book.active.append([ani["nik"], "12345678901", "Diterima", ""])
    book.active.append([budi["nik"], "", "Ditolak", "Sudah terdaftar sebagai peserta di perusahaan lain"])
    book.save(tmp_path / "hasil.xlsx")
    assert hub.import_kpj(tmp_path / "hasil.xlsx", dry_run=True).rejected  # a dry run tells nobody
    assert _notices(hub, office, tmp_path / "r1") == []
    hub.import_kpj(tmp_path / "hasil.xlsx")
    [rejected] = _notices(hub, office, tmp_path / "r2", ack=False)
    assert (rejected.kind, rejected.participant_id, dict(rejected.data)) == (
        "bpjs_rejected", budi["id"], {"reason": "Sudah terdaftar sebagai peserta di perusahaan lain"})
    assert "menolak pendaftaran peserta ini: Sudah terdaftar sebagai peserta di perusahaan lain" in rejected.text
    hub.import_kpj(tmp_path / "hasil.xlsx")  # the same file again: no second notice
    assert [n.notice_id for n in _notices(hub, office, tmp_path / "r3")] == [rejected.notice_id]


def test_waiting_numbers_and_a_deactivation_reach_the_office(hub: Hub, make_office, clock: Clock,
                                                             tmp_path: Path) -> None:
    clock.now = NOV
    hub.set_setting("quota", "2")
    office = make_office(BELIAN, version="0.2.0")
    people = sorted(office.register(4), key=lambda p: p["nik"])
    import_bytes(hub, tmp_path / "a", office.bundle())
    told = {n.participant_id: n for n in _notices(hub, office, tmp_path / "r0")}
    assert {pid: n.data["place"] for pid, n in told.items()} == {people[2]["id"]: 3, people[3]["id"]: 4}
    assert "daftar tunggu nomor 3" in told[people[2]["id"]].text and told[people[2]["id"]].kind == "waiting_list"

    hub.export_bpjs(tmp_path / "bpjs1.xlsx")  # two places given: the two waiting move up to 1 and 2
    told = {n.participant_id: n.data["place"] for n in _notices(hub, office, tmp_path / "r1")}
    assert told == {people[2]["id"]: 1, people[3]["id"]: 2}
    hub.export_bpjs(tmp_path / "bpjs2.xlsx")  # nothing changed: nothing told
    assert _notices(hub, office, tmp_path / "r2") == []

    first = hub.programme.deactivate(people[0]["nik"], "meninggal", on=NOV.date(), note="Surat kematian 9/2026")
    [gone] = _notices(hub, office, tmp_path / "r3")
    assert (gone.kind, gone.participant_id, dict(gone.data)) == (
        "deactivated", people[0]["id"], {"reason": "Meninggal dunia", "effective_month": first})
    assert gone.text.endswith("mulai Desember 2026.")
    hub.export_bpjs(tmp_path / "bpjs3.xlsx")  # the freed place: the first in line gets it, the other moves up
    told = {n.participant_id: n for n in _notices(hub, office, tmp_path / "r4")}
    assert {pid: n.data["place"] for pid, n in told.items()} == {people[2]["id"]: None, people[3]["id"]: 1}
    assert "mendapat tempat dalam kuota" in told[people[2]["id"]].text
