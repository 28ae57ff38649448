"""The coverage rule: which months the city pays for a person once BPJS has given them a KPJ number.

Cover starts on the first day of the month AFTER the month in which the KPJ number was imported (BPJS accepted
the registration), or, when BPJS's return file gives the membership start date, with the month of that date, and runs to the end of the funded period containing that month (periods.py), or, when no
period has been opened for it, for the hub setting `coverage_months` (default 6, one tranche). A person
deactivated before that end is covered until the deactivation. Periods that cross New Year are split per
calendar year (each year's APBD pays its months, `budget_year`). The funding source is "APBD Kota Batam"; the
tariff is the programmes' contribution at the declared income (or the programme's basis) for each month
(ledger.py). The months are written to the ledger and, as coverage periods, told to the office.
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy import Connection

from jamsos_desktop.hub import bulk, ledger, months, periods
from jamsos_desktop.hub import schema as t
from jamsos_desktop.hub.ledger import FUNDING_SOURCE

__all__ = ["FUNDING_SOURCE", "first_cover"]
CHUNK = 500


def first_cover(conn: Connection, participant_ids: list[str], *, imported: dt.date, now: dt.datetime,
                start: str | None = None) -> int:
    """Cover these registrations' persons from the month after `imported` (or from `start`, the month of BPJS's
    own membership start date); returns the ledger months added. Each person also holds a funded place from now
    on (BPJS registered them)."""
    start = start or months.next_after(imported)
    last, code = periods.first_cover_end(conn, start)
    p, ps = t.participant.c, t.person.c
    groups: dict[str, list[ledger.Cover]] = {}
    niks: list[str] = []
    for r in bulk.rows_in(conn, sa.select(p.participant_id, p.nik, p.kelurahan_code, p.category, p.record,
                                          ps.ended_from).select_from(t.participant.outerjoin(t.person, ps.nik == p.nik)),
                          p.participant_id, participant_ids):
        end = last if not r.ended_from else min(last, months.add(r.ended_from, -1))
        groups.setdefault(end, []).append(
            ledger.Cover.of(r.nik, r.participant_id, r.kelurahan_code or "", r.category, r.record))
        niks.append(r.nik)
    for i in range(0, len(niks), CHUNK):
        conn.execute(sa.update(t.person).where(ps.nik.in_(niks[i:i + CHUNK]), ps.placed_at.is_(None))
                     .values(placed_at=now, place=None, updated_at=now))
    return sum(ledger.add_cover(conn, covers, start, end, period_code=code, now=now)
               for end, covers in groups.items())
