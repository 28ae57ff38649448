"""Erasing personal details from audit events without breaking the hash chain (retention purge).

An erased event keeps its stored `hash`, so the next event's `prev_hash`, and every copy of the chain head
the hub holds, stay valid. What it cannot keep is the ability to recompute that hash, so the purge stores a
*seal*: the hash of the event as it is after erasing. A seal is accepted only when (1) the event's details are
exactly what `domain.retention.redact_details` leaves, and (2) the purge event that made it (itself a link of
the chain, written in the same transaction) names the digest of all its seals. So an erased event cannot be
changed again, a seal cannot be added or altered later without breaking that purge event, and the only thing
a seal can ever hide is the erasing itself, which the chain records with who and when.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import insert, text, update
from sqlmodel import Session, col, select

from jamsos_desktop.domain.retention import is_redacted, redact_details
from jamsos_desktop.store.models import AuditEvent, AuditSeal

PURGE_ACTION = "purge"


def seals_digest(pairs: Iterable[tuple[int, str]]) -> str:
    body = "\n".join(f"{event_id}:{seal}" for event_id, seal in sorted(pairs))
    return hashlib.sha256(body.encode("ascii")).hexdigest()


def erase_events(session: Session, entity_ids: list[str]) -> list[tuple[int, str]]:
    """Erase the personal details of every participant event of `entity_ids`; returns (event id, seal) pairs
    for the caller's purge event. Events already erased are left alone."""
    from jamsos_desktop.store.audit import dump_details, event_hash

    pairs: list[tuple[int, str]] = []
    for start in range(0, len(entity_ids), 500):
        part = entity_ids[start:start + 500]
        events = session.exec(select(AuditEvent).where(AuditEvent.entity == "participant",
                                                       col(AuditEvent.entity_id).in_(part))).all()
        for ev in events:
            details = json.loads(ev.details or "{}")
            if is_redacted(details):
                continue
            erased = dump_details(redact_details(details))
            seal = event_hash(id=ev.id or 0, at=ev.at, operator=ev.operator, action=ev.action, entity=ev.entity,
                              entity_id=ev.entity_id, details=erased, prev_hash=ev.prev_hash)
            session.execute(update(AuditEvent).where(col(AuditEvent.id) == ev.id).values(details=erased))
            pairs.append((ev.id or 0, seal))
    return pairs


def store_seals(session: Session, pairs: list[tuple[int, str]], purge_event_id: int) -> None:
    if pairs:
        session.execute(insert(AuditSeal), [{"event_id": e, "seal": s, "purge_event_id": purge_event_id}
                                            for e, s in pairs])


def _has_seals_table(session: Session) -> bool:
    """False in a database (or backup) written before retention existed, e.g. by v0.1.0: nothing was sealed."""
    return session.execute(text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_seal'")
                           ).first() is not None


def load_seals(session: Session) -> dict[int, str]:
    if not _has_seals_table(session):
        return {}
    return {int(r[0]): str(r[1]) for r in session.execute(text("SELECT event_id, seal FROM audit_seal"))}


def sealed_event_ok(ev: Any, recomputed: str, seal: str) -> bool:
    """`ev`: an event with its stored `details` (an AuditEvent or audit.StoredEvent)."""
    try:
        details = json.loads(ev.details or "{}")
    except ValueError:
        return False
    return recomputed == seal and isinstance(details, dict) and is_redacted(details)


def seal_break(session: Session) -> tuple[int, str] | None:
    """The first purge event whose seals do not match the digest it recorded, as (event id, reason)."""
    groups: dict[int, list[tuple[int, str]]] = {}
    if not _has_seals_table(session):
        return None
    for event_id, seal, purge_id in session.execute(text("SELECT event_id, seal, purge_event_id FROM audit_seal")):
        groups.setdefault(int(purge_id), []).append((int(event_id), str(seal)))
    for purge_id in sorted(groups):
        ev = session.get(AuditEvent, purge_id)
        details = json.loads(ev.details or "{}") if ev is not None and ev.action == PURGE_ACTION else {}
        if details.get("seal_digest") != seals_digest(groups[purge_id]) or \
                details.get("sealed") != len(groups[purge_id]):
            return purge_id, "segel penghapusan data tidak cocok dengan catatan penghapusannya"
    return None
