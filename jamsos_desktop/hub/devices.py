"""Enrolled office devices: trusting an enrolment file, the trusted-key lookup for bundles, and office names.

The fingerprint check itself is a person's job (the clerk reads it over the phone); `enrol` is only called
after the operator confirmed it. A revoked device (a stolen PC) stays in the table, its bundles and requests are
refused, and revocation is final for `enrol`: only `reinstate`, with a reason (audited by the caller), brings
it back. Each device's latest announcement of what it reads (sync/formats.py) is kept here too.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection

from jamsos_desktop.domain.wilayah import batam
from jamsos_desktop.hub import schema as t
from jamsos_desktop.hub.errors import HubRefused
from jamsos_desktop.sync.bundle import TrustedKeys
from jamsos_desktop.sync.enrolment import Enrolment
from jamsos_desktop.sync.formats import Reads, announced


@dataclass(frozen=True)
class Device:
    device_id: str
    kelurahan_code: str
    office_name: str
    fingerprint: str
    encryption_public: bytes
    enrolled_at: dt.datetime
    active: bool
    app_version: str = ""
    announced_reads: Reads | None = None
    acked_receipt: int = 0
    revoked_at: dt.datetime | None = None
    revoked_reason: str | None = None
    signing_public: bytes = b""

    @property
    def kelurahan_name(self) -> str:
        return kelurahan_name(self.kelurahan_code)

    @property
    def reads(self) -> Reads:
        """What this office reads, from its latest message (announcement, else its app version)."""
        return announced(self.announced_reads, self.app_version)


def kelurahan_name(code: str) -> str:
    found = batam().kelurahan_by_code(code)
    return found.name if found else code


def kecamatan_of(code: str) -> tuple[str, str]:
    found = batam().kelurahan_by_code(code)
    return (found.kecamatan.code, found.kecamatan.name) if found else ("", "")


def from_row(row: Any) -> Device:
    return Device(row.device_id, row.kelurahan_code, row.office_name, row.fingerprint, bytes(row.encryption_public),
                  row.enrolled_at, bool(row.active), row.app_version, json.loads(row.reads) if row.reads else None,
                  int(row.acked_receipt or 0), row.revoked_at, row.revoked_reason, bytes(row.signing_public))


def revoked_words(device: Device) -> str:
    when = f" pada {device.revoked_at:%d-%m-%Y}" if device.revoked_at else ""
    why = f" ({device.revoked_reason})" if device.revoked_reason else ""
    return f"Perangkat {device.device_id} (Kelurahan {device.kelurahan_name}) sudah dicabut{when}{why}"


def enrol(conn: Connection, enrolment: Enrolment, *, now: dt.datetime) -> str:
    """Trust an office device: 'new', or 'updated' (name/version of a known device). A revoked device is refused
    (reason "revoked"): revocation is undone only by `reinstate`."""
    if batam().kelurahan_by_code(enrolment.kelurahan_code) is None:
        raise HubRefused(f"Kode kelurahan {enrolment.kelurahan_code} di berkas pendaftaran tidak ada di Kota Batam.")
    values = {"kelurahan_code": enrolment.kelurahan_code, "office_name": enrolment.office_name, "active": True}
    written = dt.datetime.strptime(enrolment.created_at, "%Y-%m-%dT%H:%M:%SZ")
    old = conn.execute(sa.select(t.device).where(t.device.c.device_id == enrolment.device_id)).first()
    if old is None:
        conn.execute(sa.insert(t.device), [{
            **values, "device_id": enrolment.device_id, "signing_public": enrolment.signing_public,
            "encryption_public": enrolment.encryption_public, "fingerprint": enrolment.fingerprint,
            "enrolled_at": now, "app_version": enrolment.app_version, "reads_at": written}])
        return "new"
    if bytes(old.signing_public) != enrolment.signing_public or bytes(old.encryption_public) != enrolment.encryption_public:
        raise HubRefused(f"Perangkat {enrolment.device_id} sudah terdaftar dengan kunci lain.")
    if not old.active:
        raise HubRefused(f"{revoked_words(from_row(old))}. Berkas pendaftarannya tidak bisa mengaktifkannya lagi. Bila "
                         "komputer itu terbukti aman kembali, pemulihan dilakukan dengan sengaja dan tercatat: "
                         "'jamsos-hub reinstate PERANGKAT --reason \"...\"'. Komputer pengganti membuat identitas "
                         "perangkat baru dan didaftarkan sebagai perangkat baru.", reason="revoked")
    if old.kelurahan_code != enrolment.kelurahan_code:
        raise HubRefused(f"Perangkat {enrolment.device_id} terdaftar untuk kelurahan {old.kelurahan_code}, bukan "
                         f"{enrolment.kelurahan_code}. Kantor yang pindah kelurahan membuat identitas perangkat baru.")
    conn.execute(sa.update(t.device).where(t.device.c.device_id == enrolment.device_id).values(**values))
    note_announcement(conn, enrolment.device_id, reads=None, app_version=enrolment.app_version, at=written)
    return "updated"


def _known(conn: Connection, device_id: str) -> Device:
    found = get(conn, device_id)
    if found is None:
        raise HubRefused(f"Perangkat {device_id} tidak terdaftar di hub ini. Lihat daftar perangkat.",
                         reason="unknown_device")
    return found


def revoke(conn: Connection, device_id: str, *, now: dt.datetime, reason: str | None = None) -> Device:
    found = _known(conn, device_id)
    conn.execute(sa.update(t.device).where(t.device.c.device_id == device_id).values(
        active=False, revoked_at=now, revoked_reason=(reason or "").strip()[:200] or None))
    return found


def reinstate(conn: Connection, device_id: str, *, reason: str) -> Device:
    """Bring a revoked device back; the reason is required (the caller writes it to the hub audit)."""
    found = _known(conn, device_id)
    if found.active:
        raise HubRefused(f"Perangkat {device_id} tidak sedang dicabut.", reason="not_revoked")
    if len(reason.strip()) < 10:
        raise HubRefused("Tulis alasan pemulihan yang jelas (minimal 10 karakter), misalnya siapa memeriksa komputer "
                         "itu dan kapan.", reason="reason_required")
    conn.execute(sa.update(t.device).where(t.device.c.device_id == device_id).values(
        active=True, revoked_at=None, revoked_reason=None))
    return found


def note_announcement(conn: Connection, device_id: str, *, reads: Mapping[str, int] | None, app_version: str,
                      at: dt.datetime) -> None:
    """Remember what the device reads, from a message it wrote at `at` (an older message never overrides)."""
    d = t.device.c
    conn.execute(sa.update(t.device).where(d.device_id == device_id, sa.or_(d.reads_at.is_(None), d.reads_at <= at))
                 .values(reads=json.dumps(dict(reads), sort_keys=True) if reads is not None else None, reads_at=at,
                         app_version=app_version[:32]))


def get(conn: Connection, device_id: str) -> Device | None:
    row = conn.execute(sa.select(t.device).where(t.device.c.device_id == device_id)).first()
    return from_row(row) if row else None


def all_devices(conn: Connection) -> list[Device]:
    rows = conn.execute(sa.select(t.device).order_by(t.device.c.kelurahan_code, t.device.c.enrolled_at)).all()
    return [from_row(r) for r in rows]


def trusted_keys(conn: Connection) -> TrustedKeys:
    """The signing key of an ACTIVE enrolled device, for verify_bundle/open_bundle."""
    def lookup(device_id: str) -> bytes | None:
        row = conn.execute(sa.select(t.device.c.signing_public).where(
            t.device.c.device_id == device_id, t.device.c.active.is_(True))).first()
        return bytes(row.signing_public) if row else None
    return lookup


def key_of(conn: Connection) -> TrustedKeys:
    """The signing key of ANY enrolled device, revoked ones too: only to tell a revoked device's bundle apart."""
    def lookup(device_id: str) -> bytes | None:
        row = conn.execute(sa.select(t.device.c.signing_public).where(t.device.c.device_id == device_id)).first()
        return bytes(row.signing_public) if row else None
    return lookup


def office_label(conn: Connection, device: Device) -> str:
    """'Kelurahan Belian', or with the office name when a kelurahan has several devices."""
    count = conn.execute(sa.select(sa.func.count()).select_from(t.device)
                         .where(t.device.c.kelurahan_code == device.kelurahan_code)).scalar_one()
    label = f"Kelurahan {device.kelurahan_name}"
    return f"{label} ({device.office_name})" if count > 1 else label
