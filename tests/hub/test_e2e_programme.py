"""The programme end to end with real offices (their services, databases and device keys) over USB sticks, on
SQLite and PostgreSQL: a move between kelurahan keeps the KPJ and fixes both offices' records, and a BPJS
rejection from a return file headed "NOMOR IDENTITAS" with a custom mapping reaches the office with its reason."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import openpyxl
import pytest

from jamsos_desktop.hub.service import Hub
from jamsos_desktop.services import Services
from jamsos_desktop.services.demo import synthetic_records
from jamsos_desktop.services.office import open_office
from jamsos_desktop.services.participants import WrongState
from jamsos_desktop.services.setup import initialize

from .helpers import BELIAN, TANJUNG_UNCANG

PASSWORD = "rahasia123"
KPJ = "12345678901"


@pytest.fixture
def make_office(tmp_path: Path, hub: Hub) -> Iterator[Callable[[str], Services]]:
    opened: list[Services] = []

    def make(kelurahan: str) -> Services:
        office = open_office(tmp_path / f"office-{kelurahan}", startup_backup=False)
        initialize(office, kelurahan=kelurahan, admin_username="admin", admin_password=PASSWORD,
                   approval_required=False)
        svc = Services(office)
        svc.auth.login("admin", PASSWORD)
        hub.enrol(hub.read_enrolment(svc.sync.enrolment()))
        (tmp_path / "hub-identity.json").write_bytes(hub.identity_file())
        svc.sync.trust_hub(tmp_path / "hub-identity.json")
        opened.append(svc)
        return svc

    yield make
    for svc in opened:
        svc.office.close()


def _send(hub: Hub, svc: Services, folder: Path) -> None:
    folder.mkdir(parents=True)
    svc.sync.export_bundle(folder)
    hub.import_paths([folder])


def _answer(hub: Hub, offices: dict[str, Services], folder: Path) -> None:
    """The hub writes its receipts to a stick; each office (by kelurahan code) applies its own."""
    hub.issue_receipts(folder)
    for code, svc in offices.items():
        for file in folder.glob(f"jamsos-receipt-{code}-*.jamsos"):
            svc.sync.apply_receipt_file(file)


def test_a_move_keeps_the_kpj_and_fixes_both_offices_records(hub: Hub, make_office, tmp_path: Path) -> None:
    belian, uncang = make_office(BELIAN), make_office(TANJUNG_UNCANG)
    siti = synthetic_records(1, seed=81, kelurahan_code=BELIAN)[0]
    [old] = belian.participants.register_many([siti])
    _send(hub, belian, tmp_path / "s1")
    hub.export_bpjs(tmp_path / "bpjs1.xlsx")
    (tmp_path / "kpj.csv").write_text(f"NIK;Nomor KPJ\n{siti['nik']};{KPJ}\n", encoding="utf-8")
    assert hub.import_kpj(tmp_path / "kpj.csv").assigned == 1
    _answer(hub, {BELIAN: belian}, tmp_path / "r1")
    assert belian.participants.show(old.id)["kpj_number"] == KPJ

    [new] = uncang.participants.register_many([{**siti, "kelurahan_code": TANJUNG_UNCANG}])  # she moved
    _send(hub, uncang, tmp_path / "s2")
    _answer(hub, {TANJUNG_UNCANG: uncang}, tmp_path / "r2")
    assert uncang.participants.show(new.id)["status"] == "duplicate"
    hub.programme.transfer(nik=siti["nik"], to_kelurahan="Tanjung Uncang", reason="Surat keterangan pindah 5/2026")
    _answer(hub, {BELIAN: belian, TANJUNG_UNCANG: uncang}, tmp_path / "r3")

    assert belian.participants.show(old.id)["moved_to"] == "Tanjung Uncang"  # read only at the old office
    with pytest.raises(WrongState, match="pindah ke Kelurahan Tanjung Uncang"):
        belian.participants.update(old.id, {"address": "Jl. Lama 1"})
    shown = uncang.participants.show(new.id)
    assert shown["kpj_number"] == KPJ and shown["status"] == "active"  # the KPJ came with her: no SEMENTARA card
    assert [n.kind for n in uncang.notices.of_participant(new.id)] == ["transfer_in"]
    assert "Belian" in uncang.notices.of_participant(new.id)[0].text
    export = hub.export_bpjs(tmp_path / "bpjs2.xlsx")
    assert (export.count, export.moves) == (0, 1)  # BPJS gets an address change, not a new registration


def test_a_rejected_bpjs_row_reaches_the_office_with_its_reason(hub: Hub, make_office, tmp_path: Path) -> None:
    office = make_office(BELIAN)
    ani, budi = synthetic_records(2, seed=82, kelurahan_code=BELIAN)
    saved = {p["nik"]: s.id for p, s in zip([ani, budi], office.participants.register_many([ani, budi]),
                                             strict=True)}
    _send(hub, office, tmp_path / "s1")
    hub.export_bpjs(tmp_path / "bpjs1.xlsx")
    book = openpyxl.Workbook()
    book.active.append(["NOMOR IDENTITAS", "NAMA", "NO. KARTU BPJS", "TMT", "HASIL", "KETERANGAN"])
    book.active.append([ani["nik"], ani["full_name"], KPJ, "01-12-2026", "Diterima", ""])
    book.active.append([budi["nik"], budi["full_name"], "", "", "Ditolak", "Tanggal lahir tidak sesuai KTP"])
    book.save(tmp_path / "hasil-bpjs.xlsx")
    mapping = {"NO. KARTU BPJS": "kpj_number", "HASIL": "status"}
    report = hub.import_kpj(tmp_path / "hasil-bpjs.xlsx", mapping=mapping)
    assert report.assigned == 1 and [r.message for r in report.rejected] == ["Tanggal lahir tidak sesuai KTP"]
    _answer(hub, {BELIAN: office}, tmp_path / "r1")

    assert office.participants.show(saved[ani["nik"]])["kpj_number"] == KPJ
    [notice] = office.notices.of_participant(saved[budi["nik"]])
    assert notice.kind == "bpjs_rejected" and "Tanggal lahir tidak sesuai KTP" in notice.text
    office.participants.update(saved[budi["nik"]], {"birth_place": "Tanjungpinang"})  # the office corrects him
    _send(hub, office, tmp_path / "s2")
    rows = list(openpyxl.load_workbook(hub.export_bpjs(tmp_path / "bpjs2.xlsx").path).active.iter_rows(
        values_only=True))
    assert [r[rows[0].index("NIK")] for r in rows[1:]] == [budi["nik"]]  # sent to BPJS again once corrected
