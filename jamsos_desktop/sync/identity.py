"""The office device's identity: an Ed25519 signing key pair, stored as a file only its user can read.

The device id is derived from the public key, so it cannot be claimed without the key. The same identity
signs bundles (sync) and card QR tokens (cards).

On an encrypted office (store/cipher.py) the key file is sealed under the database key (`seal_identity`): an
encrypted PKCS#8 PEM whose password is derived from that key with HKDF, so a copy of the disk of a stolen PC
holds neither readable data nor a usable device key; it opens only once an operator's password (or the city's
escrow key) has opened the database. A plain office keeps the plain PEM of version 0.1.0.

`cryptography` is imported where a key is used: ids and fingerprints of raw keys need none, and signing in and
opening the desktop's pages need no key (issue 18's peak memory).
"""

from __future__ import annotations

import base64
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from jamsos_desktop.domain.errors import Refused

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

KEY_FILE_NAME = "device_ed25519.pem"
SEALED_MARK = b"-----BEGIN ENCRYPTED PRIVATE KEY-----"
_HKDF_INFO = b"jamsos device key sealed under the database key v1"


class IdentityLocked(Refused):
    """The device key is sealed under the database key and the database is not open (yet)."""

    code = "identity_locked"


def _seal_password(database_key: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(hashes.SHA256(), length=32, salt=None, info=_HKDF_INFO).derive(database_key).hex().encode("ascii")


def is_sealed(keys_dir: Path) -> bool:
    path = keys_dir / KEY_FILE_NAME
    return path.exists() and path.read_bytes().startswith(SEALED_MARK)


def public_bytes(key: Ed25519PublicKey) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def device_id_for(public_key: Ed25519PublicKey | bytes) -> str:
    """'dev-' + 20 base32 characters of SHA-256 of the raw public key (100 bits)."""
    raw = public_key if isinstance(public_key, bytes) else public_bytes(public_key)
    digest = hashlib.sha256(raw).digest()
    return "dev-" + base64.b32encode(digest).decode("ascii")[:20].lower()


def fingerprint(public_key: Ed25519PublicKey | bytes) -> str:
    """Short enough to read over the phone: 8 groups of 4 hex digits of SHA-256 of the raw key."""
    raw = public_key if isinstance(public_key, bytes) else public_bytes(public_key)
    digest = hashlib.sha256(raw).hexdigest()[:32].upper()
    return " ".join(digest[i : i + 4] for i in range(0, 32, 4))


@dataclass(frozen=True)
class DeviceIdentity:
    private_key: Ed25519PrivateKey

    @property
    def public_key(self) -> Ed25519PublicKey:
        return self.private_key.public_key()

    @property
    def public_raw(self) -> bytes:
        return public_bytes(self.public_key)

    @property
    def device_id(self) -> str:
        return device_id_for(self.public_key)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)

    def sign(self, data: bytes) -> bytes:
        return self.private_key.sign(data)


def _write_private(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        try:
            if os.write(fd, data) != len(data):
                raise OSError("kunci perangkat tidak tertulis utuh")
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)  # never a half-written key file left behind
        raise


def create_identity(keys_dir: Path) -> DeviceIdentity:
    """Make a new key pair under keys_dir; refuses to overwrite an existing one (it would orphan the device)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    path = keys_dir / KEY_FILE_NAME
    if path.exists():
        raise FileExistsError(f"Kunci perangkat sudah ada di {path}; tidak dibuat ulang.")
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    _write_private(path, pem)
    return DeviceIdentity(key)


def load_identity(keys_dir: Path, database_key: bytes | None = None) -> DeviceIdentity | None:
    """The device key; a sealed one needs the database key (IdentityLocked without it)."""
    path = keys_dir / KEY_FILE_NAME
    if not path.exists():
        return None
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    data = path.read_bytes()
    if data.startswith(SEALED_MARK):
        if database_key is None:
            raise IdentityLocked("Kunci perangkat terkunci bersama basis data: masuk dengan kata sandi dulu.")
        key = serialization.load_pem_private_key(data, password=_seal_password(database_key))
    else:
        key = serialization.load_pem_private_key(data, password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise ValueError(f"{path} bukan kunci Ed25519.")
    return DeviceIdentity(key)


def seal_identity(keys_dir: Path, database_key: bytes) -> bool:
    """Rewrite the plain key file sealed under the database key (atomically: a power cut leaves one or the
    other whole). Returns False when there is nothing to do (no key, or already sealed)."""
    path = keys_dir / KEY_FILE_NAME
    if not path.exists() or is_sealed(keys_dir):
        return False
    identity = load_identity(keys_dir)
    assert identity is not None
    from cryptography.hazmat.primitives import serialization

    pem = identity.private_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(_seal_password(database_key)))
    _write_private(path, pem)
    return True


def load_or_create_identity(keys_dir: Path) -> DeviceIdentity:
    return load_identity(keys_dir) or create_identity(keys_dir)


def public_key_from_raw(raw: bytes) -> Ed25519PublicKey:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    return Ed25519PublicKey.from_public_bytes(raw)
