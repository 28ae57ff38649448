"""The deactivation list for BPJS (`jamsos-hub export-bpjs --deactivations`): who BPJS must stop billing the city
for, so the city does not keep paying for people who died, left Batam or left their role.

Listed: every person BPJS knows (a KPJ, or holding a place, so on a registration list already sent) whose cover
ended and who was on no deactivation list yet. Someone whose office deleted them as moved within Batam is listed
only once their cover has really stopped (no new kelurahan registered them before the month began). Each row:
KPJ, NIK, name, birth date, kelurahan, the reason, the date of the event, the first month not paid, the
operator's or office's note, and for a death the beneficiary from the record, for the JKM claim. Written from a
read snapshot like the registration list; the rows are stamped afterwards.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection

from jamsos_desktop.domain.registry import BENEFICIARY_FIELDS
from jamsos_desktop.domain.registry import field as registry_field
from jamsos_desktop.hub import months
from jamsos_desktop.hub import schema as t
from jamsos_desktop.hub.bpjs import Column, sheet_of
from jamsos_desktop.hub.devices import kecamatan_of, kelurahan_name
from jamsos_desktop.hub.persons import END_LABELS
from jamsos_desktop.io.xlsx_writer import write_workbook

SHEET_TITLE = "Penonaktifan"
CHUNK = 500


_HEIR = {spec.name: spec for spec in BENEFICIARY_FIELDS}


def _heir(key: str) -> Any:
    return lambda r: _HEIR[key].shown(r["_heir"].get(key)) if r["_heir"] else ""


COLUMNS = [
    Column("deactivation.kpj", "Nomor KPJ", lambda r: r["_kpj"], True, 13),
    Column("deactivation.nik", "NIK", lambda r: r["_nik"], True, 19),
    Column("deactivation.full_name", "Nama Lengkap (sesuai KTP)", lambda r: r["_name"], False, 28),
    Column("deactivation.birth_date", "Tanggal Lahir", lambda r: registry_field("birth_date").shown(r.get("birth_date")),
           False, 12),
    Column("deactivation.kelurahan", "Kelurahan", lambda r: kelurahan_name(r["_kelurahan"]), False, 16),
    Column("deactivation.kecamatan", "Kecamatan", lambda r: kecamatan_of(r["_kelurahan"])[1], False, 14),
    Column("deactivation.reason", "Alasan Nonaktif", lambda r: END_LABELS.get(r["_reason"], r["_reason"]), False, 26),
    Column("deactivation.date", "Tanggal Peristiwa", lambda r: r["_on"], False, 12),
    Column("deactivation.from", "Berhenti Mulai Bulan", lambda r: r["_from"], False, 12),
    Column("deactivation.heir", "Nama Ahli Waris", _heir("name"), False, 22),
    Column("deactivation.heir_relationship", "Hubungan Ahli Waris", _heir("relationship"), False, 12),
    Column("deactivation.heir_phone", "HP Ahli Waris", _heir("phone"), True, 15),
    Column("deactivation.note", "Catatan", lambda r: r["_note"], False, 30),
]


def _due(today: dt.date) -> Any:
    ps, k = t.person.c, t.kpj.c
    known = sa.or_(ps.placed_at.is_not(None), k.nik.is_not(None))  # the query joins hub_kpj
    really_gone = sa.or_(ps.ended_reason != "pindah", ps.ended_from <= months.of_day(today))
    return sa.and_(ps.ended_reason.is_not(None), ps.ended_sent_at.is_(None), known, really_gone)


def _records(conn: Connection, niks: list[str]) -> dict[str, dict[str, Any]]:
    """The newest record the hub holds for each NIK (the home is gone after an office's delete)."""
    p = t.participant.c
    out: dict[str, dict[str, Any]] = {}
    for i in range(0, len(niks), CHUNK):
        for r in conn.execute(sa.select(p.nik, p.record).where(p.nik.in_(niks[i:i + CHUNK]), p.record.is_not(None))
                              .order_by(p.updated_at)):
            out[r.nik] = json.loads(r.record)
    return out


def write_list(conn: Connection, out: Path, *, now: dt.datetime) -> list[str]:
    """Write the list to `out` (complete or absent) from a read connection; returns the NIKs listed."""
    ps, k = t.person.c, t.kpj.c
    people = conn.execute(sa.select(t.person, k.kpj_number).select_from(t.person.outerjoin(t.kpj, k.nik == ps.nik))
                          .where(_due(now.date())).order_by(ps.kelurahan_code, ps.full_name, ps.nik)).all()
    records = _records(conn, [r.nik for r in people])
    listed: list[str] = []

    def rows() -> Iterator[list[Any]]:
        for r in people:
            if r.nik in listed:
                continue
            rec = records.get(r.nik, {})
            detail = json.loads(r.ended_detail or "{}")
            heirs = rec.get("beneficiaries") or []
            row = {**rec, "_nik": r.nik, "_kpj": r.kpj_number or "", "_name": r.full_name,
                   "_kelurahan": r.kelurahan_code, "_reason": r.ended_reason, "_on": r.ended_on,
                   "_from": r.ended_from, "_note": detail.get("note") or "",
                   "_heir": heirs[0] if heirs and r.ended_reason == "meninggal" else {}}
            listed.append(r.nik)
            yield [c.get(row) for c in COLUMNS]

    write_workbook(out, [(sheet_of(SHEET_TITLE, COLUMNS), rows())])
    return listed


def stamp_sent(conn: Connection, niks: list[str], *, now: dt.datetime) -> None:
    ps = t.person.c
    for i in range(0, len(niks), CHUNK):
        conn.execute(sa.update(t.person).where(ps.nik.in_(niks[i:i + CHUNK]), ps.ended_sent_at.is_(None))
                     .values(ended_sent_at=now))
