"""The monthly ledger: one row per person and month of planned cover, covered or not, at which tariff.

It is the single source of what the city pays: the recap per kelurahan and category and the budget
realisation (recap.py) read it. Rows are written when cover is added (a KPJ from BPJS starts it, `period open`
renews it), together with the coverage periods the offices are told on their receipts; a deactivation turns
the months from its first month into "not covered" (amount 0, with the reason), a reopening turns them back; a
move counts the months after the move for the new kelurahan.

The tariff of a month is the programmes' monthly contribution at the person's declared income (the programme's
basis when none was entered) as of that month (domain/tariffs.py, `resources/reference/tariffs.json`), so a
tariff change with an effective date shows from its month on.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection

from jamsos_desktop.domain.tariffs import default_tariffs
from jamsos_desktop.hub import bulk, months
from jamsos_desktop.hub import schema as t

CHUNK = 500
FUNDING_SOURCE = "APBD Kota Batam"


@lru_cache(maxsize=4096)
def tariff(month: str, income: int | None, programs: tuple[str, ...]) -> int:
    """Rupiah the city pays for one person in `month` (cached: a handful of income/programme combinations)."""
    return default_tariffs().monthly_contribution(income, list(programs), on=months.first_day(month))["total"]


@dataclass(frozen=True)
class Cover:
    """One person to cover: who, their home registration and kelurahan, and their income and programmes."""

    nik: str
    participant_id: str
    kelurahan_code: str
    category: str | None
    income: int | None
    programs: tuple[str, ...]

    @classmethod
    def of(cls, nik: str, participant_id: str, kelurahan_code: str, category: str | None, record: str | None) -> Cover:
        rec = json.loads(record) if record else {}
        income = rec.get("declared_income")
        return cls(nik, participant_id, kelurahan_code, category, income if isinstance(income, int) else None,
                   tuple(rec.get("programs") or ("JKK", "JKM")))


_LEDGER_COLUMNS = ("month", "nik", "kelurahan_code", "category", "covered", "tariff", "amount", "period_code", "note")


def _chunks(items: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), CHUNK):
        yield items[i:i + CHUNK]


def _existing(conn: Connection, niks: Sequence[str], month_from: str, month_to: str) -> set[tuple[str, str]]:
    lg = t.ledger.c
    found: set[tuple[str, str]] = set()
    for part in _chunks(sorted(set(niks))):
        found.update((r.nik, r.month) for r in conn.execute(
            sa.select(lg.nik, lg.month).where(lg.nik.in_(part), lg.month.between(month_from, month_to))))
    return found


def add_cover(conn: Connection, covers: Iterable[Cover], month_from: str, month_to: str, *, period_code: str | None,
              now: dt.datetime) -> int:
    """Cover each person from `month_from` to `month_to`: ledger months and coverage periods (one per calendar
    year, each paid from that year's APBD). Months a person already has in the ledger stay as they are (a re-run
    adds nothing). Returns the number of ledger months added."""
    covers = list(covers)
    if not covers or months.index(month_to) < months.index(month_from):
        return 0
    have = _existing(conn, [c.nik for c in covers], month_from, month_to)
    every = list(months.span(month_from, month_to))
    every_runs = list(months.runs_by_year(every))  # the usual case: none of the months is in the ledger yet
    partly = {nik for nik, _month in have}
    covered = bulk.driver_value(conn, t.ledger.c.covered, True)
    prices: dict[tuple[int | None, tuple[str, ...]], dict[str, int]] = {}  # a handful of income/programmes
    ledger_rows: list[tuple[Any, ...]] = []
    coverage_rows: list[dict[str, Any]] = []
    for c in covers:
        price = prices.get((c.income, c.programs))
        if price is None:
            price = prices[(c.income, c.programs)] = {m: tariff(m, c.income, c.programs) for m in every}
        run = [m for m in every if (c.nik, m) not in have] if c.nik in partly else every
        for month in run:
            amount = price[month]
            ledger_rows.append((month, c.nik, c.kelurahan_code, c.category, covered, amount, amount, period_code, None))
        for part in (every_runs if run is every else months.runs_by_year(run)):
            coverage_rows.append({"participant_id": c.participant_id, "month_from": part[0], "month_to": part[-1],
                                  "funding_source": FUNDING_SOURCE, "budget_year": int(part[0][:4]),
                                  "tariff": price[part[0]], "created_at": now})
    ledger_rows.sort(key=itemgetter(0, 1))  # in primary-key order (month, nik): a third less index work on SQLite
    bulk.insert_driver_rows(conn, t.ledger, _LEDGER_COLUMNS, ledger_rows)
    bulk.insert_many(conn, t.coverage, coverage_rows)
    return len(ledger_rows)


def uncover(conn: Connection, nik: str, from_month: str, note: str) -> int:
    """Months from `from_month` on are no longer covered (a deactivation): amount 0, with the reason."""
    lg = t.ledger.c
    return conn.execute(sa.update(t.ledger).where(lg.nik == nik, lg.month >= from_month, lg.covered.is_(True))
                        .values(covered=False, amount=0, note=note[:100])).rowcount


def recover(conn: Connection, nik: str, from_month: str) -> int:
    """Undo `uncover` (a deactivation corrected before it took effect): the months are covered again."""
    lg = t.ledger.c
    return conn.execute(sa.update(t.ledger).where(lg.nik == nik, lg.month >= from_month, lg.covered.is_(False))
                        .values(covered=True, amount=lg.tariff, note=None)).rowcount


def rehome(conn: Connection, nik: str, kelurahan_code: str, from_month: str) -> None:
    """A move: the months from `from_month` on count for the new kelurahan."""
    lg = t.ledger.c
    conn.execute(sa.update(t.ledger).where(lg.nik == nik, lg.month >= from_month).values(kelurahan_code=kelurahan_code))


def month_totals(conn: Connection, month: str) -> list[tuple[str, str | None, int, int]]:
    """(kelurahan, category, people covered, rupiah) for one month."""
    lg = t.ledger.c
    return [(r[0], r[1], int(r[2]), int(r[3])) for r in conn.execute(
        sa.select(lg.kelurahan_code, lg.category, sa.func.count(), sa.func.coalesce(sa.func.sum(lg.amount), 0))
        .where(lg.month == month, lg.covered.is_(True)).group_by(lg.kelurahan_code, lg.category))]


def year_totals(conn: Connection, year: int) -> dict[str, tuple[int, int]]:
    """month -> (people covered, rupiah) for each month of `year` that has covered ledger rows."""
    lg = t.ledger.c
    rows = conn.execute(sa.select(lg.month, sa.func.count(), sa.func.coalesce(sa.func.sum(lg.amount), 0))
                        .where(lg.month.between(f"{year}-01", f"{year}-12"), lg.covered.is_(True))
                        .group_by(lg.month))
    return {r[0]: (int(r[1]), int(r[2])) for r in rows}


def person_months(conn: Connection, nik: str) -> list[dict[str, Any]]:
    lg = t.ledger.c
    return [dict(r._mapping) for r in conn.execute(
        sa.select(lg.month, lg.covered, lg.tariff, lg.amount, lg.kelurahan_code, lg.note, lg.period_code)
        .where(lg.nik == nik).order_by(lg.month))]
