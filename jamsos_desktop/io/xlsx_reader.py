"""Read an .xlsx sheet into a Table: calamine or xlsx_stream reads the sheet's cells, openpyxl the workbook.

openpyxl's ExcelReader gives the sheet list (and, for xlsx_stream, the shared strings and which cell styles
are dates), without opening every worksheet (load_workbook(read_only=True) sizes each sheet, a full extra pass
when a file has no <dimension>). A plain sheet is read by python-calamine (xlsx_calamine.py says which are
plain), every other one by xlsx_stream's SheetParser; both give the same rows. Should those openpyxl internals
change, the reader falls back to load_workbook's read-only rows, without merged-cell information.

Merged cells matter in two places: a header merged across columns (its label is spread over the span) and a
value merged down a block of rows (a kelurahan or RW written once for many people), copied into every row.
"""

from __future__ import annotations

import bisect
import datetime as dt
import warnings
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import WINDOWS_EPOCH

from jamsos_desktop.io import limits, xlsx_calamine
from jamsos_desktop.io.columns import guess_target
from jamsos_desktop.io.table import (
    HEADER_SCAN_ROWS,
    Guess,
    HeaderNotFound,
    SheetError,
    SheetRow,
    Table,
    combine_headers,
    drop_trailing_blank,
    find_header,
    header_score,
)
from jamsos_desktop.io.xlsx_stream import Merge, Row, SheetParser

SheetLoader = Callable[[int | None], tuple[list[Row], list[Merge]]]  # max rows -> (rows, merges)
_SPLIT_PAIRS = {"birth_place_date": ("Tempat Lahir", "Tanggal Lahir"), "rt_rw": ("RT", "RW")}


def _open_streaming(path: Path) -> tuple[dict[str, SheetLoader], Callable[[], None]]:
    """{sheet title: loader} reading cells with calamine where the sheet is plain, else with SheetParser, and a
    close function. SheetParser's shared strings and date styles are read only when a sheet needs them."""
    from openpyxl.reader.excel import ExcelReader

    reader = ExcelReader(str(path), read_only=True, data_only=True)
    try:
        reader.read_manifest()
        reader.read_workbook()
        targets = [(sheet.name, rel.target) for sheet, rel in reader.parser.find_sheets()
                   if rel.target in reader.valid_files and "chartsheet" not in rel.Type]
        book = _calamine_book(path, reader) if reader.wb.epoch == WINDOWS_EPOCH else None
    except BaseException:
        reader.archive.close()
        raise
    styles: list[set[int]] = []
    parts: list[tuple[Sequence[str], set[int], dt.datetime]] = []
    fallback: list[dict[str, SheetLoader]] = []

    def date_styles() -> set[int]:
        """The cell styles whose number format openpyxl reads as a date (the styles part, read once)."""
        if not styles:
            from openpyxl.styles.stylesheet import apply_stylesheet

            with warnings.catch_warnings():  # as in _open
                warnings.simplefilter("ignore", UserWarning)
                apply_stylesheet(reader.archive, reader.wb)
            styles.append(set(reader.wb._date_formats))
        return styles[0]

    def parser_parts() -> tuple[Sequence[str], set[int], dt.datetime]:
        if not parts:
            dates = date_styles()
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", UserWarning)
                reader.read_strings()
            parts.append((reader.shared_strings, dates, reader.wb.epoch))
        return parts[0]

    def fallback_loader(name: str) -> SheetLoader:
        """What _open falls back to when openpyxl's parts fail (here found out only when a sheet needs them)."""
        if not fallback:
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore", UserWarning)
                    sheets, close_fallback = _open_fallback(path)
            except Exception as exc:
                raise SheetError(f"{path.name} tidak bisa dibuka sebagai berkas Excel (.xlsx): {exc}") from exc
            closers.append(close_fallback)
            fallback.append(sheets)
        return fallback[0][name]

    def loader(name: str, target: str) -> SheetLoader:
        def load(max_rows: int | None) -> tuple[list[Row], list[Merge]]:
            if book is not None:
                try:
                    return _read_calamine(book, reader.archive, name, target, max_rows, date_styles)
                except xlsx_calamine.NotPlain:
                    pass
                try:
                    shared, dates, epoch = parser_parts()
                except Exception:
                    return fallback_loader(name)(max_rows)
            else:
                shared, dates, epoch = parser_parts()
            with reader.archive.open(target) as stream:
                return SheetParser(shared, dates, epoch, max_rows, path.name).parse(stream)
        return load

    closers: list[Callable[[], None]] = [reader.archive.close]
    if book is not None:
        closers.append(book.close)
    else:
        try:  # without calamine, as before: the workbook's parts read now, a failure falls back in _open
            parser_parts()
        except BaseException:
            reader.archive.close()
            raise

    def close() -> None:
        for close_one in closers:
            close_one()

    return {name: loader(name, target) for name, target in targets}, close


