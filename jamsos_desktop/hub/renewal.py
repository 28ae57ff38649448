"""Opening a funded period: `jamsos-hub period open 2027-01 --months 6` renews cover for those still eligible.

Eligible for the new months: a person who holds a funded place, has a KPJ from BPJS and a home registration, and
is not deactivated before the period starts (someone whose end falls inside the period is covered until it). A
person who has reached the age limit (categories.json `max_age_years`) on the period's first day is deactivated
("usia") instead. People on the waiting list and people sent to BPJS without a KPJ yet are not renewed here:
their first cover starts when BPJS returns their KPJ and runs to the end of this period (coverage.py). Each
renewed person's office is told the new coverage period on its next receipt; the ledger gets one row per person
and month.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection

from jamsos_desktop.domain.categories import default_categories
from jamsos_desktop.domain.field_rules import age_on
from jamsos_desktop.hub import ledger, months, periods, persons, programme_notices, quota
from jamsos_desktop.hub import schema as t
from jamsos_desktop.hub.persons import END_LABELS


@dataclass
class Opened:
    period: periods.Period
    renewed: int = 0
    months_added: int = 0
    over_age: list[str] = field(default_factory=list)  # NIKs deactivated for age
    waiting: int = 0
    amount_per_month: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {**self.period.to_dict(), "renewed": self.renewed, "months_added": self.months_added,
                "over_age": len(self.over_age), "waiting": self.waiting, "amount_per_month": self.amount_per_month}


def _birth(record: str | None) -> dt.date | None:
    try:
        value = json.loads(record or "{}").get("birth_date")
        return dt.date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def open_period(conn: Connection, *, month_from: str, n_months: int, quota_: int | None, budget: int | None, by: str,
                now: dt.datetime) -> Opened:
    period = periods.create(conn, month_from=month_from, n_months=n_months,
                            quota_=quota_ if quota_ is not None else periods.quota(conn, now.date()), budget=budget,
                            by=by, now=now)
    opened = Opened(period)
    start = months.first_day(period.month_from)
    limit = default_categories().max_age_years
    ps, p, k = t.person.c, t.participant.c, t.kpj.c
    rows = conn.execute(
        sa.select(ps.nik, ps.ended_from, ps.kelurahan_code, ps.category, p.participant_id, p.record)
        .select_from(t.person.join(t.participant, p.participant_id == ps.home_participant_id)
                     .join(t.kpj, k.participant_id == p.participant_id))
        .where(ps.placed_at.is_not(None), sa.or_(ps.ended_reason.is_(None), ps.ended_from > period.month_from))
        .order_by(ps.nik)).all()
    by_end: dict[str, list[ledger.Cover]] = {}
    told: list[str] = []
    for r in rows:
        birth = _birth(r.record)
        ended_from = r.ended_from
        if ended_from is None and birth is not None and age_on(birth, start) >= limit:
            first = persons.end(conn, r.nik, "usia", on=start - dt.timedelta(days=1), now=now,
                                detail={"by": by, "age": age_on(birth, start), "limit": limit})
            opened.over_age.append(r.nik)
            programme_notices.deactivated(conn, r.nik, END_LABELS["usia"], first, now)
            continue
        last = period.month_to if ended_from is None else min(period.month_to, months.add(ended_from, -1))
        if last < period.month_from:
            continue
        by_end.setdefault(last, []).append(
            ledger.Cover.of(r.nik, r.participant_id, r.kelurahan_code, r.category, r.record))
        told.append(r.participant_id)
    for last, covers in by_end.items():
        opened.months_added += ledger.add_cover(conn, covers, period.month_from, last, period_code=period.code, now=now)
    opened.renewed = len(told)
    persons.tell(conn, told)
    quota.renumber(conn)
    programme_notices.waiting(conn, now, all_changes=True)  # a new quota: new numbers, places for some
    opened.waiting = len(quota.waiting(conn))
    totals: dict[str, tuple[int, int]] = {}
    for year in sorted({int(m[:4]) for m in months.span(period.month_from, period.month_to)}):
        totals.update(ledger.year_totals(conn, year))
    opened.amount_per_month = {m: totals.get(m, (0, 0))[1] for m in months.span(period.month_from, period.month_to)}
    return opened
