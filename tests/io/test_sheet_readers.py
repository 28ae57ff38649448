"""Reading .xlsx and .csv files: header under a title block, merged cells, encodings, delimiters, row numbers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from sheet_helpers import HEADERS, person

from jamsos_desktop.io import SheetError, read_table, xlsx_reader


def test_xlsx_title_block_merged_header_and_row_numbers(xlsx: Callable[..., Path]) -> None:
    path = xlsx([
        ["DAFTAR KADER POSYANDU KELURAHAN SUNGAI JODOH"],
        ["Tahun 2025"],
        [],
        ["No", "NIK", "Nama Lengkap", "Tempat/Tgl Lahir", None, "Alamat", None, None, "JK"],
        [None, None, None, "Tempat", "Tgl", "Jalan", "RT", "RW", None],
        [1, "2171025205800003", "Siti ", "Batam", dt.datetime(1980, 5, 12), "Jl. Mawar", "3", "12", "P"],
        [],
        [2, "2171020101800004", "Budi", "Medan", "12-05-1980", "Jl. Melati", 4, 12, "L"],
    ], merges=["A1:I1", "D4:E4", "F4:H4", "A4:A5", "B4:B5", "C4:C5", "I4:I5"])
    table = read_table(path)
    assert table.headers == ("No", "NIK", "Nama Lengkap", "Tempat Lahir", "Tgl Lahir", "Alamat Jalan", "RT", "RW",
                             "JK")
    assert table.header_row == 5
    assert [r.number for r in table.rows] == [6, 8]  # sheet row numbers kept across the empty row 7
    assert table.rows[0].cells[4] == dt.date(1980, 5, 12)  # a date cell arrives as a date
    assert table.rows[1].cells[6] == 4  # a number cell stays a number
    assert table.sheet == "Data" and table.source == path.name


def test_merged_header_over_two_columns_without_sub_header(xlsx: Callable[..., Path]) -> None:
    path = xlsx([["NIK", "Nama", "Tempat/Tgl Lahir", None, "RT/RW", None],
                 ["2171025205800003", "Siti", "Batam", "12-05-1980", "3", "12"]], merges=["C1:D1", "E1:F1"])
    assert read_table(path).headers == ("NIK", "Nama", "Tempat Lahir", "Tanggal Lahir", "RT", "RW")


def test_value_merged_down_a_block_of_rows_fills_each_row(xlsx: Callable[..., Path]) -> None:
    path = xlsx([["NIK", "Nama", "Kelurahan"], ["1", "A", "Sungai Jodoh"], ["2", "B"], ["3", "C"], ["4", "D", "Kasu"]],
                merges=["C2:C4"])
    assert [r.cells[2] for r in read_table(path).rows] == ["Sungai Jodoh", "Sungai Jodoh", "Sungai Jodoh", "Kasu"]


def test_numeric_nik_cell_arrives_as_a_number(xlsx: Callable[..., Path]) -> None:
    path = xlsx([["NIK", "Nama"], [2171025205800000, "A"], [2.171025205800003e15, "B"], ["2171025205800003", "C"]])
    cells = [r.cells[0] for r in read_table(path).rows]
    assert cells[0] == 2171025205800000 and isinstance(cells[1], int | float) and cells[2] == "2171025205800003"


def test_data_sheet_chosen_over_a_cover_sheet(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active.title = "Sampul"
    wb.active["A1"] = "Laporan Kelurahan"
    data = wb.create_sheet("Peserta")
    data.append(HEADERS)
    data.append(person(1))
    wb.save(tmp_path / "two.xlsx")
    table = read_table(tmp_path / "two.xlsx")
    assert table.sheet == "Peserta" and len(table.rows) == 1
    assert read_table(tmp_path / "two.xlsx", sheet="Peserta").sheet == "Peserta"
    with pytest.raises(SheetError, match="Lembar 'X' tidak ada"):
        read_table(tmp_path / "two.xlsx", sheet="X")


def test_fallback_reader_without_openpyxl_internals(xlsx: Callable[..., Path], monkeypatch: pytest.MonkeyPatch) -> None:
    path = xlsx([["Judul"], HEADERS, person(1), person(2)])

    def broken(path: Path) -> None:
        raise AttributeError("openpyxl changed")

    monkeypatch.setattr(xlsx_reader, "_open_streaming", broken)
    table = read_table(path)
    assert table.header_row == 2 and [r.number for r in table.rows] == [3, 4]
    assert table.rows[0].cells[1] == person(1)[1]


def test_csv_semicolon_windows_1252(tmp_path: Path) -> None:
    text = "Daftar peserta;;;\r\nNIK;Nama;Alamat;Tgl Lahir\r\n2171025205800003;Siti Aisyah;Jl. Café No. 3;12/05/1980\r\n"
    (tmp_path / "a.csv").write_bytes(text.encode("cp1252"))
    table = read_table(tmp_path / "a.csv")
    assert table.headers == ("NIK", "Nama", "Alamat", "Tgl Lahir")
    assert table.rows[0].number == 3
    assert table.rows[0].cells[2] == "Jl. Café No. 3"
    assert "pengodean Windows-1252" in table.notes and "pemisah titik koma" in table.notes


def test_csv_comma_utf8_with_bom_and_quotes(tmp_path: Path) -> None:
    text = '\ufeffNIK,Nama,Alamat\n2171025205800003,"Aminah, Siti","Jl. Mawar ""3"""\n\n'
    (tmp_path / "b.csv").write_text(text, encoding="utf-8")
    table = read_table(tmp_path / "b.csv")
    assert table.headers == ("NIK", "Nama", "Alamat")
    assert table.rows[0].cells == ("2171025205800003", "Aminah, Siti", 'Jl. Mawar "3"')
    assert "pengodean UTF-8" in table.notes and "pemisah koma" in table.notes


def test_csv_excel_scientific_nik_text_survives_reading(tmp_path: Path) -> None:
    (tmp_path / "c.csv").write_text("NIK;Nama\n2,17103E+15;Siti\n", encoding="utf-8")
    assert read_table(tmp_path / "c.csv").rows[0].cells[0] == "2,17103E+15"


@pytest.mark.parametrize(("name", "content", "says"), [
    ("a.xls", b"\xd0\xcf\x11\xe0", "simpan sebagai .xlsx"),
    ("a.pdf", b"%PDF", "jenis berkas tidak dikenal"),
    ("a.xlsx", b"not a zip", "tidak bisa dibuka sebagai berkas Excel"),
    ("a.csv", b"just,some\nwords,here\n", "baris judul kolom"),
])
def test_unreadable_files_say_why(tmp_path: Path, name: str, content: bytes, says: str) -> None:
    (tmp_path / name).write_bytes(content)
    with pytest.raises(SheetError, match=says):
        read_table(tmp_path / name)


def test_xlsx_without_header_row(xlsx: Callable[..., Path]) -> None:
    with pytest.raises(SheetError, match="tidak ditemukan"):
        read_table(xlsx([["a", "b"], [1, 2]]))
