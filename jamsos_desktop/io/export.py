"""Export participants to .xlsx: one row per participant with Indonesian headers, beneficiaries on their own
sheet, and a recap per RT/RW and per category with counts per status.

Headers are the app's own field labels, so an exported file imports back as it is (every row then a
duplicate of the participant already registered). Identity numbers, phones and RT/RW are text cells.
Records stream through a write-only workbook, so 100,000 participants do not sit in memory as cells.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from jamsos_desktop.domain.categories import default_categories
from jamsos_desktop.domain.numbers import local_phone
from jamsos_desktop.domain.record import FIELD_LABELS, MARITAL_STATUSES, RELATIONSHIPS
from jamsos_desktop.domain.statuses import STATUS_LABELS
from jamsos_desktop.domain.wilayah import batam
from jamsos_desktop.io.cells import HEADER_FONT, header_cells, set_widths, text_cell, value_cell

Getter = Callable[[dict[str, Any]], Any]


def _date(value: Any) -> Any:
    if isinstance(value, str) and value:
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return value
    return value


def _kelurahan(rec: dict[str, Any]) -> str:
    found = batam().kelurahan_by_code(str(rec.get("kelurahan_code") or ""))
    return found.name if found else str(rec.get("kelurahan_code") or "")


def _kecamatan(rec: dict[str, Any]) -> str:
    found = batam().kelurahan_by_code(str(rec.get("kelurahan_code") or ""))
    return found.kecamatan.name if found else ""


def _category(code: Any) -> str:
    found = default_categories().get(str(code or ""))
    return found.label if found else str(code or "")


def _phone(value: Any) -> str:
    return local_phone(str(value)) if value else ""


def _field(name: str, convert: Callable[[Any], Any] | None = None) -> Getter:
    return lambda rec: convert(rec.get(name)) if convert else rec.get(name)


# (header, getter, text cell?, width)
COLUMNS: list[tuple[str, Getter, bool, float]] = [
    (FIELD_LABELS["nik"], _field("nik"), True, 19),
    (FIELD_LABELS["full_name"], _field("full_name"), False, 28),
    (FIELD_LABELS["birth_place"], _field("birth_place"), False, 16),
    (FIELD_LABELS["birth_date"], _field("birth_date", _date), False, 13),
    (FIELD_LABELS["sex"], _field("sex"), False, 8),
    (FIELD_LABELS["mother_name"], _field("mother_name"), False, 24),
    (FIELD_LABELS["marital_status"], _field("marital_status", lambda v: MARITAL_STATUSES.get(v, v or "")), False, 14),
    (FIELD_LABELS["address"], _field("address"), False, 32),
    (FIELD_LABELS["rt"], _field("rt"), True, 6),
    (FIELD_LABELS["rw"], _field("rw"), True, 6),
    (FIELD_LABELS["kelurahan_code"], _kelurahan, False, 18),
    ("Kecamatan", _kecamatan, False, 16),
    (FIELD_LABELS["phone"], _field("phone", _phone), True, 15),
    (FIELD_LABELS["email"], _field("email"), False, 22),
    (FIELD_LABELS["category"], _field("category", _category), False, 22),
    *[(FIELD_LABELS[f], _field(f), f in ("sk_number", "kusuka_number"), 18)
      for f in ("position", "sk_number", "posyandu_name", "company", "kusuka_number", "farmer_group", "job",
                "work_location")],
    (FIELD_LABELS["declared_income"], _field("declared_income"), False, 14),
    (FIELD_LABELS["programs"], _field("programs", lambda v: ", ".join(v or ())), False, 10),
    (FIELD_LABELS["kpj_number"], _field("kpj_number"), True, 13),
    (FIELD_LABELS["kk_number"], _field("kk_number"), True, 19),
    (FIELD_LABELS["status"], _field("status", lambda v: STATUS_LABELS.get(v, v or "")), False, 16),
]
BENEFICIARY_HEADERS = ["NIK peserta", "Nama peserta", "Nama ahli waris", "Hubungan ahli waris", "Nomor HP ahli waris",
                       "Tanggal lahir ahli waris"]


def write_participants_xlsx(records: Iterable[dict[str, Any]], out_path: str | Path, *, recap: bool = True) -> int:
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
                          value_cell(heirs, ben.get("name")),
                          value_cell(heirs, RELATIONSHIPS.get(ben.get("relationship"), ben.get("relationship"))),
                          text_cell(heirs, _phone(ben.get("phone"))), _value(heirs, _date(ben.get("birth_date")))])
        status = str(rec.get("status") or "")
        by_area[(_kelurahan(rec), str(rec.get("rw") or ""), str(rec.get("rt") or ""), status)] += 1
        by_category[(_category(rec.get("category")), status)] += 1
    if recap:
        _write_recap(wb.create_sheet("Rekap"), by_area, by_category)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(out_path)
    return count


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
