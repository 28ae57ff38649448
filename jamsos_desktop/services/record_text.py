"""A participant record as a person reads it on paper: labels, dates as DD-MM-YYYY, codes as words.

Used by the consent form and the copy of a participant's data, so both show the same field the same way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from jamsos_desktop.domain.categories import default_categories
from jamsos_desktop.domain.fields import FieldSpec, Kind, Storage
from jamsos_desktop.domain.numbers import local_phone
from jamsos_desktop.domain.record import DELETE_REASONS, RELATIONSHIPS
from jamsos_desktop.domain.registry import FIELDS
from jamsos_desktop.domain.retention import PURGE_REASON
from jamsos_desktop.domain.statuses import STATUS_LABELS
from jamsos_desktop.domain.tariffs import default_tariffs
from jamsos_desktop.domain.wilayah import batam

NOT_REGISTERED = ("kpj_number",)  # given by BPJS, not by the person: shown with the status instead


def day(value: Any) -> str:
    """A date (or ISO text) as DD-MM-YYYY; empty stays empty."""
    if not value:
        return ""
    if isinstance(value, str):
        value = dt.date.fromisoformat(value[:10])
    return f"{value:%d-%m-%Y}"


def moment(value: dt.datetime | None) -> str:
    """A stored UTC time as local DD-MM-YYYY HH:MM."""
    return f"{value.astimezone():%d-%m-%Y %H:%M}" if value else ""


def rupiah(amount: int | None) -> str:
    return "" if amount is None else "Rp" + f"{amount:,}".replace(",", ".")


def phone(value: str) -> str:
    return local_phone(value) if value else ""


def kelurahan_label(code: str) -> str:
    kel = batam().kelurahan_by_code(code)
    return f"{kel.name}, Kec. {kel.kecamatan.name}" if kel else code


def category_label(code: str) -> str:
    cat = default_categories().get(code)
    return cat.label if cat else code


def _field_text(spec: FieldSpec, value: Any) -> str:
    if spec.name == "kelurahan_code":
        return kelurahan_label(value or "")
    if spec.kind is Kind.DATE:
        return day(value)
    if spec.kind is Kind.MONEY:
        return rupiah(value)
    shown = spec.shown(value)
    return "" if shown is None else str(shown)


def record_fields(record: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(label, text) for every field a person registered, in the registry's order; a category's extra fields
    only when filled or asked for by the person's category. A new registry field shows up here by itself."""
    cat = default_categories().get(record.get("category") or "")
    rows = []
    for spec in FIELDS:
        if spec.storage is Storage.SYSTEM or spec.kind is Kind.RECORDS or spec.name in NOT_REGISTERED:
            continue
        value = record.get(spec.name)
        if spec.category_extra and not value and not (cat and spec.name in cat.fields):
            continue
        rows.append((spec.label, _field_text(spec, value)))
    return rows


def heir_rows(record: Mapping[str, Any]) -> list[list[str]]:
    return [[b.get("name") or "", RELATIONSHIPS.get(b.get("relationship") or "", b.get("relationship") or ""),
             day(b.get("birth_date")), phone(b.get("phone") or "")] for b in record.get("beneficiaries") or []]


def monthly_contribution(record: dict[str, Any], on: dt.date) -> str:
    """What the city pays a month for this person (JKK + JKM), as Rp text."""
    programs = record.get("programs") or ["JKK", "JKM"]
    try:
        total = default_tariffs().monthly_contribution(record.get("declared_income"), programs, on=on)["total"]
    except LookupError:
        return ""
    return rupiah(total)


def status_text(status: str, reason: str = "", deleted_reason: str = "") -> str:
    label = STATUS_LABELS.get(status, status)
    if deleted_reason == PURGE_REASON:
        return "Dimusnahkan: masa simpan habis"
    if deleted_reason:
        return f"Dihapus: {DELETE_REASONS.get(deleted_reason, deleted_reason)}"
    return f"{label}: {reason}" if reason else label
