"""Office devices as the console shows and manages them: the overview, enrolment after the fingerprint check,
and revocation with a reason, each change audited with the operator's name.

Enrolment is two steps: the operator uploads the office's enrolment file and sees its fingerprint; only when
the fingerprint the office's clerk reads over the phone is typed in and matches the file in full is the device
trusted. The file travels between the two steps inside the page (it is signed, so it is verified again).
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
from collections.abc import Callable
from typing import Any

import sqlalchemy as sa

from jamsos_desktop.hub import devices as device_store
from jamsos_desktop.hub import schema as t
from jamsos_desktop.hub.actions import record_action
from jamsos_desktop.hub.errors import HubRefused
from jamsos_desktop.hub.roles import Actor
from jamsos_desktop.hub.store import HubStore
from jamsos_desktop.sync.enrolment import Enrolment, read_enrolment
from jamsos_desktop.sync.errors import SyncRefused
from jamsos_desktop.sync.limits import MAX_KEY_FILE_BYTES

MIN_REASON = 5


def same_fingerprint(typed: str, actual: str) -> bool:
    def norm(v: str) -> str:
        return "".join(v.split()).replace("-", "").upper()
    return bool(typed.strip()) and norm(typed) == norm(actual)


def read_upload(data: bytes) -> Enrolment:
    if not data:
        raise HubRefused("Pilih berkas pendaftaran kantor (dibuat di aplikasi kantor: Kirim Data > Pendaftaran).")
    if len(data) > MAX_KEY_FILE_BYTES:
        raise HubRefused("Berkas ini terlalu besar untuk berkas pendaftaran kantor; pilih berkas yang benar.")
    try:
        return read_enrolment(data)
    except SyncRefused as exc:
        raise HubRefused(exc.message, reason="bad_enrolment") from exc


def carry(data: bytes) -> str:
    return base64.b64encode(data).decode()


def uncarry(text: str) -> bytes:
    try:
        return base64.b64decode(text.encode(), validate=True)
    except (binascii.Error, ValueError):
        raise HubRefused("Berkas pendaftaran rusak di perjalanan; unggah ulang.", reason="bad_enrolment") from None


def overview(conn: sa.Connection) -> list[dict[str, Any]]:
    b, r, d = t.bundle.c, t.receipt.c, t.device.c
    last_bundle = dict(conn.execute(sa.select(b.device_id, sa.func.max(b.received_at)).group_by(b.device_id)).all())
    last_receipt = dict(conn.execute(sa.select(r.device_id, sa.func.max(r.created_at)).group_by(r.device_id)).all())
    rows = conn.execute(sa.select(d.device_id, d.kelurahan_code, d.office_name, d.fingerprint, d.app_version,
                                  d.enrolled_at, d.active).order_by(d.kelurahan_code, d.enrolled_at)).all()
    return [{"device_id": x.device_id, "kelurahan": device_store.kelurahan_name(x.kelurahan_code),
             "kelurahan_code": x.kelurahan_code, "office_name": x.office_name, "fingerprint": x.fingerprint,
             "app_version": x.app_version, "enrolled_at": x.enrolled_at, "active": bool(x.active),
             "last_bundle_at": last_bundle.get(x.device_id), "last_receipt_at": last_receipt.get(x.device_id)}
            for x in rows]


class Offices:
    def __init__(self, store: HubStore, clock: Callable[[], dt.datetime]) -> None:
        self.store, self.clock = store, clock

    def list(self, actor: Actor) -> list[dict[str, Any]]:
        actor.require("read")
        with self.store.read() as conn:
            return overview(conn)

    def preview(self, actor: Actor, data: bytes) -> Enrolment:
        actor.require("devices.manage")
        return read_upload(data)

    def enrol(self, actor: Actor, data: bytes, typed_fingerprint: str) -> tuple[Enrolment, str]:
        actor.require("devices.manage")
        enrolment = read_upload(data)
        if not same_fingerprint(typed_fingerprint, enrolment.fingerprint):
            raise HubRefused("Sidik jari yang diketik TIDAK SAMA dengan berkas. Jangan percayai berkas ini: minta kantor "
                             "membuat berkas pendaftaran baru dan bacakan ulang sidik jarinya.", reason="fingerprint")
        with self.store.write() as conn:
            status = device_store.enrol(conn, enrolment, now=self.clock())
            record_action(conn, actor=actor, action="device.enrol", target=enrolment.device_id, detail={
                "kelurahan_code": enrolment.kelurahan_code, "office_name": enrolment.office_name, "status": status})
        return enrolment, status

    def revoke(self, actor: Actor, device_id: str, reason: str) -> device_store.Device:
        actor.require("devices.manage")
        reason = " ".join(reason.split())
        if len(reason) < MIN_REASON:
            raise HubRefused(f"Tulis alasan pencabutan (minimal {MIN_REASON} karakter), misalnya 'komputer dicuri'.")
        with self.store.write() as conn:
            found = device_store.revoke(conn, device_id, now=self.clock(), reason=reason)
            record_action(conn, actor=actor, action="device.revoke", target=device_id, detail={"reason": reason[:200]})
            return found
