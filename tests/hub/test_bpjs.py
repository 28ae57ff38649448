"""The BPJS loop: the collective-registration sheet out, KPJ numbers back in, and the coverage rule."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from jamsos_desktop.domain.tariffs import default_tariffs
from jamsos_desktop.hub import bpjs
from jamsos_desktop.hub.bpjs import HEADERS
from jamsos_desktop.hub.service import Hub

from .conftest import import_bytes
from .helpers import BELIAN, TANJUNG_UNCANG

# DOMAIN.md "Fields BPJS needs for collective registration", each named by a column of the sheet.
BPJS_FIELDS = ["NIK", "Nama Lengkap (sesuai KTP)", "Tempat Lahir", "Tanggal Lahir", "Jenis Kelamin (L/P)", "Alamat",
               "RT", "RW", "Kelurahan", "Kecamatan", "Nomor HP", "E-mail", "Nama Ibu Kandung", "Status Perkawinan",
               "Jenis Pekerjaan", "Lokasi Kerja", "Penghasilan per Bulan (Rp)", "Program", "Jumlah Bulan Iuran",
               "KPJ Sebelumnya", "Nama Ahli Waris", "Hubungan Ahli Waris", "HP Ahli Waris", "Kategori", "Jabatan",
               "Nomor SK", "Nama Posyandu", "Perusahaan Aplikasi", "Nomor KUSUKA", "Kelompok Tani",
               "Tahap Pendanaan"]
TEXT_COLUMNS = ["NIK", "Nomor KK", "Nomor HP", "HP Ahli Waris", "RT", "RW"]


@pytest.fixture
def registered(hub: Hub, make_office, tmp_path: Path) -> dict[str, list[dict]]:
    belian, uncang = make_office(BELIAN), make_office(TANJUNG_UNCANG)
    people = belian.register(4)
    belian.delete(people[3]["id"], "meninggal")
    bad = belian.new_records(1)[0]
    bad["nik"] = "99"
    belian.register_record(bad)
    import_bytes(hub, tmp_path / "a", belian.bundle())
    others = uncang.register(2)
    uncang.register_record(people[0])  # a duplicate: not listed twice
    import_bytes(hub, tmp_path / "b", uncang.bundle())
    return {"belian": people[:3], "uncang": others}


def _sheet(path: Path) -> tuple[list[str], list[list[object]], list[list[openpyxl.cell.Cell]]]:
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Pendaftaran Kolektif", "Perubahan Alamat"]
    rows = list(wb.active.iter_rows())
    return [c.value for c in rows[0]], [[c.value for c in r] for r in rows[1:]], rows[1:]


def test_the_bpjs_sheet_lists_accepted_live_participants_with_text_identity_numbers(
        hub: Hub, registered: dict[str, list[dict]], tmp_path: Path) -> None:
    result = hub.export_bpjs(tmp_path / "bpjs.xlsx")
    headers, values, cells = _sheet(tmp_path / "bpjs.xlsx")
    assert headers == HEADERS
    assert set(BPJS_FIELDS) <= set(headers) and set(TEXT_COLUMNS) <= set(headers)
    expected = {p["nik"] for p in registered["belian"] + registered["uncang"]}
    assert result.count == len(values) == 5
    assert {row[headers.index("NIK")] for row in values} == expected
    for row in cells:
        for name in TEXT_COLUMNS:
            cell = row[headers.index(name)]
            assert cell.number_format == "@"
            assert cell.value is None or cell.data_type == "s"
    first = next(r for r in values if r[headers.index("NIK")] == registered["belian"][0]["nik"])
    assert first[headers.index("Nomor HP")].startswith("08")
    assert first[headers.index("Kelurahan")] == "Belian" and first[headers.index("Kecamatan")] == "Batam Kota"
    assert first[headers.index("Jumlah Bulan Iuran")] == 6
    assert first[headers.index("Tanggal Lahir")] == dt.datetime.fromisoformat(registered["belian"][0]["birth_date"])
    assert hub.report().sent_to_bpjs == 5


def test_kpj_import_assigns_reports_unmatched_and_leaves_the_export(hub: Hub, registered: dict[str, list[dict]],
                                                                    tmp_path: Path) -> None:
    a, b, c = registered["belian"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["DAFTAR KPJ PESERTA BPU APBD KOTA BATAM"])
    ws.append(["No", "NIK", "Nama", "No KPJ"])
    ws.append([1, a["nik"], a["full_name"], "12345678901"])
    ws.append([2, "2171999999990001", "Orang Lain", "12345678902"])  # not in the register
    ws.append([3, int(b["nik"]), b["full_name"], "12345678903"])  # a number cell: digits may be lost
    ws.append([4, c["nik"], c["full_name"], "1234"])  # not 11 digits
    ws.append([5, registered["uncang"][0]["nik"], "", "12345678901"])  # KPJ already given above
    ws.append([6, a["nik"], a["full_name"], "12345678909"])  # a second KPJ for the same person
    path = tmp_path / "kpj.xlsx"
    wb.save(path)
    dry = hub.import_kpj(path, dry_run=True)
    assert dry.assigned == 1 and hub.report().with_kpj == 0
    report = hub.import_kpj(path)
    assert report.assigned == 1
    assert [r.row for r in report.unmatched] == [4]
    assert {r.row for r in report.invalid} == {5, 6}
    assert "angka" in next(r.message for r in report.invalid if r.row == 5)
    assert {r.row for r in report.conflicts} == {7, 8}
    again = hub.import_kpj(path)
    assert (again.assigned, again.already) == (0, 1)
    assert hub.report().with_kpj == 1
    result = hub.export_bpjs(tmp_path / "bpjs.xlsx")
    assert result.count == 4
    _, values, _ = _sheet(tmp_path / "bpjs.xlsx")
    assert a["nik"] not in {row[0] for row in values}


def test_kpj_import_reads_csv_from_indonesian_excel(hub: Hub, registered: dict[str, list[dict]],
                                                    tmp_path: Path) -> None:
    a = registered["belian"][0]
    path = tmp_path / "kpj.csv"
    path.write_bytes(f"NIK;Nomor KPJ\r\n{a['nik']};'01234567890\r\n".encode("cp1252"))
    assert hub.import_kpj(path).assigned == 1


def test_every_registry_field_with_a_bpjs_column_is_on_the_sheet() -> None:
    from jamsos_desktop.domain.registry import FIELDS

    wanted = [spec.bpjs.header for spec in FIELDS if spec.bpjs] + [
        item.bpjs.header for spec in FIELDS for item in spec.items if item.bpjs]
    assert sorted(wanted) == sorted(h for h in HEADERS if h not in ("Kecamatan", "Jumlah Bulan Iuran",
                                                                     "Keterangan Penghasilan", "Tahap Pendanaan"))
    assert HEADERS.index("Tahap Pendanaan") == len(HEADERS) - 1
    assert HEADERS.index("KPJ Sebelumnya") < HEADERS.index("Nomor KK")  # BPJS's own columns first, then Batam's


def test_income_is_never_a_silent_blank(hub: Hub, make_office, tmp_path: Path) -> None:
    belian = make_office(BELIAN)
    entered = belian.register(1, declared_income=2_500_000)[0]
    blank = belian.register(1, declared_income=None)[0]
    import_bytes(hub, tmp_path / "a", belian.bundle())
    hub.export_bpjs(tmp_path / "bpjs.xlsx")
    headers, values, _ = _sheet(tmp_path / "bpjs.xlsx")
    row = {r[headers.index("NIK")]: r for r in values}
    income, note = headers.index("Penghasilan per Bulan (Rp)"), headers.index("Keterangan Penghasilan")
    assert note == income + 1
    assert (row[entered["nik"]][income], row[entered["nik"]][note]) == (2_500_000, None)
    basis = default_tariffs().default_declared_income
    assert row[blank["nik"]][income] == basis == 1_000_000  # what the contribution of Rp16.800 is computed on
    assert row[blank["nik"]][note] == "Dasar iuran program Rp1.000.000 (penghasilan tidak diisi kantor kelurahan)"


def test_an_upload_goes_through_while_the_bpjs_list_is_written(hub: Hub, registered: dict[str, list[dict]],
                                                               make_office, monkeypatch: pytest.MonkeyPatch,
                                                               tmp_path: Path) -> None:
    """The export used to hold the write lock for the whole workbook (18 s for 24,300 rows): an office's upload
    waited. Now, while the file is being written, another thread imports a bundle to the end."""
    late = make_office("21.71.01.1002")  # Pemping's office sends while the export runs
    late.register(2)
    bundle = late.bundle()
    done: list[Any] = []
    real_write = bpjs.write_workbook

    def write_while_uploading(path: Path, sheets: Any) -> list[int]:
        upload = threading.Thread(target=lambda: done.append(import_bytes(hub, tmp_path / "late", bundle)))
        upload.start()
        upload.join(timeout=60)
        assert not upload.is_alive(), "the upload waited for the export"
        return real_write(path, sheets)

    monkeypatch.setattr(bpjs, "write_workbook", write_while_uploading)
    first = hub.export_bpjs(tmp_path / "bpjs.xlsx")
    assert len(done) == 1 and done[0].totals()["accepted"] == 2
    assert first.count in (5, 7)  # SQLite reads the snapshot from before the upload; PostgreSQL may see it
    monkeypatch.setattr(bpjs, "write_workbook", real_write)
    second = hub.export_bpjs(tmp_path / "bpjs2.xlsx")
    assert second.count == 7
    assert hub.report().sent_to_bpjs == 7
