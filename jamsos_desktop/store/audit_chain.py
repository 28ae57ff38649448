"""The audit trail's hash chain, and what the start-up and a sign-in do with it through the driver alone.

hash = SHA-256 over a canonical JSON of (id, at, operator, action, entity, entity_id, details, prev_hash), so
editing, deleting or reordering any stored event breaks the chain from that event on. store/audit.py holds
the session-based side (bulk appends, verification) and re-exports these.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from jamsos_desktop.store.driver import datetime_text

GENESIS = "0" * 64
READ_ONLY_ACTIONS = ("login", "login_failed", "logout", "view", "backup")
_PLACEHOLDERS = ", ".join(f"'{a}'" for a in READ_ONLY_ACTIONS)
CHANGE_MARK_SQL = (f"SELECT hash FROM audit_event WHERE action NOT IN ({_PLACEHOLDERS}) "
                   "ORDER BY id DESC LIMIT 1")


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


def head_of(conn: Any) -> ChainHead:
    """The chain's head read through a driver connection (inside the caller's transaction)."""
    row = conn.execute("SELECT id, hash FROM audit_event ORDER BY id DESC LIMIT 1").fetchone()
    return ChainHead(0, GENESIS) if row is None else ChainHead(int(row[0]), str(row[1]))


def append_event(conn: Any, *, at: dt.datetime, operator: str, action: str, entity: str, entity_id: str,
                 details: dict[str, Any] | None = None) -> str:
    """Append one event through a driver connection, inside the caller's write transaction; returns its hash.
    The row is stored exactly as a session stores it (store/audit.py's `append`)."""
    row = head_of(conn).next_row(at=at, operator=operator, action=action, entity=entity, entity_id=entity_id,
                                 details=details)
    conn.execute("INSERT INTO audit_event (id, at, operator, action, entity, entity_id, details, prev_hash, hash) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                 (row["id"], datetime_text(row["at"]), row["operator"], row["action"], row["entity"],
                  row["entity_id"], row["details"], row["prev_hash"], row["hash"]))
    return str(row["hash"])


def change_mark_of(conn: Any) -> str:
    """The hash of the newest event that changed data (sign-ins, views and backups do not): equal marks mean
    nothing was changed in between."""
    row = conn.execute(CHANGE_MARK_SQL).fetchone()
    return str(row[0]) if row else GENESIS


def has_states(conn: Any) -> bool:
    """Whether any event records a row state (store/state.py's baseline was made)."""
    return conn.execute("SELECT 1 FROM audit_event WHERE details LIKE '%\"state\":%' LIMIT 1").fetchone() is not None
