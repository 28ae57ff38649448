"""Switching an office to its encrypted database, and the city office's recovery with the escrow key.

`switch_on` (admin, with their password): a pinned `before-encryption` backup; a random database key with a
slot for the admin's password and, when a hub is trusted, a recovery slot sealed for the hub's escrow key;
the slot file is written first (a switch interrupted by a power cut is finished at the next sign-in), then
the database and every backup in the backups folder are encrypted in place, so no plain copy of the data
stays on the PC; the device's private key file is sealed under the database key (sync/identity.py; a disk
too full for that leaves it plain until the next sign-in seals it). Every other active operator gets a slot
made from their argon2id password hash, so their password keeps working; their first sign-in replaces it with a freshly salted slot (and a new hash). Only an
account still on a version 0.1.0 scrypt hash needs a new password from the admin.

`recover` (the city office, with the escrow key file and its passphrase): opens the recovery slot, gives an
admin account a new password and slot, and records it in the audit trail.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from jamsos_desktop.domain.errors import Refused
from jamsos_desktop.safefile import DiskProblem
from jamsos_desktop.services.auth import AuthService
from jamsos_desktop.services.office import Actor, Office
from jamsos_desktop.services.passwords import hash_password, password_problem, verify_password
from jamsos_desktop.store import audit, backup, cipher, state
from jamsos_desktop.store.cipher import EncryptionFailed
from jamsos_desktop.store.engine import Database
from jamsos_desktop.store.models import Operator
from jamsos_desktop.sync import keyslots
from jamsos_desktop.sync.hubkeys import read_hub_identity
from jamsos_desktop.sync.identity import seal_identity
from jamsos_desktop.sync.keyslots import KeySlotError, KeySlots

HUB_IDENTITY_KEY = "sync.hub_identity"  # where services/sync.py keeps the trusted hub's identity file


class EncryptionRefused(Refused):
    code = "encryption"


@dataclass(frozen=True)
class SwitchResult:
    safety_backup: Path | None
    backups_encrypted: int
    recovery_slot: bool
    without_slot: list[str]  # active operators who need a new password from the admin before they can sign in
    backups_left_plain: int = 0  # automatic backups that could not be encrypted (a full disk): delete them


class EncryptionService:
    def __init__(self, office: Office) -> None:
        self.office = office

    def switch_on(self, password: str, *, progress: Callable[[int, int], None] | None = None) -> SwitchResult:
        """`progress(done, total)` is told before anything changes (the only point where stopping is safe),
        after the database, and after each backup encrypted."""
        actor = self.office.require("operator.manage")
        office = self.office
        if office.encrypted:
            raise EncryptionRefused("Basis data kantor ini sudah terenkripsi.")
        copies = sorted(office.backups_dir.glob("*.sqlite"))
        total = len(copies) + 2  # the database, its pinned backup, the backups there now
        report = progress or (lambda done, total: None)
        report(0, total)
        with office.db.read() as s:
            me = s.get(Operator, actor.username)
            hashes = {o.username: s.get(Operator, o.username).password_hash  # type: ignore[union-attr]
                      for o in AuthService(office).operators() if o.active and o.username != actor.username}
        if me is None or not verify_password(password, me.password_hash):
            raise EncryptionRefused("Kata sandi Anda salah: enkripsi memerlukan kata sandi admin yang sedang masuk.")
        key = keyslots.new_database_key()
        slots = KeySlots.create(key, office={k: office.setting(k) for k in ("office.name", "office.kelurahan_code")})
        slots.set_password(key, actor.username, password)
        without = sorted(name for name, phc in hashes.items() if not slots.set_from_hash(key, name, phc))
        recovery = self._seal_recovery(slots, key)
        with office.db.write() as s:
            audit.append(s, at=office.now(), operator=actor.username, action="encrypt", entity="database",
                         entity_id=office.db_path.name, details={"recovery_slot": recovery})
            mark = audit.change_mark(s)
        safety = backup.automatic_backup(office.db_path, office.backups_dir, reason="before-encryption", state=mark)
        slots.save(office.slots_path)  # from here on this office is encrypted
        office.db.dispose()
        try:
            cipher.encrypt_in_place(office.db_path, key)
        except BaseException:
            office.slots_path.unlink(missing_ok=True)  # the plain file is unchanged: the office stays plain
            raise
        office.db, office.slots = Database(office.db_path, key), slots
        with contextlib.suppress(OSError):  # a full disk: sealed at the next sign-in (Office.unlock)
            seal_identity(office.keys_dir, key)  # the device key too: no usable key on a stolen PC's disk
        report(1, total)
        encrypted, left_plain = 0, 0
        for done, copy in enumerate(sorted(office.backups_dir.glob("*.sqlite")), start=2):
            report(min(done, total - 1), total)
            if not cipher.is_encrypted(copy):
                try:
                    cipher.encrypt_in_place(copy, key)
                    encrypted += 1
                except (DiskProblem, EncryptionFailed):
                    left_plain += 1
        report(total, total)
        return SwitchResult(safety, encrypted, recovery, without, left_plain)

    def switch_on_new(self, username: str, password: str) -> SwitchResult:
        """First set-up (`jamsos init`, the desktop's first run): the new admin switches the new office on at once,
        so no plain copy of any registration is ever written. Signed out again afterwards."""
        auth = AuthService(self.office)
        auth.login(username, password)
        try:
            return self.switch_on(password)
        finally:
            auth.logout()

    def _seal_recovery(self, slots: KeySlots, key: bytes) -> bool:
        raw = self.office.setting(HUB_IDENTITY_KEY)
        if not raw:
            return False
        slots.set_recovery(key, read_hub_identity(raw.encode("utf-8")).escrow_public)
        return True

    def hub_trusted(self) -> None:
        """After a hub is trusted: (re)seal the recovery slot for its escrow key."""
        office = self.office
        if office.slots is not None and office.db.key is not None and self._seal_recovery(office.slots, office.db.key):
            office.slots.save(office.slots_path)

    def recover(self, escrow_file: Path, passphrase: bytes, *, username: str, new_password: str) -> None:
        """The city office opens the database with the escrow key and gives `username` (an admin) a new
        password; every other slot stays as it was."""
        office = self.office
        if office.slots is None:
            raise EncryptionRefused("Basis data kantor ini tidak terenkripsi: pemulihan dengan kunci escrow tidak "
                                    "diperlukan; admin bisa mengganti kata sandi seperti biasa.")
        problem = password_problem(new_password)
        if problem:
            raise EncryptionRefused(problem)
        from jamsos_desktop.sync.escrowfile import EscrowFileError, read_escrow_file  # argon2 and cryptography

        try:
            key = office.slots.recover(read_escrow_file(escrow_file.read_bytes(), passphrase))
        except OSError as exc:
            raise EncryptionRefused(f"Berkas kunci escrow {escrow_file.name} tidak bisa dibaca.") from exc
        except EscrowFileError as exc:
            raise EncryptionRefused("Frasa sandi kunci escrow salah, atau berkasnya bukan kunci escrow.") from exc
        except KeySlotError as exc:
            raise EncryptionRefused("Kunci escrow ini bukan kunci hub yang dipercaya kantor ini (atau kantor ini "
                                    "belum pernah mempercayai hub), jadi tidak bisa membuka datanya.") from exc
        office.unlock(key)
        with office.db.write() as s:
            op = s.get(Operator, username)
            if op is None or op.role != "admin":
                raise EncryptionRefused(f"Akun {username} bukan admin kantor ini: pilih akun admin.")
            op.password_hash, op.active = hash_password(new_password), True
            s.add(op)
            audit.append(s, at=office.now(), operator="escrow", action="escrow_recovery", entity="operator",
                         entity_id=username, details={"state": state.operator_state(s, username)})
            name = op.display_name
        office.save_slot(username, new_password)
        office.actor = Actor(username, name, "admin")
