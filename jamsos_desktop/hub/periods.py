"""Funded coverage periods (tranches): their months, their quota of people, and which one is in force.

A period is opened by the city office (`jamsos-hub period open 2027-01 --months 6 --quota 24300`) when the
budget for it is set; opening it renews the cover of everyone still eligible (hub/renewal.py). Periods never
overlap. The quota in force on a day is that of the period containing the day's month, else of the next period
to start, else the hub setting `quota` (the 2025-2026 budget's 24,300 until a period is opened).

First cover after BPJS accepts a person (coverage.py) runs to the end of the period containing its first month;
without such a period, for the setting `coverage_months`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection

from jamsos_desktop.hub import months, settings
from jamsos_desktop.hub import schema as t
from jamsos_desktop.hub.errors import HubRefused
from jamsos_desktop.hub.ledger import FUNDING_SOURCE

MAX_MONTHS = 24


@dataclass(frozen=True)
class Period:
    code: str
    month_from: str
    month_to: str
    quota: int
    budget: int | None
    funding_source: str
    opened_at: dt.datetime
    opened_by: str

    @property
    def months(self) -> int:
        return months.index(self.month_to) - months.index(self.month_from) + 1

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "month_from": self.month_from, "month_to": self.month_to, "months": self.months,
                "quota": self.quota, "budget": self.budget, "funding_source": self.funding_source,
                "opened_at": self.opened_at.isoformat(" ", "seconds"), "opened_by": self.opened_by}


def _period(row: Any) -> Period:
    return Period(row.code, row.month_from, row.month_to, row.quota, row.budget, row.funding_source, row.opened_at,
                  row.opened_by)


def all_periods(conn: Connection) -> list[Period]:
    return [_period(r) for r in conn.execute(sa.select(t.period).order_by(t.period.c.month_from))]


def containing(conn: Connection, month: str) -> Period | None:
    p = t.period.c
    row = conn.execute(sa.select(t.period).where(p.month_from <= month, p.month_to >= month)).first()
    return _period(row) if row else None


def in_force(conn: Connection, today: dt.date) -> Period | None:
    """The period containing today's month, else the next to start."""
    month = months.of_day(today)
    found = containing(conn, month)
    if found is not None:
        return found
    p = t.period.c
    row = conn.execute(sa.select(t.period).where(p.month_from > month).order_by(p.month_from).limit(1)).first()
    return _period(row) if row else None


def quota(conn: Connection, today: dt.date) -> int:
    found = in_force(conn, today)
    return found.quota if found is not None else settings.get_int(conn, "quota")


def first_cover_end(conn: Connection, start: str) -> tuple[str, str | None]:
    """(last month, period code) of first cover starting in `start`."""
    found = containing(conn, start)
    if found is not None:
        return found.month_to, found.code
    return months.add(start, settings.get_int(conn, "coverage_months") - 1), None


def create(conn: Connection, *, month_from: str, n_months: int, quota_: int, budget: int | None, by: str,
           now: dt.datetime) -> Period:
    """Record a new period; refused when it overlaps one already opened."""
    month_from = months.check_month(month_from)
    if not 1 <= n_months <= MAX_MONTHS:
        raise HubRefused(f"Lama periode harus 1 sampai {MAX_MONTHS} bulan.", reason="bad_months")
    if not 1 <= quota_ <= 10_000_000:
        raise HubRefused("Kuota harus angka 1 sampai 10.000.000 orang.", reason="bad_quota")
    if budget is not None and not 0 <= budget <= 10**15:
        raise HubRefused("Anggaran harus angka rupiah tanpa titik, misalnya 2449440000.", reason="bad_budget")
    month_to = months.add(month_from, n_months - 1)
    p = t.period.c
    clash = conn.execute(sa.select(t.period).where(p.month_from <= month_to, p.month_to >= month_from)).first()
    if clash is not None:
        raise HubRefused(f"Periode {month_from} s.d. {month_to} bertumpang tindih dengan periode {clash.month_from} "
                         f"s.d. {clash.month_to} yang sudah dibuka. Pilih bulan mulai sesudah {clash.month_to}.",
                         reason="overlap")
    row = {"code": month_from, "month_from": month_from, "month_to": month_to, "quota": quota_, "budget": budget,
           "funding_source": FUNDING_SOURCE, "opened_at": now, "opened_by": by[:100]}
    conn.execute(sa.insert(t.period), [row])
    return Period(month_from, month_from, month_to, quota_, budget, FUNDING_SOURCE, now, by[:100])
