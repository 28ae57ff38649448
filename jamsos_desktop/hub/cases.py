"""Duplicate cases (one NIK registered twice): both registrations side by side, and the operator's decision.

Decisions (each needs a reason of a few words and is audited with the operator's name):
- `keep_first`: the registration already in the register stays; the second stays out.
- `keep_second`: the second registration replaces the first in the register; a KPJ and coverage the person
  already had move with them (they belong to the person, not to the office's record). The first is withdrawn
  with the reason "ganda".
- `not_same`: two different people, one NIK mistyped; the case waits for the office's corrected NIK (the merge
  then accepts it). The operator names the office that mistyped it (by default the second).
Both offices learn the outcome on their next receipt (hub/case_notices.py, posted in the decision's transaction):
the mistyping office a `nik_check` notice, or for keep_first/keep_second each office whether its registration
is the one the city keeps. Transfers between kelurahan (keeping the KPJ) belong to the programme's services.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection

from jamsos_desktop.domain.categories import default_categories
from jamsos_desktop.domain.nik import mask
from jamsos_desktop.hub import case_notices, persons
from jamsos_desktop.hub import schema as t
from jamsos_desktop.hub.actions import record_action
from jamsos_desktop.hub.devices import kelurahan_name
from jamsos_desktop.hub.errors import HubRefused
from jamsos_desktop.hub.roles import Actor
from jamsos_desktop.hub.store import HubStore

DECISIONS = {"keep_first": "Pertahankan pendaftaran pertama", "keep_second": "Pakai pendaftaran kedua",
             "not_same": "Bukan orang yang sama (NIK salah ketik)"}
STATUS_LABELS = {"pending": "Menunggu keputusan", "resolved": "Selesai oleh kantor", "kept_first": DECISIONS["keep_first"],
                 "kept_second": DECISIONS["keep_second"], "not_same": DECISIONS["not_same"],
                 "transferred": "Pindah kelurahan (KPJ dan tanggungan ikut)"}
MIN_REASON = 5


def _side(record: dict[str, Any], kelurahan_code: str, since: dt.datetime | None) -> dict[str, Any]:
    keep = ("full_name", "birth_place", "birth_date", "sex", "mother_name", "address", "rt", "rw", "phone", "category",
            "job")
    side = {"kelurahan": kelurahan_name(kelurahan_code), "since": since, **{k: record.get(k) for k in keep}}
    found = default_categories().get(record.get("category") or "")
    side["category"] = found.label if found else record.get("category")
    return side


def list_cases(conn: Connection, *, pending: bool) -> list[dict[str, Any]]:
    d = t.duplicate.c
    wanted = d.status == "pending" if pending else d.status != "pending"
    rows = conn.execute(sa.select(t.duplicate).where(wanted).order_by(d.created_at, d.id).limit(500)).all()
    return [{"id": r.id, "nik_masked": mask(r.nik), "name": r.full_name, "kelurahan": kelurahan_name(r.kelurahan_code),
             "first_kelurahan": kelurahan_name(r.first_kelurahan_code), "since": r.created_at, "status": r.status,
             "status_label": STATUS_LABELS.get(r.status, r.status), "decided_by": r.decided_by,
             "resolution": r.resolution} for r in rows]


def _case_row(conn: Connection, case_id: int) -> Any:
    row = conn.execute(sa.select(t.duplicate).where(t.duplicate.c.id == case_id)).first()
    if row is None:
        raise HubRefused("Kasus NIK ganda ini tidak ada.", reason="not_found")
    return row


def case(conn: Connection, case_id: int) -> dict[str, Any]:
    row = _case_row(conn, case_id)
    p = t.participant.c
    first = conn.execute(sa.select(t.participant).where(p.participant_id == row.first_participant_id)).first()
    first_record = json.loads(first.record) if first is not None and first.record else {}
    return {"id": row.id, "nik_masked": mask(row.nik), "status": row.status,
            "status_label": STATUS_LABELS.get(row.status, row.status), "resolution": row.resolution,
            "decided_by": row.decided_by, "decided_at": row.decided_at,
            "first": _side(first_record, row.first_kelurahan_code, first.first_received_at if first else None),
            "second": _side(json.loads(row.record), row.kelurahan_code, row.created_at),
            "first_live": first is not None and first.deleted_at is None and first.nik == row.nik,
            "decisions": DECISIONS}


def _keep_second(conn: Connection, row: Any, now: dt.datetime) -> None:
    p = t.participant.c
    first = conn.execute(sa.select(t.participant).where(p.participant_id == row.first_participant_id)).first()
    if first is None or first.deleted_at is not None or first.nik != row.nik:
        raise HubRefused("Pendaftaran pertama sudah berubah sejak kasus ini dibuat; muat ulang halaman.",
                         reason="stale")
    conn.execute(sa.update(t.participant).where(p.participant_id == first.participant_id).values(
        deleted_at=now, deleted_reason="ganda", updated_at=now))  # a tombstone: its NIK is free again
    promote(conn, row, now)
    conn.execute(sa.update(t.kpj).where(t.kpj.c.participant_id == first.participant_id)
                 .values(participant_id=row.participant_id))
    conn.execute(sa.update(t.coverage).where(t.coverage.c.participant_id == first.participant_id)
                 .values(participant_id=row.participant_id))
    persons.follow(conn, [row.participant_id], now=now)  # the person's home moves (a transfer when another kelurahan)


def promote(conn: Connection, row: Any, now: dt.datetime) -> None:
    """The registration of duplicate case `row` enters the register (its NIK must be free), news pending."""
    p = t.participant.c
    record = json.loads(row.record)
    values = {"revision": row.revision, "device_id": row.device_id, "kelurahan_code": row.kelurahan_code,
              "nik": row.nik, "full_name": row.full_name, "category": record.get("category"), "record": row.record,
              "updated_at": now, "deleted_at": None, "deleted_reason": None, "news_pending": True}
    exists = conn.execute(sa.select(p.participant_id).where(p.participant_id == row.participant_id)).first()
    if exists:
        conn.execute(sa.update(t.participant).where(p.participant_id == row.participant_id).values(**values))
    else:
        conn.execute(sa.insert(t.participant), [{**values, "participant_id": row.participant_id,
                                                 "first_received_at": row.created_at, "bpjs_exported_at": None,
                                                 "owner_kelurahan": row.kelurahan_code}])  # its office may edit it


def decide(conn: Connection, case_id: int, decision: str, reason: str, *, now: dt.datetime, by: str,
           suspect: str = "second") -> dict[str, Any]:
    if decision not in DECISIONS:
        raise HubRefused("Pilih salah satu keputusan.", reason="bad_decision")
    if suspect not in case_notices.SIDES:
        raise HubRefused("Pilih kantor yang salah ketik NIK: pendaftaran pertama atau kedua.", reason="bad_suspect")
    reason = " ".join(reason.split())
    if len(reason) < MIN_REASON:
        raise HubRefused(f"Tulis alasan keputusan (minimal {MIN_REASON} karakter), misalnya hasil telepon ke kantor.",
                         reason="no_reason")
    row = _case_row(conn, case_id)
    if row.status != "pending":
        raise HubRefused("Kasus ini sudah diputuskan sebelumnya; muat ulang halaman.", reason="stale")
    if decision == "keep_second":
        _keep_second(conn, row, now)
    status = {"keep_first": "kept_first", "keep_second": "kept_second", "not_same": "not_same"}[decision]
    conn.execute(sa.update(t.duplicate).where(t.duplicate.c.id == case_id).values(
        status=status, resolution=reason[:200], decided_by=by[:64], decided_at=now, updated_at=now))
    case_notices.tell(conn, row, decision, reason, suspect=suspect, now=now)
    ids = {"participant_id": row.participant_id, "first_participant_id": row.first_participant_id}
    return {**ids, "mistyped": suspect} if decision == "not_same" else ids


class Cases:
    """Duplicate-case use cases; each call one transaction, each decision audited."""

    def __init__(self, store: HubStore, clock: Callable[[], dt.datetime]) -> None:
        self.store, self.clock = store, clock

    def list(self, actor: Actor, *, pending: bool = True) -> list[dict[str, Any]]:
        actor.require("read")
        with self.store.read() as conn:
            return list_cases(conn, pending=pending)

    def get(self, actor: Actor, case_id: int) -> dict[str, Any]:
        actor.require("read")
        with self.store.read() as conn:
            return case(conn, case_id)

    def decide(self, actor: Actor, case_id: int, decision: str, reason: str, *, suspect: str = "second") -> None:
        """Decide a pending case; for `not_same`, `suspect` ("first" or "second") names the mistyped NIK."""
        actor.require("duplicates.decide")
        with self.store.write() as conn:
            ids = decide(conn, case_id, decision, reason, now=self.clock(), by=actor.name, suspect=suspect)
            record_action(conn, actor=actor, action=f"duplicate.{decision}", target=str(case_id),
                          detail={**ids, "reason": " ".join(reason.split())[:200]})
