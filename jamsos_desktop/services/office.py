"""The open office: its data folder, database, device key folder, and who is working.

`open_office()` is what the app and the CLI do first: check the file, back it up, migrate it. An encrypted
office (a key slot file `jamsos.keys` beside the database, sync/keyslots.py) opens locked: nothing of the
database is read until an operator's password unlocks its key at sign-in (`unlock`); only the office's name
and kelurahan, kept in the slot file, are known before.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from jamsos_desktop.config import DB_FILE
from jamsos_desktop.domain.errors import Refused
from jamsos_desktop.domain.roles import NotAllowed, allowed
from jamsos_desktop.safefile import DiskProblem, check_writable_folder, private_folder, restrict
from jamsos_desktop.services.early_check import SLOTS_FILE, EarlyCheck
from jamsos_desktop.store import backup, cipher, migrate
from jamsos_desktop.store import settings as settings_store
from jamsos_desktop.store.audit_chain import change_mark_of, has_states
from jamsos_desktop.store.engine import Database

if TYPE_CHECKING:
    from jamsos_desktop.sync.identity import DeviceIdentity
    from jamsos_desktop.sync.keyslots import KeySlots



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
        self.slots_path = data_dir / SLOTS_FILE
        self.slots = _load_slots(self.slots_path)  # None: a plain office
        # `key`: an encrypted database (store/cipher.py); an encrypted office without it stays locked
        self._db = Database(self.db_path, key) if key is not None or self.slots is None else None
        self.actor: Actor | None = None
        self._clock = clock or (lambda: dt.datetime.now(dt.UTC))
        self.startup = StartupReport()
        self.startup_backup = False
        self.opened_mark: str | None = None  # the data's change mark when start-up finished (audit.change_mark)

    @property
    def db(self) -> Database:
        if self._db is None:
            raise NotSignedIn()
        return self._db

    @db.setter
    def db(self, value: Database) -> None:
        self._db = value

    @property
    def encrypted(self) -> bool:
        return self.slots is not None

    @property
    def locked(self) -> bool:
        return self._db is None

    def unlock(self, key: bytes) -> None:
        """Open the encrypted database with its key (from an operator's slot or the escrow recovery slot) and
        run the start-up steps. A switch to encryption that a power cut interrupted is finished here."""
        if self._db is not None:
            return
        if self.db_path.exists() and self.db_path.stat().st_size and not cipher.is_encrypted(self.db_path):
            cipher.encrypt_in_place(self.db_path, key)
        self._db = Database(self.db_path, key)
        from jamsos_desktop.sync.identity import seal_identity

        with contextlib.suppress(OSError):  # a full disk never stops the sign-in; sealed at a later one
            seal_identity(self.keys_dir, key)  # a switch cut off before the device key was sealed: finished
        _start(self, existed=True, startup_backup=self.startup_backup)

    def identity(self) -> DeviceIdentity | None:
        """The device key pair (sync/identity.py); on an encrypted office it is sealed under the database key,
        so it opens only after sign-in."""
        from jamsos_desktop.sync.identity import load_identity

        return load_identity(self.keys_dir, self._db.key if self._db is not None else None)

    def save_slot(self, username: str, password: str) -> None:
        """Give `username` a key slot for `password` (an encrypted office; a plain one has none)."""
        if self.slots is not None and self.db.key is not None:
            self.slots.set_password(self.db.key, username, password)
            self.slots.save(self.slots_path)

    def remove_slot(self, username: str) -> None:
        if self.slots is not None and username in self.slots.slots:
            self.slots.remove(username)
            self.slots.save(self.slots_path)

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
        if self._db is None:  # locked: only what the slot file names
            return self.slots.office.get(key, "") if self.slots is not None else ""
        with self.db.reading() as conn:
            return settings_store.value_of(conn, key)

    @property
    def initialized(self) -> bool:
        return bool(self.setting("office.kelurahan_code"))

    def backup_if_changed(self, *, reason: str = "auto") -> Path | None:
        """An automatic backup when the data changed since the newest one (never for sign-ins or reading).

        A full or read-only disk does not stop the work: the reason is kept in `startup.backup_problem` for a
        warning, and no partial file is left behind."""
        if not self.db_path.exists() or self.startup.integrity_problems or self.locked:
            return None
        try:
            with self.db.reading() as conn:
                mark = change_mark_of(conn)
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

    def changed_since_open(self) -> bool:
        """Whether data changed since start-up (sign-ins and reading do not count): a command that only read
        leaves no backup behind. False when the database was never opened (locked, or a file that cannot be
        read)."""
        if self._db is None or self.opened_mark is None:
            return False
        try:
            with self.db.reading() as conn:
                return change_mark_of(conn) != self.opened_mark
        except Exception:  # noqa: BLE001 - a file that cannot even be read is never copied over good backups
            return False

    def close(self) -> None:
        if self._db is not None:
            self._db.dispose()


def _load_slots(path: Path) -> KeySlots | None:
    if not path.exists():
        return None
    from jamsos_desktop.sync.keyslots import KeySlotError, KeySlots

    try:
        return KeySlots.load(path)
    except (KeySlotError, OSError) as exc:
        raise SlotFileDamaged(path) from exc


class SlotFileDamaged(Refused):
    code = "key_slots"

    def __init__(self, path: Path) -> None:
        super().__init__(f"Berkas kunci basis data ({path.name} di folder data) rusak atau tidak bisa dibaca, jadi "
                         "data kantor ini tidak bisa dibuka. Jangan hapus apa pun; hubungi Disnaker: data bisa "
                         "dipulihkan dengan kunci escrow kota.")


def open_office(data_dir: Path, *, clock: Callable[[], dt.datetime] | None = None,
                startup_backup: bool = True, key: bytes | None = None, checked: EarlyCheck | None = None) -> Office:
    """Open (or create) the office database: integrity check, backup (`startup_backup`: the desktop app's
    start, and only when the data changed since the newest backup), migrations to head. `checked`: the check
    the desktop's entry began as the process started (services/early_check.py), used when it still stands.

    A data folder that cannot be written (read-only medium, no permission) is refused with DiskProblem."""
    try:
        private_folder(data_dir)
    except OSError as exc:
        raise DiskProblem(f"Folder data {data_dir} tidak bisa dibuat atau dibuka ({exc.strerror}). Periksa "
                          "foldernya, atau jalankan dengan --data-dir ke folder lain.") from exc
    check_writable_folder(data_dir)
    existed = (data_dir / DB_FILE).exists()
    office = Office(data_dir, clock=clock, key=key)
    office.startup_backup = startup_backup
    if office.locked:
        return office  # start-up runs when a password unlocks the key (Office.unlock)
    _start(office, existed=existed, startup_backup=startup_backup, checked=checked)
    return office


def _start(office: Office, *, existed: bool, startup_backup: bool, checked: EarlyCheck | None = None) -> None:
    if existed:
        # quick_check at every start (page structure, a power cut's damage); `jamsos check` runs the full one.
        problems = checked.problems() if checked is not None and checked.db_path == office.db_path else None
        office.startup.integrity_problems = (problems if problems is not None
                                             else office.db.integrity_problems(quick=True))
        if startup_backup:
            office.backup_if_changed(reason="startup")
    office.startup.migrated = migrate.upgrade(office.db, backups_dir=office.backups_dir)
    for path in (office.db_path, office.db_path.with_name(office.db_path.name + "-wal"),
                 office.db_path.with_name(office.db_path.name + "-shm")):
        if path.exists():
            restrict(path)
    if not office.startup.integrity_problems:
        with office.db.reading() as conn:
            baselined, office.opened_mark = has_states(conn), change_mark_of(conn)
        if not baselined:  # a database from before row states were recorded (once; loads SQLAlchemy)
            from jamsos_desktop.store import audit, state

            with office.db.write() as s:
                state.ensure_baseline(s, at=office.now())
                office.opened_mark = audit.change_mark(s)
