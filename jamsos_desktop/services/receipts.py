"""Apply a verified receipt from the hub: acknowledge outbox entries, set statuses, KPJ numbers and coverage.

Idempotent: a receipt already applied (same bundle id) changes nothing. A verdict about an older revision
than the participant's latest released change only acknowledges that entry; the status follows the newest.

Delivery bookkeeping, in the same transaction: the newest receipt applied (the "head", by the hub's time and
the chain) is what the next bundle or acknowledgement request names (`ack_link`), and the hub's announcement of
what it reads is remembered (`hub_reads`). A receipt whose `previous` was never applied shows a gap in the chain
(`missing_previous`): over HTTP the office fetches the missing one (services/sync_http.py); from a stick nothing
is lost with a hub that carries unacknowledged news again, which is said in words. A receipt older than the
head (a stick found late) from such a hub only acknowledges changes: its news was carried again by the newer
one, and applying it would roll newer news back. Notices (receipt level 3) are applied by their id in the same
transaction (services/notices.py), from any receipt: one already applied is skipped.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, insert
from sqlmodel import Session, col, select

from jamsos_desktop.domain.statuses import WAITING_FOR_HUB
from jamsos_desktop.domain.wilayah import batam
from jamsos_desktop.services.notices import apply_notices
from jamsos_desktop.services.office import Office
from jamsos_desktop.store import audit, state
from jamsos_desktop.store import settings as settings_store
from jamsos_desktop.store.models import BundleLog, CoveragePeriod, Outbox, Participant
from jamsos_desktop.sync.formats import Reads, announced, level
from jamsos_desktop.sync.manifest import ChainLink
from jamsos_desktop.sync.receipt import ChangeVerdict, Receipt

HUB_READS_KEY = "sync.hub_reads"  # {"reads": {...}, "at": "YYYY-MM-DDTHH:MM:SSZ"}: the hub's latest announcement
RECEIPT_HEAD_KEY = "sync.receipt_head"  # {"bundle_id", "sha256", "created_at", "previous"}: newest receipt applied


@dataclass(frozen=True)
class ReceiptResult:
    bundle_id: str
    already_applied: bool
    accepted: int
    rejected: int
    duplicate: int
    kpj_numbers: int
    missing_previous: bool = False  # the receipt before this one was never applied here
    superseded: bool = False  # older than one already applied: only its verdicts were taken
    notices: int = 0  # notices from Disnaker seen here for the first time


def _json(s: Session, key: str) -> dict[str, Any] | None:
    raw = settings_store.get(s, key)
    try:
        value = json.loads(raw) if raw else None
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def hub_reads(s: Session) -> Reads:
    """What the trusted hub reads, from its latest announcement (identity file or receipt); {} = v0.1.0."""
    stored = _json(s, HUB_READS_KEY)
    return dict(stored["reads"]) if stored and isinstance(stored.get("reads"), dict) else {}


def note_hub_reads(s: Session, reads: Reads, at: str) -> None:
    """Remember the hub's announcement made at `at` (the hub's time), unless a later one is known."""
    stored = _json(s, HUB_READS_KEY)
    if stored is None or str(stored.get("at", "")) <= at:
        settings_store.put(s, HUB_READS_KEY, json.dumps({"reads": reads, "at": at}, sort_keys=True))


def ack_link(s: Session) -> ChainLink | None:
    """The newest receipt applied, which the office acknowledges to the hub."""
    head = _json(s, RECEIPT_HEAD_KEY)
    return ChainLink(head["bundle_id"], head["sha256"]) if head else None


def _is_stale(head: dict[str, Any] | None, receipt: Receipt) -> bool:
    if head is None:
        return False
    created = receipt.manifest.created_at
    return created < str(head["created_at"]) or head.get("previous") == receipt.manifest.bundle_id


def _note_head(s: Session, receipt: Receipt) -> None:
    m = receipt.manifest
    settings_store.put(s, RECEIPT_HEAD_KEY, json.dumps({
        "bundle_id": m.bundle_id, "sha256": receipt.sha256, "created_at": m.created_at,
        "previous": m.previous.bundle_id if m.previous else None}, sort_keys=True))


def _latest_released_revision(s: Session, participant_id: str) -> int:
    rev = s.exec(select(Outbox.revision).where(Outbox.participant_id == participant_id,
                                               col(Outbox.seq).is_not(None))
                 .order_by(col(Outbox.revision).desc()).limit(1)).first()
    return int(rev or 0)


def _duplicate_reason(v: ChangeVerdict) -> str:
    if v.duplicate_of is None:
        return v.reason or "NIK sudah terdaftar di tempat lain."
    known = batam().kelurahan_by_code(v.duplicate_of.kelurahan_code)
    kel = v.duplicate_of.kelurahan_name or (known.name if known else v.duplicate_of.kelurahan_code)
    return f"NIK {v.duplicate_of.nik} sudah terdaftar di Kelurahan {kel}."


def _apply_verdict(s: Session, v: ChangeVerdict, now: object) -> str | None:
    """Acknowledge one change; returns the participant id when its row changed."""
    entry = s.exec(select(Outbox).where(Outbox.seq == v.seq)).first()
    if entry is None or entry.participant_id != v.participant_id:
        return None  # not ours (or already gone): nothing to acknowledge
    entry.acked_at, entry.verdict = now, v.verdict  # type: ignore[assignment]
    s.add(entry)
    p = s.exec(select(Participant).where(Participant.id == v.participant_id)).first()
    if p is None or p.deleted_at is not None or entry.op != "upsert":  # a delete, or a purge or card notice
        return None
    if v.revision < _latest_released_revision(s, p.id) or p.status not in WAITING_FOR_HUB:
        return None  # a newer change is on its way, or the clerk is correcting it: leave the status alone
    if v.verdict == "accepted":
        p.status, p.status_reason = ("active" if p.kpj_number else "received"), ""
    elif v.verdict == "rejected":
        p.status, p.status_reason = "rejected", v.reason or "Ditolak oleh Disnaker."
    else:
        p.status, p.status_reason = "duplicate", _duplicate_reason(v)
    s.add(p)
    return p.id


def apply_verified_receipt(office: Office, receipt: Receipt, *, actor: str, file_name: str) -> ReceiptResult:
    counts = {"accepted": 0, "rejected": 0, "duplicate": 0}
    for v in receipt.changes:
        counts[v.verdict] += 1
    bundle_id = receipt.manifest.bundle_id
    now = office.now()
    with office.db.write() as s:
        if s.get(BundleLog, bundle_id) is not None:
            return ReceiptResult(bundle_id, True, counts["accepted"], counts["rejected"], counts["duplicate"],
                                 len(receipt.participants))
        m = receipt.manifest
        note_hub_reads(s, announced(m.reads, m.app_version), m.created_at)
        carries_again = level(hub_reads(s), "manifest") >= 2  # a hub that carries unacknowledged news again
        head = _json(s, RECEIPT_HEAD_KEY)
        stale = _is_stale(head, receipt)
        superseded = carries_again and stale
        missing = m.previous is not None and s.get(BundleLog, m.previous.bundle_id) is None
        if not stale:
            _note_head(s, receipt)
        changed: dict[str, None] = {}  # participants whose row the receipt changed, in order
        for v in receipt.changes:
            if (pid := _apply_verdict(s, v, now)) is not None:
                changed[pid] = None
        for upd in () if superseded else receipt.participants:
            p = s.exec(select(Participant).where(Participant.id == upd.participant_id)).first()
            if p is None:
                continue
            changed[p.id] = None
            if upd.kpj_number:
                p.kpj_number = upd.kpj_number
                if p.deleted_at is None and p.status in ("received", *WAITING_FOR_HUB):
                    p.status, p.status_reason = "active", ""
            s.add(p)
            if upd.coverage_periods:
                s.execute(delete(CoveragePeriod).where(col(CoveragePeriod.participant_id) == p.id))
                s.execute(insert(CoveragePeriod), [
                    {"participant_id": p.id, "month_from": c.month_from, "month_to": c.month_to,
                     "funding_source": c.funding_source, "budget_year": c.budget_year, "tariff": c.tariff}
                    for c in upd.coverage_periods])
        new_notices, moved = apply_notices(s, receipt.notices, bundle_id=bundle_id, now=now, actor=actor)
        changed.update(dict.fromkeys(moved))
        s.execute(insert(BundleLog), [{
            "bundle_id": bundle_id, "kind": "receipt", "direction": "in", "file_name": file_name,
            "created_at": now, "recorded_at": now, "recorded_by": actor, "seq_from": m.seq_from, "seq_to": m.seq_to,
            "record_count": m.record_count, "sha256": receipt.sha256, "destination": "",
            "accepted": counts["accepted"], "rejected": counts["rejected"], "duplicate": counts["duplicate"]}])
        audit.append(s, at=now, operator=actor, action="receipt_apply", entity="bundle", entity_id=bundle_id,
                     details={**counts, "kpj": len(receipt.participants), "notices": new_notices, "file": file_name,
                              "missing_previous": missing, "superseded": superseded})
        state.stamp(s, list(changed), at=now, operator=actor, action="receipt_status",
                    details={pid: {"bundle": bundle_id} for pid in changed})
    return ReceiptResult(bundle_id, False, counts["accepted"], counts["rejected"], counts["duplicate"],
                         0 if superseded else len(receipt.participants), missing, superseded, new_notices)
