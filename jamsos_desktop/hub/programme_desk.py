"""The programme's forms as the console runs them: open a funded period, deactivate a person, and the "pindah"
decision on a duplicate case (a transfer between kelurahan that keeps the KPJ, hub/transfers.py).

Each call checks the signed-in operator's role first (an auditor changes nothing), reads what the browser sent
(a month, a date typed the Indonesian way, a participant picked on its page), then runs the one hub use case
(hub/programme.py) under the operator's name, so the change and its audit line land in one transaction with
that name. The command line (`period open`, `deactivate`) reaches the same use cases as the local operator.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any

import sqlalchemy as sa

from jamsos_desktop.domain.dates import DateUnreadable, parse_typed_date
from jamsos_desktop.hub import persons
from jamsos_desktop.hub import schema as t
from jamsos_desktop.hub.errors import HubRefused
from jamsos_desktop.hub.ledger import person_months
from jamsos_desktop.hub.programme import OPERATOR_REASONS, Programme
from jamsos_desktop.hub.register import full_nik
from jamsos_desktop.hub.renewal import Opened
from jamsos_desktop.hub.roles import Actor
from jamsos_desktop.hub.store import HubStore
from jamsos_desktop.hub.transfers import Transferred

REASON_CHOICES = {reason: persons.END_LABELS[reason] for reason in OPERATOR_REASONS}
EVENT_DATE_LABELS = {"meninggal": "Tanggal meninggal", "pindah_luar": "Tanggal pindah",
                     "bukan_peran": "Tanggal berhenti dari peran", "usia": "Tanggal mencapai batas usia"}


def _whole_number(value: str, what: str, *, optional: bool) -> int | None:
    cleaned = (value or "").strip().replace(".", "").replace(" ", "").removeprefix("Rp").removeprefix("rp")
    if not cleaned and optional:
        return None
    if not cleaned.isascii() or not cleaned.isdigit():
        raise HubRefused(f"{what} harus angka bulat tanpa huruf, misalnya 24300.", reason="bad_number")
    return int(cleaned)


class ProgrammeDesk:
    def __init__(self, programme: Programme, store: HubStore, clock: Callable[[], dt.datetime]) -> None:
        self.programme, self.store, self.clock = programme, store, clock

    def open_period(self, actor: Actor, *, month: str, n_months: str, quota: str, budget: str) -> Opened:
        """Open a funded period from the form's words; refused with what to correct."""
        actor.require("period.open")
        months = _whole_number(n_months, "Lama periode", optional=False)
        assert months is not None
        return self.programme.open_period(month.strip(), n_months=months,
                                          quota_=_whole_number(quota, "Kuota", optional=True),
                                          budget=_whole_number(budget, "Anggaran", optional=True), actor=actor.name)

    def standing(self, actor: Actor, participant_id: str) -> dict[str, Any] | None:
        """The person behind a registration in the programme (status, end, months), None when not in it."""
        actor.require("read")
        with self.store.read() as conn:
            try:
                row = persons.get(conn, full_nik(conn, participant_id))
            except HubRefused:
                return None
            if row is None:
                return None
            code, label = persons.status(row)
            detail = json.loads(row.ended_detail or "{}")
            return {"status": code, "status_label": label, "active": not row.ended_reason,
                    "ended_on": row.ended_on, "ended_from": row.ended_from, "ended_by": detail.get("by"),
                    "ended_note": detail.get("note"), "months": person_months(conn, row.nik)[-12:],
                    "reasons": REASON_CHOICES, "date_labels": EVENT_DATE_LABELS}

    def deactivate(self, actor: Actor, participant_id: str, *, reason: str, on: str, note: str) -> str:
        """End the cover of the person registered as `participant_id`; returns the first month not covered."""
        actor.require("person.deactivate")
        if reason not in REASON_CHOICES:
            raise HubRefused("Pilih alasan penonaktifan.", reason="bad_reason")
        try:
            day = parse_typed_date(on, today=self.clock().date())
        except DateUnreadable as exc:
            raise HubRefused(str(exc), reason="bad_date") from None
        if day is None:
            raise HubRefused(f"Isi {EVENT_DATE_LABELS[reason].lower()}, misalnya 20-01-2027.", reason="no_date")
        with self.store.read() as conn:
            nik = full_nik(conn, participant_id)
        return self.programme.deactivate(nik, reason, on=day, note=note, actor=actor.name)

    def transfer_case(self, actor: Actor, case_id: int, reason: str) -> Transferred:
        """Decide a duplicate case as a move: the person goes to the kelurahan of the waiting registration."""
        actor.require("persons.transfer")
        d = t.duplicate.c
        with self.store.read() as conn:
            row = conn.execute(sa.select(d.nik, d.kelurahan_code, d.status).where(d.id == case_id)).first()
        if row is None:
            raise HubRefused("Kasus NIK ganda ini tidak ada.", reason="not_found")
        if row.status != "pending":
            raise HubRefused("Kasus ini sudah diputuskan sebelumnya; muat ulang halaman.", reason="stale")
        return self.programme.transfer(actor, nik=row.nik, to_kelurahan=row.kelurahan_code, reason=reason)
