"""Write, verify and open .jamsos bundles: pure functions from records to bytes and back, no database.

`write_bundle` is what export calls (office: kind "changes"; hub: kind "receipt", through receipt.py).
`verify_bundle` checks everything that can be checked without a private key (`jamsos bundle verify`):
container layout, canonical manifest, sizes, signer, signature, payload hash. `open_bundle` verifies and then
decrypts with the hub's or the escrow's key. Any problem is one BundleRefused; nothing partial is returned.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol

from jamsos_desktop.sync import container
from jamsos_desktop.sync.canonical import (
    CanonicalError,
    canonical_json,
    canonical_text,
    check_json_value,
    no_constant,
    no_float,
    parse_canonical_object,
    parse_safe_int,
    utc_timestamp,
)
from jamsos_desktop.sync.changes import change_problem, sequence_problem
from jamsos_desktop.sync.envelope import RecipientKey, open_payload, seal_payload, unwrap_data_key, wrap_data_key
from jamsos_desktop.sync.errors import BundleRefused
from jamsos_desktop.sync.hubkeys import hub_id_for
from jamsos_desktop.sync.identity import device_id_for, public_key_from_raw
from jamsos_desktop.sync.limits import MAX_LINE_BYTES, MAX_PLAIN_BYTES, MAX_RECORDS
from jamsos_desktop.sync.manifest import (
    CIPHER,
    COMPRESSION,
    KIND_LABELS,
    VERSION,
    ChainLink,
    Manifest,
    PayloadInfo,
    header_hash,
    manifest_from_dict,
)

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

SIGN_CONTEXT = b"jamsos-bundle/1 manifest\x00"
_HEADER_FIELDS = {"format", "version", "kind", "bundle_id", "device_id", "target_device_id", "kelurahan_code",
                  "created_at", "seq_from", "seq_to", "record_count", "previous", "app_version", "reads", "ack"}
TrustedKeys = Callable[[str], bytes | None]


class Signer(Protocol):
    """What signs a bundle: a DeviceIdentity (office, id "dev-...") or HubKeys (hub, id "hub-...")."""

    @property
    def device_id(self) -> str: ...

    def sign(self, data: bytes) -> bytes: ...


@dataclass(frozen=True)
class VerifiedBundle:
    """A bundle whose signature, sizes and payload hash checked out; `sha256` is the whole file's (for chains)."""

    manifest: Manifest
    signature: bytes
    sha256: str
    size: int
    signer_public: bytes


def _encode_lines(records: Iterable[Mapping[str, Any]]) -> tuple[bytes, list[Mapping[str, Any]]]:
    kept: list[Mapping[str, Any]] = []
    lines: list[bytes] = []
    total = 0
    for record in records:
        try:
            check_json_value(record)
            line = canonical_json(record) + b"\n"
        except (TypeError, ValueError) as exc:
            raise ValueError(f"Catatan ke-{len(kept) + 1} tidak dapat ditulis ke bundle: {exc}.") from exc
        if len(line) > MAX_LINE_BYTES:
            raise ValueError(f"Catatan ke-{len(kept) + 1} terlalu besar ({len(line):,} byte) untuk satu bundle.")
        total += len(line)
        kept.append(record)
        lines.append(line)
        if len(kept) > MAX_RECORDS or total > MAX_PLAIN_BYTES:
            raise ValueError(f"Terlalu banyak data untuk satu bundle (batas {MAX_RECORDS:,} catatan / "
                             f"{MAX_PLAIN_BYTES // 2**20} MiB); ekspor dalam beberapa bagian.")
    return b"".join(lines), kept


