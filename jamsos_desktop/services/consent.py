"""Consent on paper (UU PDP Pasal 20-22): print the registration and consent form, record the signed one.

A form is printed per participant from the record (or blank, to fill by hand); the clerk then records that
the signed form came back (which day, taken in by whom). `missing()` lists live participants whose signed
form is not on record, for the GUI's list and `jamsos consent missing`. Printing and recording are audited.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jamsos_desktop.domain.categories import default_categories
from jamsos_desktop.domain.problems import Level, Problem, RecordRefused
from jamsos_desktop.domain.registry import specs
from jamsos_desktop.services import record_text
from jamsos_desktop.services.listing import ListFilter
from jamsos_desktop.services.office import Office
from jamsos_desktop.services.participants import NotFound, WrongState
from jamsos_desktop.store import audit, consent
from jamsos_desktop.store import participants as repo
from jamsos_desktop.store import settings as settings_store

EARLIEST = dt.date(2020, 1, 1)
MAX_FORMS_PER_FILE = 2000


@dataclass(frozen=True)
class ConsentRecord:
    participant_id: str
    received_on: dt.date
    received_by: str
    recorded_at: dt.datetime
    recorded_by: str
    revision: int


def _record(row: Any) -> ConsentRecord:
    return ConsentRecord(row.participant_id, row.received_on, row.received_by, row.recorded_at, row.recorded_by,
                         row.revision)


def _refused(field: str, code: str, message: str) -> RecordRefused:
    return RecordRefused([Problem(field, Level.BLOCK, code, message)])


class ConsentService:
    def __init__(self, office: Office) -> None:
        self.office = office

    # --- the signed form -------------------------------------------------------------------------------
    def status(self, participant_id: str) -> ConsentRecord | None:
        with self.office.db.read() as s:
            row = consent.active(s, participant_id)
        return _record(row) if row else None

    def record_received(self, participant_id: str, *, received_on: dt.date | None = None,
                        received_by: str | None = None) -> ConsentRecord:
        """The signed form of this participant reached the office on `received_on` (default today), taken in
        by the operator `received_by` (default whoever is signed in)."""
        actor = self.office.require("participant.write")
        day = received_on or self.office.today()
        if day > self.office.today():
            raise _refused("received_on", "consent.future", f"Tanggal terima {day:%d-%m-%Y} belum lewat: isi tanggal "
                                                            "formulir diterima, paling lambat hari ini.")
        if day < EARLIEST:
            raise _refused("received_on", "consent.past", f"Tanggal terima {day:%d-%m-%Y} terlalu lama: periksa "
                                                          "tahunnya.")
        now = self.office.now()
        with self.office.db.write() as s:
            p = self._live(s, participant_id)
            by = self._operator(s, received_by or actor.username)
            if consent.active(s, p.id) is not None:
                raise WrongState(f"Formulir bertanda tangan {p.full_name} sudah tercatat. Bila catatannya salah, "
                                 "batalkan dulu lalu catat lagi.")
            row = consent.add(s, participant_id=p.id, revision=p.revision, received_on=day, received_by=by, at=now,
                              by=actor.username)
            audit.append(s, at=now, operator=actor.username, action="consent_received", entity="participant",
                         entity_id=p.id, details={"received_on": day.isoformat(), "received_by": by,
                                                  "revision": p.revision})
            return _record(row)

    def cancel(self, participant_id: str) -> None:
        """Cancel a wrongly recorded signed form (the entry stays, marked cancelled, and the audit says who)."""
        actor = self.office.require("participant.write")
        now = self.office.now()
        with self.office.db.write() as s:
            row = consent.active(s, participant_id)
            if row is None:
                raise WrongState("Belum ada formulir bertanda tangan yang tercatat untuk peserta ini.")
            consent.cancel(s, row, at=now, by=actor.username)
            audit.append(s, at=now, operator=actor.username, action="consent_cancelled", entity="participant",
                         entity_id=participant_id, details={"received_on": row.received_on.isoformat()})

    def _live(self, s: Any, participant_id: str) -> Any:
        p = repo.get(s, participant_id)
        if p is None:
            raise NotFound(participant_id)
        if p.deleted_at is not None:
            raise WrongState(f"Peserta {p.full_name or participant_id} sudah dihapus; formulirnya tidak perlu "
                             "dicatat lagi.")
        return p

    def _operator(self, s: Any, username: str) -> str:
        op = consent.operator(s, username.strip().lower())
        if op is None:
            raise _refused("received_by", "consent.operator", f"Operator '{username}' tidak ada: pakai nama pengguna "
                                                              "petugas kantor ini.")
        return op.username

    # --- who still lacks one -------------------------------------------------------------------------------
    def missing(self, flt: ListFilter | None = None, *, offset: int = 0, limit: int = 200) -> list[dict[str, Any]]:
        with self.office.db.read() as s:
            return consent.missing(s, (flt or ListFilter()).criteria(), offset=offset, limit=limit)

    def missing_count(self, flt: ListFilter | None = None) -> int:
        with self.office.db.read() as s:
            return consent.missing_count(s, (flt or ListFilter()).criteria())

    def counts(self) -> dict[str, int]:
        with self.office.db.read() as s:
            return consent.counts(s)

    # --- printing --------------------------------------------------------------------------------------------
    def print_forms(self, participant_ids: Sequence[str], out: Path) -> Path:
        """One PDF with a filled form per participant (in the order given); audited per participant."""
        from jamsos_desktop.reports.consent_form import write_consent_forms  # reportlab loads on first use

        actor = self.office.require("participant.write")
        ids = list(dict.fromkeys(participant_ids))
        if not ids:
            raise _refused("peserta", "consent.none", "Pilih dulu peserta yang formulirnya dicetak.")
        if len(ids) > MAX_FORMS_PER_FILE:
            raise _refused("peserta", "consent.many", f"Paling banyak {MAX_FORMS_PER_FILE} formulir sekali cetak: "
                                                      "saring per RW atau RT.")
        today, now = self.office.today(), self.office.now()
        with self.office.db.read() as s:
            common = self._common(s)
            records = [self._record_of(s, pid) for pid in ids]
        forms = [self._form(common, rec, now, today) for rec in records]
        write_consent_forms(out, forms)
        with self.office.db.write() as s:
            head = audit.chain_head(s)
            audit.append_rows(s.connection(), [head.next_row(at=now, operator=actor.username, action="consent_form_print",
                                                            entity="participant", entity_id=rec["id"],
                                                            details={"file": out.name, "revision": rec["revision"]})
                                               for rec in records])
        return out

    def print_blank(self, out: Path) -> Path:
        from jamsos_desktop.reports.consent_form import ConsentForm, write_consent_forms

        self.office.require("participant.write")
        with self.office.db.read() as s:
            common = self._common(s)
        extras = [f.label for f in specs(category_extra=True)]  # one shared line, filled as the category asks
        rows = record_text.record_fields({"programs": ["JKK", "JKM"]})
        blank_rows = [(label, common["kelurahan"] if label == "Kelurahan" else "") for label, _ in rows
                      if label not in ("Kategori", "Program")]
        form = ConsentForm(**common, participant_id=None, name="", fields=blank_rows, heirs=[],
                           contribution=record_text.monthly_contribution({}, self.office.today()),
                           printed_at=self.office.now(),
                           categories=[c.label for c in default_categories().categories], category_fields=extras)
        return write_consent_forms(out, [form])

    def _common(self, s: Any) -> dict[str, Any]:
        code = settings_store.get(s, "office.kelurahan_code")
        return {"office_name": settings_store.get(s, "office.name"), "kelurahan": record_text.kelurahan_label(code),
                "retention_years": int(settings_store.get(s, "pdp.retention_years") or 5),
                "contact": settings_store.get(s, "pdp.contact")}

    def _record_of(self, s: Any, participant_id: str) -> dict[str, Any]:
        p = self._live(s, participant_id)
        return {**repo.to_record(p, repo.beneficiaries_of(s, p.id)), "revision": p.revision}

    def _form(self, common: dict[str, Any], record: dict[str, Any], now: dt.datetime, today: dt.date) -> Any:
        from jamsos_desktop.reports.consent_form import ConsentForm

        return ConsentForm(**common, participant_id=record["id"], name=record["full_name"],
                           fields=record_text.record_fields(record), heirs=record_text.heir_rows(record),
                           contribution=record_text.monthly_contribution(record, today), printed_at=now)
