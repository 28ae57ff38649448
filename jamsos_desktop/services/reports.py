"""Recaps for the kelurahan, the audit trail viewer, and the lost-stick report of a bundle's contents."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlmodel import col, select

from jamsos_desktop.domain.categories import default_categories
from jamsos_desktop.domain.statuses import ACCEPTED, STATUS_SHORT_LABELS, STATUSES
from jamsos_desktop.domain.tariffs import default_tariffs
from jamsos_desktop.services.office import Office
from jamsos_desktop.store import audit
from jamsos_desktop.store import settings as settings_store
from jamsos_desktop.store.models import PARTICIPANT, AuditEvent, BundleLog, Operator, Participant


@dataclass
class RecapRow:
    rw: str
    rt: str
    category: str
    counts: dict[str, int] = field(default_factory=dict)
    monthly_contribution: int = 0  # rupiah per month the city pays for this row's covered participants

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class AuditFilter:
    """since/until are days on this PC's calendar (WIB in Batam), not UTC days."""

    operator: str = ""
    action: str = ""
    entity_id: str = ""
    since: dt.date | None = None
    until: dt.date | None = None


@dataclass(frozen=True)
class AuditPage:
    """One page of events with the names a supervisor reads instead of ids."""

    events: list[AuditEvent]
    participant_names: dict[str, str]  # participant id -> full name
    operator_names: dict[str, str]  # user name -> display name


def local_midnight_utc(day: dt.date) -> dt.datetime:
    """The start of `day` on this PC's clock, as the UTC moment the database compares with."""
    return dt.datetime.combine(day, dt.time()).astimezone().astimezone(dt.UTC)


