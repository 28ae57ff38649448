"""The collective-registration list for BPJS Ketenagakerjaan: one sheet, one row per participant to register.

Only accepted, live participants that have no KPJ number at the hub yet are listed (a participant BPJS
rejected stays on the list until the office corrects it or BPJS returns a KPJ). The columns are the field
registry's BPJS columns (domain/registry.py: each field's `bpjs` header, in registry order) plus the few that
are not record fields (kecamatan, months paid, funding tranche); DOMAIN.md "Fields BPJS needs for collective
registration" is a best estimate, so a header is changed in the registry, one place. NIK, KK, phone
numbers, RT/RW and KPJ are text cells, so Excel never turns them into numbers and drops digits. The export stamps `bpjs_exported_at`, which the report counts.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from openpyxl import Workbook
from sqlalchemy import Connection

from jamsos_desktop.domain.fields import FieldSpec
from jamsos_desktop.domain.registry import FIELDS, field
from jamsos_desktop.hub import schema as t
from jamsos_desktop.hub.coverage import FUNDING_SOURCE
from jamsos_desktop.hub.devices import kecamatan_of
from jamsos_desktop.io.cells import header_cells, set_widths, text_cell, value_cell

SHEET_TITLE = "Pendaftaran Kolektif"
Getter = Callable[[dict[str, Any]], Any]


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


# Columns that are not a field of the record, placed after the field named (None: at the end).
_EXTRA: dict[str | None, tuple[tuple[str, Getter, bool, float], ...]] = {
    "kelurahan_code": (("Kecamatan", lambda r: kecamatan_of(r.get("kelurahan_code") or "")[1], False, 14),),
    "programs": (("Jumlah Bulan Iuran", lambda r: r["_months"], False, 8),),
    None: (("Tahap Pendanaan", lambda r: r["_tranche"], False, 20),),
}
_GETTERS: dict[str, Getter] = {"job": _job}


def default_columns() -> list[tuple[str, Getter, bool, float]]:
    """(header, getter, text cell?, width): the registry's BPJS columns in registry order (a list field gives its
    first item's), BPJS's own first and Batam's local ones after, with the columns of _EXTRA in their places."""
    own: list[tuple[str, Getter, bool, float]] = []
    local: list[tuple[str, Getter, bool, float]] = []
    for spec in FIELDS:
        if spec.bpjs is not None:
            (local if spec.bpjs.local else own).append(
                (spec.bpjs.header, _GETTERS.get(spec.name) or _value(spec), spec.bpjs.as_text, spec.bpjs.width))
        for item in spec.items:
            if item.bpjs is not None:
                own.append((item.bpjs.header, _first_heir(item), item.bpjs.as_text, item.bpjs.width))
        own.extend(_EXTRA.get(spec.name, ()))
    return [*own, *local, *_EXTRA[None]]


COLUMNS = default_columns()
HEADERS = [c[0] for c in COLUMNS]


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


def export_bpjs(conn: Connection, out: Path, *, now: dt.datetime, months: int) -> ExportResult:
    """Write the list to `out` (.xlsx) and stamp the rows as exported; the file is complete or absent."""
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(SHEET_TITLE)
    set_widths(ws, [c[3] for c in COLUMNS])
    ws.freeze_panes = "B2"
    ws.append(header_cells(ws, HEADERS))
    tranche = f"{FUNDING_SOURCE} {now.year}"
    ids: list[str] = []
    for row in conn.execute(_to_export()):
        rec = {**json.loads(row.record), "_months": months, "_tranche": tranche}
        ws.append([text_cell(ws, get(rec)) if as_text else value_cell(ws, get(rec)) for _, get, as_text, _ in COLUMNS])
        ids.append(row.participant_id)
    temp = out.with_name(f".{out.name}.part")
    try:
        wb.save(temp)
        os.replace(temp, out)
    finally:
        temp.unlink(missing_ok=True)
    p = t.participant.c
    for i in range(0, len(ids), 500):
        conn.execute(sa.update(t.participant).where(p.participant_id.in_(ids[i:i + 500])).values(bpjs_exported_at=now))
    return ExportResult(out, len(ids))
