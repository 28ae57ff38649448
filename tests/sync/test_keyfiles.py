"""Enrolment file, hub identity file, the device's derived encryption key and the hub's key storage helpers."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from jamsos_desktop.sync.canonical import b64encode
from jamsos_desktop.sync.device_keys import device_encryption_key
from jamsos_desktop.sync.enrolment import enrolment_file, read_enrolment
from jamsos_desktop.sync.envelope import x25519_raw
from jamsos_desktop.sync.errors import KeyFileRefused
from jamsos_desktop.sync.hubkeys import (
    HubKeys,
    generate_hub_keys,
    hub_identity_file,
    load_ed25519_pem,
    load_x25519_pem,
    private_pem,
    read_hub_identity,
)
from jamsos_desktop.sync.identity import DeviceIdentity, load_identity
from jamsos_desktop.sync.signed_doc import read_key_file, write_document

from .conftest import KELURAHAN, canon


def enrolment(identity: DeviceIdentity) -> bytes:
    return enrolment_file(identity, kelurahan_code=KELURAHAN, office_name="Kantor Lurah Belian",
                          app_version="0.1.0")


def hub_file(hub: HubKeys, escrow: X25519PrivateKey) -> bytes:
    return hub_identity_file(hub, escrow_public=escrow.public_key(), name="Disnaker Kota Batam")


def refused(reason: str, data: object, reader: object) -> KeyFileRefused:
    with pytest.raises(KeyFileRefused) as info:
        reader(data)  # type: ignore[operator]
    assert info.value.reason == reason, info.value.message
    return info.value


def test_enrolment_round_trip(identity: DeviceIdentity) -> None:
    data = enrolment(identity)
    assert data.endswith(b"}\n") and b"\n" not in data[:-1]
    read = read_enrolment(data)
    assert (read.device_id, read.kelurahan_code, read.office_name, read.app_version) == (
        identity.device_id, KELURAHAN, "Kantor Lurah Belian", "0.1.0")
    assert read.signing_public == identity.public_raw
    assert read.encryption_public == x25519_raw(device_encryption_key(identity).public_key())
    assert read.fingerprint == identity.fingerprint
    assert re.fullmatch(r"([0-9A-F]{4} ){7}[0-9A-F]{4}", read.fingerprint)  # read over the phone
    assert read.recipient().role == "device"


def test_hub_identity_round_trip(hub: HubKeys, escrow: X25519PrivateKey) -> None:
    read = read_hub_identity(hub_file(hub, escrow))
    assert (read.name, read.hub_id, read.fingerprint) == ("Disnaker Kota Batam", hub.device_id, hub.fingerprint)
    assert read.hub_id.startswith("hub-") and read.signing_public == hub.signing_public
    assert read.encryption_public == x25519_raw(hub.encryption_public)
    assert read.escrow_public == x25519_raw(escrow.public_key())
    assert [(r.role, x25519_raw(r.public_key)) for r in read.recipients()] == [
        ("hub", read.encryption_public), ("escrow", read.escrow_public)]


@pytest.mark.parametrize("which", ["enrolment", "hub"])
def test_every_flipped_byte_and_every_truncation_is_refused(which: str, identity: DeviceIdentity, hub: HubKeys,
                                                            escrow: X25519PrivateKey) -> None:
    data, reader = ((enrolment(identity), read_enrolment) if which == "enrolment"
                    else (hub_file(hub, escrow), read_hub_identity))
    for i in range(len(data)):
        damaged = bytearray(data)
        damaged[i] ^= 0x01
        with pytest.raises(KeyFileRefused):
            reader(bytes(damaged))
    for length in range(len(data)):
        with pytest.raises(KeyFileRefused):
            reader(data[:length])


def test_an_edited_enrolment_is_refused(identity: DeviceIdentity, other_identity: DeviceIdentity) -> None:
    doc = json.loads(enrolment(identity))
    # another kelurahan, kept canonical: the signature no longer matches
    refused("bad_signature", canon({**doc, "kelurahan_code": "21.71.02.1001"}) + b"\n", read_enrolment)
    # someone else's key slipped in: the device id and fingerprint give it away
    swapped = {**doc, "signing_public": b64encode(other_identity.public_raw)}
    refused("device_id_mismatch", canon(swapped) + b"\n", read_enrolment)
    refused("fingerprint_mismatch", canon({**swapped, "device_id": other_identity.device_id}) + b"\n", read_enrolment)
    # a text editor's touch: CRLF, pretty printing, a BOM, a missing newline
    raw = enrolment(identity)
    for edited in (raw[:-1] + b"\r\n", json.dumps(doc, indent=2).encode() + b"\n", b"\xef\xbb\xbf" + raw, raw[:-1]):
        with pytest.raises(KeyFileRefused) as info:
            read_enrolment(edited)
        assert info.value.reason in {"not_canonical", "not_json"}


def test_an_edited_hub_identity_is_refused(hub: HubKeys, escrow: X25519PrivateKey) -> None:
    doc = json.loads(hub_file(hub, escrow))
    thief = X25519PrivateKey.generate()  # someone wants the offices to encrypt for their escrow key
    refused("bad_signature", canon({**doc, "escrow_public": b64encode(x25519_raw(thief.public_key()))}) + b"\n",
            read_hub_identity)
    # a complete fake hub file is self-consistent, but its fingerprint is not the hub's: the phone call catches it
    fake = generate_hub_keys()
    assert read_hub_identity(hub_file(fake, thief)).fingerprint != hub.fingerprint


def test_wrong_kinds_and_versions(identity: DeviceIdentity, hub: HubKeys, escrow: X25519PrivateKey) -> None:
    error = refused("wrong_kind", enrolment(identity), read_hub_identity)
    assert "pendaftaran perangkat" in error.message and "identitas Disnaker" in error.message
    refused("wrong_kind", hub_file(hub, escrow), read_enrolment)
    refused("wrong_kind", b"\x89JAMSOS\r\n\x1a\n\x01rest", read_enrolment)
    refused("wrong_kind", b'{"a":1}\n', read_enrolment)
    refused("not_json", b"PK\x03\x04 not json\n", read_hub_identity)
    refused("too_large", b" " * 20_000, read_enrolment)
    doc = json.loads(enrolment(identity))
    refused("unsupported_version", canon({**doc, "version": 2}) + b"\n", read_enrolment)
    refused("bad_signature", canon({**doc, "extra": "x"}) + b"\n", read_enrolment)  # not covered by the signature
    refused("bad_field", canon({k: v for k, v in doc.items() if k != "office_name"}) + b"\n", read_enrolment)


def test_key_files_of_a_later_format_are_read_and_the_hub_announces(identity: DeviceIdentity, hub: HubKeys,
                                                                     escrow: X25519PrivateKey) -> None:
    """Tolerant readers: a signed field this version does not know is kept, never refused."""
    later = write_document({**{k: v for k, v in json.loads(enrolment(identity)).items()
                               if k not in ("format", "version", "signature")}, "surprise": [1, 2]},
                           doc_format="jamsos-enrolment", version=1, sign=identity.sign)
    assert read_enrolment(later).device_id == identity.device_id
    plain = hub_file(hub, escrow)
    assert b"reads" not in plain and read_hub_identity(plain).reads is None  # exactly the v0.1.0 file
    announced = hub_identity_file(hub, escrow_public=escrow.public_key(), name="Disnaker",
                                  reads={"manifest": 2, "future": 7})
    assert read_hub_identity(announced).reads == {"manifest": 2, "future": 7}
    bad = write_document({**{k: v for k, v in json.loads(plain).items()
                             if k not in ("format", "version", "signature")}, "reads": {"manifest": 0}},
                         doc_format="jamsos-hub-identity", version=1, sign=hub.sign)
    refused("bad_field", bad, read_hub_identity)


def test_the_writers_refuse_bad_fields(identity: DeviceIdentity, hub: HubKeys, escrow: X25519PrivateKey) -> None:
    with pytest.raises(ValueError, match="kelurahan_code"):
        enrolment_file(identity, kelurahan_code="Belian", office_name="Kantor", app_version="0.1.0")
    with pytest.raises(ValueError, match="office_name"):
        enrolment_file(identity, kelurahan_code=KELURAHAN, office_name="a\nb", app_version="0.1.0")
    with pytest.raises(ValueError, match="berbeda"):
        hub_identity_file(hub, escrow_public=hub.encryption_public, name="Disnaker")


def test_the_device_encryption_key_is_stable_and_its_own(tmp_path: Path, identity: DeviceIdentity,
                                                         other_identity: DeviceIdentity) -> None:
    again = load_identity(tmp_path / "keys")
    assert again is not None
    first, second = device_encryption_key(identity), device_encryption_key(again)
    assert x25519_raw(first.public_key()) == x25519_raw(second.public_key())
    assert x25519_raw(first.public_key()) != x25519_raw(device_encryption_key(other_identity).public_key())
    assert x25519_raw(first.public_key()) != identity.public_raw


def test_hub_keys_survive_pem_and_the_escrow_key_needs_its_passphrase(hub: HubKeys,
                                                                       escrow: X25519PrivateKey) -> None:
    loaded = HubKeys(load_ed25519_pem(private_pem(hub.signing_key)), load_x25519_pem(private_pem(hub.encryption_key)))
    assert loaded.device_id == hub.device_id
    assert x25519_raw(loaded.encryption_public) == x25519_raw(hub.encryption_public)
    pem = private_pem(escrow, b"kunci brankas disnaker")
    assert b"ENCRYPTED" in pem
    assert x25519_raw(load_x25519_pem(pem, b"kunci brankas disnaker").public_key()) == x25519_raw(escrow.public_key())
    with pytest.raises(ValueError):
        load_x25519_pem(pem, b"salah")
    with pytest.raises(ValueError, match="X25519"):
        load_x25519_pem(private_pem(hub.signing_key))


def test_key_files_are_read_with_a_size_check(tmp_path: Path, identity: DeviceIdentity) -> None:
    path = tmp_path / "enrolment.json"
    path.write_bytes(enrolment(identity))
    assert read_enrolment(read_key_file(path)).device_id == identity.device_id
    path.write_bytes(b" " * 20_000)
    refused("too_large", path, read_key_file)
    refused("unreadable", tmp_path / "missing.json", read_key_file)
