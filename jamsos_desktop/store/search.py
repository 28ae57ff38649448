"""How the list's free text finds participants, fast at a million rows.

- A whole NIK (16 digits) or a whole mobile number (08.., 628.., +628..) is looked up through the participant
  table's own indexes (`ix_participant_nik`, `ix_participant_phone`), not through the full-text index.
- Anything else goes to `participant_fts` (migration 0006): FTS5 with the `unicode61` tokenizer, prefix indexes of
  1, 2 and 3 characters, positions per column only (`detail=column`) and no copy of the text (contentless). Each
  typed word matches the beginning of a word of the name or the address, or any part of the NIK or the phone
  number (their suffixes are indexed as words), so "amin" finds "SITI AMINAH" and "05800003" the NIK ending so.
- A query that matches few rows (at most `CAP` in the index) is answered exactly, sorted by name. A broad one
  ("s", "jl", a common name) is read straight off the index, newest registration first, one page at a time; its
  count stops at `CAP` + 1 (the list says "lebih dari 1.000"), so no keystroke counts the whole table.
- The text alone (the usual keystroke) is counted off the index without reading the participant rows: the few
  removed rows are left out through their own partial index (`ix_participant_deleted`, migration 0007), so a
  count of 1,000 hits reads no table page (`hits`). Any other condition (status, RT, ...) joins the rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from jamsos_desktop.domain.numbers import normalize_phone

CAP = 1000
"""Above this many index hits a search is broad: paged newest first, counted up to CAP + 1."""

NIK_LENGTH = 16
_TOKEN = re.compile(r"[^\W_]+")  # what unicode61 keeps as a word: letters and digits, underscore separates


@dataclass(frozen=True)
class TextQuery:
    """A condition on `participant p`, and the FTS5 expression when the full-text index answers it."""

    clause: str
    params: dict[str, Any] = field(default_factory=dict)
    fts: str | None = None


def _local(word: str) -> str:
    """A typed number as the index holds phones: 0812..., not +62812... or 62812..."""
    if word.startswith("+62"):
        return "0" + word[3:]
    if word.startswith("62") and len(word) > 9 and word[2:3] == "8":
        return "0" + word[2:]
    return word


def parse(typed: str) -> TextQuery | None:
    """The condition for what the clerk typed; None when nothing was typed."""
    typed = typed.strip()
    if not typed:
        return None
    if typed.isascii() and typed.isdigit() and len(typed) == NIK_LENGTH:
        return TextQuery("p.nik = :nik_exact", {"nik_exact": typed})
    phone = normalize_phone(typed) if typed[:1] in "0+6" and len(typed) >= 10 else None
    if phone:  # a whole number, or its first 10+ digits: an index range, as the number may be longer
        return TextQuery("p.phone >= :phone_lo AND p.phone < :phone_hi",
                         {"phone_lo": phone, "phone_hi": phone[:-1] + chr(ord(phone[-1]) + 1)})
    tokens = [t for word in typed.split() for t in _TOKEN.findall(_local(word))]
    if not tokens:
        return TextQuery("0")  # only punctuation: nothing can match it
    fts = " AND ".join('"' + t.replace('"', '""') + '"*' for t in tokens)
    return TextQuery("p.row_id IN (SELECT rowid FROM participant_fts WHERE participant_fts MATCH :fts)",
                     {"fts": fts}, fts)


def is_broad(conn: Any, query: TextQuery | None) -> bool:
    """More than CAP hits in the full-text index (counted up to CAP + 1, never further)."""
    if query is None or query.fts is None:
        return False
    sql = "SELECT count(*) FROM (SELECT rowid FROM participant_fts WHERE participant_fts MATCH :fts LIMIT :cap)"
    return int(conn.execute(sql, {"fts": query.fts, "cap": CAP + 1}).fetchone()[0]) > CAP


LIVE = "p.deleted_at IS NULL"
"""The condition store/listing.py adds unless removed rows are asked for."""


def hits(select: str, query: TextQuery, *, live: bool) -> str:
    """SQL reading the hits off the index alone, leaving out removed rows (`live`) by a look-up of each hit in
    `ix_participant_deleted` rather than in its row; the caller adds LIMIT. The index is named: the planner
    would otherwise read each hit's row by its primary key (a table page per hit, the cost this avoids), and a
    NOT IN list of the removed rows would be built anew per keystroke (50,000 removed rows: ~8 ms)."""
    where = "participant_fts MATCH :fts"
    if live:
        where += (" AND NOT EXISTS (SELECT 1 FROM participant d INDEXED BY ix_participant_deleted"
                  " WHERE d.row_id = participant_fts.rowid AND d.deleted_at IS NOT NULL)")
    return f"SELECT {select} FROM participant_fts WHERE {where}"


def from_index(select: str, query: TextQuery, others: list[str], *, ordered: bool = True) -> str:
    """SQL reading the hits straight off the index (newest first when `ordered`), joined to their rows (`others`
    filter them); `select` is what to select; the caller adds LIMIT/OFFSET."""
    where = " AND ".join(["participant_fts MATCH :fts", *others])
    order = " ORDER BY participant_fts.rowid DESC" if ordered else ""
    return (f"SELECT {select} FROM participant_fts CROSS JOIN participant p ON p.row_id = participant_fts.rowid "
            f"WHERE {where}{order}")
