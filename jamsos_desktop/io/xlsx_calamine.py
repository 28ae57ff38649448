"""Read a worksheet with python-calamine (Rust) when the sheet is plain, giving exactly what SheetParser gives.

Calamine reads a 24,300-row sheet several times faster than any Python parser, but it answers in its own
terms: every number a float, every empty cell "", a dense grid (a cell far away costs memory for all the cells
between), spaces trimmed from text not marked xml:space="preserve", error cells empty, no trace of which rows
exist in the file. So a sheet goes to calamine only after SheetScan's quick look at its XML (byte counts and
regular expressions with a literal start, a quarter of a second for that sheet) finds it plain:

- every cell written <c r="A1" ...> and every row <row r="1" ...>, no namespace prefix, no cell beyond the
  limits' columns, at row 100,000 or more or below the last <row>, and the last row times the widest column
  under MAX_GRID_CELLS (calamine's grid stays small; SheetParser keeps only filled cells and refuses a sheet
  past the limits with its own messages);
- no number written with an exponent or a ".0" tail (SheetParser gives a float for those, an int otherwise),
  no error value, no ISO date cell, no text with spaces at an end of an unmarked <t> (here or in the shared
  strings: "Siti " + "Aminah" in rich text would lose its space), no _x000D_ escape.

calamine tells a date from a number by the cell's number format, by its own reading of the format; a whole
sheet is kept only when it found as many dates as the sheet has numbers in the styles openpyxl reads as dates.

While calamine's values are turned into SheetParser's (whole floats into ints, "" into None, a date into a
datetime at midnight where the header may be), a value it may render differently ends the attempt: a whole
float of 2**53 or more (a 16-digit NIK typed as a number must keep every digit, its refusal quotes it), a
time of day, a duration, a date before March 1900, a text over the cell limit, too many rows or merges. The
caller then reads the sheet with SheetParser. One difference remains: a cell holding an empty text reads as an
empty cell (calamine cannot tell them apart; both are blank to every rule).
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from typing import Any

from openpyxl.utils.cell import column_index_from_string

from jamsos_desktop.io import limits
from jamsos_desktop.io.xlsx_stream import Merge, Row

MAX_PART_BYTES = 64 * 1024 * 1024  # a larger sheet XML is read by SheetParser (a city's list is about 25 MB)
# calamine holds the sheet as a dense grid (32 bytes a cell, empty or not) and to_python() lists it again: a
# sheet whose last row times its widest column is larger goes to SheetParser, which keeps only what is filled.
MAX_GRID_CELLS = 4_000_000  # about 100,000 rows of 40 columns: 130 MB in calamine, 32 MB of lists
# A cell reference outside columns A-GR (1-200) and rows 1-99,999 (anything else, lower case included).
_FAR = re.compile(rb'<c r="(?!(?:[A-F]?[A-Z]|G[A-R])[1-9]\d{0,4}")')
# A number SheetParser reads as a float although it is whole (an exponent, a ".0" tail).
_INEXACT = re.compile(rb"<v>[-\d.]*(?:[Ee]|\.0*<)")
_PREFIXED = re.compile(rb":(?:c|row)[\s/>]")  # <x:c ...>: the .NET Open XML SDK's way (names kept apart above)
# Text calamine reads otherwise: spaces at either end of a <t> without xml:space="preserve" (calamine drops
# them, "Siti " + "Aminah" in rich text would become "SitiAminah"), and Excel's _x000D_ escapes.
_TEXT = (re.compile(rb"<t>(?:\s|[^<]*\s</t>)"), re.compile(rb"_x[0-9A-Fa-f]{4}_"))  # each its own literal start
_ROW = re.compile(rb'<row r="(\d+)"')
_TWO_LETTERS = re.compile(rb'<c r="([A-Z]{2})\d')
_EXACT = 2.0**53  # from here a float no longer holds every integer: SheetParser's int is the exact one
_EARLIEST = dt.date(1900, 3, 1)  # before it the 1900 leap-year bug makes readers disagree


def available() -> bool:
    """Whether python-calamine (a compiled extension) loads here: the frozen app's self-test asks."""
    try:
        import python_calamine  # noqa: F401
    except ImportError:
        return False
    return True


class NotPlain(Exception):
    """The sheet needs SheetParser: calamine could read it differently, or a limit is reached."""


