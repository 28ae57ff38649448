"""Reading the merged register: participant search with filters and pages, and one participant with history.

Statuses as the city office speaks of them (computed, not stored): `aktif` (KPJ known), `menunggu_kpj` (on a
list sent to BPJS, no KPJ yet), `diterima` (accepted, not yet sent to BPJS) and `dihapus` (withdrawn by its
office). NIKs leave this module masked; the full NIK only through `full_nik`, which the caller audits.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection

from jamsos_desktop.domain.categories import default_categories
from jamsos_desktop.domain.nik import clean, mask
from jamsos_desktop.domain.wilayah import batam
from jamsos_desktop.hub import schema as t
from jamsos_desktop.hub.actions import record_action
from jamsos_desktop.hub.devices import kelurahan_name
from jamsos_desktop.hub.errors import HubRefused
from jamsos_desktop.hub.roles import Actor
from jamsos_desktop.hub.store import HubStore

PER_PAGE = 50
STATUS_LABELS = {"aktif": "Aktif (ber-KPJ)", "menunggu_kpj": "Menunggu KPJ dari BPJS",
                 "diterima": "Diterima, belum dikirim ke BPJS", "dihapus": "Dihapus kantor"}
STATUS_SHORT = {"aktif": "Aktif", "menunggu_kpj": "Menunggu KPJ", "diterima": "Diterima", "dihapus": "Dihapus"}


@dataclass(frozen=True)
class Query:
    text: str = ""
    nik: str = ""
    kpj: str = ""
    kelurahan: str = ""
    category: str = ""
    status: str = ""
    page: int = 1


@dataclass
class Found:
    query: Query
    total: int
    rows: list[dict[str, Any]] = field(default_factory=list)

    @property
    def pages(self) -> int:
        return max(1, (self.total + PER_PAGE - 1) // PER_PAGE)


def _status(row: Any) -> str:
    if row.deleted_at is not None:
        return "dihapus"
    if row.kpj_number:
        return "aktif"
    return "menunggu_kpj" if row.bpjs_exported_at is not None else "diterima"


def _conditions(q: Query) -> list[Any]:
    p, k = t.participant.c, t.kpj.c
    where: list[Any] = []
    if q.text:
        escaped = q.text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        where.append(p.full_name.ilike(f"%{escaped}%", escape="\\"))
    if q.nik:
        nik = clean(q.nik)
        if len(nik) != 16 or not nik.isdigit():
            raise HubRefused("Cari NIK dengan 16 digit lengkap (pencarian NIK harus persis).", reason="bad_query")
        where.append(p.nik == nik)
    if q.kpj:
        where.append(k.kpj_number == q.kpj.strip())
    if q.kelurahan:
        where.append(p.kelurahan_code == q.kelurahan)
    if q.category:
        where.append(p.category == q.category)
    live = sa.and_(p.deleted_at.is_(None), p.nik.is_not(None))
    status = {"aktif": sa.and_(live, k.kpj_number.is_not(None)),
              "menunggu_kpj": sa.and_(live, k.kpj_number.is_(None), p.bpjs_exported_at.is_not(None)),
              "diterima": sa.and_(live, k.kpj_number.is_(None), p.bpjs_exported_at.is_(None)),
              "dihapus": p.deleted_at.is_not(None)}
    if q.status:
        if q.status not in status:
            raise HubRefused(f"Status {q.status!r} tidak dikenal.", reason="bad_query")
        where.append(status[q.status])
    return where


def search(conn: Connection, q: Query) -> Found:
    p, k = t.participant.c, t.kpj.c
    joined = t.participant.outerjoin(t.kpj, k.participant_id == p.participant_id)
    where = _conditions(q)
    counted = joined if q.kpj or q.status in ("aktif", "menunggu_kpj", "diterima") else t.participant
    total = conn.execute(sa.select(sa.func.count()).select_from(counted).where(*where)).scalar_one()
    page = min(max(1, q.page), max(1, (total + PER_PAGE - 1) // PER_PAGE))
    rows = conn.execute(sa.select(p.participant_id, p.full_name, p.nik, p.kelurahan_code, p.category,
                                  p.deleted_at, p.bpjs_exported_at, k.kpj_number).select_from(joined).where(*where)
                        .order_by(p.full_name, p.participant_id).limit(PER_PAGE).offset((page - 1) * PER_PAGE)).all()
    cats = default_categories()
    found = Found(Query(**{**q.__dict__, "page": page}), total)
    for r in rows:
        cat = cats.get(r.category or "")
        found.rows.append({"id": r.participant_id, "name": r.full_name or "", "nik_masked": mask(r.nik or ""),
                           "kelurahan": kelurahan_name(r.kelurahan_code or ""), "category": cat.label if cat else
                           (r.category or ""), "kpj": r.kpj_number or "", "status": _status(r),
                           "status_label": STATUS_SHORT[_status(r)]})
    return found


def participant(conn: Connection, participant_id: str) -> dict[str, Any]:
    """One participant: the record (NIK masked), KPJ, coverage, duplicate case, and every change received."""
    p, k = t.participant.c, t.kpj.c
    row = conn.execute(sa.select(t.participant, k.kpj_number, k.imported_at.label("kpj_at"))
                       .select_from(t.participant.outerjoin(t.kpj, k.participant_id == p.participant_id))
                       .where(p.participant_id == participant_id)).first()
    if row is None:
        raise HubRefused("Peserta ini tidak ada di daftar hub.", reason="not_found")
    record = json.loads(row.record) if row.record else {}
    record.pop("nik", None)
    c, d = t.change.c, t.device.c
    history = [dict(r._mapping) for r in conn.execute(
        sa.select(c.seq, c.revision, c.op, c.received_at, c.outcome, c.verdict, c.reason, c.bundle_id, c.changed_at,
                  c.changed_by, d.office_name, d.kelurahan_code)
        .select_from(t.change.join(t.device, d.device_id == c.device_id))
        .where(c.participant_id == participant_id).order_by(c.received_at, c.seq))]
    cov = t.coverage.c
    coverage = [dict(r._mapping) for r in conn.execute(
        sa.select(cov.month_from, cov.month_to, cov.funding_source, cov.budget_year, cov.tariff)
        .where(cov.participant_id == participant_id).order_by(cov.month_from))]
    cat = default_categories().get(row.category or "")
    return {"id": row.participant_id, "name": row.full_name, "nik_masked": mask(row.nik or ""),
            "kelurahan": kelurahan_name(row.kelurahan_code or ""), "kelurahan_code": row.kelurahan_code,
            "category": cat.label if cat else row.category, "kpj": row.kpj_number or "", "kpj_at": row.kpj_at,
            "status": _status(row), "status_label": STATUS_LABELS[_status(row)], "revision": row.revision,
            "first_received_at": row.first_received_at, "updated_at": row.updated_at,
            "deleted_reason": row.deleted_reason, "record": record, "coverage": coverage, "history": history}


def full_nik(conn: Connection, participant_id: str) -> str:
    nik = conn.execute(sa.select(t.participant.c.nik).where(t.participant.c.participant_id == participant_id)
                       ).scalar_one_or_none()
    if nik is None:
        raise HubRefused("NIK peserta ini tidak tersimpan (data sudah dihapus kantor).", reason="not_found")
    return str(nik)


def filters() -> dict[str, Any]:
    """The choices of the search form's side filters."""
    return {"kelurahan": [{"code": k.code, "name": f"{k.name} ({k.kecamatan.name})"} for k in batam().kelurahan],
            "categories": [{"code": c.code, "label": c.label} for c in default_categories().categories],
            "statuses": [{"code": code, "label": label} for code, label in STATUS_LABELS.items()]}


class Register:
    """The register's use cases: each call one transaction; revealing a full NIK is audited."""

    def __init__(self, store: HubStore, clock: Callable[[], dt.datetime]) -> None:
        self.store, self.clock = store, clock

    def search(self, actor: Actor, query: Query) -> Found:
        actor.require("read")
        with self.store.read() as conn:
            return search(conn, query)

    def participant(self, actor: Actor, participant_id: str) -> dict[str, Any]:
        actor.require("read")
        with self.store.read() as conn:
            return participant(conn, participant_id)

    def reveal_nik(self, actor: Actor, participant_id: str) -> str:
        actor.require("nik.reveal")
        with self.store.write() as conn:
            nik = full_nik(conn, participant_id)
            record_action(conn, actor=actor, action="participant.reveal_nik", target=participant_id)
            return nik
