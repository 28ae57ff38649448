"""Duplicate decisions travel back to the offices as notices on their next receipts (hub/notices.py).

- "bukan orang yang sama" (`not_same`): the office whose NIK the operator judged mistyped gets a `nik_check`
  notice on that registration, naming the other kelurahan; it checks the KTP/KK and corrects the NIK.
- `keep_first` / `keep_second`: both offices are told the outcome on their own registration (kind
  `duplicate_decided`, shown by its text by offices that do not know the kind): which registration the city
  keeps, which one stays out, and the operator's reason.
Posted in the decision's own transaction, so a decision and its notices land together or not at all.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection

from jamsos_desktop.domain.nik import mask
from jamsos_desktop.hub import notices
from jamsos_desktop.hub import schema as t
from jamsos_desktop.hub.devices import kelurahan_name

SIDES = ("first", "second")
MAX_TEXT = 500


def _clip(text: str) -> str:
    return text if len(text) <= MAX_TEXT else text[: MAX_TEXT - 1] + "…"


def _first_device(conn: Connection, row: Any) -> str | None:
    p = t.participant.c
    return conn.execute(sa.select(p.device_id).where(p.participant_id == row.first_participant_id)).scalar()


def tell(conn: Connection, row: Any, decision: str, reason: str, *, suspect: str, now: dt.datetime) -> None:
    """Post the notices of `decision` on duplicate case `row` (the row as it was before the decision)."""
    first_place, second_place = kelurahan_name(row.first_kelurahan_code), kelurahan_name(row.kelurahan_code)
    nik, name, why = mask(row.nik), row.full_name, " ".join(reason.split())[:200]
    first = (_first_device(conn, row), row.first_participant_id)
    second = (row.device_id, row.participant_id)
    if decision == "not_same":
        device, pid = second if suspect == "second" else first
        other = first_place if suspect == "second" else second_place
        if device is not None:
            notices.post(conn, device_id=device, participant_id=pid, kind="nik_check", data={
                "other_kelurahan_name": other}, now=now, text=_clip(
                f"NIK {nik} atas nama {name} juga terdaftar di Kelurahan {other} untuk orang lain. Hub kota "
                f"menilai NIK di pendaftaran ini salah ketik: periksa KTP/KK peserta, perbaiki NIK-nya, lalu kirim "
                f"bundle berikutnya. Alasan hub: {why}"))
        return
    kept, dropped = (first, second) if decision == "keep_first" else (second, first)
    kept_place, dropped_place = ((first_place, second_place) if decision == "keep_first"
                                 else (second_place, first_place))
    for (device, pid), is_kept in ((kept, True), (dropped, False)):
        if device is None:
            continue
        text = (f"NIK ganda {nik} ({name}): hub kota memakai pendaftaran kantor Anda; pendaftaran yang sama dari "
                f"Kelurahan {dropped_place} tidak dipakai. Alasan hub: {why}" if is_kept else
                f"NIK ganda {nik} ({name}): hub kota memakai pendaftaran dari Kelurahan {kept_place}; pendaftaran "
                f"kantor Anda tidak masuk daftar kota. Alasan hub: {why}")
        notices.post(conn, device_id=device, participant_id=pid, kind="duplicate_decided", now=now,
                     data={"decision": decision, "kept": is_kept,
                           "other_kelurahan_name": dropped_place if is_kept else kept_place}, text=_clip(text))