# Not calamine's failures: anything else it may raise is, a Rust panic included (pyo3 raises it as
# PanicException, a BaseException, which `except Exception` would let through to the clerk as a traceback).
_NOT_FAILURES = (KeyboardInterrupt, SystemExit, GeneratorExit)


class _CalamineBook:
    """python-calamine's workbook with the shared strings part, checked once (xlsx_calamine.check_strings)."""

    def __init__(self, workbook: Any, strings_part: str | None) -> None:
        self.workbook = workbook
        self.strings_part = strings_part
        self.strings_checked = False

    def close(self) -> None:
        self.workbook.close()


def _calamine_book(path: Path, reader: Any) -> _CalamineBook | None:
    """python-calamine's workbook, or None when calamine is missing or cannot open the file (SheetParser will)."""
    try:
        from python_calamine import CalamineWorkbook
    except ImportError:
        return None
    from openpyxl.xml.constants import SHARED_STRINGS

    try:
        strings = reader.package.find(SHARED_STRINGS)
        return _CalamineBook(CalamineWorkbook.from_path(str(path)), strings.PartName[1:] if strings else None)
    except BaseException as exc:
        if isinstance(exc, _NOT_FAILURES):
            raise
        return None


def _read_calamine(book: _CalamineBook, archive: zipfile.ZipFile, name: str, target: str, max_rows: int | None,
                   date_styles: Callable[[], set[int]]) -> tuple[list[Row], list[Merge]]:
    """The sheet's rows and merges as SheetParser gives them; NotPlain when SheetParser must read it."""
    scan = xlsx_calamine.SheetScan(archive, target)
    try:
        dates = date_styles()
    except Exception as exc:  # a styles part openpyxl cannot read: SheetParser's path decides what follows
        raise xlsx_calamine.NotPlain("styles") from exc
    if not book.strings_checked:
        xlsx_calamine.check_strings(archive, book.strings_part)
        book.strings_checked = True
    try:
        sheet = book.workbook.get_sheet_by_name(name)
        grid = sheet.to_python(skip_empty_area=False)
        ranges = sheet.merged_cell_ranges
    except BaseException as exc:  # calamine's own errors, and a panic: SheetParser decides
        if isinstance(exc, _NOT_FAILURES):
            raise
        raise xlsx_calamine.NotPlain("calamine") from exc
    return (xlsx_calamine.sheet_rows(grid, scan, max_rows, HEADER_SCAN_ROWS, dates),
            xlsx_calamine.sheet_merges(ranges))


def _open_fallback(path: Path) -> tuple[dict[str, SheetLoader], Callable[[], None]]:
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)

    def loader(ws: Any) -> SheetLoader:
        def load(max_rows: int | None) -> tuple[list[Row], list[Merge]]:
            # never trust the sheet's <dimension>: read at most the limits, whatever it claims
            rows = ws.iter_rows(min_row=1, min_col=1, max_row=min(max_rows or limits.MAX_ROWS + 20,
                                                                  limits.MAX_ROWS + 20),
                                max_col=limits.MAX_COLUMNS, values_only=True)
            return [(n, list(values)) for n, values in enumerate(rows, 1)], []
        return load

    return {ws.title: loader(ws) for ws in wb.worksheets}, wb.close


def check_sizes(path: Path) -> None:
    """Refuse, before any XML is parsed, a file whose parts are far larger than a participant list (a zip bomb,
    a 200 MB cell in the shared strings)."""
    try:
        size = path.stat().st_size
        if size > limits.MAX_FILE_BYTES:
            raise limits.file_too_large(path.name, size)
        with zipfile.ZipFile(path) as archive:
            for info in archive.infolist():
                name = info.filename.lower()
                cap = (limits.MAX_SHARED_STRINGS_BYTES if name.endswith("sharedstrings.xml")
                       else limits.MAX_PART_BYTES)
                if info.file_size > cap:
                    raise limits.part_too_large(path.name)
    except (OSError, zipfile.BadZipFile, ValueError) as exc:
        if isinstance(exc, SheetError):
            raise
        raise SheetError(f"{path.name} tidak bisa dibuka sebagai berkas Excel (.xlsx): {exc}") from exc


def _open(path: Path) -> tuple[dict[str, SheetLoader], Callable[[], None]]:
    check_sizes(path)
    # A damaged or foreign file can fail anywhere inside openpyxl (zip, XML, descriptor type checks); whatever
    # the cause, the clerk gets one SheetError, never a traceback. The fallback also covers changed internals.
    try:
        with warnings.catch_warnings():  # openpyxl warns about parts it ignores (styles, extensions): not ours
            warnings.simplefilter("ignore", UserWarning)
            return _open_streaming(path)
    except Exception:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", UserWarning)
                return _open_fallback(path)
        except Exception as exc:
            raise SheetError(f"{path.name} tidak bisa dibuka sebagai berkas Excel (.xlsx): {exc}") from exc


