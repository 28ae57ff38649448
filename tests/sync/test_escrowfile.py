"""The escrow key file: argon2id at a strong cost, old PBKDF2 PEM files still readable, tampering refused."""

import base64
import json

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from jamsos_desktop import kdfcost
from jamsos_desktop.sync.envelope import x25519_raw
from jamsos_desktop.sync.escrowfile import EscrowFileError, read_escrow_file, write_escrow_file
from jamsos_desktop.sync.hubkeys import private_pem

PASSPHRASE = b"kunci brankas disnaker 2026"


def test_the_production_cost_is_memory_hard(monkeypatch):
    assert kdfcost.ESCROW.memory_kib >= 256 * 1024 and kdfcost.ESCROW.time_cost >= 3
    monkeypatch.delenv(kdfcost.CHEAP_ENV, raising=False)
    assert kdfcost.escrow_cost() == kdfcost.ESCROW
    key = X25519PrivateKey.generate()
    data = write_escrow_file(key, PASSPHRASE)
    doc = json.loads(base64.b64decode(b"".join(data.splitlines()[1:-1])))
    assert (doc["kdf"], doc["m"], doc["t"], doc["p"]) == ("argon2id", 256 * 1024, 3, 4)
    assert x25519_raw(read_escrow_file(data, PASSPHRASE).public_key()) == x25519_raw(key.public_key())


def test_round_trip_wrong_passphrase_and_tampering():
    key = X25519PrivateKey.generate()
    data = write_escrow_file(key, PASSPHRASE)
    assert x25519_raw(read_escrow_file(data, PASSPHRASE).public_key()) == x25519_raw(key.public_key())
    with pytest.raises(EscrowFileError):
        read_escrow_file(data, b"salah")
    lines = data.splitlines()
    doc = json.loads(base64.b64decode(b"".join(lines[1:-1])))
    for field, value in (("m", 8), ("salt", base64.b64encode(b"x" * 16).decode()), ("m", 10**9)):
        bad = base64.encodebytes(json.dumps({**doc, field: value}).encode()).strip()
        with pytest.raises(EscrowFileError):
            read_escrow_file(lines[0] + b"\n" + bad + b"\n" + lines[-1], PASSPHRASE)
    with pytest.raises(EscrowFileError):
        read_escrow_file(b"bukan kunci", PASSPHRASE)


def test_an_escrow_file_written_by_version_0_1_still_opens():
    key = X25519PrivateKey.generate()
    old = private_pem(key, PASSPHRASE)  # what 0.1.0's `jamsos-hub init` wrote
    assert old.startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----")
    assert x25519_raw(read_escrow_file(old, PASSPHRASE).public_key()) == x25519_raw(key.public_key())
    with pytest.raises(EscrowFileError):
        read_escrow_file(old, b"salah")
