"""The tamper-evident audit trail: every event carries the hash of the one before it.

hash = SHA-256 over a canonical JSON of (id, at, operator, action, entity, entity_id, details, prev_hash), so
editing, deleting or reordering any stored event breaks the chain from that event on. The chain's hashing and
what a start or a sign-in does through the driver alone live in audit_chain.py (re-exported here).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import Connection, insert, text
from sqlmodel import Session, col, select

from jamsos_desktop.store.audit_chain import (
    CHANGE_MARK_SQL,
    GENESIS,
    READ_ONLY_ACTIONS,
    ChainHead,
    _utc_text,
    dump_details,
    event_hash,
)
from jamsos_desktop.store.bulk import insert_rows
from jamsos_desktop.store.models import AuditEvent

__all__ = ["GENESIS", "READ_ONLY_ACTIONS", "ChainBreak", "ChainHead", "_utc_text", "append", "append_rows",
           "chain_head", "change_mark", "count", "dump_details", "event_hash", "verify_chain"]


def chain_head(session: Session) -> ChainHead:
    last = session.exec(select(AuditEvent).order_by(col(AuditEvent.id).desc()).limit(1)).first()
    return ChainHead(0, GENESIS) if last is None or last.id is None else ChainHead(last.id, last.hash)


def append(session: Session, *, at: dt.datetime, operator: str, action: str, entity: str, entity_id: str,
           details: dict[str, Any] | None = None) -> str:
    """Append one event inside the caller's transaction; returns its hash."""
    row = chain_head(session).next_row(at=at, operator=operator, action=action, entity=entity,
                                       entity_id=entity_id, details=details)
    session.execute(insert(AuditEvent), [row])
    return str(row["hash"])


def append_rows(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """Append events made with ChainHead.next_row (Core insert: fast for thousands of rows)."""
    insert_rows(conn, AuditEvent.__table__, rows)  # type: ignore[attr-defined]


@dataclass(frozen=True)
class ChainBreak:
    event_id: int
    reason: str


class StoredEvent(NamedTuple):
    """An event as stored, for checking the chain (plain values: no ORM object per event)."""

    id: int
    at: dt.datetime
    operator: str
    action: str
    entity: str
    entity_id: str
    details: str
    prev_hash: str
    hash: str


_EVENT_SQL = ("SELECT id, at, operator, action, entity, entity_id, details, prev_hash, hash FROM audit_event "
              "WHERE id > ? ORDER BY id LIMIT ?")


def _events(session: Session, batch: int = 500) -> Iterator[StoredEvent]:
    """Every event in order, read through the driver in batches: ORM objects for 100,000 events cost about
    30 MB and 2 s of CPU (the monthly purge checks the chain right after a sign-in; issue 18). `at` is read
    back as SQLAlchemy's SQLite DATETIME reads it (naive, the stored fields)."""
    conn = session.connection()
    last = 0
    while True:
        rows = conn.exec_driver_sql(_EVENT_SQL, (last, batch)).fetchall()
        if not rows:
            return
        for r in rows:
            yield StoredEvent(int(r[0]), dt.datetime.fromisoformat(r[1]), *r[2:])
        last = int(rows[-1][0])


def verify_chain(session: Session) -> ChainBreak | None:
    """The first event where the chain breaks, or None when every event verifies.

    An event whose personal details a retention purge erased is checked against its seal (audit_seals.py)."""
    from jamsos_desktop.store import audit_seals

    seals = audit_seals.load_seals(session)
    prev_hash, expected_id = GENESIS, 1
    for ev in _events(session):
        assert ev.id is not None
        if ev.id != expected_id:
            return ChainBreak(expected_id, f"peristiwa nomor {expected_id} hilang")
        if ev.prev_hash != prev_hash:
            return ChainBreak(ev.id, "tidak tersambung dengan peristiwa sebelumnya")
        recomputed = event_hash(id=ev.id, at=ev.at, operator=ev.operator, action=ev.action, entity=ev.entity,
                                entity_id=ev.entity_id, details=ev.details, prev_hash=ev.prev_hash)
        seal = seals.get(ev.id)
        if recomputed != ev.hash and (seal is None or not audit_seals.sealed_event_ok(ev, recomputed, seal)):
            return ChainBreak(ev.id, "isinya diubah setelah dicatat")
        prev_hash, expected_id = ev.hash, ev.id + 1
    broken = audit_seals.seal_break(session)
    return ChainBreak(*broken) if broken else None


def change_mark(session: Session) -> str:
    """The hash of the newest event that changed data (sign-ins, views and backups do not): equal marks mean
    nothing was changed in between."""
    row = session.execute(text(CHANGE_MARK_SQL)).first()
    return str(row[0]) if row else GENESIS


def count(session: Session) -> int:
    return int(session.execute(text("SELECT count(*) FROM audit_event")).scalar_one())
