"""The tamper-evident audit trail: every event carries the hash of the one before it.

hash = SHA-256 over a canonical JSON of (id, at, operator, action, entity, entity_id, details, prev_hash), so
editing, deleting or reordering any stored event breaks the chain from that event on.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, insert, text
from sqlmodel import Session, col, select

from jamsos_desktop.store.bulk import insert_rows
from jamsos_desktop.store.models import AuditEvent

GENESIS = "0" * 64
# Built once: json.dumps builds an encoder per call, which a bulk import's 24,300 events noticed. Same output.
_HASHED_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
_DETAILS_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


def _utc_text(at: dt.datetime) -> str:
    if at.tzinfo is not None:
        at = at.astimezone(dt.UTC).replace(tzinfo=None)
    return at.strftime("%Y-%m-%dT%H:%M:%S.%f")


def event_hash(*, id: int, at: dt.datetime, operator: str, action: str, entity: str, entity_id: str,
               details: str, prev_hash: str) -> str:
    return _hash(id, _utc_text(at), operator, action, entity, entity_id, details, prev_hash)


def _hash(id: int, at_text: str, operator: str, action: str, entity: str, entity_id: str, details: str,
          prev_hash: str) -> str:
    body = _HASHED_JSON.encode([id, at_text, operator, action, entity, entity_id, details, prev_hash])
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def dump_details(details: dict[str, Any] | None) -> str:
    return _DETAILS_JSON.encode(details or {})


@dataclass
class ChainHead:
    """The last event's id and hash, advanced as new events are appended in one transaction."""

    last_id: int
    last_hash: str
    _at: tuple[dt.datetime, str] | None = None  # the last time stamp and its text: a bulk change repeats it

    def next_row(self, *, at: dt.datetime, operator: str, action: str, entity: str, entity_id: str,
                 details: dict[str, Any] | None) -> dict[str, Any]:
        if self._at is None or self._at[0] is not at:
            self._at = (at, _utc_text(at))
        row: dict[str, Any] = {"id": self.last_id + 1, "at": at, "operator": operator, "action": action, "entity": entity,
               "entity_id": entity_id, "details": dump_details(details), "prev_hash": self.last_hash}
        row["hash"] = _hash(row["id"], self._at[1], operator, action, entity, entity_id, row["details"],
                            self.last_hash)
        self.last_id, self.last_hash = row["id"], row["hash"]
        return row


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


def _events(session: Session, batch: int = 5000) -> Iterator[AuditEvent]:
    last = 0
    while True:
        rows = session.exec(select(AuditEvent).where(col(AuditEvent.id) > last).order_by(col(AuditEvent.id))
                            .limit(batch)).all()
        if not rows:
            return
        yield from rows
        last = rows[-1].id or last


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


READ_ONLY_ACTIONS = ("login", "login_failed", "logout", "view", "backup")


def change_mark(session: Session) -> str:
    """The hash of the newest event that changed data (sign-ins, views and backups do not): equal marks mean
    nothing was changed in between."""
    placeholders = ", ".join(f"'{a}'" for a in READ_ONLY_ACTIONS)
    row = session.execute(text(f"SELECT hash FROM audit_event WHERE action NOT IN ({placeholders}) "
                               "ORDER BY id DESC LIMIT 1")).first()
    return str(row[0]) if row else GENESIS


def count(session: Session) -> int:
    return int(session.execute(text("SELECT count(*) FROM audit_event")).scalar_one())
