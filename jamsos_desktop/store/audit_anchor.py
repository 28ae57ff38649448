"""Where the office's audit chain stands, for the anchor each changes bundle carries (sync/anchor.py).

The anchor is the chain head (last event id and hash) plus the hash the chain holds *now* at every position
anchored by the office's earlier bundles (recorded in each export event's details as `anchor`). An honest
history still holds the very hashes the hub was sent; an edited or restored one does not, and the hub says so.
"""

from __future__ import annotations

import json

from sqlalchemy import text
from sqlmodel import Session

from jamsos_desktop.store import audit

MAX_MARKS = 32


def anchored_positions(session: Session, limit: int = MAX_MARKS) -> list[int]:
    """The chain positions the latest `limit` exported bundles anchored, newest first (no duplicates)."""
    found: list[int] = []
    rows = session.execute(text("SELECT details FROM audit_event WHERE action = 'export' AND entity = 'bundle' "
                                "ORDER BY id DESC LIMIT :n"), {"n": limit * 2})
    for (details,) in rows:
        try:
            position = json.loads(details or "{}").get("anchor")
        except (ValueError, AttributeError):
            continue
        if type(position) is int and position > 0 and position not in found:
            found.append(position)
        if len(found) == limit:
            break
    return found


def chain_state(session: Session) -> tuple[int, str, list[tuple[int, str]]]:
    """(last event id, its hash, [(anchored position, hash there now), ...] newest first)."""
    head = audit.chain_head(session)
    positions = [p for p in anchored_positions(session) if p <= head.last_id]
    hashes: dict[int, str] = {}
    if positions:
        marks = ", ".join(str(int(p)) for p in positions)
        hashes = {int(i): str(h) for i, h in session.execute(text(f"SELECT id, hash FROM audit_event "
                                                                  f"WHERE id IN ({marks})"))}
    return head.last_id, head.last_hash, [(p, hashes[p]) for p in positions if p in hashes and p != head.last_id]
