"""Card revocations told to the hub: one `revoke` notice per participant whose earlier cards a new card revoked.

The notice waits in the outbox with no seq until the hub announces it reads notices (`changes` level 2,
sync/formats.py; store/outbox.py releases it), then travels like any change and is answered on a receipt. It
carries card serials, the new card's serial and the moment, nothing personal; the hub keys what it keeps by
the office's kelurahan and the serial, so an office can only ever revoke its own kelurahan's cards.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from sqlalchemy import insert, text
from sqlmodel import Session

from jamsos_desktop.store import outbox
from jamsos_desktop.store.models import Outbox


def _stamp(at: dt.datetime) -> str:
    return (at.astimezone(dt.UTC) if at.tzinfo else at).strftime("%Y-%m-%dT%H:%M:%SZ")


def queue_revocations(session: Session, revoked: Mapping[str, list[str]], replaced_by: Mapping[str, str], *,
                      at: dt.datetime, by: str) -> int:
    """Queue (held) the notices for `revoked` (participant id -> revoked serials); returns how many."""
    rows = []
    for pid, serials in revoked.items():
        if not serials:
            continue
        revision = session.execute(text("SELECT revision FROM participant WHERE id = :id"), {"id": pid}).scalar()
        record = {"serials": sorted(serials), "replaced_by": replaced_by.get(pid), "revoked_at": _stamp(at)}
        rows.append(outbox.row(participant_id=pid, revision=int(revision or 1), op=outbox.REVOKE_OP, record=record,
                               at=at, by=by, seq=None))
    if rows:
        session.execute(insert(Outbox), rows)
    return len(rows)
