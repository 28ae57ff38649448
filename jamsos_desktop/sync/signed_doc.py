"""Self-signed JSON documents: the office's enrolment file and the hub's identity file.

A document is the canonical JSON of `{"format", "version", ...fields, "signature"}` followed by one "\\n".
The signature is Ed25519 over `context + canonical JSON of the same object without "signature"`, made by the
key the document itself carries. That proves the file was not altered after it was made; whether the key is
the right one is settled by a person reading the fingerprint over the phone before trusting it.

Readers are tolerant (keyfile level 2, sync/formats.py): a field this version does not know is covered by the
signature and kept in the parsed document, never refused; a missing known field is refused.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from jamsos_desktop.sync.canonical import (
    CanonicalError,
    b64decode_exact,
    b64encode,
    canonical_json,
    is_timestamp,
    parse_canonical_object,
)
from jamsos_desktop.sync.container import looks_like_bundle
from jamsos_desktop.sync.errors import KeyFileRefused
from jamsos_desktop.sync.identity import fingerprint, public_key_from_raw
from jamsos_desktop.sync.limits import MAX_KEY_FILE_BYTES

FORMAT_LABELS = {
    "jamsos-enrolment": "berkas pendaftaran perangkat (enrolment)",
    "jamsos-hub-identity": "berkas identitas Disnaker (kantor kota)",
}
_TEXT = re.compile(r"^[^\x00-\x1f\x7f]{1,100}$")


def _sentence(label: str) -> str:
    """A label at the start of a sentence: its first letter upper-case, names inside it as they are (Disnaker)."""
    return label[:1].upper() + label[1:]


def read_key_file(path: Path) -> bytes:
    """Read an enrolment or hub identity file, refusing one too large to be either before reading it."""
    try:
        size = path.stat().st_size
        if size > MAX_KEY_FILE_BYTES:
            raise KeyFileRefused("too_large", f"Berkas {path.name} berukuran {size:,} byte, terlalu besar untuk "
                                              "berkas kunci Jamsos. Pilih berkas yang benar.")
        return path.read_bytes()
    except OSError as exc:
        raise KeyFileRefused("unreadable", f"Berkas {path} tidak dapat dibaca: {exc.strerror or exc}.") from exc


def write_document(fields: dict[str, Any], *, doc_format: str, version: int,
                   sign: Callable[[bytes], bytes]) -> bytes:
    body = {"format": doc_format, "version": version, **fields}
    signature = sign(_context(doc_format, version) + canonical_json(body))
    return canonical_json({**body, "signature": b64encode(signature)}) + b"\n"


def _context(doc_format: str, version: int) -> bytes:
    return f"{doc_format}/{version}\x00".encode("ascii")


def read_document(data: bytes, *, doc_format: str, version: int, fields: set[str]) -> dict[str, Any]:
    """Parse and check form, kind, version and field names; returns the fields (signature not yet checked)."""
    label = FORMAT_LABELS[doc_format]
    if len(data) > MAX_KEY_FILE_BYTES:
        raise KeyFileRefused("too_large", f"Berkas berukuran {len(data):,} byte, terlalu besar untuk {label}. "
                                          "Pilih berkas yang benar.")
    if looks_like_bundle(data):
        raise KeyFileRefused("wrong_kind", f"Berkas ini adalah berkas kiriman .jamsos, bukan {label}. Pilih berkas yang benar.")
    if not data.endswith(b"\n"):
        raise KeyFileRefused("not_canonical", f"{_sentence(label)} terpotong atau telah diubah. Minta berkas baru.")
    try:
        doc = parse_canonical_object(data[:-1])
    except CanonicalError as exc:
        reason = "not_canonical" if exc.kind == "not_canonical" else "not_json"
        raise KeyFileRefused(reason, f"{_sentence(label)} rusak atau telah diubah ({exc}). Minta berkas baru.") from exc
    got = doc.get("format")
    if got != doc_format:
        other = FORMAT_LABELS.get(got) if isinstance(got, str) else None
        what = f"adalah {other}" if other else "bukan berkas kunci Jamsos"
        raise KeyFileRefused("wrong_kind", f"Berkas ini {what}, bukan {label}. Pilih berkas yang benar.")
    if doc.get("version") != version or isinstance(doc.get("version"), bool):
        raise KeyFileRefused("unsupported_version", f"{_sentence(label)} versi {doc.get('version')!r} belum dikenal "
                                                    "aplikasi ini. Perbarui aplikasi Jamsos.")
    expected = fields | {"format", "version", "signature", "fingerprint", "created_at"}
    if not expected <= set(doc):
        raise KeyFileRefused("bad_field", f"{_sentence(label)} kehilangan isian {sorted(expected - set(doc))}.")
    if not is_timestamp(doc["created_at"]):
        raise KeyFileRefused("bad_field", f"Tanggal pembuatan di {label} tidak sah.")
    return doc


def raw_key_field(doc: dict[str, Any], field: str) -> bytes:
    try:
        return b64decode_exact(doc[field], 32)
    except ValueError as exc:
        raise KeyFileRefused("bad_field", f"Kunci {field} di berkas tidak sah: {exc}.") from exc


def text_field(doc: dict[str, Any], field: str, pattern: re.Pattern[str] = _TEXT) -> str:
    value = doc[field]
    if not isinstance(value, str) or not pattern.match(value):
        raise KeyFileRefused("bad_field", f"Isian {field} di berkas tidak sah.")
    return value


def check_self_signature(doc: dict[str, Any], *, doc_format: str, version: int, signing_public: bytes) -> None:
    """Fingerprint matches the key, and the key signed the document."""
    if doc["fingerprint"] != fingerprint(signing_public):
        raise KeyFileRefused("fingerprint_mismatch")
    try:
        signature = b64decode_exact(doc["signature"], 64)
    except ValueError as exc:
        raise KeyFileRefused("bad_signature") from exc
    body = {k: v for k, v in doc.items() if k != "signature"}
    from cryptography.exceptions import InvalidSignature

    try:
        public_key_from_raw(signing_public).verify(signature, _context(doc_format, version) + canonical_json(body))
    except (InvalidSignature, ValueError) as exc:
        raise KeyFileRefused("bad_signature") from exc
