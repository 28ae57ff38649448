"""A large, realistic participant workbook for import benchmarks: valid, varied rows typed the way kelurahan
clerks type them (title block, several date, sex, phone and RT forms, kelurahan by name or code).

`make_workbook(path, n, seed)` writes it and returns the NIKs in row order; every row plans as "add".
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from openpyxl import Workbook

from jamsos_desktop.domain.nik import build
from jamsos_desktop.domain.wilayah import batam

HEADERS = ["No", "NIK", "Nama Lengkap", "Tempat Lahir", "Tgl Lahir", "JK", "Nama Ibu Kandung", "Status Perkawinan",
           "Alamat", "RT", "RW", "Kelurahan", "No HP", "Kategori", "Jabatan", "No SK", "Nama Posyandu", "Aplikasi",
           "No KUSUKA", "Kelompok Tani", "Pekerjaan", "Penghasilan"]
GIVEN = ["Siti", "Budi", "Agus", "Dewi", "Rina", "Andi", "Nur", "Yusuf", "Fitri", "Hendra", "Sri", "Joko", "Ayu",
         "Rizky", "Putri", "Ahmad", "Wahyu", "Indah", "Rahmat", "Lestari", "Dian", "Eko", "Maria", "Yohanes"]
FAMILY = ["Aminah", "Santoso", "Hasibuan", "Siregar", "Lubis", "Nasution", "Wijaya", "Saputra", "Simanjuntak",
          "Harahap", "Purba", "Daulay", "Pratama", "Kurniawan", "Rahayu", "Situmorang", "Tanjung", "Effendi"]
PLACES = ["Batam", "Tanjung Pinang", "Medan", "Padang", "Pekanbaru", "Palembang", "Jakarta", "Tanjung Balai Karimun"]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember"]
CATEGORIES = ["Ketua RT", "ketua_rw", "Ketua LPM", "Kader Posyandu", "Kader Siaga Kelurahan",
              "Pekerja Rentan Sosial Keagamaan", "rentan kemasyarakatan", "Nelayan", "Petani", "Ojek Online",
              "Penarik Becak", "Penambang Pancung"]
MARITAL = ["Kawin", "Belum Kawin", "K", "BK", "Cerai Hidup", "Cerai Mati", "kawin"]


def _date_cell(rng: random.Random, born: dt.date) -> object:
    form = rng.random()
    if form < 0.6:
        return dt.datetime(born.year, born.month, born.day)
    if form < 0.75:
        return born.strftime("%d-%m-%Y")
    if form < 0.85:
        return born.strftime("%d/%m/%Y")
    if form < 0.95:
        return f"{born.day} {MONTHS[born.month - 1]} {born.year}"
    return born.strftime("%d.%m.%Y")


def _phone_cell(rng: random.Random) -> object:
    digits = "8" + rng.choice("1235") + "".join(rng.choice("0123456789") for _ in range(rng.randint(8, 9)))
    form = rng.random()
    if form < 0.5:
        return "0" + digits
    if form < 0.7:
        return f"+62 {digits[:3]}-{digits[3:7]}-{digits[7:]}"
    if form < 0.85:
        return "62" + digits
    return int(digits)  # a number cell: the leading 0 is gone


def _row(rng: random.Random, i: int, nik: str, born: dt.date, sex: str, kelurahan: object) -> list[object]:
    category = rng.choice(CATEGORIES)
    key = category.lower().replace("_", " ")
    rt, rw = rng.randint(1, 25), rng.randint(1, 12)
    rt_cell = rng.choice([str(rt), f"{rt:03d}", f"RT {rt:02d}", rt])
    income = rng.choice([1000000, "1.000.000", "Rp 1.500.000", 2000000, None])
    return [
        i, nik, f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}" + (" " if rng.random() < 0.1 else ""),
        rng.choice(PLACES), _date_cell(rng, born),
        rng.choice({"L": ["L", "Laki-laki", "LK", "Pria"], "P": ["P", "Perempuan", "PR", "Wanita"]}[sex]),
        f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}", rng.choice(MARITAL),
        f"Jl. {rng.choice(FAMILY)} No. {rng.randint(1, 200)}", rt_cell, f"{rw:03d}", kelurahan, _phone_cell(rng),
        category, "", f"SK/{rng.randint(1, 999)}/2025" if "ketua" in key or "kader" in key else "",
        f"Posyandu {rng.choice(FAMILY)}" if "posyandu" in key else "",
        rng.choice(["Gojek", "Grab", "Maxim", "Shopee"]) if "ojek" in key else "",
        f"{rng.randint(10**9, 10**10 - 1)}" if "nelayan" in key else "",
        f"Tani {rng.choice(FAMILY)}" if "petani" in key else "",
        rng.choice(["Wiraswasta", "Ibu rumah tangga", "Nelayan", "Buruh", ""]), income,
    ]


def make_workbook(path: str | Path, n: int, seed: int = 1) -> list[str]:
    """Write `n` valid participants under a two-line title block; return their NIKs in row order."""
    rng = random.Random(seed)
    areas = batam()
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Peserta")
    ws.append(["DAFTAR PESERTA JAMINAN SOSIAL KETENAGAKERJAAN KOTA BATAM"])
    ws.append([f"Data per {dt.date(2025, 9, 26):%d-%m-%Y}"])
    ws.append([])
    ws.append(HEADERS)
    today = dt.date.today()
    niks: list[str] = []
    seen: set[str] = set()
    for i in range(1, n + 1):
        kelurahan = rng.choice(areas.kelurahan)
        sex = rng.choice("LP")
        born = today - dt.timedelta(days=rng.randint(18 * 366, 63 * 365))
        serial = (i % 9999) + 1
        nik = build(kecamatan=kelurahan.kecamatan.nik_prefix, birth_date=born, sex=sex, serial=f"{serial:04d}")
        while nik in seen:
            serial = serial % 9999 + 1
            nik = build(kecamatan=kelurahan.kecamatan.nik_prefix, birth_date=born, sex=sex, serial=f"{serial:04d}")
        seen.add(nik)
        niks.append(nik)
        where = rng.random()
        cell = kelurahan.name if where < 0.7 else kelurahan.code if where < 0.85 else f"Kel. {kelurahan.name}"
        ws.append(_row(rng, i, nik, born, sex, cell))
    wb.save(path)
    return niks
