"""Format announcements: what each side reads, so a writer never sends what its peer cannot read.

An announcement ("reads") maps a format name to the highest level of it the sender reads, e.g.
`{"http": 2, "keyfile": 2, "manifest": 2, "receipt": 2}`. Level 1 of every format is what v0.1.0 writes and
reads; a name missing from an announcement means level 1. A writer uses, per format, the lower of its own level
and the peer's, so a peer that has announced nothing gets exactly the v0.1.0 format.

- The hub announces in its identity file and in the manifest of every receipt; an office announces in the
  manifest of every changes bundle and in a header of every HTTP request. Each side stores the peer's latest.
- v0.1.0 announces nothing and refuses unknown fields, so an announcement is only ever written to a peer that
  reads manifest level 2. A peer that sent no announcement but whose `app_version` is 0.2.0 or later (the first
  version with announcements) reads at least `BRIDGE`, which is enough to receive an announcement and answer
  with its own. Every later version announces explicitly.
- To add a format level (a new manifest field, record schema, receipt line...): raise its number in `READS`,
  write the new form only when `level(peer, name)` reaches it, and say what the level means in
  docs/bundle-format.md ("Announcements").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

READS: dict[str, int] = {
    "manifest": 2,  # 2: unknown top-level manifest fields kept; `reads` and `ack` understood
    "receipt": 3,  # 2: unknown keys and line types in receipt payloads ignored; 3: `notice` lines understood
    "keyfile": 2,  # 2: unknown fields in enrolment/hub identity files kept; `reads` in the hub identity
    "http": 2,  # 2: signed requests, POST /api/v1/receipts (acknowledge and fetch), GET never changes state
    "anchor": 2,  # 2: the office's audit chain head (manifest field `audit`, sync/anchor.py) is checked
    "changes": 2,  # 2: change lines with op `purge` (retention purge) and `revoke` (cards revoked) understood
}
"""What this version reads. Other features add their own names here."""

BRIDGE: dict[str, int] = {"manifest": 2}
"""What any peer of app version 0.2.0 or later reads even when it has not announced (yet)."""

FIRST_ANNOUNCING = (0, 2, 0)
MAX_NAMES = 64
MAX_LEVEL = 999_999
_NAME = re.compile(r"^[a-z][a-z0-9_]{0,31}$")
_VERSION = re.compile(r"^(\d+)\.(\d+)(?:\.(\d+))?")

Reads = dict[str, int]


def check_reads(value: Any) -> Reads:
    """A parsed announcement, or ValueError saying what is wrong (unknown names are fine and kept)."""
    if not isinstance(value, dict) or len(value) > MAX_NAMES:
        raise ValueError(f"reads harus objek dengan paling banyak {MAX_NAMES} nama format")
    for name, level in value.items():
        if not isinstance(name, str) or not _NAME.match(name):
            raise ValueError(f"nama format {name!r} di reads tidak sah")
        if type(level) is not int or not 1 <= level <= MAX_LEVEL:
            raise ValueError(f"tingkat format {name} di reads harus bilangan bulat 1..{MAX_LEVEL}")
    return dict(value)


def version_tuple(app_version: str) -> tuple[int, int, int] | None:
    found = _VERSION.match(app_version or "")
    if found is None:
        return None
    return int(found.group(1)), int(found.group(2)), int(found.group(3) or 0)


def announced(reads: Mapping[str, int] | None, app_version: str | None) -> Reads:
    """What a peer reads, from its latest message: its announcement, else what its app version implies."""
    if reads is not None:
        return dict(reads)
    version = version_tuple(app_version or "")
    return dict(BRIDGE) if version is not None and version >= FIRST_ANNOUNCING else {}


def level(peer: Mapping[str, int] | None, name: str) -> int:
    """The level of `name` to write for this peer: the lower of theirs and ours (1 when either is silent)."""
    theirs = (peer or {}).get(name, 1)
    return max(1, min(theirs, READS.get(name, 1)))


def header_value(reads: Mapping[str, int]) -> str:
    """The announcement as an HTTP header value: `http=2;keyfile=2;...` sorted by name."""
    return ";".join(f"{name}={reads[name]}" for name in sorted(reads))


def parse_header(value: str) -> Reads:
    """The inverse of header_value; ValueError when malformed."""
    if not value:
        return {}
    found: dict[str, int] = {}
    for part in value.split(";"):
        name, sep, number = part.partition("=")
        if not sep or not number.isdigit() or name in found:
            raise ValueError("header X-Jamsos-Reads tidak sah")
        found[name] = int(number)
    return check_reads(found)
