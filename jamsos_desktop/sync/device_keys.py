"""The office device's X25519 encryption key, derived from its Ed25519 identity so there is nothing more to keep.

Receipts carry KPJ numbers and the NIKs of duplicates, so the hub encrypts them for the device (and itself):
a receipt left on a lost stick is unreadable. Rather than a second private key file that could be lost, left
out of a backup or restored out of step with the signing key, the device's X25519 key is derived from the
Ed25519 private key file that already exists: HKDF-SHA256(ikm = the 32-byte Ed25519 seed, salt =
"jamsos-device-keys", info = "jamsos device x25519/1"). HKDF is one-way, so the encryption key reveals nothing
about the signing key. The public half goes to the hub in the enrolment file (signed by the device key).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from jamsos_desktop.sync.envelope import RecipientKey
from jamsos_desktop.sync.identity import DeviceIdentity

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

_SALT = b"jamsos-device-keys"
_INFO = b"jamsos device x25519/1"


def device_encryption_key(identity: DeviceIdentity) -> X25519PrivateKey:
    """The device's X25519 private key (opens receipts); the same every time for the same identity."""
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    seed = identity.private_key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                              serialization.NoEncryption())
    derived = HKDF(algorithm=hashes.SHA256(), length=32, salt=_SALT, info=_INFO).derive(seed)
    return X25519PrivateKey.from_private_bytes(derived)


def device_encryption_public(identity: DeviceIdentity) -> X25519PublicKey:
    return device_encryption_key(identity).public_key()


def device_recipient(public_key: X25519PublicKey) -> RecipientKey:
    """The recipient entry the hub uses to encrypt a receipt for this device."""
    return RecipientKey("device", public_key)
