"""The quota and the waiting list: who gets a funded place, in which order, and each waiting person's number.

A person holds a place from the BPJS list that first carried them until they are deactivated; holders never
exceed the quota in force (periods.py) through an export. The others who could be sent (a live home
registration, not ended) wait, in the stated order: the day the hub first accepted them (`accepted_at`), then
NIK. When a place is free (a death, a move out of Batam, a deactivation), the first in line takes it at the next
BPJS export. `renumber` writes each waiting person's number (`place`), which the report and the console show.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection

from jamsos_desktop.hub import periods
from jamsos_desktop.hub import schema as t

CHUNK = 500


def held(conn: Connection) -> int:
    """Funded places held now."""
    ps = t.person.c
    return int(conn.execute(sa.select(sa.func.count()).select_from(t.person).where(
        ps.placed_at.is_not(None), ps.ended_reason.is_(None))).scalar_one())


def in_line() -> Any:
    """The condition for a person waiting for a place."""
    ps = t.person.c
    return sa.and_(ps.placed_at.is_(None), ps.ended_reason.is_(None), ps.home_participant_id.is_not(None))


def waiting(conn: Connection) -> list[str]:
    """The NIKs waiting, in line order."""
    ps = t.person.c
    return [r.nik for r in conn.execute(sa.select(ps.nik).where(in_line()).order_by(ps.accepted_at, ps.nik))]


def waiting_count(conn: Connection) -> int:
    return int(conn.execute(sa.select(sa.func.count()).select_from(t.person).where(in_line())).scalar_one())


def choose(line: Sequence[str], *, quota: int, holders: int) -> list[str]:
    """The first of `line` that take the places free now."""
    return list(line[:max(0, quota - holders)])


def next_in_line(conn: Connection, today: dt.date) -> list[str]:
    """Who would take a place if the BPJS list were written now."""
    return choose(waiting(conn), quota=periods.quota(conn, today), holders=held(conn))


def summary(conn: Connection, today: dt.date) -> dict[str, Any]:
    holders, line = held(conn), waiting(conn)
    quota = periods.quota(conn, today)
    period = periods.in_force(conn, today)
    return {"quota": quota, "period": period.code if period else None, "held": holders,
            "free": max(0, quota - holders), "waiting": len(line),
            "next": len(choose(line, quota=quota, holders=holders))}


def place(conn: Connection, niks: Sequence[str], *, now: dt.datetime) -> None:
    """These people now hold a funded place (their first BPJS list is being sent)."""
    ps = t.person.c
    for i in range(0, len(niks), CHUNK):
        conn.execute(sa.update(t.person).where(ps.nik.in_(niks[i:i + CHUNK]))
                     .values(placed_at=now, place=None, updated_at=now))


def renumber(conn: Connection) -> int:
    """Write the waiting numbers (1 = next in line); returns how many changed."""
    ps = t.person.c
    wanted = {nik: number for number, nik in enumerate(waiting(conn), 1)}
    current = {r.nik: r.place for r in conn.execute(
        sa.select(ps.nik, ps.place).where(sa.or_(ps.place.is_not(None), in_line())))}
    changes = [{"b_nik": nik, "place": wanted.get(nik)} for nik, number in current.items()
               if number != wanted.get(nik)]
    for i in range(0, len(changes), CHUNK):
        conn.execute(sa.update(t.person).where(ps.nik == sa.bindparam("b_nik")), changes[i:i + CHUNK])
    return len(changes)
