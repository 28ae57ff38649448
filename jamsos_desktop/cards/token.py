"""The signed token in a card's QR code: who issued the card and until when, with no personal data in it.

Binary layout (version 1), then base32 without padding, uppercase, so the whole token fits QR alphanumeric
mode (A-Z 0-9) and stays small (about 150 characters, QR version 6-7):

    version  u8      1
    serial   u8 len + ASCII (1-32 characters, printable, no spaces)
    prefix   4 bytes the first 8 hex characters of the participant UUID
    until    u16     valid-until as days since 2000-01-01
    device   13 bytes the 100 bits of the device id ("dev-" + 20 base32 characters), zero-padded
    sig      64 bytes Ed25519 over DOMAIN_TAG + everything above

The device id is carried whole, so a verifier looks the key up by it and also checks that the key hashes
to that id. A token is accepted only in its exact canonical spelling (see _decode), so any single changed
character, even one that only flips unused padding bits, is refused.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import struct
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum

from jamsos_desktop.sync.identity import DeviceIdentity, device_id_for, public_key_from_raw

VERSION = 1
DOMAIN_TAG = b"jamsos-card-token/v1\n"  # keeps a card signature from ever passing as a bundle signature
EPOCH = dt.date(2000, 1, 1)
SIG_LEN = 64
DEVICE_LEN = 13
MAX_SERIAL = 32


class TokenOutcome(StrEnum):
    VALID = "valid"
    INVALID = "invalid"  # unreadable, or the signature does not match
    UNKNOWN_KEY = "unknown_key"  # well-formed, but the issuing device is not enrolled here
    EXPIRED = "expired"  # genuine, but past its valid-until date
    REVOKED = "revoked"  # genuine, but replaced by a newer card (known to the issuing office)
    INACTIVE = "inactive"  # genuine, but its holder was deleted from the programme (known to the issuing office)


@dataclass(frozen=True)
class TokenCheck:
    """The verdict on one token. Fields other than outcome/message are None when they cannot be trusted."""

    outcome: TokenOutcome
    message: str
    device_id: str | None = None
    serial: str | None = None
    participant_prefix: str | None = None
    valid_until: dt.date | None = None

    @property
    def ok(self) -> bool:
        return self.outcome is TokenOutcome.VALID


def _device_bytes(device_id: str) -> bytes:
    raw = base64.b32decode(device_id.removeprefix("dev-").upper() + "AAAA")  # 24 chars -> 15 bytes
    return raw[:DEVICE_LEN]


def _device_id(raw: bytes) -> str:
    return "dev-" + base64.b32encode(raw + b"\0\0").decode("ascii")[:20].lower()


def _payload(serial: str, participant_id: str, valid_until: dt.date, device_id: str) -> bytes:
    if not (0 < len(serial) <= MAX_SERIAL and serial.isascii() and serial.isprintable() and " " not in serial):
        raise ValueError(f"Nomor kartu {serial!r} harus 1-{MAX_SERIAL} karakter ASCII tanpa spasi.")
    prefix = participant_id.replace("-", "")[:8].lower()
    try:
        prefix_raw = bytes.fromhex(prefix)
    except ValueError:
        prefix_raw = b""
    if len(prefix_raw) != 4:
        raise ValueError(f"ID peserta {participant_id!r} bukan UUID: 8 karakter pertamanya harus heksadesimal.")
    days = (valid_until - EPOCH).days
    if not 0 <= days <= 0xFFFF:
        raise ValueError(f"Tanggal berlaku {valid_until:%d-%m-%Y} di luar rentang 2000-2179.")
    return (struct.pack("BB", VERSION, len(serial)) + serial.encode("ascii") + prefix_raw
            + struct.pack(">H", days) + _device_bytes(device_id))


def sign_token(identity: DeviceIdentity, *, serial: str, participant_id: str, valid_until: dt.date) -> str:
    """The QR text for one card, signed with this office's device key."""
    payload = _payload(serial, participant_id, valid_until, identity.device_id)
    signature = identity.sign(DOMAIN_TAG + payload)
    return base64.b32encode(payload + signature).decode("ascii").rstrip("=")


