"""The change line: one outbox entry as it travels in a `changes` bundle.

    {"seq": 17, "op": "upsert", "participant_id": "...", "revision": 3, "snapshot": {participant record},
     "at": "2026-11-21T08:15:00Z", "by": "operator name", "reason": null}

`seq` is the device's outbox sequence number (strictly increasing in a bundle, from `seq_from` to `seq_to`;
gaps are allowed where earlier receipts already covered entries). `snapshot` is the participant record of
DESIGN.md ("Participant record") after the change; for `delete` it is the last record or null, and `reason` is
the delete reason code. Two notice ops (changes level 2, written only to a hub that announced it reads them):
`purge` (the office erased the record's personal data after its retention period; snapshot `{"id": ...}`) and
`revoke` (the office revoked cards of the participant; snapshot `{"serials": [...], "replaced_by": serial or
null, "revoked_at": ISO-8601 UTC}`). Their `revision` is the participant's revision at the office. Unknown keys (a later format, see sync/formats.py) are ignored, never refused; a
writer adds one only for a hub that announced it reads it. This layer checks the envelope only: the snapshot's content is judged by the hub, one
record at a time, so one bad record never blocks the rest.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, NotRequired, TypedDict

from jamsos_desktop.sync.canonical import is_int

RECORD_OPS = ("upsert", "delete")
NOTICE_OPS = ("purge", "revoke")  # changes level 2 (sync/formats.py): only to a hub that announced it
OPS = RECORD_OPS + NOTICE_OPS
REQUIRED_FIELDS = frozenset({"seq", "op", "participant_id", "revision", "snapshot", "at", "by"})
OPTIONAL_FIELDS = frozenset({"reason"})
_PARTICIPANT_ID = re.compile(r"^[0-9A-Za-z][0-9A-Za-z\-]{0,63}$")


class ChangeRecord(TypedDict):
    seq: int
    op: str
    participant_id: str
    revision: int
    snapshot: dict[str, Any] | None
    at: str
    by: str
    reason: NotRequired[str | None]


def change_problem(line: Mapping[str, Any]) -> str | None:
    """What is wrong with one change line's envelope (Bahasa Indonesia), or None when it is well formed."""
    keys = set(line)
    if not keys >= REQUIRED_FIELDS:
        return f"isian hilang: {', '.join(sorted(REQUIRED_FIELDS - keys))}"
    if not is_int(line["seq"], 1):
        return "seq harus bilangan bulat >= 1"
    if line["op"] not in OPS:
        return f"op harus salah satu dari {', '.join(OPS)}"
    if not isinstance(line["participant_id"], str) or not _PARTICIPANT_ID.match(line["participant_id"]):
        return "participant_id tidak sah"
    if not is_int(line["revision"], 1):
        return "revision harus bilangan bulat >= 1"
    snapshot = line["snapshot"]
    if not (isinstance(snapshot, dict) or (snapshot is None and line["op"] != "upsert")):
        return "snapshot harus objek (boleh null hanya untuk delete, purge dan revoke)"
    for field in ("at", "by"):
        if not isinstance(line[field], str) or not 0 < len(line[field]) <= 64:
            return f"{field} harus teks 1..64 karakter"
    if not isinstance(line.get("reason"), str | None):
        return "reason harus teks atau null"
    return None


def sequence_problem(seqs: list[int], seq_from: int, seq_to: int) -> str | None:
    """Seqs must rise strictly and start at seq_from and end at seq_to (what the manifest promised)."""
    if not seqs:
        return "bundle perubahan tanpa catatan"
    if seqs[0] != seq_from or seqs[-1] != seq_to:
        return f"catatan mulai di seq {seqs[0]} dan berakhir di {seqs[-1]}, manifest menyatakan {seq_from}..{seq_to}"
    for before, after in zip(seqs, seqs[1:], strict=False):
        if after <= before:
            return f"seq {after} muncul setelah seq {before}"
    return None
