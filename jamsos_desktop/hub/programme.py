"""The programme's use cases at the hub: funded periods (open, list), the quota and its waiting list, a person's
months, deactivation, and a transfer between kelurahan (hub/transfers.py). Each call is one transaction; every change is entered in the hub audit under the
operator's name (the CLI's local operator, or a console operator).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from jamsos_desktop.domain import nik as nik_rules
from jamsos_desktop.hub import (
    audit,
    bill,
    deactivations,
    ledger,
    periods,
    persons,
    programme_notices,
    quota,
    renewal,
    transfers,
)
from jamsos_desktop.hub import schema as t
from jamsos_desktop.hub.devices import kelurahan_name
from jamsos_desktop.hub.errors import HubRefused
from jamsos_desktop.hub.months import check_month
from jamsos_desktop.hub.roles import Actor, HubRole
from jamsos_desktop.hub.store import HubStore

OPERATOR_REASONS = ("meninggal", "pindah_luar", "bukan_peran", "usia")  # what an operator may choose
MIN_NOTE = 5


class Programme:
    def __init__(self, store: HubStore, clock: Callable[[], dt.datetime], operator: str) -> None:
        self.store, self.clock, self.operator = store, clock, operator

    def _audit(self, conn: sa.Connection, actor: str | None, action: str, target: str, detail: dict[str, Any]) -> None:
        audit.record(conn, actor=actor or self.operator, action=action, target=target, detail=detail, at=self.clock())

    # --- funded periods ------------------------------------------------------------------------------------
    def open_period(self, month_from: str, *, n_months: int, quota_: int | None = None, budget: int | None = None,
                    actor: str | None = None) -> renewal.Opened:
        with self.store.write() as conn:
            opened = renewal.open_period(conn, month_from=month_from, n_months=n_months, quota_=quota_, budget=budget,
                                         by=actor or self.operator, now=self.clock())
            self._audit(conn, actor, "period.open", opened.period.code, opened.to_dict())
            return opened

    def periods(self) -> list[periods.Period]:
        with self.store.read() as conn:
            return periods.all_periods(conn)

    # --- quota and waiting list ----------------------------------------------------------------------------
    def quota(self, *, limit: int = 50) -> dict[str, Any]:
        """The quota in force, places held and free, and the first `limit` on the waiting list in order."""
        with self.store.read() as conn:
            figures = quota.summary(conn, self.clock().date())
            line = quota.waiting(conn)[:limit]
            ps = t.person.c
            rows = {r.nik: r for r in conn.execute(sa.select(ps.nik, ps.full_name, ps.kelurahan_code, ps.accepted_at)
                                                   .where(ps.nik.in_(line)))} if line else {}
        figures["line"] = [{"place": i, "nik": nik_rules.mask(nik), "full_name": rows[nik].full_name,
                            "kelurahan": kelurahan_name(rows[nik].kelurahan_code),
                            "accepted_at": rows[nik].accepted_at.isoformat(" ", "seconds")}
                           for i, nik in enumerate(line, 1)]
        return figures

    # --- one person ----------------------------------------------------------------------------------------
    def person(self, nik: str) -> dict[str, Any]:
        with self.store.read() as conn:
            row = persons.get(conn, nik.strip())
            if row is None:
                raise HubRefused("NIK ini tidak ada di daftar peserta hub.", reason="not_found")
            code, label = persons.status(row)
            return {"nik": row.nik, "full_name": row.full_name, "kelurahan": kelurahan_name(row.kelurahan_code),
                    "status": code, "status_label": label, "place": row.place,
                    "ended_on": row.ended_on.isoformat() if row.ended_on else None, "ended_from": row.ended_from,
                    "ended_detail": json.loads(row.ended_detail or "{}"), "months": ledger.person_months(conn, row.nik)}

    def deactivate(self, nik: str, reason: str, *, on: dt.date, note: str, actor: str | None = None) -> str:
        """End a person's cover from the month after `on`; returns that first month not covered."""
        if reason not in OPERATOR_REASONS:
            raise HubRefused(f"Alasan harus salah satu dari: {', '.join(OPERATOR_REASONS)}.", reason="bad_reason")
        note = " ".join((note or "").split())
        if len(note) < MIN_NOTE:
            raise HubRefused(f"Tulis keterangan (minimal {MIN_NOTE} karakter), misalnya nomor surat kematian.",
                             reason="no_note")
        now = self.clock()
        if on > now.date():
            raise HubRefused(f"Tanggal {on:%d-%m-%Y} belum terjadi; tulis tanggal peristiwanya.", reason="future")
        with self.store.write() as conn:
            row = persons.get(conn, nik.strip())
            if row is None:
                raise HubRefused("NIK ini tidak ada di daftar peserta hub.", reason="not_found")
            first = persons.end(conn, row.nik, reason, on=on, now=now,
                                detail={"by": actor or self.operator, "note": note[:500]})
            quota.renumber(conn)
            programme_notices.deactivated(conn, row.nik, persons.END_LABELS[reason], first, now)
            self._audit(conn, actor, "person.deactivate", nik_rules.mask(row.nik),
                        {"reason": reason, "on": on.isoformat(), "from": first})
            return first

    def transfer(self, actor: Actor | None = None, *, nik: str, to_kelurahan: str,
                 reason: str) -> transfers.Transferred:
        """Move a person to the kelurahan (code or name) whose registration of their NIK waits as a duplicate case;
        the KPJ and the cover go with them, both offices are told on their next receipt (hub/transfers.py)."""
        actor = actor or Actor(self.operator[:64], HubRole.ADMIN)
        actor.require("persons.transfer")
        to_code = transfers.kelurahan_code(to_kelurahan)
        with self.store.write() as conn:
            done = transfers.transfer(conn, nik=nik, to_code=to_code, reason=reason, now=self.clock(), by=actor.name)
            programme_notices.transferred(conn, done, self.clock())
            audit.record(conn, actor=actor.name, action="person.transfer", target=nik_rules.mask(nik.strip()),
                         detail=transfers.detail(done, reason), at=self.clock())
            return done

    def export_deactivations(self, out: Path, *, actor: str | None = None) -> int:
        """The deactivation list for BPJS, written from a read snapshot, then stamped; returns the rows."""
        now = self.clock()
        with self.store.read() as conn:
            niks = deactivations.write_list(conn, out, now=now)
        with self.store.write() as conn:
            deactivations.stamp_sent(conn, niks, now=now)
            self._audit(conn, actor, "bpjs.export_deactivations", out.name, {"count": len(niks)})
        return len(niks)

    def reconcile_bill(self, path: Path, *, month: str, mapping: Path | None = None) -> bill.BillReport:
        """BPJS's bill for `month` against the ledger (changes nothing)."""
        month = check_month(month)
        columns = bill.read_mapping(mapping) if mapping is not None else None
        with self.store.read() as conn:
            return bill.reconcile(conn, path, month=month, mapping=columns)
