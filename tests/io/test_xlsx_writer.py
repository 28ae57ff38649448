"""io/xlsx_writer.py: the streaming workbook writer of the BPJS lists, read back with openpyxl (what Excel and
LibreOffice see), and its traps: identity numbers stay text, strings are never formulas, bad characters go,
the file is complete or absent."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import openpyxl
import pytest

from jamsos_desktop.io.cells import MAX_CELL_TEXT
from jamsos_desktop.io.xlsx_writer import Sheet, write_workbook

SHEET = Sheet("Pendaftaran Kolektif", ["NIK", "Nama", "Tanggal Lahir", "Penghasilan", "Dikirim", "Aktif"],
              [19, 28, 12, 12, 16, 6], frozenset({0}))


def _read(path: Path, title: str = "Pendaftaran Kolektif") -> list[list[openpyxl.cell.Cell]]:
    return [list(r) for r in openpyxl.load_workbook(path)[title].iter_rows()]


def test_values_keep_their_kind_and_identity_numbers_stay_text(tmp_path: Path) -> None:
    path = tmp_path / "list.xlsx"
    rows = [["0812345678901234", "Siti & <Ani>", dt.date(1980, 2, 29), 1_500_000, dt.datetime(2026, 11, 30, 9, 5),
             True],
            [2171010101800001, " spasi di depan ", None, 2.5, None, False],
            ["", "=HYPERLINK(\"http://x\")", dt.date(1899, 1, 1), None, None, None]]
    assert write_workbook(path, [(SHEET, rows)]) == [3]
    head, first, second, third = _read(path)
    assert [c.value for c in head] == list(SHEET.headers)
    assert head[0].font.b
    assert first[0].value == "0812345678901234" and first[0].data_type == "s" and first[0].number_format == "@"
    assert second[0].value == "2171010101800001" and second[0].data_type == "s"  # a number given for a text column
    assert third[0].value is None and third[0].number_format == "@"  # empty, but typing into it stays text
    assert first[1].value == "Siti & <Ani>" and second[1].value == " spasi di depan "
    assert third[1].value == "=HYPERLINK(\"http://x\")" and third[1].data_type == "s"  # a string, never a formula
    assert first[2].value == dt.datetime(1980, 2, 29) and first[2].number_format == "DD-MM-YYYY"
    assert third[2].value == "1899-01-01"  # Excel has no dates before 1900: kept as text, not shifted
    assert first[3].value == 1_500_000 and second[3].value == 2.5
    assert first[4].value == dt.datetime(2026, 11, 30, 9, 5)
    assert first[5].value == "Ya" and second[5].value == "Tidak"
    sheet = openpyxl.load_workbook(path)["Pendaftaran Kolektif"]
    assert sheet.freeze_panes == "B2"
    assert sheet.column_dimensions["B"].width == 28


def test_characters_excel_cannot_hold_are_dropped_and_long_text_cut(tmp_path: Path) -> None:
    path = tmp_path / "list.xlsx"
    rows = [["1", "Ba\x00mb\x1fang\ud800\uffff", None, None, None, None],
            ["2", "x" * (MAX_CELL_TEXT + 10), None, None, None, None]]
    write_workbook(path, [(SHEET, rows)])
    _, first, second = _read(path)
    assert first[1].value == "Bambang"
    assert len(second[1].value) == MAX_CELL_TEXT and second[1].value.endswith("…")


def test_several_sheets_in_order(tmp_path: Path) -> None:
    path = tmp_path / "two.xlsx"
    moves = Sheet("Perubahan Alamat", ["Nomor KPJ", "Alamat Baru"], [13, 30], frozenset({0}), freeze=None)
    counts = write_workbook(path, [(SHEET, iter([])), (moves, iter([["00000000001", "Jl. Laksamana"]]))])
    assert counts == [0, 1]
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Pendaftaran Kolektif", "Perubahan Alamat"]
    assert [[c.value for c in r] for r in wb["Perubahan Alamat"].iter_rows()] == [
        ["Nomor KPJ", "Alamat Baru"], ["00000000001", "Jl. Laksamana"]]
    assert len(list(wb["Pendaftaran Kolektif"].iter_rows())) == 1


def test_a_failure_while_writing_leaves_no_file_and_keeps_an_older_one(tmp_path: Path) -> None:
    path = tmp_path / "list.xlsx"
    write_workbook(path, [(SHEET, [["1", "lama", None, None, None, None]])])
    before = path.read_bytes()

    def rows():  # the database read fails half-way
        yield ["2", "baru", None, None, None, None]
        raise OSError("disk penuh")

    with pytest.raises(OSError):
        write_workbook(path, [(SHEET, rows())])
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["list.xlsx"]
    with pytest.raises(ValueError, match="kolom"):
        write_workbook(tmp_path / "new.xlsx", [(SHEET, [["1", "kurang"]])])
    assert not (tmp_path / "new.xlsx").exists()
    with zipfile.ZipFile(path) as zf:
        assert zf.testzip() is None


def test_many_rows_stream_in_chunks(tmp_path: Path) -> None:
    path = tmp_path / "big.xlsx"
    rows = ([f"{i:016d}", f"Nama {i}", None, i, None, None] for i in range(25_000))
    assert write_workbook(path, [(SHEET, rows)]) == [25_000]
    sheet = openpyxl.load_workbook(path, read_only=True)["Pendaftaran Kolektif"]
    last = list(sheet.iter_rows(min_row=25_001, values_only=True))
    assert last == [("0000000000024999", "Nama 24999", None, 24999, None, None)]
