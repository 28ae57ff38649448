"""The .jamsos container: a magic header and three length-prefixed sections in a fixed order.

    magic  "\\x89JAMSOS\\r\\n\\x1a\\n" (11 bytes)  version (1 byte, = 1)
    "MNFT" u32-be length  manifest (canonical JSON)
    "MSIG" u32-be length  signature (64 bytes, Ed25519)
    "PAYL" u32-be length  payload (encrypted)

Nothing else: no names, no timestamps, no comments, no padding, no trailing bytes. This replaces the zip of the
first design because a zip has many encodings of the same members (local vs central headers, extra fields,
comments, dates, compression choices, overlapping entries, `../` names) that a reader would have to police; here
the only encoding of three byte strings is the one above, so "canonical" is checked by construction and there
are no member names to play path tricks with. Declared lengths are checked against the limits and against the
bytes present before anything is sliced, so a damaged length can neither allocate much nor read past the end.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from jamsos_desktop.sync.errors import BundleRefused
from jamsos_desktop.sync.limits import MAX_MANIFEST_BYTES, MAX_PAYLOAD_BYTES, MIB, SIGNATURE_BYTES

MAGIC = b"\x89JAMSOS\r\n\x1a\n"
CONTAINER_VERSION = 1
HEADER = MAGIC + bytes([CONTAINER_VERSION])
SECTION_TAGS = (b"MNFT", b"MSIG", b"PAYL")
_LIMITS = {b"MNFT": MAX_MANIFEST_BYTES, b"MSIG": SIGNATURE_BYTES, b"PAYL": MAX_PAYLOAD_BYTES}
_NAMES = {b"MNFT": "manifest", b"MSIG": "tanda tangan", b"PAYL": "isi (payload)"}
_LENGTH = struct.Struct(">I")


@dataclass(frozen=True)
class Sections:
    """The three sections of a container, as views into the caller's bytes (no copies of the payload)."""

    manifest: memoryview
    signature: bytes
    payload: memoryview


def pack(manifest: bytes, signature: bytes, payload: bytes) -> bytes:
    """Lay out a container. The caller has already built, signed and encrypted the parts."""
    parts = [HEADER]
    for tag, body in zip(SECTION_TAGS, (manifest, signature, payload), strict=True):
        if len(body) > _LIMITS[tag] or (tag == b"MSIG" and len(body) != SIGNATURE_BYTES):
            raise ValueError(f"section {tag!r} of {len(body)} bytes is outside the format's limits")
        parts += [tag, _LENGTH.pack(len(body)), body]
    return b"".join(parts)


def looks_like_bundle(data: bytes | memoryview) -> bool:
    """True when `data` starts with the bundle magic (used to say "this is a bundle, not a key file")."""
    return bytes(data[: len(MAGIC)]) == MAGIC


def unpack(data: bytes | memoryview) -> Sections:
    """Split a container into its sections, refusing every deviation from the one layout."""
    view = memoryview(data)
    if len(view) == 0:
        raise BundleRefused("truncated", "Berkas bundle kosong (0 byte), mungkin flashdisk dicabut saat menyalin. "
                                         "Salin ulang atau ekspor ulang bundle.")
    if len(view) < len(MAGIC):
        if bytes(view) == MAGIC[: len(view)]:
            raise BundleRefused("truncated", "Berkas bundle terpotong di bagian kepala. Salin ulang bundle.")
        raise BundleRefused("not_a_bundle")
    if bytes(view[: len(MAGIC)]) != MAGIC:
        raise BundleRefused("not_a_bundle")
    if len(view) < len(HEADER):
        raise BundleRefused("truncated", "Berkas bundle terpotong di bagian kepala. Salin ulang bundle.")
    if view[len(MAGIC)] != CONTAINER_VERSION:
        raise BundleRefused("unsupported_version", f"Wadah bundle versi {view[len(MAGIC)]} belum dikenal aplikasi "
                                                   "ini. Perbarui aplikasi Jamsos lalu coba lagi.")
    pos = len(HEADER)
    bodies: list[memoryview] = []
    for tag in SECTION_TAGS:
        if len(view) - pos < 8:
            raise BundleRefused("truncated", f"Berkas bundle terpotong sebelum bagian {_NAMES[tag]}. "
                                             "Salin ulang atau ekspor ulang bundle.")
        got = bytes(view[pos : pos + 4])
        if got != tag:
            if got in SECTION_TAGS[: SECTION_TAGS.index(tag)]:
                raise BundleRefused("duplicate_member", f"Bagian {_NAMES[got]} muncul dua kali di bundle. "
                                                        "Berkas rusak atau diubah; minta bundle baru.")
            raise BundleRefused("unexpected_member", f"Bagian tak dikenal {got!r} di tempat bagian {_NAMES[tag]}. "
                                                     "Berkas rusak atau diubah; minta bundle baru.")
        (length,) = _LENGTH.unpack_from(view, pos + 4)
        if tag == b"MSIG" and length != SIGNATURE_BYTES:
            raise BundleRefused("bad_signature", f"Tanda tangan bundle berukuran {length} byte, seharusnya "
                                                 f"{SIGNATURE_BYTES}. Berkas rusak atau diubah.")
        if length > _LIMITS[tag]:
            raise BundleRefused("too_large", f"Bagian {_NAMES[tag]} bundle menyatakan {length:,} byte, melebihi "
                                             f"batas {_LIMITS[tag] / MIB:.2f} MiB. Berkas rusak atau bukan dari "
                                             "aplikasi Jamsos.")
        pos += 8
        if len(view) - pos < length:
            raise BundleRefused("truncated", f"Berkas bundle terpotong: bagian {_NAMES[tag]} kurang "
                                             f"{length - (len(view) - pos):,} byte. Salin ulang atau ekspor ulang.")
        bodies.append(view[pos : pos + length])
        pos += length
    if pos != len(view):
        raise BundleRefused("trailing_data", f"Berkas bundle memuat {len(view) - pos:,} byte tambahan setelah "
                                             "bagian terakhir. Berkas rusak atau diubah; minta bundle baru.")
    return Sections(manifest=bodies[0], signature=bytes(bodies[1]), payload=bodies[2])
