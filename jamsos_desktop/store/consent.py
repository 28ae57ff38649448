"""Signed consent forms in SQL: record, cancel, the latest per participant, and who still lacks one."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import text
from sqlmodel import Session, col, select

from jamsos_desktop.store.listing import Criteria, conditions
from jamsos_desktop.store.models import ConsentForm, Operator

_ACTIVE = "SELECT 1 FROM consent_form c WHERE c.participant_id = p.id AND c.cancelled_at IS NULL"
MISSING_COLUMNS = ("id", "nik", "full_name", "rt", "rw", "category", "status", "phone", "kpj_number", "created_at")


def active(session: Session, participant_id: str) -> ConsentForm | None:
    """The signed form on record (the newest one not cancelled), or None."""
    return session.exec(select(ConsentForm).where(ConsentForm.participant_id == participant_id,
                                                  col(ConsentForm.cancelled_at).is_(None))
                        .order_by(col(ConsentForm.id).desc()).limit(1)).first()


def history(session: Session, participant_id: str) -> list[ConsentForm]:
    return list(session.exec(select(ConsentForm).where(ConsentForm.participant_id == participant_id)
                             .order_by(col(ConsentForm.id))).all())


def add(session: Session, *, participant_id: str, revision: int, received_on: dt.date, received_by: str,
        at: dt.datetime, by: str) -> ConsentForm:
    row = ConsentForm(participant_id=participant_id, revision=revision, received_on=received_on,
                      received_by=received_by, recorded_at=at, recorded_by=by)
    session.add(row)
    session.flush()
    return row


def cancel(session: Session, row: ConsentForm, *, at: dt.datetime, by: str) -> None:
    row.cancelled_at, row.cancelled_by = at, by
    session.add(row)
    session.flush()


def operator(session: Session, username: str) -> Operator | None:
    return session.get(Operator, username)


def _missing_where(flt: Criteria) -> tuple[str, dict[str, Any]]:
    clauses, params = conditions({**flt, "include_deleted": False})  # live records only: a deleted one needs no form
    clauses.append(f"NOT EXISTS ({_ACTIVE})")
    return "WHERE " + " AND ".join(clauses), params


def missing(session: Session, flt: Criteria, *, offset: int = 0, limit: int = 200) -> list[dict[str, Any]]:
    """One page of live participants whose signed form has not been recorded, by RW, RT and name."""
    where, params = _missing_where(flt)
    sql = (f"SELECT {', '.join('p.' + c for c in MISSING_COLUMNS)} FROM participant p {where} "
           "ORDER BY p.rw, p.rt, p.full_name, p.row_id LIMIT :limit OFFSET :offset")
    return [dict(r._mapping) for r in session.execute(text(sql), {**params, "limit": limit, "offset": offset})]


def missing_count(session: Session, flt: Criteria) -> int:
    where, params = _missing_where(flt)
    return int(session.execute(text(f"SELECT count(*) FROM participant p {where}"), params).scalar_one())


def counts(session: Session) -> dict[str, int]:
    """Live participants with and without a signed form on record."""
    row = session.execute(text(
        f"SELECT count(*), sum(CASE WHEN EXISTS ({_ACTIVE}) THEN 1 ELSE 0 END) FROM participant p "
        "WHERE p.deleted_at IS NULL")).one()
    total, signed = int(row[0]), int(row[1] or 0)
    return {"total": total, "signed": signed, "missing": total - signed}
