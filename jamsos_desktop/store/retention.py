"""Which automatic backups to keep: by generation, like a grandfather-father-son tape rotation.

Kept: the newest few, the newest of each of the last 7 days, of each of the last 4 weeks and of each of the
last 12 months. Copies made before a restore, a migration or the switch to encryption are *pinned*: they
are the only copy of data that a bad restore or a failed upgrade could otherwise destroy, so no rotation
ever deletes them (only a person does).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

KEEP_NEWEST = 3
KEEP_DAYS = 7
KEEP_WEEKS = 4
KEEP_MONTHS = 12
PINNED_REASONS = ("before-restore", "before-migration", "before-encryption")
ROTATED_REASONS = ("startup", "auto", "changed")
NAME = re.compile(r"^jamsos-(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<reason>[a-z-]+)\.sqlite$")


@dataclass(frozen=True)
class AutoBackup:
    path: Path
    made_at: dt.datetime
    reason: str

    @property
    def pinned(self) -> bool:
        return self.reason in PINNED_REASONS


def parse_name(path: Path) -> AutoBackup | None:
    """The automatic backup a file name describes, or None for any other file."""
    m = NAME.match(path.name)
    if not m:
        return None
    return AutoBackup(path, dt.datetime.strptime(m["stamp"], "%Y%m%d-%H%M%S-%f"), m["reason"])


def file_name(made_at: dt.datetime, reason: str) -> str:
    return f"jamsos-{made_at:%Y%m%d-%H%M%S-%f}-{reason}.sqlite"


def automatic_backups(folder: Path) -> list[AutoBackup]:
    """Every automatic backup in `folder`, oldest first."""
    found = [b for p in folder.glob("jamsos-*.sqlite") if (b := parse_name(p)) is not None]
    return sorted(found, key=lambda b: b.made_at)


def to_delete(backups: list[AutoBackup], now: dt.datetime) -> list[AutoBackup]:
    """The rotated backups no generation keeps any more (never a pinned one)."""
    rotated = sorted((b for b in backups if not b.pinned), key=lambda b: b.made_at, reverse=True)
    keep: set[Path] = {b.path for b in rotated[:KEEP_NEWEST]}
    buckets: dict[tuple[str, object], Path] = {}
    for b in rotated:  # newest first: the first backup seen in a bucket is the one that bucket keeps
        age = now - b.made_at
        year, week, _ = b.made_at.isocalendar()
        for kind, key, limit in (("day", b.made_at.date(), dt.timedelta(days=KEEP_DAYS)),
                                 ("week", (year, week), dt.timedelta(weeks=KEEP_WEEKS)),
                                 ("month", (b.made_at.year, b.made_at.month), dt.timedelta(days=31 * KEEP_MONTHS))):
            if age <= limit and (kind, key) not in buckets:
                buckets[(kind, key)] = b.path
    keep.update(buckets.values())
    return [b for b in rotated if b.path not in keep]
