"""Every size limit of the sync formats in one place, so readers check declared sizes before they allocate.

A bundle is at most a city's worth of changes (24,300 participants today); the limits leave room for ten times
that while keeping a hostile or damaged file from exhausting memory on an office PC or the hub.
"""

from __future__ import annotations

KIB = 1024
MIB = 1024 * KIB

MAX_MANIFEST_BYTES = 64 * KIB
"""Canonical manifest JSON."""

SIGNATURE_BYTES = 64
"""An Ed25519 signature, exactly."""

MAX_PAYLOAD_BYTES = 64 * MIB
"""The stored (compressed, encrypted) payload."""

MAX_PLAIN_BYTES = 256 * MIB
"""The payload after decryption and decompression: the JSON lines."""

MAX_LINE_BYTES = 1 * MIB
"""One JSON line (one change, or one receipt entry)."""

MAX_RECORDS = 200_000
"""Lines in one payload."""

MAX_RECIPIENTS = 8
"""Keys the data key is wrapped for."""

CONTAINER_OVERHEAD = 12 + 3 * 8
"""Header (magic + version) plus three section headers (tag + length)."""

MAX_BUNDLE_BYTES = CONTAINER_OVERHEAD + MAX_MANIFEST_BYTES + SIGNATURE_BYTES + MAX_PAYLOAD_BYTES
"""A whole .jamsos file; a reader refuses a larger file before reading it."""

MAX_KEY_FILE_BYTES = 16 * KIB
"""An enrolment file or hub identity file."""
