"""The collective-registration list for BPJS Ketenagakerjaan: one sheet, one row per participant to register.

Listed: every person who holds a funded place and has no KPJ at the hub yet (listed again until BPJS returns
one, so a lost file costs nothing; not while BPJS's rejection waits for the office's correction), then the first
on the waiting list for the places the quota leaves free (hub/quota.py, with the per-kelurahan allocation when
the city set one): never more people than the quota; the others stay on the waiting list, in order. A second
sheet, "Perubahan Alamat", lists people with a KPJ whose home moved kelurahan since the last list (an address
change for BPJS, never a new registration). The columns are the field
registry's BPJS columns (domain/registry.py: each field's `bpjs` header, in registry order) plus the few that
are not record fields (kecamatan, the income note, months paid, funding tranche), each renamed as the city's
`registration_headers` say (resources/reference/bpjs_columns.json or its copy in the hub's data folder); DOMAIN.md "Fields BPJS needs
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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection

from jamsos_desktop.domain.fields import FieldSpec
from jamsos_desktop.domain.registry import FIELDS
from jamsos_desktop.domain.registry import field as registry_field
from jamsos_desktop.domain.tariffs import default_tariffs
from jamsos_desktop.hub import months, periods, programme_notices, quota
from jamsos_desktop.hub import schema as t
from jamsos_desktop.hub.coverage import FUNDING_SOURCE
from jamsos_desktop.hub.devices import kecamatan_of, kelurahan_name
from jamsos_desktop.hub.errors import HubRefused
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
    name, display = spec.name, spec.display
    if display is None:  # shown as stored: no call per cell (25 columns x 24,300 rows)
        return lambda rec: rec.get(name)
    return lambda rec: display(rec.get(name))


def _first_heir(spec: FieldSpec) -> Getter:
    def get(rec: dict[str, Any]) -> Any:
        heirs = rec.get("beneficiaries") or []
        return spec.shown(heirs[0].get(spec.name)) if heirs else ""
    return get


def _job(rec: dict[str, Any]) -> Any:
    """BPJS asks for a job type: the typed job, or else the category's label."""
    return rec.get("job") or registry_field("category").shown(rec.get("category"))


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


MOVES_TITLE = "Perubahan Alamat"
MOVE_COLUMNS = [
    Column("move.kpj", "Nomor KPJ", lambda r: r["_kpj"], True, 13),
    Column("move.nik", "NIK", lambda r: r.get("nik"), True, 19),
    Column("move.full_name", "Nama Lengkap (sesuai KTP)", lambda r: r.get("full_name"), False, 28),
    Column("move.address", "Alamat Baru", lambda r: r.get("address"), False, 30),
    Column("move.rt", "RT", lambda r: r.get("rt"), True, 5),
    Column("move.rw", "RW", lambda r: r.get("rw"), True, 5),
    Column("move.kelurahan", "Kelurahan", lambda r: kelurahan_name(r.get("kelurahan_code") or ""), False, 16),
    Column("move.kecamatan", "Kecamatan", lambda r: kecamatan_of(r.get("kelurahan_code") or "")[1], False, 14),
    Column("move.phone", "Nomor HP", lambda r: registry_field("phone").shown(r.get("phone")), True, 15),
    Column("move.date", "Tanggal Pindah", lambda r: r["_moved"], False, 12),
]


def sheet_of(title: str, columns: list[Column], renamed: dict[str, str] | None = None) -> Sheet:
    renamed = renamed or {}
    return Sheet(title, [renamed.get(c.header, c.header) for c in columns], [c.width for c in columns],
                 frozenset(i for i, c in enumerate(columns) if c.as_text))


def check_renamed(renamed: dict[str, str]) -> dict[str, str]:
    """The city's header names for the registration list ({shipped header: its header}), refused when a shipped
    header does not exist or two columns would end up with the same header."""
    unknown = sorted(set(renamed) - set(HEADERS))
    if unknown:
        raise HubRefused(f"Judul kolom {', '.join(repr(h) for h in unknown)} tidak ada di daftar BPJS; judul yang bisa "
                         f"diganti: {', '.join(HEADERS)}.")
    final = [renamed.get(h, h) for h in HEADERS]
    twice = sorted({h for h in final if final.count(h) > 1})
    if twice:
        raise HubRefused(f"Judul {', '.join(repr(h) for h in twice)} dipakai dua kolom daftar BPJS; pilih judul lain.")
    return renamed


@dataclass
class ExportResult:
    path: Path
    count: int  # people on the list
    newly_placed: int = 0  # of whom took a funded place with this list
    waiting: int = 0  # still on the waiting list after it
    quota: int = 0
    moves: int = 0  # address changes on the second sheet


