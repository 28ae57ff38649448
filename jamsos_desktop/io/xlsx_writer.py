"""A lean streaming .xlsx writer for big lists (the BPJS files of 24,300 rows), written straight as XML.

Why not openpyxl: its write-only mode builds a cell object (with style look-ups) per cell, tens of seconds
for a 24,300-row, 40-column sheet on an office PC. This writer streams each row as a line of SpreadsheetML into
the zip and knows exactly four styles: plain, text ("@", so Excel keeps a NIK's digits), date and header. It
closes the same traps as io/cells.py: identity numbers as text cells, strings always inline strings (never a
formula), no control characters, no text over Excel's cell limit. Files are complete or absent: written to a
temporary name beside the target and renamed.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import escape, quoteattr

from openpyxl.utils import get_column_letter

from jamsos_desktop.io.cells import MAX_CELL_TEXT, clean_text

PLAIN, TEXT, DATE, HEADER, DATETIME = 0, 1, 2, 3, 4
_EPOCH = dt.datetime(1899, 12, 30)
_SPECIAL = re.compile(r"[&<>\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]|^\s|\s$")
_NOT_XML = re.compile(r"[\ud800-\udfff\ufffe\uffff]")  # no XML character (clean_text leaves them)
_STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="2"><numFmt numFmtId="164" formatCode="DD-MM-YYYY"/><numFmt numFmtId="165" formatCode="DD-MM-YYYY HH:MM"/></numFmts>
<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>
<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>
<fill><patternFill patternType="solid"><fgColor rgb="FFDDE7F0"/><bgColor indexed="64"/></patternFill></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>
<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>"""
_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
_RELNS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
_DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


@dataclass(frozen=True)
class Sheet:
    """One worksheet: its title, headers (with widths) and which columns are text (identity numbers)."""

    title: str
    headers: Sequence[str]
    widths: Sequence[float]
    text_columns: frozenset[int] = frozenset()  # 0-based
    freeze: str | None = "B2"


def _string(value: str, style: int) -> str:
    text = clean_text(_NOT_XML.sub("", value))
    if not text:
        return f' s="{style}"/>' if style else "/>"
    space = ' xml:space="preserve"' if text != text.strip() else ""
    return f' t="inlineStr" s="{style}"><is><t{space}>{escape(text)}</t></is></c>'


def _cell(value: Any, text: bool) -> str:
    """The rest of a <c r="A1" ...> element after its reference."""
    if text:
        if value is None:
            return f' s="{TEXT}"/>'
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        return _string(value if isinstance(value, str) else str(value), TEXT)
    if value is None:
        return "/>"
    if isinstance(value, bool):
        return _string("Ya" if value else "Tidak", PLAIN)
    if isinstance(value, int | float) and value == value and abs(value) != float("inf"):
        return f"><v>{value!r}</v></c>" if isinstance(value, float) else f"><v>{value}</v></c>"
    if isinstance(value, dt.datetime) and value.year >= 1900:
        serial = (value - _EPOCH).total_seconds() / 86400
        return f' s="{DATETIME}"><v>{serial!r}</v></c>'
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime) and value.year >= 1900:
        return f' s="{DATE}"><v>{(value - _EPOCH.date()).days}</v></c>'
    return _string(str(value), PLAIN)


