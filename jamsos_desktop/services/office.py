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
from jamsos_desktop.safefile import DiskProblem, check_writable_folder, private_folder, restrict
from jamsos_desktop.store import audit, backup, migrate, state
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
    backup_problem: str = ""  # why the automatic backup could not be made (a full disk), for a warning


class Office:
    def __init__(self, data_dir: Path, *, clock: Callable[[], dt.datetime] | None = None,
                 key: bytes | None = None) -> None:
        self.data_dir = data_dir
        self.db_path = data_dir / DB_FILE
        self.backups_dir = data_dir / "backups"
        self.keys_dir = data_dir / "keys"
        self.db = Database(self.db_path, key)  # `key`: an encrypted database (store/cipher.py)
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

    def backup_if_changed(self, *, reason: str = "auto") -> Path | None:
        """An automatic backup when the data changed since the newest one (never for sign-ins or reading).

        A full or read-only disk does not stop the work: the reason is kept in `startup.backup_problem` for a
        warning, and no partial file is left behind."""
        if not self.db_path.exists() or self.startup.integrity_problems:
            return None
        try:
            with self.db.read() as s:
                mark = audit.change_mark(s)
        except Exception:  # noqa: BLE001 - a file that cannot even be read is never copied over good backups
            return None
        try:
            made = backup.automatic_backup(self.db_path, self.backups_dir, reason=reason, state=mark,
                                           key=self.db.key)
        except DiskProblem as exc:
            self.startup.backup_problem = str(exc)
            return None
        self.startup.backup_file = made or self.startup.backup_file
        return made

    def close(self) -> None:
        self.db.dispose()


def open_office(data_dir: Path, *, clock: Callable[[], dt.datetime] | None = None,
                startup_backup: bool = True, key: bytes | None = None) -> Office:
    """Open (or create) the office database: integrity check, backup (`startup_backup`: the desktop app's
    start, and only when the data changed since the newest backup), migrations to head.

    A data folder that cannot be written (read-only medium, no permission) is refused with DiskProblem."""
    try:
        private_folder(data_dir)
    except OSError as exc:
        raise DiskProblem(f"Folder data {data_dir} tidak bisa dibuat atau dibuka ({exc.strerror}). Periksa "
                          "foldernya, atau jalankan dengan --data-dir ke folder lain.") from exc
    check_writable_folder(data_dir)
    existed = (data_dir / DB_FILE).exists()
    office = Office(data_dir, clock=clock, key=key)
    if existed:
        # quick_check at every start (page structure, a power cut's damage); `jamsos check` runs the full one.
        office.startup.integrity_problems = office.db.integrity_problems(quick=True)
        if startup_backup:
            office.backup_if_changed(reason="startup")
    office.startup.migrated = migrate.upgrade(office.db, backups_dir=office.backups_dir)
    for path in (office.db_path, office.db_path.with_name(office.db_path.name + "-wal"),
                 office.db_path.with_name(office.db_path.name + "-shm")):
        if path.exists():
            restrict(path)
    if not office.startup.integrity_problems:
        with office.db.write() as s:
            state.ensure_baseline(s, at=office.now())
    return office
