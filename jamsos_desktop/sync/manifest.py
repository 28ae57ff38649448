"""The bundle manifest: what a bundle claims about itself, parsed strictly from its canonical JSON.

The manifest is the only part of a bundle readable without a private key, so it holds no personal data: ids,
codes, counts, sizes, hashes and wrapped keys. Parsing checks every known field's type and range and refuses
missing ones, so the rest of the reader works with a `Manifest` whose values are known to be sane.

Format evolution (sync/formats.py): unknown top-level fields are covered by the signature, so they are kept
(`extra`, re-encoded byte for byte and part of the header the payload is bound to) and otherwise ignored. The
optional `reads` (the sender's announcement) and `ack` (changes only: the last receipt the office applied) are
written only to a peer that reads manifest level 2; without them the manifest is exactly the v0.1.0 one.
Nested objects (`payload`, `recipients`, `previous`, `ack`) keep their exact fields: changing them raises
`version`, because an old reader would misread them.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from jamsos_desktop.sync.canonical import (
    b64decode_exact,
    b64encode,
    canonical_json,
    is_int,
    is_sha256_hex,
    is_timestamp,
)
from jamsos_desktop.sync.errors import BundleRefused
from jamsos_desktop.sync.formats import Reads, check_reads
from jamsos_desktop.sync.limits import MAX_PAYLOAD_BYTES, MAX_PLAIN_BYTES, MAX_RECIPIENTS, MAX_RECORDS, MIB

FORMAT = "jamsos-bundle"
VERSION = 1
KINDS = ("changes", "receipt")
KIND_LABELS = {"changes": "bundle perubahan data (dari kantor kelurahan)", "receipt": "tanda terima (dari hub)"}
ROLES = ("hub", "escrow", "device")
REQUIRED_ROLES = {"changes": {"hub", "escrow"}, "receipt": {"device"}}
CIPHER = "chacha20-poly1305"
COMPRESSION = "zlib"
NONCE_BYTES = 12
ENC_BYTES = 32  # X25519 encapsulated key
WRAPPED_KEY_BYTES = 32 + 16  # data key + Poly1305 tag

DEVICE_ID = re.compile(r"^dev-[a-z2-7]{20}$")
HUB_ID = re.compile(r"^hub-[a-z2-7]{20}$")
KEY_ID = re.compile(r"^x25519-[a-z2-7]{20}$")
BUNDLE_ID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
KELURAHAN_CODE = re.compile(r"^\d{2}\.\d{2}\.\d{2}\.\d{4}$")
APP_VERSION = re.compile(r"^[0-9A-Za-z.+\-]{1,32}$")
_FIELDS = {"format", "version", "kind", "bundle_id", "device_id", "target_device_id", "kelurahan_code",
           "created_at", "seq_from", "seq_to", "record_count", "previous", "app_version", "payload", "recipients"}
_OPTIONAL_FIELDS = {"reads", "ack"}
_PAYLOAD_FIELDS = {"cipher", "compression", "nonce", "plain_size", "sha256", "size"}
_RECIPIENT_FIELDS = {"role", "key_id", "enc", "wrapped_key"}


class ChainLink(NamedTuple):
    """The previous bundle from the same sender (to the same target): its id and the SHA-256 of its file."""

    bundle_id: str
    sha256: str


@dataclass(frozen=True)
class PayloadInfo:
    cipher: str
    compression: str
    nonce: bytes
    plain_size: int
    sha256: str
    size: int


@dataclass(frozen=True)
class WrappedKey:
    """The payload's data key sealed with HPKE for one recipient key."""

    role: str
    key_id: str
    enc: bytes
    wrapped_key: bytes


