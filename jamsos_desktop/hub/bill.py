"""Reconcile BPJS's bill for one month against the ledger: who is billed, who should be, and for how much.

The bill is an .xlsx or .csv list with a NIK or KPJ column and an amount column (optionally a name and a
month). Columns are recognised by their headers (`ALIASES`), or named with a mapping file (`--mapping FILE`, a
JSON object {"HEADER AS IN THE FILE": "nik" | "kpj_number" | "full_name" | "amount" | "month" | null}). Each
billed row is matched to the person by NIK, else by KPJ, and compared with that person's ledger month
(hub/ledger.py):
- billed but not in the register, or not covered by the city that month: `not_registered`;
- covered in the ledger but not on the bill: `not_billed`;
- on both with a different amount, or billed twice: `differences`.
Rows that cannot be read (no NIK or KPJ, an amount that is not a number, another month) are `invalid`. Nothing
in the register changes: the report is for the budget office and for BPJS.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection

from jamsos_desktop.domain.numbers import is_digits, is_kpj
from jamsos_desktop.hub import schema as t
from jamsos_desktop.hub.devices import kelurahan_name
from jamsos_desktop.hub.errors import HubRefused
from jamsos_desktop.hub.persons import END_LABELS
from jamsos_desktop.io.columns import guess_target, header_key
from jamsos_desktop.io.table import SheetError, is_blank, read_table
from jamsos_desktop.io.values import CellProblem, cell_text, identity_text, parse_income, small_number_text

FIELDS = {"nik": "NIK", "kpj_number": "nomor KPJ", "full_name": "nama", "amount": "iuran", "month": "bulan"}
ALIASES = {header_key(h): f for f, names in {
    "amount": ("iuran", "jumlah iuran", "total iuran", "nominal", "nominal iuran", "tagihan", "jumlah tagihan",
               "total tagihan", "total", "jumlah", "iuran rp", "iuran jkk jkm", "besar iuran"),
    "month": ("bulan", "periode", "bulan iuran", "periode iuran", "bulan tagihan", "masa iuran"),
    "nik": ("nomor identitas", "no identitas", "nik peserta", "nik tk", "no ktp", "nomor ktp"),
    "kpj_number": ("no kepesertaan", "nomor kepesertaan", "no peserta", "nomor peserta", "kpj"),
}.items() for h in names}
_MONTH = re.compile(r"^(\d{4})[-/.](\d{1,2})$|^(\d{1,2})[-/.](\d{4})$")


@dataclass(frozen=True)
class BillLine:
    row: int  # 0: not on the bill
    nik: str
    kpj: str
    name: str
    billed: int | None
    expected: int | None
    message: str


@dataclass
class BillReport:
    source: str
    month: str
    billed_rows: int = 0
    billed_amount: int = 0
    ledger_people: int = 0
    ledger_amount: int = 0
    matched: int = 0
    not_registered: list[BillLine] = field(default_factory=list)
    not_billed: list[BillLine] = field(default_factory=list)
    differences: list[BillLine] = field(default_factory=list)
    invalid: list[BillLine] = field(default_factory=list)

    @property
    def difference(self) -> int:
        return self.billed_amount - self.ledger_amount

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "difference": self.difference}


def read_mapping(path: Path) -> dict[str, str | None]:
    """A mapping file {header: field or null}; refused with what is wrong and the shape to use."""
    shape = '{"JUDUL DI BERKAS": "nik", "JUDUL LAIN": "amount", ...}'
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, ValueError) as exc:
        raise HubRefused(f"Berkas pemetaan {path.name} tidak terbaca sebagai JSON: tulis seperti {shape}.",
                         reason="bad_mapping") from exc
    wrong = [k for k, v in data.items() if v is not None and v not in FIELDS] if isinstance(data, dict) else [""]
    if wrong:
        raise HubRefused(f"Berkas pemetaan {path.name}: isian tidak dikenal untuk {', '.join(map(repr, wrong))}; "
                         f"yang bisa: {', '.join(FIELDS)} atau null. Bentuknya {shape}.", reason="bad_mapping")
    return {header_key(k): v for k, v in data.items()}


def _field(header: str, mapping: dict[str, str | None]) -> str | None:
    key = header_key(header)
    if key in mapping:
        return mapping[key]
    guessed = guess_target(header)
    return guessed if guessed in ("nik", "kpj_number", "full_name") else ALIASES.get(key)


def _month_of(value: Any) -> str | None:
    if isinstance(value, dt.date):
        return f"{value:%Y-%m}"
    found = _MONTH.match(cell_text(value))
    if not found:
        return None
    year, month = (found[1], found[2]) if found[1] else (found[4], found[3])
    return f"{int(year):04d}-{int(month):02d}" if 1 <= int(month) <= 12 else None


def _columns(path: Path, mapping: dict[str, str | None]) -> tuple[Any, dict[str, int]]:
    try:
        table = read_table(path)
    except SheetError as exc:
        raise HubRefused(f"{exc} Tagihan perlu kolom NIK (atau KPJ) dan kolom iuran; bila judulnya lain, beri "
                         "--mapping (lihat panduan hub).", reason="no_columns") from exc
    index: dict[str, int] = {}
    for i, header in enumerate(table.headers):
        target = _field(header, mapping) if header else None
        if target is not None and target not in index:
            index[target] = i
    if "amount" not in index or ("nik" not in index and "kpj_number" not in index):
        shown = ", ".join(f"'{h}'" for h in table.headers if h) or "(kosong)"
        raise HubRefused(f"{path.name}: kolom NIK (atau nomor KPJ) dan kolom iuran tidak dikenali. Judul yang ada: "
                         f"{shown}. Beri pemetaan kolom: --mapping pemetaan.json berisi "
                         '{"JUDUL DI BERKAS": "nik", "JUDUL IURAN": "amount"}.', reason="no_columns")
    return table, index


def _rows(path: Path, month: str, mapping: dict[str, str | None], report: BillReport) -> list[dict[str, Any]]:
    table, index = _columns(path, mapping)
    width = max(index.values()) + 1
    out: list[dict[str, Any]] = []
    for row in table.rows:
        cells = list(row.cells) + [None] * (width - len(row.cells))
        if all(is_blank(c) for c in cells):
            continue
        got = {name: cells[i] for name, i in index.items()}
        kpj, name = small_number_text(got.get("kpj_number")), cell_text(got.get("full_name"))[:100]
        try:
            nik = identity_text(got["nik"], "NIK") if "nik" in got and not is_blank(got["nik"]) else ""
            amount = parse_income(got["amount"])
        except CellProblem as exc:
            report.invalid.append(BillLine(row.number, "", kpj, name, None, None, str(exc).replace(
                "Penghasilan", "Iuran")))
            continue
        billed_month = _month_of(got["month"]) if "month" in got and not is_blank(got["month"]) else month
        problem = None
        if amount is None:
            problem = "Iuran kosong."
        elif billed_month != month:
            problem = f"Baris untuk bulan {billed_month or cell_text(got.get('month'))}, bukan {month}; tidak dicocokkan."
        elif not is_digits(nik, 16) and not is_kpj(kpj):
            problem = "Baris tanpa NIK 16 digit maupun KPJ 11 digit."
        if problem:
            report.invalid.append(BillLine(row.number, nik, kpj, name, amount, None, problem))
            continue
        out.append({"row": row.number, "nik": nik if is_digits(nik, 16) else "", "kpj": kpj, "name": name,
                    "amount": amount})
    return out


def reconcile(conn: Connection, path: Path, *, month: str, mapping: dict[str, str | None] | None = None) -> BillReport:
    report = BillReport(source=path.name, month=month)
    rows = _rows(path, month, mapping or {}, report)
    ps, lg, k = t.person.c, t.ledger.c, t.kpj.c
    people = {r.nik: r for r in conn.execute(sa.select(ps.nik, ps.full_name, ps.kelurahan_code, ps.ended_reason,
                                                       ps.ended_from))}
    by_kpj = {r.kpj_number: r.nik for r in conn.execute(sa.select(k.nik, k.kpj_number))}
    kpj_of = {nik: kpj for kpj, nik in by_kpj.items()}
    ledger_month = {r.nik: r for r in conn.execute(sa.select(lg.nik, lg.covered, lg.amount, lg.note)
                                                   .where(lg.month == month))}
    covered = {nik for nik, r in ledger_month.items() if r.covered}
    report.ledger_people = len(covered)
    report.ledger_amount = sum(int(ledger_month[n].amount) for n in covered)
    seen: set[str] = set()
    for r in rows:
        report.billed_rows += 1
        report.billed_amount += r["amount"]
        nik = r["nik"] if r["nik"] in people else by_kpj.get(r["kpj"], "")
        person = people.get(nik)
        if person is None:
            report.not_registered.append(BillLine(r["row"], r["nik"], r["kpj"], r["name"], r["amount"], None,
                                                  "Tidak ada di daftar peserta hub."))
        elif nik in seen:
            report.differences.append(BillLine(r["row"], nik, r["kpj"], person.full_name, r["amount"], 0,
                                               "Ditagih lebih dari sekali untuk bulan ini."))
        elif nik not in covered:
            seen.add(nik)
            why = (ledger_month[nik].note if nik in ledger_month and ledger_month[nik].note else
                   f"nonaktif mulai {person.ended_from} ({END_LABELS.get(person.ended_reason, person.ended_reason)})"
                   if person.ended_reason else "belum ditanggung kota bulan ini")
            report.not_registered.append(BillLine(r["row"], nik, r["kpj"], person.full_name, r["amount"], 0,
                                                  f"Tidak ditanggung kota bulan {month}: {why}."))
        elif int(ledger_month[nik].amount) != r["amount"]:
            seen.add(nik)
            report.differences.append(BillLine(r["row"], nik, r["kpj"], person.full_name, r["amount"],
                                               int(ledger_month[nik].amount), "Iuran berbeda dengan buku bulanan hub."))
        else:
            seen.add(nik)
            report.matched += 1
    for nik in sorted(covered - seen, key=lambda n: (people[n].kelurahan_code if n in people else "", n)):
        person = people.get(nik)
        where = kelurahan_name(person.kelurahan_code) if person else "-"
        report.not_billed.append(BillLine(0, nik, kpj_of.get(nik, ""), person.full_name if person else "", None,
                                          int(ledger_month[nik].amount),
                                          f"Ditanggung kota bulan {month} (Kelurahan {where}), tidak ada di tagihan."))
    return report
