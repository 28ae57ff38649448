"""Security events: what an enrolled office tried that the hub refused because it is not that office's to do.

Recorded in the same transaction as the refusal, shown in the import's words, in the hub report (recent events)
and by `jamsos-hub security`. Only authenticated attempts are recorded (a valid device signature): anonymous
or badly signed HTTP requests are refused with 401 and only logged, so nobody can fill the hub's disk with them.

Kinds (`KIND_WORDS`):
- `other_kelurahan`: a change to a registration another kelurahan owns, or a new one for another kelurahan.
- `future_date`: a change dated more than a day after the hub's clock.
- `revoked_device`: a bundle or request signed by a revoked device (a stolen PC).
- `audit_history`: a bundle whose office audit history does not extend the one the hub anchored (hub/anchors.py);
  its data is imported all the same.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection

from jamsos_desktop.hub import schema as t
from jamsos_desktop.hub.devices import kelurahan_name

KIND_WORDS = {
    "other_kelurahan": "mengubah data milik kelurahan lain",
    "future_date": "perubahan bertanggal di masa depan",
    "revoked_device": "perangkat yang sudah dicabut mencoba mengirim",
    "audit_history": "riwayat audit kantor tidak menyambung riwayat yang dicatat hub",
}


@dataclass(frozen=True)
class SecurityEvent:
    id: int
    at: dt.datetime
    kind: str
    device_id: str | None
    kelurahan_code: str | None
    bundle_id: str | None
    seq: int | None
    participant_id: str | None
    detail: dict[str, Any]

    def words(self) -> str:
        where = f"Kelurahan {kelurahan_name(self.kelurahan_code)}" if self.kelurahan_code else "?"
        what = KIND_WORDS.get(self.kind, self.kind)
        change = f", perubahan nomor {self.seq}" if self.seq is not None else ""
        note = self.detail.get("text", "")
        return f"{self.at:%Y-%m-%d %H:%M} {where} ({self.device_id or '-'}{change}): {what}" + (f": {note}" if note
                                                                                             else "")

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "at": self.at.isoformat(" "), "kind": self.kind, "device_id": self.device_id,
                "kelurahan_code": self.kelurahan_code, "bundle_id": self.bundle_id, "seq": self.seq,
                "participant_id": self.participant_id, "detail": self.detail, "words": self.words()}


def event_row(*, at: dt.datetime, kind: str, device_id: str | None, kelurahan_code: str | None,
              bundle_id: str | None = None, seq: int | None = None, participant_id: str | None = None,
              detail: Mapping[str, Any] | None = None) -> dict[str, Any]:
    return {"at": at, "kind": kind, "device_id": device_id, "kelurahan_code": kelurahan_code, "bundle_id": bundle_id,
            "seq": seq, "participant_id": participant_id,
            "detail": json.dumps(dict(detail or {}), ensure_ascii=False, sort_keys=True, default=str)}


def record_many(conn: Connection, rows: Sequence[Mapping[str, Any]]) -> None:
    if rows:
        conn.execute(sa.insert(t.security_event), [dict(r) for r in rows])


def recent(conn: Connection, *, since: dt.datetime | None = None, limit: int = 200) -> list[SecurityEvent]:
    e = t.security_event.c
    query = sa.select(t.security_event).order_by(e.at.desc(), e.id.desc()).limit(limit)
    if since is not None:
        query = query.where(e.at >= since)
    return [SecurityEvent(r.id, r.at, r.kind, r.device_id, r.kelurahan_code, r.bundle_id, r.seq, r.participant_id,
                          json.loads(r.detail)) for r in conn.execute(query)]


def last_at(conn: Connection, *, kind: str, device_id: str) -> dt.datetime | None:
    e = t.security_event.c
    return conn.execute(sa.select(sa.func.max(e.at)).where(e.kind == kind, e.device_id == device_id)).scalar()
