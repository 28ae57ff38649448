"""Fixtures for the sync format tests: keys made in the test, change lines, and an independent bundle crafter.

`craft_bundle` builds a .jamsos file straight from docs/bundle-format.md with the primitives (not through
write_bundle), so the tests can make bundles the writer refuses to make, and so the reader is checked against
the written spec, not only against its own writer.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import struct
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.hpke import AEAD, KDF, KEM, Suite

from jamsos_desktop.sync.hubkeys import HubIdentity, HubKeys, generate_hub_keys, hub_identity_file, read_hub_identity
from jamsos_desktop.sync.identity import DeviceIdentity, create_identity

KELURAHAN = "21.71.01.1002"


def canon(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def spec_key_id(public_key: X25519PublicKey) -> str:
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return "x25519-" + base64.b32encode(hashlib.sha256(raw).digest()).decode()[:20].lower()


def change(seq: int, **over: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "seq": seq, "op": "upsert", "participant_id": f"0b6f1c2e-0000-4000-8000-{seq:012d}", "revision": 1,
        "snapshot": {"id": f"0b6f1c2e-0000-4000-8000-{seq:012d}", "nik": "2171014501900003",
                     "full_name": "Siti Rahayu", "kelurahan_code": KELURAHAN, "programs": ["JKK", "JKM"],
                     "beneficiaries": [{"name": "Budi", "relationship": "suami"}]},
        "at": "2026-11-21T08:15:00Z", "by": "ani",
    }
    record.update(over)
    return record


def header(sender: str, **over: Any) -> dict[str, Any]:
    h: dict[str, Any] = {
        "format": "jamsos-bundle", "version": 1, "kind": "changes", "bundle_id": "3f2a9c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b",
        "device_id": sender, "target_device_id": None, "kelurahan_code": KELURAHAN,
        "created_at": "2026-11-21T01:02:03Z", "seq_from": 1, "seq_to": 2, "record_count": 2, "previous": None,
        "app_version": "0.1.0",
    }
    h.update(over)
    return h


def craft_bundle(*, sign: Callable[[bytes], bytes], recipients: list[tuple[str, X25519PublicKey]], plain: bytes,
                 head: dict[str, Any], plain_size: int | None = None,
                 edit_manifest: Callable[[dict[str, Any]], None] | None = None,
                 edit_bytes: Callable[[bytes], bytes] | None = None) -> bytes:
    """A bundle laid out exactly as docs/bundle-format.md says, with hooks to break it on purpose."""
    bound = hashlib.sha256(canon(head)).digest()
    data_key, nonce = os.urandom(32), os.urandom(12)
    payload = ChaCha20Poly1305(data_key).encrypt(nonce, zlib.compress(plain), b"jamsos-bundle/1 payload\x00" + bound)
    suite = Suite(KEM.X25519, KDF.HKDF_SHA256, AEAD.CHACHA20_POLY1305)
    wrapped = []
    for role, public_key in recipients:
        sealed = suite.encrypt(data_key, public_key, info=b"jamsos-bundle/1 data-key\x00" + bound)
        wrapped.append({"role": role, "key_id": spec_key_id(public_key), "enc": b64(sealed[:32]),
                        "wrapped_key": b64(sealed[32:])})
    manifest = {**head, "payload": {"cipher": "chacha20-poly1305", "compression": "zlib", "nonce": b64(nonce),
                                    "plain_size": len(plain) if plain_size is None else plain_size,
                                    "sha256": hashlib.sha256(payload).hexdigest(), "size": len(payload)},
                "recipients": wrapped}
    if edit_manifest:
        edit_manifest(manifest)
    manifest_bytes = canon(manifest)
    if edit_bytes:
        manifest_bytes = edit_bytes(manifest_bytes)
    signature = sign(b"jamsos-bundle/1 manifest\x00" + manifest_bytes)
    out = b"\x89JAMSOS\r\n\x1a\n\x01"
    for tag, body in ((b"MNFT", manifest_bytes), (b"MSIG", signature), (b"PAYL", payload)):
        out += tag + struct.pack(">I", len(body)) + body
    return out


def lines(records: list[dict[str, Any]]) -> bytes:
    return b"".join(canon(r) + b"\n" for r in records)


@pytest.fixture
def identity(tmp_path: Path) -> DeviceIdentity:
    return create_identity(tmp_path / "keys")


@pytest.fixture
def other_identity(tmp_path: Path) -> DeviceIdentity:
    return create_identity(tmp_path / "other-keys")


@pytest.fixture(scope="session")
def hub() -> HubKeys:
    return generate_hub_keys()


@pytest.fixture(scope="session")
def escrow() -> X25519PrivateKey:
    return X25519PrivateKey.generate()


@pytest.fixture(scope="session")
def hub_identity(hub: HubKeys, escrow: X25519PrivateKey) -> HubIdentity:
    return read_hub_identity(hub_identity_file(hub, escrow_public=escrow.public_key(), name="Disnaker Kota Batam"))


@pytest.fixture
def trusted(identity: DeviceIdentity) -> Callable[[str], bytes | None]:
    return {identity.device_id: identity.public_raw}.get


@pytest.fixture
def spec_recipients(hub: HubKeys, escrow: X25519PrivateKey) -> list[tuple[str, X25519PublicKey]]:
    return [("hub", hub.encryption_public), ("escrow", escrow.public_key())]
