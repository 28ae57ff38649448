"""The outbox: every participant change waiting to reach the hub, in device order.

An entry is `held` while its change waits for a supervisor (no seq yet), `queued` once released (it has a
seq and goes into every bundle until a receipt covers it), `acked` after the hub's receipt, or `superseded`
when a newer change of the same participant was released before it. A notice (`purge`: the office erased a
record after its retention period; `revoke`: it revoked cards) is held, with no seq, until the hub announces it
reads notices (`changes` level 2, sync/formats.py); a newer change of the participant never supersedes it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import insert, text, update
from sqlmodel import Session, col, select

from jamsos_desktop.store.models import Outbox

_SNAPSHOT_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


def snapshot_json(record: Mapping[str, Any]) -> str:
    return _SNAPSHOT_JSON.encode(record)  # one encoder for all: json.dumps builds one per call (bulk imports)


PURGE_OP = "purge"  # a retention purge erased the record here (held until the hub reads such notices)
REVOKE_OP = "revoke"  # cards of the participant were revoked here (held likewise)
NOTICE_OPS = (PURGE_OP, REVOKE_OP)
_NOTICE_SQL = "(" + ", ".join(f"'{op}'" for op in NOTICE_OPS) + ")"
SEQ_FLOOR_KEY = "outbox.seq_floor"  # set after a restore: numbers up to it may already be at the hub


def next_seq(session: Session) -> int:
    current = session.execute(text("SELECT max(seq) FROM outbox")).scalar_one()
    floor = session.execute(text("SELECT value FROM setting WHERE key = :k"), {"k": SEQ_FLOOR_KEY}).scalar()
    return max(int(current or 0), int(floor or 0)) + 1


def row(*, participant_id: str, revision: int, op: str, record: Mapping[str, Any], at: dt.datetime, by: str,
        seq: int | None) -> dict[str, Any]:
    return {"seq": seq, "participant_id": participant_id, "revision": revision, "op": op,
            "snapshot": snapshot_json(record), "created_at": at, "created_by": by, "superseded": False,
            "bundle_id": None, "acked_at": None, "verdict": ""}


def add(session: Session, **kwargs: Any) -> None:
    """Add one entry (kwargs as for row()); when it carries a seq, older held entries are superseded."""
    entry = row(**kwargs)
    if entry["seq"] is not None:
        supersede_held(session, entry["participant_id"])
    session.execute(insert(Outbox), [entry])


def supersede_held(session: Session, participant_id: str) -> None:
    session.execute(update(Outbox).where(col(Outbox.participant_id) == participant_id, col(Outbox.seq).is_(None),
                                         col(Outbox.superseded).is_(False), col(Outbox.op).not_in(NOTICE_OPS))
                    .values(superseded=True))


def ever_released(session: Session, participant_id: str) -> bool:
    found = session.exec(select(Outbox.id).where(Outbox.participant_id == participant_id,
                                                 col(Outbox.seq).is_not(None)).limit(1)).first()
    return found is not None


def pending(session: Session) -> list[Outbox]:
    """Released entries no receipt has covered yet, in seq order: what the next bundle must carry."""
    return list(session.exec(select(Outbox).where(col(Outbox.seq).is_not(None), col(Outbox.acked_at).is_(None))
                             .order_by(col(Outbox.seq))).all())


def held_notices(session: Session) -> int:
    """How many notices wait for a hub that reads them."""
    return int(session.execute(text(
        f"SELECT count(*) FROM outbox WHERE seq IS NULL AND NOT superseded AND op IN {_NOTICE_SQL}")).scalar_one())


def release_notices(session: Session) -> int:
    """Give the next seqs to notices held until the hub reads them (in the order they were made); returns how
    many. Call it only for a hub that announced `changes` level 2."""
    held = session.exec(select(Outbox).where(col(Outbox.op).in_(NOTICE_OPS), col(Outbox.seq).is_(None),
                                             col(Outbox.superseded).is_(False)).order_by(col(Outbox.id))).all()
    seq = next_seq(session) if held else 0
    for entry in held:
        entry.seq, seq = seq, seq + 1
        session.add(entry)
    session.flush()
    return len(held)


def counts(session: Session) -> dict[str, int]:
    """Entries per state: held (waiting for approval), notice (a purge or card notice waiting for a hub that
    reads it), queued, acked, superseded."""
    rows = session.execute(text(
        f"SELECT CASE WHEN superseded THEN 'superseded' WHEN seq IS NULL AND op IN {_NOTICE_SQL} THEN 'notice' "
        "WHEN seq IS NULL THEN 'held' "
        "WHEN acked_at IS NULL THEN 'queued' ELSE 'acked' END AS state, count(*) FROM outbox GROUP BY state"
    ))
    result = {"held": 0, "notice": 0, "queued": 0, "acked": 0, "superseded": 0}
    result.update({r[0]: int(r[1]) for r in rows})
    return result
