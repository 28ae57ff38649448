"""The office's audit chain head in a changes bundle (manifest field `audit`), so the hub can anchor it.

`{"last_id": N, "head": "<sha256 hex of event N>", "marks": [[id, "<hash>"], ...]}`: the office's audit chain
as it stands when the bundle is written (store/audit.py: each event's hash covers the one before it), and the
hash its chain holds *now* at each position it anchored in its earlier bundles (newest first, at most
MAX_MARKS). The hub (hub/anchors.py) keeps every anchor it receives; a later bundle must show the same hash at
the hub's latest anchor, else the office's history was rewritten or replaced (restored from an old backup)
since. The field holds only ids and hashes, no personal data. It is written only to a hub that announced
`anchor` >= 2 (sync/formats.py); a v0.1.0 hub never gets it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from jamsos_desktop.sync.canonical import is_int, is_sha256_hex

FIELD = "audit"
MAX_MARKS = 32
MAX_ID = 2**53 - 1


@dataclass(frozen=True)
class AuditAnchor:
    last_id: int
    head: str
    marks: tuple[tuple[int, str], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"last_id": self.last_id, "head": self.head, "marks": [[i, h] for i, h in self.marks]}

    def hash_at(self, event_id: int) -> str | None:
        """The hash the office's chain holds at `event_id`, when this anchor shows it."""
        if event_id == self.last_id:
            return self.head
        return next((h for i, h in self.marks if i == event_id), None)


def parse_anchor(value: Any) -> AuditAnchor:
    """The manifest's `audit` field, or ValueError saying what is wrong (in Indonesian)."""
    if not isinstance(value, dict) or set(value) != {"last_id", "head", "marks"}:
        raise ValueError("isian audit harus berisi tepat last_id, head dan marks")
    if not is_int(value["last_id"], 0, MAX_ID) or not is_sha256_hex(value["head"]):
        raise ValueError("audit.last_id atau audit.head tidak sah")
    marks = value["marks"]
    if not isinstance(marks, list) or len(marks) > MAX_MARKS:
        raise ValueError(f"audit.marks harus daftar paling banyak {MAX_MARKS} pasangan")
    parsed: list[tuple[int, str]] = []
    for mark in marks:
        if not (isinstance(mark, list) and len(mark) == 2 and is_int(mark[0], 1, value["last_id"])
                and is_sha256_hex(mark[1])):
            raise ValueError("audit.marks berisi pasangan [nomor, sidik] yang tidak sah")
        parsed.append((int(mark[0]), str(mark[1])))
    if len({i for i, _ in parsed}) != len(parsed):
        raise ValueError("audit.marks menyebut nomor peristiwa yang sama dua kali")
    return AuditAnchor(int(value["last_id"]), str(value["head"]), tuple(parsed))
