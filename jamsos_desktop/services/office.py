"""The open office: its data folder, database, device key folder, and who is working.

`open_office()` is what the app and the CLI do first: check the file, back it up, migrate it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from jamsos_desktop.config import DB_FILE
from jamsos_desktop.domain.errors import Refused
from jamsos_desktop.domain.roles import NotAllowed, allowed
from jamsos_desktop.store import backup, migrate
from jamsos_desktop.store import settings as settings_store
from jamsos_desktop.store.engine import Database


@dataclass(frozen=True)
class Actor:
    username: str
    display_name: str
    role: str


SYSTEM = Actor("system", "Sistem", "admin")


class NotSignedIn(Refused):
    code = "not_signed_in"

    def __init__(self) -> None:
        super().__init__("Belum masuk: masuk dengan akun operator dulu.")


@dataclass
class StartupReport:
    """What start-up found; the app says nothing unless `problems` is not empty."""

    integrity_problems: list[str] = field(default_factory=list)
    migrated: bool = False
    backup_file: Path | None = None


class Office:
    def __init__(self, data_dir: Path, *, clock: Callable[[], dt.datetime] | None = None) -> None:
        self.data_dir = data_dir
        self.db_path = data_dir / DB_FILE
        self.backups_dir = data_dir / "backups"
        self.keys_dir = data_dir / "keys"
        self.db = Database(self.db_path)
        self.actor: Actor | None = None
        self._clock = clock or (lambda: dt.datetime.now(dt.UTC))
        self.startup = StartupReport()

    def now(self) -> dt.datetime:
        return self._clock()

    def today(self) -> dt.date:
        return self.now().astimezone().date()

    def require(self, permission: str) -> Actor:
        if self.actor is None:
            raise NotSignedIn()
        if not allowed(self.actor.role, permission):
            raise NotAllowed(self.actor.role, permission)
        return self.actor

    def setting(self, key: str) -> str:
        with self.db.read() as s:
            return settings_store.get(s, key)

    @property
    def initialized(self) -> bool:
        return bool(self.setting("office.kelurahan_code"))

    def close(self) -> None:
        self.db.dispose()


def open_office(data_dir: Path, *, clock: Callable[[], dt.datetime] | None = None,
                startup_backup: bool = True) -> Office:
    """Open (or create) the office database: integrity check, rotated backup, migrations to head."""
    data_dir.mkdir(parents=True, exist_ok=True)
    existed = (data_dir / DB_FILE).exists()
    office = Office(data_dir, clock=clock)
    if existed:
        # quick_check at every start (page structure, a power cut's damage); `jamsos check` runs the full one.
        office.startup.integrity_problems = office.db.integrity_problems(quick=True)
        if startup_backup and not office.startup.integrity_problems:
            office.startup.backup_file = backup.automatic_backup(office.db_path, office.backups_dir,
                                                                 reason="startup")
    office.startup.migrated = migrate.upgrade(office.db, backups_dir=office.backups_dir)
    return office
