"""The Ringkasan (dashboard) figures: quota use, this month's contribution, KPJ coverage, and per kelurahan.

A handful of grouped queries over the whole register (no per-row work in Python), so the page stays fast with
the city's 24,300 participants. "This month's contribution" is the monthly ledger's total for the current
month (hub/ledger.py: the people covered and what the city pays for them).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection

from jamsos_desktop.domain.wilayah import batam
from jamsos_desktop.hub import ledger
from jamsos_desktop.hub import quota as quota_rules
from jamsos_desktop.hub import schema as t
from jamsos_desktop.hub.report import SECURITY_DAYS

SECURITY_CHAINS = ("fork", "broken", "restart")


@dataclass
class Dashboard:
    generated_at: dt.datetime
    quota: int
    registered: int
    with_kpj: int
    over_quota: int
    pending_duplicates: int
    month: str
    month_contribution: int
    month_covered: int
    silent_days: int
    silent_offices: int
    kecamatan: list[dict[str, Any]] = field(default_factory=list)
    waiting: int = 0  # on the quota's waiting list (hub/quota.py)
    free_places: int = 0  # funded places free for the next BPJS list

    @property
    def quota_percent(self) -> float:
        return round(100 * self.registered / self.quota, 1) if self.quota else 0.0

    @property
    def kpj_percent(self) -> float:
        return round(100 * self.with_kpj / self.registered, 1) if self.registered else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "quota_percent": self.quota_percent, "kpj_percent": self.kpj_percent}


def _per_kelurahan(conn: Connection, since: dt.datetime) -> dict[str, dict[str, Any]]:
    p, k, d, c = t.participant.c, t.kpj.c, t.duplicate.c, t.change.c
    out: dict[str, dict[str, Any]] = {}

    def row(code: str | None) -> dict[str, Any]:
        return out.setdefault(code or "", {"participants": 0, "with_kpj": 0, "duplicates": 0, "rejected": 0,
                                           "devices": 0, "last_bundle_at": None, "receipt_pending": 0,
                                           "security_events": 0})

    live = sa.and_(p.deleted_at.is_(None), p.nik.is_not(None))
    for code, n, kpj in conn.execute(
            sa.select(p.kelurahan_code, sa.func.count(), sa.func.count(k.participant_id))
            .select_from(t.participant.outerjoin(t.kpj, k.participant_id == p.participant_id))
            .where(live).group_by(p.kelurahan_code)):
        row(code).update(participants=n, with_kpj=kpj)
    for code, n in conn.execute(sa.select(d.kelurahan_code, sa.func.count()).where(d.status == "pending")
                                .group_by(d.kelurahan_code)):
        row(code)["duplicates"] = n
    dev = t.device.c
    for code, n in conn.execute(sa.select(dev.kelurahan_code, sa.func.count()).where(dev.active.is_(True))
                                .group_by(dev.kelurahan_code)):
        row(code)["devices"] = n
    for code, n in conn.execute(sa.select(dev.kelurahan_code, sa.func.count()).where(dev.active.is_(False))
                                .group_by(dev.kelurahan_code)):
        row(code)["security_events"] += n
    for code, n in conn.execute(sa.select(dev.kelurahan_code, sa.func.count(sa.distinct(c.device_id)))
                                .select_from(t.change.join(t.device, dev.device_id == c.device_id))
                                .where(c.answered_in.is_(None)).group_by(dev.kelurahan_code)):
        row(code)["receipt_pending"] = n
    kelurahan_of = dict(conn.execute(sa.select(dev.device_id, dev.kelurahan_code)).all())
    for device_id, n in conn.execute(sa.select(c.device_id, sa.func.count()).where(c.verdict == "rejected")
                                     .group_by(c.device_id)):
        row(kelurahan_of.get(device_id))["rejected"] += n
    b = t.bundle.c
    for code, last, odd in conn.execute(
            sa.select(b.kelurahan_code, sa.func.max(b.received_at),
                      sa.func.count(sa.case((b.chain.in_(SECURITY_CHAINS), 1)))).group_by(b.kelurahan_code)):
        entry = row(code)
        entry["last_bundle_at"], entry["security_events"] = last, entry["security_events"] + odd
    e = t.security_event.c  # what the office tried and the hub refused (hub/security.py), recent ones
    for code, n in conn.execute(sa.select(e.kelurahan_code, sa.func.count()).where(e.at >= since)
                                .group_by(e.kelurahan_code)):
        row(code)["security_events"] += n
    return out


def _month_money(conn: Connection, month: str) -> tuple[int, int]:
    totals = ledger.month_totals(conn, month)
    return sum(amount for *_, amount in totals), sum(people for _, _, people, _ in totals)


def build_dashboard(conn: Connection, *, now: dt.datetime, quota: int, silent_days: int) -> Dashboard:
    per = _per_kelurahan(conn, now - dt.timedelta(days=SECURITY_DAYS))
    month = f"{now:%Y-%m}"
    money, covered = _month_money(conn, month)
    registered = sum(v["participants"] for v in per.values())
    board = Dashboard(now, quota, registered, sum(v["with_kpj"] for v in per.values()), max(0, registered - quota),
                      sum(v["duplicates"] for v in per.values()), month, money, covered, silent_days, 0,
                      waiting=quota_rules.waiting_count(conn), free_places=max(0, quota - quota_rules.held(conn)))
    for kec in batam().kecamatan:
        rows = []
        for kel in batam().kelurahan_in(kec.code):
            figures = dict(per.get(kel.code) or {"participants": 0, "with_kpj": 0, "duplicates": 0, "rejected": 0,
                                                 "devices": 0, "last_bundle_at": None, "receipt_pending": 0,
                                                 "security_events": 0})
            last = figures["last_bundle_at"]
            figures["silent_for"] = (now - last).days if last else None
            figures["silent"] = figures["devices"] == 0 or last is None or (now - last).days > silent_days
            board.silent_offices += int(figures["silent"])
            rows.append({"code": kel.code, "name": kel.name, **figures})
        total = {key: sum(r[key] for r in rows) for key in ("participants", "with_kpj", "duplicates", "rejected",
                                                             "receipt_pending", "security_events")}
        board.kecamatan.append({"code": kec.code, "name": kec.name, **total, "kelurahan": rows})
    return board
