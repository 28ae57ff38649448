"""The optional per-kelurahan allocation of the quota (hub setting `quota_allocation`).

Written by the city office as "Belian=400; Tanjung Uncang=350" (kelurahan by name or official code, a number of
places each; separated by ";" or new lines; empty: no allocation). A kelurahan with an allocation never holds
more funded places than it; the waiting list keeps its one order (acceptance date), and a person of a kelurahan
whose allocation is full waits while the next in line from elsewhere takes the place. Kelurahan without an
allocation share what the quota leaves. hub/quota.py applies it.
"""

from __future__ import annotations

import re

from jamsos_desktop.domain.wilayah import batam
from jamsos_desktop.hub.errors import HubRefused

MAX_TEXT = 4000
HOW = "Tulis seperti: Belian=400; Tanjung Uncang=350 (nama atau kode kelurahan, tanda =, jumlah tempat)."


def parse(text: str) -> dict[str, int]:
    """{kelurahan code: places}; HubRefused naming the part that is wrong and how to write it."""
    if len(text) > MAX_TEXT:
        raise HubRefused(f"Pembagian kuota per kelurahan terlalu panjang (lebih dari {MAX_TEXT} karakter).")
    out: dict[str, int] = {}
    for part in (p.strip() for p in re.split(r"[;\n]", text or "")):
        if not part:
            continue
        name, sep, number = part.rpartition("=")
        found = batam().find_kelurahan(name.strip()) if sep else None
        if not sep or not number.strip().isdigit():
            raise HubRefused(f"Bagian '{part[:60]}' dari pembagian kuota tidak terbaca. {HOW}")
        if found is None:
            raise HubRefused(f"Kelurahan '{name.strip()[:60]}' di pembagian kuota tidak dikenal di Kota Batam. {HOW}")
        if found.code in out:
            raise HubRefused(f"Kelurahan {found.name} disebut dua kali di pembagian kuota; sebut sekali saja.")
        out[found.code] = int(number.strip())
    return out
