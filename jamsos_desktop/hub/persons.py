"""The person at the hub: one per NIK, owning the KPJ, the coverage and the payment months.

Registrations (one per office record, `hub_participant`) attach to the person of their NIK; the live one is the
person's *home*, and its kelurahan owns the person. After every merge `follow` looks at the registrations the
bundle touched:
- a live registration of a new NIK makes a new person (accepted now: its place in the waiting list's order);
- a live registration of a person without a live home becomes the home: the KPJ and the coverage periods move to
  it (so its office gets the KPJ on its next receipt and the card loses SEMENTARA), a different kelurahan counts
  the months after this one for the new kelurahan and, for someone with a KPJ, is an address change on the next
  BPJS list (`moved_at`), and an end that was not a death is undone;
- a home registration deleted by its office (or whose NIK was corrected) leaves the person without a home, and
  the person leaves cover from the next month with the office's reason, until a registration adopts them again;
  a corrected NIK's new person keeps the old one's place in line and funded place.
`end` is the deactivation itself (also the operator's, hub/deactivation.py).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

import sqlalchemy as sa
from sqlalchemy import Connection

from jamsos_desktop.hub import bulk, ledger, months, programme_notices, quota
from jamsos_desktop.hub import schema as t

CHUNK = 500
END_LABELS = {
    "meninggal": "Meninggal dunia",
    "pindah_luar": "Pindah ke luar Kota Batam",
    "bukan_peran": "Tidak lagi dalam peran atau kategorinya",
    "usia": "Melewati batas usia",
    "pindah": "Pindah kelurahan (menunggu pendaftaran di kelurahan tujuan)",
    "dihapus": "Dihapus kantor kelurahan",
}
OFFICE_DELETES = {"meninggal": "meninggal", "pindah": "pindah", "keluar": "bukan_peran"}  # else "dihapus"


class Registration(NamedTuple):
    """What `follow` reads of a registration (hub_participant): the merge hands over the rows it has just
    written, so they need not be read back."""

    participant_id: str
    nik: str | None
    kelurahan_code: str | None
    full_name: str | None
    category: str | None
    deleted_at: dt.datetime | None
    deleted_reason: str | None


def get(conn: Connection, nik: str) -> Any:
    return conn.execute(sa.select(t.person).where(t.person.c.nik == nik)).first()


def tell(conn: Connection, participant_ids: Sequence[str]) -> None:
    """News for these registrations: the next receipt of their office carries it."""
    p = t.participant.c
    ids = sorted(set(participant_ids))
    for i in range(0, len(ids), CHUNK):
        conn.execute(sa.update(t.participant).where(p.participant_id.in_(ids[i:i + CHUNK]))
                     .values(news_pending=True, news_receipt=None))


def follow(conn: Connection, participant_ids: Sequence[str], *, now: dt.datetime, renumber: bool = True,
           known: Mapping[str, Registration] | None = None) -> None:
    """Bring the persons of these registrations up to date after a merge (see the module's docstring). A few
    bulk statements for the usual case (new people, re-sent records); one at a time only for a change of home.
    `renumber` False: the caller renumbers the waiting list once after many merges (an import of 64 bundles).
    `known`: registrations as the merge has just written them (the others are read here)."""
    ps = t.person.c
    known = known or {}
    regs = sorted([*(known[i] for i in set(participant_ids) if i in known),
                   *_registrations(conn, [i for i in participant_ids if i not in known])])
    if not regs:
        return
    homes = {r.home_participant_id: r for r in bulk.rows_in(conn, sa.select(t.person), ps.home_participant_id,
                                                         [r.participant_id for r in regs])}
    live = [r for r in regs if r.deleted_at is None and r.nik]
    corrected: dict[str, Any] = {}  # registration -> the person of its NIK before the office corrected it
    for reg in regs:
        home_of = homes.get(reg.participant_id)
        if home_of is not None and (reg.deleted_at is not None or home_of.nik != reg.nik):
            reason = (reg.deleted_reason or "dihapus") if reg.deleted_at is not None else "salah_input"
            detach(conn, home_of, reason, now=now)
            if reg.deleted_at is None:
                corrected[reg.participant_id] = home_of
    people = {r.nik: r for r in bulk.rows_in(conn, sa.select(t.person), ps.nik, [r.nik for r in live])}
    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    for reg in live:
        person = people.get(reg.nik)
        name = (reg.full_name or "")[:100]
        if person is None:  # a corrected NIK keeps its place in line (and a funded place it held)
            before = corrected.get(reg.participant_id)
            inserts.append({"nik": reg.nik, "home_participant_id": reg.participant_id, "full_name": name,
                            "category": reg.category, "kelurahan_code": reg.kelurahan_code or "",
                            "accepted_at": before.accepted_at if before else now,
                            "placed_at": before.placed_at if before else None, "updated_at": now})
        elif person.home_participant_id == reg.participant_id:
            if (person.full_name, person.category) != (name, reg.category):
                updates.append({"nik": reg.nik, "full_name": name, "category": reg.category, "updated_at": now})
        elif not _home_is_live(conn, person.home_participant_id):
            adopt(conn, person, reg, now)
    bulk.insert_many(conn, t.person, inserts)
    bulk.update_many(conn, t.person, updates, key="nik")
    if renumber and (inserts or corrected or any(r.deleted_at is not None for r in regs)):
        quota.renumber(conn)  # the waiting numbers the console and `person` show
        programme_notices.waiting(conn, now, all_changes=False)  # newcomers beyond the quota hear their number


def _registrations(conn: Connection, participant_ids: Sequence[str]) -> list[Registration]:
    p = t.participant.c
    return [Registration(*r) for r in bulk.rows_in(conn, sa.select(
        p.participant_id, p.nik, p.kelurahan_code, p.full_name, p.category, p.deleted_at, p.deleted_reason),
        p.participant_id, participant_ids)]


def _home_is_live(conn: Connection, participant_id: str | None) -> bool:
    if participant_id is None:
        return False
    p = t.participant.c
    return conn.execute(sa.select(p.participant_id).where(p.participant_id == participant_id,
                                                          p.deleted_at.is_(None))).first() is not None


def adopt(conn: Connection, person: Any, reg: Any, now: dt.datetime) -> None:
    """`reg` becomes the home of `person`: the KPJ and coverage follow it, a new kelurahan counts from next
    month, and an end that was not a death is undone."""
    values: dict[str, Any] = {"home_participant_id": reg.participant_id, "full_name": (reg.full_name or "")[:100],
                              "category": reg.category, "updated_at": now}
    if reg.kelurahan_code and reg.kelurahan_code != person.kelurahan_code:
        values["kelurahan_code"] = reg.kelurahan_code
        ledger.rehome(conn, person.nik, reg.kelurahan_code, months.next_after(now.date()))
    if person.ended_reason and person.ended_reason != "meninggal":
        values.update(_reopened(conn, person, now))
    carried = carry_kpj(conn, person.nik, reg.participant_id)
    if "kelurahan_code" in values and _has_kpj(conn, person.nik):
        values["moved_at"] = now  # BPJS knows them: an address change on the next list, not a registration
    conn.execute(sa.update(t.person).where(t.person.c.nik == person.nik).values(**values))
    if carried:
        tell(conn, [reg.participant_id])


def _has_kpj(conn: Connection, nik: str) -> bool:
    return conn.execute(sa.select(t.kpj.c.nik).where(t.kpj.c.nik == nik).limit(1)).first() is not None


def carry_kpj(conn: Connection, nik: str, to_participant: str) -> bool:
    """The KPJ of this NIK (held by an earlier registration) and its coverage periods move to `to_participant`.
    False when there is none to move, or the registration already has a KPJ of its own."""
    k, cov = t.kpj.c, t.coverage.c
    rows = conn.execute(sa.select(k.participant_id).where(k.nik == nik)).all()
    holders = [r.participant_id for r in rows]
    if not holders or to_participant in holders or len(holders) != 1:
        return False
    conn.execute(sa.update(t.kpj).where(k.participant_id == holders[0]).values(participant_id=to_participant))
    conn.execute(sa.update(t.coverage).where(cov.participant_id == holders[0]).values(participant_id=to_participant))
    return True


def _reopened(conn: Connection, person: Any, now: dt.datetime) -> dict[str, Any]:
    """Undo an end: before it took effect and before BPJS was told, as if it never happened; otherwise the
    person waits for a funded place again."""
    cleared: dict[str, Any] = {"ended_reason": None, "ended_on": None, "ended_from": None, "ended_detail": None,
                               "ended_at": None, "ended_sent_at": None}
    if person.ended_from and person.ended_from > months.of_day(now.date()) and person.ended_sent_at is None:
        ledger.recover(conn, person.nik, person.ended_from)
        return cleared
    return {**cleared, "placed_at": None}


def detach(conn: Connection, person: Any, office_reason: str, *, now: dt.datetime) -> None:
    """The home registration of `person` was deleted by its office (or its NIK corrected)."""
    conn.execute(sa.update(t.person).where(t.person.c.nik == person.nik)
                 .values(home_participant_id=None, updated_at=now))
    if not person.ended_reason:
        end(conn, person.nik, OFFICE_DELETES.get(office_reason, "dihapus"), on=now.date(), now=now,
            detail={"by": "kantor kelurahan", "office_reason": office_reason})


def end(conn: Connection, nik: str, reason: str, *, on: dt.date, now: dt.datetime,
        detail: dict[str, Any] | None = None) -> str:
    """Deactivate: cover ends after the month of `on` (never before next month: a month begun stays paid). A
    second call corrects the first (date, details). Returns the first month not covered."""
    person = get(conn, nik)
    ended_from = max(months.next_after(on), months.next_after(now.date()))
    if person.ended_from:
        ledger.recover(conn, nik, person.ended_from)
    ledger.uncover(conn, nik, ended_from, END_LABELS.get(reason, reason))
    conn.execute(sa.update(t.person).where(t.person.c.nik == nik).values(
        ended_reason=reason, ended_on=on, ended_from=ended_from, ended_detail=json.dumps(detail or {}),
        ended_at=now, ended_sent_at=None, place=None, updated_at=now))
    return ended_from


def status(row: Any) -> tuple[str, str]:
    """(code, Indonesian label) of a person row as the city office speaks of it."""
    if row.ended_reason:
        return "nonaktif", f"Nonaktif mulai {row.ended_from}: {END_LABELS.get(row.ended_reason, row.ended_reason)}"
    if row.home_participant_id is None:
        return "tanpa_rumah", "Menunggu pendaftaran di kelurahan tujuan"
    if row.placed_at is not None:
        return "dibiayai", "Mendapat tempat dalam kuota"
    return "antre", f"Daftar tunggu kuota nomor {row.place or '-'}"