def write_bundle(*, kind: str, identity: Signer, recipients: Sequence[RecipientKey], kelurahan_code: str,
                 records: Iterable[Mapping[str, Any]], seq_from: int | None = None, seq_to: int | None = None,
                 previous: ChainLink | tuple[str, str] | None, app_version: str,
                 target_device_id: str | None = None, created_at: datetime | None = None,
                 bundle_id: str | None = None, reads: Mapping[str, int] | None = None,
                 ack: ChainLink | None = None, extra: Mapping[str, Any] | None = None) -> bytes:
    """Sign and encrypt `records` (JSON-able dicts, one line each) into the bytes of one .jamsos file.

    For kind "changes" the records are change lines (see changes.py) and seq_from/seq_to default to the first
    and last seq. `reads` (this side's announcement), `ack` (the last receipt applied) and `extra` (fields of a
    later format) go into the manifest only when given: leave them out for a peer that reads only v0.1.0
    (sync/formats.py). Raises ValueError for anything a reader would refuse: the writer never makes a bad bundle.
    """
    clash = set(extra or {}) & (_HEADER_FIELDS | {"payload", "recipients"})
    if clash:
        raise ValueError(f"extra manifest fields clash with known ones: {sorted(clash)}")
    plain, kept = _encode_lines(records)
    if kind == "changes":
        for i, record in enumerate(kept):
            problem = change_problem(record)
            if problem:
                raise ValueError(f"Perubahan ke-{i + 1}: {problem}")
        seqs = [int(r["seq"]) for r in kept]
        seq_from = seqs[0] if seq_from is None and seqs else seq_from
        seq_to = seqs[-1] if seq_to is None and seqs else seq_to
        problem = sequence_problem(seqs, seq_from or 0, seq_to or 0)
        if problem:
            raise ValueError(f"Urutan perubahan salah: {problem}")
    header: dict[str, Any] = {
        **(extra or {}),
        "format": "jamsos-bundle", "version": VERSION, "kind": kind, "bundle_id": bundle_id or str(uuid.uuid4()),
        "device_id": identity.device_id, "target_device_id": target_device_id, "kelurahan_code": kelurahan_code,
        "created_at": utc_timestamp(created_at), "seq_from": seq_from, "seq_to": seq_to, "record_count": len(kept),
        "previous": None if previous is None else ChainLink(*previous)._asdict(), "app_version": app_version,
    }
    if reads is not None:
        header["reads"] = dict(reads)
    if ack is not None:
        header["ack"] = ChainLink(*ack)._asdict()
    bound = header_hash(header)
    data_key, nonce, ciphertext = seal_payload(plain, bound)
    draft = Manifest(
        version=VERSION, kind=kind, bundle_id=header["bundle_id"], device_id=identity.device_id,
        target_device_id=target_device_id, kelurahan_code=kelurahan_code, created_at=header["created_at"],
        seq_from=seq_from or 0, seq_to=seq_to or 0, record_count=len(kept),
        previous=None if previous is None else ChainLink(*previous), app_version=app_version,
        payload=PayloadInfo(CIPHER, COMPRESSION, nonce, len(plain), hashlib.sha256(ciphertext).hexdigest(),
                            len(ciphertext)),
        recipients=tuple(wrap_data_key(data_key, r, bound) for r in recipients),
        reads=None if reads is None else dict(reads), ack=None if ack is None else ChainLink(*ack),
        extra={k: v for k, v in header.items() if k not in _HEADER_FIELDS},
    )
    as_dict = {**draft.to_dict(), **header}  # the header as given, so unchecked values reach the self-check
    try:
        manifest = manifest_from_dict(as_dict)  # the writer holds itself to the reader's rules
    except BundleRefused as exc:
        raise ValueError(exc.message) from exc
    manifest_bytes = manifest.encode()
    return container.pack(manifest_bytes, identity.sign(SIGN_CONTEXT + manifest_bytes), ciphertext)


def _parse_manifest(sections: container.Sections) -> Manifest:
    try:
        parsed = parse_canonical_object(sections.manifest)
    except CanonicalError as exc:
        reason = "not_canonical" if exc.kind == "not_canonical" else "bad_manifest"
        raise BundleRefused(reason, f"Keterangan (manifest) bundle rusak ({exc}). Berkas rusak atau diubah; minta "
                                    "bundle baru.") from exc
    return manifest_from_dict(parsed)


def read_manifest(data: bytes) -> tuple[Manifest, bytes]:
    """The manifest and signature, checked for layout and form but NOT for signature: for display and lookup."""
    sections = container.unpack(data)
    return _parse_manifest(sections), sections.signature


def _signer_key(manifest: Manifest, trusted_keys: TrustedKeys) -> bytes:
    raw = trusted_keys(manifest.device_id)
    who = "hub" if manifest.kind == "receipt" else f"perangkat {manifest.device_id} (kelurahan {manifest.kelurahan_code})"
    if raw is None:
        raise BundleRefused("unknown_key", f"Bundle ditandatangani oleh {who} yang belum terdaftar atau tidak "
                                           "dipercaya. Daftarkan perangkat itu (enrolment) atau periksa asal berkas.")
    derive = hub_id_for if manifest.device_id.startswith("hub-") else device_id_for
    if len(raw) != 32 or derive(raw) != manifest.device_id:
        raise BundleRefused("unknown_key", f"Kunci yang tersimpan untuk {who} tidak cocok dengan ID-nya. Periksa "
                                           "daftar perangkat terpercaya.")
    return raw


def verify_bundle(data: bytes, *, trusted_keys: TrustedKeys, kind: str | None = None) -> VerifiedBundle:
    """Check a bundle without decrypting it; `trusted_keys(device_id)` gives the signer's raw Ed25519 key or None."""
    sections = container.unpack(data)
    manifest = _parse_manifest(sections)
    if kind is not None and manifest.kind != kind:
        raise BundleRefused("wrong_kind", f"Berkas ini adalah {KIND_LABELS[manifest.kind]}, bukan "
                                          f"{KIND_LABELS.get(kind, kind)}. Pilih berkas yang benar.")
    raw = _signer_key(manifest, trusted_keys)
    from cryptography.exceptions import InvalidSignature

    try:
        public_key_from_raw(raw).verify(sections.signature, SIGN_CONTEXT + bytes(sections.manifest))
    except (InvalidSignature, ValueError) as exc:
        raise BundleRefused("bad_signature") from exc
    if len(sections.payload) != manifest.payload.size:
        raise BundleRefused("size_mismatch", f"Isi bundle berukuran {len(sections.payload):,} byte, keterangannya "
                                             f"{manifest.payload.size:,} byte. Berkas rusak; minta bundle baru.")
    if hashlib.sha256(sections.payload).hexdigest() != manifest.payload.sha256:
        raise BundleRefused("hash_mismatch")
    return VerifiedBundle(manifest, sections.signature, hashlib.sha256(data).hexdigest(), len(data), raw)


