"""The quota and the waiting list: who gets a funded place, in which order, and each waiting person's number.

A person holds a place from the BPJS list that first carried them until they are deactivated; holders never
exceed the quota in force (periods.py) through an export. The others who could be sent (a live home
registration, not ended) wait, in the stated order: the day the hub first accepted them (`accepted_at`), then
NIK. When a place is free (a death, a move out of Batam, a deactivation), the first in line takes it at the next
BPJS export, unless the city divided the quota between kelurahan (hub/allocation.py) and that person's kelurahan
holds all its places: then the next in line from another kelurahan takes it. `renumber` writes each waiting person's number (`place`), which the report and the console show.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection

from jamsos_desktop.hub import allocation, periods, settings
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


def _line(conn: Connection) -> list[Any]:
    ps = t.person.c
    query = sa.select(ps.nik, ps.kelurahan_code).where(in_line()).order_by(ps.accepted_at, ps.nik)
    return list(conn.execute(query).all())


def waiting(conn: Connection) -> list[str]:
    """The NIKs waiting, in line order."""
    return [r.nik for r in _line(conn)]


def caps(conn: Connection) -> dict[str, int]:
    """The per-kelurahan allocation in force ({} when the quota is not divided)."""
    return allocation.parse(settings.get_all(conn).get("quota_allocation", ""))


def held_in(conn: Connection) -> dict[str, int]:
    """Funded places held now, per kelurahan."""
    ps = t.person.c
    return dict(conn.execute(sa.select(ps.kelurahan_code, sa.func.count()).where(
        ps.placed_at.is_not(None), ps.ended_reason.is_(None)).group_by(ps.kelurahan_code)).all())


def next_places(conn: Connection, today: dt.date) -> tuple[list[str], list[str]]:
    """(the waiting list in order, who of it takes a place if the BPJS list is written now)."""
    line = _line(conn)
    niks = [r.nik for r in line]
    limits = caps(conn)
    if not limits:
        return niks, choose(niks, quota=periods.quota(conn, today), holders=held(conn))
    free = max(0, periods.quota(conn, today) - held(conn))
    taken = held_in(conn)
    chosen: list[str] = []
    for r in line:
        if len(chosen) >= free:
            break
        if r.kelurahan_code in limits and taken.get(r.kelurahan_code, 0) >= limits[r.kelurahan_code]:
            continue
        taken[r.kelurahan_code] = taken.get(r.kelurahan_code, 0) + 1
        chosen.append(r.nik)
    return niks, chosen


def fits(conn: Connection, newly: Sequence[str], today: dt.date) -> bool:
    """Whether these people may still take places now (nobody else took them meanwhile)."""
    still = set(waiting(conn))
    if held(conn) + len(newly) > periods.quota(conn, today) or not still.issuperset(newly):
        return False
    limits = caps(conn)
    if limits:
        ps = t.person.c
        taken = held_in(conn)
        for i in range(0, len(newly), CHUNK):
            for r in conn.execute(sa.select(ps.kelurahan_code).where(ps.nik.in_(newly[i:i + CHUNK]))):
                taken[r.kelurahan_code] = taken.get(r.kelurahan_code, 0) + 1
        return all(taken.get(code, 0) <= cap for code, cap in limits.items() if code in taken)
    return True


def waiting_count(conn: Connection) -> int:
    return int(conn.execute(sa.select(sa.func.count()).select_from(t.person).where(in_line())).scalar_one())


def choose(line: Sequence[str], *, quota: int, holders: int) -> list[str]:
    """The first of `line` that take the places free now."""
    return list(line[:max(0, quota - holders)])


def next_in_line(conn: Connection, today: dt.date) -> list[str]:
    """Who would take a place if the BPJS list were written now."""
    return next_places(conn, today)[1]


def summary(conn: Connection, today: dt.date) -> dict[str, Any]:
    holders = held(conn)
    line, chosen = next_places(conn, today)
    quota = periods.quota(conn, today)
    period = periods.in_force(conn, today)
    limits = caps(conn)
    taken = held_in(conn) if limits else {}
    return {"quota": quota, "period": period.code if period else None, "held": holders,
            "free": max(0, quota - holders), "waiting": len(line), "next": len(chosen),
            "allocation": {code: {"places": cap, "held": taken.get(code, 0)} for code, cap in sorted(limits.items())}}


def place(conn: Connection, niks: Sequence[str], *, now: dt.datetime) -> None:
    """These people now hold a funded place (their first BPJS list is being sent)."""
    ps = t.person.c
    for i in range(0, len(niks), CHUNK):
        conn.execute(sa.update(t.person).where(ps.nik.in_(niks[i:i + CHUNK]))
                     .values(placed_at=now, place=None, updated_at=now))


def renumber(conn: Connection) -> int:
    """Write the waiting numbers (1 = next in line, in _line's order) and clear those of people no longer in
    line; returns how many changed. Two statements, numbered inside the database (row_number() over the line,
    UPDATE ... FROM on SQLite and PostgreSQL alike): reading the 24,300 people of a large import into Python and
    writing each number back took twice as long."""
    ps = t.person.c
    number = sa.func.row_number().over(order_by=(ps.accepted_at, ps.nik))
    line = sa.select(ps.nik, number.label("number")).where(in_line()).subquery("line")
    numbered = conn.execute(sa.update(t.person).where(ps.nik == line.c.nik, ps.place.is_distinct_from(line.c.number))
                            .values(place=line.c.number)).rowcount
    cleared = conn.execute(sa.update(t.person).where(ps.place.is_not(None), sa.not_(in_line()))
                           .values(place=None)).rowcount
    return int(numbered) + int(cleared)
