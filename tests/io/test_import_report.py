"""The import report workbook: original rows, outcome, every problem, identity numbers as text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import openpyxl
from sheet_helpers import HEADERS, TODAY, make_nik, person

from jamsos_desktop.io import plan_import, propose_mapping, read_table, write_report


def _report(xlsx: Callable[..., Path], tmp_path: Path, rows: list[list[object]], **kwargs: object) -> openpyxl.Workbook:
    table = read_table(xlsx([["DAFTAR KADER"], HEADERS, *rows]))
    plan = plan_import(table.rows, propose_mapping(table.headers), existing_niks={make_nik(dt.date(1980, 5, 15), "P",
                                                                                           "0003")}, today=TODAY)
    out = write_report(plan, table, tmp_path / "laporan" / "hasil.xlsx", **kwargs)  # type: ignore[arg-type]
    return openpyxl.load_workbook(out)


def test_report_rows_outcomes_and_problems(xlsx: Callable[..., Path], tmp_path: Path) -> None:
    rows = [person(1), person(2, NIK=2171025405800000), [None], person(1), person(3), person(4, Alamat=None, JK="X")]
    wb = _report(xlsx, tmp_path, rows)
    ws = wb["Hasil Impor"]
    header = [c.value for c in ws[1]]
    assert header == ["Baris", *HEADERS, "Hasil", "Masalah"]
    body = [[c.value for c in row] for row in ws.iter_rows(min_row=2)]
    assert [r[0] for r in body] == [3, 4, 6, 7, 8]  # blank sheet row 5 left out
    assert [r[-2] for r in body] == ["Ditambahkan", "Ditolak", "Duplikat", "Duplikat", "Ditolak"]
    assert "format kolom NIK sebagai Teks lalu ketik ulang" in body[1][-1]
    assert body[1][-1].startswith("[NIK] NIK tersimpan sebagai angka")
    assert "NIK sama dengan baris 3" in body[2][-1]
    assert "sudah terdaftar" in body[3][-1]
    refused = body[4][-1].split("\n")
    assert any(line.startswith("[Alamat] Alamat wajib diisi") for line in refused)
    assert any(line.startswith("[JK] Jenis kelamin 'X' tidak dikenal") for line in refused)
    assert any(line.startswith("Peringatan: ") or "] Peringatan: " in line for line in body[0][-1].split("\n"))


def test_report_writes_nik_and_phone_as_text(xlsx: Callable[..., Path], tmp_path: Path) -> None:
    ws = _report(xlsx, tmp_path, [person(1), person(2, NIK=2171025405800000, No_HP=81234567890)])["Hasil Impor"]
    nik_col, phone_col = HEADERS.index("NIK") + 2, HEADERS.index("No HP") + 2
    for row in (2, 3):
        for col in (nik_col, phone_col):
            cell = ws.cell(row=row, column=col)
            assert cell.data_type == "s" and cell.number_format == "@", (row, col, cell.value)
    assert ws.cell(row=3, column=nik_col).value == "2171025405800000"
    assert ws.cell(row=3, column=phone_col).value == "81234567890"


def test_report_summary_and_dry_run_wording(xlsx: Callable[..., Path], tmp_path: Path) -> None:
    wb = _report(xlsx, tmp_path, [person(1), person(1)], dry_run=True)
    assert wb["Hasil Impor"].cell(row=2, column=len(HEADERS) + 2).value == "Akan ditambahkan"
    summary = {row[0]: row[1] for row in wb["Ringkasan"].iter_rows(values_only=True) if row[0]}
    assert summary["Akan ditambahkan"] == 1 and summary["Duplikat (NIK sudah ada)"] == 1
    assert summary["Ditolak"] == 0 and summary["NIK"] == "NIK" and summary["No"] == "(diabaikan)"
    assert "uji coba" in next(iter(summary))


def test_report_never_turns_text_into_formulas_or_breaks_on_control_characters(tmp_path: Path) -> None:
    source = tmp_path / "a.csv"
    source.write_text("NIK;Nama;Alamat\n2171025205800003;Siti\x07 Aminah;=HYPERLINK(\"http://x\")\n",
                      encoding="utf-8")
    table = read_table(source)
    plan = plan_import(table.rows, propose_mapping(table.headers), existing_niks=set(), today=TODAY)
    ws = openpyxl.load_workbook(write_report(plan, table, tmp_path / "r.xlsx"))["Hasil Impor"]
    assert ws["B2"].value == "2171025205800003"
    assert ws["C2"].value == "Siti Aminah"
    assert ws["D2"].data_type == "s" and ws["D2"].value == "=HYPERLINK(\"http://x\")"
