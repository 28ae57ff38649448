"""BPJS's richer return file, end to end on SQLite and PostgreSQL (hub/kpj.py, kpj_file.py, kpj_columns.py): per
row the KPJ, BPJS's membership start date and a status with a reason; accepted rows set the KPJ and the cover
from BPJS's date, rejected rows are kept off the BPJS list until the office corrects them; headers such as
"NOMOR IDENTITAS", a mapping file, and the city's own vocabulary in the hub's data folder."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import openpyxl
import pytest
import sqlalchemy as sa

from jamsos_desktop.hub import schema
from jamsos_desktop.hub.cli import main
from jamsos_desktop.hub.errors import HubRefused
from jamsos_desktop.hub.service import Hub

from .conftest import Clock, import_bytes
from .helpers import BELIAN

NOV = dt.datetime(2026, 11, 20, 3, 0)
HEADERS = ["No", "NOMOR IDENTITAS", "NAMA TENAGA KERJA", "NO. KARTU BARU", "TMT", "STATUS", "KETERANGAN"]


def _return_file(path: Path, rows: list[list[object]], headers: list[str] = HEADERS) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["BPJS Ketenagakerjaan Kantor Cabang Batam Nagoya"])
    sheet.append(["Hasil pendaftaran kolektif Pemerintah Kota Batam"])
    sheet.append(headers)
    for i, row in enumerate(rows, 1):
        sheet.append([i, *row])
    book.save(path)
    return path


def _rejected(hub: Hub, participant_id: str) -> tuple[object, object]:
    p = schema.participant.c
    with hub.store.read() as conn:
        row = conn.execute(sa.select(p.bpjs_rejected_at, p.bpjs_rejected_reason)
                           .where(p.participant_id == participant_id)).one()
    return row.bpjs_rejected_at, row.bpjs_rejected_reason


def _listed(path: Path) -> list[str]:
    rows = list(openpyxl.load_workbook(path, read_only=True).active.iter_rows(values_only=True))
    return [r[rows[0].index("NIK")] for r in rows[1:]]


def test_a_return_file_with_nomor_identitas_a_mapping_dates_and_rejections_imports(
        hub: Hub, make_office, clock: Clock, tmp_path: Path) -> None:
    clock.now = NOV
    office = make_office(BELIAN)
    ani, budi, cici, dodi = office.register(4)
    import_bytes(hub, tmp_path / "a", office.bundle())
    assert hub.export_bpjs(tmp_path / "bpjs1.xlsx").count == 4
    path = _return_file(tmp_path / "hasil.xlsx", [
        [ani["nik"], ani["full_name"], "12345678901", dt.datetime(2026, 11, 5), "Diterima", ""],
        [budi["nik"], budi["full_name"], "", None, "DITOLAK", "NIK tidak sesuai data Dukcapil"],
        [cici["nik"], cici["full_name"], "12345678903", "", "Sukses", ""],
        [dodi["nik"], dodi["full_name"], "", None, "Sedang diproses", ""],
        ["1234", "SALAH", "12345678904", None, "Diterima", ""],
        [ani["nik"][:-1] + "9", "TIDAK ADA", "12345678905", "01-12-2026", "Diterima", ""],
        [cici["nik"], cici["full_name"], "12345678906", "01-01-2024", "Diterima", ""],
    ])
    _return_file(tmp_path / "tanpa-status.xlsx", [[ani["nik"], "A", "12345678901"]], HEADERS[:4])
    with pytest.raises(HubRefused, match="kolom NIK dan kolom KPJ tidak ditemukan"):  # "NO. KARTU BARU" is no known header ...
        hub.import_kpj(tmp_path / "tanpa-status.xlsx")
    mapping = {"NO. KARTU BARU": "kpj_number"}  # ... so the operator names it; the others are recognised
    report = hub.import_kpj(path, mapping=mapping)
    assert (report.assigned, report.already) == (2, 0)
    assert [(r.row, r.message) for r in report.rejected] == [(5, "NIK tidak sesuai data Dukcapil")]
    assert [r.row for r in report.unmatched] == [9]
    assert [(r.row, r.message[:25]) for r in report.invalid] == [
        (7, "Status 'Sedang diproses' "), (8, "NIK harus 16 digit angka."), (10, "Tanggal kepesertaan 01-01")]

    months = hub.programme.person(ani["nik"])["months"]  # cover from BPJS's date: November, not December
    assert [m["month"] for m in months][:2] == ["2026-11", "2026-12"] and months[0]["covered"]
    assert hub.programme.person(cici["nik"])["months"][0]["month"] == "2026-12"  # no date: the month after
    k = schema.kpj.c
    with hub.store.read() as conn:
        since = dict(conn.execute(sa.select(k.kpj_number, k.member_since)).all())
    assert since == {"12345678901": dt.date(2026, 11, 5), "12345678903": None}
    assert _rejected(hub, budi["id"])[1] == "NIK tidak sesuai data Dukcapil"

    again = hub.import_kpj(path, mapping=mapping)  # the same file twice changes nothing
    assert (again.assigned, again.already, again.rejected) == (0, 3, [])
    export = hub.export_bpjs(tmp_path / "bpjs2.xlsx")  # Budi waits for his office's correction; Dodi is re-sent
    assert _listed(tmp_path / "bpjs2.xlsx") == [dodi["nik"]] and export.count == 1

    clock.advance(days=1)
    office.update(budi["id"], full_name=budi["full_name"] + " PUTRA")  # the office corrects him
    import_bytes(hub, tmp_path / "b", office.bundle())
    assert _rejected(hub, budi["id"])[0] is None
    assert sorted(_listed(hub.export_bpjs(tmp_path / "bpjs3.xlsx").path)) == sorted([budi["nik"], dodi["nik"]])
    entry = hub.audit_entries(action="bpjs.import_kpj")[-1]
    assert entry.detail is not None and entry.detail["rejected"] == 1


def test_the_citys_own_vocabulary_in_the_data_folder(hub: Hub, make_office, clock: Clock, tmp_path: Path) -> None:
    clock.now = NOV
    office = make_office(BELIAN)
    ani, budi = office.register(2)
    import_bytes(hub, tmp_path / "a", office.bundle())
    hub.export_bpjs(tmp_path / "bpjs1.xlsx")
    headers = ["No", "ID TK", "NAMA", "KPJ", "HASIL", "CATATAN BPJS"]
    path = _return_file(tmp_path / "hasil.xlsx", [[ani["nik"], "A", "12345678901", "LOLOS", ""],
                                                  [budi["nik"], "B", "", "TIDAK LOLOS", "Sudah terdaftar di PT X"]],
                        headers)
    with pytest.raises(HubRefused, match="tanpa kolom NIK"):
        hub.import_kpj(path)
    own = hub.paths.data_dir / "bpjs_columns.json"
    own.write_text(json.dumps({"return_columns": {"nik": ["ID TK"], "reason": ["catatan bpjs"]},
                               "status_words": {"accepted": ["lolos"], "rejected": ["tidak lolos"]}}),
                   encoding="utf-8")
    report = hub.import_kpj(path)
    assert report.assigned == 1 and [r.message for r in report.rejected] == ["Sudah terdaftar di PT X"]
    own.write_text('{"return_columns": {"nik": "ID TK"}}', encoding="utf-8")
    with pytest.raises(HubRefused, match="bagian 'return_columns' harus berisi daftar"):
        hub.import_kpj(path)
    own.write_text("{oops", encoding="utf-8")
    with pytest.raises(HubRefused, match="bukan JSON yang sah"):
        hub.import_kpj(path)


def test_the_city_renames_the_registration_lists_headers(hub: Hub, make_office, clock: Clock, tmp_path: Path) -> None:
    clock.now = NOV
    office = make_office(BELIAN)
    [ani] = office.register(1)
    import_bytes(hub, tmp_path / "a", office.bundle())
    own = hub.paths.data_dir / "bpjs_columns.json"
    own.write_text(json.dumps({"return_columns": {}, "status_words": {},
                               "registration_headers": {"Nama Lengkap (sesuai KTP)": "NAMA TENAGA KERJA",
                                                        "NIK": "NOMOR IDENTITAS"}}), encoding="utf-8")
    hub.export_bpjs(tmp_path / "bpjs.xlsx")
    header, row = list(openpyxl.load_workbook(tmp_path / "bpjs.xlsx", read_only=True).active.iter_rows(
        values_only=True))
    assert "Nama Lengkap (sesuai KTP)" not in header and row[header.index("NOMOR IDENTITAS")] == ani["nik"]
    assert row[header.index("NAMA TENAGA KERJA")] == ani["full_name"].upper()
    # BPJS's return with the city's own header for the NIK still reads ("NOMOR IDENTITAS" is known).
    (tmp_path / "kpj.csv").write_text(f"NOMOR IDENTITAS;NO KPJ\n{ani['nik']};12345678901\n", encoding="utf-8")
    assert hub.import_kpj(tmp_path / "kpj.csv").assigned == 1
    own.write_text(json.dumps({"return_columns": {}, "status_words": {},
                               "registration_headers": {"Nama Panggilan": "NAMA"}}), encoding="utf-8")
    with pytest.raises(HubRefused, match="'Nama Panggilan' tidak ada di daftar BPJS"):
        hub.export_bpjs(tmp_path / "bpjs2.xlsx")
    own.write_text(json.dumps({"return_columns": {}, "status_words": {},
                               "registration_headers": {"NIK": "Kecamatan"}}), encoding="utf-8")
    with pytest.raises(HubRefused, match="dipakai dua kolom"):
        hub.export_bpjs(tmp_path / "bpjs3.xlsx")


def test_export_bpjs_with_a_mapping_file_on_the_command_line(hub: Hub, make_office, tmp_path: Path, db_url: str,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    office = make_office(BELIAN)
    office.register(1)
    import_bytes(hub, tmp_path / "a", office.bundle())
    mapping = tmp_path / "judul.json"
    base = ["--data-dir", str(tmp_path / "hub"), "--db", db_url, "export-bpjs", "--mapping", str(mapping)]
    mapping.write_text('{"NIK": ""}', encoding="utf-8")
    assert main([*base, "--out", str(tmp_path / "x.xlsx")]) != 0
    assert "tidak berbentuk benar" in capsys.readouterr().err and not (tmp_path / "x.xlsx").exists()
    mapping.write_text('{"NIK": "NOMOR IDENTITAS"}', encoding="utf-8")
    assert main([*base, "--out", str(tmp_path / "bpjs.xlsx")]) == 0
    header = next(openpyxl.load_workbook(tmp_path / "bpjs.xlsx", read_only=True).active.iter_rows(values_only=True))
    assert "NOMOR IDENTITAS" in header and "NIK" not in header