def _choose_sheet(sheets: dict[str, SheetLoader], wanted: str | None, guess: Guess) -> str:
    if wanted is not None:
        if wanted not in sheets:
            raise SheetError(f"Lembar '{wanted}' tidak ada; yang ada: {', '.join(sheets)}.")
        return wanted
    if not sheets:
        raise SheetError("Berkas Excel ini tidak berisi lembar data.")
    if len(sheets) == 1:
        return next(iter(sheets))
    scores = {name: max((header_score(v, guess) for _, v in load(HEADER_SCAN_ROWS)[0]), default=0)
              for name, load in sheets.items()}
    return max(scores, key=lambda name: scores[name])  # the first sheet among equals


def check_merges(name: str, rows: list[Row], merges: list[Merge]) -> None:
    """A merged range reaching far below the data or beyond the column limit is refused (one such range, over
    a billion rows, would otherwise take minutes to spread)."""
    last_row = max((number for number, values in rows if values), default=0)
    for min_col, min_row, max_col, max_row in merges:
        if max_row > last_row + limits.MERGE_SLACK_ROWS or max_col > limits.MAX_COLUMNS:
            ref = f"{get_column_letter(min(min_col, 16384))}{min_row}:{get_column_letter(min(max_col, 16384))}{max_row}"
            raise limits.merge_beyond_data(name, ref, last_row)


def _apply_merges(rows: list[Row], merges: list[Merge], header_rows: set[int]) -> None:
    """Spread merged header labels across their columns and copy merged data values down their first column."""
    by_number = {number: values for number, values in rows}
    numbers = sorted(by_number)
    for min_col, min_row, max_col, max_row in merges:
        first = by_number.get(min_row)
        if first is None or len(first) < min_col or first[min_col - 1] is None:
            continue
        value = first[min_col - 1]
        for number in numbers[bisect.bisect_left(numbers, min_row):bisect.bisect_right(numbers, max_row)]:
            values = by_number[number]
            last = max_col if number in header_rows else min_col
            if len(values) < last:
                values.extend([None] * (last - len(values)))
            for column in range(min_col, last + 1):
                if values[column - 1] is None:
                    values[column - 1] = value


def _split_spanned_pairs(headers: list[str]) -> list[str]:
    """A header such as "Tempat/Tgl Lahir" merged over exactly two columns names each of them."""
    out = list(headers)
    for i in range(len(out) - 1):
        pair = _SPLIT_PAIRS.get(guess_target(out[i]) or "")
        if pair and out[i] == out[i + 1] and (i + 2 >= len(out) or out[i + 2] != out[i]):
            out[i], out[i + 1] = pair
    return out


def read_xlsx(path: Path, *, sheet: str | None = None, guess: Guess = guess_target) -> Table:
    """The participant table of an .xlsx file (the named sheet, else the sheet whose header names most columns)."""
    sheets, close = _open(path)
    try:
        title = _choose_sheet(sheets, sheet, guess)
        rows, merges = sheets[title](None)
    except SheetError:
        raise
    except Exception as exc:  # see _open: a damaged sheet is the clerk's SheetError
        raise SheetError(f"{path.name}: lembar tidak bisa dibaca, berkas mungkin rusak ({exc}). Buka di Excel lalu "
                         "simpan ulang sebagai .xlsx.") from exc
    finally:
        close()
    check_merges(path.name, rows, merges)
    found = find_header([values for _, values in rows[:HEADER_SCAN_ROWS]], guess)
    if found is None:
        raise HeaderNotFound(f"{path.name}, lembar '{title}': baris judul kolom (NIK, Nama, ...) tidak ditemukan "
                         f"di {HEADER_SCAN_ROWS} baris pertama.")
    start, span = found
    _apply_merges(rows, merges, {rows[start + k][0] for k in range(span)})
    width = max((len(v) for _, v in rows), default=0)
    lower = rows[start + 1][1] if span == 2 else None
    headers = _split_spanned_pairs(list(combine_headers(rows[start][1], lower, width)))
    data = [SheetRow(number, _padded(values, width)) for number, values in rows[start + span:]]
    header_row = rows[start + span - 1][0]
    notes = [f"lembar '{title}'", f"judul kolom di baris {header_row}"]
    if merges:
        notes.append(f"{len(merges)} sel gabungan")
    return Table(tuple(headers), drop_trailing_blank(data), header_row, path.name, title, notes)


def _padded(values: list[Any], width: int) -> tuple[Any, ...]:
    if dt.datetime in set(map(type, values)):  # the readers give plain datetimes; most rows have none
        values = [v.date() if isinstance(v, dt.datetime) and v.time() == _MIDNIGHT else v for v in values]
    return (*values, *(None,) * (width - len(values)))


_MIDNIGHT = dt.time()
