"""The collective-registration list for BPJS Ketenagakerjaan: one sheet, one row per participant to register.

Only accepted, live participants that have no KPJ number at the hub yet are listed (a participant BPJS
rejected stays on the list until the office corrects it or BPJS returns a KPJ). The columns follow
DOMAIN.md "Fields BPJS needs for collective registration" (a best estimate: the order and headers are in
COLUMNS, one place to change). NIK, KK, phone numbers, RT/RW and KPJ are text cells, so Excel never turns
them into numbers and drops digits. The export stamps `bpjs_exported_at`, which the report counts.
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

from jamsos_desktop.domain.categories import default_categories
from jamsos_desktop.domain.numbers import local_phone
from jamsos_desktop.domain.record import MARITAL_STATUSES, RELATIONSHIPS
from jamsos_desktop.hub import schema as t
from jamsos_desktop.hub.coverage import FUNDING_SOURCE
from jamsos_desktop.hub.devices import kecamatan_of, kelurahan_name
from jamsos_desktop.io.cells import header_cells, set_widths, text_cell, value_cell

SHEET_TITLE = "Pendaftaran Kolektif"
Getter = Callable[[dict[str, Any]], Any]


def _ben(field: str) -> Getter:
    def get(rec: dict[str, Any]) -> Any:
        bens = rec.get("beneficiaries") or []
        value = bens[0].get(field) if bens else ""
        if field == "relationship":
            return RELATIONSHIPS.get(value or "", value or "")
        return local_phone(value) if field == "phone" and value else value or ""
    return get


def _category(rec: dict[str, Any]) -> str:
    found = default_categories().get(rec.get("category") or "")
    return found.label if found else rec.get("category") or ""


def _birth(rec: dict[str, Any]) -> Any:
    value = rec.get("birth_date")
    return dt.date.fromisoformat(value) if value else None


# (header, getter, text cell?, width)
COLUMNS: list[tuple[str, Getter, bool, float]] = [
    ("NIK", lambda r: r["nik"], True, 19),
    ("Nama Lengkap (sesuai KTP)", lambda r: r["full_name"], False, 28),
    ("Tempat Lahir", lambda r: r.get("birth_place"), False, 14),
    ("Tanggal Lahir", _birth, False, 12),
    ("Jenis Kelamin (L/P)", lambda r: r.get("sex"), False, 8),
    ("Alamat", lambda r: r.get("address"), False, 30),
    ("RT", lambda r: r.get("rt"), True, 5),
    ("RW", lambda r: r.get("rw"), True, 5),
    ("Kelurahan", lambda r: kelurahan_name(r.get("kelurahan_code") or ""), False, 16),
    ("Kecamatan", lambda r: kecamatan_of(r.get("kelurahan_code") or "")[1], False, 14),
    ("Nomor HP", lambda r: local_phone(r["phone"]) if r.get("phone") else "", True, 15),
    ("E-mail", lambda r: r.get("email"), False, 20),
    ("Nama Ibu Kandung", lambda r: r.get("mother_name"), False, 22),
    ("Status Perkawinan", lambda r: MARITAL_STATUSES.get(r.get("marital_status") or "", ""), False, 12),
    ("Jenis Pekerjaan", lambda r: r.get("job") or _category(r), False, 22),
    ("Lokasi Kerja", lambda r: r.get("work_location"), False, 18),
    ("Penghasilan per Bulan (Rp)", lambda r: r.get("declared_income"), False, 12),
    ("Program", lambda r: ", ".join(r.get("programs") or []), False, 9),
    ("Jumlah Bulan Iuran", lambda r: r["_months"], False, 8),
    ("KPJ Sebelumnya", lambda r: r.get("kpj_number"), True, 13),
    ("Nama Ahli Waris", _ben("name"), False, 22),
    ("Hubungan Ahli Waris", _ben("relationship"), False, 12),
    ("HP Ahli Waris", _ben("phone"), True, 15),
    ("Nomor KK", lambda r: r.get("kk_number"), True, 19),
    ("Kategori", _category, False, 22),
    ("Jabatan", lambda r: r.get("position"), False, 14),
    ("Nomor SK", lambda r: r.get("sk_number"), True, 16),
    ("Nama Posyandu", lambda r: r.get("posyandu_name"), False, 16),
    ("Perusahaan Aplikasi", lambda r: r.get("company"), False, 12),
    ("Nomor KUSUKA", lambda r: r.get("kusuka_number"), True, 16),
    ("Kelompok Tani", lambda r: r.get("farmer_group"), False, 16),
    ("Tahap Pendanaan", lambda r: r["_tranche"], False, 20),
]
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
