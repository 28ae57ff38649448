"""Receipts: one signed, encrypted answer per office device, covering everything it has not been answered yet.

A receipt answers every change of the device whose `answered_in` is empty (new since the last receipt, or
re-sent by the office because it never saw that receipt) and carries the KPJ numbers and coverage periods
the office has not been told yet (`news_pending`). Issuing stores the receipt's bytes and marks what it
answered in the same transaction, so a failure leaves everything to be answered by the next receipt. Receipts
of one device form a chain (`previous`), like the office's bundles.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from dataclasses import dataclass, field

import sqlalchemy as sa
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from sqlalchemy import Connection

from jamsos_desktop.hub import schema as t
from jamsos_desktop.hub.devices import Device, kelurahan_name
from jamsos_desktop.sync.bundle import read_manifest
from jamsos_desktop.sync.hubkeys import HubKeys
from jamsos_desktop.sync.manifest import ChainLink
from jamsos_desktop.sync.receipt import ChangeVerdict, CoveragePeriod, DuplicateOf, ParticipantUpdate, write_receipt


@dataclass(frozen=True)
class IssuedReceipt:
    device_id: str
    kelurahan_code: str
    bundle_id: str
    number: int
    seq_from: int
    seq_to: int
    participants: int
    verdicts: dict[str, int] = field(default_factory=dict)
    data: bytes = b""

    @property
    def changes(self) -> int:
        return sum(self.verdicts.values())


def devices_with_news(conn: Connection) -> list[str]:
    """Active devices with an unanswered change or an untold KPJ/coverage."""
    c, p, d = t.change.c, t.participant.c, t.device.c
    unanswered = sa.select(c.device_id).where(c.answered_in.is_(None))
    news = sa.select(p.device_id).where(p.news_pending.is_(True))
    union = sa.union(unanswered, news).subquery()
    rows = conn.execute(sa.select(d.device_id).where(d.active.is_(True), d.device_id.in_(sa.select(union.c.device_id)))
                        .order_by(d.kelurahan_code, d.device_id)).scalars().all()
    return list(rows)


def _verdicts(conn: Connection, device: Device) -> list[ChangeVerdict]:
    c = t.change.c
    rows = conn.execute(sa.select(c.seq, c.participant_id, c.revision, c.verdict, c.reason, c.dup_nik,
                                  c.dup_kelurahan_code)
                        .where(c.device_id == device.device_id, c.answered_in.is_(None)).order_by(c.seq)).all()
    return [ChangeVerdict(device.device_id, r.seq, r.participant_id, r.revision, r.verdict, r.reason,
                          DuplicateOf(r.dup_nik, r.dup_kelurahan_code, kelurahan_name(r.dup_kelurahan_code))
                          if r.verdict == "duplicate" else None) for r in rows]


def _news(conn: Connection, device: Device, *, resend: bool) -> list[ParticipantUpdate]:
    p, k, cov = t.participant.c, t.kpj.c, t.coverage.c
    wanted = k.kpj_number.is_not(None) if resend else p.news_pending.is_(True)
    rows = conn.execute(sa.select(p.participant_id, k.kpj_number)
                        .select_from(t.participant.outerjoin(t.kpj, k.participant_id == p.participant_id))
                        .where(p.device_id == device.device_id, wanted).order_by(p.participant_id)).all()
    periods: dict[str, list[CoveragePeriod]] = {}
    ids = [r.participant_id for r in rows]
    for i in range(0, len(ids), 500):
        for c in conn.execute(sa.select(t.coverage).where(cov.participant_id.in_(ids[i:i + 500]))
                              .order_by(cov.participant_id, cov.month_from)):
            periods.setdefault(c.participant_id, []).append(
                CoveragePeriod(c.month_from, c.month_to, c.funding_source, c.budget_year, c.tariff))
    return [ParticipantUpdate(r.participant_id, r.kpj_number, tuple(periods.get(r.participant_id, ())))
            for r in rows]


def latest(conn: Connection, device_id: str) -> tuple[str, str, int, bytes] | None:
    """(bundle id, sha256, number, bytes) of the device's newest receipt."""
    r = t.receipt.c
    row = conn.execute(sa.select(r.bundle_id, r.sha256, r.number, r.data).where(r.device_id == device_id)
                       .order_by(r.number.desc()).limit(1)).first()
    return (row.bundle_id, row.sha256, row.number, bytes(row.data)) if row else None


def issue_receipt(conn: Connection, *, keys: HubKeys, device: Device, now: dt.datetime, app_version: str,
                  force: bool = False, resend_news: bool = False) -> IssuedReceipt | None:
    """Write, store and mark one receipt for `device`; None when there is nothing to say (unless `force`)."""
    verdicts = _verdicts(conn, device)
    news = _news(conn, device, resend=resend_news)
    if not verdicts and not news and not force:
        return None
    before = latest(conn, device.device_id)
    data = write_receipt(hub=keys, device_id=device.device_id, kelurahan_code=device.kelurahan_code,
                         device_key=X25519PublicKey.from_public_bytes(device.encryption_public), changes=verdicts,
                         participants=news, previous=ChainLink(before[0], before[1]) if before else None,
                         app_version=_app_version(app_version), hub_key=keys.encryption_public, created_at=now)
    manifest = read_manifest(data)[0]
    number = (before[2] if before else 0) + 1
    conn.execute(sa.insert(t.receipt), [{
        "bundle_id": manifest.bundle_id, "device_id": device.device_id, "number": number,
        "seq_from": manifest.seq_from, "seq_to": manifest.seq_to, "change_count": len(verdicts),
        "participant_count": len(news), "sha256": hashlib.sha256(data).hexdigest(), "created_at": now,
        "data": data}])
    if verdicts:
        conn.execute(sa.update(t.change).where(t.change.c.device_id == device.device_id,
                                               t.change.c.answered_in.is_(None)).values(answered_in=manifest.bundle_id))
    if news:
        p = t.participant.c
        ids = [n.participant_id for n in news]
        for i in range(0, len(ids), 500):
            conn.execute(sa.update(t.participant).where(p.participant_id.in_(ids[i:i + 500]))
                         .values(news_pending=False))
    return IssuedReceipt(device.device_id, device.kelurahan_code, manifest.bundle_id, number, manifest.seq_from,
                         manifest.seq_to, len(news), dict(Counter(v.verdict for v in verdicts)), data)


def _app_version(version: str) -> str:
    return version if version and len(version) <= 32 else "0"