@dataclass(frozen=True)
class Manifest:
    version: int
    kind: str
    bundle_id: str
    device_id: str
    target_device_id: str | None
    kelurahan_code: str
    created_at: str
    seq_from: int
    seq_to: int
    record_count: int
    previous: ChainLink | None
    app_version: str
    payload: PayloadInfo
    recipients: tuple[WrappedKey, ...]
    reads: Reads | None = None
    ack: ChainLink | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def header_dict(self) -> dict[str, Any]:
        """Every field fixed before encryption: what the data key wrap and the payload are bound to."""
        header = {
            **self.extra,
            "format": FORMAT, "version": self.version, "kind": self.kind, "bundle_id": self.bundle_id,
            "device_id": self.device_id, "target_device_id": self.target_device_id,
            "kelurahan_code": self.kelurahan_code, "created_at": self.created_at, "seq_from": self.seq_from,
            "seq_to": self.seq_to, "record_count": self.record_count,
            "previous": None if self.previous is None else self.previous._asdict(), "app_version": self.app_version,
        }
        if self.reads is not None:
            header["reads"] = dict(self.reads)
        if self.ack is not None:
            header["ack"] = self.ack._asdict()
        return header

    def header_hash(self) -> bytes:
        return header_hash(self.header_dict())

    def to_dict(self) -> dict[str, Any]:
        p = self.payload
        return {
            **self.header_dict(),
            "payload": {"cipher": p.cipher, "compression": p.compression, "nonce": b64encode(p.nonce),
                        "plain_size": p.plain_size, "sha256": p.sha256, "size": p.size},
            "recipients": [{"role": r.role, "key_id": r.key_id, "enc": b64encode(r.enc),
                            "wrapped_key": b64encode(r.wrapped_key)} for r in self.recipients],
        }

    def encode(self) -> bytes:
        return canonical_json(self.to_dict())


def header_hash(header: dict[str, Any]) -> bytes:
    return hashlib.sha256(canonical_json(header)).digest()


def _bad(detail: str) -> BundleRefused:
    return BundleRefused("bad_manifest", f"Keterangan (manifest) bundle rusak: {detail}. Berkas rusak atau diubah; "
                                         "minta bundle baru.")


def _link(obj: Any, where: str) -> ChainLink:
    link = _exact_keys(obj, {"bundle_id", "sha256"}, where)
    if not is_sha256_hex(link["sha256"]):
        raise _bad(f"{where}.sha256 tidak sah")
    return ChainLink(_match(link["bundle_id"], BUNDLE_ID, f"{where}.bundle_id"), link["sha256"])


def _exact_keys(obj: Any, keys: set[str], where: str) -> dict[str, Any]:
    if not isinstance(obj, dict):
        raise _bad(f"{where} bukan objek")
    if set(obj) != keys:
        extra, missing = sorted(set(obj) - keys), sorted(keys - set(obj))
        raise _bad(f"{where}: isian tak dikenal {extra}, isian hilang {missing}")
    return obj


def _match(value: Any, pattern: re.Pattern[str], field: str) -> str:
    if not isinstance(value, str) or not pattern.match(value):
        raise _bad(f"isian {field} tidak sah")
    return value


def _int(value: Any, field: str, low: int = 0, high: int = 2**53 - 1) -> int:
    if not is_int(value, low, high):
        raise _bad(f"isian {field} harus bilangan bulat {low}..{high}")
    assert isinstance(value, int)
    return value


def _too_large(what: str, value: int, limit: int, unit: str = "byte") -> BundleRefused:
    shown = f"{value / MIB:,.1f} MiB (batas {limit / MIB:,.0f} MiB)" if unit == "byte" else f"{value:,} (batas {limit:,})"
    return BundleRefused("too_large", f"Bundle menyatakan {what} {shown}. Berkas rusak, atau ekspor terlalu besar: "
                                      "hubungi Disnaker.")


def _parse_payload(obj: Any) -> PayloadInfo:
    p = _exact_keys(obj, _PAYLOAD_FIELDS, "payload")
    if p["cipher"] != CIPHER or p["compression"] != COMPRESSION:
        raise BundleRefused("unsupported_version", "Bundle memakai sandi/kompresi yang belum dikenal. Perbarui "
                                                   "aplikasi Jamsos lalu coba lagi.")
    size, plain = _int(p["size"], "payload.size"), _int(p["plain_size"], "payload.plain_size")
    if size > MAX_PAYLOAD_BYTES:
        raise _too_large("isi terenkripsi", size, MAX_PAYLOAD_BYTES)
    if plain > MAX_PLAIN_BYTES:
        raise _too_large("isi terbuka", plain, MAX_PLAIN_BYTES)
    if size < 16:
        raise _bad("payload.size lebih kecil dari tag enkripsi")
    if not is_sha256_hex(p["sha256"]):
        raise _bad("payload.sha256 tidak sah")
    try:
        nonce = b64decode_exact(p["nonce"], NONCE_BYTES)
    except ValueError as exc:
        raise _bad(f"payload.nonce: {exc}") from exc
    return PayloadInfo(CIPHER, COMPRESSION, nonce, plain, p["sha256"], size)


