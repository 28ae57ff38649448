"""Key slots for the encrypted office database (as LUKS does for disks): one random database key, stored
wrapped once per operator under a key derived from that operator's password, plus one recovery slot sealed
for the hub's escrow key, so a forgotten password or a departed clerk never loses the data.

The slot file (`jamsos.keys` beside the database) is JSON:
    {"format": "jamsos-keyslots", "version": 1, "office": {"kelurahan_code", "name"},
     "check": b64 HMAC-SHA256(db key, "jamsos-database-key"),
     "slots": {username: {"kdf": "argon2id", "m", "t", "p", "salt", "nonce", "sealed"}},
     "recovery": {"kem": "x25519-hkdf-sha256-chacha20poly1305", "escrow_key_id", "sealed"} | null}
A slot is AES-256-GCM over the 32-byte key with the username as associated data; the recovery slot is HPKE
(RFC 9180) for the escrow public key. `unlock` spends one full derivation whether the name exists or not.
The KDF cost is jamsos_desktop/kdfcost.py's password cost. argon2 and cryptography are imported where a slot is
made or opened: a plain office's desktop imports this module without using it (issue 18's peak memory).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jamsos_desktop.kdfcost import Cost, password_cost
from jamsos_desktop.sync.envelope import key_id, x25519_raw

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
    from cryptography.hazmat.primitives.hpke import Suite

FORMAT, VERSION = "jamsos-keyslots", 1
FILE_NAME = "jamsos.keys"
KEY_BYTES = 32
RECOVERY_INFO = b"jamsos-keyslots/1 recovery\x00"
CHECK_LABEL = b"jamsos-database-key"
MAX_MEMORY_KIB = 1024 * 1024


@cache
def recovery_suite() -> Suite:
    """The HPKE suite of the recovery slot (made on first use: it imports cryptography)."""
    from cryptography.hazmat.primitives.hpke import AEAD, KDF, KEM, Suite

    return Suite(KEM.X25519, KDF.HKDF_SHA256, AEAD.CHACHA20_POLY1305)


class KeySlotError(ValueError):
    """The slot file is damaged, of another kind, or does not open with what was given."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise KeySlotError("damaged key slot file")
    return base64.b64decode(text, validate=True)


def new_database_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def key_check(db_key: bytes) -> str:
    return _b64(hmac.new(db_key, CHECK_LABEL, hashlib.sha256).digest())


def _derive(password: str, salt: bytes, cost: Cost) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(password.encode("utf-8"), salt, time_cost=cost.time_cost, memory_cost=cost.memory_kib,
                           parallelism=cost.parallelism, hash_len=KEY_BYTES, type=Type.ID)


