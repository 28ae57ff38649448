"""Office notices at the hub (changes level 2): a retention purge and card revocations.

**Purge.** When an office's retention purge erases a record (UU PDP: kept no longer than needed), its next
bundle carries a `purge` line, and the hub erases that registration's personal data the same way, after the
merge (hub/merge.py decides, `erase` here writes):
- erased: the name and the whole record (birth date and place, address, phone, mother's name, heirs, every
  other field) of the registration, of a duplicate case it was in, and of the snapshots of its rejected
  changes; the person's name and deactivation note when the person has no live registration left;
- kept, because the law on the city's finances and the programme's money need them: the ids, the NIK (the key
  of the person, of the KPJ at BPJS and of every paid month), the kelurahan, the category, dates, revisions,
  reasons, the KPJ number, the coverage periods and the ledger months (docs/pdp.md says why).
A registration the hub still held as live leaves the register (deleted, reason `retensi`) like a deletion.
Each erasure is one hub audit entry by the office's device; a purge received again (a re-sent line, a replayed
bundle, an older revision) changes nothing. Only the kelurahan that owns a registration may purge it.

**Card revocations.** A `revoke` line names the serials a newer card replaced; they are kept by the office's
kelurahan and serial (an office can only revoke its own cards), first report wins, and `verify-card`
(hub/card_checks.py) says "dicabut".
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection

from jamsos_desktop.hub import audit
from jamsos_desktop.hub import schema as t
from jamsos_desktop.hub.devices import Device
from jamsos_desktop.hub.store import overwrite_freed

ERASED_NAME = "[dihapus]"
PURGE_REASON = "retensi"
MAX_SERIALS = 50
_SERIAL = re.compile(r"^[!-~]{1,32}$")  # printable ASCII, no spaces (cards/token.py)
_STAMP = "%Y-%m-%dT%H:%M:%SZ"


def revocation_problem(snapshot: Any) -> str | None:
    """What is wrong with a `revoke` line's snapshot (Bahasa Indonesia), or None."""
    if not isinstance(snapshot, dict):
        return "Pemberitahuan kartu dicabut tidak berisi data kartu."
    serials = snapshot.get("serials")
    if not isinstance(serials, list) or not 0 < len(serials) <= MAX_SERIALS or \
            not all(isinstance(s, str) and _SERIAL.match(s) for s in serials):
        return f"Nomor kartu yang dicabut tidak sah (1-{MAX_SERIALS} nomor kartu)."
    newer = snapshot.get("replaced_by")
    if newer is not None and not (isinstance(newer, str) and _SERIAL.match(newer)):
        return "Nomor kartu pengganti tidak sah."
    try:
        dt.datetime.strptime(str(snapshot.get("revoked_at")), _STAMP)
    except ValueError:
        return "Tanggal pencabutan kartu tidak terbaca."
    return None


def revocation_rows(line: dict[str, Any], device: Device, now: dt.datetime) -> list[dict[str, Any]]:
    snap = line["snapshot"]
    at = dt.datetime.strptime(snap["revoked_at"], _STAMP)
    return [{"kelurahan_code": device.kelurahan_code, "serial": serial, "participant_id": line["participant_id"],
             "replaced_by": snap.get("replaced_by"), "revoked_at": at, "device_id": device.device_id,
             "received_at": now} for serial in sorted(set(snap["serials"]))]


def record_revocations(conn: Connection, rows: list[dict[str, Any]], device: Device, now: dt.datetime) -> int:
    """Keep the revocations not known yet (the first report of a card wins); audit them. Returns how many."""
    if not rows:
        return 0
    c = t.card_revocation.c
    known = {r.serial for r in conn.execute(sa.select(c.serial).where(
        c.kelurahan_code == device.kelurahan_code, c.serial.in_(sorted({r["serial"] for r in rows}))))}
    fresh = {r["serial"]: r for r in rows if r["serial"] not in known}
    if fresh:
        conn.execute(sa.insert(t.card_revocation), list(fresh.values()))
    for row in fresh.values():
        audit.record(conn, actor=device.device_id, action="card.revoke", target=row["serial"], at=now,
                     detail={"kelurahan_code": device.kelurahan_code, "participant_id": row["participant_id"],
                             "replaced_by": row["replaced_by"], "revoked_at": row["revoked_at"]})
    return len(fresh)


def erase(conn: Connection, purged: Sequence[tuple[str, int]], *, device: Device, now: dt.datetime) -> None:
    """Erase the personal data of these registrations ((participant id, revision) of each purge line the merge
    took), in the caller's transaction, after persons.follow has detached them from their person."""
    p, d, c, ps = t.participant.c, t.duplicate.c, t.change.c, t.person.c
    if purged:
        overwrite_freed(conn)  # the erased bytes leave the file too, not only the rows (hub/store.py)
    for pid, revision in purged:
        reg = conn.execute(sa.select(p.nik, p.purged_at).where(p.participant_id == pid)).first()
        dup = conn.execute(sa.select(d.nik).where(d.participant_id == pid)).first()
        niks = {n for n in ((reg.nik if reg else None), (dup.nik if dup else None)) if n}
        erased = []
        if reg is not None and reg.purged_at is None:
            conn.execute(sa.update(t.participant).where(p.participant_id == pid).values(
                full_name=None, record=None, purged_at=now, news_pending=False, news_receipt=None))
            erased.append("pendaftaran")
        if dup is not None and dup.nik:
            conn.execute(sa.update(t.duplicate).where(d.participant_id == pid).values(
                nik="", full_name=ERASED_NAME, record="{}", updated_at=now))
            conn.execute(sa.update(t.duplicate).where(d.participant_id == pid, d.status == "pending").values(
                status="resolved", resolution="ditarik: data dimusnahkan kantor kelurahan (masa simpan habis)"))
            erased.append("kasus NIK ganda")
        snapshots = conn.execute(sa.update(t.change).where(c.participant_id == pid, c.snapshot.is_not(None))
                                 .values(snapshot=None)).rowcount
        if snapshots:
            erased.append("data perubahan yang ditolak")
        for nik in sorted(niks):  # the person, when no live registration of theirs is left
            gone = conn.execute(sa.update(t.person).where(ps.nik == nik, ps.home_participant_id.is_(None),
                                                          ps.full_name != ERASED_NAME)
                                .values(full_name=ERASED_NAME, ended_detail=json.dumps({"dimusnahkan": True}),
                                        updated_at=now)).rowcount
            if gone:
                erased.append("nama orang")
        audit.record(conn, actor=device.device_id, action="participant.purge", target=pid, at=now, detail={
            "kelurahan_code": device.kelurahan_code, "revision": revision, "erased": erased,
            "kept": "NIK, KPJ, periode cakupan, buku bulan bayar, kelurahan, kategori, tanggal"})
