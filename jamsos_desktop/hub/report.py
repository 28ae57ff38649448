"""The city's coverage report: participants per kecamatan, kelurahan and category against the quota, pending
duplicates, the sending state of every kelurahan (no device, nothing received yet, last bundle N days ago),
offices that have gone quiet or never sent anything, change numbers that never arrived, and recent security
events (what offices tried and were refused for: hub/security.py).

Counted are LIVE participants in the register (accepted, not deleted); a duplicate waiting for review is not
counted twice. Every kecamatan and kelurahan of Batam is listed, also those with nobody registered yet.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection

from jamsos_desktop.domain.categories import default_categories
from jamsos_desktop.domain.nik import mask
from jamsos_desktop.domain.wilayah import batam
from jamsos_desktop.hub import devices, security
from jamsos_desktop.hub import schema as t
from jamsos_desktop.hub.activity import activity, kelurahan_states
from jamsos_desktop.hub.importer import gap_words

SECURITY_DAYS = 90


@dataclass
class HubReport:
    generated_at: str
    quota: int
    total: int
    with_kpj: int
    sent_to_bpjs: int  # on a list sent to BPJS, no KPJ back yet
    not_sent: int  # not yet on any list sent to BPJS
    silent_days: int
    per_kecamatan: list[dict[str, Any]] = field(default_factory=list)
    per_kelurahan: list[dict[str, Any]] = field(default_factory=list)
    per_category: list[dict[str, Any]] = field(default_factory=list)
    pending_duplicates: list[dict[str, Any]] = field(default_factory=list)
    silent_offices: list[dict[str, Any]] = field(default_factory=list)
    kelurahan_states: list[dict[str, Any]] = field(default_factory=list)
    gaps: list[str] = field(default_factory=list)
    security_days: int = SECURITY_DAYS
    security_events: list[dict[str, Any]] = field(default_factory=list)

    @property
    def quota_percent(self) -> float:
        return round(100 * self.total / self.quota, 1) if self.quota else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "quota_percent": self.quota_percent}


def _counts(conn: Connection) -> dict[tuple[str, str], tuple[int, int, int]]:
    p, k = t.participant.c, t.kpj.c
    rows = conn.execute(
        sa.select(p.kelurahan_code, p.category, sa.func.count(), sa.func.count(k.participant_id),
                  sa.func.count(sa.case((sa.and_(p.bpjs_exported_at.is_not(None), k.participant_id.is_(None)), 1))))
        .select_from(t.participant.outerjoin(t.kpj, k.participant_id == p.participant_id))
        .where(p.deleted_at.is_(None), p.nik.is_not(None)).group_by(p.kelurahan_code, p.category)).all()
    return {(r[0] or "", r[1] or ""): (r[2], r[3], r[4]) for r in rows}


def _pending_duplicates(conn: Connection) -> list[dict[str, Any]]:
    d = t.duplicate.c
    rows = conn.execute(sa.select(t.duplicate).where(d.status == "pending").order_by(d.created_at, d.id)).all()
    return [{"id": r.id, "nik_masked": mask(r.nik), "full_name": r.full_name, "kelurahan_code": r.kelurahan_code,
             "kelurahan": devices.kelurahan_name(r.kelurahan_code), "first_kelurahan_code": r.first_kelurahan_code,
             "first_kelurahan": devices.kelurahan_name(r.first_kelurahan_code), "since": r.created_at.isoformat(" ")}
            for r in rows]


def _silent(conn: Connection, now: dt.datetime, days: int) -> list[dict[str, Any]]:
    """Active devices that never sent anything (at once, not after `days`) or not for more than `days`."""
    last = {device_id: a.last_received_at for device_id, a in activity(conn).items()}
    quiet = []
    for device in devices.all_devices(conn):
        if not device.active:
            continue
        seen = last.get(device.device_id)
        idle = (now - (seen or device.enrolled_at)).days
        if seen is None or idle > days:
            quiet.append({"device_id": device.device_id, "kelurahan_code": device.kelurahan_code,
                          "kelurahan": device.kelurahan_name, "office_name": device.office_name,
                          "last_bundle_at": seen.isoformat(" ") if seen else None, "days": idle})
    return quiet


def build_report(conn: Connection, *, now: dt.datetime, quota: int, silent_days: int) -> HubReport:
    counts = _counts(conn)
    areas, cats = batam(), default_categories()
    by_kel: dict[str, list[int]] = {}
    by_cat: dict[str, int] = {}
    for (kel_code, cat_code), (n, kpj, sent) in counts.items():
        acc = by_kel.setdefault(kel_code, [0, 0, 0])
        acc[0], acc[1], acc[2] = acc[0] + n, acc[1] + kpj, acc[2] + sent
        by_cat[cat_code] = by_cat.get(cat_code, 0) + n
    total = sum(v[0] for v in by_kel.values())
    with_kpj = sum(v[1] for v in by_kel.values())
    sent = sum(v[2] for v in by_kel.values())
    report = HubReport(now.isoformat(" ", "seconds"), quota, total, with_kpj, sent, total - with_kpj - sent,
                       silent_days)
    for kec in areas.kecamatan:
        kel_rows = []
        for kel in areas.kelurahan_in(kec.code):
            n, kpj, _ = by_kel.get(kel.code, [0, 0, 0])
            kel_rows.append({"code": kel.code, "name": kel.name, "kecamatan": kec.name, "count": n, "with_kpj": kpj})
        report.per_kelurahan.extend(kel_rows)
        report.per_kecamatan.append({"code": kec.code, "name": kec.name, "count": sum(r["count"] for r in kel_rows),
                                     "with_kpj": sum(r["with_kpj"] for r in kel_rows)})
    for cat in cats.categories:
        report.per_category.append({"code": cat.code, "label": cat.label, "count": by_cat.pop(cat.code, 0)})
    report.per_category.extend({"code": code, "label": code or "(tanpa kategori)", "count": n}
                               for code, n in sorted(by_cat.items()))
    report.pending_duplicates = _pending_duplicates(conn)
    report.silent_offices = _silent(conn, now, silent_days)
    report.kelurahan_states = kelurahan_states(conn, now=now, silent_days=silent_days)
    report.gaps = gap_words(conn, [d.device_id for d in devices.all_devices(conn)])
    report.security_events = [e.to_dict() for e in security.recent(conn, since=now - dt.timedelta(days=SECURITY_DAYS))]
    return report