class ReportService:
    def __init__(self, office: Office) -> None:
        self.office = office

    # --- recap ---------------------------------------------------------------------------------------
    def recap(self) -> list[RecapRow]:
        """Per RW, RT and category (in that order): participants per status and the monthly contribution the city
        pays. The groups are put in order here, not by the database: a few hundred groups sort in no time, the
        rows themselves (100,000 in a big office) would fill a sorter first."""
        tariffs, today = default_tariffs(), self.office.today()
        rows: dict[tuple[str, str, str], RecapRow] = {}
        sql = text("SELECT rw, rt, category, status, declared_income, programs FROM participant "
                   "WHERE deleted_at IS NULL")
        with self.office.db.read() as s:
            for rw, rt, category, status, income, programs in s.execute(sql):
                row = rows.setdefault((rw, rt, category), RecapRow(rw, rt, category))
                row.counts[status] = row.counts.get(status, 0) + 1
                if status in ACCEPTED:  # the city pays for participants the hub has accepted
                    progs = [p for p in programs.split(",") if p]
                    row.monthly_contribution += tariffs.monthly_contribution(income, progs, on=today)["total"]
        return [rows[key] for key in sorted(rows, key=lambda k: tuple((v is not None, v or "") for v in k))]

    def _recap_table(self) -> tuple[str, str, list[str], list[list[Any]], list[list[Any]], list[int]]:
        cats = default_categories()
        rows = self.recap()
        headers = ["RW", "RT", "Kategori", *[STATUS_SHORT_LABELS[s] for s in STATUSES], "Jumlah", "Iuran/bulan (Rp)"]
        body = [[r.rw, r.rt, getattr(cats.get(r.category), "label", r.category),
                 *[r.counts.get(s, 0) for s in STATUSES], r.total, f"{r.monthly_contribution:,}".replace(",", ".")]
                for r in rows]
        totals = ["", "", "JUMLAH", *[sum(r.counts.get(s, 0) for r in rows) for s in STATUSES],
                  sum(r.total for r in rows),
                  f"{sum(r.monthly_contribution for r in rows):,}".replace(",", ".")]
        with self.office.db.read() as s:
            office_name = settings_store.get(s, "office.name")
        title = f"Rekap Peserta Jaminan Sosial Ketenagakerjaan - {office_name}"
        subtitle = (f"Per RT/RW dan kategori, dibuat {self.office.now().astimezone():%d-%m-%Y %H:%M}. Iuran dihitung "
                    "untuk peserta yang sudah diterima Disnaker (JKK 1% penghasilan min. Rp10.000, JKM Rp6.800).")
        return title, subtitle, headers, body, [totals], [0, 1]

    def export_recap(self, path: Path) -> Path:
        from jamsos_desktop.reports.tables import write_pdf, write_xlsx  # reportlab/openpyxl: on first use

        title, subtitle, headers, body, totals, text_cols = self._recap_table()
        self._audit("report_export", path.name)
        if path.suffix.lower() == ".pdf":
            return write_pdf(path, title=title, subtitle=subtitle, headers=headers, rows=body, footer_rows=totals,
                             col_widths_mm=[14, 14, 58] + [20] * len(STATUSES) + [18, 28])
        return write_xlsx(path, title=title, subtitle=subtitle, headers=headers, rows=body + totals,
                          text_columns=text_cols)

    def _audit(self, action: str, entity_id: str, details: dict[str, Any] | None = None) -> None:
        actor = self.office.actor
        with self.office.db.write() as s:
            audit.append(s, at=self.office.now(), operator=actor.username if actor else "system", action=action,
                         entity="report", entity_id=entity_id, details=details)

    # --- audit viewer --------------------------------------------------------------------------------
    def audit_events(self, flt: AuditFilter, *, offset: int = 0, limit: int = 200) -> list[AuditEvent]:
        self.office.require("audit.view")
        query = select(AuditEvent)
        if flt.operator:
            query = query.where(AuditEvent.operator == flt.operator)
        if flt.action:
            query = query.where(AuditEvent.action == flt.action)
        if flt.entity_id:
            query = query.where(AuditEvent.entity_id == flt.entity_id)
        if flt.since:
            query = query.where(col(AuditEvent.at) >= local_midnight_utc(flt.since))
        if flt.until:
            query = query.where(col(AuditEvent.at) < local_midnight_utc(flt.until + dt.timedelta(days=1)))
        query = query.order_by(col(AuditEvent.id).desc()).offset(offset).limit(limit)
        with self.office.db.read() as s:
            return list(s.exec(query).all())

    def audit_page(self, flt: AuditFilter, *, offset: int = 0, limit: int = 200) -> AuditPage:
        events = self.audit_events(flt, offset=offset, limit=limit)
        ids = sorted({e.entity_id for e in events if e.entity == "participant"})
        with self.office.db.read() as s:
            names: dict[str, str] = dict(s.exec(select(Participant.id, PARTICIPANT.c.full_name)
                                .where(col(Participant.id).in_(ids))).all()) if ids else {}
            operators = dict(s.exec(select(Operator.username, Operator.display_name)).all())
        return AuditPage(events, names, operators)

    def audit_actions(self) -> list[str]:
        with self.office.db.read() as s:
            return [r[0] for r in s.execute(text("SELECT DISTINCT action FROM audit_event ORDER BY action"))]

    # --- lost stick --------------------------------------------------------------------------------------
    def bundle_contents(self, bundle_id: str) -> list[dict[str, Any]]:
        """Whose data one exported bundle carried, as it was in the bundle (for a breach report in 3 x 24 h)."""
        self.office.require("audit.view")
        sql = text("SELECT e.seq, o.op, o.snapshot FROM bundle_entry e JOIN outbox o ON o.seq = e.seq "
                   "WHERE e.bundle_id = :b ORDER BY e.seq")
        with self.office.db.read() as s:
            rows = s.execute(sql, {"b": bundle_id}).all()
        out = []
        for seq, op, snapshot in rows:
            rec = json.loads(snapshot)
            out.append({"seq": seq, "op": op, "id": rec["id"], "nik": rec["nik"], "full_name": rec["full_name"],
                        "birth_date": rec.get("birth_date"), "phone": rec.get("phone", ""),
                        "address": rec.get("address", ""), "rt": rec.get("rt", ""), "rw": rec.get("rw", ""),
                        "beneficiaries": len(rec.get("beneficiaries") or [])})
        return out

    def export_bundle_contents(self, bundle_id: str, path: Path) -> Path:
        with self.office.db.read() as s:
            log = s.get(BundleLog, bundle_id)
        if log is None:
            raise LookupError("Berkas kiriman itu tidak tercatat di kantor ini.")
        from jamsos_desktop.reports.tables import write_xlsx

        items = self.bundle_contents(bundle_id)
        self._audit("bundle_contents_export", bundle_id, {"file": path.name, "records": len(items)})
        headers = ["Nomor urut", "Jenis", "ID peserta", "NIK", "Nama", "Tanggal lahir", "No HP", "Alamat", "RT",
                   "RW", "Ahli waris"]
        rows = [[i["seq"], i["op"], i["id"], i["nik"], i["full_name"], i["birth_date"], i["phone"], i["address"],
                 i["rt"], i["rw"], i["beneficiaries"]] for i in items]
        subtitle = (f"Berkas {log.file_name}, dibuat {log.created_at.astimezone():%d-%m-%Y %H:%M} oleh "
                    f"{log.recorded_by}, {log.record_count} perubahan. Isi berkas kiriman terenkripsi; laporan ini untuk "
                    "pemberitahuan kehilangan media (UU PDP, 3 x 24 jam).")
        return write_xlsx(path, title="Isi berkas kiriman", subtitle=subtitle, headers=headers, rows=rows,
                          text_columns=[3, 6, 8, 9], sheet="Isi kiriman")
