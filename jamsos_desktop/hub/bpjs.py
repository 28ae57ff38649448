"""The collective-registration list for BPJS Ketenagakerjaan: one sheet, one row per participant to register.

Only accepted, live participants that have no KPJ number at the hub yet are listed (a participant BPJS
rejected stays on the list until the office corrects it or BPJS returns a KPJ). The columns are the field
registry's BPJS columns (domain/registry.py: each field's `bpjs` header, in registry order) plus the few that
are not record fields (kecamatan, the income note, months paid, funding tranche); DOMAIN.md "Fields BPJS needs
for collective registration" is a best estimate, so a header is changed in the registry, one place. NIK, KK,
phone numbers, RT/RW and KPJ are text cells, so Excel never turns them into numbers and drops digits.

Income is never a silent blank: the value the office entered, or the programme's stated basis
(`default_declared_income` in resources/reference/tariffs.json, the one the contribution is computed on) with
"Keterangan Penghasilan" saying so.

The export never holds the hub's write lock while the workbook is written (18 s for 24,300 rows with openpyxl
held every upload back): `list_rows` reads one consistent snapshot on a read connection, io/xlsx_writer.py
streams the file, and `stamp_exported` marks the rows `bpjs_exported_at` (which the report counts) in a short
write transaction afterwards.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection

from jamsos_desktop.domain.fields import FieldSpec
from jamsos_desktop.domain.registry import FIELDS, field
from jamsos_desktop.domain.tariffs import default_tariffs
from jamsos_desktop.hub import schema as t
from jamsos_desktop.hub.coverage import FUNDING_SOURCE
from jamsos_desktop.hub.devices import kecamatan_of
from jamsos_desktop.io.xlsx_writer import Sheet, write_workbook

SHEET_TITLE = "Pendaftaran Kolektif"
CHUNK = 500
Getter = Callable[[dict[str, Any]], Any]


@dataclass(frozen=True)
class Column:
    """One column of a file for BPJS: a stable id (the field's name), its header, how to get the value."""

    id: str
    header: str
    get: Getter
    as_text: bool
    width: float


def _value(spec: FieldSpec) -> Getter:
    return lambda rec: spec.shown(rec.get(spec.name))


def _first_heir(spec: FieldSpec) -> Getter:
    def get(rec: dict[str, Any]) -> Any:
        heirs = rec.get("beneficiaries") or []
        return spec.shown(heirs[0].get(spec.name)) if heirs else ""
    return get


def _job(rec: dict[str, Any]) -> Any:
    """BPJS asks for a job type: the typed job, or else the category's label."""
    return rec.get("job") or field("category").shown(rec.get("category"))


def income_basis() -> int:
    """The programme's stated income basis: what the contribution is computed on when none was entered."""
    return default_tariffs().default_declared_income


def _income(rec: dict[str, Any]) -> Any:
    return rec.get("declared_income") or income_basis()


def _income_note(rec: dict[str, Any]) -> str:
    if rec.get("declared_income"):
        return ""
    basis = f"{income_basis():,}".replace(",", ".")
    return f"Dasar iuran program Rp{basis} (penghasilan tidak diisi kantor kelurahan)"


# Columns that are not a field of the record, placed after the field named (None: at the end).
_EXTRA: dict[str | None, tuple[Column, ...]] = {
    "kelurahan_code": (Column("kecamatan", "Kecamatan", lambda r: kecamatan_of(r.get("kelurahan_code") or "")[1],
                              False, 14),),
    "declared_income": (Column("income_note", "Keterangan Penghasilan", _income_note, False, 26),),
    "programs": (Column("months", "Jumlah Bulan Iuran", lambda r: r["_months"], False, 8),),
    None: (Column("tranche", "Tahap Pendanaan", lambda r: r["_tranche"], False, 20),),
}
_GETTERS: dict[str, Getter] = {"job": _job, "declared_income": _income}


def default_columns() -> list[Column]:
    """The registry's BPJS columns in registry order (a list field gives its first item's), BPJS's own first and
    Batam's local ones after, with the columns of _EXTRA in their places."""
    own: list[Column] = []
    local: list[Column] = []
    for spec in FIELDS:
        if spec.bpjs is not None:
            (local if spec.bpjs.local else own).append(Column(
                spec.name, spec.bpjs.header, _GETTERS.get(spec.name) or _value(spec), spec.bpjs.as_text,
                spec.bpjs.width))
        for item in spec.items:
            if item.bpjs is not None:
                own.append(Column(f"{spec.name}.{item.name}", item.bpjs.header, _first_heir(item),
                                  item.bpjs.as_text, item.bpjs.width))
        own.extend(_EXTRA.get(spec.name, ()))
    return [*own, *local, *_EXTRA[None]]


COLUMNS = default_columns()
HEADERS = [c.header for c in COLUMNS]


def sheet_of(title: str, columns: list[Column]) -> Sheet:
    return Sheet(title, [c.header for c in columns], [c.width for c in columns],
                 frozenset(i for i, c in enumerate(columns) if c.as_text))


@dataclass(frozen=True)
class ExportResult:
    path: Path
    count: int


def _to_export() -> sa.Select[Any]:
    p, k = t.participant.c, t.kpj.c
    return (sa.select(p.participant_id, p.record)
            .select_from(t.participant.outerjoin(t.kpj, k.participant_id == p.participant_id))
            .where(p.deleted_at.is_(None), p.nik.is_not(None), k.participant_id.is_(None))
            .order_by(p.kelurahan_code, p.full_name, p.participant_id))


def write_list(conn: Connection, out: Path, *, now: dt.datetime, months: int) -> list[str]:
    """Write the list to `out` (.xlsx, complete or absent) from one read of `conn` (a read connection: no lock
    is held); returns the participant ids listed, for `stamp_exported`."""
    tranche = f"{FUNDING_SOURCE} {now.year}"
    ids: list[str] = []

    def rows() -> Iterator[list[Any]]:
        for row in conn.execute(_to_export()):
            rec = {**json.loads(row.record), "_months": months, "_tranche": tranche}
            ids.append(row.participant_id)
            yield [c.get(rec) for c in COLUMNS]

    write_workbook(out, [(sheet_of(SHEET_TITLE, COLUMNS), rows())])
    return ids


def stamp_exported(conn: Connection, ids: list[str], *, now: dt.datetime) -> None:
    """Mark the listed participants as sent to BPJS (a write transaction, after the file is complete)."""
    p = t.participant.c
    for i in range(0, len(ids), CHUNK):
        conn.execute(sa.update(t.participant).where(p.participant_id.in_(ids[i:i + CHUNK]))
                     .values(bpjs_exported_at=now))
