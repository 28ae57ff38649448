"""Export participants to .xlsx: one row per participant with Indonesian headers, beneficiaries on their own
sheet, and a recap per RT/RW and per category with counts per status.

Columns are the registry's export columns (domain/registry.py), headed by the app's own field labels, so an
exported file imports back as it is (every row then a duplicate of the participant already registered).
Identity numbers, phones and RT/RW are text cells. Records stream through a write-only workbook, so 100,000 participants do not sit in memory as cells.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from jamsos_desktop.domain.fields import FieldSpec
from jamsos_desktop.domain.registry import BENEFICIARY_FIELDS, FIELDS, field
from jamsos_desktop.domain.statuses import STATUS_LABELS
from jamsos_desktop.domain.wilayah import batam
from jamsos_desktop.io.cells import HEADER_FONT, header_cells, set_widths, text_cell, value_cell
from jamsos_desktop.safefile import atomic_output

Getter = Callable[[Mapping[str, Any]], Any]
KELURAHAN, CATEGORY = field("kelurahan_code"), field("category")


def _kecamatan(rec: Mapping[str, Any]) -> str:
    found = batam().kelurahan_by_code(str(rec.get("kelurahan_code") or ""))
    return found.kecamatan.name if found else ""


def _field(spec: FieldSpec) -> Getter:
    return lambda rec: spec.shown(rec.get(spec.name))


def _columns() -> list[tuple[str, Getter, bool, float]]:
    """(header, getter, text cell?, width): every registry field with an export column, in registry order, and
    the kecamatan (for reading; import ignores it) after the kelurahan."""
    columns: list[tuple[str, Getter, bool, float]] = []
    for spec in FIELDS:
        if spec.export is not None:
            columns.append((spec.export.header, _field(spec), spec.export.as_text, spec.export.width))
        if spec.name == "kelurahan_code":
            columns.append(("Kecamatan", _kecamatan, False, 16))
    return columns


COLUMNS = _columns()
BENEFICIARY_HEADERS = ["NIK peserta", "Nama peserta", *(f.label for f in BENEFICIARY_FIELDS)]


def write_participants_xlsx(records: Iterable[Mapping[str, Any]], out_path: str | Path, *, recap: bool = True) -> int:
    """Write participants (record dicts as the services return them) to `out_path`; returns how many."""
    out_path = Path(out_path)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Peserta")
    set_widths(ws, [c[3] for c in COLUMNS])
    ws.freeze_panes = "C2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}1"
    ws.append(header_cells(ws, [c[0] for c in COLUMNS]))
    heirs = wb.create_sheet("Ahli Waris")
    set_widths(heirs, [19, 28, 28, 18, 16, 14])
    heirs.append(header_cells(heirs, BENEFICIARY_HEADERS))
    by_area: Counter[tuple[str, str, str, str]] = Counter()
    by_category: Counter[tuple[str, str]] = Counter()
    count = 0
    for rec in records:
        count += 1
        ws.append([text_cell(ws, get(rec)) if as_text else _value(ws, get(rec)) for _, get, as_text, _ in COLUMNS])
        for ben in rec.get("beneficiaries") or ():
            heirs.append([text_cell(heirs, rec.get("nik")), value_cell(heirs, rec.get("full_name")),
                          *(text_cell(heirs, f.shown(ben.get(f.name))) if f.export and f.export.as_text
                            else _value(heirs, f.shown(ben.get(f.name))) for f in BENEFICIARY_FIELDS)])
        status = str(rec.get("status") or "")
        by_area[(KELURAHAN.shown(rec.get("kelurahan_code")), str(rec.get("rw") or ""), str(rec.get("rt") or ""),
                 status)] += 1
        by_category[(CATEGORY.shown(rec.get("category")), status)] += 1
    if recap:
        _write_recap(wb.create_sheet("Rekap"), by_area, by_category)
    with atomic_output(out_path, make_parents=True) as tmp:  # a full stick never leaves half a workbook
        wb.save(tmp)
    return count


def write_participants_csv(records: Iterable[Mapping[str, Any]], out_path: str | Path) -> int:
    """The same columns as the workbook's "Peserta" sheet as CSV (UTF-8 with a byte-order mark, so Excel shows
    names with accents right), beneficiaries in one last column; written under a temporary name."""
    count = 0
    with (atomic_output(Path(out_path), make_parents=True) as tmp,
          open(tmp, "w", encoding="utf-8-sig", newline="") as fh):
        writer = csv.writer(fh)
        writer.writerow([c[0] for c in COLUMNS] + ["Ahli waris"])
        for rec in records:
            count += 1
            cells = [_csv_text(get(rec)) for _, get, _, _ in COLUMNS]
            heirs = "; ".join(", ".join(_csv_text(f.shown(b.get(f.name))) for f in BENEFICIARY_FIELDS
                                        if b.get(f.name) not in (None, ""))
                              for b in rec.get("beneficiaries") or ())
            writer.writerow([*cells, heirs])
    return count


def _csv_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.strftime("%d-%m-%Y")
    return str(value)


def _value(ws: WriteOnlyWorksheet, value: Any) -> Any:
    cell = value_cell(ws, value)
    if isinstance(value, dt.date):
        cell.number_format = "DD-MM-YYYY"
    elif isinstance(value, int) and not isinstance(value, bool):
        cell.number_format = "#,##0"
    return cell


def _status_order(statuses: Iterable[str]) -> list[str]:
    seen = set(statuses)
    return [s for s in STATUS_LABELS if s in seen] + sorted(seen - set(STATUS_LABELS))


def _write_recap(ws: WriteOnlyWorksheet, by_area: Counter[tuple[str, str, str, str]],
                 by_category: Counter[tuple[str, str]]) -> None:
    statuses = _status_order([k[-1] for k in by_area])
    labels = [STATUS_LABELS.get(s, s or "(tanpa status)") for s in statuses]
    set_widths(ws, [24, 8, 8] + [14] * len(statuses) + [10])
    ws.append([value_cell(ws, "Rekap per RT/RW", font=HEADER_FONT)])
    ws.append(header_cells(ws, ["Kelurahan", "RW", "RT", *labels, "Jumlah"]))
    areas = sorted({k[:3] for k in by_area})
    for area in areas:
        counts = [by_area[(*area, s)] for s in statuses]
        ws.append([value_cell(ws, area[0]), text_cell(ws, area[1]), text_cell(ws, area[2]),
                   *[value_cell(ws, n) for n in counts], value_cell(ws, sum(counts))])
    totals = [sum(n for k, n in by_area.items() if k[-1] == s) for s in statuses]
    ws.append([value_cell(ws, "Jumlah", font=HEADER_FONT), None, None, *[value_cell(ws, n) for n in totals],
               value_cell(ws, sum(totals), font=HEADER_FONT)])
    ws.append([])
    ws.append([value_cell(ws, "Rekap per kategori", font=HEADER_FONT)])
    ws.append(header_cells(ws, ["Kategori", "", "", *labels, "Jumlah"]))
    for category in sorted({k[0] for k in by_category}):
        counts = [by_category[(category, s)] for s in statuses]
        ws.append([value_cell(ws, category), None, None, *[value_cell(ws, n) for n in counts],
                   value_cell(ws, sum(counts))])
