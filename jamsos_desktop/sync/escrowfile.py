"""The hub's offline escrow key file: the X25519 private key under a passphrase, with a memory-hard KDF.

Version 0.1.0 wrote a PKCS#8 PEM whose passphrase went through PBKDF2 with 2,048 iterations: a stolen copy
could be guessed at millions of passphrases a second on a graphics card. OpenSSL refuses scrypt at a useful
cost inside PKCS#8 (a 32 MiB memory limit), so the file now has its own small format:

    -----BEGIN JAMSOS ESCROW KEY-----
    base64 of {"format": "jamsos-escrow-key", "version": 1, "kdf": "argon2id", "m": KiB, "t": .., "p": ..,
               "salt": b64, "nonce": b64, "sealed": b64}   (AES-256-GCM over the raw 32-byte key,
                                                            the JSON header without "sealed" as AAD)
    -----END JAMSOS ESCROW KEY-----

`read_escrow_file` reads both this and the old PEM, so escrow keys made by 0.1.0 keep working. The cost is
in jamsos_desktop/kdfcost.py (argon2id m=256 MiB, t=3, p=4). A v0.1.0 hub refuses the new file with its
ordinary "cannot be opened" message; escrow files are only ever opened by the version that made the hub or
a newer one.
"""

from __future__ import annotations

import base64
import json
import secrets

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from jamsos_desktop.kdfcost import Cost, escrow_cost

FORMAT = "jamsos-escrow-key"
VERSION = 1
BEGIN, END = b"-----BEGIN JAMSOS ESCROW KEY-----", b"-----END JAMSOS ESCROW KEY-----"
MAX_MEMORY_KIB = 4 * 1024 * 1024  # a file asking for more is refused rather than exhausting the PC
MAX_TIME, MAX_LANES = 64, 64


class EscrowFileError(ValueError):
    """Wrong passphrase, a damaged file or not an escrow key (the caller words the message)."""


def _derive(passphrase: bytes, salt: bytes, cost: Cost) -> bytes:
    return hash_secret_raw(passphrase, salt, time_cost=cost.time_cost, memory_cost=cost.memory_kib,
                           parallelism=cost.parallelism, hash_len=32, type=Type.ID)


def _header(cost: Cost, salt: bytes, nonce: bytes) -> dict[str, object]:
    return {"format": FORMAT, "version": VERSION, "kdf": "argon2id", "m": cost.memory_kib, "t": cost.time_cost,
            "p": cost.parallelism, "salt": base64.b64encode(salt).decode(), "nonce": base64.b64encode(nonce).decode()}


def _aad(header: dict[str, object]) -> bytes:
    return json.dumps(header, sort_keys=True, separators=(",", ":")).encode()


def write_escrow_file(key: X25519PrivateKey, passphrase: bytes, *, cost: Cost | None = None) -> bytes:
    cost = cost or escrow_cost()
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    header = _header(cost, salt, nonce)
    raw = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                            serialization.NoEncryption())
    sealed = AESGCM(_derive(passphrase, salt, cost)).encrypt(nonce, raw, _aad(header))
    body = json.dumps({**header, "sealed": base64.b64encode(sealed).decode()}, sort_keys=True).encode()
    encoded = base64.encodebytes(body).strip()
    return BEGIN + b"\n" + encoded + b"\n" + END + b"\n"


def read_escrow_file(data: bytes, passphrase: bytes) -> X25519PrivateKey:
    """The escrow private key from a file of either format; EscrowFileError when it cannot be opened."""
    text = data.strip()
    if text.startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----") or text.startswith(b"-----BEGIN PRIVATE KEY"):
        return _read_old_pem(text, passphrase)
    if not (text.startswith(BEGIN) and text.endswith(END)):
        raise EscrowFileError("not an escrow key file")
    try:
        doc = json.loads(base64.b64decode(text[len(BEGIN):-len(END)], validate=False))
        sealed = base64.b64decode(doc.pop("sealed"))
        if doc.get("format") != FORMAT or doc.get("version") != VERSION or doc.get("kdf") != "argon2id":
            raise EscrowFileError("unknown escrow key format")
        cost = Cost(int(doc["t"]), int(doc["m"]), int(doc["p"]))
        salt, nonce = base64.b64decode(doc["salt"]), base64.b64decode(doc["nonce"])
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise EscrowFileError("damaged escrow key file") from exc
    if not (8 <= cost.memory_kib <= MAX_MEMORY_KIB and 1 <= cost.time_cost <= MAX_TIME
            and 1 <= cost.parallelism <= MAX_LANES and len(nonce) == 12 and len(salt) >= 8):
        raise EscrowFileError("escrow key file with impossible parameters")
    try:
        raw = AESGCM(_derive(passphrase, salt, cost)).decrypt(nonce, sealed, _aad(_header(cost, salt, nonce)))
    except InvalidTag as exc:
        raise EscrowFileError("wrong passphrase or damaged file") from exc
    return X25519PrivateKey.from_private_bytes(raw)


def _read_old_pem(data: bytes, passphrase: bytes) -> X25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(data, password=passphrase)
    except (TypeError, ValueError) as exc:
        raise EscrowFileError("wrong passphrase or damaged file") from exc
    if not isinstance(key, X25519PrivateKey):
        raise EscrowFileError("not an X25519 key")
    return key
