"""The hub's key material and its public identity file, which offices import with `jamsos device trust-hub`.

The hub holds an Ed25519 signing key (signs receipts; its id is "hub-" + a digest of the public key) and an
X25519 encryption key (opens the offices' bundles). The escrow X25519 key pair is made once and its private
half kept offline (printed or on a stick in a safe, under a passphrase): every changes bundle is also readable
with it, so losing the hub's disk never loses the offices' data. Only public keys leave this module in files;
storing the private keys is the hub's business (`private_pem` / `load_*_pem` help).
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from jamsos_desktop.sync.canonical import b64encode, utc_timestamp
from jamsos_desktop.sync.envelope import RecipientKey, x25519_raw
from jamsos_desktop.sync.errors import KeyFileRefused
from jamsos_desktop.sync.formats import Reads, check_reads
from jamsos_desktop.sync.identity import fingerprint, public_bytes
from jamsos_desktop.sync.signed_doc import (
    check_self_signature,
    raw_key_field,
    read_document,
    text_field,
    write_document,
)

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

FORMAT = "jamsos-hub-identity"
VERSION = 1
_FIELDS = {"name", "hub_id", "signing_public", "encryption_public", "escrow_public"}
_HUB_ID = re.compile(r"^hub-[a-z2-7]{20}$")


def hub_id_for(public_key: Ed25519PublicKey | bytes) -> str:
    """'hub-' + 20 base32 characters of SHA-256 of the raw signing key (as device ids, with another prefix)."""
    raw = public_key if isinstance(public_key, bytes) else public_bytes(public_key)
    return "hub-" + base64.b32encode(hashlib.sha256(raw).digest()).decode("ascii")[:20].lower()


@dataclass(frozen=True)
class HubKeys:
    """The hub's private keys; signs like a DeviceIdentity (it satisfies bundle.Signer)."""

    signing_key: Ed25519PrivateKey
    encryption_key: X25519PrivateKey

    @property
    def signing_public(self) -> bytes:
        return public_bytes(self.signing_key.public_key())

    @property
    def encryption_public(self) -> X25519PublicKey:
        return self.encryption_key.public_key()

    @property
    def device_id(self) -> str:
        return hub_id_for(self.signing_public)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.signing_public)

    def sign(self, data: bytes) -> bytes:
        return self.signing_key.sign(data)


def generate_hub_keys() -> HubKeys:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    return HubKeys(Ed25519PrivateKey.generate(), X25519PrivateKey.generate())


def generate_escrow_key() -> X25519PrivateKey:
    """The escrow key pair; keep the private half offline (see `private_pem` with a passphrase)."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    return X25519PrivateKey.generate()


def private_pem(key: Ed25519PrivateKey | X25519PrivateKey, passphrase: bytes | None = None) -> bytes:
    """PKCS#8 PEM, encrypted when a passphrase is given (always give one for the escrow key)."""
    from cryptography.hazmat.primitives import serialization

    algorithm: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(passphrase) if passphrase else serialization.NoEncryption()
    )
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, algorithm)


def load_x25519_pem(data: bytes, passphrase: bytes | None = None) -> X25519PrivateKey:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    key = serialization.load_pem_private_key(data, password=passphrase)
    if not isinstance(key, X25519PrivateKey):
        raise ValueError("Berkas ini bukan kunci enkripsi X25519.")
    return key


def load_ed25519_pem(data: bytes, passphrase: bytes | None = None) -> Ed25519PrivateKey:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = serialization.load_pem_private_key(data, password=passphrase)
    if not isinstance(key, Ed25519PrivateKey):
        raise ValueError("Berkas ini bukan kunci tanda tangan Ed25519.")
    return key


@dataclass(frozen=True)
class HubIdentity:
    """What an office trusts about the hub, read from the hub identity file."""

    name: str
    hub_id: str
    signing_public: bytes
    encryption_public: bytes
    escrow_public: bytes
    fingerprint: str
    created_at: str
    reads: Reads | None = None  # the hub's announcement; None from a v0.1.0 hub (or a file for v0.1.0 offices)

    def recipients(self) -> list[RecipientKey]:
        """The keys every changes bundle is encrypted for: the hub's and the escrow's."""
        from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

        return [RecipientKey("hub", X25519PublicKey.from_public_bytes(self.encryption_public)),
                RecipientKey("escrow", X25519PublicKey.from_public_bytes(self.escrow_public))]


def hub_identity_file(keys: HubKeys, *, escrow_public: X25519PublicKey, name: str,
                      created_at: datetime | None = None, reads: Mapping[str, int] | None = None) -> bytes:
    """The public identity file (`jamsos-hub identity --out FILE`), self-signed by the hub signing key. With
    `reads` (the hub's announcement) only offices of version 0.2.0 or later read it; without, it is exactly the
    v0.1.0 file."""
    fields: dict[str, Any] = {
        "name": name, "hub_id": keys.device_id, "signing_public": b64encode(keys.signing_public),
        "encryption_public": b64encode(x25519_raw(keys.encryption_public)),
        "escrow_public": b64encode(x25519_raw(escrow_public)), "fingerprint": keys.fingerprint,
        "created_at": utc_timestamp(created_at),
    }
    if reads is not None:
        fields["reads"] = dict(reads)
    data = write_document(fields, doc_format=FORMAT, version=VERSION, sign=keys.sign)
    try:
        read_hub_identity(data)  # never hand out a file the offices would refuse
    except KeyFileRefused as exc:
        raise ValueError(exc.message) from exc
    return data


def read_hub_identity(data: bytes) -> HubIdentity:
    """Parse and check a hub identity file; KeyFileRefused when it is damaged, altered or of another kind."""
    doc = read_document(data, doc_format=FORMAT, version=VERSION, fields=_FIELDS)
    signing = raw_key_field(doc, "signing_public")
    encryption, escrow = raw_key_field(doc, "encryption_public"), raw_key_field(doc, "escrow_public")
    hub_id = text_field(doc, "hub_id", _HUB_ID)
    if hub_id != hub_id_for(signing):
        raise KeyFileRefused("device_id_mismatch", "ID Disnaker di berkas tidak cocok dengan kuncinya: berkas diubah. "
                                                   "Jangan dipakai; minta berkas identitas Disnaker yang baru.")
    if len({signing, encryption, escrow}) != 3:
        raise KeyFileRefused("bad_field", "Kunci Disnaker dan kunci escrow harus berbeda. Minta berkas identitas "
                                          "Disnaker yang baru.")
    check_self_signature(doc, doc_format=FORMAT, version=VERSION, signing_public=signing)
    try:
        reads = check_reads(doc["reads"]) if "reads" in doc else None
    except ValueError as exc:
        raise KeyFileRefused("bad_field", f"Isian reads di berkas identitas Disnaker tidak sah: {exc}. Minta berkas identitas Disnaker yang baru.") from exc
    return HubIdentity(text_field(doc, "name"), hub_id, signing, encryption, escrow, doc["fingerprint"],
                       doc["created_at"], reads)
