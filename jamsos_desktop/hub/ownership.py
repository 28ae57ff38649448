"""Who may write which registration, and the hub's clock as the judge of dates: the rules above the format.

A registration (one participant id) belongs to the kelurahan of the device that created it (`owner_kelurahan`,
fixed at creation). A device may create registrations only in its own kelurahan and change or delete only
registrations its kelurahan owns; it may not move one to another kelurahan either (a person moving goes through
the hub: a transfer, which keeps the KPJ). This is the "home registration" of DESIGN.md seen from one office:
persons per NIK, homes and transfers build on it.

Dates are judged by the hub's clock at receipt: a change dated more than `FUTURE_LIMIT` after it is refused,
and age and other date rules use the hub's date (domain.record.check_record with `today` = the hub's day).
Every refusal here goes back to the office on its receipt with the reason, and is a security event.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from jamsos_desktop.hub.devices import Device, kelurahan_name

FUTURE_LIMIT = dt.timedelta(days=1)
_STAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")


def changed_at(line: dict[str, Any]) -> dt.datetime | None:
    try:
        return dt.datetime.strptime(line["at"], "%Y-%m-%dT%H:%M:%SZ")
    except (TypeError, ValueError):
        return None


def latest_allowed(now: dt.datetime) -> str:
    """The latest `at` the hub accepts at `now`, as a timestamp (these compare as text)."""
    return (now + FUTURE_LIMIT).strftime("%Y-%m-%dT%H:%M:%SZ")


def date_reason(line: dict[str, Any], now: dt.datetime, limit: str | None = None) -> str | None:
    """Why the hub's clock refuses this change's date, or None. `limit`: latest_allowed(now), computed once."""
    stamp = line.get("at")
    if isinstance(stamp, str) and _STAMP.fullmatch(stamp) and stamp <= (limit or latest_allowed(now)):
        return None  # the usual case, without parsing a date
    at = changed_at(line)
    if at is None:
        return "Tanggal perubahan tidak terbaca. Periksa tanggal dan jam komputer kantor, lalu simpan ulang data ini."
    if at > now + FUTURE_LIMIT:
        return (f"Perubahan bertanggal {at:%d-%m-%Y %H:%M} UTC, lebih dari sehari setelah tanggal di Disnaker "
                f"({now:%d-%m-%Y}). Periksa tanggal dan jam komputer kantor, lalu simpan ulang data peserta ini.")
    return None


def ownership_reason(device: Device, *, op: str, owner: str | None, record_kelurahan: str | None) -> str | None:
    """Why `device` may not make this change, or None. `owner` is the registration's owner (None when the hub
    has never seen it); `record_kelurahan` the kelurahan the change's record names (None for a delete)."""
    mine = device.kelurahan_code
    if owner is not None and owner != mine:
        return (f"Data peserta ini milik Kelurahan {kelurahan_name(owner)}; kantor Kelurahan {kelurahan_name(mine)} "
                "tidak boleh mengubah atau menghapusnya. Warga yang pindah diurus lewat Disnaker (pindah "
                "kelurahan), bukan dengan mengubah data kelurahan lain.")
    if op == "delete" or record_kelurahan is None or record_kelurahan == mine:
        return None
    if owner is None:
        return (f"Peserta didaftarkan untuk Kelurahan {kelurahan_name(record_kelurahan)}, tetapi perangkat ini milik "
                f"Kelurahan {kelurahan_name(mine)}. Setiap kantor hanya mendaftarkan warga kelurahannya sendiri.")
    return (f"Kelurahan peserta tidak boleh diganti dari kantor (menjadi {kelurahan_name(record_kelurahan)}). "
            "Perpindahan ke kelurahan lain diurus oleh Disnaker.")