class SheetScan:
    """The sheet's XML, checked before calamine reads it: every cell written as <c r="A1" ...> (a cell without
    its reference would be placed by counting, widening calamine's grid) within the columns and rows above,
    and no number whose form SheetParser keeps apart. Raises NotPlain otherwise."""

    def __init__(self, archive: zipfile.ZipFile, target: str) -> None:
        if archive.getinfo(target).file_size > MAX_PART_BYTES:
            raise NotPlain("large")
        data = self.data = archive.read(target)
        start, end = self.start, self.end = data.find(b"<sheetData"), data.rfind(b"</sheetData>")
        if start < 0 or end < start:
            raise NotPlain("no sheetData")
        if (data.count(b"<c", start, end) != data.count(b'<c r="', start, end)
                or data.count(b"<row", start, end) != data.count(b'<row r="', start, end)):
            raise NotPlain("cell or row without its reference first")  # or rich text in an inline string
        if data.find(b' t="e"', start, end) >= 0:
            raise NotPlain("error value")  # "#N/A": SheetParser keeps its text, calamine gives nothing
        if data.find(b' t="d"', start, end) >= 0:
            raise NotPlain("ISO date cell")  # rare (t="d"): not worth comparing the two readings
        for pattern in (_FAR, _INEXACT, _PREFIXED, *_TEXT):
            if pattern.search(data, start, end):
                raise NotPlain(pattern.pattern.decode())
        self._check_grid(data, start, end)
        self._rows: set[int] | None = None

    @staticmethod
    def _check_grid(data: bytes, start: int, end: int) -> None:
        """calamine's grid reaches the last cell's row and column: no cell may lie below the last <row> (rows
        come in order), and the last row times the widest column stays under MAX_GRID_CELLS."""
        last = _ROW.match(data, data.rfind(b'<row r="', start, end))
        last_row = int(last[1]) if last else 0
        if re.compile(rb'<c r="[A-Z]{1,2}(?:' + _above(last_row) + rb')"').search(data, start, end):
            raise NotPlain("a cell below the last row")
        width = 26
        if _TWO_LETTERS.search(data, start, end):
            width = max(column_index_from_string(c.decode()) for c in set(_TWO_LETTERS.findall(data, start, end)))
        if last_row * width > MAX_GRID_CELLS:
            raise NotPlain("large grid")

    def date_cells(self, date_styles: set[int]) -> int:
        """How many cells hold a number in one of these styles (as Excel and openpyxl write such a cell:
        <c r="A1" s="3"> or <c r="A1" s="3" t="n">; another form miscounts, and SheetParser reads the sheet)."""
        data, start, end = self.data, self.start, self.end
        return sum(data.count(b' s="%d">' % style, start, end) + data.count(b' s="%d" t="n">' % style, start, end)
                   for style in date_styles)

    def has_row(self, number: int) -> bool:
        """Whether the file has a <row> element numbered so (an empty row in calamine's grid may have none)."""
        if self._rows is None:
            self._rows = {int(n) for n in _ROW.findall(self.data, self.start, self.end)}
        return number in self._rows


def _above(number: int) -> bytes:
    """A pattern for the decimal numbers greater than `number` (no leading zeros)."""
    digits = str(number)
    options = [rf"[1-9]\d{{{len(digits)},}}"]  # more digits
    for i, digit in enumerate(digits):
        if digit != "9":
            options.append(digits[:i] + f"[{int(digit) + 1}-9]" + rf"\d{{{len(digits) - i - 1}}}")
    return "|".join(options).encode()


def check_strings(archive: zipfile.ZipFile, part: str | None) -> None:
    """The shared strings part, checked once per workbook for text calamine reads otherwise (_TEXT)."""
    if part is not None:
        data = archive.read(part)
        if any(pattern.search(data) for pattern in _TEXT):
            raise NotPlain("shared strings")


class _Values:
    """calamine's values other than str as SheetParser has them, counting the dates (SheetScan.date_cells)."""

    def __init__(self) -> None:
        self.dates = 0

    def __call__(self, value: Any, header: bool) -> Any:
        """(A date stays a date past the header rows: read_xlsx turns SheetParser's datetime at midnight into
        it there anyway.)"""
        cls = value.__class__
        if cls is float:
            if not value.is_integer():
                return value
            if abs(value) >= _EXACT:
                raise NotPlain("big integer")
            return int(value)
        if cls is dt.date:
            if value < _EARLIEST:
                raise NotPlain("date")
            self.dates += 1
            return dt.datetime(value.year, value.month, value.day) if header else value
        if cls is int or cls is bool:
            return value
        raise NotPlain("value")  # a time, a duration, a date with its time: rounding may differ


def sheet_rows(grid: list[list[Any]], scan: SheetScan, max_rows: int | None, header_rows: int,
               date_styles: set[int]) -> list[Row]:
    """SheetParser's rows from calamine's grid (rows from 1, columns from A): rows with data, and an empty row
    only where the file has its <row> and data follows (at most MERGE_SLACK_ROWS in a run). Dates among the
    first `header_rows` + 1 rows (where find_header looks) are datetimes, as SheetParser gives them.

    calamine tells dates by the cells' number formats much as openpyxl does, but by its own reading of them: a
    whole sheet read here must have as many dates as it has numbers in openpyxl's date styles (`date_styles`),
    else SheetParser reads it."""
    _value = _Values()
    rows: list[Row] = []
    blank: list[int] = []
    filled = 0
    longest = limits.MAX_CELL_CHARS
    for number, cells in enumerate(grid, 1):
        end = len(cells)
        while end and cells[end - 1] == "":
            end -= 1
        if not end:
            if len(blank) < limits.MERGE_SLACK_ROWS and scan.has_row(number):
                blank.append(number)
            continue
        header = len(rows) + len(blank) <= header_rows  # its index among the rows: the header is found there
        values = [None if c == "" else c if c.__class__ is str else _value(c, header) for c in cells[:end]]
        if max(map(len, [c for c in values if c.__class__ is str]), default=0) > longest:
            raise NotPlain("long text")
        if blank:
            rows.extend((n, []) for n in blank)
            blank = []
        rows.append((number, values))
        filled += 1
        if filled > limits.MAX_ROWS + 20:
            raise NotPlain("rows")
        if max_rows is not None and len(rows) >= max_rows:
            return rows  # a first look (the header, the sheet to choose): the whole read checks the dates
    if _value.dates != scan.date_cells(date_styles):
        raise NotPlain("dates told apart otherwise than openpyxl does")
    return rows


def sheet_merges(ranges: list[tuple[tuple[int, int], tuple[int, int]]] | None) -> list[Merge]:
    """calamine's merged ranges ((first row, first column), (last row, last column)), from 0, as SheetParser's."""
    merges = [(c0 + 1, r0 + 1, c1 + 1, r1 + 1) for (r0, c0), (r1, c1) in ranges or ()]
    if len(merges) > limits.MAX_MERGES:
        raise NotPlain("merges")
    return merges
