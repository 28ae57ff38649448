"""Signed HTTP requests: how an office proves to the hub that a request is its own, fresh and unaltered.

Every request an office sends to the hub carries these headers:

    X-Jamsos-Device          the device id (dev-...)
    X-Jamsos-Time            UTC time of signing, YYYY-MM-DDTHH:MM:SSZ
    X-Jamsos-Nonce           32 random lower-case hex digits, never reused
    X-Jamsos-Content-SHA256  lower-case hex SHA-256 of the body (of b"" when there is none)
    X-Jamsos-Reads           the office's announcement (sync/formats.py), e.g. "http=2;manifest=2"
    X-Jamsos-Signature       base64 Ed25519 signature by the device key over MESSAGE

    MESSAGE = "jamsos-request/1" 0x00 METHOD "\n" PATH "\n" DEVICE "\n" TIME "\n" NONCE "\n" SHA256 "\n" READS

PATH is the request path relative to the hub's base address, with its query string if any. The hub accepts a
request only when the device is enrolled and active, TIME is within `WINDOW_S` of the hub's clock, the nonce
was not seen in the window, the signature verifies and the body hashes to the header; anything else is 401 and
changes nothing. A v0.1.0 hub ignores the headers.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass

from jamsos_desktop.sync.canonical import is_sha256_hex, is_timestamp, utc_timestamp
from jamsos_desktop.sync.formats import header_value
from jamsos_desktop.sync.identity import DeviceIdentity, public_key_from_raw

CONTEXT = b"jamsos-request/1\x00"
DEVICE = "X-Jamsos-Device"
TIME = "X-Jamsos-Time"
NONCE = "X-Jamsos-Nonce"
BODY_SHA256 = "X-Jamsos-Content-SHA256"
READS = "X-Jamsos-Reads"
SIGNATURE = "X-Jamsos-Signature"
WINDOW_S = 300
_DEVICE_ID = re.compile(r"^dev-[a-z2-7]{20}$")
_NONCE = re.compile(r"^[0-9a-f]{32}$")


@dataclass(frozen=True)
class SignedRequest:
    """The authentication headers of one request, checked for form (not yet for signature or freshness)."""

    device_id: str
    time: str
    nonce: str
    body_sha256: str
    reads: str
    signature: bytes

    def message(self, method: str, path: str) -> bytes:
        parts = [method.upper(), path, self.device_id, self.time, self.nonce, self.body_sha256, self.reads]
        return CONTEXT + "\n".join(parts).encode("utf-8")

    def verifies(self, method: str, path: str, public_raw: bytes) -> bool:
        from cryptography.exceptions import InvalidSignature

        try:
            public_key_from_raw(public_raw).verify(self.signature, self.message(method, path))
        except (InvalidSignature, ValueError):
            return False
        return True

    def age_s(self, now: dt.datetime) -> float:
        """Seconds between the signing time and `now` (naive UTC); negative when signed "in the future"."""
        signed = dt.datetime.strptime(self.time, "%Y-%m-%dT%H:%M:%SZ")
        return (now - signed).total_seconds()


def sign_headers(identity: DeviceIdentity, method: str, path: str, body: bytes, *, now: dt.datetime,
                 reads: Mapping[str, int]) -> dict[str, str]:
    """The headers that authenticate one request; `now` is the office's idea of the hub's time (UTC)."""
    request = SignedRequest(identity.device_id, utc_timestamp(now), secrets.token_hex(16),
                            hashlib.sha256(body).hexdigest(), header_value(reads), b"")
    signature = identity.sign(request.message(method, path))
    return {DEVICE: request.device_id, TIME: request.time, NONCE: request.nonce, BODY_SHA256: request.body_sha256,
            READS: request.reads, SIGNATURE: base64.b64encode(signature).decode("ascii")}


def parse_headers(headers: Mapping[str, str]) -> SignedRequest | None:
    """None when the request carries no signature at all; ValueError when the headers are malformed."""
    if SIGNATURE.lower() not in {k.lower() for k in headers}:
        return None
    lower = {k.lower(): v for k, v in headers.items()}
    values = {name: lower.get(name.lower(), "") for name in (DEVICE, TIME, NONCE, BODY_SHA256, READS, SIGNATURE)}
    if not _DEVICE_ID.match(values[DEVICE]) or not is_timestamp(values[TIME]) or not _NONCE.match(values[NONCE]):
        raise ValueError("bad request authentication headers")
    if not is_sha256_hex(values[BODY_SHA256]) or len(values[READS]) > 2000:
        raise ValueError("bad request authentication headers")
    try:
        signature = base64.b64decode(values[SIGNATURE], validate=True)
    except (binascii.Error, ValueError) as exc:
        raise ValueError("bad request signature encoding") from exc
    if len(signature) != 64:
        raise ValueError("bad request signature length")
    return SignedRequest(values[DEVICE], values[TIME], values[NONCE], values[BODY_SHA256], values[READS], signature)
