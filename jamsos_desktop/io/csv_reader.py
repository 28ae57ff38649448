"""Read a .csv file into a Table: UTF-8 (with or without BOM) or Windows-1252, comma, semicolon or tab.

Excel on an Indonesian Windows saves "CSV" with semicolons (the comma is the decimal separator there) in the
ANSI code page, so both are tried. The delimiter is the one under which a header row names most columns.
Row numbers are record numbers, which is what Excel shows when it opens the file.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from jamsos_desktop.io import limits
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

DELIMITERS = (";", ",", "\t", "|")


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding name): UTF-8 when the bytes are valid UTF-8 (BOM dropped), else Windows-1252."""
    try:
        return data.decode("utf-8-sig"), "UTF-8"
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined: they become U+FFFD rather than failing the whole file.
        return data.decode("cp1252", errors="replace"), "Windows-1252"


def _parse(text: str, delimiter: str, limit: int | None = None, name: str = "Berkas") -> list[list[str]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[list[str]] = []
    for row in reader:
        if len(row) > limits.MAX_COLUMNS and any(cell.strip() for cell in row[limits.MAX_COLUMNS:]):
            raise limits.too_many_columns(name, f"ke-{len(row):,}")
        if any(len(cell) > limits.MAX_CELL_CHARS for cell in row):
            raise limits.cell_too_long(name, f" di baris {len(rows) + 1:,}")
        rows.append(row[:limits.MAX_COLUMNS])
        if len(rows) > limits.MAX_ROWS + HEADER_SCAN_ROWS:
            raise limits.too_many_rows(name)
        if limit is not None and len(rows) >= limit:
            break
    return rows


def sniff_delimiter(text: str, guess: Guess = guess_target) -> str:
    """The delimiter under which some early row names most columns; ties go to the widest split."""
    best, best_key = DELIMITERS[0], (-1, -1)
    for delimiter in DELIMITERS:
        try:
            head = _parse(text, delimiter, HEADER_SCAN_ROWS)
        except csv.Error:
            continue
        key = (max((header_score(r, guess) for r in head), default=0), max((len(r) for r in head), default=0))
        if key > best_key:
            best, best_key = delimiter, key
    return best


def read_csv(path: Path, *, guess: Guess = guess_target) -> Table:
    """The participant table of a CSV file; raises SheetError when it cannot be read or has no header row."""
    try:
        size = path.stat().st_size
        if size > limits.MAX_CSV_BYTES:
            raise limits.file_too_large(path.name, size, limits.MAX_CSV_BYTES)
        data = path.read_bytes()
    except OSError as exc:
        raise SheetError(f"{path.name} tidak bisa dibaca: {exc}") from exc
    text, encoding = decode(data)
    delimiter = sniff_delimiter(text, guess)
    try:
        rows = _parse(text, delimiter, name=path.name)
    except csv.Error as exc:
        if "field larger" in str(exc):
            raise limits.cell_too_long(path.name, "") from exc
        raise SheetError(f"{path.name} bukan CSV yang sah: {exc}") from exc
    found = find_header(rows, guess)
    if found is None:
        raise HeaderNotFound(f"{path.name}: baris judul kolom (NIK, Nama, ...) tidak ditemukan di "
                         f"{HEADER_SCAN_ROWS} baris pertama.")
    start, span = found
    width = max((len(r) for r in rows), default=0)
    lower = rows[start + 1] if span == 2 else None
    headers = combine_headers(rows[start], lower, width)
    data_rows = [
        SheetRow(number, tuple(list(cells) + [None] * (width - len(cells))))
        for number, cells in enumerate(rows[start + span:], start + span + 1)
    ]
    name = {";": "titik koma", ",": "koma", "\t": "tab", "|": "garis tegak"}[delimiter]
    notes = [f"pengodean {encoding}", f"pemisah {name}", f"judul kolom di baris {start + span}"]
    return Table(headers, drop_trailing_blank(data_rows), start + span, path.name, "", notes)
