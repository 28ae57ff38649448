"""A lean streaming parser for one worksheet's XML (values only), built on expat.

Why not openpyxl's own read-only rows: on a 24,300-row sheet it spends most of its time building objects per
cell (inline strings become rich-text objects) and, for files without a <dimension> element (those openpyxl
itself writes), it scans the whole sheet once more just to size it. This parser does one pass, keeps only
values, and also collects the merged ranges that read-only worksheets do not expose. Workbook-level parts
(sheet list, shared strings, which styles are dates) still come from openpyxl (see xlsx_reader).

Values follow openpyxl's data_only conventions: shared and inline strings -> str, numbers -> int or float,
numbers in a date style -> datetime, booleans -> bool, formulas -> their cached value (None if none).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import xml.parsers.expat
from collections.abc import Sequence
from typing import IO, Any

from openpyxl.utils.cell import column_index_from_string, range_boundaries
from openpyxl.utils.datetime import from_excel

from jamsos_desktop.io import limits

Merge = tuple[int, int, int, int]  # min_col, min_row, max_col, max_row (1-based)
Row = tuple[int, list[Any]]
_C, _V, _T, _ROW, _IS, _RPH, _MERGE = range(1, 8)
_KINDS = {"c": _C, "v": _V, "t": _T, "row": _ROW, "is": _IS, "rPh": _RPH, "mergeCell": _MERGE}


class _Enough(Exception):
    """Raised from a handler to stop parsing once `max_rows` rows are read."""


class SheetParser:
    def __init__(self, shared_strings: Sequence[str], date_styles: set[int], epoch: dt.datetime,
                 max_rows: int | None = None, name: str = "Berkas") -> None:
        self.name = name
        self.shared = shared_strings
        self.date_styles = {str(s) for s in date_styles}
        self.epoch = epoch
        self.max_rows = max_rows
        self.rows: list[Row] = []
        self.merges: list[Merge] = []
        self._columns: dict[str, int] = {}
        self._kinds: dict[str, int] = {}
        self._row_number = 0
        self._values: list[Any] = []
        self._next_column = 1
        self._cell: tuple[str | None, str, str | None] = (None, "n", None)
        self._text: list[str] = []
        self._collect = False
        self._inline = False
        self._phonetic = False
        self._text_len = 0
        self._filled_rows = 0
        self._blank_rows: list[int] = []  # blank row elements since the last row with data (kept if data follows)

    def parse(self, stream: IO[bytes]) -> tuple[list[Row], list[Merge]]:
        parser = xml.parsers.expat.ParserCreate()
        parser.buffer_text = True
        parser.StartElementHandler = self._start
        parser.EndElementHandler = self._end
        parser.CharacterDataHandler = self._chars
        with contextlib.suppress(_Enough):
            parser.ParseFile(stream)
        return self.rows, self.merges

    def _kind(self, name: str) -> int:
        """The element's kind (_C, _V, ...; 0 for the rest) by its local name: "x:c" in files written by the
        .NET Open XML SDK. Remembered per name, so each of a sheet's million elements costs one dict lookup."""
        kind = self._kinds[name] = _KINDS.get(name.rpartition(":")[2], 0)
        return kind

    def _start(self, name: str, attrs: dict[str, str]) -> None:
        kind = self._kinds.get(name)
        if kind is None:
            kind = self._kind(name)
        if kind == _C:
            self._cell = (attrs.get("r"), attrs.get("t", "n"), attrs.get("s"))
            self._text = []
            self._text_len = 0
        elif kind == _V or (kind == _T and self._inline and not self._phonetic):
            self._collect = True
        elif kind == _ROW:
            number = attrs.get("r")
            self._row_number = int(number) if number else self._row_number + 1
            self._values = []
            self._next_column = 1
        elif kind == _IS:
            self._inline = True
        elif kind == _RPH:
            self._phonetic = True
        elif kind == _MERGE and attrs.get("ref"):
            bounds = range_boundaries(attrs["ref"])
            if None not in bounds:
                self.merges.append(bounds)
                if len(self.merges) > limits.MAX_MERGES:
                    raise limits.part_too_large(self.name)

    def _end(self, name: str) -> None:
        kind = self._kinds.get(name)
        if kind is None:
            kind = self._kind(name)
        if kind == _C:
            self._store()
        elif kind in (_V, _T):
            self._collect = False
        elif kind == _ROW:
            self._end_row()
        elif kind == _IS:
            self._inline = False
        elif kind == _RPH:
            self._phonetic = False

    def _end_row(self) -> None:
        """Keep the row; a run of blank rows is kept only when data follows it (blank rows inside the table are
        reported as blank), so a million formatted empty rows cost no memory. Rows with data are capped."""
        if not self._values:
            if len(self._blank_rows) < limits.MERGE_SLACK_ROWS:
                self._blank_rows.append(self._row_number)
            return
        if self._blank_rows:
            self.rows.extend((n, []) for n in self._blank_rows)
            self._blank_rows = []
        self.rows.append((self._row_number, self._values))
        self._filled_rows += 1
        if self._filled_rows > limits.MAX_ROWS + 20:  # the header and a title block above the data
            raise limits.too_many_rows(self.name)
        if self.max_rows is not None and len(self.rows) >= self.max_rows:
            raise _Enough

    def _chars(self, data: str) -> None:
        if self._collect:
            self._text.append(data)
            self._text_len += len(data)
            if self._text_len > limits.MAX_CELL_CHARS:
                raise limits.cell_too_long(self.name, f" di baris {self._row_number:,}")

    def _column(self, letters: str) -> int:
        """The 1-based index of column letters seen for the first time (then remembered)."""
        column = self._columns[letters] = column_index_from_string(letters)
        return column

    def _store(self) -> None:
        ref, kind, style = self._cell
        column = self._next_column
        if ref:  # "B12" -> 2, the letters' index remembered (each of a sheet's cells comes through here)
            letters = ref.rstrip("0123456789")
            if letters:
                column = self._columns.get(letters) or self._column(letters)
        self._next_column = column + 1
        text = "".join(self._text)
        if kind == "s":  # the common case first: a shared string
            value = self.shared[int(text)] if text else None
        else:
            value = self._value(kind, style, text)
        if value is None:
            return
        if column > limits.MAX_COLUMNS:
            raise limits.too_many_columns(self.name, (ref or "").rstrip("0123456789") or str(column))
        if isinstance(value, str) and len(value) > limits.MAX_CELL_CHARS:  # a long shared string
            raise limits.cell_too_long(self.name, f" di baris {self._row_number:,}")
        values = self._values
        if column > len(values):
            values.extend([None] * (column - len(values)))
        values[column - 1] = value

    def _value(self, kind: str, style: str | None, text: str) -> Any:
        if kind == "s":
            return self.shared[int(text)] if text else None
        if kind in ("inlineStr", "str", "e"):
            return text
        if not text:
            return None
        if kind == "b":
            return text == "1"
        if kind == "d":
            return dt.datetime.fromisoformat(text.rstrip("Z"))
        number: int | float = float(text) if ("." in text or "E" in text or "e" in text) else int(text)
        if style in self.date_styles:
            try:
                return from_excel(number, self.epoch)
            except (ValueError, OverflowError):
                return number
        return number
