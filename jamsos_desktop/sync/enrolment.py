"""The office's enrolment file (`jamsos device enrolment --out FILE`), which the hub reads with `jamsos-hub enrol`.

It tells the hub who this office is and which keys are its own: device id, kelurahan code, office name, the
Ed25519 signing key (its bundles), the X25519 encryption key (for its receipts), app version and date,
self-signed by the device key. The hub operator compares the fingerprint with the one the clerk reads over
the phone (8 groups of 4 hex digits) before trusting the file.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from jamsos_desktop.sync.canonical import b64encode, utc_timestamp
from jamsos_desktop.sync.device_keys import device_encryption_public
from jamsos_desktop.sync.envelope import RecipientKey, x25519_raw
from jamsos_desktop.sync.errors import KeyFileRefused
from jamsos_desktop.sync.identity import DeviceIdentity, device_id_for
from jamsos_desktop.sync.manifest import APP_VERSION, DEVICE_ID, KELURAHAN_CODE
from jamsos_desktop.sync.signed_doc import (
    check_self_signature,
    raw_key_field,
    read_document,
    text_field,
    write_document,
)

FORMAT = "jamsos-enrolment"
VERSION = 1
_FIELDS = {"device_id", "kelurahan_code", "office_name", "signing_public", "encryption_public", "app_version"}


@dataclass(frozen=True)
class Enrolment:
    """An office as the hub will trust it."""

    device_id: str
    kelurahan_code: str
    office_name: str
    signing_public: bytes
    encryption_public: bytes
    app_version: str
    created_at: str
    fingerprint: str

    def recipient(self) -> RecipientKey:
        """The key the hub encrypts this office's receipts for."""
        from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

        return RecipientKey("device", X25519PublicKey.from_public_bytes(self.encryption_public))


def enrolment_file(identity: DeviceIdentity, *, kelurahan_code: str, office_name: str, app_version: str,
                   created_at: datetime | None = None) -> bytes:
    """The enrolment file's bytes, self-signed by the device key; ValueError when a field is not acceptable."""
    fields = {
        "device_id": identity.device_id, "kelurahan_code": kelurahan_code, "office_name": office_name,
        "signing_public": b64encode(identity.public_raw),
        "encryption_public": b64encode(x25519_raw(device_encryption_public(identity))),
        "app_version": app_version, "fingerprint": identity.fingerprint, "created_at": utc_timestamp(created_at),
    }
    data = write_document(fields, doc_format=FORMAT, version=VERSION, sign=identity.sign)
    try:
        read_enrolment(data)  # never hand out a file the hub would refuse
    except KeyFileRefused as exc:
        raise ValueError(exc.message) from exc
    return data


def read_enrolment(data: bytes) -> Enrolment:
    """Parse and check an enrolment file; KeyFileRefused when it is damaged, altered or of another kind."""
    doc = read_document(data, doc_format=FORMAT, version=VERSION, fields=_FIELDS)
    signing, encryption = raw_key_field(doc, "signing_public"), raw_key_field(doc, "encryption_public")
    device_id = text_field(doc, "device_id", DEVICE_ID)
    if device_id != device_id_for(signing):
        raise KeyFileRefused("device_id_mismatch")
    check_self_signature(doc, doc_format=FORMAT, version=VERSION, signing_public=signing)
    return Enrolment(device_id, text_field(doc, "kelurahan_code", KELURAHAN_CODE), text_field(doc, "office_name"),
                     signing, encryption, text_field(doc, "app_version", APP_VERSION), doc["created_at"],
                     doc["fingerprint"])
