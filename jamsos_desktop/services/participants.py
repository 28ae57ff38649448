"""Participant use cases: register, correct, delete, approve, reject, and read (show, list, search).

Every change writes the participant row, its audit event and its outbox entry in ONE transaction, so
either all three land or none do.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, insert
from sqlmodel import Session

from jamsos_desktop.domain.errors import Refused
from jamsos_desktop.domain.problems import Level, Problem, RecordRefused, blocking, warnings
from jamsos_desktop.domain.record import DELETE_REASONS, check_record, record_label
from jamsos_desktop.domain.registry import ParticipantRecord
from jamsos_desktop.domain.statuses import Status, status_label
from jamsos_desktop.services import notices
from jamsos_desktop.services.listing import PAGE_SIZE, ListFilter, Order, ParticipantList
from jamsos_desktop.services.office import Office
from jamsos_desktop.store import audit, outbox, state
from jamsos_desktop.store import participants as repo
from jamsos_desktop.store import settings as settings_store
from jamsos_desktop.store.bulk import insert_rows
from jamsos_desktop.store.models import Beneficiary, Participant

Progress = Callable[[int, int], None]


class NotFound(Refused):
    code = "not_found"

    def __init__(self, participant_id: str) -> None:
        super().__init__(f"Peserta dengan ID {participant_id} tidak ditemukan: periksa ID (lihat 'jamsos list').")


class WrongState(Refused):
    code = "wrong_state"


@dataclass(frozen=True)
class Saved:
    id: str
    revision: int
    status: str
    warnings: list[Problem]


def _duplicate_problem(nik: str, other: Participant) -> Problem:
    return Problem("nik", Level.BLOCK, "nik.duplicate",
                   f"NIK {nik} sudah terdaftar atas nama {other.full_name} (ID {other.id}): buka data itu dan "
                   "perbaiki di sana, jangan daftar dua kali.")


class ParticipantService:
    def __init__(self, office: Office) -> None:
        self.office = office

    # --- checks -------------------------------------------------------------------------------------------
    def check(self, raw: dict[str, Any], *, participant_id: str | None = None) -> tuple[ParticipantRecord,
                                                                                        list[Problem]]:
        """Validate as the form types: every problem, including a NIK already registered to someone else."""
        record, problems = check_record(raw, today=self.office.today())
        if record.get("nik") and not any(p.field == "nik" and p.level is Level.BLOCK for p in problems):
            with self.office.db.read() as s:
                other = repo.live_by_nik(s, record["nik"])
            if other is not None and other.id != participant_id:
                problems.append(_duplicate_problem(record["nik"], other))
        return record, problems

    def _approval_required(self, s: Session) -> bool:
        return settings_store.get(s, "approval.required") != "0"

    # --- register -----------------------------------------------------------------------------------------
    def register(self, raw: dict[str, Any], *, confirm_warnings: bool = True) -> Saved:
        return self.register_many([raw], confirm_warnings=confirm_warnings)[0]

    def register_many(self, raws: Sequence[dict[str, Any]], *, confirm_warnings: bool = True,
                      progress: Progress | None = None, action: str = "create",
                      already_checked: bool = False, then: Callable[[Session], None] | None = None) -> list[Saved]:
        """Register records all-or-nothing: any blocking problem refuses the whole batch, naming each record.

        `already_checked`: the records are check_record() output with no blocking problem (an import plan
        made them a moment ago), so they are not validated a second time. `then(session)` runs last in the same
        transaction (the import's own audit event).
        """
        actor = self.office.require("participant.write")
        today = self.office.today()
        checked: list[tuple[Mapping[str, Any], list[Problem]]] = []
        refusals: list[Problem] = []
        for i, raw in enumerate(raws, 1):
            record, problems = (raw, []) if already_checked else check_record(raw, today=today)
            checked.append((record, problems))
            stop = blocking(problems) if confirm_warnings else problems
            if stop:  # the label only when there is something to say (an import registers tens of thousands)
                label = f"data ke-{i}, {record_label(record)}" if len(raws) > 1 else record_label(record)
                refusals.extend(Problem(f"{label}: {p.field}", p.level, p.code, p.message) for p in stop)
            if progress and i % 1000 == 0:
                progress(i, len(raws) * 2)
        if refusals:
            raise RecordRefused(refusals)
        now, by = self.office.now(), actor.username
        with self.office.db.write() as s:
            self._refuse_duplicate_niks(s, [r for r, _ in checked])
            approval = self._approval_required(s)
            status = Status.READY if approval else Status.APPROVED
            seq = None if approval else outbox.next_seq(s)
            rows, bens, outs, saved = [], [], [], []
            details: dict[str, dict[str, Any]] = {}
            new_row = {"status": status, "status_reason": "", "revision": 1, "created_at": now, "created_by": by,
                       "updated_at": now, "updated_by": by, "deleted_at": None, "deleted_reason": ""}
            for rec, problems in checked:
                pid = rec.get("id") or str(uuid.uuid4())
                values = repo.row_values(rec)
                rows.append({**values, **new_row, "id": pid})
                ben_rows = repo.beneficiary_rows(pid, rec)
                bens.extend(ben_rows)
                snapshot = repo.record_from_values(pid, values, status=status, beneficiaries=ben_rows)
                outs.append(outbox.row(participant_id=pid, revision=1, op="upsert", record=snapshot, at=now, by=by,
                                       seq=seq))
                seq = seq + 1 if seq is not None else None
                details[pid] = {"nik": rec["nik"], "status": status}
                saved.append(Saved(pid, 1, status, warnings(problems)))
            conn = s.connection()  # plain multi-row inserts: the ORM's bulk path costs more than SQLite here
            stored = insert_rows(conn, Participant.__table__, rows)  # type: ignore[attr-defined]
            stored_bens = insert_rows(conn, Beneficiary.__table__, bens)  # type: ignore[attr-defined]
            insert_rows(conn, outbox.Outbox.__table__, outs)  # type: ignore[attr-defined]
            state.stamp(s, [r["id"] for r in rows], at=now, operator=by, action=action, details=details,
                        states=state.stored_states(stored, stored_bens))
            if then is not None:
                then(s)
        if progress:
            progress(len(raws) * 2, len(raws) * 2)
        return saved

    def _refuse_duplicate_niks(self, s: Session, records: list[Mapping[str, Any]]) -> None:
        niks = [r["nik"] for r in records]
        problems: list[Problem] = []
        seen: dict[str, int] = {}
        for i, nik in enumerate(niks, 1):
            if nik in seen:
                problems.append(Problem(f"data ke-{i}: nik", Level.BLOCK, "nik.repeated",
                                        f"NIK {nik} muncul dua kali (data ke-{seen[nik]} dan ke-{i}): hapus salah "
                                        "satunya."))
            seen.setdefault(nik, i)
        for nik in sorted(repo.live_niks(s, niks)):
            other = repo.live_by_nik(s, nik)
            assert other is not None
            problems.append(_duplicate_problem(nik, other))
        if problems:
            raise RecordRefused(problems)

    # --- change ------------------------------------------------------------------------------------------
    def _load(self, s: Session, participant_id: str) -> Participant:
        p = repo.get(s, participant_id)
        if p is None:
            raise NotFound(participant_id)
        return p

    @staticmethod
    def _refuse_moved(s: Session, p: Participant, moved: dict[str, str] | None = None) -> None:
        """A person who moved to another kelurahan (Disnaker's notice) is read only here. `moved`: the moves of
        a whole batch, looked up at once (notices.moved_map)."""
        if (where := notices.moved_to(s, p.id) if moved is None else moved.get(p.id)) is not None:
            raise WrongState(f"Peserta {p.full_name} sudah pindah ke Kelurahan {where} (kabar dari Disnaker), jadi "
                             "datanya hanya bisa dilihat. Perubahan dilakukan oleh kantor kelurahan barunya.")

    def _record_change(self, s: Session, p: Participant, *, action: str, details: dict[str, Any],
                       op: str = "upsert", release: bool | None = None) -> None:
        """Bump the revision, then write the outbox entry and the audit event of this change."""
        now, by = self.office.now(), self.office.require("participant.write").username
        p.revision += 1
        p.updated_at, p.updated_by = now, by
        s.add(p)
        s.flush()
        if release is None:
            release = p.status != Status.READY
        snapshot = repo.to_record(p, repo.beneficiaries_of(s, p.id))
        outbox.add(s, participant_id=p.id, revision=p.revision, op=op, record=snapshot, at=now, by=by,
                   seq=outbox.next_seq(s) if release else None)
        audit.append(s, at=now, operator=by, action=action, entity="participant", entity_id=p.id,
                     details={**details, "state": state.participant_state(s, p.id)})

    def update(self, participant_id: str, changes: dict[str, Any], *, confirm_warnings: bool = True) -> Saved:
        """Correct a participant: `changes` holds the fields to change (a full record works too)."""
        self.office.require("participant.write")
        with self.office.db.write() as s:
            p = self._load(s, participant_id)
            if p.deleted_at is not None:
                raise WrongState(f"Peserta {p.full_name} sudah dihapus ({p.deleted_reason}); data tidak bisa diubah.")
            self._refuse_moved(s, p)
            current = repo.to_record(p, repo.beneficiaries_of(s, p.id))
            merged = {**current, **{k: v for k, v in changes.items() if k != "id"}}
            record, problems = check_record(merged, today=self.office.today())
            other = repo.live_by_nik(s, record["nik"]) if record.get("nik") else None
            if other is not None and other.id != p.id:
                problems.append(_duplicate_problem(record["nik"], other))
            stop = blocking(problems) if confirm_warnings else problems
            if stop:
                raise RecordRefused(stop, record_label=record_label(record))
            new_values = repo.row_values(record)
            changed = {f: {"old": _plain(getattr(p, f)), "new": _plain(v)} for f, v in new_values.items()
                       if _plain(getattr(p, f)) != _plain(v)}
            if _plain(record["beneficiaries"]) != current["beneficiaries"]:  # dates as text on both sides
                changed["beneficiaries"] = {"old": current["beneficiaries"], "new": _plain(record["beneficiaries"])}
            if not changed:
                return Saved(p.id, p.revision, p.status, warnings(problems))
            for f, v in new_values.items():
                setattr(p, f, v)
            if "beneficiaries" in changed:
                s.execute(delete(Beneficiary).where(Beneficiary.participant_id == p.id))  # type: ignore[arg-type]
                ben_rows = repo.beneficiary_rows(p.id, record)
                if ben_rows:
                    s.execute(insert(Beneficiary), ben_rows)
            p.status = Status.READY if self._approval_required(s) else Status.APPROVED
            p.status_reason = ""
            self._record_change(s, p, action="update", details={"changed": changed})
            return Saved(p.id, p.revision, p.status, warnings(problems))

    def delete(self, participant_id: str, *, reason: str) -> Saved:
        if reason not in DELETE_REASONS:
            raise RecordRefused([Problem("reason", Level.BLOCK, "delete.reason",
                                         "Alasan hapus harus salah satu dari: " + ", ".join(DELETE_REASONS) + ".")])
        self.office.require("participant.write")
        with self.office.db.write() as s:
            p = self._load(s, participant_id)
            if p.deleted_at is not None:
                return Saved(p.id, p.revision, p.status, [])
            self._refuse_moved(s, p)
            p.deleted_at, p.deleted_reason = self.office.now(), reason
            released = outbox.ever_released(s, p.id)
            self._record_change(s, p, action="delete", op="delete", release=released,
                                details={"reason": reason, "nik": p.nik})
            if not released:
                outbox.supersede_held(s, p.id)  # nothing of this person ever left the office: nothing to send
            return Saved(p.id, p.revision, p.status, [])

    def approve(self, participant_ids: Sequence[str]) -> list[Saved]:
        self.office.require("participant.approve")
        saved = []
        with self.office.db.write() as s:
            moved = notices.moved_map(s, list(participant_ids))
            for pid in participant_ids:
                p = self._load(s, pid)
                self._refuse_moved(s, p, moved)
                if p.status != Status.READY or p.deleted_at is not None:
                    now = "dihapus" if p.deleted_at is not None else status_label(p.status).lower()
                    raise WrongState(f"{p.full_name} tidak menunggu persetujuan lagi (sekarang: {now}); muat ulang "
                                     "daftarnya.")
                p.status, p.status_reason = Status.APPROVED, ""
                self._record_change(s, p, action="approve", details={})
                saved.append(Saved(p.id, p.revision, p.status, []))
        return saved

    def approve_all_ready(self) -> list[Saved]:
        with self.office.db.read() as s:
            ids = repo.ids_matching(s, ListFilter(statuses=(Status.READY,)).criteria())
        return self.approve(ids) if ids else []

    def reject(self, participant_id: str, *, reason: str) -> Saved:
        return self.reject_many([participant_id], reason=reason)[0]

    def reject_many(self, participant_ids: Sequence[str], *, reason: str) -> list[Saved]:
        """Send entries back to their operator with one reason; all of them or (on a refusal) none."""
        self.office.require("participant.approve")
        if not reason.strip():
            raise RecordRefused([Problem("reason", Level.BLOCK, "reject.reason",
                                         "Tulis alasan penolakan agar operator tahu apa yang harus diperbaiki.")])
        saved = []
        with self.office.db.write() as s:
            moved = notices.moved_map(s, list(participant_ids))
            for participant_id in participant_ids:
                p = self._load(s, participant_id)
                self._refuse_moved(s, p, moved)
                if p.status != Status.READY:
                    raise WrongState(f"{p.full_name} tidak menunggu persetujuan lagi (sekarang: "
                                     f"{status_label(p.status).lower()}); muat ulang daftarnya.")
                p.status, p.status_reason = Status.REJECTED, reason.strip()
                self._record_change(s, p, action="reject", details={"reason": p.status_reason}, release=False)
                saved.append(Saved(p.id, p.revision, p.status, []))
        return saved

    # --- read --------------------------------------------------------------------------------------------
    def show(self, participant_id: str, *, audit_view: bool = True) -> dict[str, Any]:
        """The full record (unmasked): opening a record is audited as a view (personal data law)."""
        actor = self.office.actor
        with self.office.db.write() if audit_view and actor else self.office.db.read() as s:
            p = self._load(s, participant_id)
            record: dict[str, Any] = dict(repo.to_record(p, repo.beneficiaries_of(s, p.id)))
            record.update(status_reason=p.status_reason, revision=p.revision, deleted_reason=p.deleted_reason,
                          deleted_at=p.deleted_at.isoformat() if p.deleted_at else None,
                          moved_to=notices.moved_to(s, p.id),
                          coverage_periods=[{"month_from": c.month_from, "month_to": c.month_to,
                                             "funding_source": c.funding_source, "budget_year": c.budget_year,
                                             "tariff": c.tariff} for c in repo.coverage_of(s, p.id)])
            if audit_view and actor:
                audit.append(s, at=self.office.now(), operator=actor.username, action="view",
                             entity="participant", entity_id=p.id)
        return record

    def page(self, flt: ListFilter | None = None, *, offset: int = 0, limit: int = PAGE_SIZE,
             order: Order = "full_name") -> list[dict[str, Any]]:
        """One page of list rows (summaries, NIK in full: the faces mask it)."""
        return ParticipantList(self.office).page(flt, offset=offset, limit=limit, order=order)

    def search(self, text: str, *, limit: int = 50) -> list[dict[str, Any]]:
        return self.page(ListFilter(text=text), limit=limit)

    def first_page(self, flt: ListFilter | None = None, *, cap: int, limit: int = PAGE_SIZE,
                   order: Order = "full_name") -> tuple[int, list[dict[str, Any]]]:
        """The count up to cap + 1 and the first page in one read (the list's keystroke)."""
        return ParticipantList(self.office).first_page(flt, cap=cap, limit=limit, order=order)

    def count(self, flt: ListFilter | None = None, *, cap: int | None = None) -> int:
        """How many participants match; with `cap`, at most cap + 1 (more than cap: "lebih dari")."""
        return ParticipantList(self.office).count(flt, cap=cap)

    def ids(self, flt: ListFilter) -> list[str]:
        with self.office.db.read() as s:
            return repo.ids_matching(s, flt.criteria())

    def status_counts(self) -> dict[str, int]:
        return ParticipantList(self.office).status_counts()


def _plain(value: Any) -> Any:
    """Values as they appear in JSON (dates as text) so old and new compare and serialise alike."""
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value

