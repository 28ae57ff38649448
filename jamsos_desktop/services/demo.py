"""Synthetic, valid participants for the demo office and the benchmark (no real person's data)."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from jamsos_desktop.domain import nik as nik_rules
from jamsos_desktop.domain.categories import default_categories
from jamsos_desktop.domain.wilayah import batam

FIRST_L = ["Budi", "Agus", "Andi", "Rudi", "Hendra", "Joko", "Ahmad", "Muhammad", "Rizky", "Fajar", "Dedi",
           "Yusuf", "Hasan", "Ismail", "Bambang", "Eko", "Teguh", "Arif", "Irwan", "Syahrul"]
FIRST_P = ["Siti", "Dewi", "Sri", "Nur", "Rina", "Fitri", "Aisyah", "Lestari", "Wati", "Yanti", "Ratna",
           "Maya", "Indah", "Putri", "Rahma", "Nurul", "Fatimah", "Sari", "Ani", "Desi"]
LAST = ["Santoso", "Siregar", "Nasution", "Harahap", "Lubis", "Simanjuntak", "Saputra", "Hidayat", "Pratama",
        "Wijaya", "Kurniawan", "Setiawan", "Rahman", "Hakim", "Sitompul", "Tanjung", "Matondang", "Daulay",
        "Panjaitan", "Sembiring", "Ginting", "Purba", "Batubara", "Manurung"]
STREETS = ["Jl. Raja Ali Haji", "Jl. Engku Putri", "Jl. Sudirman", "Jl. Gajah Mada", "Perum Bida Asri",
           "Jl. Yos Sudarso", "Kav. Bukit Kamboja", "Jl. Hang Tuah", "Perum Villa Mukakuning", "Jl. Laksamana Bintan"]
COMPANIES = ["Gojek", "Grab", "Maxim", "Shopee"]


def synthetic_records(n: int, *, seed: int = 1, kelurahan_code: str | None = None,
                      today: dt.date | None = None) -> list[dict[str, Any]]:
    """n valid participant records with unique NIKs, spread over RT/RW and categories."""
    return list(iter_synthetic_records(n, seed=seed, kelurahan_code=kelurahan_code, today=today))


def iter_synthetic_records(n: int, *, seed: int = 1, kelurahan_code: str | None = None,
                           today: dt.date | None = None) -> Iterator[dict[str, Any]]:
    """The same records one at a time (the million-row benchmark office never holds them all)."""
    rng = random.Random(seed)
    areas = batam()
    cats = default_categories().categories
    today = today or dt.date.today()
    kelurahan = [areas.kelurahan_by_code(kelurahan_code)] if kelurahan_code else areas.kelurahan
    used: set[str] = set()
    for i in range(n):
        kel = kelurahan[i % len(kelurahan)]
        assert kel is not None
        sex = "P" if rng.random() < 0.55 else "L"
        birth = today - dt.timedelta(days=rng.randint(20 * 365, 63 * 365))
        nik = ""
        while not nik or nik in used:  # serials as on real KTPs: spread out, never 0000, unique here
            nik = nik_rules.build(kecamatan=kel.kecamatan.nik_prefix, birth_date=birth, sex=sex,
                                  serial=f"{rng.randint(1, 9999):04d}")
        used.add(nik)
        first = rng.choice(FIRST_P if sex == "P" else FIRST_L)
        cat = cats[i % len(cats)]
        rec: dict[str, Any] = {
            "nik": nik,
            "kk_number": f"{kel.kecamatan.nik_prefix}{rng.randint(1, 9999999999):010d}",
            "full_name": f"{first} {rng.choice(LAST)}",
            "birth_place": rng.choice(["Batam", "Tanjungpinang", "Medan", "Padang", "Pekanbaru", "Karimun"]),
            "birth_date": birth.isoformat(),
            "sex": sex,
            "mother_name": f"{rng.choice(FIRST_P)} {rng.choice(LAST)}",
            "marital_status": rng.choice(["kawin", "kawin", "belum_kawin", "cerai_mati"]),
            "address": f"{rng.choice(STREETS)} No. {rng.randint(1, 120)}",
            "rt": f"{rng.randint(1, 12):03d}",
            "rw": f"{rng.randint(1, 8):03d}",
            "kelurahan_code": kel.code,
            "phone": f"08{rng.choice(['11', '12', '13', '21', '52', '77', '78', '95'])}{rng.randint(10**7, 10**8 - 1)}",
            "category": cat.code,
            "sk_number": f"{rng.randint(1, 300)}/SK/KEL/{today.year}" if "sk_number" in cat.fields else "",
            "posyandu_name": f"Posyandu Melati {rng.randint(1, 9)}" if cat.code == "kader_posyandu" else "",
            "company": rng.choice(COMPANIES) if cat.code == "ojek_online" else "",
            "kusuka_number": f"{rng.randint(10**11, 10**12 - 1)}" if cat.code == "nelayan" else "",
            "farmer_group": f"Poktan Maju {rng.randint(1, 20)}" if cat.code == "petani" else "",
            "position": "Marbot" if cat.code == "rentan_keagamaan" else (
                "Relawan" if cat.code == "rentan_kemasyarakatan" else ""),
            "work_location": "Pelabuhan Sekupang" if cat.code == "penambang_pancung" else "",
            "declared_income": 1_000_000,
            "programs": ["JKK", "JKM"],
            "beneficiaries": [{"name": f"{rng.choice(FIRST_P + FIRST_L)} {rng.choice(LAST)}",
                               "relationship": rng.choice(["istri", "suami", "anak"]), "phone": "",
                               "birth_date": None}],
        }
        yield rec


def create_demo_office(data_dir: Path, *, participants: int = 300, seed: int = 7) -> None:
    """A ready-to-use demo office (admin/admin123, operator/operator123, lurah/lurah1234) with participants."""
    from jamsos_desktop.services import Services
    from jamsos_desktop.services.office import open_office
    from jamsos_desktop.services.setup import initialize

    office = open_office(data_dir, startup_backup=False)
    try:
        if office.initialized:
            return
        kel = "21.71.02.1002"
        initialize(office, kelurahan=kel, admin_username="admin", admin_password="admin123",
                   admin_display_name="Admin Demo")
        services = Services(office)
        services.auth.login("admin", "admin123")
        services.auth.create_operator(username="operator", display_name="Operator Demo", password="operator123",
                                      role="operator")
        services.auth.create_operator(username="lurah", display_name="Lurah Demo", password="lurah1234",
                                      role="supervisor")
        saved = services.participants.register_many(synthetic_records(participants, seed=seed, kelurahan_code=kel))
        services.participants.approve([s.id for s in saved[: participants // 2]])
    finally:
        office.close()
