"""Read BPJS's return file into rows the KPJ import can use, and the rows it cannot (with row number and why).

Per row: the NIK (16 digits), and either BPJS's acceptance (a KPJ of 11 digits, and the membership start date
when the file has that column) or BPJS's rejection (the status column says so, with the reason from the reason
column, else the status text itself). Without a status column every row with a KPJ is an acceptance, as the
first return files were. Which column is which: kpj_columns.py.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jamsos_desktop.domain.numbers import is_digits, is_kpj
from jamsos_desktop.hub.errors import HubRefused
from jamsos_desktop.hub.kpj_columns import HOW_TO_NAME_COLUMNS, Vocabulary, find_columns, guesser
from jamsos_desktop.io.dates import DateUnreadable, parse_cell_date
from jamsos_desktop.io.table import HEADER_SCAN_ROWS, HeaderNotFound, SheetError, is_blank, read_table
from jamsos_desktop.io.values import CellProblem, cell_text, identity_text, small_number_text

PROGRAMME_START = dt.date(2025, 9, 1)  # the city's cover began in September 2025
MAX_AHEAD_DAYS = 92
MAX_REASON = 300


@dataclass(frozen=True)
class KpjRow:
    row: int
    nik: str
    kpj: str
    message: str


@dataclass(frozen=True)
class ReturnRow:
    """One usable row: accepted (kpj, start) or rejected (reason)."""

    row: int
    nik: str
    kpj: str
    start: dt.date | None = None
    rejected: str | None = None


def _table(path: Path, mapping: dict[str, str | None] | None, words: Vocabulary) -> Any:
    try:
        return read_table(path, guess=guesser(mapping, words))
    except HeaderNotFound as exc:
        if mapping:
            named = ", ".join(f"'{h}'" for h, f in mapping.items() if f)
            raise HubRefused(f"{path.name}: baris judul dengan kolom {named} dari berkas pemetaan tidak ditemukan di "
                             f"{HEADER_SCAN_ROWS} baris pertama. Samakan judul di berkas pemetaan dengan judul di "
                             "berkas KPJ.") from exc
        raise HubRefused(f"{path.name}: baris judul dengan kolom NIK dan kolom KPJ tidak ditemukan di "
                         f"{HEADER_SCAN_ROWS} baris pertama. {HOW_TO_NAME_COLUMNS}") from exc
    except SheetError as exc:
        raise HubRefused(str(exc)) from exc


def _start(cell: Any, today: dt.date) -> dt.date | None:
    """BPJS's membership start date, or None when the cell is empty; raises ValueError with what is wrong."""
    try:
        day = parse_cell_date(cell, today=today)
    except DateUnreadable as exc:
        raise ValueError(f"Tanggal kepesertaan tidak terbaca: {exc}") from exc
    if day is not None and not PROGRAMME_START <= day <= today + dt.timedelta(days=MAX_AHEAD_DAYS):
        raise ValueError(f"Tanggal kepesertaan {day:%d-%m-%Y} di luar masa program (mulai "
                         f"{PROGRAMME_START:%d-%m-%Y}, paling lambat tiga bulan dari hari ini): periksa berkas BPJS.")
    return day


def _getter(cells: list[Any], cols: dict[str, int]) -> Callable[[str], Any]:
    return lambda name: cells[cols[name]] if name in cols else None


def read_return(path: Path, *, today: dt.date, words: Vocabulary, mapping: dict[str, str | None] | None,
                invalid: list[KpjRow]) -> list[ReturnRow]:
    """The usable rows of the file; the others are appended to `invalid` with the reason."""
    table = _table(path, mapping, words)
    cols = find_columns(table.headers, mapping, words)
    width = max(cols.values()) + 1
    rows: list[ReturnRow] = []
    for row in table.rows:
        cells = list(row.cells) + [None] * (width - len(row.cells))
        if all(is_blank(c) for c in cells):
            continue
        cell = _getter(cells, cols)
        kpj = small_number_text(cell("kpj_number")) if "kpj_number" in cols else ""
        try:
            nik = identity_text(cell("nik"), "NIK")
        except CellProblem as exc:
            invalid.append(KpjRow(row.number, str(cell("nik") or ""), kpj, str(exc)))
            continue
        if not is_digits(nik, 16):
            invalid.append(KpjRow(row.number, nik, kpj, "NIK harus 16 digit angka."))
            continue
        status_text = cell_text(cell("status")).strip()
        verdict = words.status_of(status_text) if status_text else ("accepted" if kpj or "status" not in cols else None)
        if verdict is None:
            shown = status_text[:40] or "(kosong)"
            invalid.append(KpjRow(row.number, nik, kpj, f"Status '{shown}' tidak dikenal: tulis 'Diterima' atau "
                                                        "'Ditolak', atau tambahkan kata itu ke bpjs_columns.json."))
        elif verdict == "rejected":
            reason = " ".join(cell_text(cell("reason")).split()) or status_text
            rows.append(ReturnRow(row.number, nik, kpj, rejected=reason[:MAX_REASON]))
        elif not is_kpj(kpj):
            hint = " (angka nol di depan mungkin hilang: format kolom KPJ sebagai Teks)" if kpj.isdigit() else ""
            invalid.append(KpjRow(row.number, nik, kpj, f"Nomor KPJ harus 11 digit angka{hint}."))
        else:
            try:
                rows.append(ReturnRow(row.number, nik, kpj, start=_start(cell("start_date"), today)))
            except ValueError as exc:
                invalid.append(KpjRow(row.number, nik, kpj, str(exc)))
    return rows
