"""A read-only summary of the office for the desktop's status bar: queued changes, last export, connection.

Nothing here changes data and nothing needs a signed-in operator: the status bar shows it even on the lock
screen.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import text

from jamsos_desktop.services.office import Office
from jamsos_desktop.store import outbox
from jamsos_desktop.store import settings as settings_store

# The audit actions that mean "a bundle of changes left the office" (written by the sync service).
EXPORT_ACTIONS = ("bundle_export",)


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
        names = ", ".join(f":a{i}" for i in range(len(EXPORT_ACTIONS)))
        params = {f"a{i}": a for i, a in enumerate(EXPORT_ACTIONS)}
        last = s.execute(text(f"SELECT max(at) FROM audit_event WHERE action IN ({names})"), params).scalar_one()
        values = {k: settings_store.get(s, k) for k in ("office.name", "office.kelurahan_code", "sync.hub_url")}
    if isinstance(last, str):
        last = dt.datetime.fromisoformat(last)
    return OfficeStatus(office_name=values["office.name"], kelurahan_code=values["office.kelurahan_code"],
                        queued=counts["queued"], held=counts["held"], last_export=last,
                        hub_url=values["sync.hub_url"])
