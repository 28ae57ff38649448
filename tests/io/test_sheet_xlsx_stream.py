"""The streaming sheet parser on files as Excel and other programs write them (openpyxl writes only inline
strings, so these parts are written by hand): shared strings, rich text, booleans, formulas' cached values,
date styles, rows and cells without coordinates, a namespace prefix, merged cells."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest

from jamsos_desktop.io import SheetError, read_table

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
</Types>"""
ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""
WORKBOOK = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="Kader" sheetId="1" r:id="rId1"/></sheets></workbook>"""
WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
</Relationships>"""
STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>
<fills count="1"><fill><patternFill patternType="none"/></fill></fills>
<borders count="1"><border/></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>
</styleSheet>"""
SHARED = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="9" uniqueCount="9">
<si><t>DAFTAR KADER POSYANDU</t></si><si><t>NIK</t></si><si><t>Nama Lengkap</t></si><si><t>Tgl Lahir</t></si>
<si><t>Kelurahan</t></si><si><t>2171025205800003</t></si><si><r><t>Siti </t></r><r><rPr><b/></rPr><t>Aminah</t></r></si>
<si><t>Sei Jodoh</t></si><si><t xml:space="preserve">Budi &amp; Co </t><rPh sb="0" eb="4"><t>phonetic</t></rPh></si>
</sst>"""
SHEET = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<{p}worksheet xmlns{colon}{prefix}="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<{p}dimension ref="A1:F5"/>
<{p}sheetData>
<{p}row r="1"><{p}c r="A1" t="s"><{p}v>0</{p}v></{p}c></{p}row>
<{p}row r="3"><{p}c r="A3" t="s"><{p}v>1</{p}v></{p}c><{p}c r="B3" t="s"><{p}v>2</{p}v></{p}c><{p}c r="C3" t="s"><{p}v>3</{p}v></{p}c><{p}c r="D3" t="s"><{p}v>4</{p}v></{p}c><{p}c r="E3" t="inlineStr"><{p}is><{p}t>Aktif</{p}t></{p}is></{p}c><{p}c r="F3" t="inlineStr"><{p}is><{p}t>Jumlah</{p}t></{p}is></{p}c></{p}row>
<{p}row r="4"><{p}c r="A4" t="s" s="2"><{p}v>5</{p}v></{p}c><{p}c r="B4" t="s"><{p}v>6</{p}v></{p}c><{p}c r="C4" s="1"><{p}v>29353</{p}v></{p}c><{p}c r="D4" t="s"><{p}v>7</{p}v></{p}c><{p}c r="E4" t="b"><{p}v>1</{p}v></{p}c><{p}c r="F4"><{p}f>SUM(1,2)</{p}f><{p}v>3</{p}v></{p}c></{p}row>
<{p}row><{p}c><{p}v>2.17101E+15</{p}v></{p}c><{p}c t="s"><{p}v>8</{p}v></{p}c><{p}c t="str"><{p}f>TEXT(1)</{p}f><{p}v>12-05-1980</{p}v></{p}c><{p}c t="e"><{p}v>#N/A</{p}v></{p}c><{p}c r="F5"><{p}f>A1</{p}f></{p}c></{p}row>
</{p}sheetData>
<{p}mergeCells count="1"><{p}mergeCell ref="A1:F1"/></{p}mergeCells>
</{p}worksheet>"""


def _write(path: Path, sheet: str) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", ROOT_RELS),
                           ("xl/workbook.xml", WORKBOOK), ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS),
                           ("xl/styles.xml", STYLES), ("xl/sharedStrings.xml", SHARED),
                           ("xl/worksheets/sheet1.xml", sheet)]:
            z.writestr(name, text)
    return path


@pytest.mark.parametrize("prefix", ["", "x"])
def test_excel_style_parts(tmp_path: Path, prefix: str) -> None:
    sheet = SHEET.format(p=f"{prefix}:" if prefix else "", colon=":" if prefix else "", prefix=prefix)
    table = read_table(_write(tmp_path / "excel.xlsx", sheet))
    assert table.sheet == "Kader" and table.header_row == 3
    assert table.headers == ("NIK", "Nama Lengkap", "Tgl Lahir", "Kelurahan", "Aktif", "Jumlah")
    assert [r.number for r in table.rows] == [4, 5]
    assert table.rows[0].cells == ("2171025205800003", "Siti Aminah", dt.date(1980, 5, 12), "Sei Jodoh", True, 3)
    assert table.rows[1].cells == (2.17101e15, "Budi & Co ", "12-05-1980", "#N/A", None, None)
    assert "1 sel gabungan" in table.notes


def test_broken_sheet_xml_is_a_sheet_error(tmp_path: Path) -> None:
    broken = SHEET.format(p="", colon="", prefix="").replace("</sheetData>", "")
    with pytest.raises(SheetError, match="berkas mungkin rusak"):
        read_table(_write(tmp_path / "broken.xlsx", broken))


def test_shared_string_index_out_of_range_is_a_sheet_error(tmp_path: Path) -> None:
    bad = SHEET.format(p="", colon="", prefix="").replace("<v>7</v>", "<v>70</v>")
    with pytest.raises(SheetError):
        read_table(_write(tmp_path / "bad.xlsx", bad))
