"""What happened to one change: the re-validation of its record, the note for the operator, the counts.

`judge` re-checks a change's participant record with domain.record.check_record (through one RecordChecker for
the merge's changes) as of the hub's day of receipt (the office's `at` is information, never the judge:
hub/ownership.py); a blocking problem rejects that change alone, and the reasons (at most 500 characters, the
receipt's limit) go back to the office.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any, cast

from jamsos_desktop.domain import nik as nik_rules
from jamsos_desktop.domain.problems import blocking
from jamsos_desktop.domain.record import FIELD_LABELS, RecordChecker


@dataclass(frozen=True)
class ChangeNote:
    """One change the operator should hear about (rejected, duplicate, conflict)."""

    seq: int
    participant_id: str
    nik: str
    name: str
    text: str


@dataclass
class MergeResult:
    accepted: int = 0
    deleted: int = 0
    older: int = 0
    already: int = 0
    rejected: list[ChangeNote] = field(default_factory=list)
    duplicates: list[ChangeNote] = field(default_factory=list)
    conflicts: list[ChangeNote] = field(default_factory=list)
    forbidden: list[ChangeNote] = field(default_factory=list)  # refused by ownership or the hub's clock
    purged: list[tuple[str, int]] = field(default_factory=list)  # (participant id, revision) erased (purge)
    revoked: int = 0  # card revocation notices taken

    def counts(self) -> dict[str, int]:
        return {"accepted": self.accepted, "deleted": self.deleted, "older": self.older, "already": self.already,
                "rejected": len(self.rejected), "duplicates": len(self.duplicates), "conflicts": len(self.conflicts),
                "forbidden": len(self.forbidden), "purged": len(self.purged), "revoked": self.revoked}


Judged = tuple[dict[str, Any] | None, str | None]  # (the normalised record, None) or (None, the reasons)
# What the merge reads of a normalised record (hub/merge.py); the rest reaches the register as record_json's text.
# hub/prepare.py sends only these back from its worker: a third less to pickle and unpickle.
MERGED_FIELDS = ("nik", "kelurahan_code", "full_name", "category", "kpj_number")
# What the merge reads of the snapshot of a change whose record was accepted by `judge`: the kelurahan it claims
# (hub/ownership.py) and the NIK and name of `note`. hub/prepare.py sends only these of such a snapshot.
SNAPSHOT_FIELDS = ("nik", "full_name", "kelurahan_code")


def judge(line: dict[str, Any], checker: RecordChecker) -> Judged:
    """(the normalised record, None) or (None, the reasons it is refused). Deletes need no valid record.
    `checker`: one RecordChecker as of the hub's day of receipt, for all the changes of a merge."""
    snapshot = line["snapshot"]
    if line["op"] == "delete":
        return None, None
    if snapshot.get("id") != line["participant_id"]:
        return None, f"ID peserta di data ({snapshot.get('id')!r}) tidak sama dengan ID perubahan; ekspor ulang."
    record, problems = checker.check(snapshot)
    blocks = blocking(problems)
    if blocks:
        text = "; ".join(f"{FIELD_LABELS.get(p.field, p.field)}: {p.message}" for p in blocks)
        return None, text if len(text) <= 500 else text[:499] + "…"
    return cast(dict[str, Any], record), None  # a new dict of its own


def note(line: dict[str, Any], text: str) -> ChangeNote:
    snap = line["snapshot"] if isinstance(line["snapshot"], dict) else {}
    return ChangeNote(line["seq"], line["participant_id"], nik_rules.clean(str(snap.get("nik") or "")),
                      str(snap.get("full_name") or ""), text)


def _iso(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON")


# Made once, not per record; a record from check_record is a tree (no cycle to look for).
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=_iso, check_circular=False)


def record_json(record: dict[str, Any]) -> str:
    """The normalised record as stored in the register (field order as check_record builds it)."""
    return _ENCODER.encode(record)
