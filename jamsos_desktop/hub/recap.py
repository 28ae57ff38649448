"""Laporan: the monthly recap per kelurahan and category (people and rupiah) and the budget realisation per
month of a budget year, as tables for the page and as PDF / XLSX files for the budget office.

Both read the monthly ledger (hub/ledger.py), the single source of what the city pays: a person counts in a
month when their ledger month is covered, at that month's tariff.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from jamsos_desktop.domain.categories import default_categories
from jamsos_desktop.domain.wilayah import batam
from jamsos_desktop.hub import ledger
from jamsos_desktop.hub.errors import HubRefused
from jamsos_desktop.reports.tables import write_pdf, write_xlsx

MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember"]


def check_month(value: str) -> str:
    try:
        dt.date.fromisoformat(value + "-01")
    except ValueError:
        raise HubRefused("Bulan harus ditulis TTTT-BB, misalnya 2026-11.", reason="bad_month") from None
    return value


def monthly_recap(conn: Connection, month: str) -> dict[str, Any]:
    month = check_month(month)
    cats = default_categories()
    names = {k.code: (k.name, k.kecamatan.name) for k in batam().kelurahan}
    rows = []
    for kel, cat, people, amount in ledger.month_totals(conn, month):
        found = cats.get(cat or "")
        kel_name, kec_name = names.get(kel or "", (kel or "-", "-"))
        rows.append({"kecamatan": kec_name, "kelurahan": kel_name, "category": found.label if found else (cat or "-"),
                     "people": int(people), "amount": int(amount)})
    rows.sort(key=lambda r: (r["kecamatan"], r["kelurahan"], r["category"]))
    return {"month": month, "rows": rows, "people": sum(r["people"] for r in rows),
            "amount": sum(r["amount"] for r in rows)}


def budget_realisation(conn: Connection, year: int) -> dict[str, Any]:
    months = []
    totals = ledger.year_totals(conn, year)
    for i, label in enumerate(MONTHS, 1):
        people, amount = totals.get(f"{year}-{i:02d}", (0, 0))
        months.append({"month": f"{year}-{i:02d}", "label": f"{label} {year}", "people": people, "amount": amount})
    return {"year": year, "months": months, "amount": sum(m["amount"] for m in months)}


def _rp(value: int) -> str:
    return "Rp" + f"{value:,}".replace(",", ".")


def recap_file(recap: dict[str, Any], kind: str) -> tuple[str, bytes]:
    """The monthly recap as a PDF or XLSX file: (file name, bytes)."""
    headers = ["Kecamatan", "Kelurahan", "Kategori", "Peserta", "Iuran (Rp)"]
    title = f"Rekap iuran JKK/JKM APBD Kota Batam bulan {recap['month']}"
    sub = f"{recap['people']} peserta, total {_rp(recap['amount'])}"
    rows = [[r["kecamatan"], r["kelurahan"], r["category"], r["people"], r["amount"]] for r in recap["rows"]]
    return _write(f"rekap-{recap['month']}", kind, title, sub, headers, rows,
                  [["Jumlah", "", "", recap["people"], recap["amount"]]])


def realisation_file(real: dict[str, Any], kind: str) -> tuple[str, bytes]:
    headers = ["Bulan", "Peserta ditanggung", "Iuran (Rp)"]
    title = f"Realisasi anggaran iuran JKK/JKM APBD Kota Batam tahun {real['year']}"
    rows = [[m["label"], m["people"], m["amount"]] for m in real["months"]]
    return _write(f"realisasi-{real['year']}", kind, title, f"Total {_rp(real['amount'])}", headers, rows,
                  [["Jumlah", "", real["amount"]]])


def _write(stem: str, kind: str, title: str, sub: str, headers: list[str], rows: list[list[Any]],
           footer: list[list[Any]]) -> tuple[str, bytes]:
    if kind not in ("pdf", "xlsx"):
        raise HubRefused("Pilih PDF atau XLSX.", reason="bad_kind")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{stem}.{kind}"
        if kind == "pdf":
            write_pdf(path, title=title, subtitle=sub, headers=headers, rows=rows, footer_rows=footer)
        else:
            write_xlsx(path, title=title, subtitle=sub, headers=headers, rows=rows + footer)
        return path.name, path.read_bytes()
