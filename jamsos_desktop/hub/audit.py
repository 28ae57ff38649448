"""The hub audit: who did what, when, for every state change at the hub, chained by SHA-256 (tamper-evident).

Call `record(conn, actor=..., action=..., target=..., detail=...)` inside the same write transaction
(`HubStore.write()`) as the change it describes, so both land or neither does; the store's write lock keeps the
chain in order. `actor` names who acted: a hub operator (`lokal:<name>` for the command line, see
`local_operator()`; the console's operator names, through hub/actions.py), or an office device id for what an
office did over HTTP. `action` is a dotted code (`hub.init`, `device.enrol`, `device.revoke`,
`device.reinstate`, `bundles.import`, `receipts.issue`, `receipts.ack`, `bpjs.export`, `bpjs.import_kpj`,
`settings.change`, the console's `operator.*`, ...), `target` what it acted on, `detail` a small JSON-able
mapping (never passwords or keys).

Each entry's hash is SHA-256 over the canonical JSON of {seq, at, actor, action, target, detail, prev_hash}, and
`prev_hash` is the previous entry's hash (64 zeros for the first). `verify()` recomputes the chain: an edited,
deleted or reordered entry breaks it (`jamsos-hub check`). Entries cut off the end cannot be told from a
shorter history by the chain alone; the head hash printed by `jamsos-hub check` can be noted down elsewhere.
"""

from __future__ import annotations

import datetime as dt
import getpass
import hashlib
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection

from jamsos_desktop.hub import schema as t
from jamsos_desktop.sync.canonical import canonical_json

OPERATOR_ENV = "JAMSOS_HUB_OPERATOR"
GENESIS = "0" * 64
_BATCH = 2000


def local_operator() -> str:
    """Who runs the command line on the hub machine: JAMSOS_HUB_OPERATOR, else the operating-system user."""
    name = (os.environ.get(OPERATOR_ENV) or "").strip()
    if not name:
        try:
            name = getpass.getuser()
        except (KeyError, OSError):  # no user name known to the system (e.g. a bare container)
            name = "tidak-dikenal"
    return f"lokal:{name}"[:64]  # as hub/cli_operators.local_actor names the same person


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: dt.datetime
    actor: str
    action: str
    target: str | None
    detail: dict[str, Any] | None
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class AuditCheck:
    ok: bool
    count: int
    head: str
    problem: str = ""  # Bahasa Indonesia, names the first broken entry


def _at_text(at: dt.datetime) -> str:
    return at.replace(microsecond=0, tzinfo=None).isoformat()


def _digest(seq: int, at: dt.datetime, actor: str, action: str, target: str | None, detail: str | None,
            prev_hash: str) -> str:
    body = {"seq": seq, "at": _at_text(at), "actor": actor, "action": action, "target": target,
            "detail": detail, "prev_hash": prev_hash}
    return hashlib.sha256(canonical_json(body)).hexdigest()


def _head(conn: Connection) -> tuple[int, str]:
    a = t.audit.c
    row = conn.execute(sa.select(a.seq, a.hash).order_by(a.seq.desc()).limit(1)).first()
    return (int(row.seq), str(row.hash)) if row else (0, GENESIS)


def record(conn: Connection, *, actor: str, action: str, target: str | None = None,
           detail: Mapping[str, Any] | None = None, at: dt.datetime | None = None) -> AuditEntry:
    """Append one entry to the chain, inside the caller's write transaction."""
    when = (at or dt.datetime.now(dt.UTC)).replace(microsecond=0, tzinfo=None)
    text = None if detail is None else json.dumps(dict(detail), ensure_ascii=False, sort_keys=True, default=str)
    last_seq, last_hash = _head(conn)
    seq = last_seq + 1
    actor, action = actor[:100], action[:64]
    target = None if target is None else str(target)[:200]
    digest = _digest(seq, when, actor, action, target, text, last_hash)
    conn.execute(sa.insert(t.audit), [{"seq": seq, "at": when, "actor": actor, "action": action, "target": target,
                                       "detail": text, "prev_hash": last_hash, "hash": digest}])
    return AuditEntry(seq, when, actor, action, target, None if text is None else json.loads(text), last_hash, digest)


def _entry(row: Any) -> AuditEntry:
    return AuditEntry(int(row.seq), row.at, row.actor, row.action, row.target,
                      None if row.detail is None else json.loads(row.detail), row.prev_hash, row.hash)


def entries(conn: Connection, *, limit: int = 100, action: str | None = None) -> list[AuditEntry]:
    """The newest entries first."""
    a = t.audit.c
    query = sa.select(t.audit).order_by(a.seq.desc()).limit(limit)
    if action:
        query = query.where(a.action == action)
    return [_entry(r) for r in conn.execute(query)]


def verify(conn: Connection) -> AuditCheck:
    """Recompute every hash in order; the first entry that does not chain is named."""
    a = t.audit.c
    expected_prev, expected_seq, count, after = GENESIS, 1, 0, 0
    while True:
        rows = conn.execute(sa.select(t.audit).where(a.seq > after).order_by(a.seq).limit(_BATCH)).all()
        if not rows:
            return AuditCheck(True, count, expected_prev)
        for r in rows:
            if r.seq != expected_seq:
                return AuditCheck(False, count, expected_prev, f"Catatan audit hub nomor {expected_seq} hilang "
                                                               f"(berikutnya nomor {r.seq}).")
            if r.prev_hash != expected_prev or r.hash != _digest(r.seq, r.at, r.actor, r.action, r.target, r.detail,
                                                                 r.prev_hash):
                return AuditCheck(False, count, expected_prev, f"Catatan audit hub nomor {r.seq} ({r.action}, "
                                                               f"{_at_text(r.at)}) telah diubah atau disisipkan.")
            expected_prev, expected_seq, count, after = r.hash, r.seq + 1, count + 1, r.seq
