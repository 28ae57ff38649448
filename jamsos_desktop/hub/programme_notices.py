"""What the programme tells offices about their participants, as notices on their receipts (hub/notices.py):
a transfer (`transfer_out` to the old office, `transfer_in` to the new one), BPJS's rejection with its reason
(`bpjs_rejected`), a place on the waiting list (`waiting_list`) and a deactivation decided at the hub
(`deactivated`). Each notice goes to the device that sent the registration concerned, in the caller's
transaction; the texts are Bahasa Indonesia for the clerk, without codes.

The waiting list: a person is told their number only when the quota has no place for them at the next BPJS
list (number > free places), not while everyone simply waits for the next export. New arrivals beyond the quota
are told after their bundle is merged; every other change of number (places given, people leaving the line) is
told once per BPJS export, so a deletion does not send thousands of notices. A person who was told a number and
then gets a place, or leaves the line, is told so (place null). `place_told` remembers what was told.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection

from jamsos_desktop.hub import bulk, notices, periods, quota
from jamsos_desktop.hub import schema as t
from jamsos_desktop.hub.devices import kelurahan_name

MAX_TEXT = 500
CHUNK = 500
MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember")


def month_words(month: str) -> str:
    """"2027-02" -> "Februari 2027"."""
    return f"{MONTHS[int(month[5:7]) - 1]} {month[:4]}"


def _post(conn: Connection, device_id: str | None, participant_id: str | None, kind: str, text: str,
          data: dict[str, Any], now: dt.datetime) -> None:
    if device_id and participant_id:
        notices.post(conn, device_id=device_id, participant_id=participant_id, kind=kind, text=text[:MAX_TEXT],
                     data=data, now=now)


def transferred(conn: Connection, done: Any, now: dt.datetime) -> None:
    """Both offices of a transfer (hub/transfers.py `Transferred`)."""
    to_name, from_name = kelurahan_name(done.to_kelurahan), kelurahan_name(done.from_kelurahan)
    _post(conn, done.from_device_id, done.from_participant_id, "transfer_out",
          f"Peserta ini pindah ke Kelurahan {to_name} (diputuskan Disnaker {now:%d-%m-%Y}). Datanya di kantor ini "
          "tinggal untuk dibaca; KPJ dan masa tanggungannya ikut ke kelurahan baru.",
          {"to_kelurahan_code": done.to_kelurahan, "to_kelurahan_name": to_name}, now)
    kept = (f"Nomor KPJ-nya {done.kpj_number} dan masa tanggungannya ikut; kartunya tidak lagi SEMENTARA."
            if done.kpj_number else "Tempatnya dalam urutan kuota kota ikut pindah.")
    _post(conn, done.to_device_id, done.to_participant_id, "transfer_in",
          f"Peserta ini pindah dari Kelurahan {from_name} (diputuskan Disnaker {now:%d-%m-%Y}). {kept}",
          {"from_kelurahan_code": done.from_kelurahan, "from_kelurahan_name": from_name,
           "kpj_number": done.kpj_number}, now)


def rejected(conn: Connection, rejections: list[dict[str, str]], now: dt.datetime) -> None:
    """BPJS's rejections from a return file (hub/kpj.py `KpjReport.rejections`)."""
    for r in rejections:
        reason = r["reason"][:300]
        _post(conn, r["device_id"], r["participant_id"], "bpjs_rejected",
              f"BPJS Ketenagakerjaan menolak pendaftaran peserta ini: {reason}. Periksa dan perbaiki datanya, lalu "
              "kirim lagi ke kota; ia didaftarkan ulang pada daftar BPJS berikutnya.", {"reason": reason}, now)


def deactivated(conn: Connection, nik: str, label: str, first_month: str, now: dt.datetime) -> None:
    """A deactivation decided at the hub (an operator, or the age limit when a period opens)."""
    home = _homes(conn, [nik]).get(nik)
    if home is not None:
        _post(conn, home.device_id, home.participant_id, "deactivated",
              f"Peserta ini dinonaktifkan oleh Disnaker: {label}. Tanggungannya berhenti mulai "
              f"{month_words(first_month)}.", {"reason": label[:200], "effective_month": first_month}, now)


def _homes(conn: Connection, niks: list[str]) -> dict[str, Any]:
    ps, p = t.person.c, t.participant.c
    out: dict[str, Any] = {}
    for i in range(0, len(niks), CHUNK):
        for r in conn.execute(sa.select(ps.nik, p.participant_id, p.device_id)
                              .select_from(t.person.join(t.participant, p.participant_id == ps.home_participant_id))
                              .where(ps.nik.in_(niks[i:i + CHUNK]))):
            out[r.nik] = r
    return out


def waiting(conn: Connection, now: dt.datetime, *, all_changes: bool) -> int:
    """Tell waiting numbers (see the module's docstring): only new ones beyond the quota unless `all_changes`.
    Returns the notices posted."""
    ps = t.person.c
    today = now.date()
    free = max(0, periods.quota(conn, today) - quota.held(conn))
    period = periods.in_force(conn, today)
    period_words = (f"{month_words(period.month_from)} s.d. {month_words(period.month_to)}" if period
                    else "kuota kota yang berlaku")
    rows = conn.execute(sa.select(ps.nik, ps.place, ps.place_told, ps.placed_at).where(
        sa.or_(ps.place > free, ps.place_told.is_not(None)))).all()
    changes: list[tuple[str, int | None, Any]] = []
    for r in rows:
        told = r.place if r.place is not None and r.place > free else None
        if told == r.place_told or (not all_changes and not (r.place_told is None and told is not None)):
            continue
        changes.append((r.nik, told, r.placed_at))
    homes = _homes(conn, [nik for nik, _, _ in changes])
    for nik, told, placed_at in changes:
        home = homes.get(nik)
        if told is not None:
            text = (f"Kuota kota ({period_words}) sudah penuh: peserta ini di daftar tunggu nomor {told}. Ia "
                    "didaftarkan ke BPJS begitu ada tempat yang lepas; kantor tidak perlu mengirim ulang.")
        elif placed_at is not None:
            text = "Peserta ini mendapat tempat dalam kuota kota dan didaftarkan ke BPJS pada daftar berikutnya."
        else:
            text = "Peserta ini tidak lagi di daftar tunggu kuota kota."
        if home is not None:
            _post(conn, home.device_id, home.participant_id, "waiting_list", text,
                  {"place": told, "period": period_words}, now)
    bulk.update_many(conn, t.person, [{"nik": nik, "place_told": told} for nik, told, _ in changes], key="nik")
    return len(changes)