class _SheetStream:
    def __init__(self, out: IO[bytes], sheet: Sheet) -> None:
        self.out, self.sheet = out, sheet
        self.letters = [get_column_letter(i) for i in range(1, len(sheet.headers) + 1)]
        self.row = 0

    def start(self) -> None:
        cols = "".join(f'<col min="{i}" max="{i}" width="{w}" customWidth="1"/>'
                       for i, w in enumerate(self.sheet.widths, 1))
        pane = ""
        if self.sheet.freeze:
            col = "".join(ch for ch in self.sheet.freeze if ch.isalpha())
            xsplit = sum((ord(ch) - 64) * 26 ** i for i, ch in enumerate(reversed(col))) - 1
            ysplit = int("".join(ch for ch in self.sheet.freeze if ch.isdigit())) - 1
            pane = (f'<sheetViews><sheetView workbookViewId="0"><pane xSplit="{xsplit}" ySplit="{ysplit}" '
                    f'topLeftCell="{self.sheet.freeze}" activePane="bottomRight" state="frozen"/></sheetView>'
                    "</sheetViews>")
        head = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet {_NS} {_RELNS}>{pane}'
                f"<cols>{cols}</cols><sheetData>")
        self.out.write(head.encode())
        self.row = 1
        cells = "".join(f'<c r="{col}1"{_string(h, HEADER)}' for col, h in zip(self.letters, self.sheet.headers,
                                                                              strict=True))
        self.out.write(f'<row r="1">{cells}</row>'.encode())

    def rows(self, rows: Iterable[Sequence[Any]]) -> int:
        """Append rows; the inner loop is written out for speed (a plain string is the common case)."""
        width = len(self.letters)
        text = self.sheet.text_columns
        pre = [f'<c r="{col}' for col in self.letters]
        head = [f'" t="inlineStr" s="{TEXT if i in text else PLAIN}"><is><t>' for i in range(width)]
        empty = [f'" s="{TEXT}"/>' if i in text else '"/>' for i in range(width)]
        is_text = [i in text for i in range(width)]
        special = _SPECIAL.search
        written, r = 0, self.row
        chunk: list[str] = []
        for values in rows:
            r += 1
            rs = str(r)
            if len(values) != width:
                raise ValueError(f"baris {r}: {len(values)} nilai untuk {width} kolom")
            chunk.append(f'<row r="{rs}">')
            for i, v in enumerate(values):
                if type(v) is str:
                    if not v:
                        chunk += (pre[i], rs, empty[i])
                    elif special(v) is None and len(v) <= MAX_CELL_TEXT:
                        chunk += (pre[i], rs, head[i], v, "</t></is></c>")
                    else:
                        chunk += (pre[i], rs, '"', _string(v, TEXT if is_text[i] else PLAIN))
                elif v is None:
                    chunk += (pre[i], rs, empty[i])
                else:
                    chunk += (pre[i], rs, '"', _cell(v, is_text[i]))
            chunk.append("</row>")
            written += 1
            if len(chunk) >= 20_000:
                self.out.write("".join(chunk).encode())
                chunk.clear()
        self.out.write("".join(chunk).encode())
        self.row = r
        return written

    def end(self) -> None:
        self.out.write(b"</sheetData></worksheet>")


def write_workbook(path: Path, sheets: Sequence[tuple[Sheet, Iterable[Sequence[Any]]]]) -> list[int]:
    """Write `sheets` (each with its rows) to `path`; returns the data rows written per sheet. The file is
    complete or absent (temporary name, fsync, rename)."""
    temp = path.with_name(f".{path.name}.part")
    counts: list[int] = []
    try:
        with zipfile.ZipFile(temp, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
            for n, (sheet, rows) in enumerate(sheets, 1):
                with zf.open(f"xl/worksheets/sheet{n}.xml", "w", force_zip64=True) as out:
                    stream = _SheetStream(out, sheet)
                    stream.start()
                    counts.append(stream.rows(rows))
                    stream.end()
            _write_parts(zf, [s.title for s, _ in sheets])
        with temp.open("rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)
    return counts


def _write_parts(zf: zipfile.ZipFile, titles: list[str]) -> None:
    n = len(titles)
    overrides = "".join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/'
                        'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for i in range(1, n + 1))
    zf.writestr("[Content_Types].xml", (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/'
        'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/'
        'workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        f'spreadsheetml.styles+xml"/>{overrides}</Types>'))
    zf.writestr("_rels/.rels", (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.'
        f'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{_DOC}/officeDocument" '
        'Target="xl/workbook.xml"/></Relationships>'))
    sheets = "".join(f'<sheet name={quoteattr(clean_text(t)[:31])} sheetId="{i}" r:id="rId{i}"/>'
                     for i, t in enumerate(titles, 1))
    zf.writestr("xl/workbook.xml", (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook {_NS} {_RELNS}><sheets>{sheets}'
        "</sheets></workbook>"))
    rels = "".join(f'<Relationship Id="rId{i}" Type="{_DOC}/worksheet" Target="worksheets/sheet{i}.xml"/>'
                   for i in range(1, n + 1))
    zf.writestr("xl/_rels/workbook.xml.rels", (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.'
        f'openxmlformats.org/package/2006/relationships">{rels}<Relationship Id="rId{n + 1}" Type="{_DOC}/styles" '
        'Target="styles.xml"/></Relationships>'))
    zf.writestr("xl/styles.xml", _STYLES)
