"""Participant rows: conversion to and from the record dict, lookups, lists, counts and full-text search."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any, cast

from sqlalchemy import func, text
from sqlmodel import Session, col, select

from jamsos_desktop.domain.fields import FieldSpec, Kind, Storage, date_value
from jamsos_desktop.domain.registry import BENEFICIARY_FIELDS, FIELDS, ParticipantRecord
from jamsos_desktop.store import search
from jamsos_desktop.store.models import PARTICIPANT, Beneficiary, CoveragePeriod, Participant

ROW_FIELDS = tuple(f.name for f in FIELDS if f.storage is Storage.COLUMN)
"""Registry fields kept in a participant column of their own (programs is joined, id/status are the services')."""
_JOINED = tuple(f for f in FIELDS if f.storage is Storage.JOINED)


def _to_column(spec: FieldSpec, value: Any) -> Any:
    if spec.kind is Kind.DATE:
        return date_value(value)
    if value is None and spec.kind is Kind.TEXT:
        return ""
    return value


_COLUMNS = tuple((f.name, f.kind) for f in FIELDS if f.storage is Storage.COLUMN)
# The registry's fields grouped by how the record takes them from the row (an import converts tens of thousands
# of rows, so each field's storage and kind are looked at once here, not per row).
_RECORD_NAMES = tuple(f.name for f in FIELDS)
_SYSTEM_NAMES = tuple(f.name for f in FIELDS if f.storage is Storage.SYSTEM)
_TABLE_ITEMS = tuple((f.name, tuple((item.name, item.kind is Kind.DATE) for item in f.items))
                     for f in FIELDS if f.storage is Storage.TABLE)


_COLUMN_NAMES = tuple(name for name, _ in _COLUMNS)
_DATE_COLUMNS = tuple(name for name, kind in _COLUMNS if kind is Kind.DATE)
_TEXT_COLUMNS = tuple(name for name, kind in _COLUMNS if kind is Kind.TEXT)
_JOINED_NAMES = tuple(spec.name for spec in _JOINED)


def row_values(record: Mapping[str, Any]) -> dict[str, Any]:
    """Column values of a participant row from a normalised record (by kind: a date as a date, a missing text
    as "", a list joined with commas)."""
    get = record.get
    values = {name: get(name) for name in _COLUMN_NAMES}
    for name in _DATE_COLUMNS:
        values[name] = date_value(values[name])
    for name in _TEXT_COLUMNS:
        if values[name] is None:
            values[name] = ""
    for name in _JOINED_NAMES:
        values[name] = ",".join(get(name) or [])
    return values


def _date_text(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else (value or None)


def record_from_values(participant_id: str, values: Mapping[str, Any], *, status: str,
                       beneficiaries: Sequence[Mapping[str, Any]]) -> ParticipantRecord:
    """The participant record (domain/registry.py): the bundle snapshot and the CLI's JSON, every field of the
    registry in its order."""
    system = {"id": participant_id, "status": status}
    get = values.get
    rec = {name: get(name) for name in _RECORD_NAMES}  # the registry's order; columns as they are
    for name in _SYSTEM_NAMES:
        rec[name] = system[name]
    for name in _DATE_COLUMNS:
        rec[name] = _date_text(rec[name])
    for name in _JOINED_NAMES:
        joined = get(name) or ""
        rec[name] = [x for x in joined.split(",") if x] if isinstance(joined, str) else list(joined)
    for name, items in _TABLE_ITEMS:
        rec[name] = [{item: _date_text(b.get(item)) if item_is_date else b.get(item) or ""
                      for item, item_is_date in items} for b in beneficiaries]
    return cast(ParticipantRecord, rec)


def to_record(p: Participant, beneficiaries: Sequence[Beneficiary] = ()) -> ParticipantRecord:
    values = {f: getattr(p, f) for f in (*ROW_FIELDS, *(s.name for s in _JOINED))}
    bens = [{item.name: getattr(b, item.name) for item in BENEFICIARY_FIELDS}
            for b in sorted(beneficiaries, key=lambda b: b.position)]
    return record_from_values(p.id, values, status=p.status, beneficiaries=bens)


def beneficiary_rows(participant_id: str, record: Mapping[str, Any]) -> list[dict[str, Any]]:
    return [
        {"participant_id": participant_id, "position": i,
         **{item.name: _to_column(item, b.get(item.name)) for item in BENEFICIARY_FIELDS}}
        for i, b in enumerate(record.get("beneficiaries") or [], 1)
    ]


def get(session: Session, participant_id: str) -> Participant | None:
    return session.exec(select(Participant).where(Participant.id == participant_id)).first()


def beneficiaries_of(session: Session, participant_id: str) -> list[Beneficiary]:
    return list(session.exec(select(Beneficiary).where(Beneficiary.participant_id == participant_id)).all())


def coverage_of(session: Session, participant_id: str) -> list[CoveragePeriod]:
    return list(session.exec(select(CoveragePeriod).where(CoveragePeriod.participant_id == participant_id)
                             .order_by(col(CoveragePeriod.month_from))).all())


def live_by_nik(session: Session, nik: str) -> Participant | None:
    return session.exec(select(Participant).where(PARTICIPANT.c.nik == nik,
                                                  col(Participant.deleted_at).is_(None))).first()


def live_niks(session: Session, niks: Sequence[str] | None = None) -> set[str]:
    query = select(PARTICIPANT.c.nik).where(col(Participant.deleted_at).is_(None))
    if niks is not None:
        found: set[str] = set()
        chunk = list(niks)
        for i in range(0, len(chunk), 900):
            found.update(session.exec(query.where(PARTICIPANT.c.nik.in_(chunk[i:i + 900]))).all())
        return found
    return set(session.exec(query).all())


Criteria = Mapping[str, Any]
"""What a list shows (services.listing.ListFilter.criteria()): text, statuses, category, rt, rw,
include_deleted, ids; a missing key means no condition."""


def _bind_list(prefix: str, values: Sequence[str], params: dict[str, Any]) -> str:
    """Bind parameters for an IN (...) list; returns the placeholders."""
    names = []
    for i, value in enumerate(values):
        params[f"{prefix}{i}"] = value
        names.append(f":{prefix}{i}")
    return ", ".join(names)


def _where(flt: Criteria) -> tuple[list[str], dict[str, Any]]:
    clauses: list[str] = []
    params: dict[str, Any] = {}
    if not flt.get("include_deleted"):
        clauses.append("p.deleted_at IS NULL")
    if flt.get("statuses"):
        clauses.append(f"p.status IN ({_bind_list('st', flt['statuses'], params)})")
    for f in ("category", "rt", "rw"):
        value = flt.get(f)
        if value:
            clauses.append(f"p.{f} = :{f}")
            params[f] = value
    if flt.get("ids"):
        clauses.append(f"p.id IN ({_bind_list('id', flt['ids'], params)})")
    query = search.parse(flt.get("text") or "")
    if query is not None:
        clauses.append(query.clause)
        params.update(query.params)
    return clauses, params


SUMMARY_COLUMNS = ("id", "nik", "full_name", "rt", "rw", "category", "status", "kpj_number", "phone",
                   "updated_at", "deleted_at")


def _page_sql(session: Session, flt: Criteria, select: str, order_sql: str) -> tuple[str, dict[str, Any]]:
    """Rows matching the filter in their order (the caller adds LIMIT/OFFSET): a broad text search is read off
    the full-text index newest first, anything else is sorted as asked."""
    clauses, params = _where(flt)
    query = search.parse(flt.get("text") or "")
    if query is not None and search.is_broad(session, query):
        return search.from_index(select, query, [c for c in clauses if c != query.clause]), params
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    return f"SELECT {select} FROM participant p {where}{order_sql}", params


def list_summaries(session: Session, flt: Criteria, *, offset: int = 0, limit: int = 200,
                   order: str = "full_name") -> list[dict[str, Any]]:
    """One page of rows for the list (never all rows at once)."""
    order_sql = {"full_name": "p.full_name, p.row_id", "updated_at": "p.updated_at DESC, p.row_id DESC",
                 "rt_rw": "p.rw, p.rt, p.full_name"}[order]
    sql, params = _page_sql(session, flt, ", ".join("p." + c for c in SUMMARY_COLUMNS), f" ORDER BY {order_sql}")
    params.update(limit=limit, offset=offset)
    result = session.connection().exec_driver_sql(sql + " LIMIT :limit OFFSET :offset", params)
    return [dict(zip(SUMMARY_COLUMNS, row, strict=True)) for row in result]


def count(session: Session, flt: Criteria, *, cap: int | None = None) -> int:
    """How many rows match; with `cap`, counting stops at cap + 1 (a keystroke never counts a million rows)."""
    if cap is None:
        clauses, params = _where(flt)
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        return int(session.execute(text(f"SELECT count(*) FROM participant p {where}"), params).scalar_one())
    clauses, params = _where(flt)
    query = search.parse(flt.get("text") or "")
    if query is not None and query.fts is not None:  # straight off the index: stops at cap + 1, broad or not
        sql = search.from_index("1", query, [c for c in clauses if c != query.clause], ordered=False)
    else:
        sql = "SELECT 1 FROM participant p" + ((" WHERE " + " AND ".join(clauses)) if clauses else "")
    return int(session.connection().exec_driver_sql(f"SELECT count(*) FROM ({sql} LIMIT :cap)",
                                                    {**params, "cap": cap + 1}).scalar_one())


def ids_matching(session: Session, flt: Criteria) -> list[str]:
    clauses, params = _where(flt)
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    return [r[0] for r in session.execute(text(f"SELECT p.id FROM participant p {where} ORDER BY p.full_name"),
                                          params)]


def status_counts(session: Session) -> dict[str, int]:
    rows = session.exec(select(Participant.status, func.count()).where(col(Participant.deleted_at).is_(None))
                        .group_by(Participant.status)).all()
    return {status: int(n) for status, n in rows}


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
