"""Enrolled office devices: trusting an enrolment file, the trusted-key lookup for bundles, and office names.

The fingerprint check itself is a person's job (the clerk reads it over the phone); `enrol` is only called
after the operator confirmed it. A revoked device (a stolen PC) stays in the table, but its bundles are refused.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection

from jamsos_desktop.domain.wilayah import batam
from jamsos_desktop.hub import schema as t
from jamsos_desktop.hub.errors import HubRefused
from jamsos_desktop.sync.bundle import TrustedKeys
from jamsos_desktop.sync.enrolment import Enrolment


@dataclass(frozen=True)
class Device:
    device_id: str
    kelurahan_code: str
    office_name: str
    fingerprint: str
    encryption_public: bytes
    enrolled_at: dt.datetime
    active: bool

    @property
    def kelurahan_name(self) -> str:
        return kelurahan_name(self.kelurahan_code)


def kelurahan_name(code: str) -> str:
    found = batam().kelurahan_by_code(code)
    return found.name if found else code


def kecamatan_of(code: str) -> tuple[str, str]:
    found = batam().kelurahan_by_code(code)
    return (found.kecamatan.code, found.kecamatan.name) if found else ("", "")


def _device(row: Any) -> Device:
    return Device(row.device_id, row.kelurahan_code, row.office_name, row.fingerprint, bytes(row.encryption_public),
                  row.enrolled_at, bool(row.active))


def enrol(conn: Connection, enrolment: Enrolment, *, now: dt.datetime) -> str:
    """Trust an office device; 'new', 'updated' (name/version of a known device) or 'reactivated'."""
    if batam().kelurahan_by_code(enrolment.kelurahan_code) is None:
        raise HubRefused(f"Kode kelurahan {enrolment.kelurahan_code} di berkas pendaftaran tidak ada di Kota Batam.")
    values = {"kelurahan_code": enrolment.kelurahan_code, "office_name": enrolment.office_name,
              "app_version": enrolment.app_version, "active": True}
    old = conn.execute(sa.select(t.device).where(t.device.c.device_id == enrolment.device_id)).first()
    if old is None:
        conn.execute(sa.insert(t.device), [{
            **values, "device_id": enrolment.device_id, "signing_public": enrolment.signing_public,
            "encryption_public": enrolment.encryption_public, "fingerprint": enrolment.fingerprint,
            "enrolled_at": now}])
        return "new"
    if bytes(old.signing_public) != enrolment.signing_public or bytes(old.encryption_public) != enrolment.encryption_public:
        raise HubRefused(f"Perangkat {enrolment.device_id} sudah terdaftar dengan kunci lain.")
    if old.kelurahan_code != enrolment.kelurahan_code:
        raise HubRefused(f"Perangkat {enrolment.device_id} terdaftar untuk kelurahan {old.kelurahan_code}, bukan "
                         f"{enrolment.kelurahan_code}. Kantor yang pindah kelurahan membuat identitas perangkat baru.")
    conn.execute(sa.update(t.device).where(t.device.c.device_id == enrolment.device_id).values(**values))
    return "updated" if old.active else "reactivated"


def revoke(conn: Connection, device_id: str) -> Device:
    found = get(conn, device_id)
    if found is None:
        raise HubRefused(f"Perangkat {device_id} tidak terdaftar di hub ini.")
    conn.execute(sa.update(t.device).where(t.device.c.device_id == device_id).values(active=False))
    return found


def get(conn: Connection, device_id: str) -> Device | None:
    row = conn.execute(sa.select(t.device).where(t.device.c.device_id == device_id)).first()
    return _device(row) if row else None


def all_devices(conn: Connection) -> list[Device]:
    rows = conn.execute(sa.select(t.device).order_by(t.device.c.kelurahan_code, t.device.c.enrolled_at)).all()
    return [_device(r) for r in rows]


def trusted_keys(conn: Connection) -> TrustedKeys:
    """The signing key of an ACTIVE enrolled device, for verify_bundle/open_bundle."""
    def lookup(device_id: str) -> bytes | None:
        row = conn.execute(sa.select(t.device.c.signing_public).where(
            t.device.c.device_id == device_id, t.device.c.active.is_(True))).first()
        return bytes(row.signing_public) if row else None
    return lookup


def office_label(conn: Connection, device: Device) -> str:
    """'Kelurahan Belian', or with the office name when a kelurahan has several devices."""
    count = conn.execute(sa.select(sa.func.count()).select_from(t.device)
                         .where(t.device.c.kelurahan_code == device.kelurahan_code)).scalar_one()
    label = f"Kelurahan {device.kelurahan_name}"
    return f"{label} ({device.office_name})" if count > 1 else label
