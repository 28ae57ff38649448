"""Apply a verified receipt from the hub: acknowledge outbox entries, set statuses, KPJ numbers and coverage.

Idempotent: a receipt already applied (same bundle id) changes nothing. A verdict about an older revision
than the participant's latest released change only acknowledges that entry; the status follows the newest.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, insert
from sqlmodel import Session, col, select

from jamsos_desktop.domain.statuses import WAITING_FOR_HUB
from jamsos_desktop.domain.wilayah import batam
from jamsos_desktop.services.office import Office
from jamsos_desktop.store import audit
from jamsos_desktop.store.models import BundleLog, CoveragePeriod, Outbox, Participant
from jamsos_desktop.sync.receipt import ChangeVerdict, Receipt


@dataclass(frozen=True)
class ReceiptResult:
    bundle_id: str
    already_applied: bool
    accepted: int
    rejected: int
    duplicate: int
    kpj_numbers: int


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


def _apply_verdict(s: Session, v: ChangeVerdict, now: object) -> None:
    entry = s.exec(select(Outbox).where(Outbox.seq == v.seq)).first()
    if entry is None or entry.participant_id != v.participant_id:
        return  # not ours (or already gone): nothing to acknowledge
    entry.acked_at, entry.verdict = now, v.verdict  # type: ignore[assignment]
    s.add(entry)
    p = s.exec(select(Participant).where(Participant.id == v.participant_id)).first()
    if p is None or p.deleted_at is not None or entry.op == "delete":
        return
    if v.revision < _latest_released_revision(s, p.id) or p.status not in WAITING_FOR_HUB:
        return  # a newer change is on its way, or the clerk is correcting it: leave the status alone
    if v.verdict == "accepted":
        p.status, p.status_reason = ("active" if p.kpj_number else "received"), ""
    elif v.verdict == "rejected":
        p.status, p.status_reason = "rejected", v.reason or "Ditolak oleh Disnaker."
    else:
        p.status, p.status_reason = "duplicate", _duplicate_reason(v)
    s.add(p)


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
        for v in receipt.changes:
            _apply_verdict(s, v, now)
        for upd in receipt.participants:
            p = s.exec(select(Participant).where(Participant.id == upd.participant_id)).first()
            if p is None:
                continue
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
        m = receipt.manifest
        s.execute(insert(BundleLog), [{
            "bundle_id": bundle_id, "kind": "receipt", "direction": "in", "file_name": file_name,
            "created_at": now, "recorded_at": now, "recorded_by": actor, "seq_from": m.seq_from, "seq_to": m.seq_to,
            "record_count": m.record_count, "sha256": receipt.sha256, "destination": "",
            "accepted": counts["accepted"], "rejected": counts["rejected"], "duplicate": counts["duplicate"]}])
        audit.append(s, at=now, operator=actor, action="receipt_apply", entity="bundle", entity_id=bundle_id,
                     details={**counts, "kpj": len(receipt.participants), "file": file_name})
    return ReceiptResult(bundle_id, False, counts["accepted"], counts["rejected"], counts["duplicate"],
                         len(receipt.participants))
