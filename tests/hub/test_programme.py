"""The programme's life-cycle at the hub, end to end on SQLite and PostgreSQL: the quota and its waiting list, the
monthly ledger and its rupiah totals, renewal by opening funded periods, deactivation, and a move that keeps the
KPJ (hub/persons.py, quota.py, ledger.py, periods.py, renewal.py, coverage.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from jamsos_desktop.domain.errors import Refused
from jamsos_desktop.hub import months
from jamsos_desktop.hub.cli import main
from jamsos_desktop.hub.service import Hub

from .conftest import Clock, import_bytes
from .helpers import BELIAN, TANJUNG_UNCANG

NOV = dt.datetime(2026, 11, 20, 3, 0)


def _listed(path: Path) -> list[str]:
    rows = list(openpyxl.load_workbook(path, read_only=True).active.iter_rows(values_only=True))
    nik = rows[0].index("NIK")
    return [r[nik] for r in rows[1:]]


def _kpj_file(path: Path, pairs: list[tuple[str, str]]) -> Path:
    path.write_text("NIK;Nomor KPJ\n" + "".join(f"{nik};{kpj}\n" for nik, kpj in pairs), encoding="utf-8")
    return path


def test_quota_10_with_15_accepted_sends_10_and_a_death_frees_a_place_for_the_next(
        hub: Hub, make_office, clock: Clock, tmp_path: Path) -> None:
    clock.now = NOV
    hub.set_setting("quota", "10")
    belian, uncang = make_office(BELIAN), make_office(TANJUNG_UNCANG)
    first = belian.register(6)
    import_bytes(hub, tmp_path / "a", belian.bundle())
    clock.advance(hours=1)
    second = sorted(uncang.register(5), key=lambda r: r["nik"])
    import_bytes(hub, tmp_path / "b", uncang.bundle())
    clock.advance(hours=1)
    third = sorted(belian.register(4), key=lambda r: r["nik"])
    import_bytes(hub, tmp_path / "c", belian.bundle())
    assert hub.programme.person(third[-1]["nik"])["place"] == 15  # numbered on arrival: the last of 15 in line

    result = hub.export_bpjs(tmp_path / "bpjs1.xlsx")
    assert (result.count, result.newly_placed, result.waiting, result.quota) == (10, 10, 5, 10)
    sent = {p["nik"] for p in first + second[:4]}  # accepted first; within one arrival, by NIK
    assert set(_listed(tmp_path / "bpjs1.xlsx")) == sent
    line = hub.programme.quota()
    assert (line["held"], line["free"], line["waiting"]) == (10, 0, 5)
    expected = [second[4], *third]
    assert [(w["place"], w["full_name"]) for w in line["line"]] == [
        (i, p["full_name"].upper()) for i, p in enumerate(expected, 1)]
    assert hub.programme.person(third[0]["nik"])["status_label"] == "Daftar tunggu kuota nomor 2"

    again = hub.export_bpjs(tmp_path / "bpjs2.xlsx")  # BPJS has not answered: the same 10, nobody more
    assert (again.count, again.newly_placed) == (10, 0)
    assert set(_listed(tmp_path / "bpjs2.xlsx")) == sent

    clock.advance(days=2)
    belian.delete(first[0]["id"], "meninggal")
    import_bytes(hub, tmp_path / "d", belian.bundle())
    assert hub.programme.person(first[0]["nik"])["status"] == "nonaktif"
    freed = hub.export_bpjs(tmp_path / "bpjs3.xlsx")
    assert (freed.count, freed.newly_placed, freed.waiting) == (10, 1, 4)
    assert set(_listed(tmp_path / "bpjs3.xlsx")) == sent - {first[0]["nik"]} | {second[4]["nik"]}
    assert [w["full_name"] for w in hub.programme.quota()["line"]] == [p["full_name"].upper() for p in third]


def test_two_months_opened_and_the_rupiah_totals_are_people_times_tariff(
        hub: Hub, make_office, clock: Clock, tmp_path: Path) -> None:
    clock.now = NOV
    hub.set_setting("coverage_months", "1")
    belian = make_office(BELIAN)
    richer = belian.register(1, declared_income=2_500_000)[0]  # JKK 1% = 25.000 + JKM 6.800
    plain = belian.register(3, declared_income=None)  # the basis: JKK minimum 10.000 + JKM 6.800 = 16.800
    waiting = belian.register(1)[0]
    import_bytes(hub, tmp_path / "a", belian.bundle())
    hub.export_bpjs(tmp_path / "bpjs.xlsx")
    with_kpj = [richer, *plain]
    hub.import_kpj(_kpj_file(tmp_path / "kpj.csv", [(p["nik"], f"{i:011d}") for i, p in enumerate(with_kpj, 1)]))
    assert hub.recap("2026-12")["people"] == 4  # first cover: the month after the KPJ, for coverage_months
    assert hub.recap("2027-01")["people"] == 0

    clock.now = dt.datetime(2026, 12, 15, 2, 0)
    opened = hub.programme.open_period("2027-01", n_months=1, quota_=24_300, budget=2_000_000)
    assert (opened.renewed, opened.months_added) == (4, 4)
    assert waiting["nik"] not in {p["nik"] for p in with_kpj}
    clock.now = dt.datetime(2027, 1, 20, 2, 0)
    second = hub.programme.open_period("2027-02", n_months=1)
    assert second.period.quota == 24_300  # the quota in force carries on
    for month in ("2027-01", "2027-02"):
        recap = hub.recap(month)
        assert recap["people"] == 4
        assert recap["amount"] == 3 * 16_800 + 31_800 == 82_200
        assert {r["kelurahan"] for r in recap["rows"]} == {"Belian"}  # one row per category in Belian
        assert sum(r["people"] for r in recap["rows"]) == 4
    real = hub.realisation(2027)
    assert [m["amount"] for m in real["months"][:3]] == [82_200, 82_200, 0]
    assert real["amount"] == 164_400
    with pytest.raises(Refused, match="bertumpang tindih"):
        hub.programme.open_period("2027-02", n_months=3)

    # A death on 20 January: January stays paid, February is no longer covered.
    first_free = hub.programme.deactivate(plain[0]["nik"], "meninggal", on=dt.date(2027, 1, 20),
                                          note="Surat keterangan kematian kelurahan")
    assert first_free == "2027-02"
    assert hub.recap("2027-01")["amount"] == 82_200
    assert (hub.recap("2027-02")["people"], hub.recap("2027-02")["amount"]) == (3, 82_200 - 16_800)
    person = hub.programme.person(plain[0]["nik"])
    assert [(m["month"], m["covered"], m["amount"]) for m in person["months"]] == [
        ("2026-12", True, 16_800), ("2027-01", True, 16_800), ("2027-02", False, 0)]
    assert person["months"][-1]["note"] == "Meninggal dunia"
    with pytest.raises(Refused, match="keterangan"):
        hub.programme.deactivate(plain[1]["nik"], "meninggal", on=dt.date(2027, 1, 20), note="")


def test_a_move_keeps_the_kpj_and_its_cover_follows_to_the_new_kelurahan(
        hub: Hub, make_office, clock: Clock, tmp_path: Path) -> None:
    clock.now = NOV
    belian, uncang = make_office(BELIAN), make_office(TANJUNG_UNCANG)
    siti = belian.register(1)[0]
    import_bytes(hub, tmp_path / "a", belian.bundle())
    hub.export_bpjs(tmp_path / "bpjs1.xlsx")
    kpj = _kpj_file(tmp_path / "kpj.csv", [(siti["nik"], "12345678901")])
    assert hub.import_kpj(kpj).assigned == 1
    hub.issue_receipts(tmp_path / "r1")

    clock.advance(days=3)  # she moves: the old office deletes her, the new one registers her again
    belian.delete(siti["id"], "pindah")
    import_bytes(hub, tmp_path / "b", belian.bundle())
    assert hub.recap("2026-12")["people"] == 0  # no home for now: cover stops from next month
    moved = uncang.register_record(siti)
    import_bytes(hub, tmp_path / "c", uncang.bundle())

    receipts = {r.device_id: r for r in hub.issue_receipts(tmp_path / "r2")}
    update = next(p for p in uncang.read_receipt(receipts[uncang.device_id].data).participants
                  if p.participant_id == moved["id"])
    assert update.kpj_number == "12345678901"  # the KPJ belongs to the person: her new record gets it
    assert [(c.month_from, c.month_to) for c in update.coverage_periods] == [("2026-12", "2026-12"),
                                                                             ("2027-01", "2027-05")]
    recap = hub.recap("2026-12")
    assert [(r["kelurahan"], r["people"], r["amount"]) for r in recap["rows"]] == [("Tanjung Uncang", 1, 16_800)]
    assert hub.programme.person(siti["nik"])["status"] == "dibiayai"  # the end for the move was undone
    assert hub.programme.person(siti["nik"])["kelurahan"] == "Tanjung Uncang"
    export = hub.export_bpjs(tmp_path / "bpjs2.xlsx")
    assert (export.count, export.moves) == (0, 1)  # not a new registration for BPJS: an address change
    moves = list(openpyxl.load_workbook(tmp_path / "bpjs2.xlsx")["Perubahan Alamat"].iter_rows(values_only=True))
    row = dict(zip(moves[0], moves[1], strict=True))
    assert (row["Nomor KPJ"], row["NIK"], row["Kelurahan"], row["Kecamatan"]) == (
        "12345678901", siti["nik"], "Tanjung Uncang", "Batu Aji")
    assert hub.export_bpjs(tmp_path / "bpjs3.xlsx").moves == 0  # told once
    again = hub.import_kpj(kpj)  # BPJS's file read again: the same person, not "used by someone else"
    assert (again.assigned, again.already, again.conflicts) == (0, 1, [])


def test_the_coverage_rule_splits_by_budget_year(hub: Hub, make_office, clock: Clock, tmp_path: Path) -> None:
    clock.now = dt.datetime(2026, 10, 15, 3, 0)
    belian = make_office(BELIAN)
    person = belian.register(1, declared_income=2_500_000)[0]
    import_bytes(hub, tmp_path / "a", belian.bundle())
    hub.export_bpjs(tmp_path / "bpjs.xlsx")
    hub.import_kpj(_kpj_file(tmp_path / "kpj.csv", [(person["nik"], "12345678901")]))
    [news] = [r for r in hub.issue_receipts(tmp_path / "r") if r.device_id == belian.device_id]
    [update] = belian.read_receipt(news.data).participants
    assert [(c.month_from, c.month_to, c.budget_year, c.tariff) for c in update.coverage_periods] == [
        ("2026-11", "2026-12", 2026, 31_800), ("2027-01", "2027-04", 2027, 31_800)]
    assert [m["month"] for m in hub.programme.person(person["nik"])["months"]] == list(
        months.span("2026-11", "2027-04"))


def test_months_arithmetic() -> None:
    assert months.add("2026-11", 2) == "2027-01" and months.add("2027-01", -1) == "2026-12"
    assert months.next_after(dt.date(2026, 12, 31)) == "2027-01"
    assert list(months.runs_by_year(["2026-11", "2026-12", "2027-01", "2027-03"])) == [
        ["2026-11", "2026-12"], ["2027-01"], ["2027-03"]]
    for bad in ("2026-13", "2026-1", "Jan 2027", ""):
        with pytest.raises(Refused, match="TTTT-BB"):
            months.check_month(bad)


def test_the_deactivation_list_tells_bpjs_who_left_once(hub: Hub, make_office, clock: Clock, tmp_path: Path) -> None:
    clock.now = NOV
    hub.set_setting("quota", "2")
    belian = make_office(BELIAN)
    dies, leaves, waits = sorted(belian.register(3), key=lambda r: r["nik"])  # one arrival: places by NIK
    dies["beneficiaries"] = [{"name": "Rahmat Hidayat", "relationship": "anak", "phone": "081234567890"}]
    belian.update(dies["id"], beneficiaries=dies["beneficiaries"])
    import_bytes(hub, tmp_path / "a", belian.bundle())
    assert hub.export_bpjs(tmp_path / "bpjs.xlsx").count == 2  # `waits` is third in line: BPJS never heard of them
    hub.import_kpj(_kpj_file(tmp_path / "kpj.csv", [(dies["nik"], "11111111111")]))

    clock.advance(days=5)
    belian.delete(dies["id"], "meninggal")
    belian.delete(waits["id"], "keluar")
    import_bytes(hub, tmp_path / "b", belian.bundle())
    hub.programme.deactivate(leaves["nik"], "pindah_luar", on=dt.date(2026, 11, 24), note="Pindah ke Tanjungpinang")
    assert hub.programme.export_deactivations(tmp_path / "nonaktif.xlsx") == 2
    rows = list(openpyxl.load_workbook(tmp_path / "nonaktif.xlsx").active.iter_rows(values_only=True))
    head = rows[0]
    listed = {r[head.index("NIK")]: dict(zip(head, r, strict=True)) for r in rows[1:]}
    assert set(listed) == {dies["nik"], leaves["nik"]}
    dead = listed[dies["nik"]]
    assert (dead["Nomor KPJ"], dead["Alasan Nonaktif"], dead["Berhenti Mulai Bulan"]) == (
        "11111111111", "Meninggal dunia", "2026-12")
    assert (dead["Nama Ahli Waris"], dead["HP Ahli Waris"]) == ("RAHMAT HIDAYAT", "081234567890")
    gone = listed[leaves["nik"]]
    assert (gone["Nomor KPJ"], gone["Alasan Nonaktif"], gone["Catatan"]) == (
        None, "Pindah ke luar Kota Batam", "Pindah ke Tanjungpinang")
    assert gone["Nama Ahli Waris"] is None  # only a death needs the beneficiary
    assert hub.programme.export_deactivations(tmp_path / "lagi.xlsx") == 0  # told once


def _covered_december(hub: Hub, make_office, clock: Clock, tmp_path: Path) -> list[dict]:
    clock.now = NOV
    hub.set_setting("coverage_months", "1")
    belian = make_office(BELIAN)
    people = sorted(belian.register(3, declared_income=None), key=lambda r: r["nik"])
    import_bytes(hub, tmp_path / "a", belian.bundle())
    hub.export_bpjs(tmp_path / "bpjs.xlsx")
    hub.import_kpj(_kpj_file(tmp_path / "kpj.csv", [(p["nik"], f"{i:011d}") for i, p in enumerate(people, 1)]))
    return people


def test_a_bpjs_bill_with_a_missing_and_an_extra_person_is_reconciled(
        hub: Hub, make_office, clock: Clock, tmp_path: Path) -> None:
    a, b, c = _covered_december(hub, make_office, clock, tmp_path)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["TAGIHAN IURAN BPU APBD KOTA BATAM DESEMBER 2026"])
    ws.append(["No", "NIK", "No KPJ", "Nama", "Bulan", "Iuran (Rp)"])
    ws.append([1, a["nik"], "00000000001", a["full_name"], "12/2026", "Rp 16.800"])
    ws.append([2, None, "00000000002", b["full_name"], "2026-12", 20_000])  # by KPJ; billed too much
    ws.append([3, "2171019999990001", "99999999999", "Orang Lain", "2026-12", 16_800])  # not the city's
    ws.append([4, a["nik"], "00000000001", a["full_name"], "2026-12", 16_800])  # billed twice
    ws.append([5, "2171019999990002", "", "Salah Bulan", "2026-11", 16_800])
    ws.append([6, "2171019999990003", "", "Salah Angka", "2026-12", "enam belas ribu"])
    wb.save(tmp_path / "tagihan.xlsx")
    report = hub.programme.reconcile_bill(tmp_path / "tagihan.xlsx", month="2026-12")
    assert (report.ledger_people, report.ledger_amount) == (3, 3 * 16_800)
    assert (report.billed_rows, report.billed_amount, report.matched) == (4, 16_800 + 20_000 + 16_800 * 2, 1)
    assert [(x.row, x.nik) for x in report.not_registered] == [(5, "2171019999990001")]
    assert [(x.nik, x.expected, x.row) for x in report.not_billed] == [(c["nik"], 16_800, 0)]  # missing: c
    assert [(x.row, x.billed, x.expected) for x in report.differences] == [(4, 20_000, 16_800), (6, 16_800, 0)]
    assert [x.row for x in report.invalid] == [7, 8]
    assert "bukan 2026-12" in report.invalid[0].message and "Iuran" in report.invalid[1].message
    assert report.difference == 20_000 + 16_800 * 2 + 16_800 - 3 * 16_800


def test_a_bill_with_other_headers_reads_with_a_mapping_file(
        hub: Hub, make_office, clock: Clock, tmp_path: Path, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    a, b, c = _covered_december(hub, make_office, clock, tmp_path)
    bill = tmp_path / "tagihan.csv"
    bill.write_text("NOMOR IDENTITAS;NAMA;NO KPJ;IURAN BULAN INI\n"
                    + "".join(f"{p['nik']};{p['full_name']};;16800\n" for p in (a, b, c)), encoding="utf-8")
    with pytest.raises(Refused, match="--mapping") as refused:
        hub.programme.reconcile_bill(bill, month="2026-12")
    assert "'IURAN BULAN INI'" in str(refused.value)
    mapping = tmp_path / "pemetaan.json"
    mapping.write_text('{"IURAN BULAN INI": "amount", "NO KPJ": null}', encoding="utf-8")
    report = hub.programme.reconcile_bill(bill, month="2026-12", mapping=mapping)
    assert (report.matched, report.not_billed, report.not_registered, report.differences) == (3, [], [], [])
    capsys.readouterr()
    code = main(["--data-dir", str(tmp_path / "hub"), "--db", db_url, "import-bill", str(bill), "--month", "2026-12",
                 "--mapping", str(mapping)])
    out = capsys.readouterr().out
    assert code == 0 and "Cocok: 3 orang." in out and "Selisih Rp0." in out
    mapping.write_text('{"IURAN BULAN INI": "uang"}', encoding="utf-8")
    with pytest.raises(Refused, match="yang bisa: nik, kpj_number"):
        hub.programme.reconcile_bill(bill, month="2026-12", mapping=mapping)


def test_a_corrected_nik_keeps_its_place(hub: Hub, make_office, clock: Clock, tmp_path: Path) -> None:
    clock.now = NOV
    hub.set_setting("quota", "1")
    belian = make_office(BELIAN)
    first, second = sorted(belian.register(2), key=lambda r: r["nik"])
    import_bytes(hub, tmp_path / "a", belian.bundle())
    assert hub.export_bpjs(tmp_path / "bpjs1.xlsx").newly_placed == 1
    typo = belian.new_records(1)[0]  # the NIK on the card was mistyped: the office corrects it
    belian.update(first["id"], nik=typo["nik"], birth_date=typo["birth_date"], sex=typo["sex"])
    clock.advance(days=1)
    import_bytes(hub, tmp_path / "b", belian.bundle())
    assert hub.programme.person(typo["nik"])["status"] == "dibiayai"
    export = hub.export_bpjs(tmp_path / "bpjs2.xlsx")
    assert (export.count, export.newly_placed, export.waiting) == (1, 0, 1)
    assert _listed(tmp_path / "bpjs2.xlsx") == [typo["nik"]]
    assert hub.programme.quota()["line"][0]["full_name"] == second["full_name"].upper()
