"""The retention purge in SQL: which records are due, and erasing one record's personal data everywhere.

Erased per record: the personal columns of `participant` (domain.retention.erased_values), its heirs, the
snapshots its outbox entries carried, the personal details of its audit events (sealed, audit_seals.py), and the
data of Disnaker's notices about it (their text scrubbed of long numbers, like the status reason).
Kept: ids, kelurahan, category, programs, status and reasons (scrubbed of long numbers), dates, revisions,
coverage periods, card serials and signed-form dates: what the audit chain, the recap and the hub need.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, delete, insert, text, update
from sqlmodel import Session, col, select
from sqlmodel.sql.sqltypes import UTCDateTime

from jamsos_desktop.domain.retention import PURGE_REASON, RETIRED_STATUSES, erased_values, scrub_text
from jamsos_desktop.store import outbox
from jamsos_desktop.store.engine import Database
from jamsos_desktop.store.models import Beneficiary, HubNotice, Outbox, Participant
from jamsos_desktop.store.outbox import snapshot_json


@dataclass(frozen=True)
class Candidate:
    """A deleted or rejected record whose retention period is over."""

    participant_id: str
    full_name: str
    nik: str
    status: str
    deleted_reason: str
    retired_at: dt.datetime  # deleted, or the last change or verdict of a rejected record
    waiting_for_hub: bool  # a change of it is still on its way to the hub: erased after the receipt

    @property
    def deleted(self) -> bool:
        return bool(self.deleted_reason) or self.status not in RETIRED_STATUSES


_RETIRED_AT = """
CASE WHEN p.deleted_at IS NOT NULL THEN p.deleted_at
     ELSE max(p.updated_at, coalesce((SELECT max(o.acked_at) FROM outbox o WHERE o.participant_id = p.id), ''))
END
"""
_CANDIDATES = f"""
SELECT p.id, p.full_name, p.nik, p.status, p.deleted_reason, {_RETIRED_AT} AS retired_at,
       EXISTS (SELECT 1 FROM outbox q WHERE q.participant_id = p.id AND q.seq IS NOT NULL AND q.acked_at IS NULL
               AND q.op NOT IN ('purge', 'revoke')) AS waiting
FROM participant p
WHERE p.purged_at IS NULL AND (p.deleted_at IS NOT NULL OR p.status IN ({", ".join(f"'{s}'" for s in RETIRED_STATUSES)}))
  AND {_RETIRED_AT} < :cutoff
ORDER BY retired_at, p.row_id
"""


def as_utc(value: Any) -> dt.datetime:
    moment = value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def candidates(session: Session, cutoff: dt.datetime) -> list[Candidate]:
    """Records retired before `cutoff` and not yet erased, oldest first."""
    query = text(_CANDIDATES).bindparams(bindparam("cutoff", type_=UTCDateTime()))
    return [Candidate(r.id, r.full_name, r.nik, r.status, r.deleted_reason, as_utc(r.retired_at),
                      bool(r.waiting))
            for r in session.execute(query, {"cutoff": cutoff})]


def erase_participant(session: Session, participant_id: str, *, now: dt.datetime, by: str) -> int:
    """Erase one record's personal data in the caller's transaction; returns its new revision."""
    p = session.get(Participant, _row_id(session, participant_id))
    assert p is not None
    for name, value in erased_values().items():
        setattr(p, name, value)
    p.status_reason = scrub_text(p.status_reason)
    if p.deleted_at is None:  # a rejected record nobody corrected: it leaves the office's lists too
        p.deleted_at, p.deleted_reason = now, PURGE_REASON
    p.purged_at, p.revision, p.updated_at, p.updated_by = now, p.revision + 1, now, by
    session.add(p)
    session.execute(delete(Beneficiary).where(col(Beneficiary.participant_id) == participant_id))
    session.execute(update(Outbox).where(col(Outbox.participant_id) == participant_id,
                                         col(Outbox.op) != outbox.REVOKE_OP)  # card serials: nothing personal
                    .values(snapshot=snapshot_json({"id": participant_id})))
    for notice in session.exec(select(HubNotice).where(HubNotice.participant_id == participant_id)):
        notice.text, notice.data = scrub_text(notice.text) or "-", "{}"
        session.add(notice)
    session.flush()
    return p.revision


def _row_id(session: Session, participant_id: str) -> int:
    return int(session.execute(text("SELECT row_id FROM participant WHERE id = :id"), {"id": participant_id})
               .scalar_one())


def compact(session: Session) -> None:
    """Fold the search index so erased words leave its pages (run after the purge's transaction)."""
    session.execute(text("INSERT INTO participant_fts(participant_fts) VALUES ('optimize')"))


def queue_notice(session: Session, participant_id: str, *, revision: int, at: dt.datetime, by: str) -> None:
    """The purge notice for the hub: held until the hub reads such notices (store/outbox.py), or superseded at
    once when nothing of this person ever left the office."""
    released = outbox.ever_released(session, participant_id)
    session.execute(insert(Outbox), [{**outbox.row(participant_id=participant_id, revision=revision,
                                                   op=outbox.PURGE_OP, record={"id": participant_id}, at=at, by=by,
                                                   seq=None), "superseded": not released}])


def rewrite_file(db: Database) -> bool:
    """VACUUM, then empty the write-ahead log: freed pages that held erased values leave the file. False when
    another program kept the file busy past the timeout (the caller tries again on its next run)."""
    raw = db.engine.raw_connection()
    try:
        raw.execute("VACUUM")
        busy = int(raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0])
    except sqlite3.OperationalError:  # database is locked: a long write elsewhere
        return False
    finally:
        raw.close()
    return busy == 0  # a reader kept old frames in the log: they stay until the next rewrite