# One decoder for every line (json.loads with arguments builds a decoder and its scanner for each call).
_DECODER = json.JSONDecoder(parse_float=no_float, parse_int=parse_safe_int, parse_constant=no_constant)
_RUN = 256  # lines checked canonical together


def _canonical_lines(lines: list[str]) -> list[dict[str, Any]] | None:
    """The lines' objects when every line is a JSON object in canonical form, else None (the caller then reads
    line by line and says which is wrong, exactly as before).

    The encoding of a run of objects as one JSON array, compared with their lines joined the same way, stands
    for the comparison of each line with its own encoding: each line holds exactly one value (the decoder
    refuses extra data) and each is an object, whose text ends where its brackets close; so where both strings
    agree, the object read from line i and the encoding of object i start at the same place and end at the same
    place, and no line has space around its object. Half the cost of encoding line by line on the hub's large
    imports; runs of _RUN lines keep the copies small."""
    decode = _DECODER.decode
    records: list[dict[str, Any]] = []
    try:
        for start in range(0, len(lines), _RUN):
            run = lines[start:start + _RUN]
            values = [decode(line) for line in run]
            if not all(isinstance(value, dict) for value in values):
                return None
            if canonical_text(values) != "[" + ",".join(run) + "]":
                return None
            records.extend(values)
    except (ValueError, RecursionError):
        return None
    return records


def _decode_lines(plain: bytes, manifest: Manifest) -> list[dict[str, Any]]:
    try:
        text = plain.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BundleRefused("bad_payload", "Isi bundle bukan teks UTF-8 yang sah.") from exc
    lines = text.split("\n")
    if lines.pop() != "":
        raise BundleRefused("bad_payload", "Baris terakhir isi bundle tidak diakhiri ganti baris.")
    if len(lines) != manifest.record_count:
        raise BundleRefused("count_mismatch", f"Isi bundle memuat {len(lines):,} catatan, keterangannya "
                                              f"{manifest.record_count:,}. Minta bundle baru.")
    records = _canonical_lines(lines)
    if records is not None:
        return records
    records = []  # something is wrong: read line by line again, to say which line and why
    for number, line in enumerate(lines, 1):
        try:
            value = json.loads(line, parse_float=no_float, parse_int=parse_safe_int, parse_constant=no_constant)
            canonical = canonical_text(value) == line  # also catches duplicate keys: re-encoding drops one
        except (ValueError, RecursionError) as exc:
            raise BundleRefused("bad_payload", f"Catatan ke-{number} di isi bundle bukan JSON yang sah.") from exc
        if not isinstance(value, dict):
            raise BundleRefused("bad_record", f"Catatan ke-{number} di isi bundle bukan objek JSON.")
        if not canonical:
            raise BundleRefused("bad_payload", f"Catatan ke-{number} di isi bundle tidak dalam bentuk baku (kanonik).")
        records.append(value)
    return records


def open_bundle(data: bytes, *, trusted_keys: TrustedKeys, decryption_key: X25519PrivateKey,
                kind: str | None = None) -> tuple[Manifest, list[dict[str, Any]]]:
    """Verify, then decrypt with the hub's, the escrow's (or for a receipt the device's) X25519 private key."""
    manifest, plain = decrypt_bundle(data, trusted_keys=trusted_keys, decryption_key=decryption_key, kind=kind)
    return manifest, read_lines(plain, manifest)


def decrypt_bundle(data: bytes, *, trusted_keys: TrustedKeys, decryption_key: X25519PrivateKey,
                   kind: str | None = None) -> tuple[Manifest, bytes]:
    """open_bundle's first half: verify and decrypt (the plain payload, not read yet: `read_lines`)."""
    verified = verify_bundle(data, trusted_keys=trusted_keys, kind=kind)
    manifest = verified.manifest
    bound = manifest.header_hash()
    data_key = unwrap_data_key(manifest.recipients, decryption_key, bound)
    payload = container.unpack(data).payload
    return manifest, open_payload(payload, data_key, manifest.payload.nonce, bound, manifest.payload.plain_size)


def read_lines(plain: bytes, manifest: Manifest) -> list[dict[str, Any]]:
    """open_bundle's second half: the decrypted payload's records, each checked (pure Python, no key needed:
    the hub runs it in a second process for a large import, hub/prepare.py)."""
    records = _decode_lines(plain, manifest)
    if manifest.kind == "changes":
        for number, record in enumerate(records, 1):
            problem = change_problem(record)
            if problem:
                raise BundleRefused("bad_record", f"Perubahan ke-{number} di bundle rusak: {problem}. Minta kantor "
                                                  "pengirim mengekspor ulang.")
        problem = sequence_problem([r["seq"] for r in records], manifest.seq_from, manifest.seq_to)
        if problem:
            raise BundleRefused("bad_sequence", f"Urutan perubahan di bundle salah: {problem}.")
    return records
