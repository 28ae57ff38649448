"""The rule of each participant field, as the registry (domain/registry.py) attaches them.

A rule gets its spec, the normalised value, the whole normalised record and the context, and returns the
problems of that field; it runs only on a non-empty value of the right type and reasonable length.
"""

from __future__ import annotations

import re
from typing import Any

from jamsos_desktop.domain import nik as nik_rules
from jamsos_desktop.domain.fields import Context, FieldSpec, date_value, rupiah
from jamsos_desktop.domain.numbers import is_email, is_kk, is_kpj, normalize_rt_rw
from jamsos_desktop.domain.problems import Level, Problem
from jamsos_desktop.domain.tariffs import PROGRAMS, default_tariffs

Found = list[Problem]
_NAME_OK = re.compile(r"^[A-Za-z\u00C0-\u024F .,'\-`]+$")


def _block(spec: FieldSpec, code: str, message: str) -> Found:
    return [Problem(spec.name, Level.BLOCK, code, message)]


def age_on(birth: Any, on: Any) -> int:
    return int(on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day)))


def nik(spec: FieldSpec, value: str, rec: dict[str, Any], ctx: Context) -> Found:
    return nik_rules.validate(value, birth_date=date_value(rec.get("birth_date")), sex=rec.get("sex") or None,
                              known_kecamatan=ctx.areas.nik_prefixes, today=ctx.today)


def kk(spec: FieldSpec, value: str, rec: dict[str, Any], ctx: Context) -> Found:
    if is_kk(value):
        return []
    return _block(spec, "kk.format", "Nomor KK harus 16 digit angka: periksa Kartu Keluarga, atau kosongkan bila "
                                     "tidak ada.")


def person_name(spec: FieldSpec, value: str, rec: dict[str, Any], ctx: Context) -> Found:
    if _NAME_OK.match(value):
        return []
    return _block(spec, "name.chars", f"{spec.label} hanya boleh berisi huruf, spasi dan tanda baca nama (titik, "
                                      "koma, petik, tanda hubung): hapus angka.")


def choice(spec: FieldSpec, value: str, rec: dict[str, Any], ctx: Context) -> Found:
    assert spec.choices is not None
    if value in spec.choices:
        return []
    codes = {"sex": "sex.value", "marital_status": "marital.value"}
    listed = ", ".join(f"{code} ({label})" if label != code else code for code, label in spec.choices.items())
    return _block(spec, codes.get(spec.name, f"{spec.name}.value"), f"{spec.label} harus salah satu dari: {listed}.")


def birth_date(spec: FieldSpec, value: str, rec: dict[str, Any], ctx: Context) -> Found:
    birth = date_value(value)
    if birth is None:
        return []
    if birth > ctx.today:
        return _block(spec, "date.future", "Tanggal lahir tidak boleh di masa depan.")
    age = age_on(birth, ctx.today)
    if age < 15:
        return _block(spec, "age.young", "Peserta harus berumur minimal 15 tahun: periksa tanggal lahir.")
    limit = ctx.categories.max_age_years
    if age >= limit:
        return [Problem(spec.name, ctx.categories.max_age_level, "age.old", f"Peserta berumur {age} tahun, batas "
                        f"pendaftaran di bawah {limit} tahun: pastikan tanggal lahir benar.")]
    return []


def rt_rw(spec: FieldSpec, value: str, rec: dict[str, Any], ctx: Context) -> Found:
    if normalize_rt_rw(value) is not None:
        return []
    return _block(spec, f"{spec.name}.format", f"{spec.label} harus angka 1-999, misalnya 003.")


def kelurahan(spec: FieldSpec, value: str, rec: dict[str, Any], ctx: Context) -> Found:
    if ctx.areas.kelurahan_by_code(value) is not None:
        return []
    return _block(spec, "kelurahan.unknown", f"Kode kelurahan {value} tidak ada di Kota Batam: pilih kelurahan dari "
                                             "daftar (contoh 21.71.01.1002).")


def mobile_phone(spec: FieldSpec, value: str, rec: dict[str, Any], ctx: Context) -> Found:
    if value.startswith("+628"):
        return []
    return _block(spec, "phone.format", "Nomor HP tidak dikenali: tulis nomor seluler seperti 0812xxxxxxxx atau "
                                        "+62812xxxxxxxx.")


def email(spec: FieldSpec, value: str, rec: dict[str, Any], ctx: Context) -> Found:
    if is_email(value):
        return []
    return _block(spec, "email.format", "Alamat e-mail tidak sah: contoh nama@contoh.com, atau kosongkan.")


def kpj(spec: FieldSpec, value: str, rec: dict[str, Any], ctx: Context) -> Found:
    if is_kpj(value):
        return []
    return _block(spec, "kpj.format", "Nomor KPJ harus 11 digit angka.")


def income(spec: FieldSpec, value: int, rec: dict[str, Any], ctx: Context) -> Found:
    low = default_tariffs().default_declared_income
    if value < low:
        return [Problem(spec.name, Level.WARN, "income.low", f"Penghasilan di bawah {rupiah(low)} jarang diterima "
                                                             "BPJS: pastikan angkanya benar.")]
    return []


def programs(spec: FieldSpec, value: list[str], rec: dict[str, Any], ctx: Context) -> Found:
    found: Found = []
    unknown = [p for p in value if p not in PROGRAMS]
    if "JHT" in unknown:
        found += _block(spec, "programs.jht", "JHT tidak dibiayai APBD Kota Batam: pilih JKK dan JKM saja.")
    elif unknown:
        found += _block(spec, "programs.unknown", f"Program tidak dikenal: {', '.join(unknown)}. Pilih JKK dan/atau "
                                                  "JKM.")
    if not value:
        found += _block(spec, "programs.required", "Pilih minimal satu program (JKK, JKM).")
    if len(set(value)) != len(value):
        found += _block(spec, "programs.repeat", "Setiap program cukup disebut sekali.")
    return found


def beneficiary(where: str, index: int, ben: dict[str, Any], relationships: dict[str, str],
                ctx: Context) -> Found:
    """The rules of one beneficiary (its fields are already normalised), reported as `beneficiaries[i]`."""
    found: Found = []
    if not ben["name"]:
        found.append(Problem(where, Level.BLOCK, "beneficiary.name", f"Nama ahli waris ke-{index} wajib diisi."))
    if ben["relationship"] not in relationships:
        found.append(Problem(where, Level.BLOCK, "beneficiary.relationship", f"Hubungan ahli waris ke-{index} harus "
                             "salah satu dari: " + ", ".join(relationships) + "."))
    if ben["phone"] and not ben["phone"].startswith("+628"):
        found.append(Problem(where, Level.BLOCK, "beneficiary.phone", f"Nomor HP ahli waris ke-{index} tidak "
                             "dikenali: tulis seperti 0812xxxxxxxx, atau kosongkan."))
    born = date_value(ben["birth_date"])
    if born is not None and born > ctx.today:
        found.append(Problem(where, Level.BLOCK, "beneficiary.future", f"Tanggal lahir ahli waris ke-{index} di masa "
                                                                       "depan."))
    return found


# Rules that read only their value and the context, never the rest of the record: RecordChecker (domain/record.py)
# checks a value of these fields once for many records. A rule not listed here runs for every record (the NIK's
# reads the birth date and sex), so a new rule is safe until someone adds it here.
VALUE_RULES = frozenset({kk, person_name, choice, birth_date, rt_rw, kelurahan, mobile_phone, email, kpj, income,
                         programs})
