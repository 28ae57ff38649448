"""The Ringkasan (dashboard) figures: quota use, this month's contribution, KPJ coverage, and per kelurahan.

Two statements, each answered from indexes (no table is read whole, no per-row work in Python), so the page
stays fast with the city's 24,300 participants on SQLite and PostgreSQL: one UNION ALL of grouped counts (one
round trip for every number on the page) and the last bundle per kelurahan. "This month's contribution" is the monthly ledger's total for the current
month (hub/ledger.py: the people covered and what the city pays for them).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection

from jamsos_desktop.domain.wilayah import batam
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
        # no deep copy (dataclasses.asdict copied the 64 kelurahan rows again: a tenth of the page's time)
        return {**{f.name: getattr(self, f.name) for f in fields(self)}, "quota_percent": self.quota_percent,
                "kpj_percent": self.kpj_percent}


def _branch(kind: str, code: Any, n: Any, m: Any = None) -> sa.Select[Any]:
    """One branch of _FIGURES: (kind, kelurahan code, n, m), grouped by the code unless it is None (the city)."""
    query = sa.select(sa.literal_column(f"'{kind}'").label("kind"),
                      (sa.null() if code is None else code).label("code"), n.label("n"),
                      (sa.literal_column("0") if m is None else m).label("m"))
    return query if code is None else query.group_by(code)


def _figures() -> sa.CompoundSelect:
    """Every number of the page as rows (kind, kelurahan code or NULL for the city, n, m) in ONE statement, each
    branch answered from an index (none reads a whole table): live participants and their KPJ from
    ix_hub_participant_kelurahan_live, changes per device from the (device, answered) and (verdict, device)
    indexes, the waiting line from ix_hub_person_waiting, the places held from ix_hub_person_queue, the month's
    ledger by its month."""
    p, k, d, dev, c = t.participant.c, t.kpj.c, t.duplicate.c, t.device.c, t.change.c
    e, ps, lg, b = t.security_event.c, t.person.c, t.ledger.c, t.bundle.c
    count = sa.func.count
    return sa.union_all(
        _branch("participants", p.kelurahan_code, count(), count(k.participant_id))
        .select_from(t.participant.outerjoin(t.kpj, k.participant_id == p.participant_id))
        .where(p.deleted_at.is_(None), p.nik.is_not(None)),
        _branch("duplicates", d.kelurahan_code, count()).where(d.status == "pending"),
        _branch("devices", dev.kelurahan_code, count()).where(dev.active.is_(True)),
        _branch("revoked", dev.kelurahan_code, count()).where(dev.active.is_(False)),
        _branch("receipt_pending", dev.kelurahan_code, count()).where(
            sa.exists().where(c.device_id == dev.device_id, c.answered_in.is_(None))),
        _branch("rejected", dev.kelurahan_code, count())
        .select_from(t.change.join(t.device, dev.device_id == c.device_id)).where(c.verdict == "rejected"),
        _branch("odd_bundles", b.kelurahan_code, count()).where(b.chain.in_(SECURITY_CHAINS)),
        _branch("security", e.kelurahan_code, count()).where(e.at >= sa.bindparam("since", type_=sa.DateTime)),
        _branch("waiting", None, count()).select_from(t.person).where(quota_rules.in_line()),
        _branch("held", None, count()).select_from(t.person).where(ps.placed_at.is_not(None),
                                                                     ps.ended_reason.is_(None)),
        _branch("month", None, count(), sa.func.coalesce(sa.func.sum(lg.amount), 0)).select_from(t.ledger)
        .where(lg.month == sa.bindparam("month", type_=sa.String), lg.covered.is_(True)))


_FIGURES = _figures()
_LAST_BUNDLE = sa.select(t.bundle.c.kelurahan_code, sa.func.max(t.bundle.c.received_at)) \
    .group_by(t.bundle.c.kelurahan_code)
PER_KELURAHAN = ("participants", "with_kpj", "duplicates", "rejected", "devices", "receipt_pending",
                 "security_events")
CITY = ("waiting", "held", "month")
SECURITY = ("revoked", "odd_bundles", "security")  # revoked devices, odd bundle chains, refused attempts


def _blank() -> dict[str, Any]:
    return {**dict.fromkeys(PER_KELURAHAN, 0), "last_bundle_at": None}


def _per_kelurahan(conn: Connection, since: dt.datetime,
                   month: str) -> tuple[dict[str, dict[str, Any]], dict[str, tuple[int, int]]]:
    """({kelurahan code: its figures}, {city-wide figure: (n, m)}) in two round trips."""
    out: dict[str, dict[str, Any]] = {}
    city: dict[str, tuple[int, int]] = {}
    for kind, code, n, m in conn.execute(_FIGURES, {"since": since, "month": month}):
        if kind in CITY:
            city[kind] = (int(n), int(m))
            continue
        entry = out.setdefault(code or "", _blank())
        entry["security_events" if kind in SECURITY else kind] += int(n)
        if kind == "participants":
            entry["with_kpj"] += int(m)
    for code, last in conn.execute(_LAST_BUNDLE):
        out.setdefault(code or "", _blank())["last_bundle_at"] = last
    return out, city


def build_dashboard(conn: Connection, *, now: dt.datetime, quota: int, silent_days: int) -> Dashboard:
    month = f"{now:%Y-%m}"
    per, city = _per_kelurahan(conn, now - dt.timedelta(days=SECURITY_DAYS), month)
    registered = sum(v["participants"] for v in per.values())
    (covered, rupiah), (waiting, _), (held, _) = city["month"], city["waiting"], city["held"]
    board = Dashboard(now, quota, registered, sum(v["with_kpj"] for v in per.values()), max(0, registered - quota),
                      sum(v["duplicates"] for v in per.values()), month, rupiah, covered, silent_days, 0,
                      waiting=waiting, free_places=max(0, quota - held))
    for kec in batam().kecamatan:
        rows = []
        for kel in batam().kelurahan_in(kec.code):
            figures = dict(per.get(kel.code) or _blank())
            last = figures["last_bundle_at"]
            figures["silent_for"] = (now - last).days if last else None
            figures["silent"] = figures["devices"] == 0 or last is None or (now - last).days > silent_days
            board.silent_offices += int(figures["silent"])
            rows.append({"code": kel.code, "name": kel.name, **figures})
        total = {key: sum(r[key] for r in rows) for key in ("participants", "with_kpj", "duplicates", "rejected",
                                                             "receipt_pending", "security_events")}
        board.kecamatan.append({"code": kec.code, "name": kec.name, **total, "kelurahan": rows})
    return board
