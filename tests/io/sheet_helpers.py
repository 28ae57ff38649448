"""Test helpers for tests/io: valid participant rows and messy workbooks built with openpyxl."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from jamsos_desktop.domain.nik import build

TODAY = dt.date(2025, 10, 1)
SUNGAI_JODOH = "21.71.02.1002"  # kecamatan Batu Ampar, NIK prefix 217102


def make_nik(born: dt.date = dt.date(1980, 5, 12), sex: str = "P", serial: str = "0003",
             kecamatan: str = "217102") -> str:
    return build(kecamatan=kecamatan, birth_date=born, sex=sex, serial=serial)


HEADERS = ["No", "NIK", "Nama Lengkap", "Tempat Lahir", "Tgl Lahir", "JK", "Nama Ibu Kandung", "Alamat", "RT", "RW",
           "Kelurahan", "No HP", "Kategori", "Nama Posyandu"]


def person(n: int = 1, **changes: Any) -> list[Any]:
    """A valid kader posyandu row under HEADERS (women, born 1980-05-12 + n days); keyword = header to change."""
    born = dt.date(1980, 5, 12) + dt.timedelta(days=n)
    row = {
        "No": n, "NIK": make_nik(born, "P", f"{n:04d}"), "Nama Lengkap": f"Siti Aminah {'ABCDEFGHIJ'[n % 10]}",
        "Tempat Lahir": "Batam", "Tgl Lahir": dt.datetime(born.year, born.month, born.day), "JK": "P",
        "Nama Ibu Kandung": "Fatimah", "Alamat": "Jl. Mawar No. 3", "RT": "3", "RW": "12", "Kelurahan": "Sungai Jodoh",
        "No HP": "0812-3456-7890", "Kategori": "Kader Posyandu", "Nama Posyandu": "Melati",
    }
    for key, value in changes.items():
        row[key.replace("_", " ")] = value
    return [row[h] for h in HEADERS]


def write_xlsx(path: Path, rows: Sequence[Sequence[Any]], *, merges: Sequence[str] = (),
               text_columns: Sequence[int] = (), sheet: str = "Data") -> Path:
    """A workbook with `rows` from A1 (title rows included); `text_columns` (1-based) formatted as text."""
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    for r, values in enumerate(rows, 1):
        for c, value in enumerate(values, 1):
            if value is None:
                continue
            cell = ws.cell(row=r, column=c, value=value)
            if c in text_columns:
                cell.number_format = "@"
    for ref in merges:
        ws.merge_cells(ref)
    wb.save(path)
    return path
