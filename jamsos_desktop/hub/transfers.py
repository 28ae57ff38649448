"""A transfer: a person moves from one kelurahan of Batam to another and keeps their KPJ and their cover.

The one sanctioned way across kelurahan (ownership, hub/ownership.py, forbids an office to touch another's
registration). Decided by a hub operator, on the duplicate screen ("pindah") or with `jamsos-hub transfer NIK
--to KELURAHAN --reason ...`, after the new office has registered the person and sent the registration: it waits
at the hub as a duplicate case (the NIK is live in the old kelurahan). The transfer, in one transaction:
- the old office's registration is withdrawn at the hub with the reason "pindah" (a tombstone; its office is told
  on its next receipt, `transfer_out`: its record becomes "pindah ke ...", read only);
- the new office's registration enters the register as the person's home; the KPJ and the coverage periods move
  to it (they belong to the person), its office is told on its next receipt (`transfer_in`, with the KPJ: the
  card loses SEMENTARA);
- the person keeps their place in line or their funded place; the ledger counts the months after this one for
  the new kelurahan; someone BPJS knows (a KPJ) is an address change on the next BPJS list, not a registration;
- the duplicate case is closed as a transfer, and the hub audit records who decided, from where to where, why.
A person who died cannot be transferred; nor one whose new kelurahan has not sent a registration (the message
says what the new office must do first).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection

from jamsos_desktop.domain.wilayah import batam
from jamsos_desktop.hub import cases, persons
from jamsos_desktop.hub import schema as t
from jamsos_desktop.hub.devices import kelurahan_name
from jamsos_desktop.hub.errors import HubRefused

MIN_REASON = 5
STATUS = "transferred"


@dataclass(frozen=True)
class Transferred:
    """What a transfer did: the registrations on both sides, and the KPJ that went with the person."""

    from_kelurahan: str
    to_kelurahan: str
    from_participant_id: str | None
    from_device_id: str | None
    to_participant_id: str
    to_device_id: str
    kpj_number: str | None

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "from_kelurahan_name": kelurahan_name(self.from_kelurahan),
                "to_kelurahan_name": kelurahan_name(self.to_kelurahan)}


def kelurahan_code(text: str) -> str:
    """The official code of a kelurahan of Batam named by code or by name."""
    found = batam().find_kelurahan(text)
    if found is None:
        raise HubRefused(f"Kelurahan '{(text or '').strip()[:60]}' tidak dikenal di Kota Batam. Tulis nama kelurahan "
                         "seperti di KTP (misalnya Belian) atau kodenya.", reason="bad_kelurahan")
    return found.code


def _clean_reason(reason: str) -> str:
    reason = " ".join((reason or "").split())
    if len(reason) < MIN_REASON:
        raise HubRefused(f"Tulis alasan pemindahan (minimal {MIN_REASON} karakter), misalnya nomor surat pindah "
                         "atau hasil telepon ke kantor kelurahan.", reason="no_reason")
    return reason[:200]


def _pending_case(conn: Connection, nik: str, to_code: str) -> Any:
    d = t.duplicate.c
    return conn.execute(sa.select(t.duplicate).where(d.nik == nik, d.kelurahan_code == to_code,
                                                     d.status == "pending")
                        .order_by(d.created_at.desc(), d.id.desc()).limit(1)).first()


def _live(conn: Connection, participant_id: str | None) -> Any:
    if participant_id is None:
        return None
    p = t.participant.c
    return conn.execute(sa.select(p.participant_id, p.device_id, p.kelurahan_code).where(
        p.participant_id == participant_id, p.deleted_at.is_(None))).first()


def transfer(conn: Connection, *, nik: str, to_code: str, reason: str, now: dt.datetime, by: str) -> Transferred:
    """Move the person of `nik` to the registration kelurahan `to_code` sent (see the module's docstring)."""
    reason = _clean_reason(reason)
    person = persons.get(conn, (nik or "").strip())
    if person is None:
        raise HubRefused("NIK ini tidak ada di daftar peserta hub.", reason="not_found")
    if person.ended_reason == "meninggal":
        raise HubRefused("Peserta ini tercatat meninggal dunia; tidak bisa dipindahkan.", reason="deceased")
    old = _live(conn, person.home_participant_id)
    to_name = kelurahan_name(to_code)
    if old is not None and old.kelurahan_code == to_code:
        raise HubRefused(f"Peserta ini sudah terdaftar di Kelurahan {to_name}.", reason="same_kelurahan")
    case = _pending_case(conn, person.nik, to_code)
    if case is None:
        raise HubRefused(f"Kelurahan {to_name} belum mengirim pendaftaran peserta ini ke kota. Minta kantor kelurahan "
                         "tujuan mendaftarkannya dan mengirim data, lalu ulangi pemindahan.", reason="no_registration")
    p = t.participant.c
    if old is not None:  # a tombstone: the NIK is free for the new home, an older re-send cannot revive it
        conn.execute(sa.update(t.participant).where(p.participant_id == old.participant_id).values(
            deleted_at=now, deleted_reason="pindah", updated_at=now))
    cases.promote(conn, case, now)
    persons.carry_kpj(conn, person.nik, case.participant_id)
    persons.follow(conn, [case.participant_id], now=now)  # the new home: cover, ledger, address change for BPJS
    persons.tell(conn, [case.participant_id])
    conn.execute(sa.update(t.duplicate).where(t.duplicate.c.id == case.id).values(
        status=STATUS, resolution=reason, decided_by=by[:64], decided_at=now, updated_at=now))
    kpj = conn.execute(sa.select(t.kpj.c.kpj_number).where(t.kpj.c.participant_id == case.participant_id)).scalar()
    return Transferred(from_kelurahan=old.kelurahan_code if old is not None else person.kelurahan_code,
                       to_kelurahan=to_code, from_participant_id=old.participant_id if old is not None else None,
                       from_device_id=old.device_id if old is not None else None,
                       to_participant_id=case.participant_id, to_device_id=case.device_id, kpj_number=kpj)


def detail(done: Transferred, reason: str) -> dict[str, Any]:
    """What the hub audit keeps of a transfer (no NIK in clear)."""
    return {"from": done.from_kelurahan, "to": done.to_kelurahan, "from_participant_id": done.from_participant_id,
            "to_participant_id": done.to_participant_id, "kpj": bool(done.kpj_number),
            "reason": " ".join(reason.split())[:200]}
