"""Anchored office audit history: every changes bundle's audit chain head is kept, and the next must extend it.

An office's audit trail is a hash chain (store/audit.py), but on the office PC anyone with the database file can
rewrite it and recompute every hash, or put an old backup back. A bundle from an office that reads `anchor` >= 2
carries its chain head and the hash its chain holds *now* at the positions its earlier bundles anchored
(sync/anchor.py). The hub keeps each anchor (hub_audit_anchor) and checks the bundle against the latest one it
received from that device:

- `extends`: the bundle shows the very hash the hub anchored at that position: the history continues.
- `rewritten`: it shows a different hash there: the office's history was changed behind the app's back.
- `behind`: its chain is shorter than the anchored one: restored from an old backup (or events deleted).
- `unproven`: it does not show that position at all: the history was replaced (e.g. an old backup that then
  went on working, so it never knew the anchored bundle).
- `missing`: no anchor at all from a device that sent one before (its settings or database were put back, e.g.
  the hub's announcement removed so that the office stops anchoring).
- `start` (the first anchor from the device), `late` (a bundle whose successor arrived first: kept, not checked).

Every verdict but `extends`, `start` and `late` is a security event (hub/security.py, kind `audit_history`),
shown on the console's Ringkasan and named by `jamsos-hub check`. The bundle's data is imported all the same: the event is
for the city office to look into, not a reason to lose registrations. A bundle without the field (an older
office, or one the hub never announced `anchor` to) is neither checked nor kept, unless the device anchored
before (`missing`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import sqlalchemy as sa
from sqlalchemy import Connection

from jamsos_desktop.hub import schema as t
from jamsos_desktop.hub import security
from jamsos_desktop.hub.devices import Device
from jamsos_desktop.hub.store import HubStore
from jamsos_desktop.sync.anchor import FIELD, AuditAnchor, parse_anchor
from jamsos_desktop.sync.manifest import Manifest

KIND = "audit_history"
FLAGGED = ("rewritten", "behind", "unproven", "unreadable", "missing")
MESSAGE = ("PERINGATAN: riwayat audit kantor ini tidak menyambung riwayat yang sudah dicatat hub (lihat peristiwa "
           "keamanan); datanya tetap diimpor")


def _words(verdict: str, anchored: int, shown: int) -> str:
    return {
        "rewritten": f"peristiwa audit nomor {anchored} di kantor tidak sama lagi dengan yang dicatat hub: riwayat "
                     "audit kantor diubah di luar aplikasi",
        "behind": f"riwayat audit kantor hanya sampai peristiwa nomor {shown}, padahal hub sudah mencatat sampai "
                  f"nomor {anchored}: kantor memulihkan cadangan lama atau peristiwa audit dihapus",
        "unproven": f"riwayat audit kantor tidak lagi memuat peristiwa nomor {anchored} yang dicatat hub: riwayat "
                    "diganti, misalnya dipulihkan dari cadangan lama lalu dipakai lagi",
        "unreadable": "keterangan riwayat audit di bundle tidak terbaca",
        "missing": f"bundle tidak membawa riwayat audit kantor, padahal bundle sebelumnya dari perangkat ini membawanya "
                   f"(sampai peristiwa nomor {anchored}): pengaturan kantor diubah di luar aplikasi atau cadangan lama "
                   "dipulihkan",
    }[verdict]


def _reference(conn: Connection, device_id: str) -> sa.Row | None:  # type: ignore[type-arg]
    """The anchor a new bundle must extend: the latest received from the device (a late bundle never is one)."""
    a = t.audit_anchor.c
    return conn.execute(sa.select(a.last_id, a.head).where(a.device_id == device_id, a.verdict != "late")
                        .order_by(a.id.desc()).limit(1)).first()


def verdict(reference: tuple[int, str] | None, anchor: AuditAnchor) -> str:
    if reference is None:
        return "start"
    anchored_id, anchored_head = reference
    if anchored_id == 0:
        return "extends"  # an empty history is extended by any
    if anchor.last_id < anchored_id:
        return "behind"
    shown = anchor.hash_at(anchored_id)
    if shown is None:
        return "unproven"
    return "extends" if shown == anchored_head else "rewritten"


def check_bundle(conn: Connection, *, device: Device, manifest: Manifest, chain: str, now: dt.datetime) -> str | None:
    """Check the bundle's anchor against the device's latest and keep it (in the import's transaction); returns
    the verdict (None: the bundle carries none), a flagged one recorded as a security event."""
    raw = manifest.extra.get(FIELD)
    if raw is None:  # an office that anchored before and now sends none: its settings or history were put back
        reference = _reference(conn, device.device_id)
        if reference is None or chain == "late":
            return None
        _flag(conn, device, manifest, now, _words("missing", reference[0], 0))
        return "missing"
    try:
        anchor = parse_anchor(raw)
    except ValueError as exc:
        _flag(conn, device, manifest, now, f"{_words('unreadable', 0, 0)} ({exc})")
        return "unreadable"
    reference = _reference(conn, device.device_id)
    found = "late" if chain == "late" else verdict(None if reference is None else (reference[0], reference[1]),
                                                    anchor)
    if found in FLAGGED:
        _flag(conn, device, manifest, now, _words(found, reference[0] if reference else 0, anchor.last_id))
    conn.execute(sa.insert(t.audit_anchor), [{
        "device_id": device.device_id, "bundle_id": manifest.bundle_id, "last_id": anchor.last_id,
        "head": anchor.head, "received_at": now, "verdict": found}])
    return found


def _flag(conn: Connection, device: Device, manifest: Manifest, now: dt.datetime, text: str) -> None:
    security.record_many(conn, [security.event_row(
        at=now, kind=KIND, device_id=device.device_id, kelurahan_code=device.kelurahan_code,
        bundle_id=manifest.bundle_id, detail={"text": text})])


class Anchors:
    """What `jamsos-hub check` names: offices whose audit history stopped extending its anchor."""

    def __init__(self, store: HubStore, clock: Callable[[], dt.datetime]) -> None:
        self.store, self.clock = store, clock

    def breaks(self, *, days: int) -> list[security.SecurityEvent]:
        with self.store.read() as conn:
            found = security.recent(conn, since=self.clock() - dt.timedelta(days=days), limit=1000)
        return [e for e in found if e.kind == KIND]
