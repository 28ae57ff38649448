"""Participant rows: conversion to and from the record dict, lookups, lists, counts and full-text search."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any, cast

from sqlalchemy import text
from sqlmodel import Session, col, select

from jamsos_desktop.domain.fields import FieldSpec, Kind, Storage, date_value
from jamsos_desktop.domain.registry import BENEFICIARY_FIELDS, FIELDS, ParticipantRecord
from jamsos_desktop.store.listing import Criteria, conditions
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


def ids_matching(session: Session, flt: Criteria) -> list[str]:
    clauses, params = conditions(flt)
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    return [r[0] for r in session.execute(text(f"SELECT p.id FROM participant p {where} ORDER BY p.full_name"),
                                          params)]


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