@dataclass(frozen=True)
class _Parsed:
    payload: bytes
    signature: bytes
    serial: str
    prefix: str
    valid_until: dt.date
    device_id: str


def _decode(token: str) -> _Parsed | None:
    """Parse the exact canonical spelling only; None for anything else."""
    text = token.strip()
    try:
        raw = base64.b32decode(text + "=" * (-len(text) % 8))
    except (binascii.Error, ValueError):
        return None
    # base32 leaves a few unused bits in the last character; re-encoding catches a change there.
    if base64.b32encode(raw).decode("ascii").rstrip("=") != text:
        return None
    if len(raw) < 2 or raw[0] != VERSION:
        return None
    n = raw[1]
    body_len = 2 + n + 4 + 2 + DEVICE_LEN
    if not 0 < n <= MAX_SERIAL or len(raw) != body_len + SIG_LEN:
        return None
    serial_raw = raw[2 : 2 + n]
    if not all(0x21 <= b <= 0x7E for b in serial_raw):
        return None
    prefix = raw[2 + n : 6 + n].hex()
    (days,) = struct.unpack(">H", raw[6 + n : 8 + n])
    device = raw[8 + n : body_len]
    if device[-1] & 0x0F:  # the 4 bits after the device id's 100 are always zero
        return None
    return _Parsed(raw[:body_len], raw[body_len:], serial_raw.decode("ascii"), prefix,
                   EPOCH + dt.timedelta(days=days), _device_id(device))


def verify_token(token: str, key_lookup: Callable[[str], bytes | None],
                 today: dt.date | None = None) -> TokenCheck:
    """Check a scanned or typed token against the enrolled device keys (raw Ed25519 public keys by device id)."""
    parsed = _decode(token)
    if parsed is None:
        return TokenCheck(TokenOutcome.INVALID,
                          "Kode kartu tidak sah: tidak dapat dibaca atau ada karakter yang berubah. "
                          "Pindai ulang kode QR atau ketik ulang kodenya dengan teliti.")
    raw_key = key_lookup(parsed.device_id)
    if raw_key is None or device_id_for(raw_key) != parsed.device_id:
        return TokenCheck(TokenOutcome.UNKNOWN_KEY,
                          "Perangkat yang menerbitkan kartu ini tidak dikenal, jadi kartu belum dapat diperiksa. "
                          "Daftarkan kunci perangkat kelurahan itu di Disnaker lalu periksa lagi.",
                          device_id=parsed.device_id)
    from cryptography.exceptions import InvalidSignature

    try:
        public_key_from_raw(raw_key).verify(parsed.signature, DOMAIN_TAG + parsed.payload)
    except (InvalidSignature, ValueError):
        return TokenCheck(TokenOutcome.INVALID,
                          "Tanda tangan kartu tidak cocok: kartu palsu atau kodenya berubah. "
                          "Jangan terima kartu ini; hubungi kelurahan penerbit.")
    genuine = TokenCheck(TokenOutcome.VALID, "", parsed.device_id, parsed.serial, parsed.prefix,
                         parsed.valid_until)
    today = today or dt.date.today()
    if today > parsed.valid_until:
        return replace(genuine, outcome=TokenOutcome.EXPIRED,
                       message=f"Kartu {parsed.serial} asli, tetapi masa berlakunya habis pada "
                               f"{parsed.valid_until:%d-%m-%Y}. Peserta perlu kartu baru dari kelurahan.")
    # The device id stays in the result for machines (--json); people read the office's name, which the caller
    # knows (services/card_checks.py, hub/card_checks.py).
    return replace(genuine, message=f"Kartu {parsed.serial} sah, berlaku sampai {parsed.valid_until:%d-%m-%Y}.")
