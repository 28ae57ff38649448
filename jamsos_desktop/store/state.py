"""The state each participant row and operator account should have, according to the audit trail.

Every event that changes a participant row (with its beneficiaries) or an operator account carries
`"state"`: SHA-256 over the row exactly as stored. `mismatches()` recomputes the state of every row and
compares it with the state its latest such event records, so a row edited, added or removed outside the app
(a NIK changed with sqlite3, a clerk raised to supervisor, a participant deleted) is named by `jamsos check`,
even though the audit chain itself is intact. Databases from before this existed get one `state_baseline`
event per row the first time they are opened (`ensure_baseline`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from jamsos_desktop.store import audit
from jamsos_desktop.store.bulk import Stored

CHUNK = 900  # SQLite's parameter limit, with room to spare
# The columns a state covers, fixed here: a later migration that adds a column does not change every state
# (it extends these lists together with a new baseline).
PARTICIPANT_COLUMNS = (
    "id", "nik", "kk_number", "full_name", "birth_place", "birth_date", "sex", "mother_name", "marital_status",
    "address", "domicile_address", "rt", "rw", "kelurahan_code", "phone", "email", "category", "position",
    "sk_number",
    "posyandu_name", "company", "kusuka_number", "farmer_group", "job", "work_location", "declared_income",
    "programs", "kpj_number", "status", "status_reason", "revision", "created_at", "created_by", "updated_at",
    "updated_by", "deleted_at", "deleted_reason",
)
BENEFICIARY_COLUMNS = ("participant_id", "position", "name", "relationship", "phone", "birth_date")
OPERATOR_COLUMNS = ("username", "display_name", "password_hash", "role", "active")
_NULL, _SEP = "\x00", "\x1f"


def _digest(rows: Sequence[Sequence[Any]]) -> str:
    """SHA-256 over the stored values (NULL and text kept apart; one row per line)."""
    body = "\x1e".join([_SEP.join([v if v.__class__ is str else _NULL if v is None else str(v) for v in row])
                        for row in rows])
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def _chunks(items: Sequence[str]) -> Iterator[Sequence[str]]:
    for i in range(0, len(items), CHUNK):
        yield items[i:i + CHUNK]


def participant_states(session: Session, ids: Sequence[str] | None = None) -> dict[str, str]:
    """{participant id: state} for `ids` (every participant when None), from the stored rows."""
    out: dict[str, str] = {}
    # The driver's own cursor, ? marks, whole chunks fetched at once: a bulk import stamps tens of thousands
    # of rows, and a text() clause with 900 named parameters and a Row per fetched row cost more than SQLite.
    cursor = session.connection().connection.cursor()
    try:
        if ids is None:
            ids = [r[0] for r in cursor.execute("SELECT id FROM participant").fetchall()]
        columns, ben_columns = ", ".join(PARTICIPANT_COLUMNS), ", ".join(BENEFICIARY_COLUMNS)
        for chunk in _chunks(list(ids)):
            params = tuple(chunk)
            marks = ", ".join("?" * len(chunk))
            rows = {r[0]: r for r in cursor.execute(f"SELECT {columns} FROM participant WHERE id IN ({marks})",
                                                    params).fetchall()}
            bens: dict[str, list[Any]] = {pid: [] for pid in rows}
            for b in cursor.execute(f"SELECT {ben_columns} FROM beneficiary WHERE participant_id IN ({marks}) "
                                    "ORDER BY position, id", params).fetchall():
                bens[b[0]].append(b)
            for pid, row in rows.items():
                out[pid] = _digest([row, *bens[pid]])
    finally:
        cursor.close()
    return out


def stored_states(participants: Stored, beneficiaries: Stored) -> dict[str, str]:
    """{participant id: state} of rows just inserted, from the values handed to SQLite (store/bulk.py): the same
    states participant_states() reads back, without reading. SQLite keeps each value as given: the columns are
    text, integers, and dates and times bound as text that is no number (a DATE column's NUMERIC affinity leaves
    "1980-05-12" alone); tests/store/test_state.py holds the two ways equal."""
    names, rows = participants
    ben_names, ben_rows = beneficiaries
    if not rows:
        return {}
    pick = itemgetter(*(names.index(c) for c in PARTICIPANT_COLUMNS))
    key = names.index("id")
    bens: dict[str, list[Sequence[Any]]] = {row[key]: [] for row in rows}
    if ben_rows:
        ben_pick = itemgetter(*(ben_names.index(c) for c in BENEFICIARY_COLUMNS))
        ben_key, position = ben_names.index("participant_id"), ben_names.index("position")
        for ben in sorted(ben_rows, key=itemgetter(position)):  # as read: ORDER BY position, id (a stable sort)
            bens[ben[ben_key]].append(ben_pick(ben))
    return {row[key]: _digest([pick(row), *bens[row[key]]]) for row in rows}


def operator_states(session: Session) -> dict[str, str]:
    return {r[0]: _digest([r]) for r in session.execute(text(f"SELECT {', '.join(OPERATOR_COLUMNS)} FROM operator"))}


def operator_state(session: Session, username: str) -> str:
    session.flush()
    return operator_states(session).get(username, "")


def participant_state(session: Session, participant_id: str) -> str:
    session.flush()
    return participant_states(session, [participant_id]).get(participant_id, "")


def stamp(session: Session, ids: Sequence[str], *, at: dt.datetime, operator: str, action: str,
          details: dict[str, dict[str, Any]] | None = None, states: dict[str, str] | None = None) -> None:
    """One event per participant in `ids` recording its current state (after a bulk change of rows); `states`
    when the caller has them (stored_states), else they are read from the rows."""
    if not ids:
        return
    session.flush()
    if states is None:
        states = participant_states(session, ids)
    head = audit.chain_head(session)
    rows = [head.next_row(at=at, operator=operator, action=action, entity="participant", entity_id=pid,
                          details={**(details or {}).get(pid, {}), "state": states.get(pid, "")}) for pid in ids]
    audit.append_rows(session.connection(), rows)


@dataclass(frozen=True)
class Mismatch:
    entity: str  # participant, operator
    entity_id: str
    label: str
    problem: str  # changed, missing, unrecorded

    def text(self) -> str:
        what = "peserta" if self.entity == "participant" else "akun operator"
        how = {"changed": "diubah di luar aplikasi (tidak sama dengan peristiwa audit terakhirnya)",
               "missing": "dihapus dari basis data tanpa peristiwa audit",
               "unrecorded": "ada di basis data tanpa peristiwa audit"}[self.problem]
        return f"{what} {self.label} {how}"


def recorded_states(session: Session) -> dict[tuple[str, str], str]:
    """{(entity, id): state of its latest state-bearing event}."""
    out: dict[tuple[str, str], str] = {}
    for entity, entity_id, details in session.execute(text(
            "SELECT entity, entity_id, details FROM audit_event WHERE entity IN ('participant', 'operator') "
            "AND details LIKE '%\"state\":%' ORDER BY id")):
        try:
            out[(entity, entity_id)] = str(json.loads(details)["state"])
        except (ValueError, KeyError, TypeError):
            continue
    return out


def mismatches(session: Session) -> list[Mismatch]:
    recorded = recorded_states(session)
    names = dict(session.execute(text("SELECT id, full_name || ' (NIK ' || nik || ')' FROM participant")).all())
    found = [("participant", pid, st) for pid, st in participant_states(session).items()]
    found += [("operator", name, st) for name, st in operator_states(session).items()]
    out: list[Mismatch] = []
    for entity, key, current in found:
        label = names.get(key, key) if entity == "participant" else key
        expected = recorded.pop((entity, key), None)
        if expected is None:
            out.append(Mismatch(entity, key, label, "unrecorded"))
        elif expected != current:
            out.append(Mismatch(entity, key, label, "changed"))
    out += [Mismatch(entity, key, key, "missing") for (entity, key) in recorded]
    return out


def ensure_baseline(session: Session, *, at: dt.datetime) -> int:
    """First open of a database from before states were recorded: one `state_baseline` event per participant
    and operator. Does nothing once any event records a state. Returns how many events were written."""
    if session.execute(text("SELECT 1 FROM audit_event WHERE details LIKE '%\"state\":%' LIMIT 1")).first():
        return 0
    ids = [r[0] for r in session.execute(text("SELECT id FROM participant ORDER BY row_id"))]
    stamp(session, ids, at=at, operator="system", action="state_baseline")
    users = operator_states(session)
    head = audit.chain_head(session)
    audit.append_rows(session.connection(), [
        head.next_row(at=at, operator="system", action="state_baseline", entity="operator", entity_id=name,
                      details={"state": st}) for name, st in users.items()])
    return len(ids) + len(users)
