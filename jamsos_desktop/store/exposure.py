"""Whose data a lost backup or a stolen PC held, in SQL: the participants on record at a moment, their heirs."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import bindparam, text
from sqlmodel import Session, col, select
from sqlmodel.sql.sqltypes import UTCDateTime

from jamsos_desktop.store.models import BundleEntry, BundleLog, Outbox

PEOPLE_COLUMNS = ("id", "nik", "full_name", "birth_date", "phone", "address", "rt", "rw", "deleted_at", "purged_at")
_AT = bindparam("at", type_=UTCDateTime())


def people_at(session: Session, at: dt.datetime) -> list[dict[str, Any]]:
    """Participants whose row existed at `at` (a backup made then holds them), with their data as it is now;
    those erased since are returned too, with empty personal fields (`purged_at` set)."""
    sql = text(f"SELECT {', '.join('p.' + c for c in PEOPLE_COLUMNS)}, "
               "(SELECT count(*) FROM beneficiary b WHERE b.participant_id = p.id) AS heirs "
               "FROM participant p WHERE p.created_at <= :at AND (p.purged_at IS NULL OR p.purged_at > :at) "
               "ORDER BY p.rw, p.rt, p.full_name, p.row_id"
               ).bindparams(_AT)
    return [dict(r._mapping) for r in session.execute(sql, {"at": at})]


def heirs_of(session: Session, participant_ids: list[str]) -> list[dict[str, Any]]:
    """Name, relationship and birth date of the heirs of these participants (children are specific data)."""
    out: list[dict[str, Any]] = []
    for i in range(0, len(participant_ids), 500):
        part = participant_ids[i:i + 500]
        names = ", ".join(f":p{j}" for j in range(len(part)))
        sql = text(f"SELECT participant_id, relationship, birth_date FROM beneficiary WHERE participant_id IN ({names})")
        out += [dict(r._mapping) for r in session.execute(sql, {f"p{j}": pid for j, pid in enumerate(part)})]
    return out


def backups_made(session: Session) -> list[dict[str, Any]]:
    """Every backup the office made by hand (from the audit trail): file name and time, newest first."""
    sql = text("SELECT entity_id AS file, at, operator FROM audit_event WHERE action = 'backup' ORDER BY id DESC")
    return [dict(r._mapping) for r in session.execute(sql)]


def bundles_sent(session: Session, limit: int = 200) -> list[BundleLog]:
    """Bundles this office wrote, newest first."""
    return list(session.exec(select(BundleLog).where(BundleLog.direction == "out")
                             .order_by(col(BundleLog.created_at).desc()).limit(limit)).all())


def bundle(session: Session, bundle_id: str) -> BundleLog | None:
    return session.get(BundleLog, bundle_id)


def bundle_snapshots(session: Session, bundle_id: str) -> list[str]:
    """The snapshots (JSON text) one exported bundle carried, in seq order."""
    return list(session.exec(select(Outbox.snapshot).join(BundleEntry, col(BundleEntry.seq) == col(Outbox.seq))
                             .where(BundleEntry.bundle_id == bundle_id).order_by(col(Outbox.seq))).all())
