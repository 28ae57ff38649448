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
# Each registry field with how the record takes it from the row (an import converts tens of thousands of rows,
# so the field's storage and kind are looked at once here, not per row).
_FROM_ROW = tuple((f.name, f.storage, f.kind is Kind.DATE,
                   tuple((item.name, item.kind is Kind.DATE) for item in f.items)) for f in FIELDS)


def row_values(record: Mapping[str, Any]) -> dict[str, Any]:
    """Column values of a participant row from a normalised record."""
    get = record.get
    values: dict[str, Any] = {}
    for name, kind in _COLUMNS:
        value = get(name)
        if kind is Kind.DATE:
            value = date_value(value)
        elif value is None and kind is Kind.TEXT:
            value = ""
        values[name] = value
    for spec in _JOINED:
        values[spec.name] = ",".join(get(spec.name) or [])
    return values


def _date_text(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else (value or None)


def record_from_values(participant_id: str, values: Mapping[str, Any], *, status: str,
                       beneficiaries: Sequence[Mapping[str, Any]]) -> ParticipantRecord:
    """The participant record (domain/registry.py): the bundle snapshot and the CLI's JSON, every field of the
    registry in its order."""
    system = {"id": participant_id, "status": status}
    rec: dict[str, Any] = {}
    get = values.get
    for name, storage, is_date, items in _FROM_ROW:
        if storage is Storage.COLUMN:
            value = get(name)
            rec[name] = _date_text(value) if is_date else value
        elif storage is Storage.SYSTEM:
            rec[name] = system[name]
        elif storage is Storage.JOINED:
            joined = get(name) or ""
            rec[name] = [x for x in joined.split(",") if x] if isinstance(joined, str) else list(joined)
        else:  # Storage.TABLE
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