@dataclass
class KeySlots:
    check: str
    office: dict[str, str] = field(default_factory=dict)
    slots: dict[str, dict[str, Any]] = field(default_factory=dict)
    recovery: dict[str, str] | None = None

    # --- making slots --------------------------------------------------------------------------------
    @classmethod
    def create(cls, db_key: bytes, *, office: dict[str, str]) -> KeySlots:
        return cls(key_check(db_key), dict(office))

    def _verify(self, db_key: bytes) -> None:
        if not hmac.compare_digest(key_check(db_key), self.check):
            raise KeySlotError("this is not the key of this database")

    def set_password(self, db_key: bytes, username: str, password: str) -> None:
        """Add or replace `username`'s slot (new account, password change or reset)."""
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        self._verify(db_key)
        cost = password_cost()
        salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
        sealed = AESGCM(_derive(password, salt, cost)).encrypt(nonce, db_key, username.encode("utf-8"))
        self.slots[username] = {"kdf": "argon2id", "m": cost.memory_kib, "t": cost.time_cost,
                                "p": cost.parallelism, "salt": _b64(salt), "nonce": _b64(nonce),
                                "sealed": _b64(sealed)}

    def set_from_hash(self, db_key: bytes, username: str, phc: str) -> bool:
        """A slot for an operator whose password is not at hand, from their argon2id password hash (PHC form,
        32-byte output): argon2id(password, the hash's salt and cost) *is* that hash, so their password opens
        the slot as any other. Marked `from_hash`: whoever holds the hash (an old plain backup) could open it,
        so the sign-in replaces it with a freshly salted slot and a new hash. False for any other hash."""
        self._verify(db_key)
        parts = phc.split("$")
        if len(parts) != 6 or parts[1] != "argon2id" or parts[2] != "v=19":
            return False
        try:
            params = dict(item.split("=", 1) for item in parts[3].split(","))
            cost = Cost(int(params["t"]), int(params["m"]), int(params["p"]))
            salt, raw = (base64.b64decode(x + "=" * (-len(x) % 4), validate=True) for x in parts[4:6])
        except (ValueError, KeyError):
            return False
        if len(raw) != KEY_BYTES:
            return False
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        nonce = secrets.token_bytes(12)
        sealed = AESGCM(raw).encrypt(nonce, db_key, username.encode("utf-8"))
        self.slots[username] = {"kdf": "argon2id", "m": cost.memory_kib, "t": cost.time_cost, "p": cost.parallelism,
                                "salt": _b64(salt), "nonce": _b64(nonce), "sealed": _b64(sealed), "from_hash": True}
        return True

    def from_hash(self, username: str) -> bool:
        return bool(self.slots.get(username, {}).get("from_hash"))

    def remove(self, username: str) -> None:
        self.slots.pop(username, None)

    def set_recovery(self, db_key: bytes, escrow_public_raw: bytes) -> None:
        """Seal the key for the hub's escrow key (only the offline escrow key can open this slot)."""
        from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

        self._verify(db_key)
        sealed = recovery_suite().encrypt(db_key, X25519PublicKey.from_public_bytes(escrow_public_raw),
                                        info=RECOVERY_INFO + self.check.encode("ascii"))
        self.recovery = {"kem": "x25519-hkdf-sha256-chacha20poly1305",
                         "escrow_key_id": key_id(escrow_public_raw), "sealed": _b64(sealed)}

    # --- opening -------------------------------------------------------------------------------------
    def unlock(self, username: str, password: str) -> bytes | None:
        """The database key when `password` opens `username`'s slot; None otherwise, after the same work."""
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        slot = self.slots.get(username)
        if slot is None:
            _derive(password, b"jamsos-no-slot!!", password_cost())
            return None
        try:
            cost = Cost(int(slot["t"]), int(slot["m"]), int(slot["p"]))
            if not (8 <= cost.memory_kib <= MAX_MEMORY_KIB and 1 <= cost.time_cost <= 64 and
                    1 <= cost.parallelism <= 64):
                return None
            db_key = AESGCM(_derive(password, _unb64(slot["salt"]), cost)).decrypt(
                _unb64(slot["nonce"]), _unb64(slot["sealed"]), username.encode("utf-8"))
        except (InvalidTag, KeyError, ValueError, TypeError):
            return None
        return db_key if hmac.compare_digest(key_check(db_key), self.check) else None

    def slot_is_cheaper_than_today(self, username: str) -> bool:
        slot, cost = self.slots.get(username), password_cost()
        return slot is not None and (int(slot["m"]) < cost.memory_kib or int(slot["t"]) < cost.time_cost)

    def recover(self, escrow_private: X25519PrivateKey) -> bytes:
        """The database key from the recovery slot, with the hub's offline escrow key (city office only)."""
        if self.recovery is None:
            raise KeySlotError("this database has no recovery slot (the hub was never trusted)")
        if self.recovery.get("escrow_key_id") != key_id(x25519_raw(escrow_private.public_key())):
            raise KeySlotError("the recovery slot was sealed for another escrow key")
        from cryptography.exceptions import InvalidTag

        try:
            db_key = recovery_suite().decrypt(_unb64(self.recovery["sealed"]), escrow_private,
                                            info=RECOVERY_INFO + self.check.encode("ascii"))
        except (InvalidTag, KeyError, ValueError) as exc:
            raise KeySlotError("the recovery slot does not open") from exc
        self._verify(db_key)
        return db_key

    # --- file ----------------------------------------------------------------------------------------
    def to_bytes(self) -> bytes:
        return json.dumps({"format": FORMAT, "version": VERSION, "office": self.office, "check": self.check,
                           "slots": self.slots, "recovery": self.recovery}, indent=1, sort_keys=True).encode()

    @classmethod
    def from_bytes(cls, data: bytes) -> KeySlots:
        try:
            doc = json.loads(data)
            if doc.get("format") != FORMAT or not isinstance(doc.get("version"), int) or doc["version"] < 1:
                raise KeySlotError("not a Jamsos key slot file")
            slots = {str(k): dict(v) for k, v in dict(doc["slots"]).items()}
            recovery = dict(doc["recovery"]) if doc.get("recovery") else None
            return cls(str(doc["check"]), {str(k): str(v) for k, v in dict(doc.get("office") or {}).items()},
                       slots, recovery)
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            if isinstance(exc, KeySlotError):
                raise
            raise KeySlotError("damaged key slot file") from exc

    def save(self, path: Path) -> None:
        """Write atomically (temporary name, fsync, rename), readable by this user only."""
        tmp = path.with_name(path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600)
        try:
            os.write(fd, self.to_bytes())
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)

    @classmethod
    def load(cls, path: Path) -> KeySlots:
        return cls.from_bytes(path.read_bytes())
