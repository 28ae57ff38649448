"""Notices to offices: the hub tells the office that registered a participant something about it.

A producer (a transfer, a BPJS rejection, the waiting list, a deactivation, a duplicate decided "not the same
person") calls `post` inside its own transaction. The notice is then carried on the device's receipts
(hub/receipts.py) exactly like KPJ news: every receipt from the first one issued after it carries it again
(`receipt` holds the number of the first), until the office acknowledges a receipt that carried it
(`deliver`, `delivered_at`). Only offices that read receipt level 3 (sync/formats.py) are sent notices; for
the others they stay pending until the office upgrades and announces it, so none is ever lost.

Kinds, their data and the line format: sync/notices.py and docs/bundle-format.md.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Mapping
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection

from jamsos_desktop.hub import schema as t
from jamsos_desktop.sync.notices import KIND, MAX_TEXT, Notice, check_data, timestamp


def post(conn: Connection, *, device_id: str, participant_id: str, kind: str, text: str,
         data: Mapping[str, Any], now: dt.datetime) -> str:
    """Queue one notice for `device_id` about its participant `participant_id`; returns the notice id.
    ValueError (a programming error of the caller, never an office's input) when the notice is malformed."""
    if not isinstance(kind, str) or not KIND.match(kind):
        raise ValueError(f"jenis kabar {kind!r} tidak sah")
    if not isinstance(text, str) or not text.strip() or len(text) > MAX_TEXT:
        raise ValueError(f"teks kabar harus 1..{MAX_TEXT} karakter")
    if not participant_id or len(participant_id) > 64:
        raise ValueError("participant_id tidak sah")
    checked = check_data(kind, dict(data))
    if conn.execute(sa.select(t.device.c.device_id).where(t.device.c.device_id == device_id)).first() is None:
        raise ValueError(f"perangkat {device_id} tidak dikenal")
    notice_id = str(uuid.uuid4())
    conn.execute(sa.insert(t.notice), [{
        "notice_id": notice_id, "device_id": device_id, "participant_id": participant_id, "kind": kind,
        "text": text, "data": json.dumps(checked, ensure_ascii=False, sort_keys=True), "created_at": now,
        "receipt": None, "delivered_at": None}])
    return notice_id


def device_for(conn: Connection, participant_id: str) -> str | None:
    """The device a notice about this registration goes to: the office device that sent it to the hub."""
    p = t.participant.c
    return conn.execute(sa.select(p.device_id).where(p.participant_id == participant_id)).scalar_one_or_none()


def pending(conn: Connection, device_id: str) -> list[Notice]:
    """Every notice of the device not acknowledged yet, oldest first (a receipt carries them all)."""
    n = t.notice.c
    rows = conn.execute(sa.select(t.notice).where(n.device_id == device_id, n.delivered_at.is_(None))
                        .order_by(n.created_at, n.notice_id)).all()
    return [Notice(r.notice_id, r.participant_id, r.kind, timestamp(r.created_at), r.text, json.loads(r.data))
            for r in rows]


def has_new(conn: Connection, device_id: str) -> bool:
    """A notice of the device that no receipt has carried yet."""
    n = t.notice.c
    return conn.execute(sa.select(n.notice_id).where(n.device_id == device_id, n.delivered_at.is_(None),
                                                     n.receipt.is_(None)).limit(1)).first() is not None


def devices(conn: Connection, *, carried: bool) -> set[str]:
    """Devices with notices not acknowledged yet: never carried (`carried` False) or carried (True)."""
    n = t.notice.c
    was = n.receipt.is_not(None) if carried else n.receipt.is_(None)
    return set(conn.execute(sa.select(n.device_id).where(n.delivered_at.is_(None), was).distinct()).scalars())


def mark_carried(conn: Connection, device_id: str, number: int) -> None:
    """Receipt `number` carried every pending notice of the device: note it on those carried for the first time."""
    n = t.notice.c
    conn.execute(sa.update(t.notice).where(n.device_id == device_id, n.delivered_at.is_(None), n.receipt.is_(None))
                 .values(receipt=number))


def deliver(conn: Connection, device_id: str, number: int, now: dt.datetime) -> int:
    """The office acknowledged receipt `number`: every notice a receipt up to it carried is delivered."""
    n = t.notice.c
    done = conn.execute(sa.update(t.notice).where(n.device_id == device_id, n.delivered_at.is_(None),
                                                  n.receipt <= number).values(delivered_at=now))
    return int(done.rowcount or 0)


def of_participant(conn: Connection, participant_id: str) -> list[dict[str, Any]]:
    """Every notice about one registration (for the console and the CLI), newest first."""
    n = t.notice.c
    rows = conn.execute(sa.select(t.notice).where(n.participant_id == participant_id)
                        .order_by(n.created_at.desc(), n.notice_id)).all()
    return [{"notice_id": r.notice_id, "device_id": r.device_id, "kind": r.kind, "text": r.text,
             "data": json.loads(r.data), "created_at": r.created_at, "receipt": r.receipt,
             "delivered_at": r.delivered_at} for r in rows]
