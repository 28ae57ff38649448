"""A copy of everything the office holds about one participant (hak akses, UU PDP Pasal 7 and 32).

`write(participant_id, out)` gathers the record, heirs, coverage, cards, signed forms, what was sent to the
city office and its answers, and every audit event about the person (the processing record Pasal 32 asks
for), writes the PDF, and records in the audit that a copy was made and by whom.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from jamsos_desktop.domain.record import FIELD_LABELS
from jamsos_desktop.services import record_text as rt
from jamsos_desktop.services.office import Office
from jamsos_desktop.services.participants import NotFound, WrongState
from jamsos_desktop.store import audit, consent, subject
from jamsos_desktop.store import participants as repo
from jamsos_desktop.store import settings as settings_store
from jamsos_desktop.store.purge import as_utc

ACTIONS = {
    "create": "Didaftarkan", "import": "Didaftarkan (impor Excel)", "update": "Data diubah", "delete": "Dihapus",
    "approve": "Disetujui supervisor", "reject": "Ditolak supervisor", "view": "Data dibuka",
    "print": "Kartu dicetak", "reprint": "Kartu dicetak ulang", "consent_form_print": "Formulir dicetak",
    "consent_received": "Formulir bertanda tangan diterima", "consent_cancelled": "Catatan formulir dibatalkan",
    "data_copy": "Salinan data dibuat",
}
OPS = {"upsert": "Data peserta", "delete": "Penghapusan", "purge": "Pemusnahan data",
       "revoke": "Kartu lama dicabut"}
VERDICTS = {"accepted": "Diterima", "rejected": "Ditolak", "duplicate": "NIK ganda"}



class DataCopyService:
    def __init__(self, office: Office) -> None:
        self.office = office

    def write(self, participant_id: str, out: Path) -> Path:
        from jamsos_desktop.reports.data_copy import DataCopy, write_data_copy  # reportlab loads on first use

        actor = self.office.require("participant.write")
        now = self.office.now()
        with self.office.db.read() as s:
            p = repo.get(s, participant_id)
            if p is None:
                raise NotFound(participant_id)
            if p.purged_at is not None:
                raise WrongState(f"Data pribadi peserta ini sudah dimusnahkan pada {rt.day(p.purged_at)} karena "
                                 "masa simpannya habis; yang tersisa hanya ID, tanggal dan alasan.")
            record = repo.to_record(p, repo.beneficiaries_of(s, p.id))
            names = subject.operator_names(s)
            copy = DataCopy(
                office_name=settings_store.get(s, "office.name"), participant_id=p.id, name=p.full_name,
                made_at=now, made_by=names.get(actor.username, actor.username), fields=rt.record_fields(record),
                standing=[("Status", rt.status_text(p.status, p.status_reason, p.deleted_reason)),
                          (FIELD_LABELS["kpj_number"], p.kpj_number or "belum ada"),
                          ("Didaftarkan", f"{rt.moment(p.created_at)} oleh {names.get(p.created_by, p.created_by)}"),
                          ("Terakhir diubah", f"{rt.moment(p.updated_at)} oleh "
                                              f"{names.get(p.updated_by, p.updated_by)} (versi {p.revision})")],
                heirs=rt.heir_rows(record),
                coverage=[[c.month_from, c.month_to, c.funding_source, str(c.budget_year), rt.rupiah(c.tariff)]
                          for c in repo.coverage_of(s, p.id)],
                cards=self._cards(s, p.id, names), consent=self._consent(s, p.id, names),
                sent=self._sent(s, p.id), history=self._history(s, p.id, names))
        write_data_copy(out, copy)
        with self.office.db.write() as s:
            audit.append(s, at=now, operator=actor.username, action="data_copy", entity="participant", entity_id=p.id,
                         details={"file": out.name})
        return out

    def _cards(self, s: Any, pid: str, names: dict[str, str]) -> list[list[str]]:
        rows = subject.cards(s, pid)
        return [[c.serial, rt.moment(c.printed_at), names.get(c.printed_by, c.printed_by),
                 ", ".join(x for x in ("sementara" if c.provisional else "tetap",
                                       f"cetak ulang ke-{c.reprint_number}" if c.reprint_number else "",
                                       "dicabut" if c.revoked else "") if x),
                 rt.day(c.valid_until)] for c in rows]

    def _consent(self, s: Any, pid: str, names: dict[str, str]) -> list[list[str]]:
        return [[rt.day(c.received_on), names.get(c.received_by, c.received_by),
                 f"{rt.moment(c.recorded_at)} oleh {names.get(c.recorded_by, c.recorded_by)}",
                 f"dibatalkan {rt.moment(c.cancelled_at)} oleh {names.get(c.cancelled_by, c.cancelled_by)}"
                 if c.cancelled_at else f"berlaku (data versi {c.revision})"]
                for c in consent.history(s, pid)]

    def _sent(self, s: Any, pid: str) -> list[list[str]]:
        out = []
        for r in subject.sent(s, pid):
            sent_at = rt.moment(_utc(r["sent_at"])) if r["sent_at"] else "belum"
            via = "" if not r["sent_at"] else "internet" if r["destination"] == "http" else "flashdisk/berkas"
            answer = (f"{VERDICTS.get(r['verdict'], r['verdict'])} {rt.moment(_utc(r['acked_at']))}"
                      if r["acked_at"] else "menunggu")
            out.append([f"{OPS.get(r['op'], r['op'])} (versi {r['revision']})", rt.moment(_utc(r["created_at"])),
                        sent_at, via, answer])
        return out

    def _history(self, s: Any, pid: str, names: dict[str, str]) -> list[list[str]]:
        events = subject.events(s, pid)
        return [[rt.moment(ev.at), names.get(ev.operator, ev.operator), ACTIONS.get(ev.action, ev.action),
                 _details(ev.action, ev.details)] for ev in events]


def _utc(value: Any) -> Any:
    """Times read through raw SQL come back as text: aware UTC datetimes for display."""
    return as_utc(value) if value else None


def _details(action: str, raw: str) -> str:
    details: dict[str, Any] = json.loads(raw or "{}")
    if action == "update" and isinstance(details.get("changed"), dict):
        return "Yang diubah: " + ", ".join(FIELD_LABELS.get(f, f) for f in details["changed"])
    if action in ("delete", "reject") and details.get("reason"):
        return f"Alasan: {details['reason']}"
    if action in ("print", "reprint") and details.get("serial"):
        return f"Kartu {details['serial']}"
    if action == "consent_received":
        return f"Tanggal {rt.day(details.get('received_on'))}"
    if "file" in details:
        return f"Berkas {details['file']}"
    return ""
