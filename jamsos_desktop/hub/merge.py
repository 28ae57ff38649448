"""Apply the changes of one verified, decrypted bundle to the merged register, change by change.

Rules, in the order they are checked for each change line (keyed by device id + seq):
1. A seq already received with the same participant and revision is a re-send (the office has not seen the
   receipt yet): nothing changes, and the next receipt answers it again. The same seq with OTHER content is a
   conflict (the office reused numbers, e.g. after restoring a backup): reported, not applied, not answered.
2. A change dated more than a day after the hub's clock, or one this device's kelurahan may not make (another
   kelurahan's registration, a new one for another kelurahan, a move: hub/ownership.py), is rejected alone with
   the reason and recorded as a security event. Nothing of the other kelurahan changes.
3. A revision not newer than what the hub holds for that participant never overwrites it (answered accepted).
4. The snapshot is re-validated with domain.record.check_record as of the hub's day of receipt; a blocking
   problem rejects that change alone, with the reasons.
5. A NIK already live under another participant makes the change a duplicate: the first registration stays,
   this one goes to the review list (hub_duplicate) and its verdict names where the NIK is registered.
6. Otherwise the register takes the new revision (a delete keeps a tombstone so an older upsert cannot revive
   it). A new registration is owned by the device's kelurahan from then on.
Notices (changes level 2) pass rules 1 and 2 like any change: a `purge` then follows rule 3 and takes the
registration out of the register (its personal data is erased after the merge, hub/privacy.py); a `revoke`
keeps the revoked card serials under the device's kelurahan.
Everything is decided in memory first, then written with Core executemany statements: one query per table to
load, a few bulk statements to write.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection

from jamsos_desktop.domain import nik as nik_rules
from jamsos_desktop.domain.record import RecordChecker
from jamsos_desktop.hub import bulk, privacy
from jamsos_desktop.hub import schema as t
from jamsos_desktop.hub.devices import Device, kelurahan_name
from jamsos_desktop.hub.outcome import Judged, MergeResult, judge, note, record_json
from jamsos_desktop.hub.ownership import date_reason, latest_allowed, ownership_reason
from jamsos_desktop.hub.persons import Registration
from jamsos_desktop.hub.security import event_row, record_many
from jamsos_desktop.sync.changes import NOTICE_OPS

OLDER_REASON = "Versi lebih lama dari data yang sudah diterima kota; data yang lebih baru tidak ditimpa."
DUPLICATE_REASON = "NIK sudah terdaftar di kelurahan lain atau dengan data peserta lain"


@dataclass
class _State:
    """A register row as it will be after this bundle."""

    participant_id: str
    revision: int
    nik: str | None
    live: bool
    owner: str
    device_id: str = ""
    db_nik: str | None = None
    db_live: bool = False
    in_db: bool = False
    dirty: bool = False
    values: dict[str, Any] = field(default_factory=dict)


class _Merge:
    def __init__(self, conn: Connection, device: Device, bundle_id: str, now: dt.datetime) -> None:
        self.conn, self.device, self.bundle_id, self.now = conn, device, bundle_id, now
        self.result = MergeResult()
        self.change_rows: list[dict[str, Any]] = []
        self.states: dict[str, _State] = {}
        self.owners: dict[str, tuple[str, str]] = {}  # live NIK -> (participant id, kelurahan code)
        self.dups: dict[str, dict[str, Any]] = {}
        self.dup_in_db: set[str] = set()
        self.dirty_dups: set[str] = set()
        self.kpj: dict[str, str] = {}
        self.events: list[dict[str, Any]] = []
        self.revocations: list[dict[str, Any]] = []
        self.limit = latest_allowed(now)

    def load(self, lines: list[dict[str, Any]], judged: list[tuple[dict[str, Any] | None, str | None]]) -> None:
        pids = [line["participant_id"] for line in lines]
        p = t.participant.c
        for r in bulk.rows_in(self.conn, sa.select(p.participant_id, p.revision, p.nik, p.deleted_at, p.owner_kelurahan,
                                                   p.device_id), p.participant_id, pids):
            live = r.deleted_at is None
            self.states[r.participant_id] = _State(r.participant_id, r.revision, r.nik, live, r.owner_kelurahan,
                                                   r.device_id, r.nik, live, True)
        niks = [rec["nik"] for rec, _ in judged if rec is not None]
        for r in bulk.rows_in(self.conn, sa.select(p.nik, p.participant_id, p.kelurahan_code).where(
                p.deleted_at.is_(None)), p.nik, niks):
            self.owners[r.nik] = (r.participant_id, r.kelurahan_code)
        d = t.duplicate.c
        for r in bulk.rows_in(self.conn, sa.select(d.participant_id, d.revision, d.status, d.kelurahan_code),
                              d.participant_id, pids):
            self.dups[r.participant_id] = {"revision": r.revision, "status": r.status,
                                           "kelurahan_code": r.kelurahan_code}
            self.dup_in_db.add(r.participant_id)
        k = t.kpj.c
        self.kpj = {r.participant_id: r.kpj_number for r in bulk.rows_in(
            self.conn, sa.select(k.participant_id, k.kpj_number), k.participant_id, pids)}

    def change_row(self, line: dict[str, Any], outcome: str, verdict: str, reason: str | None = None,
                   dup: tuple[str, str] | None = None) -> None:
        self.change_rows.append({
            "device_id": self.device.device_id, "seq": line["seq"], "participant_id": line["participant_id"],
            "revision": line["revision"], "op": line["op"], "bundle_id": self.bundle_id, "changed_at": line["at"],
            "changed_by": line["by"], "received_at": self.now, "outcome": outcome, "verdict": verdict,
            "reason": reason, "dup_nik": dup[0] if dup else None, "dup_kelurahan_code": dup[1] if dup else None,
            "answered_in": None,
            "snapshot": record_json(line["snapshot"]) if outcome == "rejected" and line["snapshot"] else None})

    def _resolve_dup(self, pid: str, resolution: str) -> None:
        dup = self.dups.get(pid)
        if dup and dup["status"] == "pending":
            dup.update(status="resolved", resolution=resolution, updated_at=self.now)
            self.dirty_dups.add(pid)

    def _owner(self, pid: str) -> str | None:
        state = self.states.get(pid)
        if state is not None:
            return state.owner
        dup = self.dups.get(pid)
        return dup["kelurahan_code"] if dup else None

    def _forbidden(self, line: dict[str, Any], kind: str, text: str, **detail: Any) -> None:
        self.result.forbidden.append(note(line, text))
        self.change_row(line, "forbidden" if kind == "other_kelurahan" else "future", "rejected", text)
        self.events.append(event_row(at=self.now, kind=kind, device_id=self.device.device_id,
                                     kelurahan_code=self.device.kelurahan_code, bundle_id=self.bundle_id,
                                     seq=line["seq"], participant_id=line["participant_id"],
                                     detail={"op": line["op"], "revision": line["revision"], "at": line["at"],
                                             "text": text, **detail}))

    def apply(self, line: dict[str, Any], record: dict[str, Any] | None, reason: str | None,
              text: str | None = None) -> None:
        """`text`: record_json(record) when already made (hub/prepare.py)."""
        pid, rev = line["participant_id"], line["revision"]
        late = date_reason(line, self.now, self.limit)
        if late is not None:
            self._forbidden(line, "future_date", late)
            return
        owner = self._owner(pid)
        snap = line["snapshot"] if isinstance(line["snapshot"], dict) else {}
        claimed = None if line["op"] != "upsert" else str(snap.get("kelurahan_code") or "") or None
        trespass = ownership_reason(self.device, op=line["op"], owner=owner, record_kelurahan=claimed)
        if trespass is not None:
            self._forbidden(line, "other_kelurahan", trespass, owner=owner, claimed=claimed)
            return
        if line["op"] == "revoke":
            self._revoke(line)
            return
        state = self.states.get(pid)
        newest = max(state.revision if state else 0, self.dups.get(pid, {}).get("revision", 0))
        if rev <= newest:
            self.result.older += 1
            self.change_row(line, "older", "accepted", OLDER_REASON)
        elif line["op"] == "purge":
            self._purge(line, state)
        elif reason is not None:
            self.result.rejected.append(note(line, reason))
            self.change_row(line, "rejected", "rejected", reason)
        elif line["op"] == "delete":
            self._delete(line, state)
        else:
            assert record is not None
            self._upsert(line, record, state, text or record_json(record))

    def _delete(self, line: dict[str, Any], state: _State | None) -> None:
        pid = line["participant_id"]
        if state is None:
            snap = line["snapshot"] if isinstance(line["snapshot"], dict) else {}
            state = self.states[pid] = _State(pid, 0, nik_rules.clean(str(snap.get("nik") or "")) or None, False,
                                              self.device.kelurahan_code)
            state.values = {"kelurahan_code": snap.get("kelurahan_code") or None, "record": None,
                            "full_name": (snap.get("full_name") or None), "category": snap.get("category") or None}
        self._take(state)
        if state.live and state.nik and self.owners.get(state.nik, ("",))[0] == state.participant_id:
            del self.owners[state.nik]
        state.revision, state.live, state.dirty = line["revision"], False, True
        state.values.update(deleted_at=self.now, deleted_reason=(line.get("reason") or "")[:32] or None)
        self._resolve_dup(pid, "ditarik: data dihapus oleh kantor kelurahan")
        self.result.deleted += 1
        self.change_row(line, "deleted", "accepted")

    def _purge(self, line: dict[str, Any], state: _State | None) -> None:
        """The office erased this record: out of the register (if still live) at this revision; the erasure
        itself is written after the merge (hub/privacy.py)."""
        pid = line["participant_id"]
        if state is not None:
            if state.live:
                self._take(state)
                if state.nik and self.owners.get(state.nik, ("",))[0] == pid:
                    del self.owners[state.nik]
                state.values.update(deleted_at=self.now, deleted_reason=privacy.PURGE_REASON)
            state.revision, state.live, state.dirty = line["revision"], False, True
        self._resolve_dup(pid, "ditarik: data dimusnahkan kantor kelurahan (masa simpan habis)")
        self.result.purged.append((pid, line["revision"]))
        self.change_row(line, "purged", "accepted")

    def _revoke(self, line: dict[str, Any]) -> None:
        problem = privacy.revocation_problem(line["snapshot"])
        if problem is not None:
            self.result.rejected.append(note(line, problem))
            self.change_row(line, "rejected", "rejected", problem)
            return
        self.revocations.extend(privacy.revocation_rows(line, self.device, self.now))
        self.result.revoked += 1
        self.change_row(line, "revoked", "accepted")

    def _upsert(self, line: dict[str, Any], record: dict[str, Any], state: _State | None, text: str) -> None:
        pid, nik = line["participant_id"], record["nik"]
        owner = self.owners.get(nik)
        if owner is not None and owner[0] != pid:
            self.result.duplicates.append(note(line, f"NIK sudah terdaftar di Kelurahan {kelurahan_name(owner[1])}"))
            self.change_row(line, "duplicate", "duplicate", DUPLICATE_REASON, (nik, owner[1]))
            self.dups[pid] = {
                "participant_id": pid, "device_id": self.device.device_id, "nik": nik,
                "kelurahan_code": record["kelurahan_code"] or self.device.kelurahan_code,
                "full_name": record["full_name"][:100], "revision": line["revision"], "seq": line["seq"],
                "record": text, "first_participant_id": owner[0], "first_kelurahan_code": owner[1],
                "status": "pending", "resolution": None, "updated_at": self.now}
            self.dirty_dups.add(pid)
            return
        if state is None:
            state = self.states[pid] = _State(pid, 0, None, False, self.device.kelurahan_code)
        if state.live and state.nik and state.nik != nik and self.owners.get(state.nik, ("",))[0] == pid:
            del self.owners[state.nik]
        state.revision, state.nik, state.live, state.dirty = line["revision"], nik, True, True
        state.values = {"kelurahan_code": record["kelurahan_code"], "full_name": record["full_name"][:100],
                        "category": record["category"], "record": text, "deleted_at": None,
                        "deleted_reason": None, "bpjs_rejected_at": None}  # a new version may go to BPJS again
        self._take(state)
        known_kpj = self.kpj.get(pid)
        if known_kpj and (record.get("kpj_number") or "") != known_kpj:
            # The office has not heard of its KPJ yet: tell it again, in the next receipt.
            state.values.update(news_pending=True, news_receipt=None)
        self.owners[nik] = (pid, record["kelurahan_code"])
        self._resolve_dup(pid, "dikoreksi kantor kelurahan: NIK tidak lagi ganda")
        self.result.accepted += 1
        self.change_row(line, "applied", "accepted")

    def _take(self, state: _State) -> None:
        """This device writes the row from now on: news not yet acknowledged is carried to it afresh."""
        if state.in_db and state.device_id != self.device.device_id:
            state.values["news_receipt"] = None
        state.device_id = self.device.device_id

    def write(self, resent: list[int]) -> None:
        conn, p = self.conn, t.participant
        bulk.insert_many(conn, t.change, self.change_rows)
        if resent:
            conn.execute(sa.update(t.change).where(t.change.c.device_id == self.device.device_id,
                                                   t.change.c.seq == sa.bindparam("b_seq")).values(answered_in=None),
                         [{"b_seq": s} for s in resent])
        dirty = [s for s in self.states.values() if s.dirty]
        # Free the NIKs that move first, so no intermediate row breaks the one-live-row-per-NIK index.
        bulk.update_many(conn, p, [{"participant_id": s.participant_id, "nik": None} for s in dirty
                                   if s.in_db and s.db_live and s.db_nik and (not s.live or s.nik != s.db_nik)],
                         key="participant_id")
        common = {"device_id": self.device.device_id, "updated_at": self.now}
        updates = [{"participant_id": s.participant_id, "revision": s.revision, "nik": s.nik, **common, **s.values}
                   for s in dirty if s.in_db]
        for _keys, group in _by_keys(updates):
            bulk.update_many(conn, p, group, key="participant_id")
        inserts = [{"participant_id": s.participant_id, "revision": s.revision, "nik": s.nik, **common,
                    "first_received_at": self.now, "bpjs_exported_at": None, "news_pending": False,
                    "deleted_at": None, "deleted_reason": None, "owner_kelurahan": s.owner, "news_receipt": None,
                    **s.values} for s in dirty if not s.in_db]
        for _keys, group in _by_keys(inserts):
            bulk.insert_many(conn, p, group)
        self._write_dups()
        record_many(conn, self.events)
        privacy.record_revocations(conn, self.revocations, self.device, self.now)

    def registrations(self) -> dict[str, Registration]:
        """The register rows this merge wrote whole (an upsert, or a new tombstone), as persons.follow reads them;
        a row written only in part (e.g. a delete of a stored row) is not here, follow reads it back."""
        return {s.participant_id: Registration(s.participant_id, s.nik, *(s.values[k] for k in _FOLLOWED))
                for s in self.states.values() if s.dirty and s.values.keys() >= set(_FOLLOWED)}

    def _write_dups(self) -> None:
        d = t.duplicate
        new = [{**self.dups[pid], "created_at": self.now} for pid in sorted(self.dirty_dups)
               if pid not in self.dup_in_db]
        for _keys, group in _by_keys(new):
            bulk.insert_many(self.conn, d, group)
        changed = [self.dups[pid] | {"participant_id": pid} for pid in sorted(self.dirty_dups) if pid in self.dup_in_db]
        for _keys, group in _by_keys(changed):
            bulk.update_many(self.conn, d, group, key="participant_id")


_FOLLOWED = ("kelurahan_code", "full_name", "category", "deleted_at", "deleted_reason")  # Registration's order


def _by_keys(rows: list[dict[str, Any]]) -> Iterator[tuple[frozenset[str], list[dict[str, Any]]]]:
    """executemany needs the same keys in every parameter set: group rows by their key set."""
    groups: dict[frozenset[str], list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(frozenset(row), []).append(row)
    yield from groups.items()


def merge_changes(conn: Connection, *, device: Device, bundle_id: str, records: list[dict[str, Any]],
                  now: dt.datetime, judged: Sequence[Judged | None] | None = None,
                  texts: Sequence[str | None] | None = None,
                  written: dict[str, Registration] | None = None) -> MergeResult:
    """Apply `records` (change lines in seq order) from `device`; returns what happened, for the report.
    `judged`: each record's verdict already found (hub/prepare.py; None: judged here), as judge would find it
    (a record may hold only outcome.MERGED_FIELDS: read no other field of it here; the snapshot of a line whose
    record it accepts may hold only outcome.SNAPSHOT_FIELDS: read no other field of that);
    `texts`: record_json of each judged record, made with it (None: made here); `written`: filled with the
    register rows written whole, for persons.follow."""
    merge = _Merge(conn, device, bundle_id, now)
    c = t.change.c
    existing = {r.seq: r for r in conn.execute(
        sa.select(c.seq, c.participant_id, c.revision).where(
            c.device_id == device.device_id, c.seq.between(records[0]["seq"], records[-1]["seq"])))} if records else {}
    fresh: list[dict[str, Any]] = []
    known: list[Judged | None] = []
    made: list[str | None] = []
    resent: list[int] = []
    for index, line in enumerate(records):
        old = existing.get(line["seq"])
        if old is None:
            fresh.append(line)
            known.append(judged[index] if judged is not None else None)
            made.append(texts[index] if texts is not None else None)
        elif (old.participant_id, old.revision) == (line["participant_id"], line["revision"]):
            resent.append(line["seq"])
        else:
            merge.result.conflicts.append(note(line, (
                f"nomor urut {line['seq']} sudah dipakai untuk perubahan lain (peserta {old.participant_id}, versi "
                f"{old.revision}); kemungkinan kantor memulihkan cadangan lama. Hubungi kantor; data ini tidak "
                "diterapkan.")))
    merge.result.already = len(resent)
    checker = RecordChecker(today=now.date())  # values repeated across the bundle's records checked once
    verdicts = [found if found is not None else (None, None) if line["op"] in NOTICE_OPS else judge(line, checker)
                for line, found in zip(fresh, known, strict=True)]
    merge.load(fresh, verdicts)
    for line, (record, reason), text in zip(fresh, verdicts, made, strict=True):
        merge.apply(line, record, reason, text)
    merge.write(resent)
    if written is not None:
        written.update(merge.registrations())
    return merge.result