def _parse_recipients(obj: Any, kind: str) -> tuple[WrappedKey, ...]:
    if not isinstance(obj, list) or not 1 <= len(obj) <= MAX_RECIPIENTS:
        raise _bad(f"recipients harus daftar 1..{MAX_RECIPIENTS} kunci")
    result: list[WrappedKey] = []
    for i, item in enumerate(obj):
        r = _exact_keys(item, _RECIPIENT_FIELDS, f"recipients[{i}]")
        if r["role"] not in ROLES:
            raise _bad(f"recipients[{i}].role tidak dikenal")
        try:
            enc = b64decode_exact(r["enc"], ENC_BYTES)
            wrapped = b64decode_exact(r["wrapped_key"], WRAPPED_KEY_BYTES)
        except ValueError as exc:
            raise _bad(f"recipients[{i}]: {exc}") from exc
        result.append(WrappedKey(r["role"], _match(r["key_id"], KEY_ID, "key_id"), enc, wrapped))
    roles, ids = [r.role for r in result], [r.key_id for r in result]
    if len(set(roles)) != len(roles) or len(set(ids)) != len(ids):
        raise _bad("penerima (recipients) ganda")
    if not REQUIRED_ROLES[kind] <= set(roles):
        raise _bad(f"bundle {kind} harus dienkripsi untuk {sorted(REQUIRED_ROLES[kind])}")
    return tuple(result)


def manifest_from_dict(d: dict[str, Any]) -> Manifest:
    """Validate a parsed manifest; raises BundleRefused (bad_manifest, unsupported_version or too_large)."""
    if d.get("format") != FORMAT:
        raise _bad("bukan manifest bundle Jamsos")
    if d.get("version") != VERSION or isinstance(d.get("version"), bool):
        raise BundleRefused("unsupported_version", f"Bundle memakai format versi {d.get('version')!r}; aplikasi ini "
                                                   f"mengenal versi {VERSION}. Perbarui aplikasi Jamsos.")
    missing = sorted(_FIELDS - set(d))
    if missing:
        raise _bad(f"manifest: isian hilang {missing}")
    extra = {k: v for k, v in d.items() if k not in _FIELDS | _OPTIONAL_FIELDS}
    try:
        reads = check_reads(d["reads"]) if "reads" in d else None
    except ValueError as exc:
        raise _bad(str(exc)) from exc
    ack = _link(d["ack"], "ack") if "ack" in d else None
    kind = d["kind"]
    if kind not in KINDS:
        raise BundleRefused("wrong_kind", f"Jenis bundle {kind!r} tidak dikenal aplikasi ini.")
    sender, target = d["device_id"], d["target_device_id"]
    if kind == "changes":
        _match(sender, DEVICE_ID, "device_id")
        if target is not None:
            raise _bad("bundle perubahan tidak punya target_device_id")
    else:
        _match(sender, HUB_ID, "device_id")
        _match(target, DEVICE_ID, "target_device_id")
    count = _int(d["record_count"], "record_count")
    if count > MAX_RECORDS:
        raise _too_large("jumlah catatan", count, MAX_RECORDS, unit="records")
    low = 1 if kind == "changes" else 0
    seq_from, seq_to = _int(d["seq_from"], "seq_from", low), _int(d["seq_to"], "seq_to", low)
    if seq_from > seq_to:
        raise _bad("seq_from lebih besar dari seq_to")
    if kind == "changes" and not 1 <= count <= seq_to - seq_from + 1:
        raise _bad("record_count tidak sesuai rentang seq")
    previous = None if d["previous"] is None else _link(d["previous"], "previous")
    if not is_timestamp(d["created_at"]):
        raise _bad("created_at harus YYYY-MM-DDTHH:MM:SSZ")
    payload = _parse_payload(d["payload"])
    if payload.plain_size < 3 * count or (count == 0) != (payload.plain_size == 0):
        raise _bad("ukuran isi terbuka tidak sesuai jumlah catatan")
    return Manifest(
        version=VERSION, kind=kind, bundle_id=_match(d["bundle_id"], BUNDLE_ID, "bundle_id"), device_id=sender,
        target_device_id=target, kelurahan_code=_match(d["kelurahan_code"], KELURAHAN_CODE, "kelurahan_code"),
        created_at=d["created_at"], seq_from=seq_from, seq_to=seq_to, record_count=count, previous=previous,
        app_version=_match(d["app_version"], APP_VERSION, "app_version"), payload=payload,
        recipients=_parse_recipients(d["recipients"], kind), reads=reads, ack=ack, extra=extra,
    )
