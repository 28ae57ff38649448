"""What each office has sent: its newest bundle (when, and by stick or over HTTP), its app version, and the
state of every kelurahan of Batam (no device, enrolled but nothing received, last bundle N days ago).

Used by `jamsos-hub devices`, by `receipts --out` (an office whose newest bundle came over HTTP fetches its
own receipts, so no file is written for it), and by the report's list of all 64 kelurahan.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection

from jamsos_desktop.domain.wilayah import batam
from jamsos_desktop.hub import devices
from jamsos_desktop.hub import schema as t

NO_DEVICE, NEVER_SENT, SILENT, SENDING = "no_device", "never_sent", "silent", "sending"


@dataclass(frozen=True)
class Activity:
    """One device: what it runs and what the hub has received from it."""

    app_version: str
    bundles: int
    last_received_at: dt.datetime | None
    last_source: str | None  # "http" | "file" (the newest bundle's way in), None: nothing received yet


def activity(conn: Connection) -> dict[str, Activity]:
    """Every enrolled device (revoked ones too) by device id."""
    b = t.bundle.c
    counts = {r[0]: r[1] for r in conn.execute(sa.select(b.device_id, sa.func.count()).group_by(b.device_id))}
    newest = sa.select(b.device_id, sa.func.max(b.received_at).label("at")).group_by(b.device_id).subquery()
    last = {r.device_id: (r.received_at, r.source) for r in conn.execute(
        sa.select(b.device_id, b.received_at, b.source)
        .join(newest, sa.and_(b.device_id == newest.c.device_id, b.received_at == newest.c.at)))}
    d = t.device.c
    return {r.device_id: Activity(r.app_version, counts.get(r.device_id, 0), *last.get(r.device_id, (None, None)))
            for r in conn.execute(sa.select(d.device_id, d.app_version))}


def online_devices(conn: Connection) -> set[str]:
    """Devices whose newest bundle arrived over HTTP: they fetch their receipts themselves."""
    return {device_id for device_id, a in activity(conn).items() if a.last_source == "http"}


def kelurahan_states(conn: Connection, *, now: dt.datetime, silent_days: int) -> list[dict[str, Any]]:
    """Every kelurahan of Batam, in kecamatan order, with the state of its offices' sending."""
    seen = activity(conn)
    enrolled: dict[str, list[devices.Device]] = {}
    for device in devices.all_devices(conn):
        if device.active:
            enrolled.setdefault(device.kelurahan_code, []).append(device)
    rows: list[dict[str, Any]] = []
    areas = batam()
    for kec in areas.kecamatan:
        for kel in areas.kelurahan_in(kec.code):
            mine = enrolled.get(kel.code, [])
            times = [a.last_received_at for d in mine if (a := seen.get(d.device_id)) and a.last_received_at]
            last = max(times) if times else None
            days = (now - last).days if last else None
            state = (NO_DEVICE if not mine else NEVER_SENT if last is None
                     else SILENT if days is not None and days > silent_days else SENDING)
            rows.append({"code": kel.code, "name": kel.name, "kecamatan": kec.name, "state": state,
                         "devices": len(mine), "enrolled_at": min(d.enrolled_at for d in mine).isoformat(" ")
                         if mine else None, "last_bundle_at": last.isoformat(" ") if last else None, "days": days})
    return rows
