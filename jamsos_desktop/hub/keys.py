"""The hub's keys on disk: made once by `jamsos-hub init`, loaded by every command that signs or decrypts.

- Signing (Ed25519) and encryption (X25519) private keys: PEM files in <data>/keys, readable only by the
  hub's user, optionally under a passphrase (JAMSOS_HUB_KEY_PASSPHRASE) when the server can be given one.
- The escrow key pair: the PUBLIC half stays here (offices encrypt every bundle for it too); the PRIVATE half is
  written ONCE, under a passphrase with argon2id (sync/escrowfile.py), to a file the operator must move to offline media (docs/hub.md). It is never
  loaded by the hub except by `import --escrow-key` when the hub key itself is lost.
"""

from __future__ import annotations

import base64
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from jamsos_desktop.hub.errors import HubRefused, NotInitialised
from jamsos_desktop.hub.paths import HubPaths
from jamsos_desktop.sync.envelope import x25519_raw
from jamsos_desktop.sync.escrowfile import read_escrow_file, write_escrow_file
from jamsos_desktop.sync.hubkeys import (
    HubKeys,
    generate_escrow_key,
    generate_hub_keys,
    load_ed25519_pem,
    load_x25519_pem,
    private_pem,
)

MIN_ESCROW_PASSPHRASE = 12


@dataclass(frozen=True)
class InitResult:
    hub_id: str
    fingerprint: str
    escrow_file: Path
    keys_dir: Path


def _write_new(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Create a file that must not exist yet (never overwrite a key), flushed to disk."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), mode)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)


def is_initialised(paths: HubPaths) -> bool:
    return paths.signing_key.exists()


def init_keys(paths: HubPaths, *, escrow_out: Path, escrow_passphrase: bytes,
              key_passphrase: bytes | None = None) -> InitResult:
    """Make the hub keys and the escrow key; the escrow private key goes to `escrow_out` only."""
    if is_initialised(paths) or paths.encryption_key.exists():
        raise HubRefused(f"Hub sudah disiapkan (kunci ada di {paths.keys_dir}); kunci tidak dibuat ulang karena "
                         "semua kantor sudah mempercayai kunci yang lama.", reason="already_initialised")
    if len(escrow_passphrase) < MIN_ESCROW_PASSPHRASE:
        raise HubRefused(f"Kata sandi kunci escrow minimal {MIN_ESCROW_PASSPHRASE} karakter.", reason="weak_passphrase")
    if escrow_out.exists():
        raise HubRefused(f"Berkas {escrow_out} sudah ada; pilih nama lain untuk kunci escrow.", reason="exists")
    keys, escrow = generate_hub_keys(), generate_escrow_key()
    _write_new(escrow_out, write_escrow_file(escrow, escrow_passphrase))
    paths.keys_dir.mkdir(parents=True, exist_ok=True)
    os.chmod(paths.keys_dir, 0o700)
    _write_new(paths.escrow_public, base64.b64encode(x25519_raw(escrow.public_key())) + b"\n", 0o644)
    _write_new(paths.encryption_key, private_pem(keys.encryption_key, key_passphrase))
    _write_new(paths.signing_key, private_pem(keys.signing_key, key_passphrase))  # last: marks "initialised"
    return InitResult(keys.device_id, keys.fingerprint, escrow_out, paths.keys_dir)


def load_keys(paths: HubPaths, passphrase: bytes | None = None) -> HubKeys:
    if not is_initialised(paths):
        raise NotInitialised()
    try:
        return HubKeys(load_ed25519_pem(paths.signing_key.read_bytes(), passphrase),
                       load_x25519_pem(paths.encryption_key.read_bytes(), passphrase))
    except (TypeError, ValueError) as exc:
        raise HubRefused(f"Kunci hub di {paths.keys_dir} tidak dapat dibuka: {exc}. Periksa "
                         "JAMSOS_HUB_KEY_PASSPHRASE.", reason="bad_key") from exc


def load_escrow_public(paths: HubPaths) -> X25519PublicKey:
    if not paths.escrow_public.exists():
        raise NotInitialised()
    return X25519PublicKey.from_public_bytes(base64.b64decode(paths.escrow_public.read_bytes().strip()))


def load_escrow_private(path: Path, passphrase: bytes) -> X25519PrivateKey:
    """The offline escrow key, brought back for a recovery import."""
    try:
        return read_escrow_file(path.read_bytes(), passphrase)
    except OSError as exc:
        raise HubRefused(f"Kunci escrow {path} tidak dapat dibaca: {exc.strerror or exc}.") from exc
    except (TypeError, ValueError) as exc:
        raise HubRefused(f"Kunci escrow {path} tidak dapat dibuka (kata sandi salah atau berkas lain).") from exc


ESCROW_ADVICE = """\
PENTING - kunci escrow (cadangan darurat) ditulis SEKALI ke:
    {path}
Dengan kunci ini semua bundle kantor kelurahan tetap bisa dibuka bila komputer hub rusak atau hilang.
1. Salin berkas itu ke DUA flashdisk baru, lalu simpan keduanya di brankas/lemari terkunci di dua tempat berbeda.
2. Tulis kata sandinya di kertas, masukkan amplop tersegel, simpan terpisah dari flashdisk.
3. Hapus berkas itu dari komputer ini (dan dari Recycle Bin / Tempat Sampah).
4. Kunci escrow tidak pernah dipasang di komputer yang terhubung jaringan; hanya dipakai untuk pemulihan
   ('jamsos-hub import --escrow-key BERKAS'), di komputer tanpa jaringan.
"""