@dataclass
class ExportPlan:
    """What one list carries, read from one snapshot: for `stamp_exported`."""

    ids: list[str] = field(default_factory=list)  # home registrations listed
    moves: list[str] = field(default_factory=list)  # NIKs on the address-change sheet
    newly: list[str] = field(default_factory=list)  # NIKs that take a funded place with this list
    quota: int = 0
    waiting: int = 0


def _candidates() -> sa.Select[Any]:
    """Home registrations of people who hold a place or wait for one, without a KPJ, not ended."""
    p, k, ps = t.participant.c, t.kpj.c, t.person.c
    return (sa.select(ps.nik, ps.placed_at, p.participant_id, p.record)
            .select_from(t.person.join(t.participant, p.participant_id == ps.home_participant_id)
                         .outerjoin(t.kpj, k.participant_id == p.participant_id))
            .where(ps.ended_reason.is_(None), p.deleted_at.is_(None), k.participant_id.is_(None),
                   p.bpjs_rejected_at.is_(None))
            .order_by(p.kelurahan_code, p.full_name, p.participant_id))


def write_list(conn: Connection, out: Path, *, now: dt.datetime, renamed: dict[str, str] | None = None) -> ExportPlan:
    """Write the list to `out` (.xlsx, complete or absent) from one read of `conn` (a read connection: no lock
    is held): everyone who holds a funded place and has no KPJ yet (listed again until BPJS answers, so a lost
    file costs nothing), and the first in line for the places free now (quota.py); never more than the quota."""
    plan = ExportPlan(quota=periods.quota(conn, now.date()))
    line, plan.newly = quota.next_places(conn, now.date())
    plan.waiting = len(line) - len(plan.newly)
    start = months.next_after(now.date())
    last, code = periods.first_cover_end(conn, start)
    extra = {"_months": months.index(last) - months.index(start) + 1,
             "_tranche": f"{FUNDING_SOURCE} {code or now.year}"}
    newly = set(plan.newly)

    def rows() -> Iterator[list[Any]]:
        for row in conn.execute(_candidates()):
            if row.placed_at is not None or row.nik in newly:
                rec = json.loads(row.record)
                rec.update(extra)
                plan.ids.append(row.participant_id)
                yield [c.get(rec) for c in COLUMNS]

    def moves() -> Iterator[list[Any]]:
        for row in conn.execute(_moved()):
            rec = {**json.loads(row.record), "_kpj": row.kpj_number, "_moved": row.moved_at.date()}
            plan.moves.append(row.nik)
            yield [c.get(rec) for c in MOVE_COLUMNS]

    sheet = sheet_of(SHEET_TITLE, COLUMNS, check_renamed(renamed or {}))
    write_workbook(out, [(sheet, rows()), (sheet_of(MOVES_TITLE, MOVE_COLUMNS), moves())])
    return plan


def _moved() -> sa.Select[Any]:
    """People BPJS knows (a KPJ) whose home moved kelurahan since the last list: an address change."""
    p, k, ps = t.participant.c, t.kpj.c, t.person.c
    return (sa.select(ps.nik, ps.moved_at, p.record, k.kpj_number)
            .select_from(t.person.join(t.participant, p.participant_id == ps.home_participant_id)
                         .join(t.kpj, k.participant_id == p.participant_id))
            .where(ps.moved_at.is_not(None), ps.ended_reason.is_(None),
                   sa.or_(ps.moved_sent_at.is_(None), ps.moved_sent_at < ps.moved_at))
            .order_by(p.kelurahan_code, p.full_name, ps.nik))


def stamp_exported(conn: Connection, plan: ExportPlan, *, now: dt.datetime) -> None:
    """Mark the list as sent (a write transaction, after the file is complete): the new places are taken, the
    rows stamped, the waiting numbers renewed. Refused, with nothing changed, when the quota no longer allows the
    new places (another export or a change of quota while this file was written): the file must be made again."""
    if plan.newly:
        if not quota.fits(conn, plan.newly, now.date()):
            raise HubRefused("Daftar tunggu berubah selama berkas ditulis (ekspor lain atau perubahan kuota). Berkas "
                             "ini jangan dikirim; buat ulang daftar BPJS.", reason="changed")
        quota.place(conn, plan.newly, now=now)
    p = t.participant.c
    for i in range(0, len(plan.ids), CHUNK):
        conn.execute(sa.update(t.participant).where(p.participant_id.in_(plan.ids[i:i + CHUNK]))
                     .values(bpjs_exported_at=now))
    ps = t.person.c
    for i in range(0, len(plan.moves), CHUNK):
        conn.execute(sa.update(t.person).where(ps.nik.in_(plan.moves[i:i + CHUNK])).values(moved_sent_at=now))
    quota.renumber(conn)
    programme_notices.waiting(conn, now, all_changes=True)  # each office hears its people's new numbers


def result_of(path: Path, plan: ExportPlan) -> ExportResult:
    return ExportResult(path, len(plan.ids), len(plan.newly), plan.waiting, plan.quota, len(plan.moves))
