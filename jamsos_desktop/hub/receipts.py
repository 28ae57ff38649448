"""Receipts: one signed, encrypted answer per office device, covering everything it has not been answered yet.

A receipt answers every change of the device whose `answered_in` is empty (new since the last receipt, or
re-sent by the office because it never saw that receipt) and carries EVERY piece of news (KPJ numbers and
coverage periods) the office has not acknowledged yet (`news_pending`). News counts as delivered only when the
office acknowledges a receipt that carried it (`acknowledge`: the next bundle's `ack`, or an acknowledgement
request over HTTP), never when a receipt is issued or fetched; so a lost stick, a deleted file or a lost HTTP
answer only means the next receipt carries the same news again. A new receipt is issued only when there is
something no receipt has carried yet (`needs_receipt`); otherwise the latest one is handed out again.

Issuing stores the receipt's bytes and notes what it carried in the same transaction. Receipts of one device
form a chain (`previous`), like the office's bundles, numbered 1, 2, ... per device. An office that reads
manifest level 2 (sync/formats.py) gets the hub's announcement in each receipt's manifest; any other gets
exactly the v0.1.0 receipt. v0.1.0 offices never acknowledge, so their pending news is carried in every new
receipt.

Notices (hub/notices.py) are news too: pending ones make a receipt needed and are carried, after the participant
lines, in every receipt until acknowledged, but only to offices that read receipt level 3; for any other office
they wait (no receipt is issued for them) until it upgrades and announces level 3.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from sqlalchemy import Connection

from jamsos_desktop.hub import notices as notice_store
from jamsos_desktop.hub import schema as t
from jamsos_desktop.hub.devices import Device, from_row, kelurahan_name
from jamsos_desktop.sync.bundle import read_manifest
from jamsos_desktop.sync.formats import READS, level
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
    again: bool = False  # an earlier receipt handed out again (not acknowledged by the office yet)
    notices: int = 0

    @property
    def changes(self) -> int:
        return sum(self.verdicts.values())


def reads_notices(device: Device) -> bool:
    """The office reads `notice` lines (receipt level 3)."""
    return level(device.reads, "receipt") >= 3


def _with_notices(conn: Connection, device_ids: set[str]) -> list[Device]:
    d = t.device.c
    rows = conn.execute(sa.select(t.device).where(d.active.is_(True), d.device_id.in_(sorted(device_ids)))).all()
    return [device for device in map(from_row, rows) if reads_notices(device)]


def devices_with_news(conn: Connection) -> list[str]:
    """Active devices with an unanswered change or news no receipt has carried yet (notices: only for devices
    that read them)."""
    c, p, d = t.change.c, t.participant.c, t.device.c
    unanswered = sa.select(c.device_id).where(c.answered_in.is_(None))
    news = sa.select(p.device_id).where(p.news_pending.is_(True), p.news_receipt.is_(None))
    union = sa.union(unanswered, news).subquery()
    rows = conn.execute(sa.select(d.device_id, d.kelurahan_code).where(
        d.active.is_(True), d.device_id.in_(sa.select(union.c.device_id)))).all()
    found = {r.device_id: r.kelurahan_code for r in rows}
    found.update({dev.device_id: dev.kelurahan_code
                  for dev in _with_notices(conn, notice_store.devices(conn, carried=False))})
    return sorted(found, key=lambda device_id: (found[device_id], device_id))


def _verdicts(conn: Connection, device: Device) -> list[ChangeVerdict]:
    c = t.change.c
    rows = conn.execute(sa.select(c.seq, c.participant_id, c.revision, c.verdict, c.reason, c.dup_nik,
                                  c.dup_kelurahan_code)
                        .where(c.device_id == device.device_id, c.answered_in.is_(None)).order_by(c.seq)).all()
    return [ChangeVerdict(device.device_id, r.seq, r.participant_id, r.revision, r.verdict, r.reason,
                          DuplicateOf(r.dup_nik, r.dup_kelurahan_code, kelurahan_name(r.dup_kelurahan_code))
                          if r.verdict == "duplicate" else None) for r in rows]


def devices_awaiting_ack(conn: Connection) -> list[str]:
    """Active devices that acknowledge receipts and have news carried but not acknowledged yet."""
    p, d = t.participant.c, t.device.c
    pending = sa.select(p.device_id).where(p.news_pending.is_(True), p.news_receipt.is_not(None))
    rows = conn.execute(sa.select(t.device).where(d.active.is_(True), d.device_id.in_(pending))).all()
    found = {r.device_id: from_row(r) for r in rows if level(from_row(r).reads, "manifest") >= 2}
    found.update({dev.device_id: dev for dev in _with_notices(conn, notice_store.devices(conn, carried=True))})
    return sorted(found, key=lambda device_id: (found[device_id].kelurahan_code, device_id))


def needs_receipt(conn: Connection, device_id: str) -> bool:
    """Something no receipt of this device has carried yet: an unanswered change, new news, or a new notice
    (when the device reads notices)."""
    c, p = t.change.c, t.participant.c
    if conn.execute(sa.select(c.seq).where(c.device_id == device_id, c.answered_in.is_(None)).limit(1)).first():
        return True
    if conn.execute(sa.select(p.participant_id).where(p.device_id == device_id, p.news_pending.is_(True),
                                                      p.news_receipt.is_(None)).limit(1)).first() is not None:
        return True
    return notice_store.has_new(conn, device_id) and bool(_with_notices(conn, {device_id}))


def _news(conn: Connection, device: Device, *, resend: bool) -> list[ParticipantUpdate]:
    """The device's participants with news (or, `resend`, with a KPJ), each with its KPJ and coverage periods: one
    query; a period thousands of people share is one object."""
    p, k, cov = t.participant.c, t.kpj.c, t.coverage.c
    wanted = k.kpj_number.is_not(None) if resend else p.news_pending.is_(True)
    rows = conn.execute(sa.select(p.participant_id, k.kpj_number, cov.month_from, cov.month_to, cov.funding_source,
                                  cov.budget_year, cov.tariff)
                        .select_from(t.participant.outerjoin(t.kpj, k.participant_id == p.participant_id)
                                     .outerjoin(t.coverage, cov.participant_id == p.participant_id))
                        .where(p.device_id == device.device_id, wanted)
                        .order_by(p.participant_id, cov.month_from, cov.month_to)).all()
    shared: dict[tuple[Any, ...], CoveragePeriod] = {}
    news: list[ParticipantUpdate] = []
    current: tuple[str, str | None] | None = None
    periods: list[CoveragePeriod] = []
    for participant_id, kpj_number, *period in rows:
        if current is None or participant_id != current[0]:
            if current is not None:
                news.append(ParticipantUpdate(current[0], current[1], tuple(periods)))
            current, periods = (participant_id, kpj_number), []
        if period[0] is not None:
            key = tuple(period)
            found = shared.get(key)
            if found is None:
                found = shared[key] = CoveragePeriod(*key)
            periods.append(found)
    if current is not None:
        news.append(ParticipantUpdate(current[0], current[1], tuple(periods)))
    return news


def latest(conn: Connection, device_id: str) -> tuple[str, str, int, bytes] | None:
    """(bundle id, sha256, number, bytes) of the device's newest receipt."""
    r = t.receipt.c
    row = conn.execute(sa.select(r.bundle_id, r.sha256, r.number, r.data).where(r.device_id == device_id)
                       .order_by(r.number.desc()).limit(1)).first()
    return (row.bundle_id, row.sha256, row.number, bytes(row.data)) if row else None


