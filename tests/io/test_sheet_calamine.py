"""The calamine path reads every sheet exactly as SheetParser does (empty texts aside), and hands a sheet to
SheetParser whenever calamine could read it differently: the same Table either way, the same refusals."""

from __future__ import annotations

import datetime as dt
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import test_sheet_xlsx_stream
from openpyxl import Workbook
from sheet_helpers import HEADERS, make_nik, person
from test_sheet_xlsx_stream import SHEET, _write

from jamsos_desktop.io import SheetError, Table, read_table, xlsx_calamine, xlsx_reader


def _stream_only(path: Path) -> Table:
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(xlsx_reader, "_calamine_book", lambda *args: None)  # as without python-calamine
        return read_table(path)


@pytest.fixture
def calamine_used(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The sheets calamine read (not handed to SheetParser) during the test."""
    read: list[str] = []
    original = xlsx_reader._read_calamine

    def spy(book: Any, archive: zipfile.ZipFile, name: str, target: str, max_rows: int | None, styles: Any) -> Any:
        result = original(book, archive, name, target, max_rows, styles)
        read.append(name)
        return result

    monkeypatch.setattr(xlsx_reader, "_read_calamine", spy)
    yield read


def _blank_as_none(table: Table) -> list[tuple[int, tuple[Any, ...]]]:
    return [(r.number, tuple(None if c == "" else c for c in r.cells)) for r in table.rows]


def assert_same(path: Path) -> Table | None:
    """Both ways give the same Table, or the same refusal (None then)."""
    try:
        slow = _stream_only(path)
    except SheetError as exc:
        with pytest.raises(SheetError) as caught:
            read_table(path)
        assert str(caught.value) == str(exc)
        return None
    fast = read_table(path)
    assert (fast.headers, fast.header_row, fast.sheet, fast.notes) == (slow.headers, slow.header_row, slow.sheet,
                                                                       slow.notes)
    assert _blank_as_none(fast) == _blank_as_none(slow)
    types = [[type(c) for c in cells] for _, cells in _blank_as_none(fast)]
    assert types == [[type(c) for c in cells] for _, cells in _blank_as_none(slow)]
    return fast


def _book(path: Path, rows: list[list[Any]], *, formats: dict[str, str] | None = None,
          merges: tuple[str, ...] = (), start: int = 1) -> Path:
    wb = Workbook()
    ws = wb.active
    for r, values in enumerate(rows, start):
        for c, value in enumerate(values, 1):
            if value is not None:
                ws.cell(row=r, column=c, value=value)
    for ref, number_format in (formats or {}).items():
        ws[ref].number_format = number_format
    for ref in merges:
        ws.merge_cells(ref)
    wb.save(path)
    return path


def test_a_messy_sheet_reads_the_same(tmp_path: Path, calamine_used: list[str]) -> None:
    rows = [
        ["DAFTAR KADER POSYANDU", None, None, dt.datetime(2025, 9, 26)], [], [],
        ["Tempat/Tgl Lahir", None, *HEADERS],
        ["Tempat", "Tanggal"],
        ["Batam", dt.datetime(1980, 5, 12), *person(1)],
        [None, "12-05-1980", *person(2, NIK=int(make_nik(serial="0002")), No_HP=81234567890, RT=3)],
        [],
        [None, None, *person(3, NIK=float(make_nik(serial="0004")), Tgl_Lahir=dt.datetime(1980, 5, 12))],
        [None, 29353, *person(4, Nama_Lengkap="  Dewi\u00a0 Lestari ", RT=3.5, RW=True)],
    ]
    path = _book(tmp_path / "messy.xlsx", rows, merges=("A4:B4", "A1:C1", "C6:C7"),
                 formats={"B10": "dd/mm/yyyy", "D1": "d mmmm yyyy"})
    table = assert_same(path)
    assert calamine_used == ["Sheet"] and table is not None
    assert table.header_row == 4 and table.headers[:2] == ("Tempat Lahir", "Tanggal Lahir")
    assert [r.number for r in table.rows] == [5, 6, 7, 9, 10]  # row 8 has no <row> in the file: not a blank row


@pytest.fixture
def excel_strings(monkeypatch: pytest.MonkeyPatch) -> None:
    """The shared strings as Excel writes them: a space at the end of a run kept with xml:space="preserve"."""
    monkeypatch.setattr(test_sheet_xlsx_stream, "SHARED", test_sheet_xlsx_stream.SHARED.replace(
        "<r><t>Siti </t></r>", '<r><t xml:space="preserve">Siti </t></r>'))


@pytest.mark.usefixtures("excel_strings")
def test_excel_style_parts_read_the_same(tmp_path: Path, calamine_used: list[str]) -> None:
    """Shared strings (rich text, phonetic runs), booleans, formulas' cached values, a date style."""
    sheet = SHEET.format(p="", colon="", prefix="").replace("<row><c><v>2.17101E+15</v></c><c t=\"s\">",
                                                           '<row r="5"><c r="A5" t="s"><v>5</v></c><c r="B5" t="s">')
    sheet = sheet.replace('<c t="str">', '<c r="C5" t="str">').replace('<c t="e"><v>#N/A</v></c>', "")
    table = assert_same(_write(tmp_path / "excel.xlsx", sheet))
    assert calamine_used == ["Kader"] and table is not None
    assert table.rows[1].cells[:3] == ("2171025205800003", "Budi & Co ", "12-05-1980")


@pytest.mark.usefixtures("excel_strings")
@pytest.mark.parametrize("cells", [
    pytest.param('<c r="GS2"><v>1</v></c>', id="beyond column GR"),
    pytest.param('<c r="A100000"><v>1</v></c>', id="row 100,000"),
    pytest.param('<c r="b2"><v>1</v></c>', id="lower case"),
    pytest.param("<c><v>1</v></c>", id="no reference"),
    pytest.param('<c s="0" r="B2"><v>1</v></c>', id="reference not first"),
    pytest.param('<c r="B2"><v>2171025205800003.0</v></c>', id="whole number with .0"),
    pytest.param('<c r="B2"><v>2.17101E+15</v></c>', id="exponent"),
    pytest.param('<c r="B2"><v>9171025205800003</v></c>', id="integer past 2**53"),
    pytest.param('<c r="B2" s="1"><v>29353.5</v></c>', id="date with a time"),
    pytest.param('<c r="B2" s="1"><v>59</v></c>', id="date before March 1900"),
    pytest.param('<c r="B2" t="inlineStr"><is><t>Siti </t></is></c>', id="space without xml:space"),
    pytest.param('<c r="B2" t="inlineStr"><is><t>   </t></is></c>', id="only spaces"),
    pytest.param('<c r="B2" t="inlineStr"><is><t>a_x000D_b</t></is></c>', id="escape"),
    pytest.param('<c r="B2" t="e"><v>#N/A</v></c>', id="error value"),
])
def test_sheets_calamine_could_misread_go_to_sheetparser(tmp_path: Path, calamine_used: list[str],
                                                         cells: str) -> None:
    sheet = SHEET.format(p="", colon="", prefix="")
    sheet = sheet[:sheet.index("<row><c>")] + f'<row r="5"><c r="A5" t="s"><v>5</v></c>{cells}</row>' + \
        sheet[sheet.index("</sheetData>"):]
    assert_same(_write(tmp_path / "odd.xlsx", sheet))
    assert calamine_used == []


def test_numbers_keep_every_digit(tmp_path: Path, calamine_used: list[str]) -> None:
    nik = int(make_nik(serial="0003"))
    path = _book(tmp_path / "n.xlsx", [HEADERS, person(1, NIK=nik, No_HP=81234567890, RT=1.5)])
    table = assert_same(path)
    assert calamine_used == ["Sheet"] and table is not None
    assert table.rows[0].cells[1] == nik and type(table.rows[0].cells[1]) is int


def test_limits_still_refuse_with_sheetparser_messages(tmp_path: Path) -> None:
    long_text = _book(tmp_path / "long.xlsx", [HEADERS, person(1, Alamat="x" * 20_000)])
    with pytest.raises(SheetError, match="10,000 karakter") as caught:
        read_table(long_text)
    with pytest.raises(SheetError) as again:
        _stream_only(long_text)
    assert str(caught.value) == str(again.value)


def test_without_calamine_the_sheet_is_read_all_the_same(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          calamine_used: list[str]) -> None:
    path = _book(tmp_path / "plain.xlsx", [HEADERS, person(1), person(2)])
    expected = _blank_as_none(read_table(path))
    monkeypatch.setitem(sys.modules, "python_calamine", None)  # `import python_calamine` raises ImportError
    assert _blank_as_none(read_table(path)) == expected
    assert calamine_used == ["Sheet"]  # the first read only
    assert not xlsx_calamine.available()


def test_the_scan_reads_row_numbers_only_when_an_empty_row_needs_them(tmp_path: Path) -> None:
    path = _book(tmp_path / "b.xlsx", [HEADERS, person(1)])
    with zipfile.ZipFile(path) as archive:
        scan = xlsx_calamine.SheetScan(archive, "xl/worksheets/sheet1.xml")
        assert scan.has_row(2) and not scan.has_row(3)



@pytest.mark.usefixtures("excel_strings")
def test_a_formatted_empty_row_between_data_rows_stays_a_blank_row(tmp_path: Path, calamine_used: list[str]) -> None:
    sheet = SHEET.format(p="", colon="", prefix="")
    rows = ('<row r="5" ht="20" customHeight="1"/><row r="6"><c r="A6" t="s"><v>5</v></c>'
            '<c r="B6" t="inlineStr"><is><t>Budi</t></is></c></row><row r="8"><c r="A8" s="0"/></row>'
            '<row r="9"><c r="A9" t="inlineStr"><is><t>2171025205800004</t></is></c></row>')
    sheet = sheet[:sheet.index("<row><c>")] + rows + sheet[sheet.index("</sheetData>"):]
    table = assert_same(_write(tmp_path / "blank.xlsx", sheet))
    assert calamine_used == ["Kader"] and table is not None
    assert [r.number for r in table.rows] == [4, 5, 6, 8, 9]  # 7 is not in the file; 5 and 8 are, empty


@pytest.mark.usefixtures("excel_strings")
@pytest.mark.parametrize("cells", [
    pytest.param('<c r="B9"><v>1</v></c>', id="a cell below the last row"),
    pytest.param('<c r="GR5"><v>1</v></c></row><row r="30000"><c r="A30000"><v>1</v></c>', id="grid too large"),
])
def test_a_sparse_sheet_whose_grid_would_be_large_goes_to_sheetparser(tmp_path: Path, calamine_used: list[str],
                                                                       cells: str) -> None:
    """calamine's grid spans the last row and the widest column, filled or not: SheetParser keeps only what is
    filled, so a sheet with a far corner is read by it (in little memory)."""
    sheet = SHEET.format(p="", colon="", prefix="")
    sheet = sheet[:sheet.index("<row><c>")] + f'<row r="5"><c r="A5" t="s"><v>5</v></c>{cells}</row>' + \
        sheet[sheet.index("</sheetData>"):]
    assert_same(_write(tmp_path / "sparse.xlsx", sheet))
    assert calamine_used == []


def test_a_panic_in_calamine_hands_the_sheet_to_sheetparser(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A Rust panic reaches Python as pyo3's PanicException, a BaseException: the sheet is read all the same."""

    class PanicException(BaseException):
        pass

    class Panicking:
        def get_sheet_by_name(self, name: str) -> None:
            raise PanicException("index out of bounds")

        def close(self) -> None:
            pass

    path = _book(tmp_path / "p.xlsx", [HEADERS, person(1)])
    monkeypatch.setattr(xlsx_reader, "_calamine_book", lambda *args: xlsx_reader._CalamineBook(Panicking(), None))
    assert _blank_as_none(read_table(path)) == _blank_as_none(_stream_only(path))


def test_dates_read_in_custom_formats_agree_with_openpyxls(tmp_path: Path, calamine_used: list[str]) -> None:
    formats = ["[$-421]dd mmmm yyyy", "dd/mm/yyyy;@", '"Tgl "dd', "mmm-yy", "0.00E+00", '#,##0 "d"', "[Red]dd-mm-yy",
               "[$-F800]dddd, mmmm dd, yyyy", "e", '"Rp"#,##0', '0"hari"', 'h "jam"']
    rows: list[list[Any]] = [HEADERS, *([None, None, None, None, 29353] for _ in formats)]
    path = _book(tmp_path / "formats.xlsx", rows, formats={f"E{i}": f for i, f in enumerate(formats, 2)})
    assert_same(path)
    assert calamine_used == ["Sheet"]


def test_dates_told_apart_otherwise_send_the_sheet_to_sheetparser(tmp_path: Path, calamine_used: list[str],
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Should calamine read a number format as a date where openpyxl does not (or the other way round), the
    dates it found and the numbers in openpyxl's date styles differ in number: SheetParser reads the sheet."""
    path = _book(tmp_path / "d.xlsx", [HEADERS, person(1)])
    counted = xlsx_calamine.SheetScan.date_cells
    monkeypatch.setattr(xlsx_calamine.SheetScan, "date_cells", lambda self, styles: counted(self, styles) + 1)
    assert_same(path)
    assert calamine_used == []
