"""A sheet as read from a file: its header and its data rows, each row keeping its number in the sheet.

`read_table(path)` picks the reader by extension. Both readers hand the first rows to `find_header`, which
scores each of the first 20 rows by how many cells name a known column, so a title block above the table
("DAFTAR KADER POSYANDU KELURAHAN ...") is skipped, and a two-row header (a merged "Tempat/Tgl Lahir" over
"Tempat" and "Tanggal") is read as one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jamsos_desktop.domain.errors import Refused
from jamsos_desktop.io.columns import guess_target

HEADER_SCAN_ROWS = 20
MIN_HEADER_SCORE = 2
Guess = Callable[[Any], str | None]  # header cell -> the column it names (default: a participant sheet's)


class SheetError(Refused):
    """The file cannot be read as a table of participants; the message says why and what to do."""

    code = "sheet"


class HeaderNotFound(SheetError):
    """No row among the first HEADER_SCAN_ROWS names at least two known columns."""


@dataclass(frozen=True)
class SheetRow:
    number: int  # row number as the spreadsheet shows it (1-based, counting title and header rows)
    cells: tuple[Any, ...]


@dataclass
class Table:
    headers: tuple[str, ...]
    rows: list[SheetRow]
    header_row: int  # sheet row number of the (last) header row
    source: str = ""  # file name, for messages and the report
    sheet: str = ""  # worksheet title (empty for CSV)
    notes: list[str] = field(default_factory=list)  # what the reader decided (encoding, delimiter, sheet...)


def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _label(value: Any) -> str:
    return " ".join(str(value).split()) if not is_blank(value) else ""


def header_score(cells: Sequence[Any], guess: Guess = guess_target) -> int:
    """How many different targets a row of header cells names."""
    return len({t for c in cells if not is_blank(c) and (t := guess(c)) is not None})


def find_header(rows: Sequence[Sequence[Any]], guess: Guess = guess_target) -> tuple[int, int] | None:
    """(index of the first header row among `rows`, how many rows the header spans: 1 or 2); None if no row
    names at least two columns. A neighbouring row joins the header when reading the two together names more
    columns: a group row above ("Tempat/Tgl Lahir" over "Tempat" and "Tgl") or sub-headers below."""
    best, best_score = -1, 0
    for i, cells in enumerate(rows[:HEADER_SCAN_ROWS]):
        score = header_score(cells, guess)
        if score > best_score:
            best, best_score = i, score
    if best_score < MIN_HEADER_SCORE:
        return None
    if best + 1 < len(rows) and header_score(combine_headers(rows[best], rows[best + 1]), guess) > best_score:
        return best, 2
    if best > 0 and header_score(combine_headers(rows[best - 1], rows[best]), guess) > best_score:
        return best - 1, 2
    return best, 1


def _sub_label(top: str, sub: str) -> str:
    """A sub-header read in its group's context: "Tempat" under "Tempat/Tgl Lahir" is "Tempat Lahir", "Nama"
    under "Ahli Waris" is "Nama Ahli Waris"."""
    candidates = [f"{sub} {top}", f"{top} {sub}"] if top else []
    if top and guess_target(top) == "birth_place_date":
        candidates.append(f"{sub} Lahir")
    return next((c for c in candidates if guess_target(c) is not None), sub)


def combine_headers(upper: Sequence[Any], lower: Sequence[Any] | None, width: int | None = None) -> tuple[str, ...]:
    """One header per column from one or two header rows: the sub-header (in its group's context) where there
    is one, else the top header. A blank top cell belongs to the group on its left (a merged cell's tail)."""
    lower = lower or ()
    width = width if width is not None else max(len(upper), len(lower))
    out: list[str] = []
    group = ""
    for i in range(width):
        top = _label(upper[i]) if i < len(upper) else ""
        sub = _label(lower[i]) if i < len(lower) else ""
        group = top or group
        out.append(_sub_label(group, sub) if sub else top)
    return tuple(out)


def drop_trailing_blank(rows: list[SheetRow]) -> list[SheetRow]:
    """Formatted but empty rows at the end of a sheet are not part of the table."""
    end = len(rows)
    while end and all(is_blank(c) for c in rows[end - 1].cells):
        end -= 1
    return rows[:end]


def read_table(path: str | Path, *, sheet: str | None = None, guess: Guess = guess_target) -> Table:
    """Read a .xlsx/.xlsm or .csv/.txt file into a Table; raises SheetError with an Indonesian message.
    `guess` recognises the header row (another vocabulary, e.g. the KPJ file BPJS returns)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        from jamsos_desktop.io.xlsx_reader import read_xlsx

        return read_xlsx(path, sheet=sheet, guess=guess)
    if suffix in (".csv", ".txt"):
        from jamsos_desktop.io.csv_reader import read_csv

        return read_csv(path, guess=guess)
    if suffix == ".xls":
        raise SheetError(f"{path.name}: format .xls (Excel 97-2003) tidak didukung: buka di Excel lalu simpan "
                         "sebagai .xlsx (Excel Workbook).")
    raise SheetError(f"{path.name}: jenis berkas tidak dikenal: pilih berkas .xlsx atau .csv.")
