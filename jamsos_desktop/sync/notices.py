"""Notices: what the hub tells an office about one of its participants, as `notice` lines of a receipt.

Receipt level 3 (sync/formats.py) means "notice lines understood". A line, after the change and participant lines:

    {"type": "notice", "notice_id": str, "participant_id": str, "kind": str, "created_at": "YYYY-MM-DDTHH:MM:SSZ",
     "text": str (Bahasa Indonesia, shown to the clerk as is, <= 500 characters), "data": {kind-specific}}

Kinds and their data (`KINDS`): transfer_out {to_kelurahan_code, to_kelurahan_name}; transfer_in
{from_kelurahan_code, from_kelurahan_name, kpj_number: 11 digits|null}; bpjs_rejected {reason}; nik_check
{other_kelurahan_name}; waiting_list {place: int|null, period}; deactivated {reason, effective_month: YYYY-MM}.
Readers are tolerant: unknown keys in the line or in `data` are ignored, and a notice of an unknown kind is kept
and shown by its text. The data of a known kind is checked (the hub never writes a malformed one).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from jamsos_desktop.domain.numbers import is_digits
from jamsos_desktop.sync.canonical import is_int
from jamsos_desktop.sync.manifest import KELURAHAN_CODE

MAX_TEXT = 500
MAX_DATA = 2000  # characters of the JSON of `data`
MAX_ID = 64
KIND = re.compile(r"^[a-z][a-z0-9_]{0,31}$")
CREATED_AT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


@dataclass(frozen=True)
class Notice:
    """One notice about one participant of the office it is addressed to."""

    notice_id: str
    participant_id: str
    kind: str
    created_at: str
    text: str
    data: Mapping[str, Any] = field(default_factory=dict)

    def line(self) -> dict[str, Any]:
        return {"type": "notice", "notice_id": self.notice_id, "participant_id": self.participant_id,
                "kind": self.kind, "created_at": self.created_at, "text": self.text, "data": dict(self.data)}


def _text(value: Any, name: str, limit: int = MAX_TEXT) -> str:
    if not isinstance(value, str) or not 0 < len(value) <= limit or not value.strip():
        raise ValueError(f"{name} harus teks 1..{limit} karakter")
    return value


def _code(value: Any, name: str) -> None:
    if not isinstance(value, str) or not KELURAHAN_CODE.match(value):
        raise ValueError(f"{name} harus kode kelurahan")


def _kpj(value: Any, name: str) -> None:
    if value is not None and (not isinstance(value, str) or not is_digits(value, 11)):
        raise ValueError(f"{name} harus 11 digit atau null")


def _place(value: Any, name: str) -> None:
    if value is not None and not is_int(value, 1, 10_000_000):
        raise ValueError(f"{name} harus bilangan bulat positif atau null")


def _month(value: Any, name: str) -> None:
    if not isinstance(value, str) or not MONTH.match(value):
        raise ValueError(f"{name} harus YYYY-MM")


def _short(value: Any, name: str) -> None:
    _text(value, name, 200)


KINDS: dict[str, dict[str, Callable[[Any, str], object]]] = {
    "transfer_out": {"to_kelurahan_code": _code, "to_kelurahan_name": _short},
    "transfer_in": {"from_kelurahan_code": _code, "from_kelurahan_name": _short, "kpj_number": _kpj},
    "bpjs_rejected": {"reason": _text},
    "nik_check": {"other_kelurahan_name": _short},
    "waiting_list": {"place": _place, "period": _short},
    "deactivated": {"reason": _short, "effective_month": _month},
}
"""Known kinds: each key of their data and its check."""


def check_data(kind: str, data: Any) -> dict[str, Any]:
    """The data of a notice, checked for a known kind (extra keys allowed); ValueError saying what is wrong."""
    if not isinstance(data, dict) or not all(isinstance(k, str) for k in data):
        raise ValueError("data harus objek")
    if len(json.dumps(data, ensure_ascii=False)) > MAX_DATA:
        raise ValueError(f"data lebih dari {MAX_DATA} karakter")
    for key, check in KINDS.get(kind, {}).items():
        if key not in data:
            raise ValueError(f"data {kind}: isian {key} hilang")
        check(data[key], f"data.{key}")
    return dict(data)


def timestamp(when: dt.datetime) -> str:
    """A naive-UTC or aware time as the `created_at` of a notice."""
    if when.tzinfo is not None:
        when = when.astimezone(dt.UTC).replace(tzinfo=None)
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_notice(obj: Mapping[str, Any]) -> Notice:
    """A checked notice line; ValueError saying what is wrong."""
    missing = {"notice_id", "participant_id", "kind", "created_at", "text", "data"} - set(obj)
    if missing:
        raise ValueError(f"notice: isian {sorted(missing)} hilang")
    kind = obj["kind"]
    if not isinstance(kind, str) or not KIND.match(kind):
        raise ValueError("jenis kabar tidak sah")
    created = obj["created_at"]
    if not isinstance(created, str) or not CREATED_AT.match(created):
        raise ValueError("created_at harus YYYY-MM-DDTHH:MM:SSZ")
    try:
        dt.datetime.strptime(created, "%Y-%m-%dT%H:%M:%SZ")
    except ValueError as exc:
        raise ValueError("created_at bukan waktu yang ada") from exc
    return Notice(_text(obj["notice_id"], "notice_id", MAX_ID), _text(obj["participant_id"], "participant_id", MAX_ID),
                  kind, created, _text(obj["text"], "text"), check_data(kind, obj["data"]))
