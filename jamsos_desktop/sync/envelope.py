"""Payload encryption: one random data key per bundle, sealed with HPKE for each recipient key.

- The JSON lines are compressed (zlib) and encrypted with ChaCha20-Poly1305 under a fresh random 32-byte data
  key and a random 12-byte nonce; the AAD is a fixed label plus the SHA-256 of the manifest header.
- The data key is sealed with HPKE (RFC 9180, mode base, DHKEM(X25519, HKDF-SHA256), HKDF-SHA256,
  ChaCha20-Poly1305, single-shot) for every recipient key, with `info` = label + the same header hash.
  Either the hub's key or the offline escrow key alone opens a changes bundle.

Binding both to the header hash means a ciphertext or a wrapped key cannot be moved into another bundle (or be
re-signed by another device as its own): the header names the bundle id, sender, kind and seq range.

`cryptography` is imported where a key is used, not with this module: the desktop imports it for the key ids
and the recipient type, and signing in and opening its pages need no key (issue 18's peak memory).
"""

from __future__ import annotations

import base64
import hashlib
import os
import zlib
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from jamsos_desktop.sync.errors import BundleRefused
from jamsos_desktop.sync.manifest import ENC_BYTES, NONCE_BYTES, WrappedKey

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
    from cryptography.hazmat.primitives.hpke import Suite

WRAP_INFO = b"jamsos-bundle/1 data-key\x00"
PAYLOAD_AAD = b"jamsos-bundle/1 payload\x00"
DATA_KEY_BYTES = 32
ZLIB_LEVEL = 6


@cache
def suite() -> Suite:
    """The HPKE suite of the data keys (made on first use: it imports cryptography)."""
    from cryptography.hazmat.primitives.hpke import AEAD, KDF, KEM, Suite

    return Suite(KEM.X25519, KDF.HKDF_SHA256, AEAD.CHACHA20_POLY1305)


@dataclass(frozen=True)
class RecipientKey:
    """A public X25519 key a bundle is encrypted for, and its role: "hub", "escrow" or "device"."""

    role: str
    public_key: X25519PublicKey

    @property
    def key_id(self) -> str:
        return key_id(self.public_key)


def x25519_raw(key: X25519PublicKey) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def key_id(public_key: X25519PublicKey | bytes) -> str:
    """'x25519-' + 20 base32 characters of SHA-256 of the raw public key: names a recipient in the manifest."""
    raw = public_key if isinstance(public_key, bytes) else x25519_raw(public_key)
    return "x25519-" + base64.b32encode(hashlib.sha256(raw).digest()).decode("ascii")[:20].lower()


def wrap_data_key(data_key: bytes, recipient: RecipientKey, header_hash: bytes) -> WrappedKey:
    sealed = suite().encrypt(data_key, recipient.public_key, info=WRAP_INFO + header_hash)
    return WrappedKey(recipient.role, recipient.key_id, sealed[:ENC_BYTES], sealed[ENC_BYTES:])


def unwrap_data_key(wrapped: tuple[WrappedKey, ...], private_key: X25519PrivateKey, header_hash: bytes) -> bytes:
    """Find the entry for `private_key` and open it; BundleRefused when there is none or it does not open."""
    from cryptography.exceptions import InvalidTag

    mine = key_id(private_key.public_key())
    entry = next((w for w in wrapped if w.key_id == mine), None)
    if entry is None:
        roles = ", ".join(w.role for w in wrapped)
        raise BundleRefused("not_a_recipient", f"Bundle ini dienkripsi hanya untuk kunci {roles}; kunci yang dipakai "
                                               f"({mine}) tidak termasuk. Buka dengan kunci hub atau kunci escrow.")
    try:
        data_key = suite().decrypt(entry.enc + entry.wrapped_key, private_key, info=WRAP_INFO + header_hash)
    except InvalidTag as exc:
        raise BundleRefused("decrypt_failed", "Kunci data bundle tidak dapat dibuka: berkas rusak atau diubah. "
                                              "Minta bundle baru.") from exc
    if len(data_key) != DATA_KEY_BYTES:
        raise BundleRefused("decrypt_failed")
    return data_key


def seal_payload(plain: bytes, header_hash: bytes) -> tuple[bytes, bytes, bytes]:
    """Compress and encrypt the JSON lines; returns (data_key, nonce, ciphertext)."""
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

    data_key, nonce = os.urandom(DATA_KEY_BYTES), os.urandom(NONCE_BYTES)
    compressed = zlib.compress(plain, ZLIB_LEVEL)
    return data_key, nonce, ChaCha20Poly1305(data_key).encrypt(nonce, compressed, PAYLOAD_AAD + header_hash)


def open_payload(ciphertext: bytes | memoryview, data_key: bytes, nonce: bytes, header_hash: bytes,
                 plain_size: int) -> bytes:
    """Decrypt and decompress, never producing more than the declared `plain_size` bytes."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

    try:
        compressed = ChaCha20Poly1305(data_key).decrypt(nonce, bytes(ciphertext), PAYLOAD_AAD + header_hash)
    except InvalidTag as exc:
        raise BundleRefused("decrypt_failed", "Isi bundle tidak dapat didekripsi: berkas rusak atau diubah. "
                                              "Minta bundle baru.") from exc
    inflater = zlib.decompressobj()
    try:
        plain = inflater.decompress(compressed, plain_size + 1)
    except zlib.error as exc:
        raise BundleRefused("bad_payload", f"Isi bundle rusak (kompresi): {exc}.") from exc
    if len(plain) != plain_size or not inflater.eof or inflater.unused_data or inflater.unconsumed_tail:
        raise BundleRefused("bad_payload", f"Isi bundle tidak sesuai ukuran yang dinyatakan ({plain_size:,} byte). "
                                           "Minta kantor pengirim mengekspor ulang.")
    return plain