def stored(conn: Connection, device_id: str, bundle_id: str) -> bytes | None:
    """One earlier receipt of this device (an office that found a gap in its chain asks for it)."""
    r = t.receipt.c
    row = conn.execute(sa.select(r.data).where(r.device_id == device_id, r.bundle_id == bundle_id)).first()
    return bytes(row.data) if row else None


def again(conn: Connection, device: Device) -> IssuedReceipt | None:
    """The device's newest receipt handed out again, as an IssuedReceipt (None when it has none)."""
    r = t.receipt.c
    row = conn.execute(sa.select(t.receipt).where(r.device_id == device.device_id).order_by(r.number.desc())
                       .limit(1)).first()
    if row is None:
        return None
    return IssuedReceipt(device.device_id, device.kelurahan_code, row.bundle_id, row.number, row.seq_from, row.seq_to,
                         row.participant_count, {}, bytes(row.data), again=True)


def acknowledge(conn: Connection, device: Device, link: ChainLink, *, now: dt.datetime) -> int | None:
    """The office applied the receipt `link` names: everything that receipt and the ones before it carried
    (news and notices) is delivered. Returns its number, or None when the link names no receipt of this device
    (ignored)."""
    r, p = t.receipt.c, t.participant.c
    row = conn.execute(sa.select(r.number).where(r.device_id == device.device_id, r.bundle_id == link.bundle_id,
                                                 r.sha256 == link.sha256)).first()
    if row is None:
        return None
    number = int(row.number)
    if number > device.acked_receipt:
        conn.execute(sa.update(t.device).where(t.device.c.device_id == device.device_id,
                                               t.device.c.acked_receipt < number).values(acked_receipt=number))
    conn.execute(sa.update(t.participant).where(p.device_id == device.device_id, p.news_pending.is_(True),
                                                p.news_receipt <= number).values(news_pending=False, news_receipt=None))
    notice_store.deliver(conn, device.device_id, number, now)
    return number


