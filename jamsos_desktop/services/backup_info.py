"""When the office data was last backed up: by hand (to a stick, from the audit trail) and automatically (at start).

The backup tab shows both, so a clerk sees at a glance whether this week's backup to a stick was made.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from jamsos_desktop.services.office import Office
from jamsos_desktop.store.office_history import last_event


@dataclass(frozen=True)
class BackupInfo:
    last_manual_at: dt.datetime | None  # UTC
    last_manual_file: str
    last_automatic_at: dt.datetime | None  # UTC


def backup_info(office: Office) -> BackupInfo:
    with office.db.read() as s:
        last = last_event(s, "backup")
    automatic = None
    try:
        times = [p.stat().st_mtime for p in office.backups_dir.iterdir() if p.is_file()]
    except OSError:
        times = []
    if times:
        automatic = dt.datetime.fromtimestamp(max(times), dt.UTC)
    at = last.at if last is not None else None
    if at is not None and at.tzinfo is None:
        at = at.replace(tzinfo=dt.UTC)
    return BackupInfo(at, last.entity_id if last is not None else "", automatic)
