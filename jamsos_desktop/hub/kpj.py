"""Import the KPJ numbers BPJS returns (an .xlsx or .csv with a NIK column and a KPJ column; which columns
those are is kpj_columns.py's business: known headers, or the operator's mapping file).

Each row is matched by NIK to the one LIVE registration in the register. A matched row stores the KPJ, adds the
first cover (coverage.py: ledger months and coverage periods) and flags the registration so the next receipt
tells its office. The KPJ belongs to the person (the NIK), not to a registration: a KPJ the hub holds for an
earlier registration of the same NIK (the person moved kelurahan) moves to the live one (`carried`), never a
conflict. Rows that cannot be used are listed with their row number and the reason: NIK or KPJ not valid, NIK
not in the register, a participant that already has another KPJ, or a KPJ already given to someone else.
Nothing is overwritten; importing the same file twice changes nothing the second time.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection

from jamsos_desktop.domain.numbers import is_digits, is_kpj
from jamsos_desktop.hub import persons
from jamsos_desktop.hub import schema as t
from jamsos_desktop.hub.coverage import first_cover
from jamsos_desktop.hub.errors import HubRefused
from jamsos_desktop.hub.kpj_columns import HOW_TO_NAME_COLUMNS, find_columns, guesser
from jamsos_desktop.io.table import HEADER_SCAN_ROWS, HeaderNotFound, SheetError, is_blank, read_table
from jamsos_desktop.io.values import CellProblem, identity_text, small_number_text


@dataclass(frozen=True)
class KpjRow:
    row: int
    nik: str
    kpj: str
    message: str


@dataclass
class KpjReport:
    source: str
    assigned: int = 0
    carried: int = 0  # a KPJ of the same NIK's earlier registration, moved to its new home
    already: int = 0
    unmatched: list[KpjRow] = field(default_factory=list)
    invalid: list[KpjRow] = field(default_factory=list)
    conflicts: list[KpjRow] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _read(path: Path, report: KpjReport, mapping: dict[str, str | None] | None) -> list[tuple[int, str, str]]:
    try:
        table = read_table(path, guess=guesser(mapping))
    except HeaderNotFound as exc:
        if mapping:
            named = ", ".join(f"'{h}'" for h, f in mapping.items() if f)
            raise HubRefused(f"{path.name}: baris judul dengan kolom {named} dari berkas pemetaan tidak ditemukan di "
                             f"{HEADER_SCAN_ROWS} baris pertama. Samakan judul di berkas pemetaan dengan judul di "
                             "berkas KPJ.") from exc
        raise HubRefused(f"{path.name}: baris judul dengan kolom NIK dan kolom KPJ tidak ditemukan di "
                         f"{HEADER_SCAN_ROWS} baris pertama. {HOW_TO_NAME_COLUMNS}") from exc
    except SheetError as exc:
        raise HubRefused(str(exc)) from exc
    nik_col, kpj_col = find_columns(table.headers, mapping)
    rows: list[tuple[int, str, str]] = []
    for row in table.rows:
        cells = list(row.cells) + [None] * (max(nik_col, kpj_col) + 1 - len(row.cells))
        if all(is_blank(c) for c in cells):
            continue
        kpj = small_number_text(cells[kpj_col])
        try:
            nik = identity_text(cells[nik_col], "NIK")
        except CellProblem as exc:
            report.invalid.append(KpjRow(row.number, str(cells[nik_col] or ""), kpj, str(exc)))
            continue
        if not is_digits(nik, 16):
            report.invalid.append(KpjRow(row.number, nik, kpj, "NIK harus 16 digit angka."))
        elif not is_kpj(kpj):
            hint = " (angka nol di depan mungkin hilang: format kolom KPJ sebagai Teks)" if kpj.isdigit() else ""
            report.invalid.append(KpjRow(row.number, nik, kpj, f"Nomor KPJ harus 11 digit angka{hint}."))
        else:
            rows.append((row.number, nik, kpj))
    return rows


def import_kpj(conn: Connection, path: Path, *, now: dt.datetime,
               mapping: dict[str, str | None] | None = None) -> KpjReport:
    """Match each row by NIK; `mapping` ({header: "nik" | "kpj_number" | None}) names columns the file heads
    differently (kpj_columns.py)."""
    report = KpjReport(source=path.name)
    rows = _read(path, report, mapping)
    p, k = t.participant.c, t.kpj.c
    niks = sorted({nik for _, nik, _ in rows})
    live: dict[str, Any] = {}
    for i in range(0, len(niks), 500):
        for r in conn.execute(sa.select(p.participant_id, p.nik)
                              .where(p.nik.in_(niks[i:i + 500]), p.deleted_at.is_(None))):
            live[r.nik] = r
    held = conn.execute(sa.select(k.participant_id, k.nik, k.kpj_number)).all()
    known = {r.participant_id: r.kpj_number for r in held}
    owner_of = {r.kpj_number: (r.participant_id, r.nik) for r in held}
    new_kpj: list[dict[str, Any]] = []
    carried: list[str] = []
    for number, nik, kpj in rows:
        person = live.get(nik)
        if person is None:
            report.unmatched.append(KpjRow(number, nik, kpj, "NIK tidak ada di daftar peserta aktif hub."))
        elif known.get(person.participant_id) == kpj:
            report.already += 1
        elif person.participant_id in known:
            report.conflicts.append(KpjRow(number, nik, kpj, f"Peserta ini sudah punya KPJ "
                                                              f"{known[person.participant_id]}; tidak ditimpa."))
        elif kpj in owner_of and owner_of[kpj][1] == nik:  # the same person's earlier registration (a move)
            if persons.carry_kpj(conn, nik, person.participant_id):
                carried.append(person.participant_id)
            del known[owner_of[kpj][0]]
            known[person.participant_id], owner_of[kpj] = kpj, (person.participant_id, nik)
        elif kpj in owner_of:
            report.conflicts.append(KpjRow(number, nik, kpj, "Nomor KPJ ini sudah dipakai peserta lain."))
        else:
            known[person.participant_id], owner_of[kpj] = kpj, (person.participant_id, nik)
            new_kpj.append({"participant_id": person.participant_id, "nik": nik, "kpj_number": kpj,
                            "imported_at": now, "source": path.name[:200]})
    if new_kpj:
        conn.execute(sa.insert(t.kpj), new_kpj)
        first_cover(conn, [r["participant_id"] for r in new_kpj], imported=now.date(), now=now)
    persons.tell(conn, [r["participant_id"] for r in new_kpj] + carried)
    report.assigned, report.carried = len(new_kpj), len(carried)
    return report