def issue_receipt(conn: Connection, *, keys: HubKeys, device: Device, now: dt.datetime, app_version: str,
                  force: bool = False, resend_news: bool = False) -> IssuedReceipt | None:
    """Write, store and mark one receipt for `device`; None when no receipt has anything new to say (unless
    `force`, or `resend_news`: every KPJ known for the device's participants)."""
    if not force and not resend_news and not needs_receipt(conn, device.device_id):
        return None
    verdicts = _verdicts(conn, device)
    news = _news(conn, device, resend=resend_news)
    notices = notice_store.pending(conn, device.device_id) if reads_notices(device) else []
    if not verdicts and not news and not notices and not force:
        return None
    before = latest(conn, device.device_id)
    announce = dict(READS) if level(device.reads, "manifest") >= 2 else None
    data = write_receipt(hub=keys, device_id=device.device_id, kelurahan_code=device.kelurahan_code,
                         device_key=X25519PublicKey.from_public_bytes(device.encryption_public), changes=verdicts,
                         participants=news, notices=notices, previous=ChainLink(before[0], before[1]) if before else None,
                         app_version=_app_version(app_version), hub_key=keys.encryption_public, created_at=now,
                         reads=announce)
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
    p = t.participant.c
    if news and not resend_news:  # carried now; delivered only when the office acknowledges this receipt (or later)
        conn.execute(sa.update(t.participant).where(p.device_id == device.device_id, p.news_pending.is_(True),
                                                    p.news_receipt.is_(None)).values(news_receipt=number))
    elif news:  # a resend: only those of the KPJ holders it carries whose news no receipt carried yet
        ids = [n.participant_id for n in news]
        for i in range(0, len(ids), 500):
            conn.execute(sa.update(t.participant).where(p.participant_id.in_(ids[i:i + 500]), p.news_pending.is_(True),
                                                        p.news_receipt.is_(None)).values(news_receipt=number))
    if notices:
        notice_store.mark_carried(conn, device.device_id, number)
    return IssuedReceipt(device.device_id, device.kelurahan_code, manifest.bundle_id, number, manifest.seq_from,
                         manifest.seq_to, len(news), dict(Counter(v.verdict for v in verdicts)), data,
                         notices=len(notices))


def _app_version(version: str) -> str:
    return version if version and len(version) <= 32 else "0"
