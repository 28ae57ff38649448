"""A read-only summary of the office for the desktop's status bar: queued changes, last export, connection.

Nothing here changes data and nothing needs a signed-in operator: the status bar shows it even on the lock
screen.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from jamsos_desktop.services.office import Office
from jamsos_desktop.services.sync import SyncService, waiting_to_send
from jamsos_desktop.store import outbox
from jamsos_desktop.store import settings as settings_store


@dataclass(frozen=True)
class OfficeStatus:
    office_name: str
    kelurahan_code: str
    queued: int  # released changes no receipt has covered yet
    held: int  # changes waiting for a supervisor's approval before they may leave
    last_export: dt.datetime | None
    hub_url: str  # empty: offline office, changes leave on a USB stick

    @property
    def online_capable(self) -> bool:
        return bool(self.hub_url)


def office_status(office: Office) -> OfficeStatus:
    with office.db.read() as s:
        counts = outbox.counts(s)
        queued = waiting_to_send(s, counts)
        values = {k: settings_store.get(s, k) for k in ("office.name", "office.kelurahan_code", "sync.hub_url")}
    last = SyncService(office).last_export_at()
    return OfficeStatus(office_name=values["office.name"], kelurahan_code=values["office.kelurahan_code"],
                        queued=queued, held=counts["held"], last_export=last,
                        hub_url=values["sync.hub_url"])
