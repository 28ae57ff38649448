"""Is this office ready to send data to Disnaker? The first-run checklist and the reason export is not possible yet.

Steps, in order: the office is set up; this computer is enrolled at Disnaker (its enrolment file saved and
handed over, its fingerprint read out; proved once Disnaker's first receipt arrives); Disnaker is trusted
(its identity file opened and its fingerprint compared by telephone). Sending needs the trust (the bundle is
encrypted for Disnaker) and something to send. Saving the enrolment file is recorded (audit and a setting),
because nothing else in the office knows that it happened.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from jamsos_desktop.services.office import Office
from jamsos_desktop.services.sync import SyncService, waiting_to_send
from jamsos_desktop.store import audit, outbox
from jamsos_desktop.store import settings as settings_store
from jamsos_desktop.store.office_history import first_receipt_at
from jamsos_desktop.sync.hubkeys import HubIdentity

ENROLMENT_SAVED_KEY = "sync.enrolment_saved_at"


@dataclass(frozen=True)
class Readiness:
    office_name: str
    enrolment_saved_at: dt.datetime | None
    hub: HubIdentity | None
    first_receipt_at: dt.datetime | None  # Disnaker answered: the enrolment surely worked
    pending: int  # changes waiting to be sent
    held: int  # changes still waiting for a supervisor

    @property
    def enrolled(self) -> bool:
        return self.enrolment_saved_at is not None or self.first_receipt_at is not None

    @property
    def complete(self) -> bool:
        return self.enrolled and self.hub is not None

    def export_blocker(self) -> str:
        """Why 'Kirim ke flashdisk' cannot be used now, in the clerk's words ('' when it can)."""
        if self.hub is None:
            return ("Belum bisa mengirim: kantor ini belum mempercayai Disnaker. Selesaikan langkah persiapan "
                    "di atas (Percayai Disnaker…).")
        if not self.pending:
            held = (f" {self.held} perubahan lagi menunggu persetujuan supervisor." if self.held else "")
            return "Tidak ada perubahan yang menunggu dikirim." + held
        return ""


class ReadinessService:
    def __init__(self, office: Office) -> None:
        self.office = office

    def status(self) -> Readiness:
        sync = SyncService(self.office)
        with self.office.db.read() as s:
            name = settings_store.get(s, "office.name")
            saved = settings_store.get(s, ENROLMENT_SAVED_KEY)
            counts = outbox.counts(s)
            pending = waiting_to_send(s, counts)  # purge and card notices too, once the hub reads them
            first_receipt = first_receipt_at(s)
        return Readiness(office_name=name, enrolment_saved_at=dt.datetime.fromisoformat(saved) if saved else None,
                         hub=sync.hub(), first_receipt_at=first_receipt, pending=pending,
                         held=counts["held"])

    def save_enrolment(self, path: Path) -> Path:
        """Write the enrolment file for Disnaker (flushed to the stick), and note that it was handed out."""
        actor = self.office.require("sync.export")
        data = SyncService(self.office).enrolment()
        tmp = path.with_name(path.name + ".part")
        try:
            with open(tmp, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, path)
        finally:
            tmp.unlink(missing_ok=True)
        now = self.office.now()
        with self.office.db.write() as s:
            settings_store.put(s, ENROLMENT_SAVED_KEY, now.isoformat())
            audit.append(s, at=now, operator=actor.username, action="enrolment_saved", entity="file",
                         entity_id=path.name, details={"device_id": SyncService(self.office).identity().device_id})
        return path
