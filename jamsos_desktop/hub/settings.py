"""Hub settings kept in the database (so every operator and the HTTP server see the same values)."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy import Connection

from jamsos_desktop.hub import allocation
from jamsos_desktop.hub import schema as t
from jamsos_desktop.hub.errors import HubRefused

DEFAULTS: dict[str, str] = {
    "name": "Disnaker Kota Batam",
    "quota": "24300",
    "silent_days": "14",
    "coverage_months": "6",
    "legacy_uploads": "1",
    "quota_allocation": "",
}
LABELS = {
    "name": "Nama hub (tertulis di berkas identitas hub)",
    "quota": "Kuota peserta yang dibiayai APBD",
    "silent_days": "Kantor dianggap diam bila tidak mengirim bundle selama (hari)",
    "coverage_months": "Lama tanggungan tahap pertama setelah KPJ terbit (bulan)",
    "legacy_uploads": "Terima unggahan tanpa tanda tangan permintaan dari kantor Jamsos 0.1.0 (1 ya, 0 tidak)",
    "quota_allocation": "Pembagian kuota per kelurahan (boleh kosong), misalnya Belian=400; Tanjung Uncang=350",
}
_NUMBERS = {"quota": (1, 10_000_000), "silent_days": (1, 3650), "coverage_months": (1, 24), "legacy_uploads": (0, 1)}


def get_all(conn: Connection) -> dict[str, str]:
    stored = dict(conn.execute(sa.select(t.setting.c.key, t.setting.c.value)).all())
    return {**DEFAULTS, **{k: v for k, v in stored.items() if k in DEFAULTS}}


def get_int(conn: Connection, key: str) -> int:
    return int(get_all(conn)[key])


def set_value(conn: Connection, key: str, value: str) -> None:
    if key not in DEFAULTS:
        raise HubRefused(f"Pengaturan {key!r} tidak dikenal; yang ada: {', '.join(DEFAULTS)}.")
    value = value.strip()
    if key in _NUMBERS:
        low, high = _NUMBERS[key]
        if not value.isdigit() or not low <= int(value) <= high:
            raise HubRefused(f"{LABELS[key]} harus angka {low}..{high}.")
    elif key == "quota_allocation":
        allocation.parse(value)
    elif not 0 < len(value) <= 100 or any(ord(ch) < 32 for ch in value):
        raise HubRefused(f"{LABELS[key]} harus teks 1..100 karakter.")
    conn.execute(sa.delete(t.setting).where(t.setting.c.key == key))
    conn.execute(sa.insert(t.setting), [{"key": key, "value": value}])
