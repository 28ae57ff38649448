"""Import BPJS's return file: the KPJ numbers of accepted registrations, with BPJS's membership start date when
the file has one, and the registrations BPJS rejected, with its reason (the file is read by kpj_file.py; which
column is which is kpj_columns.py's business: known headers, the city's vocabulary, or a mapping file).

Each row is matched by NIK to the one LIVE registration in the register.
- An accepted row stores the KPJ and adds the first cover (coverage.py: ledger months and coverage periods),
  from the month of BPJS's start date when given (else from the month after the import), and flags the
  registration so the next receipt tells its office. The KPJ belongs to the person (the NIK), not to a
  registration: a KPJ the hub holds for an earlier registration of the same NIK (the person moved kelurahan)
  moves to the live one (`carried`), never a conflict.
- A rejected row marks the registration rejected with BPJS's reason: it is not listed for BPJS again until its
  office sends a corrected version, and the office is told on its next receipt (`bpjs_rejected` notice).
Rows that cannot be used are listed with their row number and the reason: NIK, KPJ or date not valid, NIK not
in the register, a participant that already has another KPJ, or a KPJ already given to someone else. Nothing is
overwritten; importing the same file twice changes nothing the second time.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection

from jamsos_desktop.hub import bulk, months, persons, programme_notices
from jamsos_desktop.hub import schema as t
from jamsos_desktop.hub.coverage import first_cover
from jamsos_desktop.hub.kpj_columns import Vocabulary, vocabulary
from jamsos_desktop.hub.kpj_file import KpjRow, ReturnRow, read_return

__all__ = ["KpjReport", "KpjRow", "import_kpj"]
CHUNK = 500


@dataclass
class KpjReport:
    source: str
    assigned: int = 0
    carried: int = 0  # a KPJ of the same NIK's earlier registration, moved to its new home
    already: int = 0
    rejected: list[KpjRow] = field(default_factory=list)  # BPJS's rejections, told to the offices
    unmatched: list[KpjRow] = field(default_factory=list)
    invalid: list[KpjRow] = field(default_factory=list)
    conflicts: list[KpjRow] = field(default_factory=list)
    rejections: list[dict[str, str]] = field(default_factory=list, repr=False)  # for the office notices

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        del out["rejections"]
        return out


def _live(conn: Connection, niks: list[str]) -> dict[str, Any]:
    p = t.participant.c
    return {r.nik: r for r in bulk.rows_in(
        conn, sa.select(p.participant_id, p.nik, p.device_id, p.bpjs_rejected_at, p.bpjs_rejected_reason)
        .where(p.deleted_at.is_(None)), p.nik, niks)}


def _reject(conn: Connection, rows: list[ReturnRow], live: dict[str, Any], known: dict[str, str],
            report: KpjReport, now: dt.datetime) -> None:
    for r in rows:
        person = live.get(r.nik)
        if person is None:
            report.unmatched.append(KpjRow(r.row, r.nik, r.kpj, "NIK tidak ada di daftar peserta aktif hub."))
        elif person.participant_id in known:
            report.conflicts.append(KpjRow(r.row, r.nik, r.kpj, f"Peserta ini sudah punya KPJ "
                                                                f"{known[person.participant_id]}; penolakan BPJS "
                                                                "tidak dicatat."))
        elif person.bpjs_rejected_at is not None and person.bpjs_rejected_reason == r.rejected:
            report.already += 1
        else:
            assert r.rejected is not None
            conn.execute(sa.update(t.participant).where(t.participant.c.participant_id == person.participant_id)
                         .values(bpjs_rejected_at=now, bpjs_rejected_reason=r.rejected[:500]))
            report.rejected.append(KpjRow(r.row, r.nik, r.kpj, r.rejected))
            report.rejections.append({"device_id": person.device_id, "participant_id": person.participant_id,
                                      "reason": r.rejected})


def import_kpj(conn: Connection, path: Path, *, now: dt.datetime, mapping: dict[str, str | None] | None = None,
               words: Vocabulary | None = None) -> KpjReport:
    """Match each row by NIK; `mapping` ({header: field}) names columns the file heads differently and `words`
    is the city's vocabulary (kpj_columns.py; default: the shipped one)."""
    report = KpjReport(source=path.name)
    rows = read_return(path, today=now.date(), words=words or vocabulary(), mapping=mapping, invalid=report.invalid)
    k = t.kpj.c
    live = _live(conn, sorted({r.nik for r in rows}))
    held = conn.execute(sa.select(k.participant_id, k.nik, k.kpj_number)).all()
    known = {r.participant_id: r.kpj_number for r in held}
    owner_of = {r.kpj_number: (r.participant_id, r.nik) for r in held}
    new_kpj: list[dict[str, Any]] = []
    carried: list[str] = []
    for r in rows:
        person = live.get(r.nik)
        if r.rejected is not None:
            continue
        if person is None:
            report.unmatched.append(KpjRow(r.row, r.nik, r.kpj, "NIK tidak ada di daftar peserta aktif hub."))
        elif known.get(person.participant_id) == r.kpj:
            report.already += 1
        elif person.participant_id in known:
            report.conflicts.append(KpjRow(r.row, r.nik, r.kpj, f"Peserta ini sudah punya KPJ "
                                                                f"{known[person.participant_id]}; tidak ditimpa."))
        elif r.kpj in owner_of and owner_of[r.kpj][1] == r.nik:  # the same person's earlier registration (a move)
            if persons.carry_kpj(conn, r.nik, person.participant_id):
                carried.append(person.participant_id)
            del known[owner_of[r.kpj][0]]
            known[person.participant_id], owner_of[r.kpj] = r.kpj, (person.participant_id, r.nik)
        elif r.kpj in owner_of:
            report.conflicts.append(KpjRow(r.row, r.nik, r.kpj, "Nomor KPJ ini sudah dipakai peserta lain."))
        else:
            known[person.participant_id], owner_of[r.kpj] = r.kpj, (person.participant_id, r.nik)
            new_kpj.append({"participant_id": person.participant_id, "nik": r.nik, "kpj_number": r.kpj,
                            "imported_at": now, "source": path.name[:200], "member_since": r.start})
    _reject(conn, [r for r in rows if r.rejected is not None], live, known, report, now)
    programme_notices.rejected(conn, report.rejections, now)
    if new_kpj:
        bulk.insert_many(conn, t.kpj, new_kpj)
        by_start: dict[str | None, list[str]] = {}
        for row in new_kpj:
            start = months.of_day(row["member_since"]) if row["member_since"] else None
            by_start.setdefault(start, []).append(row["participant_id"])
        for start, ids in by_start.items():
            first_cover(conn, ids, imported=now.date(), now=now, start=start)
        p = t.participant.c
        ids = [r["participant_id"] for r in new_kpj]
        for i in range(0, len(ids), CHUNK):
            conn.execute(sa.update(t.participant).where(p.participant_id.in_(ids[i:i + CHUNK]),
                                                        p.bpjs_rejected_at.is_not(None))
                         .values(bpjs_rejected_at=None, bpjs_rejected_reason=None))
    persons.tell(conn, [r["participant_id"] for r in new_kpj] + carried)
    report.assigned, report.carried = len(new_kpj), len(carried)
    return report
